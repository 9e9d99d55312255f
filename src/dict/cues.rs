//! `CueDict`: reporting verbs ("said", "told", "according to") with their lemma and
//! the kind of complement they take, found in text by one Aho-Corasick automaton.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use super::{on_word_boundary, read_rows, DEFAULT_CUES};
use crate::error::{Error, ErrorKind, Result};
use crate::span::Span;

const HEADER: &[&str] = &["form", "lemma", "frame", "pos", "type"];
/// The header of files written before the `type` column: their cues are speech.
const HEADER_WITHOUT_TYPE: &[&str] = &["form", "lemma", "frame", "pos"];

/// What a reporting verb takes after it, which decides whether it can report a
/// claim (indirect speech) or only introduce quoted words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CueFrame {
    /// A clause with or without "that": "said (that) Russia would …".
    Say,
    /// An addressee, then a that-clause ("told reporters that …", "assured
    /// Kuleba that …") or what is asked of them ("urged Congress to act",
    /// "asked him whether …").
    Tell,
    /// A clause only after "that"; otherwise an object: "warned that …".
    That,
    /// Quoted words only: "thanked him for "…"".
    Quote,
    /// What follows the verb, whatever its shape: an object with its
    /// complement ("called X a phony", "described X as …", "accused X of …",
    /// "praised X for …"), an infinitive ("vowed to …", "plans to …"), a
    /// clause with or without "that" ("believes (that) …"), or a finding
    /// ("the poll shows X with a lead").
    Object,
    /// "according to X": the source follows the cue.
    Source,
}

/// Whether the form is a finite verb, a gerund/participle ("saying"), or a
/// preposition-like cue ("according to").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CuePos {
    /// A finite verb: "said", "told".
    Verb,
    /// A gerund or participle: "saying", "adding".
    Gerund,
    /// A preposition-like cue: "according to".
    Prep,
}

/// What a cue reports: words said or written, a state of mind, or what a
/// poll, study or document shows.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum CueType {
    /// Saying, writing, asking, urging: "said", "told", "accused", "according to".
    Speech,
    /// Believing, knowing, wanting, intending: "believes", "expects", "plans".
    Belief,
    /// What data show: "a poll shows", "the study found".
    Evidence,
}

impl CueType {
    /// The three types, in the order the output and the scores list them.
    pub const ALL: [CueType; 3] = [CueType::Speech, CueType::Belief, CueType::Evidence];

    /// The type's name in the output and on the command line: `speech`, `belief`, `evidence`.
    pub fn as_str(self) -> &'static str {
        match self {
            CueType::Speech => "speech",
            CueType::Belief => "belief",
            CueType::Evidence => "evidence",
        }
    }
}

impl std::str::FromStr for CueType {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<CueType, String> {
        match s.trim() {
            "speech" => Ok(CueType::Speech),
            "belief" => Ok(CueType::Belief),
            "evidence" => Ok(CueType::Evidence),
            other => Err(format!(
                "unknown cue type `{other}` (speech, belief or evidence)"
            )),
        }
    }
}

/// A set of cue types to report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CueTypeSet {
    bits: u8,
}

impl CueTypeSet {
    /// Every type.
    pub const ALL: CueTypeSet = CueTypeSet { bits: 0b111 };

    /// Whether `t` is in the set.
    pub fn contains(&self, t: CueType) -> bool {
        self.bits & (1 << t as u8) != 0
    }

    /// Parse a comma-separated list such as `speech,belief`.
    pub fn parse(list: &str) -> std::result::Result<CueTypeSet, String> {
        let mut bits = 0;
        for part in list.split(',').filter(|p| !p.trim().is_empty()) {
            bits |= 1 << part.parse::<CueType>()? as u8;
        }
        Ok(CueTypeSet { bits })
    }
}

/// One form of a reporting verb.
#[derive(Clone, Debug)]
pub struct ReportingVerb {
    /// The form as written in text ("said", "according to").
    pub form: String,
    /// Its lemma ("say").
    pub lemma: String,
    /// What the verb's content looks like (its frame, from the `frame` column).
    pub frame: CueFrame,
    /// Finite verb, gerund or preposition-like cue.
    pub pos: CuePos,
    /// What the cue reports: speech, belief or evidence.
    pub cue_type: CueType,
}

/// A reporting verb found in text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CueMatch {
    /// Byte offsets of the form in the text.
    pub span: Span,
    /// Index of the verb form in the dictionary.
    pub verb: usize,
}

