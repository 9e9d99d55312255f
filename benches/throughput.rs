//! Throughput of whosaid on a reproducible corpus built from the seeds and varied
//! synthetic articles (`whosaid_synth`): the dictionary scan alone (the floor a
//! pass over the text can reach), extraction with quotes only and with claims, on
//! one thread and on pools of one and two threads, French and German articles,
//! and the diff of two versions after extraction.
//!
//! Run with `cargo bench`; divan prints bytes per second.

use std::sync::LazyLock;

use divan::counter::BytesCount;
use divan::{black_box, Bencher};
use whosaid::{CueDict, Extractor, KindSet, SpeakerDict};

/// The allocator the `whosaid` binary uses.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    divan::main();
}

const SEEDS: [&str; 5] = [
    include_str!("../seeds/000_112f8cd96b1a8d6c.txt"),
    include_str!("../seeds/001_a584cf7037d68af5.txt"),
    include_str!("../seeds/002_a4d6e14f6223652d.txt"),
    include_str!("../seeds/003_a6379edbf35cf827.txt"),
    include_str!("../seeds/004_4fb7d532a261f34d.txt"),
];

/// About 8 MB of articles.
static CORPUS: LazyLock<Vec<String>> = LazyLock::new(|| whosaid_synth::corpus(42, &SEEDS, 8 << 20));

fn bytes() -> usize {
    CORPUS.iter().map(String::len).sum()
}

#[divan::bench]
fn dictionary_scan(bencher: Bencher) {
    let speakers = SpeakerDict::builtin();
    let cues = CueDict::builtin();
    // The first scan builds the speakers' automaton: not part of the measure.
    black_box(speakers.find_iter("").count());
    bencher.counter(BytesCount::new(bytes())).bench(|| {
        let mut n = 0;
        for doc in CORPUS.iter() {
            n += speakers.find_iter(doc).count() + cues.find_iter(doc).count();
        }
        black_box(n)
    });
}

/// Extract the whole corpus with `extractor`.
fn extract_corpus(bencher: Bencher, extractor: Extractor) {
    bencher.counter(BytesCount::new(bytes())).bench(|| {
        let mut n = 0;
        for doc in CORPUS.iter() {
            n += extractor.extract(doc).attributions.len();
        }
        black_box(n)
    });
}

#[divan::bench]
fn extract_quotes_only(bencher: Bencher) {
    extract_corpus(
        bencher,
        Extractor::builtin().with_kinds(KindSet::parse("direct,partial").unwrap()),
    );
}

#[divan::bench]
fn extract_quotes_and_claims(bencher: Bencher) {
    extract_corpus(bencher, Extractor::builtin());
}

/// Extraction with quotes and claims on a pool of 1 and 2 threads, one article per
/// task as `whosaid extract` runs it: the scaling over cores.
#[divan::bench(args = [1, 2])]
fn extract_on_threads(bencher: Bencher, threads: usize) {
    use rayon::prelude::*;
    let extractor = Extractor::builtin();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("a thread pool");
    bencher.counter(BytesCount::new(bytes())).bench(|| {
        pool.install(|| {
            CORPUS
                .par_iter()
                .map(|doc| extractor.extract(doc).attributions.len())
                .sum::<usize>()
        })
    });
}

/// The French and German test articles (`articles/fr`, `articles/de`),
/// repeated to about 8 MB: each article's language identified, then read with
/// that language's rules.
const FRENCH: [&str; 4] = [
    include_str!("../articles/fr/01_pont.txt"),
    include_str!("../articles/fr/02_retraites.txt"),
    include_str!("../articles/fr/03_sommet.txt"),
    include_str!("../articles/fr/04_festival.txt"),
];
const GERMAN: [&str; 4] = [
    include_str!("../articles/de/01_bruecke.txt"),
    include_str!("../articles/de/02_haushalt.txt"),
    include_str!("../articles/de/03_streik.txt"),
    include_str!("../articles/de/04_festival.txt"),
];

#[divan::bench(args = ["fr", "de"])]
fn extract_language(bencher: Bencher, lang: &str) {
    let articles = if lang == "fr" { &FRENCH } else { &GERMAN };
    let size: usize = articles.iter().map(|a| a.len()).sum();
    let corpus: Vec<&str> = articles
        .iter()
        .copied()
        .cycle()
        .take(articles.len() * ((8 << 20) / size))
        .collect();
    let extractor = Extractor::builtin();
    let bytes: usize = corpus.iter().map(|a| a.len()).sum();
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        let mut n = 0;
        for doc in &corpus {
            n += extractor.extract(doc).attributions.len();
        }
        black_box(n)
    });
}

#[divan::bench]
fn diff_two_seed_versions(bencher: Bencher) {
    let extractor = Extractor::builtin();
    let old = extractor.extract(SEEDS[1]).attributions;
    let new = extractor.extract(SEEDS[2]).attributions;
    bencher
        .counter(BytesCount::new(SEEDS[1].len() + SEEDS[2].len()))
        .bench(|| black_box(whosaid::tools::diff::pair(&old, &new)));
}

/// The worst-case shapes (`whosaid_synth::worst`), about 1 MB each: throughput
/// must stay of the order of ordinary text's.
#[divan::bench(args = whosaid_synth::worst::SHAPES.iter().map(|s| s.name), sample_count = 5)]
fn worst_case_shape(bencher: Bencher, name: &str) {
    use whosaid_synth::worst::{shared_first_word_speakers, SHAPES};
    let shape = SHAPES.iter().find(|s| s.name == name).expect("a shape");
    let extractor = if shape.user_dictionary {
        Extractor::new(
            SpeakerDict::from_sources(&[("user.csv", shared_first_word_speakers().as_bytes())])
                .expect("a valid dictionary"),
            CueDict::builtin(),
        )
    } else {
        Extractor::builtin()
    };
    // Repetitions for about a megabyte.
    let unit = (shape.text)(100).len() / 100;
    let text = (shape.text)((1 << 20) / unit.max(1));
    bencher
        .counter(BytesCount::new(text.len()))
        .bench(|| black_box(extractor.extract(&text).attributions.len()));
}
