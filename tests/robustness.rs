//! Hostile and broken input, fed to the real binary as real files: nothing
//! panics, nothing is lost, nothing leaks into a spreadsheet.

mod common;

use std::path::Path;

use common::{column, csv_rows, path_str, run, temp_dir};

const ARTICLE: &str =
    "\"We will rebuild every school,\" Zelensky said.\n\nLavrov said the talks would resume.";

#[test]
fn invalid_utf8_is_replaced_with_a_warning_or_rejected_when_strict() {
    let dir = temp_dir("utf8");
    let file = dir.join("bad.txt");
    let mut bytes = ARTICLE.as_bytes().to_vec();
    bytes.splice(10..10, [0xFF, 0xFE, 0x80]);
    std::fs::write(&file, &bytes).unwrap();
    let out = run(&["extract", path_str(&file)]);
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("bad.txt") && stderr.contains("byte 10"),
        "{stderr}"
    );
    assert_eq!(csv_rows(&out.stdout).len(), 2);

    let strict = run(&["extract", "--strict", path_str(&file)]);
    assert_eq!(strict.status.code(), Some(1));
    let rows = csv_rows(&strict.stdout);
    assert_eq!(rows.len(), 1, "one error row");
    assert!(rows[0][column("error")].contains("invalid UTF-8 at byte 10"));
}

#[test]
fn bom_utf16_and_crlf_give_the_same_rows_as_plain_utf8() {
    let dir = temp_dir("encodings");
    let plain = dir.join("plain.txt");
    std::fs::write(&plain, ARTICLE).unwrap();
    let bom = dir.join("bom.txt");
    std::fs::write(
        &bom,
        [b"\xEF\xBB\xBF".as_slice(), ARTICLE.as_bytes()].concat(),
    )
    .unwrap();
    let utf16 = dir.join("utf16.txt");
    let mut bytes = vec![0xFF, 0xFE];
    for u in ARTICLE.encode_utf16() {
        bytes.extend_from_slice(&u.to_le_bytes());
    }
    std::fs::write(&utf16, bytes).unwrap();
    let crlf = dir.join("crlf.txt");
    std::fs::write(&crlf, ARTICLE.replace('\n', "\r\n")).unwrap();

    let fields = |p: &Path| -> Vec<(String, String, String, String)> {
        let out = run(&["extract", path_str(p)]);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        csv_rows(&out.stdout)
            .iter()
            .map(|r| {
                (
                    r[3].to_string(),
                    r[4].to_string(),
                    r[5].to_string(),
                    r[9].to_string(),
                )
            })
            .collect()
    };
    let want = fields(&plain);
    assert_eq!(want.len(), 2);
    assert_eq!(fields(&bom), want);
    assert_eq!(fields(&utf16), want);
    assert_eq!(fields(&crlf), want);

    // Offsets count from the first character a reader sees, past the BOM.
    let out = run(&["extract", path_str(&bom)]);
    let row = &csv_rows(&out.stdout)[0];
    let start: usize = row[column("start")].parse().unwrap();
    let end: usize = row[column("end")].parse().unwrap();
    let chars: Vec<char> = ARTICLE.chars().collect();
    assert_eq!(chars[start..end].iter().collect::<String>(), &row[4]);
}

#[test]
fn binary_files_are_skipped_and_empty_files_are_fine() {
    let dir = temp_dir("binary");
    std::fs::write(dir.join("a.txt"), ARTICLE).unwrap();
    std::fs::write(dir.join("b.txt"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    std::fs::write(dir.join("c.txt"), b"").unwrap();
    let out = run(&["extract", "--format", "jsonl", path_str(&dir)]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "a skipped input is reported in the exit code"
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("b.txt: binary file"));
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let errors: Vec<&serde_json::Value> =
        lines.iter().filter(|v| v.get("error").is_some()).collect();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0]["doc"], "b.txt");
    assert_eq!(lines.iter().filter(|v| v["doc"] == "a.txt").count(), 2);
    assert!(
        lines.iter().all(|v| v["doc"] != "c.txt"),
        "an empty file has no rows"
    );

    let empty = run(&["extract", path_str(&dir.join("c.txt"))]);
    assert_eq!(empty.status.code(), Some(0));
    assert!(empty.stderr.is_empty());
}

