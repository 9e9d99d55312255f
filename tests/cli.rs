//! The built binary, run as a user runs it: on the seeds, on folders, files and
//! standard input, with bad inputs, and its exit codes.

mod common;

use std::process::Stdio;

use common::{bin, column, csv_header, csv_rows, root, run, run_with_stdin, temp_dir};

#[test]
fn extract_on_the_seeds_folder() {
    let out = run(&["extract", "seeds"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let header = csv_header(&out.stdout);
    assert_eq!(header, whosaid::io::output::COLUMNS);
    let rows = csv_rows(&out.stdout);
    let docs: std::collections::BTreeSet<&str> = rows.iter().map(|r| r.get(0).unwrap()).collect();
    assert_eq!(docs.len(), 5, "every seed yields rows");
    assert!(docs.contains("000_112f8cd96b1a8d6c.txt"));
    // The date line is metadata.
    let first = rows
        .iter()
        .find(|r| &r[0] == "000_112f8cd96b1a8d6c.txt")
        .unwrap();
    assert_eq!(&first[1], "2017-07-11");
    // Same rows as the library gives.
    let text = std::fs::read_to_string(root().join("seeds/000_112f8cd96b1a8d6c.txt")).unwrap();
    let lib = whosaid::Extractor::builtin()
        .extract(&text)
        .attributions
        .len();
    assert_eq!(
        rows.iter()
            .filter(|r| &r[0] == "000_112f8cd96b1a8d6c.txt")
            .count(),
        lib
    );
}

#[test]
fn jsonl_and_json_carry_the_same_columns() {
    let out = run(&[
        "extract",
        "--format",
        "jsonl",
        "seeds/001_a584cf7037d68af5.txt",
    ]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(!lines.is_empty());
    for v in &lines {
        let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
        // Every column but `error`, which only an error row carries.
        let mut want: Vec<&str> = whosaid::io::output::COLUMNS
            .iter()
            .copied()
            .filter(|c| *c != "error")
            .collect();
        want.sort();
        let mut keys: Vec<&str> = keys.iter().map(|k| k.as_str()).collect();
        keys.sort();
        assert_eq!(keys, want);
    }
    let out = run(&[
        "extract",
        "--format",
        "json",
        "seeds/001_a584cf7037d68af5.txt",
    ]);
    let array: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(array, lines);
}

#[test]
fn kinds_filter_rows() {
    let out = run(&["extract", "--kinds", "indirect", "seeds"]);
    let rows = csv_rows(&out.stdout);
    assert!(!rows.is_empty());
    assert!(rows.iter().all(|r| &r[3] == "indirect"));
    let out = run(&["extract", "--kinds", "quoted", "seeds"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn cue_types_filter_rows() {
    let text = "Ruiz said that the plant would close in May. Lund agreed that the plan \
                was fair. \"We will fight it,\" Lund said.";
    let extract = |types: &str| {
        let out = run_with_stdin(&["extract", "--cue-types", types], text);
        assert!(out.status.success());
        let type_column = column("cue_type");
        csv_rows(&out.stdout)
            .iter()
            .map(|r| (r[4].to_string(), r[type_column].to_string()))
            .collect::<Vec<_>>()
    };
    let all = extract("speech,belief,evidence");
    assert_eq!(
        all,
        [
            (
                "the plant would close in May".to_string(),
                "speech".to_string()
            ),
            ("the plan was fair".to_string(), "belief".to_string()),
            ("We will fight it,".to_string(), "speech".to_string()),
        ]
    );
    assert_eq!(extract("belief"), all[1..2]);
    assert_eq!(extract("speech"), [all[0].clone(), all[2].clone()]);
    let out = run(&["extract", "--cue-types", "rumour", "seeds"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn stdin_and_output_file() {
    let dir = temp_dir("stdin");
    let target = dir.join("out.csv");
    let out = run_with_stdin(
        &["extract", "-", "-o", target.to_str().unwrap()],
        "\"We will rebuild every school,\" Zelensky said.",
    );
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
    let rows = csv_rows(&std::fs::read(&target).unwrap());
    assert_eq!(rows.len(), 1);
    assert_eq!(&rows[0][0], "-");
    assert_eq!(&rows[0][5], "Volodymyr Zelensky");
}

#[test]
fn a_missing_file_is_reported_and_the_others_processed() {
    let out = run(&[
        "extract",
        "no/such/article.txt",
        "seeds/002_a4d6e14f6223652d.txt",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("no/such/article.txt"), "{stderr}");
    let rows = csv_rows(&out.stdout);
    assert!(rows.iter().any(|r| &r[0] == "002_a4d6e14f6223652d.txt"));
}

#[test]
fn a_malformed_dictionary_names_file_and_line_and_nothing_runs() {
    let dir = temp_dir("dict");
    let dict = dir.join("speakers.csv");
    std::fs::write(
        &dict,
        "speaker_id,name,alias,role,gender,kind\nana,Ana Lopez,,Mayor,female,person\n",
    )
    .unwrap();
    let out = run(&["extract", "--speakers", dict.to_str().unwrap(), "seeds"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty(), "nothing runs half-configured");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!("{}:2", dict.display())),
        "{stderr}"
    );
    assert!(stderr.contains("alias"), "{stderr}");
}

#[test]
fn a_user_dictionary_adds_speakers() {
    let dir = temp_dir("user-dict");
    let dict = dir.join("speakers.csv");
    std::fs::write(
        &dict,
        "speaker_id,name,alias,role,gender,kind\nana-lopez,Ana Lopez,Lopez,Mayor,female,person\n",
    )
    .unwrap();
    let article = dir.join("a.txt");
    std::fs::write(&article, "\"The budget is balanced,\" Lopez said.").unwrap();
    let out = run(&[
        "extract",
        "--speakers",
        dict.to_str().unwrap(),
        article.to_str().unwrap(),
    ]);
    let rows = csv_rows(&out.stdout);
    assert_eq!(&rows[0][5], "Ana Lopez");
    assert_eq!(&rows[0][6], "ana-lopez");
}

#[test]
fn eval_reports_quotes_and_claims() {
    let out = run(&["eval", "--gold", "seeds/gold.jsonl", "seeds"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| insta::assert_snapshot!("eval_seeds", text));
}

#[test]
fn eval_with_a_bad_gold_line_names_it() {
    let dir = temp_dir("gold");
    let gold = dir.join("gold.jsonl");
    std::fs::write(&gold, "{\"doc\": \"a.txt\", \"kind\": \"direct\", \"text\": \"x\", \"start\": 0, \"end\": 1}\n{oops\n").unwrap();
    let out = run(&["eval", "--gold", gold.to_str().unwrap(), "seeds"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains(&format!("{}:2", gold.display())));
}

#[test]
fn a_closed_pipe_exits_quietly() {
    // Far more output than a pipe buffers, so the writes after the close fail.
    let args: Vec<&str> = std::iter::once("extract")
        .chain(std::iter::repeat_n("seeds", 60))
        .collect();
    let mut child = bin()
        .args(&args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The README's table of date prefixes: each first line gives the date it says
/// (`⏎` a line break, `…` the rest of the article).
#[test]
fn the_readme_date_prefixes_give_the_dates_it_says() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let table = readme
        .split("| the file begins with | `date` |")
        .nth(1)
        .expect("the README's table of date prefixes");
    let mut checked = 0;
    for line in table.lines().skip(2).take_while(|l| l.starts_with('|')) {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        let begins = cells[1].trim_matches('`').replace('⏎', "\n");
        let want = if cells[2] == "(empty)" {
            ""
        } else {
            cells[2].trim_matches('`')
        };
        let text = begins.replace('…', "that the talks had failed.");
        let out = run_with_stdin(&["extract", "-"], &text);
        let rows = csv_rows(&out.stdout);
        assert!(!rows.is_empty(), "{text:?}: a row");
        assert_eq!(&rows[0][column("date")], want, "{text:?}");
        let start: usize = rows[0][column("start")].parse().unwrap();
        let chars: Vec<char> = text.chars().collect();
        let end: usize = rows[0][column("end")].parse().unwrap();
        assert_eq!(
            chars[start..end].iter().collect::<String>(),
            rows[0][column("text")],
            "offsets count the prefix"
        );
        checked += 1;
    }
    assert_eq!(checked, 6, "every row of the table");
}

/// A date prefix that is no calendar date is read as text, with a warning
/// naming the file and its line; the rows are made all the same.
#[test]
fn an_invalid_date_prefix_is_text_with_a_warning_naming_file_and_line() {
    let dir = temp_dir("invalid-date");
    for (name, prefix, warned) in [
        ("bad-month.txt", "date 2024-13-45", true),
        ("bad-day.txt", "date 2023-02-29", true),
        ("good.txt", "date 2024-02-29", false),
    ] {
        let file = dir.join(name);
        std::fs::write(
            &file,
            format!("{prefix}\n\nPutin said talks would go on.\n"),
        )
        .unwrap();
        let out = run(&["extract", file.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(0), "{name}");
        let rows = csv_rows(&out.stdout);
        assert_eq!(rows.len(), 1, "{name}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        if warned {
            assert_eq!(&rows[0][column("date")], "", "{name}");
            let want = format!("warning: {name}: line 1: `{prefix}` is not a calendar date");
            assert!(stderr.contains(&want), "{name}: {stderr}");
        } else {
            assert_eq!(&rows[0][column("date")], "2024-02-29");
            assert!(stderr.is_empty(), "{name}: {stderr}");
        }
    }
}

/// `docs/render.png` was taken from the page `whosaid render` writes today:
/// `docs/render.png.source` holds the hash of the HTML it was taken from, and a
/// change in the rendered page asks for the picture to be taken again.
#[test]
fn the_readme_picture_shows_the_current_render() {
    let source = std::fs::read_to_string(root().join("docs/render.png.source")).unwrap();
    let words: Vec<&str> = source.split_whitespace().collect();
    let (algorithm, hash, seed) = (words[0], words[1], words[4]);
    assert_eq!(algorithm, "fnv1a64");
    let dir = temp_dir("render-png");
    let page = dir.join("render.html");
    let out = run(&["render", seed, "-o", page.to_str().unwrap()]);
    assert!(out.status.success());
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in std::fs::read(&page).unwrap() {
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    assert_eq!(
        format!("{h:016x}"),
        hash,
        "the rendered page changed since docs/render.png was taken: run `bash scripts/render-png.sh` and commit the picture"
    );
}

/// The licence `Cargo.toml` declares comes with its texts.
#[test]
fn the_declared_licences_have_their_texts() {
    let manifest = std::fs::read_to_string(root().join("Cargo.toml")).unwrap();
    assert!(manifest.contains("license = \"MIT OR Apache-2.0\""));
    let mit = std::fs::read_to_string(root().join("LICENSE-MIT")).unwrap();
    assert!(mit.starts_with("MIT License") && mit.contains("WITHOUT WARRANTY OF ANY KIND"));
    let apache = std::fs::read_to_string(root().join("LICENSE-APACHE")).unwrap();
    assert!(apache.contains("Apache License") && apache.contains("Version 2.0, January 2004"));
    assert!(apache.contains("END OF TERMS AND CONDITIONS"));
}

/// `--stats` counts in the right number: `1 document`, `2 documents`, `1 row`,
/// `0 errors`, `1 error`.
#[test]
fn stats_counts_are_singular_and_plural() {
    let dir = temp_dir("stats-numbers");
    let one = dir.join("one.txt");
    std::fs::write(&one, "Putin said talks would go on.\n").unwrap();
    let two = dir.join("two.txt");
    std::fs::write(
        &two,
        "Putin said talks would go on. Macron said the talks had failed.\n",
    )
    .unwrap();
    let missing = dir.join("missing.txt");
    let (one, two, missing) = (
        one.to_str().unwrap(),
        two.to_str().unwrap(),
        missing.to_str().unwrap(),
    );
    struct Case<'a> {
        inputs: Vec<&'a str>,
        want: &'a str,
    }
    let cases = [
        Case {
            inputs: vec![one],
            want: "whosaid: 1 document: 1 extracted, 0 errors; 1 row;",
        },
        Case {
            inputs: vec![two],
            want: "whosaid: 1 document: 1 extracted, 0 errors; 2 rows;",
        },
        Case {
            inputs: vec![one, two],
            want: "whosaid: 2 documents: 2 extracted, 0 errors; 3 rows;",
        },
        Case {
            inputs: vec![one, missing],
            want: "whosaid: 2 documents: 1 extracted, 1 error; 1 row;",
        },
    ];
    for case in cases {
        let mut args = vec!["extract", "--stats"];
        args.extend(&case.inputs);
        let out = run(&args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(case.want), "{:?}: {stderr}", case.inputs);
    }
}

/// A quote with no speaker is reported when it reads as speech (five words or
/// more, not title case), with an empty speaker and method `none`; shorter
/// quoted words with no speaker are titles and scare quotes, left out, as the
/// README says.
#[test]
fn unattributed_quotes_are_rows_when_they_read_as_speech() {
    struct Case {
        text: &'static str,
        want: Option<&'static str>,
    }
    let cases = [
        Case {
            text: "On the wall: \"we will not go back to the old ways\"",
            want: Some("we will not go back to the old ways"),
        },
        Case {
            text: "The so-called \"experts\" disagreed.",
            want: None,
        },
        Case {
            text: "He watched \"Meet the Press\" on Sunday.",
            want: None,
        },
        Case {
            text: "\"We will win.\"",
            want: None,
        },
    ];
    for case in cases {
        let out = run_with_stdin(&["extract", "-"], case.text);
        let rows = csv_rows(&out.stdout);
        match case.want {
            Some(want) => {
                assert_eq!(rows.len(), 1, "{:?}", case.text);
                assert_eq!(&rows[0][column("text")], want);
                assert_eq!(&rows[0][column("speaker")], "");
                assert_eq!(&rows[0][column("method")], "none");
            }
            None => assert!(rows.is_empty(), "{:?}: {rows:?}", case.text),
        }
    }
}
