//! The native part of the `whosaid` Python package: the library's extractor, its
//! rows as Python dicts with the keys and values of `whosaid extract --format
//! jsonl`, and the parallel path of the command line with the GIL released.
//!
//! No attribution logic lives here: every row is the library's own
//! `Record` (or diff record), converted by serde, so a column added to the
//! library's output reaches Python unchanged.

use std::path::PathBuf;
use std::sync::Arc;

use pyo3::exceptions::{PyFileNotFoundError, PyOSError, PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList, PyModule, PyString};
use rayon::prelude::*;
use serde::Serialize;
use whosaid::dict::{CueDict, SpeakerDict};
use whosaid::io::output::{self, Format};
use whosaid::io::pipeline::{self, Outcome};
use whosaid::{Extractor, KindSet};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

pyo3::create_exception!(
    whosaid,
    DictionaryError,
    PyValueError,
    "A malformed dictionary: the message names the file (or the row list), the line and the column; also in the `path`, `line` and `column` attributes."
);

mod rows;

use rows::Interned;

/// Every conversion of a serialisable row (an attribution, a diff change) to a
/// Python value goes through here: serde, so the dict has exactly the keys and
/// values of the row's JSON.
fn to_python<'py, T: Serialize>(
    py: Python<'py>,
    interned: &mut Interned,
    row: &T,
) -> PyResult<Bound<'py, PyAny>> {
    rows::to_dict(py, interned, row)
}

/// The row standing for a text that could not be processed: `{"doc", "error"}`,
/// as in JSON Lines output.
#[derive(Serialize)]
struct ErrorRow<'a> {
    doc: &'a str,
    error: &'a str,
}

/// The rows of one outcome, appended to `out`.
fn outcome_rows(
    py: Python<'_>,
    interned: &mut Interned,
    outcome: &Outcome,
    out: &Bound<'_, PyList>,
) -> PyResult<()> {
    match &outcome.result {
        Ok(rows) => {
            for r in rows {
                out.append(to_python(py, interned, r)?)?;
            }
        }
        Err(f) => out.append(to_python(
            py,
            interned,
            &ErrorRow {
                doc: &outcome.doc,
                error: &f.message,
            },
        )?)?,
    }
    Ok(())
}

/// One input text, as taken from Python.
enum Text {
    Str(String),
    /// Bytes, decoded as the command line decodes a file.
    Bytes(Vec<u8>),
    /// Not a text: why, for its error row.
    Bad(String),
}

struct Item {
    doc: String,
    date: Option<String>,
    text: Text,
}

fn text_of(value: &Bound<'_, PyAny>) -> Text {
    if let Ok(s) = value.cast::<PyString>() {
        return match s.to_cow() {
            Ok(t) => Text::Str(t.into_owned()),
            Err(e) => Text::Bad(format!("the text is not valid Unicode: {e}")),
        };
    }
    if let Ok(b) = value.cast::<PyBytes>() {
        return Text::Bytes(b.as_bytes().to_vec());
    }
    // A missing value: None, or pandas' NaN.
    if value.is_none() || value.extract::<f64>().is_ok_and(f64::is_nan) {
        return Text::Bad(format!(
            "no text ({})",
            value.repr().map_or_else(|_| "?".into(), |r| r.to_string())
        ));
    }
    let kind = value
        .get_type()
        .name()
        .map_or_else(|_| "?".to_string(), |n| n.to_string());
    Text::Bad(format!("the text is of type {kind}, not str or bytes"))
}

/// A document id: a str as it is, anything else (an int) as its `str()`.
fn doc_of(value: &Bound<'_, PyAny>) -> PyResult<String> {
    match value.cast::<PyString>() {
        Ok(s) => Ok(s.to_cow()?.into_owned()),
        Err(_) => Ok(value.str()?.to_cow()?.into_owned()),
    }
}

