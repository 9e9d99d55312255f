//! The quote rules: who spoke a quote, tried in order, the first that finds a
//! source winning. Each rule is a file of this folder, with its pattern, an
//! example and its cases; the order is [`QUOTE_RULES`].
//!
//! | # | rule | pattern |
//! |---|------|---------|
//! | 1 | [`title`] | `NBC's "Meet the Press"` · `his book, "The Art of the Deal"` (no one's speech) |
//! | 2 | [`label`] | `Ferris: ‘…’` · `RAMOS: …` · `A: …` (transcripts) |
//! | 3 | [`tag_after`] | `"…," Macron said` · `"…," said Kuleba` · `"…," he added` |
//! | 4 | [`signature`] | `"…" ― Karen Bobadilla` · `"…" -Tobias Wrenfield` |
//! | 5 | [`cue_before`] | `Putin said, "…"` · `told reporters: "…"` |
//! | 6 | [`governing_cue`] | `The French leader said … his "readiness …"` |
//! | 7 | [`later_cue`] | `"…" to the Minsk agreements, Putin said` |
//! | 8 | [`colon_intro`] | `Putin said:` or `And from Chairwoman Delia Marsh:` before |
//! | 9 | [`continuation`] | a quote opening a sentence or paragraph with no cue |
//!
//! After the whole article, [`multi_paragraph`] gives a quote over several
//! paragraphs the speaker of its tagged paragraph.
//!
//! A quote no rule attributes is still reported, with no speaker, when its words
//! read as speech (five words or more, not all capitalised); shorter ones are
//! taken for titles, nicknames or scare quotes.
//!
//! To add a pattern: write a rule file with a `find` of the [`QuoteRule`]
//! shape, its doc and its cases, and put it in its place in [`QUOTE_RULES`].

mod colon_intro;
mod continuation;
mod cue_before;
mod governing_cue;
mod label;
mod later_cue;
mod multi_paragraph;
mod signature;
mod tag_after;
mod title;

pub(super) use colon_intro::at_sentence_end as colon_intro_at_sentence_end;
pub(super) use signature::signature_paragraph;

use crate::attribute::grammar::{Ctx, Np};
use crate::attribute::{Analyzer, Found, Source};
use crate::scan::quotes::Quote;
use crate::scan::tokens::TokKind;
use crate::span::Span;
use crate::{Kind, Method};

/// A quote rule: its name (what the tests check) and how it finds a source.
pub(super) struct QuoteRule {
    pub name: &'static str,
    pub find: fn(&mut Analyzer, &Ctx, &QuoteAt) -> Option<Hit>,
}

/// The quote rules, in the order they are tried.
pub(super) const QUOTE_RULES: &[QuoteRule] = &[
    QuoteRule {
        name: "title",
        find: title::find,
    },
    QuoteRule {
        name: "label",
        find: label::find,
    },
    QuoteRule {
        name: "tag after",
        find: tag_after::find,
    },
    QuoteRule {
        name: "signature",
        find: signature::find,
    },
    QuoteRule {
        name: "cue before",
        find: cue_before::find,
    },
    QuoteRule {
        name: "governing cue",
        find: governing_cue::find,
    },
    QuoteRule {
        name: "later cue",
        find: later_cue::find,
    },
    QuoteRule {
        name: "colon intro",
        find: colon_intro::find,
    },
    QuoteRule {
        name: "continuation",
        find: continuation::find,
    },
];

/// The name given to a quote that no rule attributes.
pub(super) const UNATTRIBUTED: &str = "none";

/// Where a quote stands, for the rules.
pub(super) struct QuoteAt<'s> {
    /// The quote's token.
    pub i: usize,
    /// The paragraph.
    pub p: usize,
    pub quote: Quote,
    pub kind: Kind,
    /// The source a colon introduction at the end of the previous sentence gave.
    pub intro: Option<Source>,
    /// The subjects of the sentence's cues so far.
    pub subjects: &'s [Np],
}

/// What a rule found: a cue and its speaker phrase (resolved by the caller, who
/// also marks the cue used), a source already resolved, or that the quoted
/// words are no one's speech (an interviewer's question, a title).
pub(super) enum Hit {
    Cue { cue: usize, np: Np },
    Source(Source),
    NotSpeech,
}

