//! A count of the work the extractor does, for the tests that check it grows
//! linearly with its input whatever the input's shape (`tests` of this module).
//!
//! Every stage ticks once per token, mark or list entry it looks at: the rules
//! through the sentence's accessors (`Ctx::word`, `Ctx::verb`, …), the scanners
//! and the discourse through their loops. The count is the same on every
//! machine, so a test can compare an input with one sixteen times longer
//! without timing anything. Outside tests a tick compiles to nothing.

#[cfg(test)]
thread_local! {
    static WORK: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Count one unit of work.
#[inline(always)]
pub(crate) fn tick() {
    #[cfg(test)]
    WORK.with(|w| w.set(w.get() + 1));
}

/// Count `n` units of work.
#[inline(always)]
pub(crate) fn ticks(n: usize) {
    #[cfg(test)]
    WORK.with(|w| w.set(w.get() + n as u64));
    #[cfg(not(test))]
    let _ = n;
}

/// The work counted on this thread so far.
#[cfg(test)]
pub(crate) fn count() -> u64 {
    WORK.with(std::cell::Cell::get)
}

#[cfg(test)]
mod tests {
    use whosaid_synth::worst::{shared_first_word_speakers, SHAPES};

    use crate::{CueDict, Extractor, SpeakerDict};

    /// The work of extracting `text`.
    fn work(extractor: &Extractor, text: &str) -> u64 {
        let before = super::count();
        let article = extractor.extract(text);
        std::hint::black_box(article);
        super::count() - before
    }

    /// The work of each shape at `n` and at `16 · n` repetitions.
    pub(crate) fn growth(n: usize) -> Vec<(&'static str, u64, u64)> {
        let builtin = Extractor::builtin();
        let user = Extractor::new(
            SpeakerDict::from_sources(&[("user.csv", shared_first_word_speakers().as_bytes())])
                .expect("a valid dictionary"),
            CueDict::builtin(),
        );
        SHAPES
            .iter()
            .map(|shape| {
                let extractor = if shape.user_dictionary {
                    &user
                } else {
                    &builtin
                };
                let small = work(extractor, &(shape.text)(n));
                let large = work(extractor, &(shape.text)(16 * n));
                (shape.name, small, large)
            })
            .collect()
    }

    #[test]
    fn every_worst_case_shape_grows_linearly() {
        let mut report = String::new();
        let mut failed = Vec::new();
        for (name, small, large) in growth(1000) {
            let ratio = large as f64 / small.max(1) as f64;
            report.push_str(&format!(
                "{name:40} {small:>10} {large:>12} {ratio:>6.1}x\n"
            ));
            if large > 20 * small.max(1) {
                failed.push(name);
            }
        }
        eprint!("{report}");
        assert!(failed.is_empty(), "not linear: {failed:?}\n{report}");
    }
}
