//! **Tag after**: a speaker tag right after the quote, in either order.
//!
//! ```text
//! "We will not cross our red lines," Kuleba said.
//! "We will not cross our red lines," said Kuleba.
//! "…," said Douglas Brinkley, a historian who attended.     (apposition kept in the mention)
//! "…," Rep. John Mica (R-Fla.) said.                        (affiliation kept in the mention)
//! "…," Rep. Jim Jordan, an oversight panel member, said.
//! ```
//!
//! Only a tag that starts at the token after the quote (or after its comma) is
//! read here; a cue later in the sentence is [`later_cue`](super::later_cue)'s,
//! a dash signature is [`signature`](super::signature)'s.

use crate::attribute::grammar::{Ctx, Np, NpKind};
use crate::attribute::quote_rules::{Hit, QuoteAt};
use crate::attribute::Analyzer;
use crate::dict::CuePos;
use crate::scan::lexicon::Class;

pub(super) fn find(_: &mut Analyzer, ctx: &Ctx, at: &QuoteAt) -> Option<Hit> {
    let mut k = at.i + 1;
    if ctx.is_comma(k) {
        k += 1;
    }
    if let Some(v) = ctx.verb(k) {
        if v.pos == CuePos::Verb && !ctx.cue_blocked(k) {
            if let Some(mut np) = ctx.tag_speaker_right(k) {
                // "…," said Douglas Brinkley, a historian who attended.
                if let Some(end) = ctx.trailing_apposition(np.last + 1) {
                    np.mention = Some((np.mention.map_or(np.first, |m| m.0), end));
                }
                return Some(Hit::Cue { cue: k, np });
            }
        }
    } else if let Some(mut np) = ctx.np_starting_at(k) {
        let mut j = np.last + 1;
        // "Rep. John Mica (R-Fla.) said": an affiliation between name and verb.
        if let Some(close) = ctx.parenthetical_at(j) {
            np.mention = Some((np.first, close));
            j = close + 1;
        }
        // "…," Rep. Jim Jordan, an oversight panel member, said": an
        // apposition between commas describes the speaker.
        if let Some(close) = ctx.apposition_at(j) {
            np.mention = Some((np.first, close - 1));
            j = close + 1;
        }
        let after_phrase = j;
        while ctx.is_word(j) && ctx.is(j, Class::PreVerbFiller) && j < after_phrase + 2 {
            j += 1;
        }
        if ctx.verb(j).is_some_and(|v| v.pos == CuePos::Verb) && !ctx.cue_blocked(j) {
            return Some(Hit::Cue { cue: j, np });
        }
    }
    // "…," the gambling tycoon told Reuters: a determiner, plain words and a
    // verb; the word before the verb heads the phrase, whatever noun it is.
    if ctx.is(k, Class::Determiner) {
        let verb_at = (k + 2..ctx.e.min(k + 5))
            .find(|&j| ctx.verb(j).is_some_and(|v| v.pos == CuePos::Verb) && !ctx.cue_blocked(j));
        if let Some(j) = verb_at {
            if (k + 1..j).all(|x| ctx.is_word(x) && !ctx.capitalised(x) && ctx.verb(x).is_none()) {
                let the = ctx.word(k).eq_ignore_ascii_case("the");
                let np = Np {
                    first: k,
                    last: j - 1,
                    kind: if the {
                        NpKind::Descriptor
                    } else {
                        NpKind::Group
                    },
                    mention: None,
                };
                return Some(Hit::Cue { cue: j, np });
            }
        }
    }
    // "…," Read said: between the quote and its verb, a capitalised word that is
    // also a common word ("Read", "From", "Guardian") is a name.
    if ctx.capitalised(k)
        && ctx.quote_at(at.i).is_some()
        && ctx.verb(k + 1).is_some_and(|v| v.pos == CuePos::Verb)
        && !ctx.cue_blocked(k + 1)
        && ctx.class(k).pronoun().is_none()
        && !ctx.is(k, Class::Determiner)
    {
        let np = Np {
            first: k,
            last: k,
            kind: NpKind::Name,
            mention: None,
        };
        return Some(Hit::Cue { cue: k + 1, np });
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::attribute::quote_rules::tests::{check, Case};

    #[test]
    fn cases() {
        check(
            "tag after",
            &[
                Case {
                    name: "name then verb",
                    text: "\"We will not cross our red lines,\" Kuleba said.",
                    want: ("We will not cross our red lines,", "Dmytro Kuleba"),
                },
                Case {
                    name: "inverted verb then name",
                    text: "\"The talks were useful,\" said Peskov.",
                    want: ("The talks were useful,", "Dmitry Peskov"),
                },
                Case {
                    name: "a surname that is also a common word",
                    text: "\"We will not move,\" Read said.",
                    want: ("We will not move,", "Read"),
                },
                Case {
                    name: "a determiner and any noun before the verb",
                    text: "\"It was very nice,\" the gambling tycoon told reporters.",
                    want: ("It was very nice,", "gambling tycoon"),
                },
                Case {
                    name: "pronoun",
                    text: "Macron spoke first. \"We are ready,\" he said.",
                    want: ("We are ready,", "Emmanuel Macron"),
                },
                Case {
                    name: "affiliation in parentheses",
                    text: "\"It is a bad deal,\" Rep. John Mica (R-Fla.) said.",
                    want: ("It is a bad deal,", "John Mica"),
                },
                Case {
                    name: "apposition between commas",
                    text: "\"It is a bad deal,\" Anna Berg, a professor at Lund, said.",
                    want: ("It is a bad deal,", "Anna Berg"),
                },
            ],
        );
    }
}