fn optional_list<'py>(
    what: &str,
    values: Option<&Bound<'py, PyAny>>,
    n: usize,
) -> PyResult<Option<Vec<Bound<'py, PyAny>>>> {
    let Some(values) = values else {
        return Ok(None);
    };
    let list: Vec<Bound<'_, PyAny>> = values.try_iter()?.collect::<PyResult<_>>()?;
    if list.len() != n {
        return Err(PyValueError::new_err(format!(
            "{what} has {} items for {n} texts",
            list.len()
        )));
    }
    Ok(Some(list))
}

/// The texts (any iterable) with their ids (by default their positions from 0)
/// and dates, copied out of Python so that they can be read without the GIL.
fn gather(
    texts: &Bound<'_, PyAny>,
    ids: Option<&Bound<'_, PyAny>>,
    dates: Option<&Bound<'_, PyAny>>,
) -> PyResult<Vec<Item>> {
    if texts.is_instance_of::<PyString>() || texts.is_instance_of::<PyBytes>() {
        return Err(PyTypeError::new_err(
            "texts must be an iterable of texts, not one text (use extract)",
        ));
    }
    let texts: Vec<Bound<'_, PyAny>> = texts.try_iter()?.collect::<PyResult<_>>()?;
    let ids = optional_list("ids", ids, texts.len())?;
    let dates = optional_list("dates", dates, texts.len())?;
    let mut items = Vec::with_capacity(texts.len());
    for (i, t) in texts.iter().enumerate() {
        let doc = match &ids {
            Some(ids) => doc_of(&ids[i])?,
            None => i.to_string(),
        };
        let date = match &dates {
            Some(dates) if !dates[i].is_none() => Some(doc_of(&dates[i])?),
            _ => None,
        };
        items.push(Item {
            doc,
            date,
            text: text_of(t),
        });
    }
    Ok(items)
}

/// What becomes of one item: the library's outcome for its text, or one failure.
fn process(extractor: &Extractor, item: &Item, options: &pipeline::Options) -> Outcome {
    let date = item.date.as_deref();
    let failed = |message: String| Outcome {
        doc: item.doc.clone(),
        bytes: 0,
        warning: None,
        result: Err(pipeline::Failure {
            message,
            unreadable: false,
        }),
        speakers: Vec::new(),
        encoded: Vec::new(),
    };
    match &item.text {
        Text::Str(text) => pipeline::process_article(extractor, &item.doc, text, date, options),
        Text::Bytes(bytes) => match whosaid::io::input::decode(bytes.clone(), false) {
            Ok(decoded) => {
                pipeline::process_article(extractor, &item.doc, &decoded.text, date, options)
            }
            Err(rejected) => failed(format!("{}: {rejected}", item.doc)),
        },
        Text::Bad(why) => failed(format!("{}: {why}", item.doc)),
    }
}

/// The cyclic garbage collector paused while rows are made: hundreds of
/// thousands of new dicts, which hold no cycles, would otherwise start a
/// collection every few hundred rows. Restored when dropped, error or not.
struct GcPause<'py> {
    gc: Option<Bound<'py, PyModule>>,
}

impl<'py> GcPause<'py> {
    fn new(py: Python<'py>) -> PyResult<GcPause<'py>> {
        let gc = py.import("gc")?;
        if !gc.call_method0("isenabled")?.is_truthy()? {
            return Ok(GcPause { gc: None });
        }
        gc.call_method0("disable")?;
        Ok(GcPause { gc: Some(gc) })
    }
}

impl Drop for GcPause<'_> {
    fn drop(&mut self) {
        if let Some(gc) = &self.gc {
            let _ = gc.call_method0("enable");
        }
    }
}

/// A pool of `threads` threads, or `None` for the global pool (all cores).
fn pool(threads: Option<usize>) -> PyResult<Option<rayon::ThreadPool>> {
    match threads {
        None => Ok(None),
        Some(0) => Err(PyValueError::new_err("threads must be at least 1")),
        Some(n) => rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build()
            .map(Some)
            .map_err(|e| PyRuntimeError::new_err(e.to_string())),
    }
}

fn in_pool<T: Send>(pool: Option<&rayon::ThreadPool>, work: impl FnOnce() -> T + Send) -> T {
    match pool {
        Some(pool) => pool.install(work),
        None => work(),
    }
}

