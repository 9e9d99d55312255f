//! Sentences over a paragraph's tokens.
//!
//! A quote is one token, so periods inside it never end a sentence; a sentence
//! ends after `.`, `!` or `?` before a capitalised word, a digit or a quote, and
//! after a quote ending in such a mark unless a speaker tag follows it.

use crate::scan::lexicon::Class;
use crate::scan::quotes::Quote;
use crate::scan::tokens::{Tok, TokKind};

/// Sentences of a paragraph's tokens, as half-open token ranges. A sentence ends
/// after `.`, `!` or `?` before a capitalised word, digit or quote; and after a quote
/// ending in such a mark, unless a speaker tag follows (`"…?" Putin asked`).
pub(crate) fn sentences(toks: &[Tok], text: &str, quotes: &[Quote], out: &mut Vec<(usize, usize)>) {
    out.clear();
    crate::work::ticks(toks.len());
    let mut start = 0;
    for i in 0..toks.len() {
        // Only a period, `!`, `?`, `…` or a quote ends a sentence: most tokens are
        // ruled out before the next one is read.
        if !matches!(
            toks[i].kind,
            TokKind::Punct('.' | '!' | '?' | '…') | TokKind::Quote(_)
        ) {
            continue;
        }
        let Some(next) = toks.get(i + 1) else { break };
        let next_starts = match next.kind {
            TokKind::Word => next.capital || text.as_bytes()[next.span.start].is_ascii_digit(),
            TokKind::Quote(_) => true,
            TokKind::Punct(c) => matches!(c, '(' | '[' | '“' | '"' | '‘' | '\''),
        };
        if !next_starts {
            continue;
        }
        let ends = match toks[i].kind {
            TokKind::Quote(q) => {
                let quote = &quotes[q as usize];
                let last = text[quote.inner.start..quote.inner.end].chars().next_back();
                quote.closed
                    && matches!(last, Some('.' | '!' | '?' | '…'))
                    && !tag_follows(toks, text, i + 1, last == Some('.'))
            }
            _ => true,
        };
        if ends {
            out.push((start, i + 1));
            start = i + 1;
        }
    }
    if start < toks.len() {
        out.push((start, toks.len()));
    }
}

/// Whether a speaker tag (`Putin asked Macron.`, `said Kuleba.`) starts at token `k`.
/// After a quote ending in a period, a capitalised pronoun starts a new sentence.
fn tag_follows(toks: &[Tok], text: &str, k: usize, after_period: bool) -> bool {
    let mut i = k;
    let mut words = 0;
    while i < toks.len() && words <= 5 {
        let t = &toks[i];
        if !t.is_word() {
            return false;
        }
        if t.cue.is_some() {
            // The cue must end its clause: a tag, not "Putin said the deal …".
            let after = i + t.cue.map_or(1, |c| usize::from(c.len));
            return words > 0 && tag_ends(toks, text, after)
                || words == 0 && after < toks.len() && toks[after].is_word();
        }
        let class = t.class;
        if after_period && words == 0 && class.pronoun().is_some() {
            return false;
        }
        if !(t.capital
            || class.pronoun().is_some()
            || class.has(Class::Determiner)
            || class.has(Class::SpeakerNoun)
            || class.has(Class::SpeakerModifier))
        {
            return false;
        }
        words += 1;
        i += 1;
    }
    false
}

/// Whether the clause is over at token `k`: the end, punctuation, or a short
/// adverbial before it.
fn tag_ends(toks: &[Tok], text: &str, k: usize) -> bool {
    let mut i = k;
    while i < toks.len() && i < k + 8 {
        match toks[i].kind {
            TokKind::Punct(_) | TokKind::Quote(_) => return true,
            TokKind::Word => {
                let w = &text[toks[i].span.start..toks[i].span.end];
                let class = toks[i].class;
                if i == k
                    && !(class.has(Class::AdverbialPreposition)
                        || class.has(Class::PreVerbFiller)
                        || class.has(Class::ObjectPronoun)
                        || toks[i].capital
                        || w.eq_ignore_ascii_case("reporters")
                        || w.eq_ignore_ascii_case("journalists")
                        // "said of Apple", "asked as he left", "told to a crowd",
                        // "asked rhetorically".
                        || matches!(w, "of" | "as" | "to" | "about" | "while" | "when")
                        || (w.len() > 4 && w.ends_with("ly")))
                {
                    return false;
                }
            }
        }
        i += 1;
    }
    i == toks.len()
}
