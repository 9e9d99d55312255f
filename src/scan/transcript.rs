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
//! A label before a *marked* quote (`Ferris: ‘We will not be silenced’`) is the
//! `label` rule's alone. A paragraph that is only a stage direction
//! (`(CROSSTALK)`) is no speech.
//!
//! Labels in mixed case (`Anderson Cooper:`, `Cooper:`) are a transcript's only
//! when the article shows it is one, since prose and lists open paragraphs that
//! way too (`Washington: the city waits`, `Clinton: 547.`, a headline
//! `Sanders: It Is Not A Radical Idea`): the label's last word opens at least
//! two paragraphs of the article (in any case, so `COOPER:` and `Cooper:` count
//! together), the article shows a person so labelled (a label in capitals, or
//! a first name and a surname: `Anderson Cooper:` before `Cooper:`), it is
//! one to three capitalised words, none a heading word, and the words after it
//! are a sentence of three words or more, not in title case.
//!
//! A label in capitals opening an article's first paragraph and used nowhere
//! else, with no other label in the article, is a dateline (`NEW DELHI: The
//! government …`), not a speaker.

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

/// Words that open paragraphs in mixed case as headings and list items, not as
/// speakers (compared in any case).
const NOT_SPEAKERS_MIXED: &[&str] = &[
    "answer",
    "breaking",
    "byline",
    "contributing",
    "correction",
    "headline",
    "latest",
    "name",
    "note",
    "photo",
    "poll",
    "question",
    "quote",
    "read",
    "related",
    "report",
    "revealed",
    "source",
    "title",
    "twitter",
    "update",
    "video",
    "watch",
];

/// A label in mixed case opening `para` (`Anderson Cooper`, `Cooper`), the
/// byte offset where the words after it start, and its last word, lowercase,
/// to count how many paragraphs it opens; the caller decides whether the
/// article is a transcript. Labels in capitals are [`label_at`]'s.
pub(crate) fn mixed_label_at(text: &str, para: Span) -> Option<(Span, usize, String)> {
    let body = &text[para.start..para.end];
    // A capital, then a lowercase letter: most paragraphs are ruled out here
    // or by having no colon in their first 40 bytes.
    match body.as_bytes() {
        [a, b, ..] if a.is_ascii_uppercase() && b.is_ascii_lowercase() => {}
        _ => return None,
    }
    let colon = memchr::memchr(b':', &body.as_bytes()[..body.len().min(40)])?;
    let label = &body[..colon];
    let words: Vec<&str> = label.split(' ').collect();
    let is_name = (1..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.len() >= 2
                && w.bytes().next().is_some_and(|b| b.is_ascii_uppercase())
                && w.bytes()
                    .all(|b| b.is_ascii_alphabetic() || matches!(b, b'.' | b'\'' | b'-'))
                && !NOT_SPEAKERS_MIXED.iter().any(|n| w.eq_ignore_ascii_case(n))
        });
    if !is_name {
        return None;
    }
    let rest = &body[colon + 1..];
    if !rest.starts_with(' ') {
        return None;
    }
    let start = para.start + colon + 1 + (rest.len() - rest.trim_start().len());
    let said = text[start..para.end].trim_end();
    // A sentence, not a number, a stage direction or a headline in title case.
    let said_words: Vec<&str> = said.split_whitespace().collect();
    let capitalised = said_words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    if said_words.len() < 3
        || (said.starts_with('(') && said.ends_with(')'))
        || capitalised * 2 > said_words.len()
        || !said.chars().next().is_some_and(char::is_alphabetic)
    {
        return None;
    }
    let last = words.last()?.to_ascii_lowercase();
    Some((Span::new(para.start, para.start + colon), start, last))
}

/// Whether a mixed-case label reads as a person's name: two words or more, the
/// first a known first name (`Anderson Cooper`, not `Background` or `Washington`).
pub(crate) fn names_a_person(label: &str) -> bool {
    let mut words = label.split(' ');
    let first = words.next().unwrap_or("");
    words.next().is_some() && crate::dict::first_name_gender(first).is_some()
}

/// The last word of a label in capitals opening `para`, lowercase: what
/// [`mixed_label_at`]'s labels are counted with.
pub(crate) fn capitals_label_key(text: &str, para: Span) -> Option<String> {
    let (label, _) = label_at(text, para)?;
    let words = &text[label.start..label.end];
    if matches!(words, "Q" | "A") {
        return None;
    }
    Some(words.rsplit(' ').next()?.to_ascii_lowercase())
}

