//! `whosaid eval`: precision, recall and F1 of extraction against gold rows.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use std::collections::HashMap;

use anyhow::Result;
use whosaid::io::pipeline::{self, InputMode};
use whosaid::tools::eval::{self, Options};
use whosaid::Lang;

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
    )?; // Each document's language, as extraction read it; a gold row's cue type is
        // its cue's in that language's cue dictionary.
    let mut lang_of: HashMap<&str, Lang> = HashMap::new();
    for r in &predicted {
        lang_of.entry(r.doc.as_str()).or_insert(r.lang);
    }
    let lang = |doc: &str| lang_of.get(doc).copied().unwrap_or(Lang::En);
    let mut langs: Vec<Lang> = docs.iter().map(|d| lang(d)).collect();
    langs.sort();
    langs.dedup();
    for l in &langs {
        let cues = extractor.cues_for(*l);
        let mut rows: Vec<eval::GoldRow> = Vec::new();
        let mut at = Vec::new();
        for (i, g) in gold_rows.iter().enumerate() {
            if lang(&g.doc) == *l {
                rows.push(g.clone());
                at.push(i);
            }
        }
        eval::classify_gold(&mut rows, cues);
        for (g, i) in rows.into_iter().zip(at) {
            gold_rows[i] = g;
        }
    }
    let options = Options { separate_views };
    let report = eval::evaluate(&gold_rows, &predicted, &docs, options);
    let mut out = open_output(output.as_deref())?;
    // French and German documents: a table per language, then the whole.
    if langs.iter().any(|l| *l != Lang::En) {
        for l in &langs {
            let in_lang = |doc: &str| lang(doc) == *l;
            let gold: Vec<eval::GoldRow> = gold_rows
                .iter()
                .filter(|g| in_lang(&g.doc))
                .cloned()
                .collect();
            let pred: Vec<_> = predicted
                .iter()
                .filter(|r| in_lang(&r.doc))
                .cloned()
                .collect();
            let ds: Vec<String> = docs.iter().filter(|d| in_lang(d)).cloned().collect();
            let part = eval::evaluate(&gold, &pred, &ds, options);
            writeln!(out, "language: {l}")?;
            write!(out, "{}", eval::render(&part))?;
            if verbose {
                write!(out, "\n{}", eval::render_problems(&part))?;
            }
            writeln!(out)?;
        }
        if langs.len() == 1 {
            out.flush()?;
            return Ok(counts.exit_code());
        }
        writeln!(out, "all languages")?;
    }
    write!(out, "{}", eval::render(&report))?;
    if verbose {
        write!(out, "\n{}", eval::render_problems(&report))?;
    }
    out.flush()?;
    Ok(counts.exit_code())
}
