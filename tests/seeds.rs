//! The seed articles: snapshots of the CSV a user gets for each, the quality
//! floors measured against the hand-made gold, and offsets that slice the text.

mod common;

use std::path::Path;

use common::{root, seed, seed_files};

use whosaid::io::output::{to_csv_string, Record};
use whosaid::tools::eval::{self, Options};
use whosaid::{CueDict, Extractor, SpeakerDict};

fn records(extractor: &Extractor, path: &Path) -> Vec<Record> {
    let text = std::fs::read_to_string(path).unwrap();
    let doc = path.file_name().unwrap().to_str().unwrap();
    let article = extractor.extract(&text);
    article
        .attributions
        .iter()
        .map(|a| Record::new(doc, article.date.as_deref(), a))
        .collect()
}

fn snapshot_settings() -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings
}

#[test]
fn csv_of_each_seed() {
    let extractor = Extractor::builtin();
    for path in seed_files() {
        let name = path.file_stem().unwrap().to_str().unwrap().to_string();
        let csv = to_csv_string(&records(&extractor, &path));
        snapshot_settings().bind(|| insta::assert_snapshot!(name, csv));
    }
}

fn seed_report(options: Options) -> eval::Report {
    let extractor = Extractor::builtin();
    let gold = eval::load_gold(&root().join("seeds").join("gold.jsonl")).unwrap();
    let mut predicted = Vec::new();
    let mut docs = Vec::new();
    for path in seed_files() {
        docs.push(path.file_name().unwrap().to_str().unwrap().to_string());
        predicted.extend(records(&extractor, &path));
    }
    eval::evaluate(&gold, &predicted, &docs, options)
}

#[test]
fn seeds_meet_the_quality_floors() {
    for options in [
        Options::default(),
        Options {
            separate_views: true,
        },
    ] {
        let report = seed_report(options);
        let quotes = report.quotes();
        let claims = report.claims();
        let table = eval::render(&report);
        assert!(quotes.f1() >= 0.97, "quote detection F1\n{table}");
        assert!(
            quotes.attributed_f1() >= 0.95,
            "attributed quote F1\n{table}"
        );
        assert!(quotes.cue_accuracy() >= 0.95, "quote cue accuracy\n{table}");
        assert!(claims.f1() >= 0.85, "claim detection F1\n{table}");
        assert!(
            claims.attributed_f1() >= 0.80,
            "attributed claim F1\n{table}"
        );
    }
}

#[test]
fn every_row_slices_its_text_by_char_offsets() {
    let extractor = Extractor::builtin();
    for path in seed_files() {
        let text = std::fs::read_to_string(&path).unwrap();
        let chars: Vec<char> = text.chars().collect();
        let rows = records(&extractor, &path);
        assert!(!rows.is_empty());
        for (i, r) in rows.iter().enumerate() {
            let slice: String = chars[r.start..r.end].iter().collect();
            assert_eq!(slice, r.text, "{}: row {i}", path.display());
            assert_eq!(r.index, i);
        }
        assert!(
            rows.windows(2).all(|w| w[0].start <= w[1].start),
            "rows in text order"
        );
    }
}

#[test]
fn a_speaker_removed_from_the_dictionary_is_still_found() {
    let without: String = whosaid::dict::DEFAULT_SPEAKERS
        .lines()
        .filter(|l| !l.starts_with("annalena-baerbock,"))
        .map(|l| format!("{l}\n"))
        .collect();
    let speakers = SpeakerDict::from_sources(&[("speakers.csv", without.as_bytes())]).unwrap();
    let extractor = Extractor::new(speakers, CueDict::builtin());
    let path = seed("002");
    let rows = records(&extractor, &path);
    let quote = rows
        .iter()
        .find(|r| r.text.starts_with("I want to send a clear signal"))
        .expect("Baerbock's quote");
    assert_eq!(quote.speaker(), "Annalena Baerbock");
    assert_eq!(quote.speaker_id(), "");
    assert_eq!(quote.method, whosaid::Method::Explicit);
}

#[test]
fn khodakovsky_is_found_without_being_in_the_dictionary() {
    let rows = records(&Extractor::builtin(), &seed("004"));
    let quote = rows
        .iter()
        .find(|r| r.text.starts_with("We need at least 40,000"))
        .expect("the commander's quote");
    assert_eq!(quote.speaker(), "Alexander Khodakovsky");
    assert_eq!(quote.method, whosaid::Method::Pronoun);
}
