//! Documents in, rows out: files, folders, standard input or JSON Lines articles,
//! extracted on all cores in bounded batches and handed back in input order.
//!
//! Every input unit (a file, or a line of a JSON Lines stream) yields exactly one
//! [`Outcome`]: its rows, or one failure. Memory holds one batch at a time, so a
//! stream of any size runs in bounded memory.

use std::io::BufRead;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde_json::Value;

use crate::error::{Error, Result};
use crate::io::input::{self, Source};
use crate::io::output::Record;
use crate::Extractor;

/// How inputs are read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputMode {
    /// Each file (or standard input) is one article.
    Text,
    /// Each line of each file (or of standard input) is one JSON article.
    Jsonl,
}

/// The field names of JSON Lines articles.
#[derive(Clone, Debug)]
pub struct Fields {
    /// The field holding the article's id (a string or a number).
    pub id: String,
    /// The field holding the article's text.
    pub text: String,
    /// The field holding the article's date, if any.
    pub date: String,
}

impl Default for Fields {
    fn default() -> Fields {
        Fields {
            id: "id".into(),
            text: "text".into(),
            date: "date".into(),
        }
    }
}

/// Options of a run.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Reject a file that is not UTF-8 instead of decoding it.
    pub strict: bool,
    /// Read files in this encoding instead of UTF-8 or the one detected.
    pub encoding: Option<input::TextEncoding>,
    /// Summarise each article's speakers into [`Outcome::speakers`].
    pub speakers: bool,
    /// The field names of JSON Lines articles.
    pub fields: Fields,
}

/// Why a unit yields an error row instead of attributions.
#[derive(Clone, Debug)]
pub struct Failure {
    /// What went wrong, naming the document (`FILE`, or `FILE:LINE` for a JSON Lines line).
    pub message: String,
    /// The input could not be read at all (missing, unreadable).
    pub unreadable: bool,
}

/// What became of one input unit.
#[derive(Clone, Debug)]
pub struct Outcome {
    /// The document's name: its file's name, or the article's id.
    pub doc: String,
    /// Bytes of text read.
    pub bytes: usize,
    /// A warning about how the input was read (encoding, entities, mojibake), if any.
    pub warning: Option<String>,
    /// The document's rows, or why it yields an error row instead.
    pub result: std::result::Result<Vec<Record>, Failure>,
    /// The article's speakers, when the options ask for them (empty on failure).
    pub speakers: Vec<crate::ArticleSpeaker>,
    /// The outcome as output bytes, made on the worker by the run's encoder.
    pub encoded: Vec<u8>,
}

/// Turns an outcome into output bytes on the worker thread that made it.
pub type Encoder<'a> = &'a (dyn Fn(&Outcome) -> Vec<u8> + Sync);

enum Unit {
    Source(Result<Source>),
    Line {
        origin: String,
        line: u64,
        bytes: Vec<u8>,
    },
    Unreadable(Error),
}

fn failed(doc: String, bytes: usize, message: String, unreadable: bool) -> Outcome {
    Outcome {
        doc,
        bytes,
        warning: None,
        result: Err(Failure {
            message,
            unreadable,
        }),
        speakers: Vec::new(),
        encoded: Vec::new(),
    }
}

/// Extract one text; a panic (which no input should cause) becomes a failure.
/// With the rows and speakers comes the warning about entities and mojibake read.
type Extracted =
    std::result::Result<(Vec<Record>, Vec<crate::ArticleSpeaker>, Option<String>), Failure>;

fn extract(
    extractor: &Extractor,
    doc: &str,
    text: &str,
    date: Option<&str>,
    lang: Option<crate::Lang>,
    options: &Options,
) -> Extracted {
    let article = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        extractor.extract_in(text, lang)
    }))
    .map_err(|_| Failure {
        message: format!("{doc}: internal error while extracting"),
        unreadable: false,
    })?;
    let speakers = if options.speakers {
        article.speakers()
    } else {
        Vec::new()
    };
    let warning = article.warning();
    let article_date = article.date;
    let date = date.or(article_date.as_deref());
    let rows = article
        .attributions
        .into_iter()
        .map(|a| Record::from_attribution(doc, date, a))
        .collect();
    Ok((rows, speakers, warning))
}

fn outcome(doc: String, bytes: usize, warning: Option<String>, extracted: Extracted) -> Outcome {
    match extracted {
        Ok((rows, speakers, read)) => Outcome {
            doc,
            bytes,
            // One warning per document: how it was decoded, then what was read.
            warning: match (warning, read) {
                (Some(a), Some(b)) => Some(format!("{a}; {b}")),
                (a, b) => a.or(b),
            },
            result: Ok(rows),
            speakers,
            encoded: Vec::new(),
        },
        Err(f) => Outcome {
            doc,
            bytes,
            warning,
            result: Err(f),
            speakers: Vec::new(),
            encoded: Vec::new(),
        },
    }
}

