//! Text scraped from web pages, read as a reader sees it: HTML entities
//! (`&quot;`, `&#8220;`, `&rsquo;`, `&amp;quot;`, `&eacute;`), the mojibake of
//! UTF-8 punctuation read as Windows-1252 (`â€œ`, `â€™`, `â€` with or without its
//! U+009D) and markup tags (`<p>`, `<br>`, `<tweet id="…">`).
//!
//! [`read`] makes the readable text once, with a map from it back to the
//! original: the rest of the pipeline runs on the readable text, and every span
//! it finds is mapped back, so that offsets index the text as given while the
//! rows' words are the decoded ones (`decode(original[start..end]) == text`).
//! A text with none of these (nearly every one) is used as it is: the check is a
//! pass of `memchr` over its bytes.
//!
//! - An entity is a named or numeric character reference ending in `;`, decoded
//!   by the `html-escape` crate; `&amp;` before another reference (`&amp;quot;`)
//!   is the same reference encoded twice, read as that reference.
//! - Mojibake: `â€` followed by a character whose Windows-1252 byte continues the
//!   UTF-8 of a character from U+2000 to U+203F (quotes, dashes, `…`) is that
//!   character; `â€"` is an em dash whose curly mark was straightened; `â€`
//!   followed by anything else lost its invisible U+009D, and is `”`.
//! - A tag is read as one space, or as nothing when it is an inline element
//!   (`<b>`, `<i>`, `<em>`, `<a href="…">`, `<span>`: markup inside a line that
//!   separates no words, so `"We are <b>ready</b>,"` reads `"We are ready,"`),
//!   and as nothing after white space, taking the spaces after it along, so that
//!   `We are <br> ready` reads `We are ready`:
//!   never a quote mark, never words. Only a real tag is read so: `<`, an
//!   optional `/`, the name of an HTML element (or a custom one: a name with a
//!   hyphen, or `tweet`), attributes that are `name=value` pairs (quoted or not)
//!   or the boolean attributes of HTML, and `>` within [`TAG_REACH`] bytes.
//!   Text such as `<b and c>` or `a < b and c > d` is text.
//!
//! Each entity, mojibake sequence or tag becomes one piece of the map; mapping
//! an offset back is a binary search over the pieces.

use std::borrow::Cow;

use crate::span::Span;

/// How far a tag may reach from its `<` to its `>`, in bytes.
pub const TAG_REACH: usize = 512;

/// How far an entity may reach from its `&` to its `;`, in bytes (the longest
/// named reference is 32 bytes long).
const ENTITY_REACH: usize = 40;

/// What was read differently from the text as given.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Decoding {
    /// HTML entities decoded.
    pub entities: usize,
    /// Mojibake sequences read as the punctuation they stand for.
    pub mojibake: usize,
    /// Markup tags read as spaces (or as nothing, for inline elements).
    pub tags: usize,
}

impl Decoding {
    /// Whether the text was read as given.
    pub fn is_empty(&self) -> bool {
        *self == Decoding::default()
    }

    /// A warning telling what was read and that the text needs cleaning; none
    /// for a clean text, nor for one whose only markup is tags (corpora such as
    /// PolNeAR keep `<tweet …>` on purpose).
    pub fn warning(&self) -> Option<String> {
        if self.entities == 0 && self.mojibake == 0 {
            return None;
        }
        let plural =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        let mut parts = Vec::new();
        if self.entities > 0 {
            parts.push(plural(self.entities, "HTML entity", "HTML entities"));
        }
        if self.mojibake > 0 {
            parts.push(plural(
                self.mojibake,
                "mojibake sequence (UTF-8 read as Windows-1252)",
                "mojibake sequences (UTF-8 read as Windows-1252)",
            ));
        }
        if self.tags > 0 {
            parts.push(plural(self.tags, "markup tag", "markup tags"));
        }
        let list = match parts.len() {
            1 => parts.remove(0),
            _ => {
                let last = parts.pop().unwrap_or_default();
                format!("{} and {last}", parts.join(", "))
            }
        };
        Some(format!(
            "read {list} as the text they stand for; offsets still count the \
             characters of the file as it is: the text needs cleaning"
        ))
    }
}

/// One stretch of the original read differently: `original` became `decoded`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Piece {
    original: Span,
    decoded: Span,
}

/// A text as read, with the map back to the text as given.
#[derive(Clone, Debug)]
pub struct Readable<'a> {
    /// The text as read: the original itself when nothing needed decoding.
    pub text: Cow<'a, str>,
    /// What was decoded: counts of entities, mojibake and tags.
    pub decoding: Decoding,
    pieces: Vec<Piece>,
}