/// The reporting-verb dictionary: cue forms as written ("said", "according to"),
/// read from CSV with the columns `form,lemma,frame,pos,type` (`frame` `say`,
/// `tell`, `that`, `object`, `quote` or `source`; `pos` `verb`, `gerund` or
/// `prep`; `type` `speech`, `belief` or `evidence`, speech when empty or when the
/// file has no `type` column). Forms match in any case, on word boundaries.
///
/// [`CueDict::from_sources`] fails with an [`ErrorKind::Dictionary`] error naming
/// the source, its line and its column when the header is neither of the two
/// above, a form or lemma is empty, or a frame, pos or type is unknown.
///
/// ```
/// use whosaid::{CueDict, CueType, ErrorKind};
///
/// let csv = "form,lemma,frame,pos,type\nquipped,quip,say,verb,speech\n";
/// let cues = CueDict::from_sources(&[("mine.csv", csv.as_bytes())])?;
/// let found: Vec<_> = cues.find_iter("\"Fine,\" she Quipped.").collect();
/// assert_eq!((found[0].span.start, found[0].span.end), (12, 19)); // bytes
/// let verb = cues.verb(found[0].verb);
/// assert_eq!((verb.form.as_str(), verb.lemma.as_str(), verb.cue_type), ("quipped", "quip", CueType::Speech));
///
/// let bad = "form,lemma,frame,pos,type\nquipped,quip,shout,verb,speech\n";
/// let err = CueDict::from_sources(&[("mine.csv", bad.as_bytes())]).unwrap_err();
/// assert_eq!(err.kind(), &ErrorKind::Dictionary);
/// assert_eq!((err.line(), err.column()), (Some(2), Some("frame")));
/// # Ok::<(), whosaid::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct CueDict {
    verbs: Vec<ReportingVerb>,
    automaton: AhoCorasick,
}

impl CueDict {
    /// The dictionary embedded in whosaid (`dictionaries/cues.csv`).
    pub fn builtin() -> CueDict {
        CueDict::from_sources(&[("default cues.csv", DEFAULT_CUES.as_bytes())])
            .expect("the embedded cue dictionary is valid")
    }

    /// Build a dictionary from CSV sources; a later row for the same form replaces
    /// the earlier one.
    pub fn from_sources(sources: &[(&str, &[u8])]) -> Result<CueDict> {
        let mut verbs: Vec<ReportingVerb> = Vec::new();
        for (source, data) in sources {
            // A file without the `type` column is read as speech cues.
            let rows = match read_rows(source, data, HEADER) {
                Err(e) if e.line() == Some(1) => {
                    match read_rows(source, data, HEADER_WITHOUT_TYPE) {
                        Ok(rows) => rows
                            .into_iter()
                            .map(|mut row| {
                                row.fields.push("speech".to_string());
                                row
                            })
                            .collect(),
                        Err(old) if old.line() == Some(1) => return Err(e),
                        Err(old) => return Err(old),
                    }
                }
                rows => rows?,
            };
            for row in rows {
                let f = &row.fields;
                let err = |col: &str, msg: String| {
                    Error::new(ErrorKind::Dictionary, msg)
                        .with_path(*source)
                        .with_line(row.line)
                        .with_column(col)
                };
                if f[0].is_empty() {
                    return Err(err("form", "the form is empty".into()));
                }
                if f[1].is_empty() {
                    return Err(err("lemma", "the lemma is empty".into()));
                }
                let frame = match f[2].as_str() {
                    "say" => CueFrame::Say,
                    "tell" => CueFrame::Tell,
                    "that" => CueFrame::That,
                    "quote" => CueFrame::Quote,
                    "object" => CueFrame::Object,
                    "source" => CueFrame::Source,
                    other => {
                        return Err(err(
                            "frame",
                            format!(
                                "unknown frame `{other}` (say, tell, that, object, quote or source)"
                            ),
                        ))
                    }
                };
                let pos = match f[3].as_str() {
                    "verb" => CuePos::Verb,
                    "gerund" => CuePos::Gerund,
                    "prep" => CuePos::Prep,
                    other => {
                        return Err(err(
                            "pos",
                            format!("unknown pos `{other}` (verb, gerund or prep)"),
                        ))
                    }
                };
                // An empty type is speech, as for a file with no type column.
                let cue_type = if f[4].trim().is_empty() {
                    CueType::Speech
                } else {
                    f[4].parse::<CueType>().map_err(|e| err("type", e))?
                };
                let verb = ReportingVerb {
                    form: f[0].to_lowercase(),
                    lemma: f[1].clone(),
                    frame,
                    pos,
                    cue_type,
                };
                match verbs.iter_mut().find(|v| v.form == verb.form) {
                    Some(old) => *old = verb,
                    None => verbs.push(verb),
                }
            }
        }
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::DFA))
            .ascii_case_insensitive(true)
            .build(verbs.iter().map(|v| v.form.as_str()))
            .map_err(|e| Error::new(ErrorKind::Dictionary, e.to_string()))?;
        Ok(CueDict { verbs, automaton })
    }

    /// The verb form at `index`.
    pub fn verb(&self, index: usize) -> &ReportingVerb {
        &self.verbs[index]
    }

    /// All verb forms.
    pub fn verbs(&self) -> &[ReportingVerb] {
        &self.verbs
    }

    /// Every cue in `text`, left to right, on word boundaries, in any case.
    pub fn find_iter<'a>(&'a self, text: &'a str) -> impl Iterator<Item = CueMatch> + 'a {
        self.find_in(text, 0..text.len())
    }

    /// Every cue inside `text[range]`, on word boundaries of the whole text.
    pub fn find_in<'a>(
        &'a self,
        text: &'a str,
        range: std::ops::Range<usize>,
    ) -> impl Iterator<Item = CueMatch> + 'a {
        let input = aho_corasick::Input::new(text).span(range);
        self.automaton.find_iter(input).filter_map(move |m| {
            if !on_word_boundary(text, m.start(), m.end()) {
                return None;
            }
            Some(CueMatch {
                span: Span::new(m.start(), m.end()),
                verb: m.pattern().as_usize(),
            })
        })
    }
}
