//! `QuoteScanner`: finds quoted passages in every mark style and survives what real
//! copy does to them.
//!
//! One left-to-right pass over each paragraph decides for every mark whether it
//! opens or closes, from its style (`“` opens, `”` closes, `"` and `'` are neutral)
//! and from its neighbours (a mark after a space and before a letter opens; a mark
//! after a letter or punctuation and before a space closes). What that pass handles:
//!
//! - straight, curly, mixed (`“…"`), guillemet and single-mark quotes;
//! - apostrophes (`didn't`, `Ukraine’s`) and inch marks (`6'2"`) are not marks;
//! - a missing closing mark: the quote ends where a speaker tag begins
//!   (`"… going to happen, Biden said`), else at the end of its paragraph, never at
//!   a mark paragraphs later;
//! - a closing mark with no opening one: the quote begins after the previous quote
//!   of the paragraph, or at the paragraph's start;
//! - multi-paragraph quotes: each paragraph opens, only the last closes;
//! - single-mark quotes count only when they close in the same paragraph.
//!
//! Every mark is looked at once and every tag search looks only inside its own
//! unclosed quote, so the scan is linear in the input whatever the marks.

use crate::dict::CueDict;
use crate::scan::lexicon::{classes, Class};
use crate::scan::transcript;
use crate::span::Span;

/// A quoted passage, as byte spans of the text scanned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quote {
    /// From the opening mark (or where the quote begins) through the closing mark
    /// (or where it ends).
    pub outer: Span,
    /// The words inside the marks.
    pub inner: Span,
    /// Index of the paragraph holding the quote.
    pub paragraph: usize,
    /// Whether an opening mark was found.
    pub opened: bool,
    /// Whether a closing mark was found.
    pub closed: bool,
    /// The quote runs on into the next paragraph (which opens with a mark).
    pub continues: bool,
    /// The quote continues one left open at the end of the previous paragraph.
    pub continued: bool,
    /// Marked with single quotes.
    pub single: bool,
    /// The speaker label the words follow in a transcript (`RAMOS`, `Q`, `A`):
    /// opening a paragraph with no marks (`RAMOS: We asked…`, where the quote is
    /// the words after it), or inside the marks (`"WALLACE: Let’s start…"`,
    /// where `inner` starts after it).
    pub label: Option<Span>,
}

/// Finds quotes; uses reporting-verb matches to end quotes that lack a closing mark.
///
/// It is the first step of extraction, public for those who want only the quoted
/// passages, with no speakers: [`scan`](QuoteScanner::scan) takes the text and
/// its paragraphs ([`Layout::of`](crate::scan::layout::Layout::of)) and never
/// fails. A [`Quote`]'s spans are **byte** offsets into the text it was given;
/// paragraphs are numbered from 0.
///
/// ```
/// use whosaid::scan::layout::Layout;
/// use whosaid::{CueDict, QuoteScanner};
///
/// let text = "\"We are ready,\" Kuleba said.\n\nHe called the talks “useful.”\n\n\"No one will force us, Kuleba said.";
/// let cues = CueDict::builtin();
/// let quotes = QuoteScanner::new(&cues).scan(text, &Layout::of(text).paragraphs);
/// let inner: Vec<&str> = quotes.iter().map(|q| &text[q.inner.start..q.inner.end]).collect();
/// // The last quote has no closing mark: it ends at its speaker tag.
/// assert_eq!(inner, ["We are ready,", "useful.", "No one will force us"]);
/// assert_eq!(quotes.iter().map(|q| q.paragraph).collect::<Vec<_>>(), [0, 1, 2]);
/// assert!(quotes[1].closed && !quotes[2].closed);
/// // `outer` holds the marks: bytes, and “ and ” take three each.
/// assert_eq!(quotes[1].outer.len(), "“useful.”".len());
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct QuoteScanner<'a> {
    cues: Option<&'a CueDict>,
    /// French and German marks too: `‹ ›`, `› ‹` and the German single `‚ ‘`.
    continental: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Style {
    Opener,
    Closer,
    Neutral,
}

#[derive(Clone, Copy)]
struct Open {
    mark: usize,
    inner: usize,
}

impl<'a> QuoteScanner<'a> {
    /// A scanner that ends unclosed quotes at a speaker tag built on one of the
    /// reporting verbs of `cues`. `QuoteScanner::default()` knows no verbs.
    pub fn new(cues: &'a CueDict) -> QuoteScanner<'a> {
        QuoteScanner {
            cues: Some(cues),
            continental: false,
        }
    }

    /// A scanner for text in `lang`: French and German text also pairs single
    /// guillemets (`‹ … ›`, `› … ‹`) and German single marks (`‚ … ‘`). The
    /// marks of every language (`« »` with spaces inside, `» «`, `„ “`) are
    /// paired whatever the language, and elisions (`l’`, `qu’`) are apostrophes.
    /// Inside `« … »` (or `» … «`), other marks are a quote within the quote
    /// and leave it whole: `« Il m’a dit : “non.” Je suis parti. »`.
    pub fn with_lang(mut self, lang: crate::lang::Lang) -> QuoteScanner<'a> {
        self.continental = lang != crate::lang::Lang::En;
        self
    }

