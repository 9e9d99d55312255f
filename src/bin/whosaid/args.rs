//! The options the commands share (dictionaries, inputs, formats) and the
//! extractor they build from them.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use clap::ValueEnum;
use whosaid::io::input::TextEncoding;
use whosaid::io::pipeline::{self, InputMode};
use whosaid::{CueDict, CueTypeSet, Extractor, KindSet, SpeakerDict};

#[derive(clap::Args, Clone)]
pub struct DictArgs {
    /// A speakers CSV (speaker_id,name,alias,role,gender,kind) that adds to the
    /// built-in one; its rows replace the built-in rows of the same speaker_id.
    #[arg(long, value_name = "FILE")]
    pub speakers: Option<PathBuf>,
    /// A cues CSV (form,lemma,frame,pos,type) that adds to the built-in one; a form
    /// given again replaces the built-in row.
    #[arg(long, value_name = "FILE")]
    pub cues: Option<PathBuf>,
    /// Use only the given dictionaries, not the built-in ones.
    #[arg(long)]
    pub no_default_dictionaries: bool,
    /// The articles' language: en, fr, de, or auto to identify each article's
    /// (a JSON Lines article's `lang` field, when given, wins).
    #[arg(long, default_value = "auto", value_name = "LANG", value_parser = parse_lang)]
    pub lang: LangChoice,
}

/// A language, or none to identify each article's.
#[derive(Clone, Copy, Debug)]
pub struct LangChoice(pub Option<whosaid::Lang>);

fn parse_lang(s: &str) -> std::result::Result<LangChoice, String> {
    if s.trim().eq_ignore_ascii_case("auto") {
        return Ok(LangChoice(None));
    }
    s.parse()
        .map(|l| LangChoice(Some(l)))
        .map_err(|e: String| format!("{e} or auto"))
}

#[derive(clap::Args, Clone)]
pub struct InputArgs {
    /// How to read inputs: each file is one article (text), or each line of each
    /// file is one JSON article (jsonl).
    #[arg(long, value_enum, default_value_t = InputKind::Text)]
    pub input: InputKind,
    /// JSON Lines: the field holding the article's id (a string or a number).
    #[arg(long, default_value = "id", value_name = "NAME")]
    pub id_field: String,
    /// JSON Lines: the field holding the article's text.
    #[arg(long, default_value = "text", value_name = "NAME")]
    pub text_field: String,
    /// JSON Lines: the field holding the article's date, if any.
    #[arg(long, default_value = "date", value_name = "NAME")]
    pub date_field: String,
    /// Read text files in this encoding (windows-1252, latin1, shift_jis, …:
    /// any WHATWG label) instead of UTF-8 or the one detected in a file that is
    /// not UTF-8.
    #[arg(long, value_name = "NAME", value_parser = parse_encoding)]
    pub encoding: Option<TextEncoding>,
}

fn parse_encoding(name: &str) -> std::result::Result<TextEncoding, String> {
    TextEncoding::for_label(name)
        .ok_or_else(|| format!("unknown encoding {name:?} (try windows-1252, latin1, utf-8)"))
}

impl InputArgs {
    pub fn mode(&self) -> InputMode {
        match self.input {
            InputKind::Text => InputMode::Text,
            InputKind::Jsonl => InputMode::Jsonl,
        }
    }

    pub fn options(&self, strict: bool, speakers: bool) -> pipeline::Options {
        pipeline::Options {
            strict,
            encoding: self.encoding,
            speakers,
            fields: pipeline::Fields {
                id: self.id_field.clone(),
                text: self.text_field.clone(),
                date: self.date_field.clone(),
            },
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputKind {
    Text,
    Jsonl,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    /// A readable report.
    Text,
    /// CSV with a header line.
    Csv,
    /// JSON Lines: one object a line.
    Jsonl,
    /// One JSON array of objects.
    Json,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Never,
    Auto,
    Always,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutFormat {
    /// CSV with a header line.
    Csv,
    /// JSON Lines: one object a line.
    Jsonl,
    /// One JSON array of objects.
    Json,
}

/// Where a command writes: FILE (`-o FILE`) or standard output, buffered.
pub fn open_output(path: Option<&Path>) -> Result<Box<dyn Write + Send>> {
    Ok(match path {
        Some(path) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(path)
                .with_context(|| format!("{}: cannot create", path.display()))?,
        )),
        None => Box::new(std::io::BufWriter::new(std::io::stdout())),
    })
}

pub fn set_threads(jobs: Option<usize>) -> Result<()> {
    if let Some(n) = jobs {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global()
            .context("cannot start the worker threads")?;
    }
    Ok(())
}

pub fn parse_kinds(s: &str) -> std::result::Result<KindSet, String> {
    KindSet::parse(s)
}

pub fn parse_cue_types(s: &str) -> std::result::Result<CueTypeSet, String> {
    CueTypeSet::parse(s)
}

pub fn extractor(args: &DictArgs) -> Result<Extractor> {
    let read = |path: &Path| -> Result<(String, Vec<u8>)> {
        let bytes =
            std::fs::read(path).with_context(|| format!("{}: cannot read", path.display()))?;
        Ok((path.display().to_string(), bytes))
    };
    let mut speaker_sources: Vec<(String, Vec<u8>)> = Vec::new();
    let mut cue_sources: Vec<(String, Vec<u8>)> = Vec::new();
    if !args.no_default_dictionaries {
        speaker_sources.push((
            "default speakers.csv".into(),
            whosaid::dict::DEFAULT_SPEAKERS.as_bytes().to_vec(),
        ));
        cue_sources.push((
            "default cues.csv".into(),
            whosaid::dict::DEFAULT_CUES.as_bytes().to_vec(),
        ));
    }
    if let Some(p) = &args.speakers {
        speaker_sources.push(read(p)?);
    }
    if let Some(p) = &args.cues {
        cue_sources.push(read(p)?);
    }
    let speakers: Vec<(&str, &[u8])> = speaker_sources
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();
    let cues: Vec<(&str, &[u8])> = cue_sources
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();
    Ok(Extractor::new(
        SpeakerDict::from_sources(&speakers)?,
        CueDict::from_sources(&cues)?,
    )
    .with_lang(args.lang.0))
}

/// One JSON array, one object a line, as `extract --format json` writes it.
pub fn write_json_array<T: serde::Serialize>(out: &mut dyn Write, rows: &[T]) -> Result<()> {
    out.write_all(b"[")?;
    for (i, r) in rows.iter().enumerate() {
        out.write_all(if i == 0 { b"\n" } else { b",\n" })?;
        serde_json::to_writer(&mut *out, r)?;
    }
    out.write_all(b"\n]\n")?;
    Ok(())
}
