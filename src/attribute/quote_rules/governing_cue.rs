//! **Governing cue**: the sentence's first usable cue before the quote governs a
//! quote that no nearer cue introduces.
//!
//! ```text
//! The French leader said … that the Russian leader had assured him of his
//! "readiness to engage".                          (Macron's, by "said")
//! ```
//!
//! Tried after [`cue_before`](super::cue_before), which takes a cue standing
//! right before the quote.

use crate::attribute::grammar::Ctx;
use crate::attribute::quote_rules::{usable_cue, Hit, QuoteAt};
use crate::attribute::Analyzer;

pub(super) fn find(an: &mut Analyzer, ctx: &Ctx, at: &QuoteAt) -> Option<Hit> {
    (ctx.s..at.i)
        .filter(|&c| ctx.verb(c).is_some())
        .find_map(|c| usable_cue(an, ctx, c, at.subjects))
}

#[cfg(test)]
mod tests {
    use crate::attribute::quote_rules::tests::{check, Case};

    #[test]
    fn cases() {
        check(
            "governing cue",
            &[Case {
                name: "partial quote deep in the clause",
                text:
                    "Macron said on Tuesday that the talks in Paris had been \"useful and frank\".",
                want: ("useful and frank", "Emmanuel Macron"),
            }],
        );
    }
}
