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
//! more. A source in the middle (`The plan, she said, would cost more.`,
//! `…, officials said, including …`) splits the content in two: one row for
//! each part, as for a quote broken by its tag. A sentence opening with a quote, or holding a long one, is the quote
//! rules' business, but when a sentence opens with words and ends in a quote
//! that took the cue (`By spring the campaign was "out of money," he said.`,
//! also with an adverbial after the source: `…," he said in a statement.`),
//! the quote rules report the quote and the whole is a claim that holds it.
//! `According to X` after the content is
//! [`according_to`](super::according_to)'s.

use crate::attribute::claim_rules::CueAt;
use crate::attribute::clause::content_end;
use crate::attribute::grammar::Ctx;
use crate::attribute::Analyzer;
use crate::scan::tokens::TokKind;
use crate::span::Span;

/// The content's last token when the source at `k` (a comma after the cue)
/// stands in the middle of the sentence, which goes on after it with three words
/// or more that are not a report of their own (`, adding that`, `, citing …`),
/// an adverbial of the cue (`, in a statement`) or a quote.
fn middle_end(ctx: &Ctx, k: usize) -> Option<usize> {
    if !ctx.is_comma(k) {
        return None;
    }
    let n = k + 1;
    if n + 2 >= ctx.e || !ctx.is_word(n) || ctx.verb(n).is_some() {
        return None;
    }
    // An adverbial of the cue: "…, she said, in a statement."
    if matches!(
        ctx.word(n),
        "in" | "on" | "at" | "during" | "according" | "after" | "before" | "while" | "when"
    ) {
        return None;
    }
    let end = content_end(ctx, n, 3, false)?;
    (end >= n + 2).then_some(end)
}

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
    // A source in the middle: the sentence goes on after it.
    if let Some(end) = middle_end(ctx, k) {
        let src = an.source(ctx, c, np, p);
        let mut last = comma - 1;
        while last > start && !ctx.is_word(last) {
            last -= 1;
        }
        if start <= last && ctx.is_word(last) {
            let before = Span::new(ctx.toks[start].span.start, ctx.toks[last].span.end);
            an.push_claim(before, src, p, rule);
        }
        let after = Span::new(ctx.toks[k + 1].span.start, ctx.toks[end].span.end);
        an.push_claim(after, src, p, rule);
        return true;
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
                    name: "a claim ending in a quote",
                    text: "By the spring, the campaign was \"running out of money and of time,\" Kuleba said.",
                    want: (
                        "By the spring, the campaign was \"running out of money and of time,\"",
                        "Dmytro Kuleba",
                    ),
                },
                Case {
                    name: "a claim ending in a quote, the source and an adverbial",
                    text: "The new clinic was \"a promise kept to the valley,\" Kuleba said in a statement.",
                    want: (
                        "The new clinic was \"a promise kept to the valley,\"",
                        "Dmytro Kuleba",
                    ),
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

#[cfg(test)]
mod quote_tests {
    #[test]
    fn a_whole_quote_is_no_claim() {
        for text in [
            "\"The talks will go on,\" Kuleba said.",
            "Kuleba: \"The talks will go on,\" he said.",
            // The words after the source go on into a clause: not an adverbial
            // that ends the sentence.
            "By the spring the clinic was \"a promise kept,\" Kuleba said on Monday as the talks resumed.",
        ] {
            let rows = crate::Extractor::builtin().extract(text).attributions;
            assert!(
                rows.iter().all(|r| r.kind != crate::Kind::Indirect),
                "{text}: {rows:?}"
            );
        }
    }
}
