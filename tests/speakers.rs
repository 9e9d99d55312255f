//! `whosaid speakers` on the seeds: the dictionary's speakers and the ones it
//! lacks, and suggestions that propose people only.

use std::process::Command;

fn run(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap()
}

#[test]
fn speakers_of_the_seeds() {
    let out = run(&["speakers", "seeds"]);
    assert!(out.status.success());
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect();
    assert_eq!(header, whosaid::discover::COLUMNS);
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    let find = |name: &str| {
        rows.iter()
            .find(|r| &r[0] == name)
            .unwrap_or_else(|| panic!("{name} missing"))
    };
    for known in [
        "Emmanuel Macron",
        "Vladimir Putin",
        "Dmytro Kuleba",
        "Dmitry Peskov",
        "Joe Biden",
        "Olaf Scholz",
        "Annalena Baerbock",
    ] {
        assert_eq!(&find(known)[2], "true", "{known} is known");
    }
    let k = find("Alexander Khodakovsky");
    assert_eq!((&k[2], &k[3]), ("false", "person"));
    let macron = find("Emmanuel Macron");
    assert!(
        macron[8].contains("The French leader"),
        "mentions as written: {}",
        &macron[8]
    );
    assert!(
        macron[9].contains("French President"),
        "titles as seen: {}",
        &macron[9]
    );
    let quotes: usize = rows.iter().map(|r| r[5].parse::<usize>().unwrap()).sum();
    let claims: usize = rows.iter().map(|r| r[6].parse::<usize>().unwrap()).sum();
    let extracted = Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .args(["extract", "seeds"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    let attributed = csv::Reader::from_reader(extracted.stdout.as_slice())
        .records()
        .map(|r| r.unwrap())
        .filter(|r| !r[5].is_empty())
        .count();
    assert_eq!(
        quotes + claims,
        attributed,
        "the counts add up to the attributed rows"
    );
}

#[test]
fn suggestions_propose_only_unknown_people() {
    let out = run(&["speakers", "--suggest", "seeds"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let dict = whosaid::SpeakerDict::from_sources(&[("suggested.csv", text.as_bytes())])
        .expect("ready to paste");
    let names: Vec<&str> = dict.speakers().iter().map(|s| s.name.as_str()).collect();
    assert!(names.contains(&"Alexander Khodakovsky"));
    for not_a_person in [
        "Nord Stream",
        "Black Sea",
        "White House",
        "U.S. officials",
        "Turkish sources",
        "Moscow",
    ] {
        assert!(
            !names.contains(&not_a_person),
            "{not_a_person} proposed as a person"
        );
    }
    assert!(
        !names.contains(&"Emmanuel Macron"),
        "known speakers are not proposed"
    );
}

#[test]
fn jsonl_rows_carry_the_same_fields() {
    let out = run(&["speakers", "--format", "jsonl", "seeds"]);
    let text = String::from_utf8(out.stdout).unwrap();
    let first: serde_json::Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
    let mut keys: Vec<&str> = first
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort();
    let mut want = whosaid::discover::COLUMNS.to_vec();
    want.sort();
    assert_eq!(keys, want);
}