/// Consecutive batches of items, each at most this many items or bytes: small
/// enough that the last batch's conversion is short, large enough to keep every
/// thread busy.
const BATCH_ITEMS: usize = 256;
const BATCH_BYTES: usize = 1 << 20;

fn batches(items: &[Item]) -> Vec<&[Item]> {
    let mut out = Vec::new();
    let (mut start, mut bytes) = (0, 0);
    for (i, item) in items.iter().enumerate() {
        bytes += match &item.text {
            Text::Str(s) => s.len(),
            Text::Bytes(b) => b.len(),
            Text::Bad(_) => 0,
        };
        if i + 1 - start >= BATCH_ITEMS || bytes >= BATCH_BYTES {
            out.push(&items[start..=i]);
            start = i + 1;
            bytes = 0;
        }
    }
    if start < items.len() {
        out.push(&items[start..]);
    }
    out
}

/// A dictionary source: the file's bytes, or the CSV made of a list of rows.
struct Source {
    /// For errors: the file's path, or `speakers` / `cues` for a row list.
    name: String,
    bytes: Vec<u8>,
    /// For a row list, the row (from 0) each CSV line starts, by line from 1.
    rows_by_line: Option<Vec<usize>>,
}

/// A dictionary given as a path, or as a list of rows (dicts keyed by the
/// dictionary's columns, or sequences of values in their order).
fn dictionary_source(what: &str, header: &str, value: &Bound<'_, PyAny>) -> PyResult<Source> {
    let is_path = value.is_instance_of::<PyString>()
        || value.getattr("__fspath__").is_ok_and(|f| f.is_callable());
    if is_path {
        let path: PathBuf = value.extract()?;
        let bytes = std::fs::read(&path).map_err(|e| {
            let message = format!("{}: {e}", path.display());
            match e.kind() {
                std::io::ErrorKind::NotFound => PyFileNotFoundError::new_err(message),
                _ => PyOSError::new_err(message),
            }
        })?;
        return Ok(Source {
            name: path.display().to_string(),
            bytes,
            rows_by_line: None,
        });
    }
    let columns: Vec<&str> = header.split(',').collect();
    let mut csv = csv::WriterBuilder::new().from_writer(Vec::new());
    let write_err = |e: csv::Error| PyRuntimeError::new_err(e.to_string());
    csv.write_record(&columns).map_err(write_err)?;
    csv.flush()
        .map_err(|e| PyRuntimeError::new_err(e.to_string()))?;
    let mut rows_by_line = vec![0, 0];
    let mut lines = 1;
    for (i, row) in value.try_iter()?.enumerate() {
        let row = row?;
        let fields: Vec<String> = if let Ok(d) = row.cast::<PyDict>() {
            for key in d.keys() {
                let key: String = key.extract()?;
                if !columns.contains(&key.as_str()) {
                    return Err(PyValueError::new_err(format!(
                        "{what}[{i}]: unknown column `{key}` (columns: {header})"
                    )));
                }
            }
            columns
                .iter()
                .map(|c| match d.get_item(c)? {
                    Some(v) if !v.is_none() => Ok(v.str()?.to_cow()?.into_owned()),
                    _ => Ok(String::new()),
                })
                .collect::<PyResult<_>>()?
        } else if row.is_instance_of::<PyString>() {
            return Err(PyTypeError::new_err(format!(
                "{what}[{i}]: a row is a dict or a sequence of values, not a str"
            )));
        } else {
            row.try_iter()?
                .map(|v| Ok(v?.str()?.to_cow()?.into_owned()))
                .collect::<PyResult<_>>()?
        };
        csv.write_record(&fields).map_err(write_err)?;
        csv.flush()
            .map_err(|e| PyRuntimeError::new_err(e.to_string()))?;
        let written = csv.get_ref().iter().filter(|&&b| b == b'\n').count();
        while lines < written {
            lines += 1;
            rows_by_line.push(i);
        }
    }
    let bytes = csv
        .into_inner()
        .map_err(|e| PyRuntimeError::new_err(e.to_string()))?;
    Ok(Source {
        name: what.to_string(),
        bytes,
        rows_by_line: Some(rows_by_line),
    })
}

