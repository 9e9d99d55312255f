//! `whosaid speakers` on the seeds: the dictionary's speakers and the ones it
//! lacks, and suggestions that propose people only.

mod common;

use common::{csv_header, csv_rows, run};

#[test]
fn speakers_of_the_seeds() {
    let out = run(&["speakers", "seeds"]);
    assert!(out.status.success());
    let header = csv_header(&out.stdout);
    assert_eq!(header, whosaid::tools::speakers::COLUMNS);
    let rows = csv_rows(&out.stdout);
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
    // Gender and where it came from: the dictionary for Macron.
    let macron = find("Emmanuel Macron");
    assert_eq!((&macron[4], &macron[5]), ("male", "dictionary"));
    let macron = find("Emmanuel Macron");
    assert!(
        macron[9].contains("The French leader"),
        "mentions as written: {}",
        &macron[9]
    );
    assert!(
        macron[10].contains("French President"),
        "titles as seen: {}",
        &macron[10]
    );
    let quotes: usize = rows.iter().map(|r| r[6].parse::<usize>().unwrap()).sum();
    let claims: usize = rows.iter().map(|r| r[7].parse::<usize>().unwrap()).sum();
    let extracted = run(&["extract", "seeds"]);
    let attributed = csv_rows(&extracted.stdout)
        .iter()
        .filter(|r| !r[5].is_empty())
        .count();
    assert_eq!(
        quotes + claims,
        attributed,
        "the counts add up to the attributed rows"
    );
}

#[test]
fn gender_is_learnt_from_the_first_name_the_honorific_and_the_pronoun() {
    let dir = common::temp_dir("gender");
    let path = dir.join("a.txt");
    std::fs::write(
        &path,
        "Councillor Ava Lind was blunt. \"The plan is dead,\" she said.\n\n\
         \"We will vote no,\" Mr. Verhoef said.\n\n\
         Casey Okoro arrived late. \"Sorry,\" he said. \"The train stopped.\"\n",
    )
    .unwrap();
    let out = run(&["speakers", path.to_str().unwrap()]);
    let rows = csv_rows(&out.stdout);
    let find = |name: &str| {
        rows.iter()
            .find(|r| &r[0] == name)
            .unwrap_or_else(|| panic!("{name} in {rows:?}"))
            .clone()
    };
    for (name, gender, source) in [
        ("Ava Lind", "female", "first name"),
        ("Verhoef", "male", "honorific"),
        ("Casey Okoro", "male", "pronoun"),
    ] {
        let row = find(name);
        assert_eq!((&row[4], &row[5]), (gender, source), "{name}");
    }
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
    let mut want = whosaid::tools::speakers::COLUMNS.to_vec();
    want.sort();
    assert_eq!(keys, want);
}

#[test]
fn article_speakers_follow_the_rows_left() {
    let text = std::fs::read_to_string("seeds/000_112f8cd96b1a8d6c.txt").unwrap();
    let mut article = whosaid::Extractor::builtin().extract(&text);
    let all = article.speakers();
    let attributed = article
        .attributions
        .iter()
        .filter(|a| !a.speaker().is_empty())
        .count();
    let counted: usize = all.iter().map(|s| s.quotes + s.claims).sum();
    assert_eq!(
        counted, attributed,
        "the counts add up to the attributed rows"
    );
    assert!(all.len() >= 3, "{all:?}");
    // Drop the first speaker's rows and reverse the others: the summary is that
    // of the rows left, in their new order.
    let dropped = all[0].name.clone();
    article.attributions.retain(|a| a.speaker() != dropped);
    article.attributions.reverse();
    let left = article.speakers();
    assert!(left.iter().all(|s| s.name != dropped));
    assert_eq!(left.len(), all.len() - 1);
    let first = article
        .attributions
        .iter()
        .find(|a| !a.speaker().is_empty())
        .unwrap();
    assert_eq!(left[0].name, first.speaker());
    for s in &left {
        let before = all.iter().find(|b| b.name == s.name).unwrap();
        assert_eq!(
            (s.quotes, s.claims),
            (before.quotes, before.claims),
            "{}",
            s.name
        );
        assert_eq!(s.titles, before.titles, "{}", s.name);
    }
}

#[test]
fn a_name_in_capitals_and_in_mixed_case_is_one_speaker_of_one_document() {
    use whosaid::tools::speakers::SpeakerCensus;
    let extractor = whosaid::Extractor::builtin();
    let mut census = SpeakerCensus::new();
    let article = extractor.extract(
        "TREASURER OMAR HADDAD said the numbers were fine. \
         \"We are on track for a surplus this year,\" Treasurer Omar Haddad said.",
    );
    census.add(&article.speakers());
    let rows = census.rows();
    let haddad: Vec<_> = rows
        .iter()
        .filter(|r| r.speaker.eq_ignore_ascii_case("Omar Haddad"))
        .collect();
    assert_eq!(haddad.len(), 1, "{rows:#?}");
    assert_eq!(haddad[0].speaker, "Omar Haddad");
    assert_eq!(haddad[0].documents, 1);
    assert_eq!(haddad[0].quotes + haddad[0].claims, 2);
}
