//! Tokens of a paragraph's narration, with each quote standing as one token, and
//! sentences over them.
//!
//! The attribution rules read the reporter's words around quotes, never the words
//! inside them, so a quote is one opaque token here: periods inside it do not end a
//! sentence and verbs inside it are not cues. Dictionary matches (speakers and cues)
//! found by the automata over the whole text are pinned to the tokens they start at.

use crate::dict::{CueMatch, SpeakerMatch};
use crate::lexicon;
use crate::quotes::Quote;
use crate::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokKind {
    Word,
    Punct(char),
    /// A quote, by its index in the document's quote list.
    Quote(usize),
}

/// A cue pinned to its first token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct CueAt {
    pub verb: usize,
    /// How many tokens the cue covers ("according to" covers two).
    pub len: usize,
}

/// A speaker alias pinned to its first token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct SpeakerAt {
    pub speaker: usize,
    pub is_role: bool,
    pub len: usize,
    /// The alias ends inside its last token, as in "Putin's".
    pub possessive: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Tok {
    pub span: Span,
    pub kind: TokKind,
    pub cue: Option<CueAt>,
    pub speaker: Option<SpeakerAt>,
}

impl Tok {
    pub fn is_word(&self) -> bool {
        self.kind == TokKind::Word
    }

    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokKind::Punct(c)
    }

    pub fn quote(&self) -> Option<usize> {
        match self.kind {
            TokKind::Quote(q) => Some(q),
            _ => None,
        }
    }
}

/// Tokenise `para` into `out` (cleared first). `quotes[range]` are the quotes of
/// this paragraph; `cues` and `speakers` are the document's matches in text order.
pub(crate) fn tokenize(
    text: &str,
    para: Span,
    quotes: &[Quote],
    range: std::ops::Range<usize>,
    cues: &[CueMatch],
    speakers: &[SpeakerMatch],
    out: &mut Vec<Tok>,
) {
    out.clear();
    let bytes = text.as_bytes();
    let mut q = range.start;
    let mut at = para.start;
    while at < para.end {
        if q < range.end && quotes[q].outer.start <= at {
            out.push(Tok {
                span: quotes[q].outer,
                kind: TokKind::Quote(q),
                cue: None,
                speaker: None,
            });
            at = at.max(quotes[q].outer.end);
            q += 1;
            continue;
        }
        let limit = if q < range.end {
            quotes[q].outer.start
        } else {
            para.end
        };
        if bytes[at].is_ascii_whitespace() {
            at += 1;
            continue;
        }
        let b = bytes[at];
        let c = if b < 0x80 {
            b as char
        } else {
            text[at..].chars().next().expect("in bounds")
        };
        let alnum = if b < 0x80 {
            b.is_ascii_alphanumeric()
        } else {
            c.is_alphanumeric()
        };
        if alnum {
            let end = word_end(text, at, limit);
            out.push(Tok {
                span: Span::new(at, end),
                kind: TokKind::Word,
                cue: None,
                speaker: None,
            });
            at = end;
        } else if c.is_whitespace() {
            at += c.len_utf8();
        } else {
            out.push(Tok {
                span: Span::new(at, at + c.len_utf8()),
                kind: TokKind::Punct(c),
                cue: None,
                speaker: None,
            });
            at += c.len_utf8();
        }
    }
    pin(out, text, cues, |t, m, len, _| {
        t.cue = Some(CueAt { verb: m.verb, len });
    });
    pin(out, text, speakers, |t, m, len, possessive| {
        t.speaker = Some(SpeakerAt {
            speaker: m.speaker,
            is_role: m.is_role,
            len,
            possessive,
        });
    });
}

trait Located {
    fn span(&self) -> Span;
}

impl Located for CueMatch {
    fn span(&self) -> Span {
        self.span
    }
}

impl Located for SpeakerMatch {
    fn span(&self) -> Span {
        self.span
    }
}

/// Pin matches to the tokens they start at; a match must start at a token start
/// and end at a token end, or inside it before a possessive `'s`.
fn pin<M: Located + Copy>(
    toks: &mut [Tok],
    text: &str,
    matches: &[M],
    mut set: impl FnMut(&mut Tok, M, usize, bool),
) {
    let Some(first) = toks.first() else { return };
    let Some(last) = toks.last() else { return };
    let (start, end) = (first.span.start, last.span.end);
    let from = matches.partition_point(|m| m.span().start < start);
    let mut t = 0;
    for m in &matches[from..] {
        let span = m.span();
        if span.start >= end {
            break;
        }
        while t < toks.len() && toks[t].span.start < span.start {
            t += 1;
        }
        if t == toks.len() || toks[t].span.start != span.start || !toks[t].is_word() {
            continue;
        }
        let mut k = t;
        while k + 1 < toks.len() && toks[k + 1].span.start < span.end {
            k += 1;
        }
        let tok_end = toks[k].span.end;
        if !toks[k].is_word() {
            continue;
        }
        let possessive = if tok_end == span.end {
            false
        } else if matches!(&text[span.end..tok_end], "'s" | "’s" | "'" | "’") {
            true
        } else {
            continue;
        };
        set(&mut toks[t], *m, k - t + 1, possessive);
    }
}

