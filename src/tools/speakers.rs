//! `whosaid speakers`: who speaks in a set of articles, how often, how the text
//! names them, and ready-to-paste dictionary rows for the people the dictionary
//! does not know yet.

use serde::Serialize;

use crate::{ArticleSpeaker, SpeakerClass};

/// One speaker over all the articles read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SpeakerRow {
    /// Canonical name, or the source as written.
    pub speaker: String,
    /// The dictionary id; empty when the dictionary lacks the speaker.
    pub speaker_id: String,
    /// Whether the dictionary knows the speaker.
    pub known: bool,
    /// Person or organisation.
    pub class: SpeakerClass,
    /// `male`, `female` or `unknown`.
    pub gender: String,
    /// Where the gender came from: `dictionary`, `honorific`, `first name`,
    /// `pronoun`, or empty when it is unknown.
    pub gender_source: String,
    /// Number of direct and partial quotes.
    pub quotes: usize,
    /// Number of claims.
    pub claims: usize,
    /// Number of articles the speaker is attributed in.
    pub documents: usize,
    /// Mentions next to cues, as written (the first spelling seen of mentions
    /// that differ only by case), in order of first appearance. CSV joins them
    /// with `; `; JSON keeps an array.
    pub mentions: Vec<String>,
    /// Titles seen before the name, as written (merged like `mentions`), in
    /// order of first appearance.
    pub titles: Vec<String>,
}

/// Columns of `whosaid speakers` output.
pub const COLUMNS: &[&str] = &[
    "speaker",
    "speaker_id",
    "known",
    "class",
    "gender",
    "gender_source",
    "quotes",
    "claims",
    "documents",
    "mentions",
    "titles",
];

#[derive(Clone, Debug)]
struct Entry {
    row: SpeakerRow,
}

/// Add `item` to `list` unless a spelling differing only by case is there.
fn push_new(list: &mut Vec<String>, item: &str) {
    let lower = item.to_lowercase();
    if !list.iter().any(|x| x.to_lowercase() == lower) {
        list.push(item.to_string());
    }
}

/// Speakers gathered over articles.
#[derive(Clone, Debug, Default)]
pub struct SpeakerCensus {
    entries: Vec<Entry>,
    /// Each speaker's entry, by its key (speaker id, or lowercase name).
    index: std::collections::HashMap<String, usize>,
}

fn key(s: &ArticleSpeaker) -> String {
    if s.speaker_id.is_empty() {
        s.name.to_lowercase()
    } else {
        s.speaker_id.clone()
    }
}

impl SpeakerCensus {
    /// An empty census.
    pub fn new() -> SpeakerCensus {
        SpeakerCensus::default()
    }

    /// Count the speakers of one article.
    pub fn add(&mut self, speakers: &[ArticleSpeaker]) {
        for s in speakers {
            let k = key(s);
            let at = match self.index.get(&k) {
                Some(&at) => at,
                None => {
                    self.index.insert(k, self.entries.len());
                    self.entries.push(Entry {
                        row: SpeakerRow {
                            speaker: s.name.clone(),
                            speaker_id: s.speaker_id.clone(),
                            known: !s.speaker_id.is_empty(),
                            class: s.class,
                            gender: s.gender.to_string(),
                            gender_source: s.gender_source.to_string(),
                            quotes: 0,
                            claims: 0,
                            documents: 0,
                            mentions: Vec::new(),
                            titles: Vec::new(),
                        },
                    });
                    self.entries.len() - 1
                }
            };
            let e = &mut self.entries[at];
            if e.row.gender == "unknown" && s.gender != "unknown" {
                e.row.gender = s.gender.to_string();
                e.row.gender_source = s.gender_source.to_string();
            }
            e.row.quotes += s.quotes;
            e.row.claims += s.claims;
            e.row.documents += 1;
            for m in &s.mentions {
                push_new(&mut e.row.mentions, m);
            }
            for t in &s.titles {
                push_new(&mut e.row.titles, t);
            }
        }
    }

    /// The speakers, most attributions first, then by name.
    pub fn rows(&self) -> Vec<SpeakerRow> {
        let mut rows: Vec<SpeakerRow> = self.entries.iter().map(|e| e.row.clone()).collect();
        rows.sort_by(|a, b| {
            (b.quotes + b.claims)
                .cmp(&(a.quotes + a.claims))
                .then_with(|| a.speaker.cmp(&b.speaker))
        });
        rows
    }

    /// `speakers.csv` rows (with header) for the people the dictionary lacks:
    /// their name and surname as aliases, the first title seen as role. Groups and
    /// organisations are not proposed as persons.
    pub fn suggestions(&self) -> String {
        let mut out = csv::WriterBuilder::new().from_writer(Vec::new());
        out.write_record(["speaker_id", "name", "alias", "role", "gender", "kind"])
            .expect("writing to memory");
        let mut rows: Vec<[String; 6]> = Vec::new();
        for e in &self.entries {
            let r = &e.row;
            if r.known || r.class != SpeakerClass::Person {
                continue;
            }
            let words: Vec<&str> = r.speaker.split_whitespace().collect();
            // A person's name has at least two capitalised words.
            if words.len() < 2
                || !words
                    .iter()
                    .all(|w| w.chars().next().is_some_and(char::is_uppercase))
            {
                continue;
            }
            let id = slug(&r.speaker);
            let role = r.titles.first().cloned().unwrap_or_default();
            let gender = if r.gender == "unknown" {
                String::new()
            } else {
                r.gender.clone()
            };
            let mut aliases = vec![r.speaker.clone()];
            if let Some(last) = words.last() {
                aliases.push(last.to_string());
            }
            if !role.is_empty() {
                aliases.push(role.clone());
            }
            for alias in aliases {
                rows.push([
                    id.clone(),
                    r.speaker.clone(),
                    alias,
                    role.clone(),
                    gender.clone(),
                    "person".into(),
                ]);
            }
        }
        rows.sort();
        rows.dedup();
        for row in rows {
            out.write_record(&row).expect("writing to memory");
        }
        String::from_utf8(out.into_inner().expect("flushing memory")).expect("UTF-8 fields")
    }
}

/// `Alexander Khodakovsky` → `alexander-khodakovsky`.
pub fn slug(name: &str) -> String {
    let mut s = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            s.push(c);
        } else if !s.ends_with('-') && !s.is_empty() {
            s.push('-');
        }
    }
    s.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Extractor, SpeakerDict};

    #[test]
    fn slugs() {
        assert_eq!(slug("Alexander Khodakovsky"), "alexander-khodakovsky");
        assert_eq!(slug("G.K. Butterfield"), "g-k-butterfield");
    }

    #[test]
    fn suggestions_load_as_a_dictionary_and_name_only_people() {
        let text = "Separatist commander Alexander Khodakovsky said the front was quiet.\n\n\
                    \"We need more men,\" Khodakovsky said.\n\n\
                    U.S. officials said the Nord Stream pipeline was finished. The White House said nothing.";
        let article = Extractor::builtin().extract(text);
        let mut census = SpeakerCensus::new();
        census.add(&article.speakers());
        let rows = census.rows();
        let k = rows
            .iter()
            .find(|r| r.speaker == "Alexander Khodakovsky")
            .expect("found");
        assert_eq!((k.quotes, k.claims, k.known), (1, 1, false));
        let csv = census.suggestions();
        let dict =
            SpeakerDict::from_sources(&[("suggested.csv", csv.as_bytes())]).expect("valid rows");
        let names: Vec<&str> = dict.speakers().iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Alexander Khodakovsky"]);
        assert!(csv.contains("Separatist commander"));
    }
}
