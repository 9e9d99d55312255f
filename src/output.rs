//! Output rows and their writers: CSV (the default), JSON Lines and a JSON array.
//! CSV header and JSON keys are the same columns, in the same order.

use std::io::Write;

use serde::{Deserialize, Serialize};

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
    "addressee",
    "start",
    "end",
    "paragraph",
    "claim",
    "error",
];

/// One output row: an attribution with the document it came from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    pub doc: String,
    pub date: String,
    pub index: usize,
    pub kind: Kind,
    pub text: String,
    pub speaker: String,
    pub speaker_id: String,
    pub mention: String,
    pub method: Method,
    pub cue: String,
    pub cue_lemma: String,
    pub addressee: String,
    pub start: usize,
    pub end: usize,
    pub paragraph: usize,
    pub claim: Option<usize>,
}

impl Record {
    /// The record of `a`, taking its strings.
    pub fn from_attribution(doc: &str, date: Option<&str>, a: Attribution) -> Record {
        Record {
            doc: doc.to_string(),
            date: date.unwrap_or("").to_string(),
            index: a.index,
            kind: a.kind,
            text: a.text,
            speaker: a.speaker,
            speaker_id: a.speaker_id,
            mention: a.mention,
            method: a.method,
            cue: a.cue,
            cue_lemma: a.cue_lemma,
            addressee: a.addressee,
            start: a.start,
            end: a.end,
            paragraph: a.paragraph,
            claim: a.claim,
        }
    }

    pub fn new(doc: &str, date: Option<&str>, a: &Attribution) -> Record {
        Record {
            doc: doc.to_string(),
            date: date.unwrap_or("").to_string(),
            index: a.index,
            kind: a.kind,
            text: a.text.clone(),
            speaker: a.speaker.clone(),
            speaker_id: a.speaker_id.clone(),
            mention: a.mention.clone(),
            method: a.method,
            cue: a.cue.clone(),
            cue_lemma: a.cue_lemma.clone(),
            addressee: a.addressee.clone(),
            start: a.start,
            end: a.end,
            paragraph: a.paragraph,
            claim: a.claim,
        }
    }
}

/// An output format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Csv,
    Jsonl,
    Json,
}

/// Writes records in one format, streaming.
pub struct RecordWriter<W: Write> {
    format: Format,
    csv: Option<csv::Writer<W>>,
    out: Option<W>,
    written: usize,
    raw: bool,
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

impl<W: Write> RecordWriter<W> {
    pub fn new(format: Format, out: W) -> RecordWriter<W> {
        let (csv, out) = match format {
            Format::Csv => (
                Some(
                    csv::WriterBuilder::new()
                        .has_headers(false)
                        .from_writer(out),
                ),
                None,
            ),
            _ => (None, Some(out)),
        };
        RecordWriter {
            format,
            csv,
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

    /// Write the CSV header or the opening bracket of a JSON array.
    pub fn begin(&mut self) -> std::io::Result<()> {
        match self.format {
            Format::Csv => self.csv_mut().write_record(COLUMNS).map_err(csv_io),
            Format::Json => self.out_mut().write_all(b"["),
            Format::Jsonl => Ok(()),
        }
    }

    fn csv_row(&mut self, fields: &[&str]) -> std::io::Result<()> {
        let raw = self.raw;
        let w = self.csv_mut();
        if raw {
            w.write_record(fields).map_err(csv_io)
        } else {
            w.write_record(fields.iter().map(|f| spreadsheet_safe(f).into_owned()))
                .map_err(csv_io)
        }
    }

    fn json_value(&mut self, value: &impl Serialize) -> std::io::Result<()> {
        let first = self.written == 0;
        let format = self.format;
        let out = self.out_mut();
        if format == Format::Json {
            out.write_all(if first { b"\n" } else { b",\n" })?;
        }
        serde_json::to_writer(&mut *out, value)?;
        if format == Format::Jsonl {
            out.write_all(b"\n")?;
        }
        Ok(())
    }

    pub fn write(&mut self, r: &Record) -> std::io::Result<()> {
        match self.format {
            Format::Csv => {
                let numbers = [r.index, r.start, r.end, r.paragraph].map(|n| n.to_string());
                let claim = r.claim.map_or(String::new(), |c| c.to_string());
                self.csv_row(&[
                    &r.doc,
                    &r.date,
                    &numbers[0],
                    r.kind.as_str(),
                    &r.text,
                    &r.speaker,
                    &r.speaker_id,
                    &r.mention,
                    r.method.as_str(),
                    &r.cue,
                    &r.cue_lemma,
                    &r.addressee,
                    &numbers[1],
                    &numbers[2],
                    &numbers[3],
                    &claim,
                    "",
                ])?;
            }
            _ => self.json_value(r)?,
        }
        self.written += 1;
        Ok(())
    }

    /// Write the row standing for a document that could not be processed.
    pub fn write_error(&mut self, doc: &str, error: &str) -> std::io::Result<()> {
        match self.format {
            Format::Csv => {
                let mut fields = vec![""; COLUMNS.len()];
                fields[0] = doc;
                fields[COLUMNS.len() - 1] = error;
                self.csv_row(&fields)?;
            }
            _ => self.json_value(&ErrorRow { doc, error })?,
        }
        self.written += 1;
        Ok(())
    }

    /// Close a JSON array and flush.
    pub fn finish(&mut self) -> std::io::Result<()> {
        match self.format {
            Format::Csv => self.csv_mut().flush(),
            Format::Json => {
                let out = self.out_mut();
                out.write_all(b"\n]\n")?;
                out.flush()
            }
            Format::Jsonl => self.out_mut().flush(),
        }
    }

    /// Flush what was written so far.
    pub fn flush(&mut self) -> std::io::Result<()> {
        match self.format {
            Format::Csv => self.csv_mut().flush(),
            _ => self.out_mut().flush(),
        }
    }

    fn csv_mut(&mut self) -> &mut csv::Writer<W> {
        self.csv.as_mut().expect("a CSV writer")
    }

    fn out_mut(&mut self) -> &mut W {
        self.out.as_mut().expect("a JSON writer")
    }
}

fn csv_io(e: csv::Error) -> std::io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => std::io::Error::other(format!("{other:?}")),
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