impl Readable<'_> {
    /// The original span of a span of the readable text. A span that starts or
    /// ends inside what one piece became takes the whole piece.
    pub fn original(&self, span: Span) -> Span {
        if self.pieces.is_empty() {
            return span;
        }
        Span::new(self.map(span.start, false), self.map(span.end, true))
    }

    fn map(&self, at: usize, end: bool) -> usize {
        crate::work::tick();
        // The last piece starting at or before `at` in the readable text.
        let after = self.pieces.partition_point(|p| p.decoded.start <= at);
        let Some(p) = after.checked_sub(1).map(|i| self.pieces[i]) else {
            return at;
        };
        if at >= p.decoded.end {
            p.original.end + (at - p.decoded.end)
        } else if at == p.decoded.start || !end {
            p.original.start
        } else {
            p.original.end
        }
    }
}

/// Read `text`: see the module's doc.
pub fn read(text: &str) -> Readable<'_> {
    let bytes = text.as_bytes();
    let mut pieces = Vec::new();
    let mut decoding = Decoding::default();
    let mut out = String::new();
    // The original text up to `copied` is in `out`.
    let mut copied = 0;
    let mut at = 0;
    while let Some(found) = next_candidate(bytes, at) {
        at = found;
        crate::work::tick();
        let read = match bytes[at] {
            b'&' => entity(text, at).inspect(|_| decoding.entities += 1),
            b'<' => {
                // What the reader has just read: white space (a tag after it
                // adds none), or a word or mark (a block tag separates it).
                let before = if at > copied {
                    text[..at].chars().next_back()
                } else {
                    out.chars().next_back()
                };
                let after_space = before.is_some_and(|c| matches!(c, ' ' | '\t' | '\n' | '\r'));
                tag(bytes, at, after_space).inspect(|_| decoding.tags += 1)
            }
            _ => mojibake(text, at).inspect(|_| decoding.mojibake += 1),
        };
        let Some((end, with)) = read else {
            at += 1;
            continue;
        };
        if pieces.is_empty() {
            out.reserve(text.len());
        }
        crate::work::ticks(at - copied);
        out.push_str(&text[copied..at]);
        let start = out.len();
        out.push_str(&with);
        pieces.push(Piece {
            original: Span::new(at, end),
            decoded: Span::new(start, out.len()),
        });
        copied = end;
        at = end;
    }
    if pieces.is_empty() {
        return Readable {
            text: Cow::Borrowed(text),
            decoding,
            pieces,
        };
    }
    out.push_str(&text[copied..]);
    Readable {
        text: Cow::Owned(out),
        decoding,
        pieces,
    }
}

/// `text` as [`read`] reads it.
pub fn decode(text: &str) -> Cow<'_, str> {
    read(text).text
}

/// Where the next `&`, `<` or `â€` is, from `at` on.
fn next_candidate(bytes: &[u8], at: usize) -> Option<usize> {
    // `â` is C3 A2 in UTF-8: look for its first byte with the others.
    let mut from = at;
    loop {
        let i = from + memchr::memchr3(b'&', b'<', 0xC3, &bytes[from..])?;
        if bytes[i] != 0xC3 || bytes[i..].starts_with("â€".as_bytes()) {
            return Some(i);
        }
        from = i + 1;
    }
}

/// The entity at `at` (an `&`): where it ends and what it stands for.
fn entity(text: &str, at: usize) -> Option<(usize, Cow<'static, str>)> {
    // `&amp;quot;`: the reference after `&amp;` encoded twice (or more).
    let mut name = at + 1;
    while text[name..].starts_with("amp;") && reference(text, name + 4).is_some() {
        name += 4;
    }
    let end = reference(text, name)?;
    let candidate = format!("&{}", &text[name..end]);
    match html_escape::decode_html_entities(&candidate) {
        Cow::Owned(s) if s != candidate => Some((end, Cow::Owned(s))),
        _ => None,
    }
}

/// The end of a reference's shape whose name starts at `at`, after its `&`:
/// `name;`, `#digits;` or `#xhex;`; not what it stands for.
fn reference(text: &str, at: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let body = &bytes[at.min(bytes.len())..bytes.len().min(at + ENTITY_REACH)];
    let semi = memchr::memchr(b';', body)?;
    let name = &body[..semi];
    let ok = match name {
        [b'#', b'x' | b'X', hex @ ..] => {
            !hex.is_empty() && hex.len() <= 6 && hex.iter().all(u8::is_ascii_hexdigit)
        }
        [b'#', digits @ ..] => {
            !digits.is_empty() && digits.len() <= 7 && digits.iter().all(u8::is_ascii_digit)
        }
        [first, rest @ ..] => {
            first.is_ascii_alphabetic() && rest.iter().all(u8::is_ascii_alphanumeric)
        }
        [] => false,
    };
    ok.then_some(at + semi + 1)
}