/// What becomes of one article held in memory (by a caller such as the Python
/// package): its rows, or one failure, made exactly as for a JSON Lines article of
/// that id, text and date. `bytes` is the text's length.
pub fn process_article(
    extractor: &Extractor,
    doc: &str,
    text: &str,
    date: Option<&str>,
    options: &Options,
) -> Outcome {
    let extracted = extract(extractor, doc, text, date, None, options);
    outcome(doc.to_string(), text.len(), None, extracted)
}

fn process(extractor: &Extractor, unit: &Unit, options: &Options) -> Outcome {
    match unit {
        Unit::Unreadable(e) => failed(
            e.path()
                .map_or_else(|| "-".to_string(), |p| p.display().to_string()),
            0,
            e.to_string(),
            true,
        ),
        Unit::Source(Err(e)) => failed(
            e.path()
                .map_or_else(|| "-".to_string(), |p| p.display().to_string()),
            0,
            e.to_string(),
            true,
        ),
        Unit::Source(Ok(source)) => {
            let doc = source.doc().to_string();
            let bytes = match input::read_bytes(source) {
                Ok(b) => b,
                Err(e) => return failed(doc, 0, e.to_string(), true),
            };
            let size = bytes.len();
            let decoded = match input::decode_as(bytes, options.strict, options.encoding) {
                Ok(d) => d,
                Err(rejected) => {
                    return failed(doc.clone(), size, format!("{doc}: {rejected}"), false)
                }
            };
            let extracted = extract(extractor, &doc, &decoded.text, None, None, options);
            outcome(doc, size, decoded.warning, extracted)
        }
        Unit::Line {
            origin,
            line,
            bytes,
        } => {
            let at = format!("{origin}:{line}");
            let size = bytes.len();
            let text = match std::str::from_utf8(bytes) {
                Ok(t) => t,
                Err(e) => {
                    let message = format!("{at}: invalid UTF-8 at byte {}", e.valid_up_to());
                    return failed(at, size, message, false);
                }
            };
            match article_of_line(text, &options.fields) {
                Ok(article) => {
                    let extracted = extract(
                        extractor,
                        &article.id,
                        &article.text,
                        article.date.as_deref(),
                        article.lang,
                        options,
                    );
                    outcome(article.id, size, None, extracted)
                }
                Err(bad) => {
                    let doc = bad.id.unwrap_or(at.clone());
                    failed(doc, size, format!("{at}: {}", bad.reason), false)
                }
            }
        }
    }
}

/// One JSON Lines article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineArticle {
    /// The article's id, as a string.
    pub id: String,
    /// The article's text.
    pub text: String,
    /// The article's date, if the line gives one.
    pub date: Option<String>,
    /// The article's language, if the line gives one (a `lang` field: `en`,
    /// `fr` or `de`); it wins over `--lang`.
    pub lang: Option<crate::Lang>,
}

/// Why a line is not an article, with its id when it has one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadLine {
    /// The line's id, when it has one.
    pub id: Option<String>,
    /// What is wrong with the line.
    pub reason: String,
}

/// The article of one JSON Lines line, or why the line is not one.
pub fn article_of_line(line: &str, fields: &Fields) -> std::result::Result<LineArticle, BadLine> {
    let bad = |id: Option<String>, reason: String| BadLine { id, reason };
    let value: Value =
        serde_json::from_str(line).map_err(|e| bad(None, format!("not a JSON object: {e}")))?;
    let Value::Object(map) = value else {
        return Err(bad(None, "not a JSON object".into()));
    };
    let id = match map.get(&fields.id) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        Some(_) => {
            let reason = format!("field `{}` is not a string or number", fields.id);
            return Err(bad(None, reason));
        }
        None => return Err(bad(None, format!("no `{}` field", fields.id))),
    };
    let text = match map.get(&fields.text) {
        Some(Value::String(s)) => s.clone(),
        Some(_) => {
            let reason = format!("field `{}` is not a string", fields.text);
            return Err(bad(Some(id), reason));
        }
        None => return Err(bad(Some(id), format!("no `{}` field", fields.text))),
    };
    let date = match map.get(&fields.date) {
        Some(Value::String(s)) => Some(s.clone()),
        _ => None,
    }; // A `lang` field, when it names a language whosaid reads, wins.
    let lang = match map.get("lang") {
        Some(Value::String(s)) => s.parse().ok(),
        _ => None,
    };
    Ok(LineArticle {
        id,
        text,
        date,
        lang,
    })
}

/// A batch is processed when it holds this many units or bytes.
const BATCH_UNITS: usize = 1024;
const BATCH_BYTES: usize = 16 << 20;

struct Batcher<'a, F> {
    extractor: &'a Extractor,
    options: &'a Options,
    encode: Option<Encoder<'a>>,
    units: Vec<Unit>,
    bytes: usize,
    /// Outcomes of the previous batch, handed out while the next one is made.
    pending: Vec<Outcome>,
    each: F,
}

