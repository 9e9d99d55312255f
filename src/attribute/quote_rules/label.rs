//! **Label**: a speaker's name and a colon right before the quote, opening the
//! sentence, as in headlines, newsletters and transcripts.
//!
//! ```text
//! Ferris: ‘We will not be silenced’
//! – Phil Burr: "The count is not over."
//! RAMOS: We asked the governor twice.        (a transcript line, no marks)
//! A: I have not decided.                     (the interviewee's answer)
//! ```
//!
//! A name in capitals is written in title case (`RAMOS` → `Ramos`), so that a
//! full name elsewhere in the article (`Jorge Ramos`) joins it. An answer (`A:`)
//! is the interviewee's: the last person who was a sentence's subject before
//! it. A question (`Q:`) is the interviewer's, and not reported. A colon after
//! a sentence with a cue (`Putin said: "…"`) is [`cue_before`](super::cue_before)'s;
//! a colon after other words is [`colon_intro`](super::colon_intro)'s.

use compact_str::CompactString;

use crate::attribute::grammar::{Ctx, NpKind};
use crate::attribute::quote_rules::{Hit, QuoteAt};
use crate::attribute::{Analyzer, Source};
use crate::scan::tokens::TokKind;
use crate::span::Span;
use crate::Method;

pub(super) fn find(an: &mut Analyzer, ctx: &Ctx, at: &QuoteAt) -> Option<Hit> {
    let i = at.i;
    if let Some(label) = at.quote.label {
        return transcript_label(an, ctx, at, label);
    }
    if i < ctx.s + 2 || !ctx.punct(i - 1, ':') {
        return None;
    }
    let last = i - 2;
    let np = ctx.np_ending_at(last, ctx.s)?;
    // "Said Ellis:" is a cue and its speaker, not a label.
    if (np.first..=np.last).any(|t| ctx.toks[t].cue.is_some()) {
        return None;
    }
    let opens = np.first == ctx.s
        || (np.first == ctx.s + 1
            && matches!(
                ctx.tok_kind(ctx.s),
                Some(TokKind::Punct('–' | '—' | '-' | '•' | '*'))
            ));
    if !opens || !matches!(np.kind, NpKind::Name | NpKind::Dict { .. }) {
        return None;
    }
    // Form fields and headings: "Name: …", "Update: …".
    if np.first == np.last
        && NOT_SPEAKERS
            .iter()
            .any(|w| ctx.word(np.first).eq_ignore_ascii_case(w))
    {
        return None;
    }
    let span = Span::new(ctx.toks[np.first].span.start, ctx.toks[np.last].span.end);
    let phrase = &ctx.text[span.start..span.end];
    let src = if np.kind == NpKind::Name && !phrase.bytes().any(|b| b.is_ascii_lowercase()) {
        capitals_source(an, ctx, span, at.p)
    } else {
        let mut src = an.source(ctx, i - 1, np, at.p);
        src.cue = None;
        src.addressee = None;
        src
    };
    Some(Hit::Source(src))
}

/// The source of a transcript label: the interviewer's question is no one's
/// reported speech, the answer is the interviewee's, a name is its speaker.
fn transcript_label(an: &mut Analyzer, ctx: &Ctx, at: &QuoteAt, label: Span) -> Option<Hit> {
    match &ctx.text[label.start..label.end] {
        "Q" => Some(Hit::NotSpeech),
        "A" => {
            let entity = an.discourse.last_subject_person(label.start)?;
            Some(Hit::Source(Source {
                entity: Some(entity),
                method: Method::Continuation,
                mention: Some(label),
                cue: None,
                addressee: None,
            }))
        }
        _ => Some(Hit::Source(capitals_source(an, ctx, label, at.p))),
    }
}

/// The source named by a label in capitals (`RAMOS`), written in title case so
/// that the full name elsewhere in the article joins it; a label in mixed case
/// (`McCain`) is kept as written.
fn capitals_source(an: &mut Analyzer, ctx: &Ctx, span: Span, p: usize) -> Source {
    let written = &ctx.text[span.start..span.end];
    let name = if written.bytes().any(|b| b.is_ascii_lowercase()) {
        CompactString::new(written)
    } else {
        title_case(written)
    };
    let entity = an.discourse.name_entity(&name);
    an.discourse.mention(span.start, entity, p, false);
    Source {
        entity: Some(entity),
        method: Method::Explicit,
        mention: Some(span),
        cue: None,
        addressee: None,
    }
}

/// Words that open a line as a form field or a heading, not as a speaker.
const NOT_SPEAKERS: &[&str] = &[
    "answer", "headline", "name", "note", "photo", "question", "quote", "read", "related",
    "source", "title", "update", "video", "watch",
];

/// `SEN. O'NEILL` → `Sen. O'neill`: each word's first letter kept, the rest
/// lowercase.
fn title_case(words: &str) -> CompactString {
    let mut out = CompactString::default();
    let mut first = true;
    for c in words.chars() {
        if first {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        first = !c.is_alphabetic();
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::attribute::quote_rules::tests::{check, Case};

    #[test]
    fn cases() {
        check(
            "label",
            &[
                Case {
                    name: "headline label, full name later",
                    text: "Ferris: ‘We will not be silenced’\n\nUnion leader Nadia Ferris vowed on Monday to continue the strike.",
                    want: ("We will not be silenced", "Nadia Ferris"),
                },
                Case {
                    name: "transcript line in capitals",
                    text: "Jorge Ramos asked the questions.\n\nRAMOS: We asked the governor twice and got no answer.",
                    want: ("We asked the governor twice and got no answer.", "Jorge Ramos"),
                },
                Case {
                    name: "answer of an interview",
                    text: "Senator Hal Brookes answered questions about his plans.\n\nQ: Will you run again next year?\n\nA: I have not decided. My family comes first.",
                    want: ("I have not decided. My family comes first.", "Hal Brookes"),
                },
            ],
        );
    }

    #[test]
    fn questions_of_an_interview_are_not_reported() {
        let text = "Senator Hal Brookes answered questions.\n\nQ: Will you run again next year?\n\nA: I have not decided.";
        let rows = crate::Extractor::builtin().extract(text).attributions;
        assert!(
            rows.iter().all(|r| !r.text.contains("run again")),
            "{rows:?}"
        );
        assert_eq!(rows.len(), 1, "{rows:?}");
    }
}
