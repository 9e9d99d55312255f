//! **According to**: a prepositional cue names the source; the content is the
//! rest of the sentence.
//!
//! ```text
//! According to Turkish sources, the talks had stalled.
//! The talks had stalled, according to Turkish sources.
//! ```
//!
//! Takes every prepositional cue (`according to`, `per`…). The source is the
//! phrase after the cue up to a comma or the sentence end; the content runs from
//! that comma to the sentence end (first form) or from the sentence start to the
//! comma before the cue (second form), cut where a clause ends.

use crate::attribute::claim_rules::CueAt;
use crate::attribute::clause::clause_end;
use crate::attribute::grammar::{Ctx, Np, NpKind};
use crate::attribute::Analyzer;
use crate::dict::CuePos;
use crate::scan::tokens::TokKind;
use crate::span::Span;

pub(super) fn take(an: &mut Analyzer, ctx: &Ctx, at: &mut CueAt, rule: &'static str) -> bool {
    let (c, p) = (at.c, at.p);
    if at.verb.pos != CuePos::Prep {
        return false;
    }
    let a = ctx.after_cue(c);
    let Some(r) = (a..ctx.e)
        .find(|&x| {
            ctx.is_comma(x)
                || matches!(
                    ctx.tok_kind(x),
                    Some(TokKind::Punct('.' | ';' | '!')) | Some(TokKind::Quote(_))
                )
        })
        .or(Some(ctx.e))
    else {
        return true;
    };
    if r == a {
        return true;
    }
    let np = ctx
        .np_starting_at(a)
        .filter(|np| np.last < r)
        .unwrap_or(Np {
            mention: None,
            first: a,
            last: r - 1,
            kind: NpKind::Group,
        });
    let (start, mut end) = if c == ctx.s && ctx.is_comma(r) {
        (r + 1, ctx.e - 1)
    } else if c > ctx.s + 2 && ctx.is_comma(c - 1) {
        (ctx.s, c - 2)
    } else {
        return true;
    };
    while end > start && matches!(ctx.tok_kind(end), Some(TokKind::Punct(_))) {
        end -= 1;
    }
    if end <= start || start >= ctx.e {
        return true;
    }
    if let Some(cut) = clause_end(ctx, start) {
        end = end.min(cut);
    }
    at.subjects.push(np);
    let src = an.source(ctx, c, np, p);
    let text = Span::new(ctx.toks[start].span.start, ctx.toks[end].span.end);
    an.push_claim(text, src, p, rule);
    true
}

#[cfg(test)]
mod tests {
    use crate::attribute::claim_rules::tests::{check, Case};

    #[test]
    fn cases() {
        check(
            "according to",
            &[
                Case {
                    name: "source first",
                    text: "According to Turkish sources, the talks had stalled over the border.",
                    want: ("the talks had stalled over the border", "Turkish sources"),
                },
                Case {
                    name: "source last",
                    text: "The talks had stalled over the border, according to Turkish sources.",
                    want: ("The talks had stalled over the border", "Turkish sources"),
                },
            ],
        );
    }
}
