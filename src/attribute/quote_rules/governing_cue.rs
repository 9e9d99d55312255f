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

use crate::attribute::grammar::{Ctx, Np, NpKind};
use crate::attribute::quote_rules::{usable_cue, Hit, QuoteAt};
use crate::attribute::Analyzer;

pub(super) fn find(an: &mut Analyzer, ctx: &Ctx, at: &QuoteAt) -> Option<Hit> {
    // Whether a cue is usable depends only on whether the sentence has a subject
    // yet (a participle takes the last one): the memo finds the first of each kind
    // once per sentence, and the cue found is read with the subjects as they are.
    let placeholder = [Np {
        first: ctx.s,
        last: ctx.s,
        kind: NpKind::Name,
        mention: None,
    }];
    let first = ctx
        .memo
        .governing_cue(ctx, at.i, !at.subjects.is_empty(), |c, subject| {
            let subjects: &[Np] = if subject { &placeholder } else { &[] };
            usable_cue(an, ctx, c, subjects).is_some()
        })?;
    usable_cue(an, ctx, first, at.subjects)
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
