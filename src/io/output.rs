//! Output rows and their writers: CSV (the default), JSON Lines and a JSON array.
//! CSV header and JSON keys are the same columns, in the same order.

use compact_str::CompactString;
use std::io::Write;

use serde::{Deserialize, Serialize};

use crate::dict::CueType;
use crate::{Attribution, Kind, Method};

/// The columns written for one attribution, CSV and JSON alike. `error` is set
/// only on the row standing for a document that could not be processed (in JSON,
/// such a row holds only `doc` and `error`).
pub const COLUMNS: &[&str] = &[
    "doc",
    "date",
    "index",
    "kind",
    "text",
    "speaker",
    "speaker_id",
    "mention",
    "method",
    "cue",
    "cue_lemma",
    "cue_type",
    "addressee",
    "start",
    "end",
    "paragraph",
    "claim",
    "lang",
    "error",
];

/// One output row: an attribution with the document it came from, as the
/// command line writes it (the [`COLUMNS`] but `error`). Offsets count
/// characters, paragraphs from 0; the strings of the speaker and cue are read
/// with accessors ([`Record::speaker`] and the others), empty when there is none.
/// Rows are made from attributions ([`Record::new`]) or read back from JSON
/// with serde.
///
/// ```
/// use whosaid::io::output::{to_csv_string, Record};
/// use whosaid::Extractor;
///
/// let article = Extractor::builtin().extract("\"We are ready,\" Kuleba said.");
/// let row = Record::new("a.txt", Some("2022-02-08"), &article.attributions[0]);
/// assert_eq!((row.doc.as_str(), row.date.as_str()), ("a.txt", "2022-02-08"));
/// assert_eq!((row.speaker(), row.cue(), row.start, row.end), ("Dmytro Kuleba", "said", 1, 14));
/// assert!(to_csv_string(&[row]).starts_with("doc,date,index,kind,text,speaker,"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    /// The document: its path below the folder given, its file name, `-`, or the article's id.
    pub doc: String,
    /// From the article's date prefix or date field; empty when none.
    pub date: String,
    /// Position among the document's rows, from 0, in text order.
    pub index: usize,
    /// Direct quote, partial quote or claim.
    pub kind: Kind,
    /// The words inside the marks, or the reported content.
    pub text: String,
    /// Canonical speaker name, or the source as written; empty when none was found.
    pub(crate) speaker: CompactString,
    /// The dictionary id; empty for speakers found only in the text.
    pub(crate) speaker_id: CompactString,
    /// The speaker as written next to the cue.
    pub(crate) mention: CompactString,
    /// How the speaker was found.
    pub method: Method,
    /// The reporting verb as written.
    pub(crate) cue: CompactString,
    /// Its lemma.
    pub(crate) cue_lemma: CompactString,
    /// `speech`, `belief`, `evidence`, or empty when there is no cue.
    #[serde(default, with = "cue_type_text")]
    pub cue_type: Option<CueType>,
    /// Who was spoken to, if anyone.
    pub(crate) addressee: CompactString,
    /// Start of `text` in the document, in characters (Unicode scalars), from 0.
    pub start: usize,
    /// End of `text`, in characters, exclusive.
    pub end: usize,
    /// Paragraph number, from 0.
    pub paragraph: usize,
    /// For a quote inside a claim, the claim's `index`.
    pub claim: Option<usize>,
    /// The article's language: `en`, `fr` or `de`.
    #[serde(default)]
    pub lang: crate::Lang,
}

impl Record {
    /// Canonical speaker name, or the source as written; empty when none was found.
    pub fn speaker(&self) -> &str {
        &self.speaker
    }

    /// The dictionary id; empty for speakers found only in the text.
    pub fn speaker_id(&self) -> &str {
        &self.speaker_id
    }

    /// The speaker as written next to the cue; empty when none is written there.
    pub fn mention(&self) -> &str {
        &self.mention
    }

    /// The reporting verb as written; empty when there is none.
    pub fn cue(&self) -> &str {
        &self.cue
    }

    /// The cue's lemma; empty when there is no cue.
    pub fn cue_lemma(&self) -> &str {
        &self.cue_lemma
    }

    /// Who was spoken to; empty when no one is named.
    pub fn addressee(&self) -> &str {
        &self.addressee
    }

    /// The record of `a`, taking its strings.
    pub fn from_attribution(doc: &str, date: Option<&str>, a: Attribution) -> Record {
        Record {
            doc: doc.to_string(),
            date: date.unwrap_or("").to_string(),
            lang: a.lang,
            index: a.index,
            kind: a.kind,
            text: a.text,
            speaker: a.speaker,
            speaker_id: a.speaker_id,
            mention: a.mention,
            method: a.method,
            cue: a.cue,
            cue_lemma: a.cue_lemma,
            cue_type: a.cue_type,
            addressee: a.addressee,
            start: a.start,
            end: a.end,
            paragraph: a.paragraph,
            claim: a.claim,
        }
    }

