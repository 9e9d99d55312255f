//! The two dictionaries that drive the scan: speakers and reporting verbs (cues).
//!
//! Both are plain CSV files under version control (`dictionaries/`), embedded in the
//! binary as the defaults and overridable by the user's own files. Each is compiled
//! into one Aho-Corasick automaton (leftmost-longest, so "Vladimir Putin" wins over
//! "Putin") whose matches are kept only on word boundaries: `find_iter` runs it over
//! every byte. Extraction instead looks words up where they start, in one anchored
//! automaton of both dictionaries (`dict/index.rs`).

mod cues;
mod first_names;
mod index;
mod speakers;

pub use cues::{CueDict, CueFrame, CueMatch, CuePos, CueType, CueTypeSet, ReportingVerb};
pub use first_names::DEFAULT_FIRST_NAMES;
pub(crate) use first_names::{first_name_gender, load as load_first_names};
pub(crate) use index::{DictIndex, Entry};
pub use speakers::{Gender, GenderSource, Speaker, SpeakerDict, SpeakerKind, SpeakerMatch};

use crate::error::{Error, ErrorKind, Result};

/// The default speakers dictionary, `dictionaries/speakers.csv`.
pub const DEFAULT_SPEAKERS: &str = include_str!("../../dictionaries/speakers.csv");
/// The default reporting-verb dictionary, `dictionaries/cues.csv`.
pub const DEFAULT_CUES: &str = include_str!("../../dictionaries/cues.csv");
/// The French reporting-verb dictionary, `dictionaries/cues.fr.csv`.
pub const DEFAULT_CUES_FR: &str = include_str!("../../dictionaries/cues.fr.csv");
/// The German reporting-verb dictionary, `dictionaries/cues.de.csv`: a form with
/// `…` is a separable verb (`fügte … hinzu`), its particle later in the clause.
pub const DEFAULT_CUES_DE: &str = include_str!("../../dictionaries/cues.de.csv");

/// One data row of a dictionary CSV: its 1-based line number and its fields, in the
/// order of the expected header.
pub(crate) struct Row {
    pub line: u64,
    pub fields: Vec<String>,
}

/// Read a dictionary CSV whose header must be exactly `header`. Every error names
/// `source` (a file name or "default …"), the line and, where it applies, the column.
pub(crate) fn read_rows(source: &str, data: &[u8], header: &[&str]) -> Result<Vec<Row>> {
    let err = |line: u64, msg: String| {
        Error::new(ErrorKind::Dictionary, msg)
            .with_path(source)
            .with_line(line)
    };
    let data = data.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(data);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(data);
    let found = reader
        .byte_headers()
        .map_err(|e| err(1, e.to_string()))?
        .clone();
    let found: Vec<String> = found
        .iter()
        .map(|f| String::from_utf8_lossy(f).into_owned())
        .collect();
    if found != header {
        return Err(err(
            1,
            format!(
                "the header must be `{}`, found `{}`",
                header.join(","),
                found.join(",")
            ),
        ));
    }
    let mut rows = Vec::new();
    let mut record = csv::ByteRecord::new();
    loop {
        let line = reader.position().line();
        match reader.read_byte_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => return Err(err(line, e.to_string())),
        }
        let line = record.position().map_or(line, |p| p.line());
        if record.iter().all(|f| f.is_empty()) {
            continue;
        }
        if record.len() != header.len() {
            return Err(err(
                line,
                format!(
                    "expected {} columns ({}), found {}",
                    header.len(),
                    header.join(","),
                    record.len()
                ),
            ));
        }
        let mut fields = Vec::with_capacity(header.len());
        for (i, field) in record.iter().enumerate() {
            match std::str::from_utf8(field) {
                Ok(s) => fields.push(s.to_string()),
                Err(_) => {
                    return Err(err(line, "the value is not valid UTF-8".to_string())
                        .with_column(header[i]))
                }
            }
        }
        rows.push(Row { line, fields });
    }
    Ok(rows)
}

/// Whether the characters around `start..end` of `text` are word boundaries.
pub(crate) fn on_word_boundary(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(is_word_char) && !after.is_some_and(is_word_char)
}

/// Letters and digits make up words.
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}
