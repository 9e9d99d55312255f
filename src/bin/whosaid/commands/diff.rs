//! `whosaid diff`: what changed in the attributions between versions of an
//! article, as a report or one row per change; exit 1 when something changed.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use whosaid::io::input::{self, Source};
use whosaid::{Extractor, KindSet};

use crate::args::{
    extractor, open_output, parse_kinds, write_json_array, ColorChoice, DictArgs, DiffFormat,
};

/// The options of `whosaid diff`.
#[derive(clap::Args)]
pub struct Args {
    /// Versions in order (files), or two folders.
    #[arg(required = true, num_args = 2..)]
    pub versions: Vec<PathBuf>,
    /// Output format: a readable report, or one row per change (CSV, JSON Lines,
    /// or one JSON array).
    #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
    pub format: DiffFormat,
    /// Write to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Colour the report: never, always, or when writing to a terminal.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Show unchanged attributions too.
    #[arg(long)]
    pub all: bool,
    /// Kinds to compare, comma-separated: direct, partial, indirect.
    #[arg(long, default_value = "direct,partial,indirect", value_parser = parse_kinds)]
    pub kinds: KindSet,
    #[command(flatten)]
    pub dicts: DictArgs,
}

/// Run the command.
pub fn run(args: Args) -> Result<ExitCode> {
    let Args {
        versions,
        format,
        output,
        color,
        all,
        kinds,
        dicts,
    } = args;
    let extractor = extractor(&dicts)?.with_kinds(kinds);
    let color = match color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            use std::io::IsTerminal;
            output.is_none()
                && std::env::var_os("NO_COLOR").is_none()
                && std::io::stdout().is_terminal()
        }
    };
    let out = open_output(output.as_deref())?;
    run_diff(&extractor, &versions, format, color, all, out)
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
    mut out: Box<dyn Write + Send>,
) -> Result<ExitCode> {
    use rayon::prelude::*;
    use whosaid::tools::diff;

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
        DiffFormat::Json => {
            write_json_array(&mut out, &rows)?;
        }
    }
    out.flush()?;
    Ok(if changed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