    /// All quotes of `text`, paragraph by paragraph, in text order.
    pub fn scan(&self, text: &str, paragraphs: &[Span]) -> Vec<Quote> {
        let mut quotes = Vec::new();
        let mut carried = false;
        // Paragraphs opening with a label in mixed case, and the last words of
        // every label: a mixed-case label whose last word opens two paragraphs
        // or more is a transcript's (see `transcript`).
        let mut mixed: Vec<(usize, Span, usize, String)> = Vec::new();
        // For each last word: how many labels end in it, and whether one of them
        // shows a person (a label in capitals, or a mixed-case label with a known
        // first name: `Anderson Cooper`).
        let mut keys: std::collections::HashMap<String, (usize, bool)> = Default::default();
        // The quote of a label in capitals opening the first paragraph: a
        // dateline (`NEW DELHI: …`) when it is the article's only label.
        let mut first_label: Option<usize> = None;
        let mut labels = 0;
        for (index, para) in paragraphs.iter().enumerate() {
            let next_opens = paragraphs
                .get(index + 1)
                .and_then(|p| text[p.start..p.end].chars().next())
                .is_some_and(|c| matches!(c, '"' | '“' | '„' | '«'));
            let before = quotes.len();
            let was_carried = carried;
            carried = self.scan_paragraph(text, *para, index, carried, next_opens, &mut quotes);
            if quotes.len() == before && !was_carried {
                match transcript::transcript_quote(text, *para, index) {
                    Some(q) => {
                        if let Some(key) = transcript::capitals_label_key(text, *para) {
                            let entry = keys.entry(key).or_default();
                            entry.0 += 1;
                            entry.1 = true;
                            if index == 0 {
                                first_label = Some(quotes.len());
                            }
                        }
                        labels += 1;
                        quotes.push(q);
                    }
                    None => {
                        if let Some((label, start, key)) = transcript::mixed_label_at(text, *para) {
                            let entry = keys.entry(key.clone()).or_default();
                            entry.0 += 1;
                            entry.1 |= transcript::names_a_person(&text[label.start..label.end]);
                            labels += 1;
                            mixed.push((index, label, start, key));
                        }
                    }
                }
            }
        }
        if labels == 1 {
            if let Some(q) = first_label {
                quotes.remove(q);
            }
        }
        // The article is a transcript when a label showing a person opens two
        // paragraphs or more; then every repeated label is a speaker's.
        let repeated = |key: &str| keys.get(key).is_some_and(|&(n, _)| n >= 2);
        let person = |key: &str| keys.get(key).is_some_and(|&(_, person)| person);
        if mixed
            .iter()
            .any(|(_, _, _, key)| repeated(key) && person(key))
        {
            for (index, label, start, key) in &mixed {
                if repeated(key) {
                    let para = paragraphs[*index];
                    quotes.push(transcript::labelled_quote(
                        text, para, *index, *label, *start,
                    ));
                }
            }
            quotes.sort_by_key(|q| q.outer.start);
        }
        // "WALLACE: Let’s start…" inside the marks: the label is no one's words.
        for q in &mut quotes {
            if q.label.is_none() {
                if let Some((label, start)) = transcript::label_at(text, q.inner) {
                    q.label = Some(label);
                    q.inner.start = start;
                }
            }
        }
        quotes
    }

