//! Write the benchmark corpus (the seeds plus varied synthetic articles, built by
//! `whosaid_synth`) as one `.txt` file per article into a folder, so that other
//! tools can be measured on exactly the same text.
//!
//! `cargo run --release --example corpus -- OUT_DIR [MEGABYTES] [SEED]`

use std::path::PathBuf;

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let out = PathBuf::from(args.next().unwrap_or_else(|| "corpus".into()));
    let megabytes: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(8);
    let seed: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(42);
    let seeds_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut real = Vec::new();
    for entry in std::fs::read_dir(&seeds_dir)? {
        let path = entry?.path();
        if path.extension().is_some_and(|x| x == "txt") {
            real.push(std::fs::read_to_string(path)?);
        }
    }
    real.sort();
    let real: Vec<&str> = real.iter().map(String::as_str).collect();
    std::fs::create_dir_all(&out)?;
    let docs = whosaid_synth::corpus(seed, &real, megabytes << 20);
    for (i, doc) in docs.iter().enumerate() {
        std::fs::write(out.join(format!("{i:06}.txt")), doc)?;
    }
    eprintln!(
        "{} articles, {} bytes in {}",
        docs.len(),
        docs.iter().map(String::len).sum::<usize>(),
        out.display()
    );
    Ok(())
}
