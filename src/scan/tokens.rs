//! Tokens of a paragraph's narration, with each quote standing as one token.
//!
//! The attribution rules read the reporter's words around quotes, never the words
//! inside them, so a quote is one opaque token here: periods inside it do not end a
//! sentence and verbs inside it are not cues. Each word token is looked up in the
//! dictionaries' index (speakers and cues), and a match is pinned to the token it
//! starts at.

use crate::dict::{DictIndex, Entry, SpeakerDict};
use crate::scan::lexicon::{self, Class, Classes};
use crate::scan::quotes::Quote;
use crate::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokKind {
    Word,
    Punct(char),
    /// A quote, by its index in the document's quote list.
    Quote(u32),
}

/// A cue pinned to its first token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct CueAt {
    pub verb: u32,
    /// How many tokens the cue covers ("according to" covers two).
    pub len: u16,
}

/// A speaker alias pinned to its first token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct SpeakerAt {
    pub speaker: u32,
    pub is_role: bool,
    pub len: u16,
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
    /// On the last token of a speaker alias, the alias's length in tokens (it
    /// starts `alias_end - 1` tokens before); zero elsewhere.
    pub alias_end: u8,
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
            TokKind::Quote(q) => Some(q as usize),
            _ => None,
        }
    }
}

/// Tokenise `para` into `out` (cleared first), with the dictionaries' matches
/// pinned to their first tokens. `quotes[range]` are the quotes of this paragraph;
/// `starts` is scratch space.
pub(crate) fn tokenize(
    text: &str,
    para: Span,
    quotes: &[Quote],
    range: std::ops::Range<usize>,
    (index, speakers): (&DictIndex, &SpeakerDict),
    out: &mut Vec<Tok>,
    starts: &mut Vec<usize>,
) {
    lex(text, para, quotes, range, index, out, starts);
    pin(out, starts, text, para.end, index, speakers);
    crate::work::ticks(out.len());
}

/// A word token of `text[start..end]`.
#[inline]
fn word(start: usize, end: usize, capital: bool, class: Classes) -> Tok {
    Tok {
        span: Span::new(start, end),
        kind: TokKind::Word,
        capital,
        class,
        cue: None,
        speaker: None,
        alias_end: 0,
    }
}

/// Split `para` into word, punctuation and quote tokens, and list in `starts` the
/// word tokens where a dictionary entry may start.
pub(crate) fn lex(
    text: &str,
    para: Span,
    quotes: &[Quote],
    range: std::ops::Range<usize>,
    index: &DictIndex,
    out: &mut Vec<Tok>,
    starts: &mut Vec<usize>,
) {
    out.clear();
    starts.clear();
    let bytes = text.as_bytes();
    let mut q = range.start;
    let mut at = para.start;
    // Where the next quote starts, or the paragraph ends: words stop there.
    let mut limit = if q < range.end {
        quotes[q].outer.start
    } else {
        para.end
    };
    while at < para.end {
        if at >= limit && q < range.end {
            out.push(Tok {
                span: quotes[q].outer,
                // A quote takes two bytes at least: four billion of them are
                // no article's.
                kind: TokKind::Quote(u32::try_from(q).unwrap_or(u32::MAX)),
                capital: false,
                class: Classes::default(),
                cue: None,
                speaker: None,
                alias_end: 0,
            });
            at = at.max(quotes[q].outer.end);
            q += 1;
            limit = if q < range.end {
                quotes[q].outer.start
            } else {
                para.end
            };
            continue;
        }
        let b = bytes[at];
        if b < 0x80 {
            if b.is_ascii_whitespace() {
                at += 1;
            } else if b.is_ascii_alphanumeric() {
                let (tok, may_start) = match short_word(bytes, at, limit, para.end) {
                    Some((end, class, prefix)) => (
                        word(at, end, b.is_ascii_uppercase(), class),
                        index.may_start_with(prefix, end - at),
                    ),
                    None => {
                        let end = word_end(text, at, limit);
                        (
                            word(
                                at,
                                end,
                                b.is_ascii_uppercase(),
                                lexicon::token_classes(bytes, at, end),
                            ),
                            index.may_start(bytes, at, para.end),
                        )
                    }
                };
                if may_start {
                    starts.push(out.len());
                }
                at = tok.span.end;
                out.push(tok);
                // The space after a word, as most words have: skip it here.
                if at < limit && bytes[at] == b' ' {
                    at += 1;
                }
            } else {
                out.push(Tok {
                    span: Span::new(at, at + 1),
                    kind: TokKind::Punct(b as char),
                    capital: false,
                    class: Classes::default(),
                    cue: None,
                    speaker: None,
                    alias_end: 0,
                });
                at += 1;
            }
            continue;
        }
        let c = text[at..].chars().next().expect("in bounds");
        if c.is_alphanumeric() {
            let end = word_end(text, at, limit);
            if index.may_start(bytes, at, para.end) {
                starts.push(out.len());
            }
            out.push(word(
                at,
                end,
                c.is_uppercase(),
                lexicon::token_classes(bytes, at, end),
            ));
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
                alias_end: 0,
            });
            at += c.len_utf8();
        }
    }
}