#[test]
fn a_large_article_with_runaway_marks_completes() {
    // Two megabytes in one article, with a thousand unbalanced marks spread over it.
    let dir = temp_dir("large");
    let mut text = String::new();
    let mut i = 0;
    while text.len() < 2 << 20 {
        if i % 40 == 0 {
            text.push_str("He said \"this never closes and goes on ");
        }
        text.push_str("The minister said the talks would resume next week in Geneva. ");
        if i % 25 == 0 {
            text.push_str("\n\n");
        }
        i += 1;
    }
    let file = dir.join("large.txt");
    std::fs::write(&file, &text).unwrap();
    let out = run(&["extract", "--format", "jsonl", path_str(&file)]);
    assert_eq!(out.status.code(), Some(0));
    let chars: Vec<char> = text.chars().collect();
    for line in String::from_utf8(out.stdout).unwrap().lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let (s, e) = (
            v["start"].as_u64().unwrap() as usize,
            v["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            chars[s..e].iter().collect::<String>(),
            v["text"].as_str().unwrap()
        );
    }
}

#[test]
fn spreadsheet_formulas_are_defused_unless_raw() {
    let dir = temp_dir("csv");
    let file = dir.join("f.txt");
    std::fs::write(&file, "\"=HYPERLINK(\"\"http://x\"\"), \"she said, \"and more, \"\"quoted\"\", text\"\n\n\"+1 555 0100 is the number to call for help,\" the mayor said.").unwrap();
    let out = run(&["extract", path_str(&file)]);
    let rows = csv_rows(&out.stdout);
    let texts: Vec<&str> = rows.iter().map(|r| r.get(4).unwrap()).collect();
    assert!(texts.iter().any(|t| t.starts_with("'+1 555")), "{texts:?}");
    assert!(
        texts.iter().all(|t| !t.starts_with(['=', '+', '-', '@'])),
        "{texts:?}"
    );
    let raw = run(&["extract", "--raw-csv", path_str(&file)]);
    let rows = csv_rows(&raw.stdout);
    assert!(rows.iter().any(|r| r[4].starts_with("+1 555")));
}

#[test]
fn nothing_is_lost_in_a_thousand_mixed_inputs() {
    let dir = temp_dir("mixed");
    let mut bad = std::collections::BTreeSet::new();
    for i in 0..1000 {
        let name = format!("{i:04}.txt");
        let path = dir.join(&name);
        match i % 7 {
            0 => {
                std::fs::write(&path, [b"GIF89a\0\0".as_slice(), &[i as u8; 32]].concat()).unwrap();
                bad.insert(name);
            }
            1 => std::fs::write(&path, b"").unwrap(),
            2 => {
                // Invalid UTF-8, rejected under --strict.
                std::fs::write(&path, [ARTICLE.as_bytes(), b"\xC3\x28"].concat()).unwrap();
                bad.insert(name);
            }
            3 => std::fs::write(&path, format!("No speech in article {i}.")).unwrap(),
            _ => std::fs::write(
                &path,
                format!("{ARTICLE}\n\n\"Number {i} is coming,\" Scholz said."),
            )
            .unwrap(),
        }
    }
    let out = run(&[
        "extract",
        "--strict",
        "--stats",
        "--format",
        "jsonl",
        path_str(&dir),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let error_docs: std::collections::BTreeSet<String> = lines
        .iter()
        .filter(|v| v.get("error").is_some())
        .map(|v| v["doc"].as_str().unwrap().to_string())
        .collect();
    let row_docs: std::collections::BTreeSet<String> = lines
        .iter()
        .filter(|v| v.get("error").is_none())
        .map(|v| v["doc"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(error_docs, bad, "exactly the bad inputs have an error row");
    assert_eq!(
        lines.iter().filter(|v| v.get("error").is_some()).count(),
        bad.len(),
        "one error row each"
    );
    assert!(row_docs.is_disjoint(&error_docs));
    assert_eq!(row_docs.len(), (0..1000).filter(|i| i % 7 >= 4).count());
    let rows = lines.len() - bad.len();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let stats = stderr
        .lines()
        .find(|l| l.contains("documents:"))
        .expect("a --stats line");
    let want = format!(
        "1000 documents: {} extracted, {} errors; {rows} rows;",
        1000 - bad.len(),
        bad.len()
    );
    assert!(stats.contains(&want), "{stats}\nwant: {want}");
}

#[test]
fn every_reading_command_reports_a_skipped_input_the_same_way() {
    let dir = temp_dir("exit-codes");
    std::fs::write(dir.join("a.txt"), ARTICLE).unwrap();
    std::fs::write(dir.join("b.txt"), b"\0binary").unwrap();
    let missing = dir.join("missing.txt");
    for command in ["extract", "speakers"] {
        assert_eq!(
            run(&[command, path_str(&dir)]).status.code(),
            Some(1),
            "{command}: a rejected input"
        );
        let out = run(&[command, path_str(&dir.join("a.txt")), path_str(&missing)]);
        assert_eq!(
            out.status.code(),
            Some(2),
            "{command}: an input that cannot be read"
        );
    }
}
