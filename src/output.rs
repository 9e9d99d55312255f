//! Output rows and their writers: CSV (the default), JSON Lines and a JSON array.
//! CSV header and JSON keys are the same columns, in the same order.

use std::io::Write;

use serde::{Deserialize, Serialize};

use crate::{Attribution, Kind, Method};

/// The columns written for one attribution, CSV and JSON alike.
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
}

impl<W: Write> RecordWriter<W> {
    pub fn new(format: Format, out: W) -> RecordWriter<W> {
        match format {
            Format::Csv => RecordWriter {
                format,
                csv: Some(
                    csv::WriterBuilder::new()
                        .has_headers(false)
                        .from_writer(out),
                ),
                out: None,
                written: 0,
            },
            _ => RecordWriter {
                format,
                csv: None,
                out: Some(out),
                written: 0,
            },
        }
    }

    /// Write the CSV header or the opening bracket of a JSON array.
    pub fn begin(&mut self) -> std::io::Result<()> {
        match self.format {
            Format::Csv => self.csv_mut().write_record(COLUMNS).map_err(csv_io),
            Format::Json => self.out_mut().write_all(b"["),
            Format::Jsonl => Ok(()),
        }
    }

    pub fn write(&mut self, record: &Record) -> std::io::Result<()> {
        match self.format {
            Format::Csv => self.csv_mut().serialize(record).map_err(csv_io)?,
            Format::Jsonl => {
                let out = self.out_mut();
                serde_json::to_writer(&mut *out, record)?;
                out.write_all(b"\n")?;
            }
            Format::Json => {
                let first = self.written == 0;
                let out = self.out_mut();
                out.write_all(if first { b"\n" } else { b",\n" })?;
                serde_json::to_writer(&mut *out, record)?;
            }
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