/// The library's dictionary error as a `DictionaryError` (a `ValueError`) naming
/// the file, line and column, or for a row list the row and column.
fn dictionary_error(py: Python<'_>, e: &whosaid::Error, sources: &[Source]) -> PyErr {
    let source = e
        .path()
        .and_then(|p| sources.iter().find(|s| std::path::Path::new(&s.name) == p));
    let (message, line): (String, Option<u64>) = match source {
        Some(Source {
            name,
            rows_by_line: Some(rows),
            ..
        }) => {
            let line = e.line().unwrap_or(1);
            let place = if line <= 1 {
                format!("{name} (the header)")
            } else {
                let row = rows.get(line as usize).copied().unwrap_or(0);
                format!("{name}[{row}]")
            };
            let column = e
                .column()
                .map_or(String::new(), |c| format!(" (column {c})"));
            (format!("{place}{column}: {}", e.message()), e.line())
        }
        _ => (e.to_string(), e.line()),
    };
    let err = DictionaryError::new_err(message);
    let value = err.value(py);
    let path = e.path().map(|p| p.display().to_string());
    let _ = value.setattr("path", path);
    let _ = value.setattr("line", line);
    let _ = value.setattr("column", e.column());
    err
}

/// Finds who said what in news articles: each quote and reported claim with its
/// speaker, reporting verb and character offsets.
///
/// The dictionaries are loaded once, when the extractor is made; it is then safe
/// to share between threads.
#[pyclass(name = "Extractor", module = "whosaid", subclass, frozen)]
struct PyExtractor {
    inner: Arc<Extractor>,
    kinds: String,
}

fn kinds_of(kinds: Option<&Bound<'_, PyAny>>) -> PyResult<(KindSet, String)> {
    let Some(kinds) = kinds else {
        return Ok((KindSet::ALL, "direct,partial,indirect".into()));
    };
    let list: String = if let Ok(s) = kinds.cast::<PyString>() {
        s.to_cow()?.into_owned()
    } else {
        let parts: Vec<String> = kinds
            .try_iter()?
            .map(|k| k?.extract::<String>())
            .collect::<PyResult<_>>()?;
        parts.join(",")
    };
    let set = KindSet::parse(&list).map_err(PyValueError::new_err)?;
    Ok((set, list))
}

