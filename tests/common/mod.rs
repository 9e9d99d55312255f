//! Helpers the integration tests share: the binary, the seeds, temporary folders
//! and reading CSV output.

// Each test file uses some of these.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The project's folder: the binary runs from there, as a user in the checkout.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The built `whosaid` binary, started in the project's folder.
pub fn bin() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_whosaid"));
    command.current_dir(root());
    command
}

/// Run `whosaid` with `args` and collect its output.
pub fn run(args: &[&str]) -> Output {
    bin().args(args).output().unwrap()
}

/// Run `whosaid` with `args`, `stdin` written to its standard input (from
/// another thread, so a large input cannot block on a full output pipe).
pub fn run_with_stdin(args: &[&str], stdin: &str) -> Output {
    let mut child = bin()
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let input = stdin.to_string();
    let mut pipe = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || std::io::Write::write_all(&mut pipe, input.as_bytes()));
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    out
}

/// The five seed articles, in file name order.
pub fn seed_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("seeds"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    assert_eq!(files.len(), 5, "the five seed articles");
    files
}

/// The seed article whose file name starts with `prefix` ("002").
pub fn seed(prefix: &str) -> PathBuf {
    let mut found: Vec<PathBuf> = seed_files()
        .into_iter()
        .filter(|p| p.file_name().unwrap().to_str().unwrap().starts_with(prefix))
        .collect();
    assert_eq!(found.len(), 1, "one seed starts with {prefix}");
    found.remove(0)
}

/// An empty folder of its own for the test `name` of this test file.
pub fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "whosaid-{}-{}-{name}",
        env!("CARGO_CRATE_NAME"),
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The header of CSV output.
pub fn csv_header(out: &[u8]) -> Vec<String> {
    csv::Reader::from_reader(out)
        .headers()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect()
}

/// The rows of CSV output, after its header.
pub fn csv_rows(out: &[u8]) -> Vec<csv::StringRecord> {
    csv::Reader::from_reader(out)
        .records()
        .map(|r| r.unwrap())
        .collect()
}

pub fn path_str(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// The position of an output column, by its name.
pub fn column(name: &str) -> usize {
    whosaid::io::output::COLUMNS
        .iter()
        .position(|c| *c == name)
        .unwrap_or_else(|| panic!("no column {name}"))
}