/// A transcript quote whose label is `label` and whose words start at `start`.
pub(crate) fn labelled_quote(
    text: &str,
    para: Span,
    index: usize,
    label: Span,
    start: usize,
) -> Quote {
    let end = start + text[start..para.end].trim_end().len();
    Quote {
        outer: Span::new(start, end),
        inner: Span::new(start, end),
        paragraph: index,
        opened: false,
        closed: false,
        continues: false,
        continued: false,
        single: false,
        label: Some(label),
    }
}

/// The quote a transcript paragraph holds after its label, if it is one.
pub(crate) fn transcript_quote(text: &str, para: Span, index: usize) -> Option<Quote> {
    let (label, start) = label_at(text, para)?;
    Some(labelled_quote(text, para, index, label, start))
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

    /// Mixed-case labels in whole articles: (label, words) of each transcript
    /// quote found.
    #[test]
    fn mixed_case_labels_only_in_transcripts() {
        use crate::scan::layout::Layout;
        use crate::scan::quotes::QuoteScanner;
        struct Case {
            name: &'static str,
            text: &'static str,
            want: &'static [(&'static str, &'static str)],
        }
        let cases = [
            Case {
                name: "a transcript in mixed case",
                text: "Anderson Cooper: Senator, will you run again?\n\n\
                       Warren: I have not decided that yet.\n\n\
                       Cooper: When will you decide then?\n\n\
                       Warren: Not before the summer is over.",
                want: &[
                    ("Anderson Cooper", "Senator, will you run again?"),
                    ("Warren", "I have not decided that yet."),
                    ("Cooper", "When will you decide then?"),
                    ("Warren", "Not before the summer is over."),
                ],
            },
            Case {
                name: "capitals and mixed case together",
                text: "COOPER: Will you run again, Senator?\n\n\
                       Cooper: And when will you decide?",
                want: &[
                    ("COOPER", "Will you run again, Senator?"),
                    ("Cooper", "And when will you decide?"),
                ],
            },
            Case {
                name: "one label is prose",
                text: "Washington: the city waits for the vote.\n\nThe vote is on Monday.",
                want: &[],
            },
            Case {
                name: "repeated list items with numbers",
                text: "Clinton: 547.\n\nSanders: 46.\n\nClinton: 2,316.\n\nSanders: 1,547.",
                want: &[],
            },
            Case {
                name: "headlines in title case",
                text: "Sanders: It Is Not A Radical Idea.\n\nHe spoke.\n\n\
                       Sanders: I Am Not Much Of A Socialist.",
                want: &[],
            },
            Case {
                name: "heading words",
                text: "Update: the vote was moved to Monday.\n\nUpdate: the vote was moved again today.",
                want: &[],
            },
            Case {
                name: "a label once",
                text: "Cooper: Will you run again?\n\nShe said she would.",
                want: &[],
            },
            Case {
                name: "repeated headings that name no person",
                text: "Background: The mill closed in 2019 after forty years.\n\n\
                       Background: Jobs in the county have halved since then.\n\n\
                       Washington: The Senate passed the bill late on Tuesday.\n\n\
                       Washington: Lawmakers return from recess next week.",
                want: &[],
            },
            Case {
                name: "a dateline in capitals",
                text: "NEW DELHI: The government announced a rail plan on Monday.\n\n\
                       The plan was welcomed by the unions.",
                want: &[],
            },
            Case {
                name: "a label in capitals once, in a transcript",
                text: "MARTIN: Good evening and welcome.\n\nOKAFOR: Thank you for having me.\n\n\
                       MARTIN: Let us begin with the budget.",
                want: &[
                    ("MARTIN", "Good evening and welcome."),
                    ("OKAFOR", "Thank you for having me."),
                    ("MARTIN", "Let us begin with the budget."),
                ],
            },
        ];
        for case in cases {
            let layout = Layout::of(case.text);
            let got: Vec<(&str, &str)> = QuoteScanner::default()
                .scan(case.text, &layout.paragraphs)
                .iter()
                .filter_map(|q| {
                    let label = q.label?;
                    Some((
                        &case.text[label.start..label.end],
                        &case.text[q.inner.start..q.inner.end],
                    ))
                })
                .collect();
            assert_eq!(got, case.want, "{}", case.name);
        }
    }
}
