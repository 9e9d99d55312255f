//! `whosaid render`: one self-contained HTML page of an article, or of two
//! versions side by side.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use whosaid::io::input::{self, Source};

use crate::args::{extractor, DictArgs};

/// The options of `whosaid render`.
#[derive(clap::Args)]
pub struct Args {
    /// The article, or the old and the new version.
    #[arg(required = true, num_args = 1..=2)]
    pub articles: Vec<PathBuf>,
    /// Write to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub dicts: DictArgs,
}

/// Run the command.
pub fn run(args: Args) -> Result<ExitCode> {
    let Args {
        articles,
        output,
        dicts,
    } = args;
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
        whosaid::tools::render::article(sources[0].doc(), &texts[0], &attrs)
    } else {
        let old = extractor.extract(&texts[0]).attributions;
        let new = extractor.extract(&texts[1]).attributions;
        let paired = whosaid::tools::diff::pair(&old, &new);
        whosaid::tools::render::diff_page(
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
