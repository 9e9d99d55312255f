//! `SpeakerDict`: known speakers, their aliases and roles, found in text by one
//! Aho-Corasick automaton.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use super::{on_word_boundary, read_rows, DEFAULT_SPEAKERS};
use crate::error::{Error, ErrorKind, Result};
use crate::span::Span;

const HEADER: &[&str] = &["speaker_id", "name", "alias", "role", "gender", "kind"];

/// One alias row: name, alias, role, gender, kind.
type AliasRow = (String, String, String, Gender, SpeakerKind);

/// A speaker's grammatical gender, for resolving "he" and "she".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    /// Male.
    Male,
    /// Female.
    Female,
    /// Not known.
    Unknown,
}

/// Where a speaker's gender was learnt from, as `whosaid speakers` shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenderSource {
    /// The speakers dictionary's `gender` column.
    Dictionary,
    /// An honorific or a gendered title: `Mr.`, `Ms.`, `Congresswoman`.
    Honorific,
    /// The first name, by the first-names list (`dictionaries/first_names.csv`).
    FirstName,
    /// A pronoun the article used for the speaker: `"…," she said`.
    Pronoun,
    /// Not known.
    Unknown,
}

impl GenderSource {
    /// The lowercase name written in output: `dictionary`, `honorific`,
    /// `first name`, `pronoun` or empty when unknown.
    pub fn as_str(self) -> &'static str {
        match self {
            GenderSource::Dictionary => "dictionary",
            GenderSource::Honorific => "honorific",
            GenderSource::FirstName => "first name",
            GenderSource::Pronoun => "pronoun",
            GenderSource::Unknown => "",
        }
    }
}

/// Whether a speaker is a person or an organisation ("the Kremlin").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpeakerKind {
    /// A person.
    Person,
    /// An organisation, a government or a group ("the Kremlin", "U.S. officials").
    Organisation,
}

/// One known speaker.
#[derive(Clone, Debug)]
pub struct Speaker {
    /// Stable identifier, such as `vladimir-putin`.
    pub id: String,
    /// Canonical name, such as `Vladimir Putin`.
    pub name: String,
    /// Roles as written in titles ("Russian President"), lowercased.
    pub roles: Vec<String>,
    /// Gender, from the dictionary's `gender` column.
    pub gender: Gender,
    /// Person or organisation, from the `kind` column.
    pub kind: SpeakerKind,
}

#[derive(Clone, Debug)]
struct Alias {
    text: String,
    speaker: usize,
    is_role: bool,
}

/// A dictionary alias found in text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SpeakerMatch {
    /// Byte span of the alias in the text.
    pub span: Span,
    /// Index of the speaker in the dictionary.
    pub speaker: usize,
    /// Whether the alias is a role ("French President") rather than a name.
    pub is_role: bool,
}

/// The speakers dictionary: people and organisations by their names, aliases and
/// roles, read from CSV with the columns `speaker_id,name,alias,role,gender,kind`
/// (one row per alias; `role` such as "Russian President", `gender` `male`,
/// `female` or empty, `kind` `person`, `organisation` or empty for a person).
///
/// [`SpeakerDict::from_sources`] fails with an [`ErrorKind::Dictionary`] error
/// naming the source, its line and its column when a header is not the one
/// above, a `speaker_id`, `name` or `alias` is empty, or a `gender` or `kind` is
/// unknown.
///
/// ```
/// use whosaid::{ErrorKind, SpeakerDict};
///
/// let csv = "speaker_id,name,alias,role,gender,kind\n\
///            lena-ostrowski,Lena Ostrowski,Lena Ostrowski,mayor,female,person\n\
///            lena-ostrowski,Lena Ostrowski,Ostrowski,mayor,female,person\n";
/// let dict = SpeakerDict::from_sources(&[("mine.csv", csv.as_bytes())])?;
/// assert_eq!(dict.speakers().len(), 1);
/// assert_eq!(dict.speakers()[0].id, "lena-ostrowski");
/// // Aliases found in a text, with their byte spans.
/// let found: Vec<_> = dict.find_iter("Mayor Ostrowski spoke.").collect();
/// assert_eq!((found[0].span.start, found[0].span.end), (6, 15));
/// assert_eq!(dict.speaker(found[0].speaker).name, "Lena Ostrowski");
///
/// let bad = "speaker_id,name,alias,role,gender,kind\nlena-ostrowski,Lena Ostrowski,,,,\n";
/// let err = SpeakerDict::from_sources(&[("mine.csv", bad.as_bytes())]).unwrap_err();
/// assert_eq!(err.kind(), &ErrorKind::Dictionary);
/// assert_eq!((err.line(), err.column()), (Some(2), Some("alias")));
/// # Ok::<(), whosaid::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct SpeakerDict {
    speakers: Vec<Speaker>,
    aliases: Vec<Alias>,
    /// The automaton [`SpeakerDict::find_iter`] scans with, built on first use:
    /// extraction looks aliases up through the dictionaries' shared index instead.
    automaton: OnceLock<AhoCorasick>,
}

impl SpeakerDict {
    /// The dictionary embedded in whosaid (`dictionaries/speakers.csv`).
    pub fn builtin() -> SpeakerDict {
        SpeakerDict::from_sources(&[("default speakers.csv", DEFAULT_SPEAKERS.as_bytes())])
            .expect("the embedded speakers dictionary is valid")
    }

