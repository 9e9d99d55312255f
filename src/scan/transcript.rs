//! Transcripts: a paragraph that opens with a speaker label and holds no quote
//! marks is speech all the same.
//!
//! ```text
//! RAMOS: We asked the governor twice.        (an all-capitals name, one to three words)
//! Q: Will you run again?                     (the interviewer's question)
//! A: I have not decided.                     (the interviewee's answer)
//! ```
//!
//! The words after the label become a quote with no marks
//! ([`Quote::transcript`]); the attribution's `label` rule names its speaker.
//! Labels in mixed case (`Note:`, `Washington:`) are not taken here, since
//! prose opens paragraphs that way; a label before a *marked* quote
//! (`Ferris: ‘We will not be silenced’`) is the `label` rule's alone. A
//! paragraph that is only a stage direction (`(CROSSTALK)`) is no speech.

use crate::scan::quotes::Quote;
use crate::span::Span;

/// Words in capitals that open paragraphs as headings, not speakers.
const NOT_SPEAKERS: &[&str] = &[
    "AP",
    "BREAKING",
    "CLICK",
    "CONTACT",
    "CORRECTION",
    "EDITOR",
    "EDITOR'S",
    "EMAIL",
    "EXCLUSIVE",
    "NOTE",
    "PHOTO",
    "PHOTOS",
    "READ",
    "RELATED",
    "SOURCE",
    "SOURCES",
    "UPDATE",
    "UPDATED",
    "VIDEO",
    "WATCH",
];

/// The transcript label opening `para` and the byte offset where the words
/// after it start, if it opens with one: `Q:` or `A:`, or one to three words in
/// capitals (letters, `.`, `'`, `-`; one word of three letters or more).
pub(crate) fn label_at(text: &str, para: Span) -> Option<(Span, usize)> {
    let body = &text[para.start..para.end];
    // A label opens with two capitals ("RAMOS", "SEN.") or is "Q:" or "A:": most
    // paragraphs and quotes are ruled out by their first two bytes.
    match body.as_bytes() {
        [a, b, ..] if a.is_ascii_uppercase() && (b.is_ascii_uppercase() || *b == b':') => {}
        _ => return None,
    }
    // A label is short: look for its colon in the first 40 bytes only.
    let colon = memchr::memchr(b':', &body.as_bytes()[..body.len().min(40)])?;
    let label = &body[..colon];
    let words: Vec<&str> = label.split(' ').collect();
    let is_qa = matches!(label, "Q" | "A");
    let is_name = (1..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.len() >= 2
                && w.bytes()
                    .all(|b| b.is_ascii_uppercase() || matches!(b, b'.' | b'\'' | b'-'))
                && w.bytes().any(|b| b.is_ascii_uppercase())
        })
        && words.iter().any(|w| w.len() >= 3)
        && !words.iter().any(|w| NOT_SPEAKERS.contains(w));
    if !(is_qa || is_name) {
        return None;
    }
    let rest = &body[colon + 1..];
    if !rest.starts_with(' ') {
        return None;
    }
    let start = para.start + colon + 1 + (rest.len() - rest.trim_start().len());
    let words = text[start..para.end].trim_end();
    // Nothing said, or only a stage direction.
    if words.is_empty() || (words.starts_with('(') && words.ends_with(')')) {
        return None;
    }
    Some((Span::new(para.start, para.start + colon), start))
}

/// The quote a transcript paragraph holds after its label, if it is one.
pub(crate) fn transcript_quote(text: &str, para: Span, index: usize) -> Option<Quote> {
    let (label, start) = label_at(text, para)?;
    let end = start + text[start..para.end].trim_end().len();
    Some(Quote {
        outer: Span::new(start, end),
        inner: Span::new(start, end),
        paragraph: index,
        opened: false,
        closed: false,
        continues: false,
        continued: false,
        single: false,
        label: Some(label),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels() {
        struct Case {
            name: &'static str,
            text: &'static str,
            want: Option<&'static str>,
        }
        let cases = [
            Case {
                name: "answer",
                text: "A: I have not decided.",
                want: Some("I have not decided."),
            },
            Case {
                name: "question",
                text: "Q: Will you run again?",
                want: Some("Will you run again?"),
            },
            Case {
                name: "name in capitals",
                text: "SEN. O'NEILL: We asked twice.",
                want: Some("We asked twice."),
            },
            Case {
                name: "mixed case is prose",
                text: "Washington: the city waits.",
                want: None,
            },
            Case {
                name: "a heading word",
                text: "UPDATE: The vote was moved.",
                want: None,
            },
            Case {
                name: "a stage direction only",
                text: "RAMOS: (CROSSTALK)",
                want: None,
            },
            Case {
                name: "no colon",
                text: "NATO leaders met today.",
                want: None,
            },
        ];
        for case in cases {
            let para = Span::new(0, case.text.len());
            let got = transcript_quote(case.text, para, 0)
                .map(|q| &case.text[q.inner.start..q.inner.end]);
            assert_eq!(got, case.want, "{}", case.name);
        }
    }
}
