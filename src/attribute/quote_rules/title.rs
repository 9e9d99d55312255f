//! **Title**: quoted words that name a work (a show, a book, a film, a song, a
//! column, a headline) or stand alone as a heading are no one's speech.
//!
//! ```text
//! Trump told NBC's "Meet the Press" that …          (after a possessive)
//! in his book, "The Art of the Deal," he wrote …    (after a word for a work)
//! a memo titled "Next Steps for Rural Hospitals"
//! "A New Start for the Party"                       (a paragraph of its own)
//! shows like "Avatar" and "Broad City"              (a list of titles)
//! the "Avatar" star                                 (a title as a modifier)
//! ```
//!
//! The words must be in title case (every word of four letters or more
//! capitalised; at most twelve words), and stand after a word that introduces a
//! title or a possessive, or make up a whole paragraph. A title-case quote with
//! a speaker tag (`"Thank You," she said`) is speech: it has no such word before
//! it. Tried first, before any rule could give the
//! title the sentence's speaker.

use crate::attribute::grammar::Ctx;
use crate::attribute::quote_rules::{Hit, QuoteAt};
use crate::attribute::Analyzer;
use crate::scan::lexicon::Class;

/// Words after which quoted title-case words are the name of a work.
const TITLE_WORDS: &[&str] = &[
    "album",
    "article",
    "autobiography",
    "book",
    "called",
    "column",
    "documentary",
    "dubbed",
    "editorial",
    "entitled",
    "episode",
    "essay",
    "film",
    "hashtag",
    "headline",
    "in",
    "magazine",
    "memo",
    "memoir",
    "movie",
    "named",
    "novel",
    "on",
    "op-ed",
    "play",
    "podcast",
    "poem",
    "program",
    "programme",
    "report",
    "series",
    "show",
    "slogan",
    "song",
    "speech",
    "titled",
];

pub(super) fn find(_: &mut Analyzer, ctx: &Ctx, at: &QuoteAt) -> Option<Hit> {
    let inner = at.quote.inner;
    if !title_case(&ctx.text[inner.start..inner.end]) {
        return None;
    }
    let i = at.i;
    // The word before, past a comma and "the": "his book, "…"", "on the "…"".
    let mut b = i;
    while b > ctx.s && (ctx.is_comma(b - 1) || ctx.word(b - 1).eq_ignore_ascii_case("the")) {
        b -= 1;
    }
    let before = b.checked_sub(1).map_or("", |x| ctx.word(x));
    let titled = !before.is_empty()
        && (TITLE_WORDS.iter().any(|w| before.eq_ignore_ascii_case(w))
            || before.ends_with("'s")
            || before.ends_with("’s"));
    // A heading: the quote is all its paragraph holds.
    let heading = i == ctx.s
        && (i + 1..ctx.e).all(|x| !ctx.is_word(x) && ctx.quote_at(x).is_none())
        && ctx
            .toks
            .first()
            .is_some_and(|t| t.span.start == ctx.toks[ctx.s].span.start)
        && ctx.e == ctx.toks.len();
    // A list of titles: "shows like "Avatar" and "Broad City"".
    let listed = |x: Option<usize>| {
        x.and_then(|x| ctx.quote_at(x)).is_some_and(|q| {
            let inner = ctx.quotes[q].inner;
            title_case(&ctx.text[inner.start..inner.end])
        })
    };
    let joined = |x: usize| ctx.is_comma(x) || matches!(ctx.word(x), "and" | "or");
    let in_list = (i >= ctx.s + 2 && joined(i - 1) && listed(Some(i - 2)))
        || (joined(i + 1) && listed(Some(i + 2)))
        || (ctx.is_comma(i + 1) && matches!(ctx.word(i + 2), "and" | "or") && listed(Some(i + 3)));
    // A title used as a modifier: "the "Avatar" star", ""Broad City" star".
    let modifier = i > ctx.s
        && (ctx.is(i - 1, Class::Determiner) || ctx.word(i - 1).ends_with("'s"))
        && ctx.is_word(i + 1)
        && !ctx.capitalised(i + 1)
        && ctx.verb(i + 1).is_none()
        && !ctx.is(i + 1, Class::Auxiliary)
        && ctx.class(i + 1).pronoun().is_none();
    // ""Daily Show" host Trevor Noah": a work's title before a word for one of
    // its people or parts, opening the sentence.
    let of_a_work = i == ctx.s
        && !ctx.capitalised(i + 1)
        && matches!(
            ctx.word(i + 1),
            "host"
                | "star"
                | "anchor"
                | "creator"
                | "producer"
                | "fans"
                | "viewers"
                | "cast"
                | "actor"
                | "actress"
                | "writer"
                | "author"
                | "episode"
                | "segment"
        );
    // A headline under a transcript-style label ("FIX IS IN: PBS Moderators …").
    let headline = at.quote.label.is_some();
    (titled || heading || in_list || modifier || of_a_work || headline).then_some(Hit::NotSpeech)
}

