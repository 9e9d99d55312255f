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
        // Speakers of one article that differ only by case are one entry: the
        // article counts once for it.
        let mut counted: Vec<usize> = Vec::new();
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
            // A name written in capitals ("OMAR HADDAD") gives way to the same
            // name in mixed case.
            if is_all_caps(&e.row.speaker) && !is_all_caps(&s.name) {
                e.row.speaker = s.name.clone();
            }
            e.row.quotes += s.quotes;
            e.row.claims += s.claims;
            if !counted.contains(&at) {
                counted.push(at);
                e.row.documents += 1;
            }
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
    /// organisations are not proposed as persons. An alias is only ever made of
    /// name words: titles, honorifics, roles, party words and function words
    /// written with the name are left out of the name ("Sen. John Smith" is
    /// `John Smith`, alias `Smith`), and a speaker with fewer than two name
    /// words left is not proposed.
    pub fn suggestions(&self) -> String {
        let mut out = csv::WriterBuilder::new().from_writer(Vec::new());
        out.write_record(["speaker_id", "name", "alias", "role", "gender", "kind"])
            .expect("writing to memory");
        let mut rows: Vec<[String; 6]> = Vec::new();
        let mut seen: std::collections::HashSet<(String, String)> = Default::default();
        for e in &self.entries {
            let r = &e.row;
            if r.known || r.class != SpeakerClass::Person {
                continue;
            }
            // The name without the titles, honorifics and party words the text
            // wrote around it; a person's name has at least two words.
            let Some((name, surname)) = name_parts(&r.speaker) else {
                continue;
            };
            let id = slug(&name);
            let role = r.titles.first().cloned().unwrap_or_default();
            let gender = if r.gender == "unknown" {
                String::new()
            } else {
                r.gender.clone()
            };
            // Aliases are the name and the surname, never a title: the role
            // column is matched as a role already.
            for alias in [name.clone(), surname] {
                if !seen.insert((id.clone(), alias.clone())) {
                    continue;
                }
                rows.push([
                    id.clone(),
                    name.clone(),
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

/// Words written next to names that are not names: titles and honorifics not in
/// the lexicon's lists, parties, and what stands after a surname.
const NOT_NAME_PART: &[&str] = &[
    "representative",
    "delegate",
    "assemblyman",
    "assemblywoman",
    "speaker",
    "admiral",
    "general",
    "colonel",
    "lieutenant",
    "sergeant",
    "captain",
    "corporal",
    "pastor",
    "reverend",
    "rabbi",
    "bishop",
    "cardinal",
    "imam",
    "sheikh",
    "prince",
    "princess",
    "duke",
    "justice",
    "coach",
    "street",
    "sir",
    "dame",
    "lord",
    "lady",
    "madam",
    "republican",
    "republicans",
    "democrat",
    "democrats",
    "democratic",
    "gop",
    "independent",
    "libertarian",
    "conservative",
    "labour",
];

/// Generational suffixes: part of the full name, never a surname.
const SUFFIX: &[&str] = &["jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "v"];

fn is_suffix(word: &str) -> bool {
    SUFFIX
        .iter()
        .any(|s| word.trim_end_matches(',').eq_ignore_ascii_case(s))
}

/// Whether `word` can be part of a person's name: capitalised, not an acronym
/// (`CEO`, `AG`; initials with periods such as `G.K.` are names), and not a
/// title, honorific, role, modifier, function word, organisation or place.
fn is_name_word(word: &str) -> bool {
    use crate::scan::lexicon::{classes, Class};
    if !word.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    if letters >= 2 && !word.contains('.') && !word.chars().any(char::is_lowercase) {
        return false;
    }
    let c = classes(word);
    let not_a_name = [
        Class::TitleAbbreviation,
        Class::PersonRole,
        Class::SpeakerModifier,
        Class::NotAName,
        Class::Determiner,
        Class::SpeakerNoun,
        Class::OrganisationWord,
        Class::PlaceName,
        Class::Month,
        Class::Weekday,
    ];
    // A hyphenated title is no name: "Mayor-elect", "President-elect",
    // "ex-Senator"; a hyphenated name is one ("Jean-Luc", "Smith-Jones").
    let title_part = word.contains('-')
        && word.split('-').any(|part| {
            let c = classes(part);
            matches!(
                part.to_ascii_lowercase().as_str(),
                "elect" | "designate" | "ex"
            ) || [Class::TitleAbbreviation, Class::PersonRole]
                .iter()
                .any(|&k| c.has(k))
        });
    !not_a_name.iter().any(|&class| c.has(class))
        && !title_part
        && !NOT_NAME_PART.iter().any(|w| word.eq_ignore_ascii_case(w))
}

/// A person's name as `--suggest` proposes it, and its surname, from a speaker
/// as the text wrote it: the last run of name words (with the particles inside
/// it, "von der Leyen", and a generational suffix after it, "Jr."), without the
/// titles, roles and party words before it. `None` when fewer than two name
/// words remain ("Former Secretary", "Sen. Obama").
fn name_parts(speaker: &str) -> Option<(String, String)> {
    use crate::scan::lexicon::{classes, Class};
    let words: Vec<&str> = speaker.split_whitespace().collect();
    let mut end = words.len();
    while end > 0 && is_suffix(words[end - 1]) {
        end -= 1;
    }
    // The surname: the last name word, with the particles before it.
    let last = end.checked_sub(1).filter(|&i| is_name_word(words[i]))?;
    let mut surname_start = last;
    // A particle joins the surname when lowercase ("da Silva") or after a first
    // name ("Mark Van Dyke"); a capitalised one opening the name is a first name
    // ("Rev. Al Sharp").
    while surname_start > 0
        && classes(words[surname_start - 1]).has(Class::NameParticle)
        && (!words[surname_start - 1]
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
            || (surname_start >= 2 && is_name_word(words[surname_start - 2])))
    {
        surname_start -= 1;
    }
    // Before it, name words and particles, back to the first that is neither.
    let mut start = surname_start;
    while start > 0
        && (is_name_word(words[start - 1])
            || (start > 1 && classes(words[start - 1]).has(Class::NameParticle)))
    {
        start -= 1;
    }
    // A particle cannot start a name.
    while start < surname_start && !is_name_word(words[start]) {
        start += 1;
    }
    if start == surname_start {
        return None;
    }
    Some((
        words[start..].join(" "),
        words[surname_start..=last].join(" "),
    ))
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

/// Whether `name` has letters and all of them are capitals.
fn is_all_caps(name: &str) -> bool {
    name.chars().any(char::is_alphabetic) && !name.chars().any(char::is_lowercase)
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
    fn suggested_aliases_are_name_words_only() {
        struct Case {
            speaker: &'static str,
            want: Option<(&'static str, &'static str)>,
        }
        let cases = [
            Case {
                speaker: "Alexander Khodakovsky",
                want: Some(("Alexander Khodakovsky", "Khodakovsky")),
            },
            Case {
                speaker: "Dr. Anthony Fauci",
                want: Some(("Anthony Fauci", "Fauci")),
            },
            Case {
                speaker: "Sen. John Smith",
                want: Some(("John Smith", "Smith")),
            },
            Case {
                speaker: "Former Representative Peter Hoekstra",
                want: Some(("Peter Hoekstra", "Hoekstra")),
            },
            Case {
                speaker: "Former Hewlett-Packard CEO Carly Fiorina",
                want: Some(("Carly Fiorina", "Fiorina")),
            },
            Case {
                speaker: "Charles Elliott Jr.",
                want: Some(("Charles Elliott Jr.", "Elliott")),
            },
            Case {
                speaker: "Brent Bozell III",
                want: Some(("Brent Bozell III", "Bozell")),
            },
            Case {
                speaker: "Ursula von der Leyen",
                want: Some(("Ursula von der Leyen", "von der Leyen")),
            },
            Case {
                speaker: "Mayor-elect Tina Vos",
                want: Some(("Tina Vos", "Vos")),
            },
            Case {
                speaker: "President-elect Ray Dunn",
                want: Some(("Ray Dunn", "Dunn")),
            },
            Case {
                speaker: "Rev. Al Sharp",
                want: Some(("Al Sharp", "Sharp")),
            },
            Case {
                speaker: "Mark Van Dyke",
                want: Some(("Mark Van Dyke", "Van Dyke")),
            },
            Case {
                speaker: "Jean-Luc Moreau",
                want: Some(("Jean-Luc Moreau", "Moreau")),
            },
            Case {
                speaker: "G.K. Butterfield",
                want: Some(("G.K. Butterfield", "Butterfield")),
            },
            Case {
                speaker: "Mr. Smith",
                want: None,
            },
            Case {
                speaker: "Former AG Mukasey",
                want: None,
            },
            Case {
                speaker: "Former Secretary",
                want: None,
            },
            Case {
                speaker: "Former Security",
                want: None,
            },
            Case {
                speaker: "Former Obama",
                want: None,
            },
            Case {
                speaker: "New Hampshire Republican",
                want: None,
            },
            Case {
                speaker: "Dr.",
                want: None,
            },
            Case {
                speaker: "Admiral Harris",
                want: None,
            },
            Case {
                speaker: "von Trapp",
                want: None,
            },
            Case {
                speaker: "",
                want: None,
            },
        ];
        for case in cases {
            let got = name_parts(case.speaker);
            let got = got.as_ref().map(|(n, s)| (n.as_str(), s.as_str()));
            assert_eq!(got, case.want, "{:?}", case.speaker);
        }
    }

    #[test]
    fn suggestions_never_make_a_title_an_alias() {
        let text = "Sen. John Smith said the bill would pass.\n\n\
                    Dr. Anthony Fauci said the vaccine was safe.\n\n\
                    \"We are not done,\" said the Rev. Charles Elliott Jr.";
        let article = Extractor::builtin().extract(text);
        let mut census = SpeakerCensus::new();
        census.add(&article.speakers());
        let csv = census.suggestions();
        let dict =
            SpeakerDict::from_sources(&[("suggested.csv", csv.as_bytes())]).expect("valid rows");
        assert!(!dict.speakers().is_empty(), "{csv}");
        for line in csv.lines().skip(1) {
            let alias = line.split(',').nth(2).unwrap();
            for word in alias.split_whitespace() {
                assert!(
                    is_name_word(word) || is_suffix(word),
                    "alias {alias:?} holds {word:?}:\n{csv}"
                );
            }
        }
    }

    #[test]
    fn a_suggested_role_is_the_whole_title() {
        let text = "Attorney General Kim Lo said the case was closed.\n\n\
                    \"We are done,\" said Secretary General Ada Brun.";
        let article = Extractor::builtin().extract(text);
        let mut census = SpeakerCensus::new();
        census.add(&article.speakers());
        let csv = census.suggestions();
        let role = |id: &str| {
            csv.lines()
                .find(|l| l.starts_with(id))
                .and_then(|l| l.split(',').nth(3))
                .unwrap_or_else(|| panic!("no {id}:\n{csv}"))
                .to_string()
        };
        assert_eq!(role("kim-lo,"), "Attorney General", "{csv}");
        assert_eq!(role("ada-brun,"), "Secretary General", "{csv}");
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