/// The end of the word starting at `at`: letters and digits, joined by inner
/// apostrophes (`didn't`), hyphens (`far-reaching`), and periods or commas between
/// digits or in abbreviations (`U.S.`, `110,000`); a title such as `Mr.` keeps its
/// period.
fn word_end(text: &str, at: usize, limit: usize) -> usize {
    let bytes = text.as_bytes();
    let decode = |i: usize| -> Option<char> {
        if i >= limit {
            None
        } else if bytes[i] < 0x80 {
            Some(bytes[i] as char)
        } else {
            text[i..limit].chars().next()
        }
    };
    let mut end = at;
    let mut dotted = false;
    let mut prev = '\0';
    let mut i = at;
    while let Some(c) = decode(i) {
        let len = c.len_utf8();
        let alnum = if c.is_ascii() {
            c.is_ascii_alphanumeric()
        } else {
            c.is_alphanumeric()
        };
        if alnum {
            end = i + len;
        } else {
            let next = decode(i + len);
            let joins = match c {
                // "didn't", "far-reaching"
                '\'' | '’' | '-' | '‑' => {
                    prev.is_alphanumeric() && next.is_some_and(char::is_alphanumeric)
                }
                // "U.S", "a.m": a period between letters with no space.
                '.' if prev.is_alphabetic()
                    && next.is_some_and(char::is_alphabetic)
                    && !next.is_some_and(|n| n.is_lowercase() && prev.is_uppercase()) =>
                {
                    dotted = true;
                    true
                }
                // "110,000", "2.5"
                '.' | ',' => prev.is_ascii_digit() && next.is_some_and(|n| n.is_ascii_digit()),
                _ => false,
            };
            if !joins {
                break;
            }
        }
        prev = c;
        i += len;
    }
    // A trailing period belongs to abbreviations: "U.S.", "Mr.", single initials.
    if text[end..limit].starts_with('.') {
        let word = &text[at..end];
        let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
        if dotted || initial || lexicon::abbreviation(word) {
            end += 1;
        }
    }
    end
}

/// Sentences of a paragraph's tokens, as half-open token ranges. A sentence ends
/// after `.`, `!` or `?` before a capitalised word, digit or quote; and after a quote
/// ending in such a mark, unless a speaker tag follows (`"…?" Putin asked`).
pub(crate) fn sentences(toks: &[Tok], text: &str, quotes: &[Quote], out: &mut Vec<(usize, usize)>) {
    out.clear();
    let mut start = 0;
    for i in 0..toks.len() {
        let Some(next) = toks.get(i + 1) else { break };
        let next_starts = match next.kind {
            TokKind::Word => text[next.span.start..]
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()),
            TokKind::Quote(_) => true,
            TokKind::Punct(c) => matches!(c, '(' | '[' | '“' | '"' | '‘' | '\''),
        };
        if !next_starts {
            continue;
        }
        let ends = match toks[i].kind {
            TokKind::Punct('.' | '!' | '?' | '…') => true,
            TokKind::Quote(q) => {
                let quote = &quotes[q];
                let last = text[quote.inner.start..quote.inner.end].chars().next_back();
                quote.closed
                    && matches!(last, Some('.' | '!' | '?' | '…'))
                    && !tag_follows(toks, text, i + 1, last == Some('.'))
            }
            _ => false,
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
    let word = |i: usize| &text[toks[i].span.start..toks[i].span.end];
    let mut i = k;
    let mut words = 0;
    while i < toks.len() && words <= 5 {
        let t = &toks[i];
        if !t.is_word() {
            return false;
        }
        if t.cue.is_some() {
            // The cue must end its clause: a tag, not "Putin said the deal …".
            let after = i + t.cue.map_or(1, |c| c.len);
            return words > 0 && tag_ends(toks, text, after)
                || words == 0 && after < toks.len() && toks[after].is_word();
        }
        let w = word(i);
        if after_period && words == 0 && lexicon::pronoun(w).is_some() {
            return false;
        }
        let capital = w.chars().next().is_some_and(char::is_uppercase);
        if !(capital
            || lexicon::pronoun(w).is_some()
            || lexicon::determiner(w)
            || lexicon::speaker_noun(w)
            || lexicon::speaker_modifier(w))
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
                if i == k
                    && !(lexicon::adverbial_preposition(w)
                        || lexicon::pre_verb_filler(w)
                        || lexicon::object_pronoun(w)
                        || w.chars().next().is_some_and(char::is_uppercase)
                        || w.eq_ignore_ascii_case("reporters")
                        || w.eq_ignore_ascii_case("journalists"))
                {
                    return false;
                }
            }
        }
        i += 1;
    }
    i == toks.len()
}