/// Inline elements: markup inside a line, read as nothing.
const INLINE_ELEMENTS: &[&str] = &[
    "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i",
    "ins", "kbd", "mark", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time",
    "tt", "u", "var", "wbr",
];

/// The other elements a scraped article may hold, read as a space.
const OTHER_ELEMENTS: &[&str] = &[
    "address",
    "article",
    "aside",
    "audio",
    "blockquote",
    "body",
    "br",
    "button",
    "caption",
    "center",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "embed",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hr",
    "html",
    "iframe",
    "img",
    "input",
    "label",
    "li",
    "link",
    "main",
    "meta",
    "nav",
    "noscript",
    "object",
    "ol",
    "option",
    "p",
    "param",
    "picture",
    "pre",
    "q",
    "script",
    "section",
    "select",
    "source",
    "style",
    "summary",
    "table",
    "tbody",
    "td",
    "textarea",
    "tfoot",
    "th",
    "thead",
    "title",
    "tr",
    "tweet",
    "ul",
    "video",
];

/// Attributes HTML allows without a value.
const BOOLEAN_ATTRIBUTES: &[&str] = &[
    "allowfullscreen",
    "async",
    "autofocus",
    "autoplay",
    "checked",
    "controls",
    "default",
    "defer",
    "disabled",
    "hidden",
    "loop",
    "multiple",
    "muted",
    "novalidate",
    "nowrap",
    "open",
    "readonly",
    "required",
    "reversed",
    "selected",
];

/// Whether `bytes` (a tag's text after its name, before its `>`) are
/// attributes: white-space separated `name`, `name=value`, `name="…"` or
/// `name='…'`, each valueless name a boolean attribute of HTML.
fn are_attributes(bytes: &[u8]) -> bool {
    let mut i = 0;
    loop {
        while bytes.get(i).is_some_and(u8::is_ascii_whitespace) {
            i += 1;
        }
        match bytes.get(i) {
            None => return true,
            // `<br />`
            Some(b'/') if i + 1 == bytes.len() => return true,
            _ => {}
        }
        let name_start = i;
        while bytes
            .get(i)
            .is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.'))
        {
            i += 1;
        }
        if i == name_start || !bytes[name_start].is_ascii_alphabetic() {
            return false;
        }
        let name = &bytes[name_start..i];
        while bytes.get(i).is_some_and(u8::is_ascii_whitespace) {
            i += 1;
        }
        if bytes.get(i) != Some(&b'=') {
            let boolean = BOOLEAN_ATTRIBUTES
                .iter()
                .any(|a| a.as_bytes().eq_ignore_ascii_case(name));
            if !boolean {
                return false;
            }
            continue;
        }
        i += 1;
        while bytes.get(i).is_some_and(u8::is_ascii_whitespace) {
            i += 1;
        }
        match bytes.get(i) {
            Some(&q @ (b'"' | b'\'')) => match memchr::memchr(q, &bytes[i + 1..]) {
                Some(len) => i += len + 2,
                None => return false,
            },
            Some(_) => {
                while bytes.get(i).is_some_and(|b| !b.is_ascii_whitespace()) {
                    i += 1;
                }
            }
            None => return false,
        }
    }
}

/// The tag at `at` (a `<`): where it ends, and what it reads as. Only a real
/// tag: see the module's doc. A block tag reads as a space, an inline one as
/// nothing, and either as nothing after white space (`after_space`); when what
/// it reads as ends in white space, the spaces and tabs after it are part of
/// it, so that `a <b> c` and `a<br> c` read `a c`, not `a  c`.
fn tag(bytes: &[u8], at: usize, after_space: bool) -> Option<(usize, Cow<'static, str>)> {
    let mut i = at + 1;
    if bytes.get(i) == Some(&b'/') {
        i += 1;
    }
    if !bytes.get(i).is_some_and(u8::is_ascii_alphabetic) {
        return None;
    }
    let name_start = i;
    while bytes
        .get(i)
        .is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b':'))
    {
        i += 1;
    }
    let name = &bytes[name_start..i];
    let known = |list: &[&str]| list.iter().any(|e| e.as_bytes().eq_ignore_ascii_case(name));
    let inline = known(INLINE_ELEMENTS);
    if !inline && !known(OTHER_ELEMENTS) && !name.contains(&b'-') {
        return None;
    }
    match bytes.get(i) {
        Some(b'>') => {}
        Some(b'/') if bytes.get(i + 1) == Some(&b'>') => i += 1,
        // Attributes: up to the `>`, with no `<` before it.
        Some(b) if b.is_ascii_whitespace() => {
            let reach = &bytes[i..bytes.len().min(at + TAG_REACH)];
            let close = memchr::memchr2(b'>', b'<', reach)?;
            if reach[close] != b'>' || !are_attributes(&reach[..close]) {
                return None;
            }
            i += close;
        }
        _ => return None,
    }
    let mut end = i + 1;
    let space = !inline && !after_space;
    if space || after_space {
        while bytes.get(end).is_some_and(|&b| b == b' ' || b == b'\t') {
            end += 1;
        }
    }
    Some((end, Cow::Borrowed(if space { " " } else { "" })))
}

