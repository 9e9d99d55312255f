//! The commands agree with each other: every command that writes output takes
//! `-o FILE`, `--format json` is one JSON array everywhere (JSON Lines one object
//! a line), and list-valued fields are arrays in JSON, joined with `; ` in CSV.

mod common;

use common::{csv_header, csv_rows, path_str, run, seed, temp_dir};
use serde_json::Value;

fn ok(args: &[&str]) -> Vec<u8> {
    let out = run(args);
    assert!(
        out.status.code() == Some(0) || out.status.code() == Some(1),
        "whosaid {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// `-o FILE` writes to FILE exactly what standard output gets, and nothing to
/// standard output.
fn same_with_output_file(name: &str, args: &[&str]) {
    let stdout = ok(args);
    assert!(!stdout.is_empty(), "{name}: some output");
    let dir = temp_dir(name);
    let file = dir.join("out");
    let mut with_o: Vec<&str> = args.to_vec();
    with_o.extend(["-o", path_str(&file)]);
    let out = run(&with_o);
    assert_eq!(
        out.status.code(),
        run(args).status.code(),
        "{name}: exit code"
    );
    assert!(out.stdout.is_empty(), "{name}: -o leaves stdout empty");
    assert_eq!(
        String::from_utf8_lossy(&std::fs::read(&file).unwrap()),
        String::from_utf8_lossy(&stdout),
        "{name}: -o FILE holds what stdout would"
    );
}

#[test]
fn every_command_that_writes_output_takes_o_file() {
    let (old, new) = (seed("001"), seed("002"));
    same_with_output_file("speakers", &["speakers", "seeds"]);
    same_with_output_file("speakers-json", &["speakers", "--format", "json", "seeds"]);
    same_with_output_file("diff", &["diff", path_str(&old), path_str(&new)]);
    same_with_output_file(
        "diff-jsonl",
        &["diff", "--format", "jsonl", path_str(&old), path_str(&new)],
    );
    same_with_output_file("eval", &["eval", "--gold", "seeds/gold.jsonl", "seeds"]);
    same_with_output_file("extract", &["extract", "seeds"]);
    same_with_output_file("render", &["render", path_str(&old)]);
}

#[test]
fn a_diff_written_to_a_file_has_no_colour() {
    let dir = temp_dir("diff-colour");
    let file = dir.join("diff.txt");
    let (old, new) = (seed("001"), seed("002"));
    run(&[
        "diff",
        path_str(&old),
        path_str(&new),
        "-o",
        path_str(&file),
    ]);
    assert!(!std::fs::read_to_string(&file).unwrap().contains('\u{1b}'));
}

#[test]
fn an_output_file_that_cannot_be_created_is_an_error_naming_it() {
    let out = run(&["speakers", "seeds", "-o", "/nonexistent/dir/out.csv"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("/nonexistent/dir/out.csv"), "{err}");
}

/// `--format json` is one array of objects; `--format jsonl` the same objects,
/// one a line.
fn json_and_jsonl_agree(args: &[&str]) -> Vec<Value> {
    let mut json_args = args.to_vec();
    json_args.extend(["--format", "json"]);
    let array: Value = serde_json::from_slice(&ok(&json_args))
        .unwrap_or_else(|e| panic!("{args:?} --format json is one JSON value: {e}"));
    let array = array.as_array().expect("a JSON array").clone();
    assert!(!array.is_empty(), "{args:?}: rows");
    assert!(array.iter().all(Value::is_object), "{args:?}: objects");
    let mut jsonl_args = args.to_vec();
    jsonl_args.extend(["--format", "jsonl"]);
    let jsonl = ok(&jsonl_args);
    let lines: Vec<Value> = String::from_utf8(jsonl)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("one object a line"))
        .collect();
    assert_eq!(
        lines, array,
        "{args:?}: json and jsonl hold the same objects"
    );
    array
}

#[test]
fn format_json_is_one_array_on_every_command() {
    let (old, new) = (seed("001"), seed("002"));
    json_and_jsonl_agree(&["extract", "seeds"]);
    json_and_jsonl_agree(&["speakers", "seeds"]);
    let changes = json_and_jsonl_agree(&["diff", path_str(&old), path_str(&new)]);
    assert!(changes.iter().any(|c| c["change"] == "reworded"));
}

#[test]
fn speakers_lists_are_arrays_in_json_and_joined_only_in_csv() {
    let rows = json_and_jsonl_agree(&["speakers", "seeds"]);
    let macron = rows
        .iter()
        .find(|r| r["speaker"] == "Emmanuel Macron")
        .expect("Macron");
    let mentions: Vec<&str> = macron["mentions"]
        .as_array()
        .expect("mentions is an array")
        .iter()
        .map(|m| m.as_str().unwrap())
        .collect();
    assert!(mentions.contains(&"The French leader"), "{mentions:?}");
    let titles = macron["titles"].as_array().expect("titles is an array");
    assert!(titles.iter().any(|t| t == "French President"), "{titles:?}");

    let csv = ok(&["speakers", "seeds"]);
    let header = csv_header(&csv);
    let at = |name: &str| header.iter().position(|h| h == name).unwrap();
    let row = csv_rows(&csv)
        .into_iter()
        .find(|r| &r[0] == "Emmanuel Macron")
        .unwrap();
    assert_eq!(row[at("mentions")], mentions.join("; "));
}

#[test]
fn speakers_merges_mentions_differing_only_by_case() {
    // One spelling in each article: the merge is across articles too.
    let dir = temp_dir("case");
    std::fs::write(
        dir.join("a.txt"),
        "Anna Berg, the mayor, spoke on Monday.\n\n\
         \"The bridge will open,\" she said. \"We are ready.\"",
    )
    .unwrap();
    std::fs::write(
        dir.join("b.txt"),
        "Anna Berg, the mayor, spoke on Tuesday.\n\n\
         She said the town had waited long enough.",
    )
    .unwrap();
    let rows = json_and_jsonl_agree(&["speakers", path_str(&dir)]);
    let berg = rows
        .iter()
        .find(|r| r["speaker"] == "Anna Berg")
        .unwrap_or_else(|| panic!("Anna Berg in {rows:?}"));
    let mentions: Vec<String> = berg["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m.as_str().unwrap().to_lowercase())
        .collect();
    assert_eq!(
        mentions.iter().filter(|m| *m == "she").count(),
        1,
        "she / She is one mention: {mentions:?}"
    );
}