    /// The row of attribution `a` of document `doc`, dated `date`.
    pub fn new(doc: &str, date: Option<&str>, a: &Attribution) -> Record {
        Record::from_attribution(doc, date, a.clone())
    }
}

/// The cue type as its name, and no cue as an empty string, like the other
/// text columns.
mod cue_type_text {
    use crate::dict::CueType;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(t: &Option<CueType>, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(t.map_or("", CueType::as_str))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<CueType>, D::Error> {
        let text = std::borrow::Cow::<str>::deserialize(d)?;
        if text.is_empty() {
            return Ok(None);
        }
        text.parse().map(Some).map_err(serde::de::Error::custom)
    }
}

/// An output format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// CSV with a header line (the columns of [`COLUMNS`]).
    Csv,
    /// JSON Lines: one object a line.
    Jsonl,
    /// One JSON array of objects.
    Json,
}

/// Make a CSV field safe to open in a spreadsheet: a value starting with `=`, `+`,
/// `-`, `@`, a tab or a carriage return gets a leading `'` so that it is not run as
/// a formula (the OWASP rule for CSV injection).
pub fn spreadsheet_safe(value: &str) -> std::borrow::Cow<'_, str> {
    match value.as_bytes().first() {
        // A lone "-" (standard input's name) is text to every spreadsheet.
        _ if value == "-" => value.into(),
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r') => format!("'{value}").into(),
        _ => value.into(),
    }
}

#[derive(Serialize)]
struct ErrorRow<'a> {
    doc: &'a str,
    error: &'a str,
}

/// Writes records in one format, streaming.
pub struct RecordWriter<W: Write> {
    format: Format,
    out: W,
    written: usize,
    raw: bool,
}

fn csv_writer(buf: &mut Vec<u8>) -> csv::Writer<&mut Vec<u8>> {
    csv::WriterBuilder::new()
        .has_headers(false)
        .buffer_capacity(4096)
        .from_writer(buf)
}

fn csv_fields(w: &mut csv::Writer<&mut Vec<u8>>, fields: &[&str], raw: bool) {
    let result = if raw {
        w.write_record(fields)
    } else {
        let safe = fields.iter().map(|f| spreadsheet_safe(f));
        w.write_record(safe.map(|f| match f {
            std::borrow::Cow::Borrowed(s) => std::borrow::Cow::Borrowed(s.as_bytes()),
            std::borrow::Cow::Owned(s) => std::borrow::Cow::Owned(s.into_bytes()),
        }))
    };
    result.expect("writing to memory");
}

fn csv_line(fields: &[&str], raw: bool, buf: &mut Vec<u8>) {
    let mut w = csv_writer(buf);
    csv_fields(&mut w, fields, raw);
    w.flush().expect("writing to memory");
}

/// Append the CSV or JSON Lines encoding of one record to `buf` (JSON arrays are
/// written by [`RecordWriter`] only).
pub fn encode_record(format: Format, raw: bool, r: &Record, buf: &mut Vec<u8>) {
    encode_records(format, raw, std::iter::once(r), buf);
}

/// Append the CSV or JSON Lines encoding of each record to `buf`.
pub fn encode_records<'r>(
    format: Format,
    raw: bool,
    records: impl IntoIterator<Item = &'r Record>,
    buf: &mut Vec<u8>,
) {
    match format {
        Format::Csv => {
            let mut w = csv_writer(buf);
            let mut digits = [itoa::Buffer::new(); 5];
            for r in records {
                // The numeric columns, each formatted into its own buffer.
                let values = [Some(r.index), Some(r.start), Some(r.end), Some(r.paragraph)];
                let mut numbers = [""; 5];
                for ((n, buffer), slot) in values
                    .into_iter()
                    .chain([r.claim])
                    .zip(digits.iter_mut())
                    .zip(numbers.iter_mut())
                {
                    if let Some(n) = n {
                        *slot = buffer.format(n);
                    }
                }
                let number = |i: usize| numbers[i];
                csv_fields(
                    &mut w,
                    &[
                        &r.doc,
                        &r.date,
                        number(0),
                        r.kind.as_str(),
                        &r.text,
                        &r.speaker,
                        &r.speaker_id,
                        &r.mention,
                        r.method.as_str(),
                        &r.cue,
                        &r.cue_lemma,
                        r.cue_type.map_or("", CueType::as_str),
                        &r.addressee,
                        number(1),
                        number(2),
                        number(3),
                        number(4),
                        r.lang.as_str(),
                        "",
                    ],
                    raw,
                );
            }
            w.flush().expect("writing to memory");
        }
        Format::Jsonl | Format::Json => {
            for r in records {
                serde_json::to_writer(&mut *buf, r).expect("writing to memory");
                if format == Format::Jsonl {
                    buf.push(b'\n');
                }
            }
        }
    }
}

