//! **Colon introduction**: a sentence that ends in a colon after a cue introduces
//! the quote that opens the next sentence.
//!
//! ```text
//! Putin said: "We are open to dialogue."      (the colon ends the sentence)
//! ```
//!
//! [`at_sentence_end`] records the introduction when a sentence ends; [`find`]
//! gives it to the quote that opens the next one. A quote right after the colon
//! in the same sentence is [`cue_before`](super::cue_before)'s.

use crate::attribute::grammar::{Ctx, Np};
use crate::attribute::quote_rules::{Hit, QuoteAt};
use crate::attribute::Analyzer;

pub(super) fn find(_: &mut Analyzer, ctx: &Ctx, at: &QuoteAt) -> Option<Hit> {
    if at.i == ctx.s {
        at.intro.map(Hit::Source)
    } else {
        None
    }
}

/// At the end of a sentence: when it ends in a colon after a cue with a speaker,
/// keep that source for the next sentence's opening quote.
pub(in crate::attribute) fn at_sentence_end(
    an: &mut Analyzer,
    ctx: &Ctx,
    subjects: &[Np],
    p: usize,
) {
    if ctx.e > ctx.s && ctx.punct(ctx.e - 1, ':') {
        let cue = (ctx.s..ctx.e).find(|&c| ctx.verb(c).is_some() && !ctx.cue_blocked(c));
        if let Some(c) = cue {
            if let Some(np) = an.cue_subject(ctx, c, subjects) {
                let src = an.source(ctx, c, np, p);
                if src.entity.is_some() {
                    an.intro = Some(src);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::attribute::quote_rules::tests::{check, Case};

    #[test]
    fn cases() {
        check(
            "colon intro",
            &[Case {
                name: "quote in the next paragraph",
                text: "Peskov told reporters:\n\n\"The talks were useful and we will go on.\"",
                want: ("The talks were useful and we will go on.", "Dmitry Peskov"),
            }],
        );
    }
}
