//! Tokens of a paragraph's narration, with each quote standing as one token, and
//! sentences over them.
//!
//! The attribution rules read the reporter's words around quotes, never the words
//! inside them, so a quote is one opaque token here: periods inside it do not end a
//! sentence and verbs inside it are not cues. Each word token is looked up in the
//! dictionaries' automata (speakers and cues), and a match is pinned to the token it
//! starts at.

use crate::dict::{DictIndex, Entry, SpeakerDict};
use crate::lexicon::{self, Class, Classes};
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
    /// A word whose first letter is a capital.
    pub capital: bool,
    /// The closed word classes of a word.
    pub class: Classes,
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

/// Tokenise `para` into `out` (cleared first), with the dictionaries' matches
/// pinned to their first tokens. `quotes[range]` are the quotes of this paragraph.
pub(crate) fn tokenize(
    text: &str,
    para: Span,
    quotes: &[Quote],
    range: std::ops::Range<usize>,
    (index, speakers): (&DictIndex, &SpeakerDict),
    out: &mut Vec<Tok>,
) {
    lex(text, para, quotes, range, out);
    pin(out, text, para.end, index, speakers);
}

/// Split `para` into word, punctuation and quote tokens.
pub(crate) fn lex(
    text: &str,
    para: Span,
    quotes: &[Quote],
    range: std::ops::Range<usize>,
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
                capital: false,
                class: Classes::default(),
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
                capital: if b < 0x80 {
                    b.is_ascii_uppercase()
                } else {
                    c.is_uppercase()
                },
                class: lexicon::token_classes(bytes, at, end),
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
                capital: false,
                class: Classes::default(),
                cue: None,
                speaker: None,
            });
            at += c.len_utf8();
        }
    }
}

/// Pin dictionary matches to the word tokens they start at. A match must end at the
/// end of a word token, or inside it before a possessive `'s`; names must match in
/// their own case. The longest cue and the longest speaker alias win, and matches of
/// one kind do not overlap.
fn pin(toks: &mut [Tok], text: &str, limit: usize, index: &DictIndex, speakers: &SpeakerDict) {
    let bytes = text.as_bytes();
    let (mut cue_free, mut speaker_free) = (0, 0);
    for t in 0..toks.len() {
        if t < cue_free && t < speaker_free || !toks[t].is_word() {
            continue;
        }
        let start = toks[t].span.start;
        let mut cue = None;
        let mut speaker = None;
        let mut k = t;
        index.matches_at(bytes, start, limit, |entry, end| {
            while k + 1 < toks.len() && toks[k + 1].span.start < end {
                k += 1;
            }
            let tok = &toks[k];
            if !tok.is_word() || end > tok.span.end {
                return;
            }
            let possessive = if tok.span.end == end {
                false
            } else if matches!(&text[end..tok.span.end], "'s" | "’s") {
                true
            } else {
                return;
            };
            let len = k - t + 1;
            match entry {
                Entry::Cue(verb) => cue = Some(CueAt { verb, len }),
                Entry::Alias(alias) if speakers.accepts(alias, &text[start..end]) => {
                    let (speaker_index, is_role) = speakers.alias(alias);
                    speaker = Some(SpeakerAt {
                        speaker: speaker_index,
                        is_role,
                        len,
                        possessive,
                    });
                }
                _ => {}
            }
        });
        if t >= cue_free {
            if let Some(c) = cue {
                toks[t].cue = Some(c);
                cue_free = t + c.len;
            }
        }
        if t >= speaker_free {
            if let Some(sp) = speaker {
                toks[t].speaker = Some(sp);
                speaker_free = t + sp.len;
            }
        }
    }
}

/// The end of the word starting at `at`: letters and digits, joined by inner
/// apostrophes (`didn't`), hyphens (`far-reaching`), and periods or commas between
/// digits or in abbreviations (`U.S.`, `110,000`); a title such as `Mr.` keeps its
/// period.
#[inline]
fn word_end(text: &str, at: usize, limit: usize) -> usize {
    let bytes = text.as_bytes();
    // Most words are a run of ASCII letters and digits ended by a byte that cannot
    // join words: no need to decode anything.
    let run = ascii_alnum_run(bytes, at, limit);
    if run == limit || bytes[run] < 0x80 && !matches!(bytes[run], b'\'' | b'-' | b'.' | b',') {
        return run;
    }
    joined_word_end(text, at, run, limit)
}

/// [`word_end`] past the ASCII run `at..run`, when the byte after it may join.
#[inline(never)]
fn joined_word_end(text: &str, at: usize, run: usize, limit: usize) -> usize {
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
    // Go on from the end of the ASCII run, with the state the loop below would
    // have reached over it.
    let mut end = run;
    let mut dotted = false;
    let mut prev = if run > at {
        bytes[run - 1] as char
    } else {
        '\0'
    };
    let mut i = run;
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
        if dotted || initial || lexicon::classes(word).has(Class::Abbreviation) {
            end += 1;
        }
    }
    end
}

/// The end of the run of ASCII letters and digits starting at `at`, eight bytes at
/// a time.
#[inline]
fn ascii_alnum_run(bytes: &[u8], at: usize, limit: usize) -> usize {
    const EACH: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut i = at;
    while i + 8 <= limit {
        let x = u64::from_le_bytes(bytes[i..i + 8].try_into().expect("eight bytes"));
        // Bit 7 of each byte of `alnum` is set for an ASCII letter or digit: range
        // checks on the low seven bits, which cannot carry into the next byte.
        let low = x & !HIGH;
        let digit = (low + EACH * (0x80 - b'0' as u64)) & !(low + EACH * (0x7F - b'9' as u64));
        let folded = low | (EACH * 0x20);
        let letter =
            (folded + EACH * (0x80 - b'a' as u64)) & !(folded + EACH * (0x7F - b'z' as u64));
        let alnum = (digit | letter) & !x & HIGH;
        let other = !alnum & HIGH;
        if other != 0 {
            return i + (other.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < limit && bytes[i].is_ascii_alphanumeric() {
        i += 1;
    }
    i
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
            TokKind::Word => next.capital || text.as_bytes()[next.span.start].is_ascii_digit(),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alnum_run_stops_at_the_first_other_byte() {
        let naive = |bytes: &[u8], at: usize, limit: usize| {
            (at..limit)
                .find(|&i| !bytes[i].is_ascii_alphanumeric())
                .unwrap_or(limit)
        };
        // Every byte value, at every position of a word longer than eight bytes.
        for b in 0..=255u8 {
            for pos in 0..20 {
                let mut bytes = b"Abcdefghij0123456789Zz".to_vec();
                bytes[pos] = b;
                for limit in [bytes.len(), pos + 1, 9] {
                    assert_eq!(
                        ascii_alnum_run(&bytes, 0, limit),
                        naive(&bytes, 0, limit),
                        "byte {b:#04x} at {pos}, limit {limit}"
                    );
                }
            }
        }
    }
}