    /// Scan one paragraph; returns whether a quote stays open into the next one.
    fn scan_paragraph(
        &self,
        text: &str,
        para: Span,
        index: usize,
        carried: bool,
        next_opens: bool,
        out: &mut Vec<Quote>,
    ) -> bool {
        let mut open: Option<Open> = None;
        let mut single: Option<Open> = None;
        let mut last_end = para.start;
        let mut first_in_paragraph = true;
        let body = &text[para.start..para.end];
        let bytes = body.as_bytes();
        let mut offset = 0;
        // Only `"`, `'` and characters led by 0xE2 (“ ” „ ‘ ’) or 0xC2 (« ») can
        // be marks: jump from one such byte to the next without decoding the rest.
        // Each search keeps where it found its byte, and searches again only once
        // the scan is past it: every byte is searched over once, however many
        // marks of the other kind lie between.
        let mut next_c2 = memchr::memchr(0xC2, bytes).unwrap_or(bytes.len());
        let mut next_other = memchr::memchr3(b'"', b'\'', 0xE2, bytes).unwrap_or(bytes.len());
        while offset < bytes.len() {
            if next_c2 < offset {
                next_c2 =
                    memchr::memchr(0xC2, &bytes[offset..]).map_or(bytes.len(), |x| x + offset);
                crate::work::ticks((next_c2 - offset) / 32);
            }
            if next_other < offset {
                next_other = memchr::memchr3(b'"', b'\'', 0xE2, &bytes[offset..])
                    .map_or(bytes.len(), |x| x + offset);
                // A search reads 32 bytes at a time.
                crate::work::ticks((next_other - offset) / 32);
            }
            let candidate = next_other.min(next_c2);
            if candidate >= bytes.len() {
                break;
            }
            offset = candidate;
            crate::work::tick();
            let c = body[offset..].chars().next().expect("on a char boundary");
            let here = offset;
            offset += c.len_utf8();
            let mark = matches!(c, '"' | '“' | '„' | '«' | '”' | '»' | '\'' | '‘' | '’')
                || (self.continental && matches!(c, '‹' | '›' | '‚'));
            if !mark {
                continue;
            }
            let at = para.start + here;
            if self.continental
                && !matches!(c, '«' | '»')
                && open.is_some_and(|o| matches!(text[o.mark..].chars().next(), Some('«' | '»')))
            {
                // Marks inside guillemets are a quote within the quote:
                // `« Il m’a dit : “non” »`, `« ‹ patience › »`.
                continue;
            }
            let prev = body[..here].chars().next_back();
            let next = body[offset..].chars().next();
            let style = match c {
                '"' | '‹' | '›' => Some(Style::Neutral),
                '“' | '„' | '«' => Some(Style::Opener),
                '”' | '»' => Some(Style::Closer),
                _ => None,
            };
            if let Some(style) = style {
                let mut looks_open =
                    prev.is_none_or(opens_before) && next.is_some_and(|n| !n.is_whitespace());
                let mut looks_close =
                    prev.is_some_and(|p| !p.is_whitespace()) && next.is_none_or(closes_after);
                if self.continental
                    && matches!(c, '»' | '›')
                    && prev.is_some_and(char::is_whitespace)
                    && !next.is_some_and(char::is_alphanumeric)
                {
                    // French spacing: `« … », a-t-il dit`, `« … ».`, `‹ … ›,`
                    looks_open = false;
                    looks_close = true;
                }
                let after_digit = prev.is_some_and(|p| p.is_ascii_digit());
                match open {
                    None => {
                        if style == Style::Neutral && after_digit {
                            // An inch mark: 6'2".
                        } else if (looks_close && !looks_open)
                            || (style == Style::Closer && (looks_close || !looks_open))
                        {
                            // A closing mark with no opening one.
                            let start = skip_space(text, last_end.max(para.start), at);
                            if start < at {
                                out.push(Quote {
                                    outer: Span::new(start, at + c.len_utf8()),
                                    inner: trim(text, start, at),
                                    paragraph: index,
                                    opened: false,
                                    closed: true,
                                    continues: false,
                                    continued: first_in_paragraph && carried,
                                    single: false,
                                    label: None,
                                });
                                first_in_paragraph = false;
                            }
                            last_end = at + c.len_utf8();
                        } else {
                            single = None;
                            open = Some(Open {
                                mark: at,
                                inner: at + c.len_utf8(),
                            });
                        }
                    }
                    Some(o) => {
                        let closes = (looks_close && !looks_open)
                            || ((looks_close || !looks_open) && style != Style::Opener);
                        if closes {
                            let inner = trim(text, o.inner, at);
                            // Marks around nothing ("«»", '""') quote nothing.
                            if !inner.is_empty() {
                                out.push(Quote {
                                    outer: Span::new(o.mark, at + c.len_utf8()),
                                    inner,
                                    paragraph: index,
                                    opened: true,
                                    closed: true,
                                    continues: false,
                                    continued: first_in_paragraph
                                        && carried
                                        && o.mark == para.start,
                                    single: false,
                                    label: None,
                                });
                                first_in_paragraph = false;
                            }
                            last_end = at + c.len_utf8();
                            open = None;
                        } else {
                            // A new opening mark while one is open: the open quote
                            // lacked its closing mark.
                            let quote = self.unclosed(text, o, at, index, false);
                            quote.inspect(|q| {
                                out.push(Quote {
                                    continued: first_in_paragraph
                                        && carried
                                        && o.mark == para.start,
                                    ..*q
                                });
                                last_end = q.outer.end;
                            });
                            first_in_paragraph = false;
                            open = Some(Open {
                                mark: at,
                                inner: at + c.len_utf8(),
                            });
                        }
                    }
                }
            } else if open.is_none() && matches!(c, '\'' | '‘' | '’' | '‚') {
                let alnum = |ch: Option<char>| ch.is_some_and(char::is_alphanumeric);
                if alnum(prev) && alnum(next) {
                    // An apostrophe: didn't, Ukraine’s, 6'2.
                } else if prev.is_none_or(opens_before) && alnum(next) && c != '’' {
                    single = Some(Open {
                        mark: at,
                        inner: at + c.len_utf8(),
                    });
                } else if let Some(s) = single {
                    if (c != '‘' || self.continental)
                        && prev.is_some_and(|p| !p.is_whitespace())
                        && next.is_none_or(closes_after)
                    {
                        let inner = trim(text, s.inner, at);
                        if !inner.is_empty() {
                            out.push(Quote {
                                outer: Span::new(s.mark, at + c.len_utf8()),
                                inner,
                                paragraph: index,
                                opened: true,
                                closed: true,
                                continues: false,
                                continued: false,
                                single: true,
                                label: None,
                            });
                            first_in_paragraph = false;
                            last_end = at + c.len_utf8();
                        }
                        single = None;
                    }
                }
            }
        }
        if let Some(o) = open {
            if let Some(mut q) = self.unclosed(text, o, para.end, index, next_opens) {
                q.continued = first_in_paragraph && carried && o.mark == para.start;
                let continues = q.continues;
                out.push(q);
                return continues;
            }
        }
        false
    }

