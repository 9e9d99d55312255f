//! French and German: the test articles under `articles/fr` and `articles/de`
//! (snapshots of their CSV, the quality floors against their gold, offsets that
//! slice the text), language identification, `--lang`, the JSON Lines `lang`
//! field, and the data files kept sorted.

mod common;

use std::path::{Path, PathBuf};

use common::{root, run, run_with_stdin};

use whosaid::io::output::{to_csv_string, Record};
use whosaid::tools::eval::{self, Options};
use whosaid::{Extractor, Kind, Lang};

fn article_files(lang: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("articles").join(lang))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files
}

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
fn csv_of_each_article() {
    let extractor = Extractor::builtin();
    for lang in ["fr", "de"] {
        for path in article_files(lang) {
            let stem = path.file_stem().unwrap().to_str().unwrap();
            let name = format!("{lang}_{stem}");
            let csv = to_csv_string(&records(&extractor, &path));
            snapshot_settings().bind(|| insta::assert_snapshot!(name, csv));
        }
    }
}

fn report(lang: &str) -> eval::Report {
    let extractor = Extractor::builtin();
    let dir = root().join("articles").join(lang);
    let mut gold = eval::load_gold(&dir.join("gold.jsonl")).unwrap();
    let lang: Lang = lang.parse().unwrap();
    eval::classify_gold(&mut gold, extractor.cues_for(lang));
    let mut predicted = Vec::new();
    let mut docs = Vec::new();
    for path in article_files(lang.as_str()) {
        docs.push(path.file_name().unwrap().to_str().unwrap().to_string());
        predicted.extend(records(&extractor, &path));
    }
    assert!(
        predicted.iter().all(|r| r.lang == lang),
        "identified as {lang}"
    );
    eval::evaluate(&gold, &predicted, &docs, Options::default())
}

#[test]
fn articles_meet_the_quality_floors() {
    for lang in ["fr", "de"] {
        let report = report(lang);
        let table = eval::render(&report);
        let (quotes, claims) = (report.quotes(), report.claims());
        assert!(quotes.gold >= 40, "{lang}: 40 gold quotes\n{table}");
        assert!(claims.gold >= 15, "{lang}: 15 gold claims\n{table}");
        assert!(
            quotes.attributed_f1() >= 0.95,
            "{lang}: attributed quote F1\n{table}"
        );
        assert!(
            claims.attributed_f1() >= 0.80,
            "{lang}: attributed claim F1\n{table}"
        );
    }
}

#[test]
fn eval_table_of_each_language() {
    for lang in ["fr", "de"] {
        let dir = format!("articles/{lang}");
        let out = run(&["eval", "--gold", &format!("{dir}/gold.jsonl"), &dir]);
        assert!(out.status.success());
        let table = String::from_utf8(out.stdout).unwrap();
        assert!(table.starts_with(&format!("language: {lang}\n")), "{table}");
        snapshot_settings().bind(|| insta::assert_snapshot!(format!("eval_{lang}"), table));
    }
}

#[test]
fn every_row_slices_its_text_by_char_offsets() {
    let extractor = Extractor::builtin();
    for lang in ["fr", "de"] {
        for path in article_files(lang) {
            let text = std::fs::read_to_string(&path).unwrap();
            let chars: Vec<char> = text.chars().collect();
            for r in records(&extractor, &path) {
                let slice: String = chars[r.start..r.end].iter().collect();
                assert_eq!(slice, r.text, "{}", path.display());
            }
        }
    }
}

#[test]
fn languages_are_identified() {
    let cases = [
        ("The minister said on Monday that the talks would continue, and that the union was ready.", Lang::En),
        ("Le ministre a déclaré lundi que la réforme serait votée en juin, selon le gouvernement et les syndicats.", Lang::Fr),
        ("Der Minister sagte am Montag, die Reform werde im Juni beschlossen, und die Gewerkschaft sei bereit.", Lang::De),
        // Names with French or German words stay English.
        ("\"The union is strong,\" Ana von der Berg said. \"It will stay so,\" von der Berg added.", Lang::En),
        ("Marine Le Pen and the mayor of Des Moines said that the vote was close.", Lang::En),
        ("", Lang::En),
        // A short text: a French or German word, no English one, and a mark of the language.
        ("« Nous tiendrons nos engagements », a déclaré la ministre.", Lang::Fr),
        ("„Wir schaffen das“, sagte die Ministerin.", Lang::De),
        ("Le Pen spoke.", Lang::En),
    ];
    for (text, want) in cases {
        assert_eq!(Lang::detect(text), want, "{text}");
    }
}

/// The shared case `16_french_guillemets`, in words of our own: a title and name
/// before `a déclaré :` and guillemets with spaces inside, then `Selon X, …`.
#[test]
fn french_guillemets_after_a_colon_and_selon() {
    let text = "La ministre Claire Dupuis a déclaré\u{a0}: «\u{a0}Nous tiendrons bon. Le budget passera.\u{a0}» Selon le porte-parole Luc Bastien, le vote aura lieu en mai.";
    let article = Extractor::builtin().extract(text);
    assert_eq!(article.lang, Lang::Fr);
    let rows: Vec<(Kind, &str, &str)> = article
        .attributions
        .iter()
        .map(|a| (a.kind, a.text.as_str(), a.speaker()))
        .collect();
    assert_eq!(
        rows,
        [
            (
                Kind::Direct,
                "Nous tiendrons bon. Le budget passera.",
                "Claire Dupuis"
            ),
            (Kind::Indirect, "le vote aura lieu en mai", "Luc Bastien"),
        ]
    );
}

