//! The `whosaid` command line: a thin layer over the library. Each command is a
//! module of [`commands`]; the options they share are in [`args`].

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod args;
mod commands;
mod run;

use commands::{diff, eval, extract, render, speakers};

/// Extraction allocates many small strings; mimalloc serves them faster than the
/// system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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

#[derive(Subcommand)]
enum Command {
    /// Extract quotes and claims with their speakers and cues.
    Extract(extract::Args),
    /// What changed in the attributions between versions of an article: OLD NEW
    /// compares two, V1 V2 V3 … compares each with the next, and two folders
    /// compare their files of the same name. Exits 1 when something changed.
    Diff(diff::Args),
    /// Write one self-contained HTML page showing who said what: ARTICLE alone, or
    /// OLD NEW side by side with their changes.
    Render(render::Args),
    /// List the speakers found in the input, with counts, mentions and titles;
    /// `--suggest` writes speakers.csv rows for the people the dictionary lacks.
    Speakers(speakers::Args),
    /// Score extraction against gold attributions (JSON Lines).
    Eval(eval::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => extract::run(args),
        Command::Diff(args) => diff::run(args),
        Command::Render(args) => render::run(args),
        Command::Speakers(args) => speakers::run(args),
        Command::Eval(args) => eval::run(args),
    };
    match result {
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