/// Whether `words` read as a title: one to twelve words, every word of four
/// letters or more capitalised, and most words capitalised ("There it is" is
/// not a title).
fn title_case(words: &str) -> bool {
    // Most quotes open with a lowercase word or run long: ruled out at once.
    if words.len() > 160 {
        return false;
    }
    let first = words.trim_start_matches(|c: char| !c.is_alphanumeric());
    if first.chars().next().is_none_or(char::is_lowercase) {
        return false;
    }
    // A sentence's second word is lowercase and long more often than not
    // ("We will…", "The talks…"): look at it before splitting the rest, by bytes
    // when the first words are ASCII.
    if let Some(long_lowercase) = ascii_second_word_long_lowercase(first.as_bytes()) {
        if long_lowercase {
            return false;
        }
    } else if let Some(second) = first.split_whitespace().nth(1) {
        let second = second.trim_matches(|c: char| !c.is_alphanumeric());
        if second.chars().next().is_some_and(char::is_lowercase) && second.chars().count() >= 4 {
            return false;
        }
    }
    let mut n = 0;
    let mut capitals = 0;
    for w in words.split(|c: char| c.is_whitespace() || c == '-' || c == '—') {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if w.is_empty() {
            continue;
        }
        n += 1;
        let first = w.chars().next().unwrap_or(' ');
        if first.is_uppercase() || first.is_ascii_digit() {
            capitals += 1;
        } else if w.chars().count() >= 4 {
            return false;
        }
    }
    (1..=12).contains(&n) && capitals * 2 > n
}

/// For text whose first two words are ASCII: whether its second word (trimmed
/// of what is not a letter or digit) starts with a lowercase letter and has four
/// characters or more. `None` when the bytes read are not all ASCII.
fn ascii_second_word_long_lowercase(text: &[u8]) -> Option<bool> {
    let mut at = 0;
    let ascii = |at: usize| text.get(at).is_none_or(u8::is_ascii);
    // `char::is_whitespace` on ASCII: `is_ascii_whitespace` and the vertical tab.
    let space = |b: &u8| b.is_ascii_whitespace() || *b == 0x0B;
    // The first word, then the white space after it.
    while at < text.len() && !space(&text[at]) {
        if !ascii(at) {
            return None;
        }
        at += 1;
    }
    while at < text.len() && space(&text[at]) {
        at += 1;
    }
    if !ascii(at) {
        return None;
    }
    let start = at;
    while at < text.len() && !space(&text[at]) {
        if !ascii(at) {
            return None;
        }
        at += 1;
    }
    if at < text.len() && !space(&text[at]) {
        return None;
    }
    let word = &text[start..at];
    let a = word.iter().position(u8::is_ascii_alphanumeric);
    let b = word.iter().rposition(u8::is_ascii_alphanumeric);
    Some(match (a, b) {
        (Some(a), Some(b)) => word[a].is_ascii_lowercase() && b - a + 1 >= 4,
        _ => false,
    })
}

#[cfg(test)]
mod tests {
    use super::ascii_second_word_long_lowercase;

    #[test]
    fn second_word_by_bytes_agrees_with_the_split_by_chars() {
        let by_chars = |text: &str| {
            text.split_whitespace().nth(1).is_some_and(|second| {
                let second = second.trim_matches(|c: char| !c.is_alphanumeric());
                second.chars().next().is_some_and(char::is_lowercase) && second.chars().count() >= 4
            })
        };
        for text in [
            "We will win",
            "The talks",
            "Avatar",
            "Broad City",
            "It is",
            "A \"good\" deal",
            "One\x0bmore time",
            "Two  (spaces) here",
            "",
            "Tab\tseparated words",
            "Number 1234 rises",
        ] {
            assert_eq!(
                ascii_second_word_long_lowercase(text.as_bytes()),
                Some(by_chars(text)),
                "{text:?}"
            );
        }
        // Not ASCII: left to the split by chars.
        assert_eq!(
            ascii_second_word_long_lowercase("Café society".as_bytes()),
            None
        );
    }

    use crate::Extractor;

    #[test]
    fn titles_and_headings_are_not_speech() {
        struct Case {
            name: &'static str,
            text: &'static str,
            want: &'static [&'static str],
        }
        let cases = [
            Case {
                name: "a show after a possessive",
                text: "Ana Ruiz told NBC's \"Meet the Press\" on Sunday that the bill would pass.",
                want: &[],
            },
            Case {
                name: "a book after a comma",
                text: "Ana Ruiz said in her book, \"The Long Road Home,\" that she had doubts.",
                want: &[],
            },
            Case {
                name: "a heading paragraph",
                text: "\"A New Start for the Party\"\n\n\"We will win,\" Ana Ruiz said.",
                want: &["We will win,"],
            },
            Case {
                name: "title-case speech with a tag is speech",
                text: "\"Thank You All,\" Ana Ruiz said.",
                want: &["Thank You All,"],
            },
            Case {
                name: "a list of titles",
                text:
                    "Ana Ruiz said she watched shows like \"Avatar\" and \"Broad City\" as a child.",
                want: &[],
            },
            Case {
                name: "a title as a modifier",
                text: "After the news broke, the \"Avatar\" star posted a long message.",
                want: &[],
            },
            Case {
                name: "a lowercase quote after a possessive is speech",
                text: "Ana Ruiz called the governor's plan \"a disaster for the state\" on Monday.",
                want: &["a disaster for the state"],
            },
        ];
        let extractor = Extractor::builtin();
        for case in cases {
            let rows = extractor.extract(case.text).attributions;
            let quotes: Vec<&str> = rows
                .iter()
                .filter(|r| r.kind.is_quote())
                .map(|r| r.text.as_str())
                .collect();
            assert_eq!(quotes, case.want, "{}", case.name);
        }
    }
}
