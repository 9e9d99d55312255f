//! `--input jsonl`: one JSON article a line, from files or standard input, with
//! every line yielding rows or one error row, in input order.

mod common;

use std::process::Output;

use common::{run, run_with_stdin, seed_files};

fn lines(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn seeds_jsonl() -> String {
    seed_files()
        .iter()
        .map(|p| {
            let id = p.file_stem().unwrap().to_str().unwrap();
            let text = std::fs::read_to_string(p).unwrap();
            format!(
                "{}\n",
                serde_json::json!({"id": id, "text": text, "date": "2022-02-08"})
            )
        })
        .collect()
}

#[test]
fn articles_from_standard_input_carry_their_ids_and_dates() {
    let out = run_with_stdin(
        &["extract", "--input", "jsonl", "--format", "jsonl"],
        &seeds_jsonl(),
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rows = lines(&out);
    let ids: std::collections::BTreeSet<&str> =
        rows.iter().map(|r| r["doc"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), 5);
    assert!(ids.contains("000_112f8cd96b1a8d6c"));
    assert!(rows.iter().all(|r| r["date"] == "2022-02-08"));
    // The same rows as reading the files, but for the document names and dates.
    let files = run(&["extract", "--format", "jsonl", "seeds"]);
    assert_eq!(lines(&files).len(), rows.len());
}

#[test]
fn bad_lines_give_error_rows_and_the_counts_add_up() {
    let mut input = seeds_jsonl();
    input.push_str("{not json\n");
    input.push_str("{\"id\": 42, \"body\": \"no text field\"}\n");
    input.push('\n');
    input.push_str("{\"id\": 43, \"text\": \"\\\"We are fine,\\\" Lavrov said.\"}\n");
    let out = run_with_stdin(
        &[
            "extract", "--input", "jsonl", "--format", "jsonl", "--stats",
        ],
        &input,
    );
    assert_eq!(out.status.code(), Some(1), "some lines produced error rows");
    let rows = lines(&out);
    let errors: Vec<&serde_json::Value> =
        rows.iter().filter(|r| r.get("error").is_some()).collect();
    assert_eq!(errors.len(), 2);
    assert_eq!(errors[0]["doc"], "-:6");
    assert_eq!(errors[1]["doc"], "42");
    assert_eq!(
        rows.last().unwrap()["doc"],
        "43",
        "processing goes on after errors"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    let stats = stderr.lines().find(|l| l.contains("documents:")).unwrap();
    // The five seeds, two bad lines and the last article; a blank line is no article.
    assert!(
        stats.contains("8 documents: 6 extracted, 2 errors;"),
        "{stats}"
    );
    assert!(
        stats.contains(&format!("{} rows;", rows.len() - 2)),
        "{stats}"
    );
}

#[test]
fn field_names_are_configurable_and_numbers_are_ids() {
    let input = "{\"url\": 17, \"body\": \"\\\"It is over,\\\" Scholz said.\", \"published\": \"2024-01-01\"}\n";
    let out = run_with_stdin(
        &[
            "extract",
            "--input",
            "jsonl",
            "--id-field",
            "url",
            "--text-field",
            "body",
            "--date-field",
            "published",
            "--format",
            "jsonl",
        ],
        input,
    );
    let rows = lines(&out);
    assert_eq!(rows.len(), 1);
    assert_eq!(
        (
            rows[0]["doc"].as_str(),
            rows[0]["date"].as_str(),
            rows[0]["speaker"].as_str()
        ),
        (Some("17"), Some("2024-01-01"), Some("Olaf Scholz"))
    );
}

#[test]
fn many_articles_keep_their_order_on_all_threads() {
    let mut input = String::new();
    for i in 0..3000 {
        input.push_str(&format!(
            "{}\n",
            serde_json::json!({"id": i, "text": format!("\"Article {i} is here,\" Lavrov said.")})
        ));
    }
    for threads in ["1", "2"] {
        let out = run_with_stdin(
            &[
                "extract", "-j", threads, "--input", "jsonl", "--format", "jsonl",
            ],
            &input,
        );
        assert_eq!(out.status.code(), Some(0));
        let ids: Vec<u64> = lines(&out)
            .iter()
            .map(|r| r["doc"].as_str().unwrap().parse().unwrap())
            .collect();
        assert_eq!(ids, (0..3000).collect::<Vec<u64>>(), "{threads} threads");
    }
}

#[test]
fn speakers_read_jsonl_too() {
    let out = run_with_stdin(&["speakers", "--input", "jsonl"], &seeds_jsonl());
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("Alexander Khodakovsky"));
}