#[test]
fn lang_option_and_jsonl_field() {
    let text = "« Nous ne céderons pas », a déclaré Julien Marchetti.";
    // Too short to identify: read as English, unless told.
    let out = run_with_stdin(&["extract", "--format", "jsonl"], text);
    assert!(String::from_utf8(out.stdout).unwrap().is_empty());
    let out = run_with_stdin(&["extract", "--format", "jsonl", "--lang", "fr"], text);
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("\"lang\":\"fr\""), "{stdout}");
    assert!(
        stdout.contains("\"speaker\":\"Julien Marchetti\""),
        "{stdout}"
    );
    // A JSON Lines article's `lang` wins over `--lang`.
    let line = format!(
        "{}\n",
        serde_json::json!({"id": "a", "text": text, "lang": "fr"})
    );
    let out = run_with_stdin(
        &[
            "extract", "--input", "jsonl", "--format", "csv", "--lang", "en",
        ],
        &line,
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.starts_with("doc,date,index,"), "{stdout}");
    assert!(
        stdout
            .lines()
            .next()
            .unwrap()
            .ends_with(",claim,lang,error"),
        "{stdout}"
    );
    assert!(
        stdout.contains("a,,0,direct,Nous ne céderons pas,Julien Marchetti"),
        "{stdout}"
    );
    assert!(stdout.contains(",fr,\n"), "{stdout}");
    let out = run(&["extract", "--lang", "xx", "-"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn speakers_and_render_read_both_languages() {
    for (lang, file, name) in [
        ("fr", "articles/fr/01_pont.txt", "Hugo Perrin"),
        ("de", "articles/de/01_bruecke.txt", "Jonas Feld"),
    ] {
        let out = run(&["speakers", file]);
        let csv = String::from_utf8(out.stdout).unwrap();
        assert!(
            csv.lines().nth(1).unwrap().starts_with(name),
            "{lang}: {csv}"
        );
        let out = run(&["render", file]);
        assert!(out.status.success(), "{lang}");
        let html = String::from_utf8(out.stdout).unwrap();
        assert!(html.contains(&format!("{name} <small>")), "{lang}: {html}");
    }
}

fn sorted_and_unique(csv: &str, name: &str) {
    let lines: Vec<&str> = csv.lines().skip(1).filter(|l| !l.is_empty()).collect();
    let bad = lines.windows(2).find(|w| w[0] >= w[1]).map(|w| w[1]);
    assert_eq!(bad, None, "{name} must be sorted with no repeated row");
}

#[test]
fn language_data_files_are_sorted_and_unique() {
    sorted_and_unique(whosaid::dict::DEFAULT_CUES_FR, "cues.fr.csv");
    sorted_and_unique(whosaid::dict::DEFAULT_CUES_DE, "cues.de.csv");
    for (csv, name) in [
        (whosaid::dict::DEFAULT_CUES_FR, "cues.fr.csv"),
        (whosaid::dict::DEFAULT_CUES_DE, "cues.de.csv"),
    ] {
        let mut forms: Vec<&str> = csv
            .lines()
            .skip(1)
            .map(|l| l.split(',').next().unwrap())
            .collect();
        let n = forms.len();
        forms.dedup();
        assert_eq!(forms.len(), n, "{name}: a cue form is listed twice");
        // Every type is one of the three.
        for l in csv.lines().skip(1) {
            let t = l.rsplit(',').next().unwrap();
            assert!(["speech", "belief", "evidence"].contains(&t), "{name}: {l}");
        }
    }
    for name in ["words.fr.csv", "words.de.csv"] {
        let csv = std::fs::read_to_string(root().join("dictionaries").join(name)).unwrap();
        sorted_and_unique(&csv, name);
    }
    let extractor = Extractor::builtin();
    assert!(extractor
        .cues_for(Lang::Fr)
        .verbs()
        .iter()
        .any(|v| v.form == "selon"));
    assert!(extractor
        .cues_for(Lang::De)
        .verbs()
        .iter()
        .any(|v| v.form == "fügte … hinzu"));
}

/// The fuzz corpora read as French and as German keep the invariants that hold
/// for English (no panic, offsets that slice the text, rows in order).
#[test]
fn fuzz_corpora_read_as_french_and_german_keep_the_invariants() {
    for lang in [Lang::Fr, Lang::De] {
        let extractor = Extractor::builtin().with_lang(Some(lang));
        for name in ["extract", "scraped"] {
            let dir = root().join("fuzz/corpus").join(name);
            let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
                .unwrap()
                .map(|e| e.unwrap().path())
                .collect();
            files.sort();
            for path in files {
                let data = std::fs::read(&path).unwrap();
                if let Ok(decoded) = whosaid::io::input::decode(data, false) {
                    if let Err(e) = whosaid::invariants::check_extraction(&extractor, &decoded.text)
                    {
                        panic!("{lang}: {}: {e}", path.display());
                    }
                }
            }
        }
    }
}