impl<F: FnMut(Outcome) -> Result<()> + Send> Batcher<'_, F> {
    fn push(&mut self, unit: Unit, bytes: usize) -> Result<()> {
        self.units.push(unit);
        self.bytes += bytes;
        if self.units.len() >= BATCH_UNITS || self.bytes >= BATCH_BYTES {
            self.flush()?;
        }
        Ok(())
    }

    /// Make the outcomes of the current batch on all threads while handing out
    /// those of the previous one, in order.
    fn flush(&mut self) -> Result<()> {
        let (extractor, options, encode) = (self.extractor, self.options, self.encode);
        let units = std::mem::take(&mut self.units);
        let previous = std::mem::take(&mut self.pending);
        let each = &mut self.each;
        let (handed, made) = rayon::join(
            move || previous.into_iter().try_for_each(each),
            || {
                units
                    .par_iter()
                    .map(|u| {
                        let mut outcome = process(extractor, u, options);
                        if let Some(encode) = encode {
                            outcome.encoded = encode(&outcome);
                        }
                        outcome
                    })
                    .collect::<Vec<Outcome>>()
            },
        );
        self.pending = made;
        self.bytes = 0;
        handed
    }

    fn finish(mut self) -> Result<()> {
        self.flush()?;
        std::mem::take(&mut self.pending)
            .into_iter()
            .try_for_each(&mut self.each)
    }
}

/// Run `extractor` over `paths` (files, folders, `-`), calling `each` with every
/// unit's outcome in input order. Errors returned by `each` stop the run.
pub fn run(
    extractor: &Extractor,
    paths: &[PathBuf],
    mode: InputMode,
    options: &Options,
    each: impl FnMut(Outcome) -> Result<()> + Send,
) -> Result<()> {
    run_encoded(extractor, paths, mode, options, None, each)
}

/// [`run`], with each outcome also turned into output bytes by `encode` on the
/// worker thread that made it (see [`Outcome::encoded`]).
pub fn run_encoded(
    extractor: &Extractor,
    paths: &[PathBuf],
    mode: InputMode,
    options: &Options,
    encode: Option<Encoder<'_>>,
    each: impl FnMut(Outcome) -> Result<()> + Send,
) -> Result<()> {
    let mut batcher = Batcher {
        extractor,
        options,
        encode,
        units: Vec::new(),
        bytes: 0,
        pending: Vec::new(),
        each,
    };
    match mode {
        InputMode::Text => {
            for source in input::expand(paths) {
                batcher.push(Unit::Source(source), 64 << 10)?;
            }
        }
        InputMode::Jsonl => {
            for source in input::expand(paths) {
                let source = match source {
                    Ok(s) => s,
                    Err(e) => {
                        batcher.push(Unit::Unreadable(e), 0)?;
                        continue;
                    }
                };
                let (origin, reader): (String, Box<dyn BufRead>) = match &source {
                    Source::Stdin => (
                        "-".into(),
                        Box::new(std::io::BufReader::new(std::io::stdin())),
                    ),
                    Source::File { path, doc } => match std::fs::File::open(path) {
                        Ok(f) => (
                            doc.clone(),
                            Box::new(std::io::BufReader::with_capacity(1 << 20, f)),
                        ),
                        Err(e) => {
                            batcher.push(Unit::Unreadable(Error::io(path, &e)), 0)?;
                            continue;
                        }
                    },
                };
                read_lines(&origin, reader, &mut batcher)?;
            }
        }
    }
    batcher.finish()
}

fn read_lines<F: FnMut(Outcome) -> Result<()> + Send>(
    origin: &str,
    mut reader: Box<dyn BufRead>,
    batcher: &mut Batcher<'_, F>,
) -> Result<()> {
    let mut line = 0u64;
    loop {
        let mut bytes = Vec::new();
        let n = reader
            .read_until(b'\n', &mut bytes)
            .map_err(|e| Error::io(Path::new(origin), &e).with_line(line + 1))?;
        if n == 0 {
            return Ok(());
        }
        line += 1;
        while bytes.last().is_some_and(|b| matches!(b, b'\n' | b'\r')) {
            bytes.pop();
        }
        if bytes.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let size = bytes.len();
        batcher.push(
            Unit::Line {
                origin: origin.to_string(),
                line,
                bytes,
            },
            size,
        )?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_become_articles_or_say_why_not() {
        let f = Fields::default();
        let article = |id: &str, text: &str, date: Option<&str>| LineArticle {
            id: id.into(),
            text: text.into(),
            date: date.map(str::to_string),
            lang: None,
        };
        assert_eq!(
            article_of_line(r#"{"id": 7, "text": "Hi.", "date": "2022-02-08"}"#, &f),
            Ok(article("7", "Hi.", Some("2022-02-08")))
        );
        assert_eq!(
            article_of_line(r#"{"id": "a", "body": "Hi."}"#, &f),
            Err(BadLine {
                id: Some("a".into()),
                reason: "no `text` field".into()
            })
        );
        let oops = article_of_line("{oops", &f).unwrap_err();
        assert!(oops.reason.starts_with("not a JSON object"));
        assert!(article_of_line("[1, 2]", &f).is_err());
        let custom = Fields {
            id: "url".into(),
            text: "body".into(),
            date: "published".into(),
        };
        assert_eq!(
            article_of_line(r#"{"url": "u", "body": "B"}"#, &custom),
            Ok(article("u", "B", None))
        );
    }
}
