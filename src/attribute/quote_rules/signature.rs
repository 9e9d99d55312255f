//! **Signature**: a name signing the quote after a dash, ending the sentence.
//!
//! ```text
//! "We will rebuild." ― Karen Bobadilla
//! "We will rebuild." -- Karen Bobadilla.
//! "We will rebuild." -Commissioner Tobias Wrenfield
//! ```
//!
//! A signature may also stand as a paragraph of its own after the quote's
//! paragraph ([`signature_paragraph`]):
//!
//! ```text
//! "I was the one saying you're going to wreck the economy."
//!
//! - Clinton.
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

/// Whether the sentence at `ctx` is a paragraph that only signs the quote
/// ending the paragraph before (`- Clinton.`); if so, that quote, when no rule
/// found its speaker, is the signer's.
pub(in crate::attribute) fn signature_paragraph(an: &mut Analyzer, ctx: &Ctx, p: usize) -> bool {
    if ctx.s != 0
        || p == 0
        || !matches!(
            ctx.tok_kind(ctx.s),
            Some(TokKind::Punct('-' | '―' | '—' | '–'))
        )
    {
        return false;
    }
    let Some(np) = ctx.np_starting_at(ctx.s + 1) else {
        return false;
    };
    let rest_is_punct =
        (np.last + 1..ctx.e).all(|x| matches!(ctx.tok_kind(x), Some(TokKind::Punct(_))));
    if !matches!(np.kind, NpKind::Name | NpKind::Dict { .. })
        || !rest_is_punct
        || ctx.e != ctx.toks.len()
    {
        return false;
    }
    let Some(last) = an.found.last() else {
        return false;
    };
    if last.paragraph + 1 != p || last.kind == crate::Kind::Indirect || last.entity.is_some() {
        return false;
    }
    let mut src = an.source(ctx, ctx.s, np, p);
    src.cue = Some((ctx.toks[ctx.s].span, None));
    src.addressee = None;
    let f = an.found.len() - 1;
    let found = &mut an.found[f];
    found.entity = src.entity;
    found.mention = src.mention;
    found.cue = src.cue;
    found.method = if src.entity.is_some() {
        src.method
    } else {
        crate::Method::None
    };
    found.rule = "signature";
    an.last_spoken.given_speaker(f, &an.found[f]);
    true
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
                    name: "a paragraph of its own",
                    text: "\"I was the one saying you are going to wreck the economy.\"\n\n- Ana Ruiz.",
                    want: ("I was the one saying you are going to wreck the economy.", "Ana Ruiz"),
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
