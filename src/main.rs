//! The `whosaid` command line: a thin layer over the library.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};

/// Extraction allocates many small strings; mimalloc serves them faster than the
/// system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use clap::{Parser, Subcommand, ValueEnum};

use whosaid::eval::{self, Options};
use whosaid::input::{self, Source};
use whosaid::output::{self, Format, RecordWriter};
use whosaid::pipeline::{self, InputMode};
use whosaid::{CueDict, Extractor, KindSet, SpeakerDict};

#[derive(Parser)]
#[command(
    name = "whosaid",
    version,
    about = "Who said what: quotes and reported claims in news articles, with their speakers and reporting verbs."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Args, Clone)]
struct DictArgs {
    /// A speakers CSV (speaker_id,name,alias,role,gender,kind) that adds to the
    /// built-in one; its rows replace the built-in rows of the same speaker_id.
    #[arg(long, value_name = "FILE")]
    speakers: Option<PathBuf>,
    /// A cues CSV (form,lemma,frame,pos) that adds to the built-in one; a form
    /// given again replaces the built-in row.
    #[arg(long, value_name = "FILE")]
    cues: Option<PathBuf>,
    /// Use only the given dictionaries, not the built-in ones.
    #[arg(long)]
    no_default_dictionaries: bool,
}

#[derive(clap::Args, Clone)]
struct InputArgs {
    /// How to read inputs: each file is one article (text), or each line of each
    /// file is one JSON article (jsonl).
    #[arg(long, value_enum, default_value_t = InputKind::Text)]
    input: InputKind,
    /// JSON Lines: the field holding the article's id (a string or a number).
    #[arg(long, default_value = "id", value_name = "NAME")]
    id_field: String,
    /// JSON Lines: the field holding the article's text.
    #[arg(long, default_value = "text", value_name = "NAME")]
    text_field: String,
    /// JSON Lines: the field holding the article's date, if any.
    #[arg(long, default_value = "date", value_name = "NAME")]
    date_field: String,
}

impl InputArgs {
    fn mode(&self) -> InputMode {
        match self.input {
            InputKind::Text => InputMode::Text,
            InputKind::Jsonl => InputMode::Jsonl,
        }
    }

