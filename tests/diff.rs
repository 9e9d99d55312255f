//! `whosaid diff` on the seed versions: the reports a reviewer reads, kept as
//! snapshots, and the command's formats and exit codes.

mod common;

use std::path::Path;

use common::{csv_header, csv_rows, run, seed, temp_dir};

use whosaid::tools::diff::{self, Change, Style};
use whosaid::Extractor;

fn attributions(path: &Path) -> Vec<whosaid::Attribution> {
    Extractor::builtin()
        .extract(&std::fs::read_to_string(path).unwrap())
        .attributions
}

fn name(path: &Path) -> String {
    path.file_name().unwrap().to_str().unwrap().to_string()
}

#[test]
fn diffs_between_consecutive_seeds() {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../snapshots");
    settings.set_prepend_module_to_snapshot(false);
    for (a, b) in [
        ("000", "001"),
        ("001", "002"),
        ("002", "003"),
        ("003", "004"),
    ] {
        let (old_path, new_path) = (seed(a), seed(b));
        let (old, new) = (attributions(&old_path), attributions(&new_path));
        let paired = diff::pair(&old, &new);
        let report = diff::render(
            &name(&old_path),
            &name(&new_path),
            &old,
            &new,
            &paired,
            false,
            Style { color: false },
        );
        settings.bind(|| insta::assert_snapshot!(format!("diff_{a}_{b}"), report));
    }
}

#[test]
fn kuleba_rewording_and_the_minsk_and_baerbock_quotes() {
    let (o1, o2, o3) = (
        attributions(&seed("001")),
        attributions(&seed("002")),
        attributions(&seed("003")),
    );
    let p12 = diff::pair(&o1, &o2);
    let reworded = p12
        .iter()
        .find(|p| {
            p.change == Change::Reworded
                && o2[p.new.unwrap()].text.contains("force us to cross them")
        })
        .expect("Kuleba's quote is reworded");
    let d = diff::word_diff(
        &o1[reworded.old.unwrap()].text,
        &o2[reworded.new.unwrap()].text,
    );
    assert!(d.contains("force us [+to+] cross them"), "{d}");
    assert_eq!(o2[reworded.new.unwrap()].speaker(), "Dmytro Kuleba");

    let p23 = diff::pair(&o2, &o3);
    assert!(p23.iter().any(|p| p.change == Change::Added
        && o3[p.new.unwrap()].text.contains("no other alternative")
        && o3[p.new.unwrap()].speaker() == "Vladimir Putin"));
    assert!(p23.iter().any(|p| p.change == Change::Removed
        && o2[p.old.unwrap()]
            .text
            .contains("I want to send a clear signal")
        && o2[p.old.unwrap()].speaker() == "Annalena Baerbock"));
}

#[test]
fn exit_codes_follow_diff() {
    let a = seed("002");
    let b = seed("003");
    let same = run(&["diff", a.to_str().unwrap(), a.to_str().unwrap()]);
    assert_eq!(same.status.code(), Some(0));
    let changed = run(&["diff", a.to_str().unwrap(), b.to_str().unwrap()]);
    assert_eq!(changed.status.code(), Some(1));
    let missing = run(&["diff", a.to_str().unwrap(), "no/such/version.txt"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("no/such/version.txt"));
}

#[test]
fn csv_rows_have_the_documented_columns_and_color_is_opt_in() {
    let (a, b, c) = (seed("001"), seed("002"), seed("003"));
    let out = run(&[
        "diff",
        "--format",
        "csv",
        a.to_str().unwrap(),
        b.to_str().unwrap(),
        c.to_str().unwrap(),
    ]);
    let header = csv_header(&out.stdout);
    assert_eq!(header, diff::COLUMNS);
    let rows = csv_rows(&out.stdout);
    // Two comparisons: 001→002 and 002→003.
    let pairs: std::collections::BTreeSet<(String, String)> = rows
        .iter()
        .map(|r| (r[0].to_string(), r[1].to_string()))
        .collect();
    assert_eq!(pairs.len(), 2);
    assert!(rows.iter().all(|r| &r[2] != "unchanged"));
    let text = run(&["diff", a.to_str().unwrap(), b.to_str().unwrap()]);
    assert!(
        !String::from_utf8_lossy(&text.stdout).contains('\x1b'),
        "no colour in a pipe"
    );
    let colored = run(&[
        "diff",
        "--color",
        "always",
        a.to_str().unwrap(),
        b.to_str().unwrap(),
    ]);
    assert!(String::from_utf8_lossy(&colored.stdout).contains("\x1b[32m"));
}

#[test]
fn two_folders_compare_files_of_the_same_name() {
    let root = temp_dir("folders");
    let (old, new) = (root.join("old"), root.join("new"));
    for d in [&old, &new] {
        std::fs::create_dir_all(d).unwrap();
    }
    for (i, (a, b)) in [("001", "002"), ("002", "003"), ("003", "004")]
        .iter()
        .enumerate()
    {
        std::fs::copy(seed(a), old.join(format!("story{i}.txt"))).unwrap();
        std::fs::copy(seed(b), new.join(format!("story{i}.txt"))).unwrap();
    }
    let out = run(&[
        "diff",
        "--format",
        "jsonl",
        old.to_str().unwrap(),
        new.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let docs: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["old_doc"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    let mut seen = docs.clone();
    seen.dedup();
    assert_eq!(
        seen,
        ["story0.txt", "story1.txt", "story2.txt"],
        "every pair, in order"
    );
}
