//! **Later cue**: a cue after the quote, further on in the sentence.
//!
//! ```text
//! "Every country" must stick to the Minsk agreements, Putin said.
//! ```
//!
//! A tag standing right after the quote is [`tag_after`](super::tag_after)'s;
//! this rule takes the first finite cue anywhere later in the sentence.

use crate::attribute::grammar::Ctx;
use crate::attribute::quote_rules::{Hit, QuoteAt};
use crate::attribute::Analyzer;
use crate::dict::CuePos;

pub(super) fn find(an: &mut Analyzer, ctx: &Ctx, at: &QuoteAt) -> Option<Hit> {
    // A finite cue's subject does not depend on the quotes before it: the cue
    // found after one quote serves every quote before it (the memo's).
    let c = ctx.memo.later_cue(ctx, at.i + 1, |c| {
        ctx.verb(c).is_some_and(|v| v.pos == CuePos::Verb)
            && !ctx.cue_blocked(c)
            && an.cue_subject(ctx, c, at.subjects).is_some()
    })?;
    an.cue_subject(ctx, c, at.subjects)
        .map(|np| Hit::Cue { cue: c, np })
}

#[cfg(test)]
mod tests {
    use crate::attribute::quote_rules::tests::{check, Case};

    #[test]
    fn cases() {
        check(
            "later cue",
            &[Case {
                name: "postposed source after the clause",
                text: "\"Every country\" must stick to the agreements, Putin said.",
                want: ("Every country", "Vladimir Putin"),
            }],
        );
    }
}