#[pymethods]
impl PyExtractor {
    #[new]
    #[pyo3(signature = (speakers=None, cues=None, kinds=None, defaults=true))]
    fn new(
        py: Python<'_>,
        speakers: Option<&Bound<'_, PyAny>>,
        cues: Option<&Bound<'_, PyAny>>,
        kinds: Option<&Bound<'_, PyAny>>,
        defaults: bool,
    ) -> PyResult<Self> {
        let (kinds, kinds_text) = kinds_of(kinds)?;
        let mut speaker_sources = Vec::new();
        let mut cue_sources = Vec::new();
        if let Some(s) = speakers {
            speaker_sources.push(dictionary_source(
                "speakers",
                header(whosaid::dict::DEFAULT_SPEAKERS),
                s,
            )?);
        }
        if let Some(c) = cues {
            cue_sources.push(dictionary_source(
                "cues",
                header(whosaid::dict::DEFAULT_CUES),
                c,
            )?);
        }
        fn with_defaults<'a>(
            defaults: bool,
            builtin: &'static str,
            name: &'static str,
            sources: &'a [Source],
        ) -> Vec<(&'a str, &'a [u8])> {
            let mut all: Vec<(&str, &[u8])> = Vec::new();
            if defaults {
                all.push((name, builtin.as_bytes()));
            }
            all.extend(
                sources
                    .iter()
                    .map(|s| (s.name.as_str(), s.bytes.as_slice())),
            );
            all
        }
        let built = py.detach(|| {
            let speakers = SpeakerDict::from_sources(&with_defaults(
                defaults,
                whosaid::dict::DEFAULT_SPEAKERS,
                "default speakers.csv",
                &speaker_sources,
            ))
            .map_err(|e| (e, true))?;
            let cues = CueDict::from_sources(&with_defaults(
                defaults,
                whosaid::dict::DEFAULT_CUES,
                "default cues.csv",
                &cue_sources,
            ))
            .map_err(|e| (e, false))?;
            Ok(Extractor::new(speakers, cues).with_kinds(kinds))
        });
        match built {
            Ok(extractor) => Ok(PyExtractor {
                inner: Arc::new(extractor),
                kinds: kinds_text,
            }),
            Err((e, is_speakers)) => {
                let sources = if is_speakers {
                    &speaker_sources
                } else {
                    &cue_sources
                };
                Err(dictionary_error(py, &e, sources))
            }
        }
    }

    /// The rows of one article: a list of dicts with the keys and values of
    /// `whosaid extract --format jsonl` rows.
    #[pyo3(signature = (text, doc="", date=None))]
    fn extract<'py>(
        &self,
        py: Python<'py>,
        text: &Bound<'py, PyAny>,
        doc: &str,
        date: Option<&str>,
    ) -> PyResult<Bound<'py, PyList>> {
        let item = Item {
            doc: doc.to_string(),
            date: date.map(str::to_string),
            text: match text_of(text) {
                Text::Bad(why) => return Err(PyTypeError::new_err(why)),
                t => t,
            },
        };
        let extractor = &self.inner;
        let outcome = py.detach(|| process(extractor, &item, &pipeline::Options::default()));
        if let Err(f) = &outcome.result {
            return Err(PyValueError::new_err(f.message.clone()));
        }
        let out = PyList::empty(py);
        outcome_rows(py, &mut Interned::default(), &outcome, &out)?;
        Ok(out)
    }

    /// The rows of many articles, extracted on all cores (or `threads`) with the
    /// GIL released: one list of rows per text, in input order, or one flat list
    /// when `flat`. A text that cannot be processed yields one error row.
    #[pyo3(signature = (texts, ids=None, dates=None, threads=None, flat=false))]
    fn extract_many<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        ids: Option<&Bound<'py, PyAny>>,
        dates: Option<&Bound<'py, PyAny>>,
        threads: Option<usize>,
        flat: bool,
    ) -> PyResult<Bound<'py, PyList>> {
        let items = gather(texts, ids, dates)?;
        let pool = pool(threads)?;
        let extractor = &*self.inner;
        let options = pipeline::Options::default();
        let out = PyList::empty(py);
        let mut interned = Interned::default();
        let _paused = GcPause::new(py)?;
        // Batches are extracted on the pool while the rows of the previous one
        // become dicts here, with the GIL.
        let batches = batches(&items);
        std::thread::scope(|scope| -> PyResult<()> {
            let (sender, mut receiver) = std::sync::mpsc::sync_channel::<Vec<Outcome>>(1);
            let options = &options;
            let pool = pool.as_ref();
            scope.spawn(move || {
                for batch in batches {
                    let made = in_pool(pool, || {
                        batch
                            .par_iter()
                            .with_min_len(4)
                            .map(|item| process(extractor, item, options))
                            .collect::<Vec<Outcome>>()
                    });
                    if sender.send(made).is_err() {
                        // The caller stopped (an error, an interrupt).
                        return;
                    }
                }
            });
            loop {
                let (back, next) = py.detach(move || {
                    let next = receiver.recv();
                    (receiver, next)
                });
                receiver = back;
                let Ok(outcomes) = next else {
                    return Ok(());
                };
                py.check_signals()?;
                for outcome in &outcomes {
                    if flat {
                        outcome_rows(py, &mut interned, outcome, &out)?;
                    } else {
                        let rows = PyList::empty(py);
                        outcome_rows(py, &mut interned, outcome, &rows)?;
                        out.append(rows)?;
                    }
                }
            }
        })?;
        Ok(out)
    }

    /// The rows of many articles as the bytes `whosaid extract --format jsonl`
    /// writes: one JSON object a line, encoded by the library's writer on the
    /// worker threads, with the GIL released. Also returns the longest line's
    /// length in bytes.
    #[pyo3(signature = (texts, ids=None, dates=None, threads=None))]
    fn extract_jsonl<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        ids: Option<&Bound<'py, PyAny>>,
        dates: Option<&Bound<'py, PyAny>>,
        threads: Option<usize>,
    ) -> PyResult<(Bound<'py, PyBytes>, usize)> {
        let items = gather(texts, ids, dates)?;
        let pool = pool(threads)?;
        let extractor = &*self.inner;
        let options = pipeline::Options::default();
        let encoded: Vec<(Vec<u8>, usize)> = py.detach(|| {
            let encode = |item: &Item| {
                let outcome = process(extractor, item, &options);
                let mut buf = Vec::new();
                match &outcome.result {
                    Ok(rows) => output::encode_records(Format::Jsonl, false, rows, &mut buf),
                    Err(f) => output::encode_error(
                        Format::Jsonl,
                        false,
                        &outcome.doc,
                        &f.message,
                        &mut buf,
                    ),
                }
                let longest = buf
                    .split(|&b| b == b'\n')
                    .map(<[u8]>::len)
                    .max()
                    .unwrap_or(0);
                (buf, longest)
            };
            in_pool(pool.as_ref(), || {
                items
                    .par_iter()
                    .with_min_len(4)
                    .map(encode)
                    .collect::<Vec<_>>()
            })
        });
        // One copy, into the bytes object itself.
        let total = encoded.iter().map(|(b, _)| b.len()).sum();
        let longest = encoded.iter().map(|(_, l)| *l).max().unwrap_or(0);
        let bytes = PyBytes::new_with(py, total, |out| {
            let mut at = 0;
            for (b, _) in &encoded {
                out[at..at + b.len()].copy_from_slice(b);
                at += b.len();
            }
            Ok(())
        })?;
        Ok((bytes, longest))
    }

    /// What changed in the attributions from `old_text` to `new_text`: the rows of
    /// `whosaid diff --format jsonl`, `unchanged` ones only when `all`.
    #[pyo3(signature = (old_text, new_text, old_doc="old", new_doc="new", all=false))]
    fn diff<'py>(
        &self,
        py: Python<'py>,
        old_text: &str,
        new_text: &str,
        old_doc: &str,
        new_doc: &str,
        all: bool,
    ) -> PyResult<Bound<'py, PyList>> {
        use whosaid::tools::diff;
        let extractor = &self.inner;
        let records = py.detach(|| {
            let old = extractor.extract(old_text).attributions;
            let new = extractor.extract(new_text).attributions;
            let paired = diff::pair(&old, &new);
            diff::records(old_doc, new_doc, &old, &new, &paired, all)
        });
        let out = PyList::empty(py);
        let mut interned = Interned::default();
        for r in &records {
            out.append(to_python(py, &mut interned, r)?)?;
        }
        Ok(out)
    }

    /// The kinds reported, comma-separated.
    #[getter]
    fn kinds(&self) -> &str {
        &self.kinds
    }

    fn __repr__(&self) -> String {
        format!(
            "Extractor(kinds={:?}, speakers={}, cues={})",
            self.kinds,
            self.inner.speakers().speakers().len(),
            self.inner.cues().verbs().len()
        )
    }
}

/// The header line of an embedded dictionary: the columns a user file must have.
fn header(csv: &'static str) -> &'static str {
    csv.lines()
        .next()
        .unwrap_or("")
        .trim_start_matches('\u{feff}')
}

#[pymodule]
fn _whosaid(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyExtractor>()?;
    m.add("DictionaryError", m.py().get_type::<DictionaryError>())?;
    m.add("COLUMNS", output::COLUMNS.to_vec())?;
    m.add("DIFF_COLUMNS", whosaid::tools::diff::COLUMNS.to_vec())?;
    m.add(
        "SPEAKER_COLUMNS",
        header(whosaid::dict::DEFAULT_SPEAKERS)
            .split(',')
            .collect::<Vec<_>>(),
    )?;
    m.add(
        "CUE_COLUMNS",
        header(whosaid::dict::DEFAULT_CUES)
            .split(',')
            .collect::<Vec<_>>(),
    )?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