/// Append the encoding of the row standing for a document that could not be
/// processed.
pub fn encode_error(format: Format, raw: bool, doc: &str, error: &str, buf: &mut Vec<u8>) {
    match format {
        Format::Csv => {
            let mut fields = vec![""; COLUMNS.len()];
            fields[0] = doc;
            fields[COLUMNS.len() - 1] = error;
            csv_line(&fields, raw, buf);
        }
        Format::Jsonl | Format::Json => {
            serde_json::to_writer(&mut *buf, &ErrorRow { doc, error }).expect("writing to memory");
            if format == Format::Jsonl {
                buf.push(b'\n');
            }
        }
    }
}

impl<W: Write> RecordWriter<W> {
    /// A writer of `format` rows to `out`, guarding CSV values against spreadsheet formulas (see [`RecordWriter::raw`]).
    pub fn new(format: Format, out: W) -> RecordWriter<W> {
        RecordWriter {
            format,
            out,
            written: 0,
            raw: false,
        }
    }

    /// Write CSV values as they are, with no guard against spreadsheet formulas.
    pub fn raw(mut self, raw: bool) -> RecordWriter<W> {
        self.raw = raw;
        self
    }

    /// The format written.
    pub fn format(&self) -> Format {
        self.format
    }

    /// Whether CSV values are written as they are (`--raw-csv`).
    pub fn is_raw(&self) -> bool {
        self.raw
    }

    /// Write the CSV header or the opening bracket of a JSON array.
    pub fn begin(&mut self) -> std::io::Result<()> {
        match self.format {
            Format::Csv => {
                let mut buf = Vec::new();
                csv_line(COLUMNS, true, &mut buf);
                self.out.write_all(&buf)
            }
            Format::Json => self.out.write_all(b"["),
            Format::Jsonl => Ok(()),
        }
    }

    fn json_separator(&mut self) -> std::io::Result<()> {
        if self.format == Format::Json {
            let sep: &[u8] = if self.written == 0 { b"\n" } else { b",\n" };
            self.out.write_all(sep)?;
        }
        Ok(())
    }

    /// Write one row.
    pub fn write(&mut self, r: &Record) -> std::io::Result<()> {
        let mut buf = Vec::new();
        encode_record(self.format, self.raw, r, &mut buf);
        self.json_separator()?;
        self.out.write_all(&buf)?;
        self.written += 1;
        Ok(())
    }

    /// Write the row standing for a document that could not be processed.
    pub fn write_error(&mut self, doc: &str, error: &str) -> std::io::Result<()> {
        let mut buf = Vec::new();
        encode_error(self.format, self.raw, doc, error, &mut buf);
        self.json_separator()?;
        self.out.write_all(&buf)?;
        self.written += 1;
        Ok(())
    }

    /// Write rows already encoded with [`encode_record`] / [`encode_error`] (CSV
    /// and JSON Lines only).
    pub fn write_encoded(&mut self, bytes: &[u8], rows: usize) -> std::io::Result<()> {
        debug_assert!(self.format != Format::Json);
        self.out.write_all(bytes)?;
        self.written += rows;
        Ok(())
    }

    /// Close a JSON array and flush.
    pub fn finish(&mut self) -> std::io::Result<()> {
        if self.format == Format::Json {
            self.out.write_all(b"\n]\n")?;
        }
        self.out.flush()
    }

    /// Flush what was written so far.
    pub fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

/// Render records as CSV text (header included).
pub fn to_csv_string(records: &[Record]) -> String {
    let mut buf = Vec::new();
    {
        let mut w = RecordWriter::new(Format::Csv, &mut buf);
        w.begin().expect("writing to memory");
        for r in records {
            w.write(r).expect("writing to memory");
        }
        w.finish().expect("writing to memory");
    }
    String::from_utf8(buf).expect("CSV of UTF-8 strings")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_defused_and_everything_round_trips() {
        struct Case {
            input: &'static str,
            want: &'static str,
        }
        for c in [
            Case {
                input: "=HYPERLINK(\"x\")",
                want: "'=HYPERLINK(\"x\")",
            },
            Case {
                input: "+1 555",
                want: "'+1 555",
            },
            Case {
                input: "-- the immediate loss --",
                want: "'-- the immediate loss --",
            },
            Case {
                input: "@here",
                want: "'@here",
            },
            Case {
                input: "\tindent",
                want: "'\tindent",
            },
            Case {
                input: "plain, with \"quotes\"\nand a newline",
                want: "plain, with \"quotes\"\nand a newline",
            },
        ] {
            assert_eq!(spreadsheet_safe(c.input), c.want);
            let mut buf = Vec::new();
            {
                let mut w = RecordWriter::new(Format::Csv, &mut buf);
                w.write_error(c.input, "x").unwrap();
                w.finish().unwrap();
            }
            let mut reader = csv::ReaderBuilder::new()
                .has_headers(false)
                .from_reader(buf.as_slice());
            let row = reader.records().next().unwrap().unwrap();
            assert_eq!(&row[0], c.want);
            assert_eq!(row.len(), COLUMNS.len());
        }
    }
}