    fn options(&self, strict: bool, speakers: bool) -> pipeline::Options {
        pipeline::Options {
            strict,
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
enum InputKind {
    Text,
    Jsonl,
}

#[derive(Subcommand)]
enum Command {
    /// Extract quotes and claims with their speakers and cues.
    Extract {
        /// Files, folders (searched for *.txt) or - for standard input.
        #[arg(default_value = "-")]
        paths: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = OutFormat::Csv)]
        format: OutFormat,
        /// Write to FILE instead of standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Kinds to report, comma-separated: direct, partial, indirect.
        #[arg(long, default_value = "direct,partial,indirect", value_parser = parse_kinds)]
        kinds: KindSet,
        #[command(flatten)]
        dicts: DictArgs,
        /// Reject invalid UTF-8 instead of replacing it.
        #[arg(long)]
        strict: bool,
        /// Write CSV values as they are, without guarding against spreadsheet formulas.
        #[arg(long)]
        raw_csv: bool,
        /// Print counts, size and speed to standard error at the end.
        #[arg(long)]
        stats: bool,
        /// Number of threads (all cores by default).
        #[arg(short = 'j', long, value_name = "N")]
        jobs: Option<usize>,
        #[command(flatten)]
        inputs: InputArgs,
    },
    /// What changed in the attributions between versions of an article: OLD NEW
    /// compares two, V1 V2 V3 … compares each with the next, and two folders
    /// compare their files of the same name. Exits 1 when something changed.
    Diff {
        /// Versions in order (files), or two folders.
        #[arg(required = true, num_args = 2..)]
        versions: Vec<PathBuf>,
        /// Output format: a readable report, or one row per change.
        #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
        format: DiffFormat,
        /// Colour the report: never, always, or when writing to a terminal.
        #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
        color: ColorChoice,
        /// Show unchanged attributions too.
        #[arg(long)]
        all: bool,
        /// Kinds to compare, comma-separated: direct, partial, indirect.
        #[arg(long, default_value = "direct,partial,indirect", value_parser = parse_kinds)]
        kinds: KindSet,
        #[command(flatten)]
        dicts: DictArgs,
    },
    /// Write one self-contained HTML page showing who said what: ARTICLE alone, or
    /// OLD NEW side by side with their changes.
    Render {
        /// The article, or the old and the new version.
        #[arg(required = true, num_args = 1..=2)]
        articles: Vec<PathBuf>,
        /// Write to FILE instead of standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        #[command(flatten)]
        dicts: DictArgs,
    },
    /// List the speakers found in the input, with counts, mentions and titles;
    /// `--suggest` writes speakers.csv rows for the people the dictionary lacks.
    Speakers {
        /// Files, folders (searched for *.txt) or - for standard input.
        #[arg(default_value = "-")]
        paths: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = OutFormat::Csv)]
        format: OutFormat,
        /// Write ready-to-paste speakers.csv rows for unknown people instead.
        #[arg(long)]
        suggest: bool,
        #[command(flatten)]
        dicts: DictArgs,
        #[command(flatten)]
        inputs: InputArgs,
    },
    /// Score extraction against gold attributions (JSON Lines).
    Eval {
        /// The gold file: one JSON object a line (doc, kind, speaker, cue, text,
        /// start, end, optional).
        #[arg(long, value_name = "GOLD.jsonl")]
        gold: PathBuf,
        /// Files or folders of the gold's documents.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// List the misses, spurious rows and wrong speakers and cues.
        #[arg(short, long)]
        verbose: bool,
        /// Count the claim and quote rows of a mixed attribution separately.
        #[arg(long)]
        separate_views: bool,
        #[command(flatten)]
        dicts: DictArgs,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum DiffFormat {
    Text,
    Csv,
    Jsonl,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ColorChoice {
    Never,
    Auto,
    Always,
}

#[derive(Clone, Copy, ValueEnum)]
enum OutFormat {
    Csv,
    Jsonl,
    Json,
}

fn set_threads(jobs: Option<usize>) -> Result<()> {
    if let Some(n) = jobs {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global()
            .context("cannot start the worker threads")?;
    }
    Ok(())
}

fn parse_kinds(s: &str) -> std::result::Result<KindSet, String> {
    KindSet::parse(s)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(err) => {
            if is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            eprintln!("whosaid: {err:#}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn extractor(args: &DictArgs) -> Result<Extractor> {
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
    ))
}

/// Counts of a run, for `--stats` and the exit code.
#[derive(Default)]
struct Stats {
    documents: usize,
    rows: usize,
    errors: usize,
    unreadable: usize,
    bytes: usize,
}

impl Stats {
    /// 2 when an input could not be read at all, 1 when some inputs yielded an
    /// error row, 0 otherwise.
    fn exit_code(&self) -> ExitCode {
        if self.unreadable > 0 {
            ExitCode::from(2)
        } else if self.errors > 0 {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        }
    }
}

/// A progress line on standard error, drawn only on a terminal and never in CI.
fn progress() -> indicatif::ProgressBar {
    use std::io::IsTerminal;
    if !std::io::stderr().is_terminal() || std::env::var_os("CI").is_some() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new_spinner();
    bar.set_style(
        indicatif::ProgressStyle::with_template("{spinner} {elapsed} {msg}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
    );
    bar.enable_steady_tick(std::time::Duration::from_millis(200));
    bar
}

/// Extract every input in parallel batches, handing outcomes to `each` in input
/// order. Warnings and failures are reported on standard error.
fn extract_all(
    extractor: &Extractor,
    paths: &[PathBuf],
    mode: InputMode,
    options: &pipeline::Options,
    encode: Option<pipeline::Encoder<'_>>,
    mut each: impl FnMut(&pipeline::Outcome) -> Result<()> + Send,
) -> Result<Stats> {
    let mut stats = Stats::default();
    let bar = progress();
    let mut failure: Option<anyhow::Error> = None;
    pipeline::run_encoded(extractor, paths, mode, options, encode, |outcome| {
        stats.documents += 1;
        stats.bytes += outcome.bytes;
        if let Some(w) = &outcome.warning {
            bar.suspend(|| eprintln!("whosaid: warning: {}: {w}", outcome.doc));
        }
        match &outcome.result {
            Ok(rows) => stats.rows += rows.len(),
            Err(f) => {
                bar.suspend(|| eprintln!("whosaid: {}", f.message));
                stats.errors += 1;
                stats.unreadable += usize::from(f.unreadable);
            }
        }
        bar.set_message(format!(
            "{} documents, {} rows, {} errors, {:.1} MB",
            stats.documents,
            stats.rows,
            stats.errors,
            stats.bytes as f64 / 1e6
        ));
        each(&outcome).map_err(|e| {
            failure = Some(e);
            whosaid::Error::new(whosaid::ErrorKind::Usage, "output failed")
        })
    })
    .map_err(|e| failure.take().unwrap_or_else(|| e.into()))?;
    bar.finish_and_clear();
    Ok(stats)
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Extract {
            paths,
            format,
            output,
            kinds,
            dicts,
            strict,
            raw_csv,
            stats,
            jobs,
            inputs,
        } => {
            set_threads(jobs)?;
            let extractor = extractor(&dicts)?.with_kinds(kinds);
            let format = match format {
                OutFormat::Csv => Format::Csv,
                OutFormat::Jsonl => Format::Jsonl,
                OutFormat::Json => Format::Json,
            };
            let out: Box<dyn Write + Send> = match &output {
                Some(path) => Box::new(std::io::BufWriter::new(
                    std::fs::File::create(path)
                        .with_context(|| format!("{}: cannot create", path.display()))?,
                )),
                None => Box::new(std::io::BufWriter::new(std::io::stdout())),
            };
            let mut writer = RecordWriter::new(format, out).raw(raw_csv);
            writer.begin()?;
            let started = std::time::Instant::now();
            // CSV and JSON Lines rows are encoded on the worker threads.
            let encode = move |outcome: &pipeline::Outcome| {
                let mut buf = Vec::new();
                match &outcome.result {
                    Ok(rows) => output::encode_records(format, raw_csv, rows, &mut buf),
                    Err(f) => {
                        output::encode_error(format, raw_csv, &outcome.doc, &f.message, &mut buf)
                    }
                }
                buf
            };
            let encoder: Option<pipeline::Encoder<'_>> =
                (format != Format::Json).then_some(&encode);
            let counts = extract_all(
                &extractor,
                &paths,
                inputs.mode(),
                &inputs.options(strict, false),
                encoder,
                |outcome| {
                    match &outcome.result {
                        _ if format != Format::Json => {
                            let rows = outcome.result.as_ref().map_or(1, Vec::len);
                            writer.write_encoded(&outcome.encoded, rows)?;
                        }
                        Ok(rows) => {
                            for r in rows {
                                writer.write(r)?;
                            }
                        }
                        Err(f) => writer.write_error(&outcome.doc, &f.message)?,
                    }
                    writer.flush()?;
                    Ok(())
                },
            )?;
            writer.finish()?;
            if stats {
                let seconds = started.elapsed().as_secs_f64();
                eprintln!(
                    "whosaid: {} documents: {} extracted, {} errors; {} rows; {:.1} MB in {:.2} s ({:.1} MB/s)",
                    counts.documents,
                    counts.documents - counts.errors,
                    counts.errors,
                    counts.rows,
                    counts.bytes as f64 / 1e6,
                    seconds,
                    counts.bytes as f64 / 1e6 / seconds.max(1e-9)
                );
            }
            Ok(counts.exit_code())
        }
        Command::Diff {
            versions,
            format,
            color,
            all,
            kinds,
            dicts,
        } => {
            let extractor = extractor(&dicts)?.with_kinds(kinds);
            let color = match color {
                ColorChoice::Always => true,
                ColorChoice::Never => false,
                ColorChoice::Auto => {
                    use std::io::IsTerminal;
                    std::env::var_os("NO_COLOR").is_none() && std::io::stdout().is_terminal()
                }
            };
            run_diff(&extractor, &versions, format, color, all)
        }
        Command::Render {
            articles,
            output,
            dicts,
        } => {
            let extractor = extractor(&dicts)?;
            let sources: Vec<Source> = input::expand(&articles)
                .into_iter()
                .collect::<std::result::Result<_, _>>()?;
            if sources.len() != articles.len() {
                anyhow::bail!("render takes one article, or two versions (files, not folders)");
            }
            let mut texts = Vec::new();
            for source in &sources {
                let decoded = input::read(source, false)?;
                if let Some(w) = &decoded.warning {
                    eprintln!("whosaid: warning: {}: {w}", source.doc());
                }
                texts.push(decoded.text);
            }
            let html = if texts.len() == 1 {
                let attrs = extractor.extract(&texts[0]).attributions;
                whosaid::render::article(sources[0].doc(), &texts[0], &attrs)
            } else {
                let old = extractor.extract(&texts[0]).attributions;
                let new = extractor.extract(&texts[1]).attributions;
                let paired = whosaid::diff::pair(&old, &new);
                whosaid::render::diff_page(
                    sources[0].doc(),
                    &texts[0],
                    &old,
                    sources[1].doc(),
                    &texts[1],
                    &new,
                    &paired,
                )
            };
            match output {
                Some(path) => std::fs::write(&path, html)
                    .with_context(|| format!("{}: cannot write", path.display()))?,
                None => {
                    let mut out = std::io::stdout().lock();
                    out.write_all(html.as_bytes())?;
                    out.flush()?;
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Speakers {
            paths,
            format,
            suggest,
            dicts,
            inputs,
        } => {
            let extractor = extractor(&dicts)?;
            let mut census = whosaid::discover::SpeakerCensus::new();
            let counts = extract_all(
                &extractor,
                &paths,
                inputs.mode(),
                &inputs.options(false, true),
                None,
                |outcome: &pipeline::Outcome| {
                    census.add(&outcome.speakers);
                    Ok(())
                },
            )?;
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            if suggest {
                out.write_all(census.suggestions().as_bytes())?;
            } else {
                let rows = census.rows();
                match format {
                    OutFormat::Csv => {
                        let mut w = csv::WriterBuilder::new()
                            .has_headers(false)
                            .from_writer(&mut out);
                        w.write_record(whosaid::discover::COLUMNS)?;
                        for r in &rows {
                            let fields = [
                                r.speaker.clone(),
                                r.speaker_id.clone(),
                                r.known.to_string(),
                                r.class.as_str().to_string(),
                                r.gender.clone(),
                                r.quotes.to_string(),
                                r.claims.to_string(),
                                r.documents.to_string(),
                                r.mentions.clone(),
                                r.titles.clone(),
                            ];
                            w.write_record(
                                fields
                                    .iter()
                                    .map(|f| whosaid::output::spreadsheet_safe(f).into_owned()),
                            )?;
                        }
                        w.flush()?;
                    }
                    OutFormat::Jsonl => {
                        for r in &rows {
                            serde_json::to_writer(&mut out, r)?;
                            out.write_all(b"\n")?;
                        }
                    }
                    OutFormat::Json => {
                        serde_json::to_writer_pretty(&mut out, &rows)?;
                        out.write_all(b"\n")?;
                    }
                }
            }
            out.flush()?;
            Ok(counts.exit_code())
        }
        Command::Eval {
            gold,
            paths,
            verbose,
            separate_views,
            dicts,
        } => {
            let extractor = extractor(&dicts)?;
            let gold_rows = eval::load_gold(&gold)?;
            let mut predicted = Vec::new();
            let mut docs = Vec::new();
            let counts = extract_all(
                &extractor,
                &paths,
                InputMode::Text,
                &pipeline::Options::default(),
                None,
                |outcome: &pipeline::Outcome| {
                    docs.push(outcome.doc.clone());
                    if let Ok(rows) = &outcome.result {
                        predicted.extend(rows.iter().cloned());
                    }
                    Ok(())
                },
            )?;
            let report = eval::evaluate(&gold_rows, &predicted, &docs, Options { separate_views });
            let mut out = std::io::stdout().lock();
            write!(out, "{}", eval::render(&report))?;
            if verbose {
                write!(out, "\n{}", eval::render_problems(&report))?;
            }
            Ok(counts.exit_code())
        }
    }
}

/// One version to compare: its name and its attributions.
struct Version {
    doc: String,
    attributions: Vec<whosaid::Attribution>,
}

fn load_version(extractor: &Extractor, source: &Source) -> Result<Version> {
    let decoded = input::read(source, false)?;
    if let Some(w) = &decoded.warning {
        eprintln!("whosaid: warning: {}: {w}", source.doc());
    }
    Ok(Version {
        doc: source.doc().to_string(),
        attributions: extractor.extract(&decoded.text).attributions,
    })
}

/// The pairs of versions to compare: consecutive files, or same-named files of
/// two folders.
fn version_pairs(versions: &[PathBuf]) -> Result<Vec<(Source, Source)>> {
    if versions.len() == 2 && versions[0].is_dir() && versions[1].is_dir() {
        let list = |p: &PathBuf| -> Result<Vec<Source>> {
            input::expand(std::slice::from_ref(p))
                .into_iter()
                .map(|s| s.map_err(anyhow::Error::from))
                .collect()
        };
        let old = list(&versions[0])?;
        let new = list(&versions[1])?;
        let mut pairs = Vec::new();
        for o in old {
            match new.iter().find(|n| n.doc() == o.doc()) {
                Some(n) => pairs.push((o, n.clone())),
                None => eprintln!(
                    "whosaid: {}: no file of that name in {}",
                    o.doc(),
                    versions[1].display()
                ),
            }
        }
        return Ok(pairs);
    }
    let mut sources = Vec::new();
    for s in input::expand(versions) {
        sources.push(s?);
    }
    if sources.len() < 2 {
        anyhow::bail!("diff needs at least two versions");
    }
    Ok(sources
        .windows(2)
        .map(|w| (w[0].clone(), w[1].clone()))
        .collect())
}

fn run_diff(
    extractor: &Extractor,
    versions: &[PathBuf],
    format: DiffFormat,
    color: bool,
    all: bool,
) -> Result<ExitCode> {
    use rayon::prelude::*;
    use whosaid::diff;

    let pairs = version_pairs(versions)?;
    // Extract and pair in parallel; write in order.
    let results: Vec<Result<(Version, Version, Vec<diff::Paired>)>> = pairs
        .par_iter()
        .map(|(o, n)| {
            let old = load_version(extractor, o)?;
            let new = load_version(extractor, n)?;
            let paired = diff::pair(&old.attributions, &new.attributions);
            Ok((old, new, paired))
        })
        .collect();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut changed = false;
    let mut rows = Vec::new();
    for result in results {
        let (old, new, paired) = result?;
        changed |= diff::changed(&paired);
        if format == DiffFormat::Text {
            let style = diff::Style { color };
            write!(
                out,
                "{}",
                diff::render(
                    &old.doc,
                    &new.doc,
                    &old.attributions,
                    &new.attributions,
                    &paired,
                    all,
                    style
                )
            )?;
        } else {
            rows.extend(diff::records(
                &old.doc,
                &new.doc,
                &old.attributions,
                &new.attributions,
                &paired,
                all,
            ));
        }
    }
    match format {
        DiffFormat::Text => {}
        DiffFormat::Csv => {
            let mut w = csv::WriterBuilder::new()
                .has_headers(false)
                .from_writer(&mut out);
            w.write_record(diff::COLUMNS)?;
            for r in &rows {
                w.serialize(r)?;
            }
            w.flush()?;
        }
        DiffFormat::Jsonl => {
            for r in &rows {
                serde_json::to_writer(&mut out, r)?;
                out.write_all(b"\n")?;
            }
        }
    }
    out.flush()?;
    Ok(if changed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
