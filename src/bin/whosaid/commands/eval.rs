//! `whosaid eval`: precision, recall and F1 of extraction against gold rows.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use whosaid::io::pipeline::{self, InputMode};
use whosaid::tools::eval::{self, Options};

use crate::args::{extractor, open_output, DictArgs};
use crate::run::extract_all;

/// The options of `whosaid eval`.
#[derive(clap::Args)]
pub struct Args {
    /// The gold file: one JSON object a line (doc, kind, speaker, cue, text,
    /// start, end, optional).
    #[arg(long, value_name = "GOLD.jsonl")]
    pub gold: PathBuf,
    /// Files or folders of the gold's documents.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// List the misses, spurious rows and wrong speakers and cues.
    #[arg(short, long)]
    pub verbose: bool,
    /// Write to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Count the claim and quote rows of a mixed attribution separately.
    #[arg(long)]
    pub separate_views: bool,
    #[command(flatten)]
    pub dicts: DictArgs,
}

/// Run the command.
pub fn run(args: Args) -> Result<ExitCode> {
    let Args {
        gold,
        paths,
        verbose,
        output,
        separate_views,
        dicts,
    } = args;
    let extractor = extractor(&dicts)?;
    let mut gold_rows = eval::load_gold(&gold)?;
    eval::classify_gold(&mut gold_rows, extractor.cues());
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
    let mut out = open_output(output.as_deref())?;
    write!(out, "{}", eval::render(&report))?;
    if verbose {
        write!(out, "\n{}", eval::render_problems(&report))?;
    }
    out.flush()?;
    Ok(counts.exit_code())
}
