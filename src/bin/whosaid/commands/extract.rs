//! `whosaid extract`: rows for every quote and claim of the inputs, as CSV, JSON
//! Lines or JSON, written in input order while the workers extract.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use whosaid::io::output::{self, Format, RecordWriter};
use whosaid::io::pipeline;
use whosaid::{CueTypeSet, KindSet};

use crate::args::{
    extractor, open_output, parse_cue_types, parse_kinds, set_threads, DictArgs, InputArgs,
    OutFormat,
};
use crate::run::extract_all;

/// The options of `whosaid extract`.
#[derive(clap::Args)]
pub struct Args {
    /// Files, folders (searched for *.txt) or - for standard input.
    #[arg(default_value = "-")]
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutFormat::Csv)]
    pub format: OutFormat,
    /// Write to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Kinds to report, comma-separated: direct, partial, indirect.
    #[arg(long, default_value = "direct,partial,indirect", value_parser = parse_kinds)]
    pub kinds: KindSet,
    /// Cue types to report, comma-separated: speech, belief, evidence (a quote
    /// with no cue counts as speech).
    #[arg(long, default_value = "speech,belief,evidence", value_parser = parse_cue_types)]
    pub cue_types: CueTypeSet,
    #[command(flatten)]
    pub dicts: DictArgs,
    /// Reject a file that is not UTF-8 instead of decoding it.
    #[arg(long)]
    pub strict: bool,
    /// Write CSV values as they are, without guarding against spreadsheet formulas.
    #[arg(long)]
    pub raw_csv: bool,
    /// Print counts, size and speed to standard error at the end.
    #[arg(long)]
    pub stats: bool,
    /// Number of threads (all cores by default).
    #[arg(short = 'j', long, value_name = "N")]
    pub jobs: Option<usize>,
    #[command(flatten)]
    pub inputs: InputArgs,
}

/// Run the command.
pub fn run(args: Args) -> Result<ExitCode> {
    let Args {
        paths,
        format,
        output,
        kinds,
        cue_types,
        dicts,
        strict,
        raw_csv,
        stats,
        jobs,
        inputs,
    } = args;
    set_threads(jobs)?;
    let extractor = extractor(&dicts)?
        .with_kinds(kinds)
        .with_cue_types(cue_types);
    let format = match format {
        OutFormat::Csv => Format::Csv,
        OutFormat::Jsonl => Format::Jsonl,
        OutFormat::Json => Format::Json,
    };
    let out = open_output(output.as_deref())?;
    let mut writer = RecordWriter::new(format, out).raw(raw_csv);
    writer.begin()?;
    let started = std::time::Instant::now();
    // CSV and JSON Lines rows are encoded on the worker threads.
    let encode = move |outcome: &pipeline::Outcome| {
        let mut buf = Vec::new();
        match &outcome.result {
            Ok(rows) => output::encode_records(format, raw_csv, rows, &mut buf),
            Err(f) => output::encode_error(format, raw_csv, &outcome.doc, &f.message, &mut buf),
        }
        buf
    };
    let encoder: Option<pipeline::Encoder<'_>> = (format != Format::Json).then_some(&encode);
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
            "whosaid: {}: {} extracted, {}; {}; {:.1} MB in {:.2} s ({:.1} MB/s)",
            crate::run::counted(counts.documents, "document"),
            counts.documents - counts.errors,
            crate::run::counted(counts.errors, "error"),
            crate::run::counted(counts.rows, "row"),
            counts.bytes as f64 / 1e6,
            seconds,
            counts.bytes as f64 / 1e6 / seconds.max(1e-9)
        );
    }
    Ok(counts.exit_code())
}