/// The mojibake sequence at `at` (`â€`): where it ends and the punctuation it
/// stands for.
fn mojibake(text: &str, at: usize) -> Option<(usize, Cow<'static, str>)> {
    let after = at + "â€".len();
    let next = text[after..].chars().next();
    if next == Some('"') {
        return Some((after + 1, Cow::Borrowed("—")));
    }
    if let Some(c) = next {
        let mut buf = [0u8; 4];
        let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(c.encode_utf8(&mut buf));
        if let (false, [b @ 0x80..=0xBF]) = (unmappable, &bytes[..]) {
            if let Ok(s) = std::str::from_utf8(&[0xE2, 0x80, *b]) {
                return Some((after + c.len_utf8(), Cow::Owned(s.to_string())));
            }
        }
    }
    // The U+009D of `”` was dropped.
    Some((after, Cow::Borrowed("”")))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every piece decoded back from the original span gives the readable text.
    fn check_map(text: &str) {
        let r = read(text);
        for (i, _) in r.text.char_indices() {
            for (j, _) in r.text[i..].char_indices().skip(1).take(4) {
                let span = Span::new(i, i + j);
                let o = r.original(span);
                let decoded = decode(&text[o.start..o.end]);
                // Spans that cut a piece's decoded text take the whole piece.
                if r.pieces.iter().all(|p| {
                    p.decoded.end <= span.start
                        || p.decoded.start >= span.end
                        || (p.decoded.start >= span.start && p.decoded.end <= span.end)
                }) {
                    assert_eq!(decoded, &r.text[i..i + j], "{text:?} {span:?} {o:?}");
                }
            }
        }
    }

    #[test]
    fn every_entity_form_reads_as_its_character() {
        for (given, want) in [
            ("&quot;Yes,&quot; she said.", "\"Yes,\" she said."),
            ("&#34;Yes,&#34; she said.", "\"Yes,\" she said."),
            ("&ldquo;Yes,&rdquo; she said.", "“Yes,” she said."),
            ("&#8220;Yes,&#8221; she said.", "“Yes,” she said."),
            ("&#x201C;Yes,&#x201d; she said.", "“Yes,” she said."),
            ("It&rsquo;s &#39;fine&#39;.", "It’s 'fine'."),
            (
                "&amp;quot;Yes,&amp;quot; said Lee &amp; Co.",
                "\"Yes,\" said Lee & Co.",
            ),
            ("Caf&eacute; &amp; bar", "Café & bar"),
        ] {
            let r = read(given);
            assert_eq!(r.text, want, "{given}");
            check_map(given);
        }
        let r = read("&quot;A&quot; &amp;quot;B&amp;quot;");
        assert_eq!(r.decoding.entities, 4);
    }

    #[test]
    fn mojibake_reads_as_the_punctuation() {
        for (given, want) in [
            ("â€œYes,â€\u{9d} she said.", "“Yes,” she said."),
            ("â€œYes,â€ she said.", "“Yes,” she said."),
            ("It Ã¢ itâ€™s â€˜fineâ€™.", "It Ã¢ it’s ‘fine’."),
            (
                "Wait â€\" now â€” then â€“ so â€¦",
                "Wait — now — then – so …",
            ),
        ] {
            assert_eq!(read(given).text, want, "{given}");
            check_map(given);
        }
        assert_eq!(read("â€œYes,â€\u{9d}").decoding.mojibake, 2);
    }

    #[test]
    fn only_real_tags_are_read_and_inline_ones_as_nothing() {
        struct Case {
            given: &'static str,
            want: &'static str,
            tags: usize,
        }
        let cases = [
            Case {
                given: "\"We are <b>ready</b>,\" she said.",
                want: "\"We are ready,\" she said.",
                tags: 2,
            },
            Case {
                given: "“It <em>will</em> <a href=\"/x\">pass</a>”",
                want: "“It will pass”",
                tags: 4,
            },
            Case {
                given: "“Yes,”<br/>she said",
                want: "“Yes,” she said",
                tags: 1,
            },
            Case {
                given: "<p>Yes</p><p>No</p>",
                want: " Yes No ",
                tags: 4,
            },
            Case {
                given: "“We are <b> ready </b> now”",
                want: "“We are ready now”",
                tags: 2,
            },
            Case {
                given: "“We are <br> ready”",
                want: "“We are ready”",
                tags: 1,
            },
            Case {
                given: "said<br>\t so",
                want: "said so",
                tags: 1,
            },
            Case {
                given: "Yes.</p>\n\n<p>No.",
                want: "Yes. \n\nNo.",
                tags: 2,
            },
            Case {
                given: "<div class=\"x\" data-id=7>Yes</div>",
                want: " Yes ",
                tags: 2,
            },
            Case {
                given: "<input type=checkbox checked>",
                want: " ",
                tags: 1,
            },
            Case {
                given: "<my-widget foo=\"1\">Yes</my-widget>",
                want: " Yes ",
                tags: 2,
            },
            Case {
                given: "<tweet id=\"1\"/>",
                want: " ",
                tags: 1,
            },
            Case {
                given: "<br />",
                want: " ",
                tags: 1,
            },
            // Not tags: words that would be lost.
            Case {
                given: "x <b and c> y",
                want: "x <b and c> y",
                tags: 0,
            },
            Case {
                given: "<p and q> stay",
                want: "<p and q> stay",
                tags: 0,
            },
            Case {
                given: "<sarcasm>yes</sarcasm>",
                want: "<sarcasm>yes</sarcasm>",
                tags: 0,
            },
            Case {
                given: "<a href=\"x>",
                want: "<a href=\"x>",
                tags: 0,
            },
            Case {
                given: "<div =x>",
                want: "<div =x>",
                tags: 0,
            },
        ];
        for case in cases {
            let r = read(case.given);
            assert_eq!(r.text, case.want, "{:?}", case.given);
            assert_eq!(r.decoding.tags, case.tags, "{:?}", case.given);
            check_map(case.given);
        }
    }

    #[test]
    fn tags_read_as_spaces_and_lookalikes_do_not() {
        let r = read("<p>“Yes,”<br/>she said <tweet id=\"1\" lang=\"en\">ok</tweet></p>");
        assert_eq!(r.text, " “Yes,” she said ok ");
        assert_eq!(r.decoding.tags, 5);
        check_map("<p>“Yes,”<br/>she said <tweet id=\"1\">ok</tweet></p>");
        assert_eq!(r.decoding.warning(), None, "tags alone need no cleaning");
        for plain in [
            "a < b and c > d",
            "AT&T said; R&D &c.",
            "1<2",
            "<john@example.org>",
            "Ã and â and &#; &#x; &;",
            "",
        ] {
            let r = read(plain);
            assert!(matches!(r.text, Cow::Borrowed(_)), "{plain}");
            assert!(r.decoding.is_empty() && r.decoding.warning().is_none());
        }
        // A `<` with no `>` within reach is not a tag.
        let far = format!("<a {}>", "x".repeat(TAG_REACH));
        assert_eq!(read(&far).text, far);
    }

    #[test]
    fn offsets_map_back_to_the_original() {
        let text = "x &ldquo;Yes&rdquo; y";
        let r = read(text);
        assert_eq!(r.text, "x “Yes” y");
        let yes = r.text.find("Yes").unwrap();
        let o = r.original(Span::new(yes, yes + 3));
        assert_eq!(&text[o.start..o.end], "Yes");
        let whole = r.original(Span::new(2, r.text.len() - 2));
        assert_eq!(&text[whole.start..whole.end], "&ldquo;Yes&rdquo;");
        assert_eq!(r.original(Span::new(0, 1)), Span::new(0, 1));
        assert_eq!(
            r.original(Span::new(r.text.len() - 1, r.text.len())),
            Span::new(text.len() - 1, text.len())
        );
    }

    #[test]
    fn the_warning_counts_what_was_read() {
        let r = read("&quot;A&quot; â€œBâ€\u{9d} <p>");
        assert_eq!(
            r.decoding.warning().unwrap(),
            "read 2 HTML entities, 2 mojibake sequences (UTF-8 read as Windows-1252) and \
             1 markup tag as the text they stand for; offsets still count the characters \
             of the file as it is: the text needs cleaning"
        );
    }
}
