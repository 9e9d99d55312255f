//! Document layout: the optional leading ` date YYYY-MM-DD` metadata and the
//! paragraphs of the body.
//!
//! Paragraphs are separated by blank lines; a text with no blank line at all has one
//! paragraph per line. Offsets stay those of the original text.

use crate::span::Span;

/// The layout of one article.
#[derive(Clone, Debug)]
pub struct Layout<'a> {
    /// The date given by a leading ` date YYYY-MM-DD` line, if any: always a
    /// calendar date (month 01 to 12, a day that month has).
    pub date: Option<&'a str>,
    /// A leading prefix shaped like a date that is no calendar date
    /// (`date 2024-13-45`): its ten characters. The prefix is then read as the
    /// article's text and `date` is `None`; callers may warn.
    pub invalid_date: Option<&'a str>,
    /// Where the article text begins (after the date metadata).
    pub body_start: usize,
    /// Paragraph spans, trimmed of surrounding white space, in order.
    pub paragraphs: Vec<Span>,
}

impl<'a> Layout<'a> {
    /// The layout of `text`: its date prefix and its paragraphs.
    pub fn of(text: &'a str) -> Layout<'a> {
        let (date, body_start) = date_metadata(text);
        // A prefix shaped like a date that is none is the article's text.
        let (date, invalid_date, body_start) = match date {
            Some(d) if !is_calendar_date(d) => (None, Some(d), 0),
            d => (d, None, body_start),
        };
        let paragraphs = paragraphs(text, body_start);
        Layout {
            date,
            invalid_date,
            body_start,
            paragraphs,
        }
    }
}

/// Recognise a leading `date YYYY-MM-DD` (after optional white space, and followed by
/// white space or the end) and return it with the offset where the text begins.
fn date_metadata(text: &str) -> (Option<&str>, usize) {
    let trimmed = text.trim_start_matches([' ', '\t', '\u{feff}']);
    let Some(rest) = trimmed.strip_prefix("date ") else {
        return (None, 0);
    };
    let rest_start = text.len() - rest.len();
    let bytes = rest.as_bytes();
    let is_date = bytes.len() >= 10
        && bytes[..4].iter().all(u8::is_ascii_digit)
        && bytes[4] == b'-'
        && bytes[5..7].iter().all(u8::is_ascii_digit)
        && bytes[7] == b'-'
        && bytes[8..10].iter().all(u8::is_ascii_digit)
        && bytes.get(10).is_none_or(|b| b.is_ascii_whitespace());
    if !is_date {
        return (None, 0);
    }
    let date = &text[rest_start..rest_start + 10];
    let mut body = rest_start + 10;
    while body < text.len() && matches!(text.as_bytes()[body], b' ' | b'\t') {
        body += 1;
    }
    (Some(date), body)
}

/// Whether `YYYY-MM-DD` (digits already checked) names a day of the Gregorian
/// calendar: a month from 01 to 12 and a day that month has in that year.
fn is_calendar_date(date: &str) -> bool {
    let number = |range: std::ops::Range<usize>| date[range].parse::<u32>().unwrap_or(0);
    let (year, month, day) = (number(0..4), number(5..7), number(8..10));
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

fn paragraphs(text: &str, start: usize) -> Vec<Span> {
    let body = &text[start..];
    let blank_lines = has_blank_line(body);
    let mut out = Vec::new();
    let mut para_start = start;
    let mut line_start = start;
    let mut prev_blank = false;
    for nl in memchr::memchr_iter(b'\n', body.as_bytes()) {
        let nl = start + nl;
        let line = &text[line_start..nl];
        let blank = line.trim().is_empty();
        if !blank_lines || (blank && !prev_blank) {
            push_trimmed(
                text,
                para_start,
                if blank { line_start } else { nl },
                &mut out,
            );
            para_start = nl + 1;
        } else if blank {
            para_start = nl + 1;
        }
        prev_blank = blank;
        line_start = nl + 1;
    }
    push_trimmed(text, para_start, text.len(), &mut out);
    out
}

fn has_blank_line(body: &str) -> bool {
    let mut prev = None;
    for nl in memchr::memchr_iter(b'\n', body.as_bytes()) {
        if let Some(p) = prev {
            if body[p + 1..nl].trim().is_empty() {
                return true;
            }
        }
        prev = Some(nl);
    }
    false
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(Span::new(start + lead, end - trail));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'a>(text: &'a str, layout: &Layout) -> Vec<&'a str> {
        layout
            .paragraphs
            .iter()
            .map(|p| &text[p.start..p.end])
            .collect()
    }