/// The common word, read from one sixteen-byte load: a run of one to fifteen ASCII
/// letters and digits starting at `at`, ended before `limit` by a byte that joins
/// no words. Gives its end, its classes and its first four bytes in lowercase for
/// the dictionary check, or `None` for every other word.
#[inline]
fn short_word(
    bytes: &[u8],
    at: usize,
    limit: usize,
    para_end: usize,
) -> Option<(usize, Classes, u32)> {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let window = bytes.get(at..at + 16)?;
    let lo = u64::from_le_bytes(window[..8].try_into().expect("eight bytes"));
    let hi = u64::from_le_bytes(window[8..].try_into().expect("eight bytes"));
    let other_lo = !lexicon::alnum_bytes(lo) & HIGH;
    let len = if other_lo != 0 {
        (other_lo.trailing_zeros() / 8) as usize
    } else {
        let other_hi = !lexicon::alnum_bytes(hi) & HIGH;
        if other_hi == 0 {
            return None;
        }
        8 + (other_hi.trailing_zeros() / 8) as usize
    };
    let end = at + len;
    if end >= limit || at + 4 > para_end {
        // Cut by a quote, or the prefix would reach past the paragraph.
        return None;
    }
    let next = bytes[end];
    // A byte that may join words joins none when an ASCII byte other than a letter
    // or digit follows it ("said, " or "said." at the end of a sentence).
    let joiner = matches!(next, b'\'' | b'-' | b'.' | b',');
    if next >= 0x80
        || joiner
            && end + 1 < limit
            && (bytes[end + 1] >= 0x80 || bytes[end + 1].is_ascii_alphanumeric())
    {
        return None;
    }
    let (folded_lo, upper_lo) = lexicon::fold_ascii(lo);
    let class = if len < 8 {
        lexicon::short_word_classes(folded_lo & ((1u64 << (8 * len)) - 1))
    } else {
        let folded_hi = lexicon::fold_ascii(hi).0 & ((1u64 << (8 * (len - 8))) - 1);
        lexicon::word_classes(u128::from(folded_hi) << 64 | u128::from(folded_lo))
    };
    // A trailing period belongs to initials and abbreviations ("Mr."): those take
    // the long way, which looks the word up with its period.
    if next == b'.' && (len == 1 && upper_lo & 0x80 != 0 || class.has(Class::Abbreviation)) {
        return None;
    }
    Some((end, class, folded_lo as u32))
}