    /// A quote opened at `o` whose closing mark never came before `limit`: it ends
    /// at a speaker tag inside it, else at `limit`.
    fn unclosed(
        &self,
        text: &str,
        o: Open,
        limit: usize,
        paragraph: usize,
        next_opens: bool,
    ) -> Option<Quote> {
        let (end, tagged) = match self.tag_inside(text, o.inner, limit) {
            Some(comma) => (comma, true),
            None => (limit, false),
        };
        let inner = trim(text, o.inner, end);
        if inner.is_empty() {
            return None;
        }
        Some(Quote {
            outer: Span::new(o.mark, inner.end),
            inner,
            paragraph,
            opened: true,
            closed: false,
            continues: !tagged && next_opens,
            continued: false,
            single: false,
            label: None,
        })
    }

    /// The comma that begins a speaker tag inside `start..end` (`, Biden said`,
    /// `, said Kuleba`, `, he added`), if any.
    fn tag_inside(&self, text: &str, start: usize, end: usize) -> Option<usize> {
        let cues = self.cues?;
        // The last comma before the cue, found by reading each byte once; and at
        // most seven words after it, enough to tell a tag.
        let mut comma = None;
        let mut read = start;
        for cue in cues.find_in(text, start..end) {
            crate::work::tick();
            if cue.span.start > read {
                crate::work::ticks(cue.span.start - read);
                if let Some(c) = memchr::memrchr(b',', &text.as_bytes()[read..cue.span.start]) {
                    comma = Some(read + c);
                }
                read = cue.span.start;
            }
            let Some(comma) = comma.filter(|&c| c < cue.span.start) else {
                continue;
            };
            let between = text[comma + 1..cue.span.start].trim();
            let words: Vec<&str> = between.split_whitespace().take(7).collect();
            let is_tag = if words.is_empty() {
                // ", said Kuleba": a capitalised word must follow.
                text[cue.span.end..end]
                    .trim_start()
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
            } else {
                let determined = classes(words[0]).has(Class::Determiner) && words.len() <= 3;
                determined
                    || words.len() <= 6
                        && words.iter().all(|w| {
                            w.chars().next().is_some_and(char::is_uppercase) || {
                                let class = classes(w);
                                class.pronoun().is_some()
                                    || class.has(Class::Determiner)
                                    || class.has(Class::SpeakerNoun)
                            }
                        })
            };
            if is_tag {
                return Some(comma);
            }
        }
        None
    }
}

fn opens_before(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':' | '"' | '“' | '‘' | '\''
        )
}

fn closes_after(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '.' | ','
                | ';'
                | ':'
                | '!'
                | '?'
                | ')'
                | ']'
                | '}'
                | '—'
                | '–'
                | '-'
                | '"'
                | '”'
                | '’'
                | '\''
                | '…'
        )
}

fn skip_space(text: &str, from: usize, to: usize) -> usize {
    from + (text[from..to].len() - text[from..to].trim_start().len())
}

fn trim(text: &str, start: usize, end: usize) -> Span {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead == s.len() {
        return Span::new(start, start);
    }
    Span::new(start + lead, end - trail)
}
