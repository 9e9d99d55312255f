//! `whosaid speakers`: who speaks in the inputs, with counts, mentions and titles,
//! or ready-to-paste dictionary rows for people the dictionary lacks.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use whosaid::io::pipeline;

use crate::args::{extractor, open_output, write_json_array, DictArgs, InputArgs, OutFormat};
use crate::run::extract_all;

/// The options of `whosaid speakers`.
#[derive(clap::Args)]
pub struct Args {
    /// Files, folders (searched for *.txt) or - for standard input.
    #[arg(default_value = "-")]
    pub paths: Vec<PathBuf>,
    /// Output format: CSV (lists joined with "; "), JSON Lines, or one JSON array
    /// (lists as arrays in both JSON formats).
    #[arg(long, value_enum, default_value_t = OutFormat::Csv)]
    pub format: OutFormat,
    /// Write to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Write ready-to-paste speakers.csv rows for unknown people instead (always
    /// CSV, the dictionary's format: not with --format).
    #[arg(long, conflicts_with = "format")]
    pub suggest: bool,
    #[command(flatten)]
    pub dicts: DictArgs,
    #[command(flatten)]
    pub inputs: InputArgs,
}

/// Run the command.
pub fn run(args: Args) -> Result<ExitCode> {
    let Args {
        paths,
        format,
        output,
        suggest,
        dicts,
        inputs,
    } = args;
    let extractor = extractor(&dicts)?;
    let mut census = whosaid::tools::speakers::SpeakerCensus::new();
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
    let mut out = open_output(output.as_deref())?;
    if suggest {
        out.write_all(census.suggestions().as_bytes())?;
    } else {
        let rows = census.rows();
        match format {
            OutFormat::Csv => {
                let mut w = csv::WriterBuilder::new()
                    .has_headers(false)
                    .from_writer(&mut out);
                w.write_record(whosaid::tools::speakers::COLUMNS)?;
                for r in &rows {
                    let fields = [
                        r.speaker.clone(),
                        r.speaker_id.clone(),
                        r.known.to_string(),
                        r.class.as_str().to_string(),
                        r.gender.clone(),
                        r.gender_source.clone(),
                        r.quotes.to_string(),
                        r.claims.to_string(),
                        r.documents.to_string(),
                        r.mentions.join("; "),
                        r.titles.join("; "),
                    ];
                    w.write_record(
                        fields
                            .iter()
                            .map(|f| whosaid::io::output::spreadsheet_safe(f).into_owned()),
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
                write_json_array(&mut out, &rows)?;
            }
        }
    }
    out.flush()?;
    Ok(counts.exit_code())
}
