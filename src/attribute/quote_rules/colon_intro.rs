//! **Colon introduction**: words ending in a colon introduce the quote after
//! them, with or without a cue.
//!
//! ```text
//! Putin said: "We are open to dialogue."      (the colon ends the sentence)
//! And from Chairwoman Delia Marsh:            (no verb: the name before the colon)
//!
//! "Petra brings deep experience."
//! Lee then addressed the crowd: "Go home."   (no cue: the sentence's subject)
//! ```
//!
//! [`at_sentence_end`] records the introduction when a sentence ends; [`find`]
//! gives it to the quote that opens the next one, or to a quote right after a
//! colon in the same sentence that no cue introduces. A quote after a cue and a
//! colon in the same sentence is [`cue_before`](super::cue_before)'s; a name and
//! colon opening the sentence is a [`label`](super::label).

use crate::attribute::grammar::{Ctx, Np, NpKind};
use crate::attribute::quote_rules::{Hit, QuoteAt};
use crate::attribute::{Analyzer, Source};
use crate::scan::lexicon::Pronoun;

pub(super) fn find(an: &mut Analyzer, ctx: &Ctx, at: &QuoteAt) -> Option<Hit> {
    if at.i == ctx.s {
        return at.intro.map(Hit::Source);
    }
    if !ctx.punct(at.i - 1, ':') {
        return None;
    }
    let np = speaker_before_colon(ctx, at.i - 1)?;
    let src = source_without_cue(an, ctx, at.i - 1, np, at.p);
    src.entity.map(|_| Hit::Source(src))
}

/// Who speaks in the words before the colon at `colon`: the name or role right
/// before it ("from Chairwoman Delia Marsh:"), else the sentence's subject.
fn speaker_before_colon(ctx: &Ctx, colon: usize) -> Option<Np> {
    let named = colon
        .checked_sub(1)
        .and_then(|l| ctx.np_ending_at(l, ctx.s))
        .filter(|np| {
            matches!(
                np.kind,
                NpKind::Name | NpKind::Dict { .. } | NpKind::Descriptor
            )
        });
    named.or_else(|| {
        ctx.sentence_subject().filter(|np| {
            np.last < colon
                && match np.kind {
                    NpKind::Pronoun(p) => !matches!(p, Pronoun::It | Pronoun::I),
                    _ => true,
                }
        })
    })
}

/// The source of `np` with no cue: the colon introduces, nothing reports.
fn source_without_cue(an: &mut Analyzer, ctx: &Ctx, colon: usize, np: Np, p: usize) -> Source {
    let mut src = an.source(ctx, colon, np, p);
    src.cue = None;
    src.addressee = None;
    src
}

/// At the end of a sentence: when it ends in a colon, keep who it names as the
/// source of the next sentence's opening quote: the subject of its cue, or with
/// no cue, the speaker before the colon in a short sentence.
pub(in crate::attribute) fn at_sentence_end(
    an: &mut Analyzer,
    ctx: &Ctx,
    subjects: &[Np],
    p: usize,
) {
    if !(ctx.e > ctx.s && ctx.punct(ctx.e - 1, ':')) {
        return;
    }
    let cue = (ctx.s..ctx.e).find(|&c| ctx.verb(c).is_some() && !ctx.cue_blocked(c));
    let with_cue = cue.and_then(|c| {
        an.cue_subject(ctx, c, subjects)
            .map(|np| an.source(ctx, c, np, p))
    });
    // No cue, or one with no subject ("made the following comment:").
    let src = with_cue.or_else(|| {
        (ctx.e - ctx.s <= 16)
            .then(|| speaker_before_colon(ctx, ctx.e - 1))
            .flatten()
            .map(|np| source_without_cue(an, ctx, ctx.e - 1, np, p))
    });
    if let Some(src) = src.filter(|s| s.entity.is_some()) {
        an.intro = Some(src);
    }
}

#[cfg(test)]
mod tests {
    use crate::attribute::quote_rules::tests::{check, Case};

    #[test]
    fn cases() {
        check(
            "colon intro",
            &[
                Case {
                    name: "quote in the next paragraph",
                    text: "Peskov told reporters:\n\n\"The talks were useful and we will go on.\"",
                    want: ("The talks were useful and we will go on.", "Dmitry Peskov"),
                },
                Case {
                    name: "no verb: the name before the colon",
                    text: "And from Chairwoman Delia Marsh:\n\n“Petra brings deep experience in telecommunications.”",
                    want: ("Petra brings deep experience in telecommunications.", "Delia Marsh"),
                },
                Case {
                    name: "no cue: the subject of the sentence",
                    text: "Mayor Ines Calloway then turned to the crowd: \"Go home and rest.\"",
                    want: ("Go home and rest.", "Ines Calloway"),
                },
            ],
        );
    }
}