/// The cue at `c` with its subject, when it has one and is not blocked.
fn usable_cue(an: &Analyzer, ctx: &Ctx, c: usize, subjects: &[Np]) -> Option<Hit> {
    if ctx.cue_blocked(c) {
        return None;
    }
    an.cue_subject(ctx, c, subjects)
        .map(|np| Hit::Cue { cue: c, np })
}

impl Analyzer<'_> {
    /// Attribute the quote at token `i` (quote `q`, paragraph `p`).
    // Out of line: inlined into the sentence walk, it makes the walk too large to
    // keep its loop in registers.
    #[inline(never)]
    pub(super) fn quote(
        &mut self,
        ctx: &Ctx,
        i: usize,
        q: usize,
        p: usize,
        intro: Option<Source>,
        subjects: &mut Vec<Np>,
    ) {
        let quote = ctx.quotes[q];
        let kind = quote_kind(ctx, i, &quote);
        let at = QuoteAt {
            i,
            p,
            quote,
            kind,
            intro,
            subjects,
        };
        let hit = QUOTE_RULES
            .iter()
            .find_map(|rule| (rule.find)(self, ctx, &at).map(|hit| (rule.name, hit)));
        let resolved = match hit {
            Some((rule, Hit::Cue { cue: c, np })) => {
                self.used[c] =
                    self.used[c] || c > i || (c + 6 >= i && matches!(kind, Kind::Direct));
                subjects.push(np);
                Some((rule, self.source(ctx, c, np, p)))
            }
            Some((rule, Hit::Source(src))) => Some((rule, src)),
            Some((_, Hit::NotSpeech)) => return,
            None => None,
        };
        let text = quote.inner;
        match resolved {
            Some((rule, src)) => {
                if let Some(e) = src.entity {
                    self.discourse.spoke(text.start, e, p);
                }
                self.found
                    .push(Found::new(kind, text, src, p, Some(q), rule));
            }
            None if speech_like(ctx.text, text) => self.found.push(Found {
                kind,
                text,
                entity: None,
                mention: None,
                method: Method::None,
                cue: None,
                addressee: None,
                paragraph: p,
                claim: None,
                quote: Some(q),
                rule: UNATTRIBUTED,
            }),
            None => {}
        }
    }
}

/// Direct when the quote stands as its own sentence or is introduced by a colon,
/// dash or a cue and comma; partial when the reporter's sentence runs into it.
fn quote_kind(ctx: &Ctx, i: usize, quote: &Quote) -> Kind {
    if quote.continued || i == ctx.s {
        return Kind::Direct;
    }
    match ctx.toks[i - 1].kind {
        TokKind::Punct(':' | '—' | '–' | '-') | TokKind::Quote(_) => Kind::Direct,
        TokKind::Punct(',') => {
            if ctx.memo.cue_before(ctx, i) {
                Kind::Direct
            } else {
                Kind::Partial
            }
        }
        _ => Kind::Partial,
    }
}

/// Whether unattributed quoted words read as speech rather than a title, a
/// nickname or scare quotes: five words or more, not all capitalised.
fn speech_like(text: &str, inner: Span) -> bool {
    let words: Vec<&str> = text[inner.start..inner.end]
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() < 5 {
        return false;
    }
    let title_case = words
        .iter()
        .filter(|w| w.len() > 3)
        .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    !title_case
}

#[cfg(test)]
pub(super) mod tests {
    pub(in crate::attribute) use crate::attribute::tests::{check, Case};

    #[test]
    fn unattributed_speech_is_kept_and_titles_are_not() {
        check(
            "none",
            &[Case {
                name: "a long quote with no tag anywhere",
                text: "In red letters on the wall: \"we will not go back to the old ways\"",
                want: ("we will not go back to the old ways", ""),
            }],
        );
        let rows = crate::Extractor::builtin()
            .extract("He watched \"Meet the Press\" on Sunday.")
            .attributions;
        assert!(rows.is_empty(), "{rows:?}");
    }
}
