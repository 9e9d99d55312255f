//! **Signature**: a name signing the quote after a dash, ending the sentence.
//!
//! ```text
//! "We will rebuild." ― Karen Bobadilla
//! "We will rebuild." -- Karen Bobadilla.
//! "We will rebuild." -Commissioner Tobias Wrenfield
//! ```
//!
//! The dash stands as the cue. A tag with a verb after the quote is
//! [`tag_after`](super::tag_after)'s, which is tried first.

use crate::attribute::grammar::{Ctx, NpKind};
use crate::attribute::quote_rules::{Hit, QuoteAt};
use crate::attribute::Analyzer;
use crate::scan::tokens::TokKind;
use crate::span::Span;

pub(super) fn find(an: &mut Analyzer, ctx: &Ctx, at: &QuoteAt) -> Option<Hit> {
    let k = at.i + 1;
    let dash = matches!(ctx.tok_kind(k), Some(TokKind::Punct('―' | '—' | '–')));
    let double_hyphen = ctx.punct(k, '-') && ctx.punct(k + 1, '-');
    // "-Tobias Wrenfield", " - Tobias Wrenfield": one hyphen, then a name.
    let hyphen = ctx.punct(k, '-') && ctx.capitalised(k + 1);
    if !(dash || double_hyphen || hyphen) {
        return None;
    }
    let np = ctx.np_starting_at(if double_hyphen { k + 2 } else { k + 1 })?;
    if !matches!(np.kind, NpKind::Name | NpKind::Dict { .. }) {
        return None;
    }
    let after = np.last + 1;
    if after < ctx.e
        && !matches!(
            ctx.tok_kind(after),
            Some(TokKind::Punct('.' | ',' | ';') | TokKind::Quote(_))
        )
    {
        return None;
    }
    let last = if double_hyphen { k + 1 } else { k };
    let mut src = an.source(ctx, k, np, at.p);
    src.cue = Some((
        Span::new(ctx.toks[k].span.start, ctx.toks[last].span.end),
        None,
    ));
    Some(Hit::Source(src))
}

#[cfg(test)]
mod tests {
    use crate::attribute::quote_rules::tests::{check, Case};

    #[test]
    fn cases() {
        check(
            "signature",
            &[
                Case {
                    name: "em dash",
                    text: "\"We will rebuild the bridge by spring.\" — Karen Bobadilla",
                    want: ("We will rebuild the bridge by spring.", "Karen Bobadilla"),
                },
                Case {
                    name: "one hyphen and a title",
                    text: "“Mara is a real expert and will serve the agency well.” -Commissioner Tobias Wrenfield",
                    want: ("Mara is a real expert and will serve the agency well.", "Tobias Wrenfield"),
                },
                Case {
                    name: "double hyphen",
                    text: "\"We will rebuild the bridge by spring.\" -- Karen Bobadilla.",
                    want: ("We will rebuild the bridge by spring.", "Karen Bobadilla"),
                },
            ],
        );
    }
}