/// Pin dictionary matches to the word tokens they start at, of those listed in
/// `starts`. A match must end at the end of a word token, or inside it before a
/// possessive `'s`; names must match in their own case. The longest cue and the
/// longest speaker alias win, and matches of one kind do not overlap.
fn pin(
    toks: &mut [Tok],
    starts: &[usize],
    text: &str,
    limit: usize,
    index: &DictIndex,
    speakers: &SpeakerDict,
) {
    let bytes = text.as_bytes();
    let (mut cue_free, mut speaker_free) = (0, 0);
    for &t in starts {
        if t < cue_free && t < speaker_free {
            continue;
        }
        let start = toks[t].span.start;
        let mut cue = None;
        let mut speaker: Option<SpeakerAt> = None;
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
            // Entries of more than 65,535 tokens, or beyond the four billionth,
            // are no text's.
            let Ok(len) = u16::try_from(k - t + 1) else {
                return;
            };
            match entry {
                Entry::Cue(verb) => {
                    if let Ok(verb) = u32::try_from(verb) {
                        cue = Some(CueAt { verb, len });
                    }
                }
                Entry::Alias(alias) if speakers.accepts(alias, &text[start..end]) => {
                    let (speaker_index, is_role) = speakers.alias(alias);
                    if let Ok(speaker_index) = u32::try_from(speaker_index) {
                        speaker = Some(SpeakerAt {
                            speaker: speaker_index,
                            is_role,
                            len,
                            possessive,
                        });
                    }
                }
                _ => {}
            }
        });
        if t >= cue_free {
            if let Some(c) = cue {
                toks[t].cue = Some(c);
                cue_free = t + usize::from(c.len);
            }
        }
        // "Brigitte Macron", "Hunter Biden": a one-word alias right after a first
        // name (which no longer alias of the dictionary covers) is someone else
        // with that surname.
        if let Some(sp) = speaker {
            if sp.len == 1
                && !sp.is_role
                && t > 0
                && toks[t - 1].is_word()
                && toks[t - 1].capital
                && toks[t - 1].speaker.is_none()
                && crate::dict::first_name_gender(
                    &text[toks[t - 1].span.start..toks[t - 1].span.end],
                )
                .is_some()
            {
                speaker = None;
            }
        }
        if t >= speaker_free {
            if let Some(sp) = speaker {
                toks[t].speaker = Some(sp);
                speaker_free = t + usize::from(sp.len);
                if let Ok(back) = u8::try_from(sp.len) {
                    toks[t + usize::from(sp.len) - 1].alias_end = back;
                }
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
    let run = lexicon::ascii_alnum_run(bytes, at, limit);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dict::CueDict;

    #[test]
    fn short_word_agrees_with_the_long_way() {
        let (cues, speakers) = (CueDict::builtin(), SpeakerDict::builtin());
        let index = DictIndex::new(&cues, &speakers);
        // Dictionary entries and their first words, class words, and others, in
        // three cases, then each followed by every kind of byte.
        let mut words: Vec<String> = ["x", "I", "Mr", "mrs", "U", "said", "SAID", "not", "note"]
            .iter()
            .map(|w| w.to_string())
            .collect();
        for entry in cues
            .verbs()
            .iter()
            .map(|v| v.form.as_str())
            .chain(speakers.alias_texts())
        {
            words.push(entry.to_string());
            words.extend(entry.split_whitespace().next().map(str::to_string));
        }
        words.extend(
            [
                "the",
                "officials",
                "spokeswoman",
                "abcdefghijklmno",
                "abcdefghijklmnop",
            ]
            .map(String::from),
        );
        let cased: Vec<String> = words
            .iter()
            .flat_map(|w| [w.clone(), w.to_uppercase(), w.to_lowercase()])
            .collect();
        let mut checked = 0;
        for w in &cased {
            for after in [
                " x", ", x", ",5", ". X", ".X", "'s", "’s", "-x", "- ", "\"", "é", "", ".",
            ] {
                let text = format!("{w}{after} and more words after these");
                let bytes = text.as_bytes();
                let Some((end, class, prefix)) = short_word(bytes, 0, text.len(), text.len())
                else {
                    continue;
                };
                checked += 1;
                let want_end = word_end(&text, 0, text.len());
                assert_eq!(end, want_end, "{text:?}");
                assert_eq!(class, lexicon::token_classes(bytes, 0, end), "{text:?}");
                // No entry that the pinning accepts (one ending at the word's end)
                // is ruled out.
                let mut ends_here = false;
                index.matches_at(bytes, 0, text.len(), |_, e| ends_here |= e == end);
                if ends_here {
                    assert!(index.may_start_with(prefix, end), "{text:?}");
                }
            }
        }
        assert!(checked > 1000, "{checked}");
    }

    #[test]
    fn only_words_carry_classes_and_dictionary_matches() {
        // The rules read a token's classes and capital flag without checking its
        // kind, so punctuation and quotes must carry none.
        let (cues, speakers) = (CueDict::builtin(), SpeakerDict::builtin());
        let index = DictIndex::new(&cues, &speakers);
        let text = "“We will not,” the French President said — (Macron's aide) told \
                    reporters: «Non!» The talks, he said, were 'useful'; U.S. officials agreed.";
        let layout = crate::scan::layout::Layout::of(text);
        let quotes = crate::scan::quotes::QuoteScanner::new(&cues).scan(text, &layout.paragraphs);
        let (mut toks, mut starts) = (Vec::new(), Vec::new());
        let para = layout.paragraphs[0];
        tokenize(
            text,
            para,
            &quotes,
            0..quotes.len(),
            (&index, &speakers),
            &mut toks,
            &mut starts,
        );
        let (mut words, mut others) = (0, 0);
        for t in &toks {
            if t.is_word() {
                words += usize::from(t.class != Classes::default());
            } else {
                others += 1;
                let shown = &text[t.span.start..t.span.end];
                assert_eq!(t.class, Classes::default(), "{shown:?}");
                assert!(
                    !t.capital && t.cue.is_none() && t.speaker.is_none(),
                    "{shown:?}"
                );
            }
        }
        // Not vacuous: words with classes, and punctuation and quotes, were seen.
        assert!(words >= 5 && others >= 10, "{words} {others}");
        assert!(toks.iter().any(|t| t.quote().is_some()));
        // Each alias's last token, and only it, points back to the alias's start.
        let mut want = vec![0u8; toks.len()];
        for (i, t) in toks.iter().enumerate() {
            if let Some(sp) = t.speaker {
                want[i + usize::from(sp.len) - 1] = u8::try_from(sp.len).unwrap();
            }
        }
        let got: Vec<u8> = toks.iter().map(|t| t.alias_end).collect();
        assert_eq!(got, want);
        assert!(
            want.iter().any(|&b| b > 1),
            "a two-word alias: French President"
        );
    }
}