    #[test]
    fn date_line_is_metadata() {
        let text = " date 2022-02-08 Macron arrived.\n\nHe said so.";
        let layout = Layout::of(text);
        assert_eq!(layout.date, Some("2022-02-08"));
        assert_eq!(&text[layout.body_start..layout.body_start + 6], "Macron");
        assert_eq!(texts(text, &layout), ["Macron arrived.", "He said so."]);
    }

    #[test]
    fn only_calendar_dates_are_dates() {
        struct Case {
            text: &'static str,
            date: Option<&'static str>,
            invalid: Option<&'static str>,
        }
        let cases = [
            Case {
                text: "date 2024-02-29 Talks.",
                date: Some("2024-02-29"),
                invalid: None,
            },
            Case {
                text: "date 2000-02-29 Talks.",
                date: Some("2000-02-29"),
                invalid: None,
            },
            Case {
                text: "date 2022-12-31\nTalks.",
                date: Some("2022-12-31"),
                invalid: None,
            },
            Case {
                text: "date 2022-01-01 Talks.",
                date: Some("2022-01-01"),
                invalid: None,
            },
            Case {
                text: "date 2024-13-45 Talks.",
                date: None,
                invalid: Some("2024-13-45"),
            },
            Case {
                text: "date 2024-00-10 Talks.",
                date: None,
                invalid: Some("2024-00-10"),
            },
            Case {
                text: "date 2024-04-31 Talks.",
                date: None,
                invalid: Some("2024-04-31"),
            },
            Case {
                text: "date 2023-02-29 Talks.",
                date: None,
                invalid: Some("2023-02-29"),
            },
            Case {
                text: "date 1900-02-29 Talks.",
                date: None,
                invalid: Some("1900-02-29"),
            },
            Case {
                text: "date 2024-01-00 Talks.",
                date: None,
                invalid: Some("2024-01-00"),
            },
            Case {
                text: "date 24-01-10 Talks.",
                date: None,
                invalid: None,
            },
        ];
        for case in cases {
            let layout = Layout::of(case.text);
            assert_eq!(layout.date, case.date, "{:?}", case.text);
            assert_eq!(layout.invalid_date, case.invalid, "{:?}", case.text);
            // An invalid date is text: the article starts at the prefix.
            if case.date.is_none() {
                assert_eq!(layout.body_start, 0, "{:?}", case.text);
                assert_eq!(layout.paragraphs[0].start, 0, "{:?}", case.text);
            }
        }
    }

    #[test]
    fn no_date_when_not_a_date() {
        let layout = Layout::of("date night ended badly.");
        assert_eq!(layout.date, None);
        assert_eq!(layout.body_start, 0);
    }

    #[test]
    fn blank_lines_separate_paragraphs_when_present() {
        let text = "One line\nwrapped here.\n\n\n  Two.\r\n\r\nThree.";
        let layout = Layout::of(text);
        assert_eq!(
            texts(text, &layout),
            ["One line\nwrapped here.", "Two.", "Three."]
        );
    }

    #[test]
    fn single_lines_are_paragraphs_without_blank_lines() {
        let text = "One.\nTwo.\nThree.";
        assert_eq!(texts(text, &Layout::of(text)), ["One.", "Two.", "Three."]);
    }
}
