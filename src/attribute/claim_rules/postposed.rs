//! **Postposed source**: the content comes first, the source after it.
//!
//! ```text
//! The talks had stalled, Turkish sources said.
//! The line will reopen, said Kuleba.
//! ```
//!
//! Takes a verb or participle with nothing after it (the clause is over), unless
//! `that` or a quote follows. The content is the sentence before the comma that
//! precedes the source, past an opening `But`, `And` or `So`, of three words or
//! more; a sentence opening with a quote, or holding a long one, is the quote
//! rules' business. `According to X` after the content is
//! [`according_to`](super::according_to)'s.

use crate::attribute::claim_rules::CueAt;
use crate::attribute::grammar::Ctx;
use crate::attribute::Analyzer;
use crate::scan::tokens::TokKind;
use crate::span::Span;

pub(super) fn take(an: &mut Analyzer, ctx: &Ctx, at: &mut CueAt, rule: &'static str) -> bool {
    let k = at.clause.k;
    let empty =
        k >= ctx.e || matches!(ctx.tok_kind(k), Some(TokKind::Punct('.' | '!' | ',' | ';')));
    let introduces_quote =
        matches!(ctx.tok_kind(k), Some(TokKind::Punct(',' | ':'))) && ctx.quote_at(k + 1).is_some();
    if !empty || at.clause.that || introduces_quote {
        return false;
    }
    let (c, p) = (at.c, at.p);
    let Some(np) = at.subject else {
        return true;
    };
    let comma = if np.last < c {
        np.first.checked_sub(1)
    } else {
        c.checked_sub(1)
    };
    let Some(comma) = comma.filter(|&x| x > ctx.s && ctx.is_comma(x)) else {
        return true;
    };
    if ctx.quote_at(ctx.s).is_some() || ctx.memo.long_quote_before(ctx, comma) {
        return true;
    }
    let mut start = ctx.s;
    // Skip an introductory conjunction.
    if matches!(ctx.word(start), "But" | "And" | "So") {
        start += 1;
    }
    // Three words before the comma at least.
    if ctx
        .memo
        .after_third_word(ctx, start)
        .is_none_or(|x| x > comma)
    {
        return true;
    }
    let mut end = comma - 1;
    while end > start && matches!(ctx.tok_kind(end), Some(TokKind::Punct(_))) {
        end -= 1;
    }
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
            "postposed",
            &[
                Case {
                    name: "group after the clause",
                    text: "The talks had stalled over the border, Turkish sources said.",
                    want: ("The talks had stalled over the border", "Turkish sources"),
                },
                Case {
                    name: "name after the clause",
                    text: "The line will reopen on Monday, Kuleba said.",
                    want: ("The line will reopen on Monday", "Dmytro Kuleba"),
                },
            ],
        );
    }
}