    /// Build a dictionary from CSV sources, each a (name for errors, bytes) pair.
    /// A later source's rows for a `speaker_id` replace every earlier row of that id;
    /// other rows add to what came before.
    pub fn from_sources(sources: &[(&str, &[u8])]) -> Result<SpeakerDict> {
        // (speaker_id, rows) in first-seen order.
        let mut table: Vec<(String, Vec<AliasRow>)> = Vec::new();
        for (source, data) in sources {
            let rows = read_rows(source, data, HEADER)?;
            let mut replaced: Vec<String> = Vec::new();
            for row in rows {
                let f = &row.fields;
                let err = |col: &str, msg: String| {
                    Error::new(ErrorKind::Dictionary, msg)
                        .with_path(*source)
                        .with_line(row.line)
                        .with_column(col)
                };
                for (i, col) in ["speaker_id", "name", "alias"].iter().enumerate() {
                    if f[i].is_empty() {
                        return Err(err(col, format!("the {col} is empty")));
                    }
                }
                let gender = match f[4].to_ascii_lowercase().as_str() {
                    "male" | "m" => Gender::Male,
                    "female" | "f" => Gender::Female,
                    "" | "unknown" => Gender::Unknown,
                    other => {
                        return Err(err(
                            "gender",
                            format!("unknown gender `{other}` (male, female, unknown or empty)"),
                        ))
                    }
                };
                let kind = match f[5].to_ascii_lowercase().as_str() {
                    "person" => SpeakerKind::Person,
                    "organisation" | "organization" => SpeakerKind::Organisation,
                    other => {
                        return Err(err(
                            "kind",
                            format!("unknown kind `{other}` (person or organisation)"),
                        ))
                    }
                };
                let id = f[0].clone();
                let pos = match table.iter().position(|(sid, _)| *sid == id) {
                    Some(pos) => {
                        if !replaced.contains(&id) {
                            table[pos].1.clear();
                        }
                        pos
                    }
                    None => {
                        table.push((id.clone(), Vec::new()));
                        table.len() - 1
                    }
                };
                if !replaced.contains(&id) {
                    replaced.push(id.clone());
                }
                if let Some(first) = table[pos].1.first() {
                    if first.0 != f[1] {
                        return Err(err(
                            "name",
                            format!(
                                "speaker `{id}` is named `{}` on an earlier row and `{}` here",
                                first.0, f[1]
                            ),
                        ));
                    }
                }
                table[pos]
                    .1
                    .push((f[1].clone(), f[2].clone(), f[3].clone(), gender, kind));
            }
        }
        let mut speakers = Vec::new();
        let mut aliases = Vec::new();
        for (id, rows) in table {
            let Some(first) = rows.first() else { continue };
            let index = speakers.len();
            let mut roles: Vec<String> = Vec::new();
            for (_, alias, role, _, _) in &rows {
                let role = role.to_lowercase();
                if !role.is_empty() && !roles.contains(&role) {
                    roles.push(role.clone());
                }
                aliases.push(Alias {
                    text: alias.clone(),
                    speaker: index,
                    is_role: alias.to_lowercase() == role,
                });
            }
            speakers.push(Speaker {
                id,
                name: first.0.clone(),
                roles,
                gender: first.3,
                kind: first.4,
            });
        }
        Ok(SpeakerDict {
            speakers,
            aliases,
            automaton: OnceLock::new(),
        })
    }

    /// All speakers, indexed by [`SpeakerMatch::speaker`].
    pub fn speakers(&self) -> &[Speaker] {
        &self.speakers
    }

    /// The speaker at `index`.
    pub fn speaker(&self, index: usize) -> &Speaker {
        &self.speakers[index]
    }

    /// Every alias of the dictionary in `text`, left to right, on word boundaries.
    /// Names must match their case exactly; roles match in any case.
    pub fn find_iter<'a>(&'a self, text: &'a str) -> impl Iterator<Item = SpeakerMatch> + 'a {
        let automaton = self.automaton.get_or_init(|| {
            let builder = || {
                let mut b = AhoCorasickBuilder::new();
                b.match_kind(MatchKind::LeftmostLongest)
                    .ascii_case_insensitive(true);
                b
            };
            let patterns = || self.aliases.iter().map(|a| a.text.as_str());
            // A DFA scans fastest; should one grow too large, the builder's own
            // choice (an NFA) holds any dictionary that fits in memory.
            builder()
                .kind(Some(AhoCorasickKind::DFA))
                .build(patterns())
                .or_else(|_| builder().build(patterns()))
                .expect("an NFA of the aliases builds")
        });
        automaton.find_iter(text).filter_map(move |m| {
            let alias = &self.aliases[m.pattern().as_usize()];
            let (start, end) = (m.start(), m.end());
            if !on_word_boundary(text, start, end) {
                return None;
            }
            if !alias.is_role && &text[start..end] != alias.text.as_str() {
                return None;
            }
            Some(SpeakerMatch {
                span: Span::new(start, end),
                speaker: alias.speaker,
                is_role: alias.is_role,
            })
        })
    }

    /// The text of every alias, by alias index.
    pub(crate) fn alias_texts(&self) -> impl Iterator<Item = &str> {
        self.aliases.iter().map(|a| a.text.as_str())
    }

    /// Whether `found`, matched by alias `alias` in any case, is that alias: a
    /// role in any case, a name in its own case.
    pub(crate) fn accepts(&self, alias: usize, found: &str) -> bool {
        let a = &self.aliases[alias];
        a.is_role || found == a.text
    }

    /// The speaker of alias `alias`, and whether the alias is a role.
    pub(crate) fn alias(&self, alias: usize) -> (usize, bool) {
        let a = &self.aliases[alias];
        (a.speaker, a.is_role)
    }
}
