//! Words, punctuation and quotes of a French or German paragraph, and its
//! sentences.
//!
//! - A word is a run of letters and digits, with hyphens and apostrophes inside
//!   (`porte-parole`, `aujourd’hui`, `geht’s`); a French elision ends a word of
//!   its own (`l’`, `d’`, `qu’`).
//! - A French verb with its subject pronoun after a hyphen (`a-t-il`,
//!   `poursuit-elle`, `explique-t-il`) is one word with the pronoun's class and
//!   `INV`; its cue, if the verb is one, spans the verb only.
//! - Each quote is one token.
//! - A sentence ends at `.`, `!`, `?` or `…` before a capital or a quote, but not
//!   after an honorific or an initial (`M.`, `Dr.`, `J.`), and at a quote ending
//!   in `.`, `!` or `?` unless a comma or a lowercase word follows (`« … » a-t-il dit`).

use compact_str::CompactString;

use super::lexicon::{class, elision, normalise, LangData};
use crate::scan::quotes::Quote;
use crate::span::Span;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Word,
    Punct(char),
    /// A quote, by its index in the document's quotes.
    Quote(usize),
}

/// A cue found at a token.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Cue {
    /// The verb's index in the language's cue dictionary.
    pub verb: usize,
    /// The cue as written (the verb of `a-t-il`'s kind: `poursuit` of `poursuit-il`).
    pub span: Span,
    /// The cue's last token (the same token for a form of one word).
    pub last: usize,
    /// The particle of a separable verb (`hinzu`), once found in the clause.
    pub particle: Option<usize>,
}

/// One token.
#[derive(Clone, Debug)]
pub(crate) struct Tok {
    pub kind: Kind,
    pub span: Span,
    /// Lowercase, with typographic apostrophes.
    pub lower: CompactString,
    pub class: u32,
    pub cue: Option<Cue>,
    /// For an `INV` word: the pronoun as written (`il` of `a-t-il`).
    pub pronoun: Option<Span>,
}

impl Tok {
    pub fn is(&self, bits: u32) -> bool {
        self.class & bits != 0
    }

    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }

    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }

    pub fn quote(&self) -> Option<usize> {
        match self.kind {
            Kind::Quote(q) => Some(q),
            _ => None,
        }
    }
}

fn joins(c: char) -> bool {
    c.is_alphanumeric()
}

/// The tokens of `para`, whose quotes are `quotes[range]`.
pub(crate) fn tokenize(
    text: &str,
    para: Span,
    quotes: &[Quote],
    range: std::ops::Range<usize>,
    data: &LangData,
    out: &mut Vec<Tok>,
) {
    out.clear();
    let mut at = para.start;
    let mut q = range.start;
    while at < para.end {
        if q < range.end && quotes[q].outer.start <= at {
            let end = quotes[q].outer.end.max(at);
            out.push(Tok {
                kind: Kind::Quote(q),
                span: Span::new(quotes[q].outer.start, end),
                lower: CompactString::default(),
                class: 0,
                cue: None,
                pronoun: None,
            });
            at = end;
            q += 1;
            continue;
        }
        let limit = if q < range.end {
            quotes[q].outer.start.min(para.end)
        } else {
            para.end
        };
        let c = text[at..].chars().next().expect("inside the paragraph");
        if c.is_whitespace() {
            at += c.len_utf8();
            continue;
        }
        if !joins(c) {
            out.push(Tok {
                kind: Kind::Punct(c),
                span: Span::new(at, at + c.len_utf8()),
                lower: CompactString::default(),
                class: 0,
                cue: None,
                pronoun: None,
            });
            at += c.len_utf8();
            continue;
        }
        // A word: letters and digits, hyphens and apostrophes between them.
        let start = at;
        let mut end = at;
        let mut chars = text[at..limit].char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if joins(c) {
                end = at + i + c.len_utf8();
                continue;
            }
            let next_joins = chars.peek().is_some_and(|&(_, n)| joins(n));
            if matches!(c, '-' | '\'' | '’') && next_joins {
                if c != '-' && data.lang == crate::lang::Lang::Fr && elision(&text[start..at + i]) {
                    // `l’`, `d’`, `qu’`: the elided word ends here.
                    end = at + i + c.len_utf8();
                    break;
                }
                continue;
            }
            break;
        }
        let word = &text[start..end];
        out.push(word_token(word, Span::new(start, end), data));
        at = end;
    }
}

