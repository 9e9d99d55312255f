//! The fuzz corpora (`fuzz/corpus/`), minimised and committed, run as regression
//! tests with the same checks as the fuzz targets; no fuzzing happens here.

use std::path::{Path, PathBuf};

fn corpus(name: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(name);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files
}

#[test]
fn extract_corpus_keeps_the_invariants() {
    let extractor = whosaid::Extractor::builtin();
    let files = corpus("extract");
    assert!(files.len() > 10, "a committed corpus");
    for path in files {
        let data = std::fs::read(&path).unwrap();
        if let Ok(decoded) = whosaid::io::input::decode(data, false) {
            if let Err(e) = whosaid::invariants::check_extraction(&extractor, &decoded.text) {
                panic!("{}: {e}", path.display());
            }
        }
    }
}

#[test]
fn scraped_corpus_keeps_the_invariants() {
    let extractor = whosaid::Extractor::builtin();
    let files = corpus("scraped");
    assert!(files.len() > 10, "a committed corpus");
    let (mut encoded, mut long) = (0, 0);
    for path in files {
        let data = std::fs::read(&path).unwrap();
        let text = whosaid_synth::worst::scraped(&data);
        match whosaid::invariants::check_extraction(&extractor, &text) {
            Ok(article) => encoded += usize::from(!article.decoding.is_empty()),
            Err(e) => panic!("{}: {e}", path.display()),
        }
        long += usize::from(text.lines().any(|l| l.len() > 1000));
    }
    // The corpus holds what the target is for: encoded marks and long lines.
    assert!(encoded > 5 && long > 3, "{encoded} encoded, {long} long");
}

#[test]
fn dictionary_corpus_loads_or_fails_cleanly() {
    let files = corpus("dictionary");
    assert!(files.len() > 2, "a committed corpus");
    for path in files {
        let data = std::fs::read(&path).unwrap();
        match whosaid::SpeakerDict::from_sources(&[("corpus.csv", &data)]) {
            Ok(d) => {
                let text = String::from_utf8_lossy(&data);
                assert!(d.find_iter(&text).all(|m| m.span.end <= text.len()));
            }
            Err(e) => assert!(
                e.to_string().starts_with("corpus.csv"),
                "{}: {e}",
                path.display()
            ),
        }
        if let Err(e) = whosaid::CueDict::from_sources(&[("corpus.csv", &data)]) {
            assert!(
                e.to_string().starts_with("corpus.csv"),
                "{}: {e}",
                path.display()
            );
        }
    }
}
