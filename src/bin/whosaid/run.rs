//! Running the extractor over every input for a command: parallel batches in
//! input order, warnings and failures on standard error, a progress line on a
//! terminal, and the counts that decide the exit code.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use whosaid::io::pipeline::{self, InputMode};
use whosaid::Extractor;

/// Counts of a run, for `--stats` and the exit code.
#[derive(Default)]
pub struct Stats {
    pub documents: usize,
    pub rows: usize,
    pub errors: usize,
    pub unreadable: usize,
    pub bytes: usize,
}

impl Stats {
    /// 2 when an input could not be read at all, 1 when some inputs yielded an
    /// error row, 0 otherwise.
    pub fn exit_code(&self) -> ExitCode {
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
pub fn extract_all(
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
            "{}, {}, {}, {:.1} MB",
            counted(stats.documents, "document"),
            counted(stats.rows, "row"),
            counted(stats.errors, "error"),
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

/// `1 document`, `2 documents`, `0 errors`: a count with its noun in the right
/// number (the nouns here all take an `s`).
pub fn counted(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}