/// A word's token, with its classes and, for a hyphenated inversion, its pronoun.
fn word_token(word: &str, span: Span, data: &LangData) -> Tok {
    let lower = normalise(word);
    let mut class = data.classes(&lower);
    // `34-Jährige`, `5-Sterne-Hotel`: a number joined to a noun reads as the noun.
    let noun_after_number = word.starts_with(|c: char| c.is_ascii_digit())
        && word
            .split('-')
            .nth(1)
            .is_some_and(|w| w.starts_with(char::is_uppercase));
    if word.chars().next().is_some_and(char::is_uppercase) || noun_after_number {
        class |= class::CAP;
    }
    let mut pronoun = None;
    let mut base_len = lower.len();
    // Offsets in `lower` are offsets in the word only when lowercasing kept its length.
    if data.lang == crate::lang::Lang::Fr && class & class::ROLE == 0 && lower.len() == word.len() {
        // `a-t-il`, `poursuit-elle`, `explique-t-on`.
        if let Some(dash) = lower.rfind('-') {
            let p = &lower[dash + 1..];
            let bit = match p {
                "il" => class::PRON_M,
                "elle" => class::PRON_F,
                "ils" | "elles" => class::PRON_PL,
                "on" => class::PRON_NONE,
                _ => 0,
            };
            if bit != 0 && dash > 0 {
                class = (class & class::CAP) | bit | class::INV;
                pronoun = Some(Span::new(span.start + dash + 1, span.end));
                base_len = lower[..dash].strip_suffix("-t").map_or(dash, str::len);
            }
        }
    }
    Tok {
        kind: Kind::Word,
        span,
        class,
        cue: None,
        pronoun,
        lower: CompactString::new(&lower[..base_len]),
    }
    .with_base_class(data, base_len, lower.len())
}

impl Tok {
    /// For an inversion, the base verb's own classes (`a` of `a-t-il` is an
    /// auxiliary); the lower form is the base's.
    fn with_base_class(mut self, data: &LangData, base_len: usize, len: usize) -> Tok {
        if base_len < len {
            self.class |= data.classes(&self.lower) & class::AUX;
        }
        self
    }
}

/// Find the cues of the tokens: each form from its first word, longest first;
/// a separable form needs its particle before the clause ends.
pub(crate) fn find_cues(toks: &mut [Tok], data: &LangData) {
    for i in 0..toks.len() {
        if !toks[i].is_word() {
            continue;
        }
        let base = toks[i].span.start + toks[i].lower.len();
        for form in data.forms(&toks[i].lower) {
            let n = form.rest.len();
            let fits = form.rest.iter().enumerate().all(|(k, w)| {
                toks.get(i + 1 + k)
                    .is_some_and(|t| t.is_word() && t.lower == w)
            });
            if !fits {
                continue;
            }
            let particle = match &form.particle {
                Some(p) => {
                    let found = toks[i + 1..]
                        .iter()
                        .take(12)
                        .take_while(|t| {
                            !matches!(t.kind, Kind::Punct('.' | ',' | ';' | ':' | '!' | '?'))
                                && t.quote().is_none()
                        })
                        .position(|t| t.is_word() && t.lower == p.as_str());
                    match found {
                        Some(k) => Some(i + 1 + k),
                        None => continue,
                    }
                }
                None => None,
            };
            let last = i + n;
            let end = if n == 0 {
                // The verb of an inversion (`poursuit` of `poursuit-il`), or the word.
                if toks[i].is(class::INV) {
                    base
                } else {
                    toks[i].span.end
                }
            } else {
                toks[last].span.end
            };
            toks[i].cue = Some(Cue {
                verb: form.verb,
                span: Span::new(toks[i].span.start, end),
                last,
                particle,
            });
            break;
        }
    }
}

/// The sentences of a paragraph's tokens, as token ranges.
pub(crate) fn sentences(toks: &[Tok], text: &str, quotes: &[Quote], out: &mut Vec<(usize, usize)>) {
    out.clear();
    let mut start = 0;
    for i in 0..toks.len() {
        let next = toks.get(i + 1);
        let next_starts = next.is_none_or(|n| {
            n.quote().is_some()
                || (n.is_word() && n.is(class::CAP))
                || !n.is_word() && !n.is_punct(',')
        });
        let ends = match toks[i].kind {
            Kind::Punct('.') => {
                let abbreviation = i > 0 && {
                    let p = &toks[i - 1];
                    p.is_word()
                        && p.span.end == toks[i].span.start
                        && (p.is(class::HONORIFIC)
                            || (p.is(class::CAP) && p.lower.chars().count() == 1))
                };
                !abbreviation && next_starts
            }
            Kind::Punct('!' | '?' | '…') => next_starts,
            Kind::Quote(q) => {
                let inner = &text[quotes[q].inner.start..quotes[q].inner.end];
                inner.ends_with(['.', '!', '?'])
                    && next.is_none_or(|n| !n.is_punct(',') && (!n.is_word() || n.is(class::CAP)))
            }
            _ => false,
        };
        if ends || i + 1 == toks.len() {
            out.push((start, i + 1));
            start = i + 1;
        }
    }
}
