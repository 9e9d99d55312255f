//! **Cue before**: a cue right before the quote, introducing it.
//!
//! ```text
//! Putin said, "We are open to dialogue."
//! …, adding, "No one will force us."
//! Kuleba told reporters: "We will not cross our red lines."
//! ```
//!
//! The cue must end at most six tokens before the quote, with no other quote
//! between, and the quote must follow a comma or colon or the cue itself. The
//! inverted tag of the quote before counts, with words after its speaker:
//! `"…," said Dana Cole on Monday, "…"`. The
//! nearest such cue wins. When none is that close, the sentence's first cue may
//! still govern the quote: that is [`governing_cue`](super::governing_cue)'s.

use crate::attribute::grammar::Ctx;
use crate::attribute::quote_rules::{usable_cue, Hit, QuoteAt};
use crate::attribute::Analyzer;

pub(super) fn find(an: &mut Analyzer, ctx: &Ctx, at: &QuoteAt) -> Option<Hit> {
    let i = at.i;
    let near_enough = |c: usize| {
        let after = ctx.after_cue(c);
        let gap_ok = i.saturating_sub(after) <= 6;
        let between_quote = (after..i).any(|x| ctx.quote_at(x).is_some());
        gap_ok && !between_quote && (ctx.punct(i - 1, ',') || ctx.punct(i - 1, ':') || after == i)
    };
    // A cue ending six tokens before the quote starts no further back than six
    // plus the sentence's longest cue.
    (ctx.memo.near_cue_start(ctx, i, 6)..i)
        .rev()
        .filter(|&c| ctx.verb(c).is_some() && near_enough(c))
        .find_map(|c| usable_cue(an, ctx, c, at.subjects).or_else(|| tag_between(ctx, c)))
}

/// `"…," said Dana Cole on Monday, "…"`: the inverted tag of the quote before,
/// with words after its speaker, introduces this one too.
fn tag_between(ctx: &Ctx, c: usize) -> Option<Hit> {
    let after_quote = c > ctx.s
        && (ctx.quote_at(c - 1).is_some()
            || (c > ctx.s + 1 && ctx.is_comma(c - 1) && ctx.quote_at(c - 2).is_some()));
    if !after_quote || ctx.cue_blocked(c) {
        return None;
    }
    let np = ctx.tag_speaker_right(c)?;
    Some(Hit::Cue { cue: c, np })
}

#[cfg(test)]
mod tests {
    use crate::attribute::quote_rules::tests::{check, Case};

    #[test]
    fn cases() {
        check(
            "cue before",
            &[
                Case {
                    name: "comma",
                    text: "Putin said, \"We are open to dialogue.\"",
                    want: ("We are open to dialogue.", "Vladimir Putin"),
                },
                Case {
                    name: "colon after addressee",
                    text: "Kuleba told reporters: \"We will not cross our red lines.\"",
                    want: ("We will not cross our red lines.", "Dmytro Kuleba"),
                },
                Case {
                    name: "the inverted tag of the quote before, words after its speaker",
                    text: "\"The pumps work,\" said Omar Reyes in a statement, \"but the river is rising.\"",
                    want: ("but the river is rising.", "Omar Reyes"),
                },
            ],
        );
    }
}
