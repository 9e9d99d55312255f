//! **Continuation**: a quote that opens a sentence or a paragraph, with no cue of
//! its own, continues the previous speaker.
//!
//! ```text
//! "We will not cross our red lines," Kuleba said. "No one will force us."
//! ```
//!
//! The previous speaker is the last tagged quote's in the same paragraph, or the
//! last attribution's when the quote opens the next paragraph or continues a
//! quote left open. A tag whose pronoun found no antecedent still passes on its
//! mention (`"…," she said. "…"` gives both fragments the mention `she`). A quote over several paragraphs whose tag stands on a later
//! paragraph is joined afterwards by [`multi_paragraph`](super::multi_paragraph).

use crate::attribute::grammar::Ctx;
use crate::attribute::quote_rules::{Hit, QuoteAt};
use crate::attribute::{Analyzer, Source};
use crate::{Kind, Method};

pub(super) fn find(an: &mut Analyzer, ctx: &Ctx, at: &QuoteAt) -> Option<Hit> {
    let (i, p) = (at.i, at.p);
    if !(at.kind == Kind::Direct && (i == ctx.s || at.quote.continued)) {
        return None;
    }
    // The last quote with a speaker or a mention in this paragraph, else the
    // last row with one.
    let (not_claim, any) = an.last_spoken.get(&an.found);
    let previous = not_claim
        .filter(|&f| an.found[f].paragraph == p)
        .or(any)
        .map(|f| &an.found[f])?;
    let same_paragraph = previous.paragraph == p;
    let paragraph_start = i == 0 && previous.paragraph + 1 == p;
    let source = Source {
        entity: previous.entity,
        method: Method::Continuation,
        mention: previous.mention,
        cue: previous.cue,
        addressee: None,
    };
    (same_paragraph || paragraph_start || at.quote.continued).then_some(Hit::Source(source))
}

#[cfg(test)]
mod tests {
    use crate::attribute::quote_rules::tests::{check, Case};

    #[test]
    fn cases() {
        check(
            "continuation",
            &[
                Case {
                    name: "next sentence",
                    text: "\"We will not cross our red lines,\" Kuleba said. \"No one will force us.\"",
                    want: ("No one will force us.", "Dmytro Kuleba"),
                },
                Case {
                    name: "next paragraph",
                    text: "\"We are ready,\" Peskov said.\n\n\"The Kremlin will answer in time.\"",
                    want: ("The Kremlin will answer in time.", "Dmitry Peskov"),
                },
            ],
        );
    }
}
