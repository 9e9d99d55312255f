//! Where a reported clause starts and ends, read from the reporter's words: no
//! parser, only the shape of the words after a cue (a subject-like word and a
//! verb soon after) and the punctuation and words that open an aside.

use crate::attribute::grammar::{Ctx, NpKind};
use crate::dict::{CueFrame, CuePos, ReportingVerb};
use crate::scan::lexicon::Class;
use crate::scan::tokens::TokKind;

/// Where the content of the cue at `c` starts, past an addressee (`told
/// reporters`), adverbials (`on Tuesday`, `again`, `in a statement`) and `that`.
#[derive(Clone, Copy, Debug)]
pub(super) struct ClauseStart {
    /// The first token of the content.
    pub k: usize,
    /// Whether a `that` stood before it.
    pub that: bool,
    /// The addressee's last token, for a verb of telling.
    pub addressee_end: Option<usize>,
}

/// The [`ClauseStart`] of the cue at `c`, whose verb is `verb`.
pub(super) fn clause_start(ctx: &Ctx, c: usize, verb: &ReportingVerb) -> ClauseStart {
    let mut k = ctx.after_cue(c);
    let mut addressee_end = None;
    if verb.frame == CueFrame::Tell {
        if let Some((_, b)) = ctx.addressee(c) {
            k = b + 1;
            addressee_end = Some(b);
        } else if let Some(np) = ctx
            .np_starting_at(k)
            .filter(|np| !matches!(np.kind, NpKind::Pronoun(_)))
            .filter(|np| looks_like_clause(ctx, np.last + 1))
        {
            // "told Reuters the vaccine was safe": a name, then the clause.
            k = np.last + 1;
            addressee_end = Some(np.last);
        }
    }
    // Adverbials between the verb and its clause.
    let mut guard = 0;
    while k < ctx.e && guard < 4 {
        guard += 1;
        let w = ctx.word(k);
        if w.is_empty() {
            break;
        }
        if w.eq_ignore_ascii_case("that") {
            break;
        }
        if ctx.capitalised(k) && ctx.is(k, Class::Weekday)
            || matches!(
                w,
                "yesterday"
                    | "today"
                    | "tonight"
                    | "earlier"
                    | "later"
                    | "again"
                    | "also"
                    | "repeatedly"
                    | "publicly"
                    | "privately"
                    | "separately"
                    | "recently"
                    | "previously"
                    | "last"
                    | "this"
            )
        {
            k += 1;
            if matches!(w, "last" | "this") {
                k += 1;
            }
            continue;
        }
        if ctx.is(k, Class::AdverbialPreposition) {
            let mut r = k + 1;
            while r < ctx.e && r < k + 10 {
                if ctx.word(r).eq_ignore_ascii_case("that")
                    || ctx.is_comma(r)
                    || ctx.punct(r, ':')
                    || ctx.quote_at(r).is_some()
                {
                    break;
                }
                r += 1;
            }
            if r < ctx.e && ctx.word(r).eq_ignore_ascii_case("that") {
                k = r;
                break;
            }
            if r < ctx.e && ctx.is_comma(r) {
                k = r + 1;
                continue;
            }
            k = r;
            break;
        }
        break;
    }
    let mut that = false;
    if ctx.word(k).eq_ignore_ascii_case("that") {
        that = true;
        k += 1;
        if ctx.is_comma(k) {
            k += 1;
        }
    }
    ClauseStart {
        k,
        that,
        addressee_end,
    }
}

/// Whether word `w` is a subject pronoun with a verb contracted onto it: `he'd`,
/// `they’re`, `it's`, `there's`, `I'm`.
pub(super) fn contracted_subject(w: &str) -> bool {
    let Some((stem, tail)) = w.split_once(['\'', '’']) else {
        return false;
    };
    let stem_ok = [
        "i", "you", "he", "she", "it", "we", "they", "that", "there", "what", "who",
    ]
    .iter()
    .any(|x| stem.eq_ignore_ascii_case(x));
    let tail_ok = ["s", "d", "ll", "re", "ve", "m"]
        .iter()
        .any(|x| tail.eq_ignore_ascii_case(x));
    stem_ok && tail_ok
}

/// Whether the word at `i` reads as a present-tense verb after its subject:
/// `the plan makes`, `Ruiz deserves`, `it seems` (a lowercase word in -s whose
/// neighbour before is no determiner, preposition or "of").
fn present_verb(ctx: &Ctx, i: usize) -> bool {
    let w = ctx.word(i);
    let b = w.as_bytes();
    if b.len() < 4 || ctx.capitalised(i) || b[b.len() - 1] != b's' {
        return false;
    }
    if matches!(b[b.len() - 2], b's' | b'u' | b'i' | b'\'') || w.ends_with("’s") {
        return false;
    }
    let p = i - 1;
    ctx.is_word(p)
        && !ctx.is(p, Class::Determiner)
        && !ctx.is(p, Class::AdverbialPreposition)
        && !matches!(
            ctx.word(p),
            "of" | "for" | "to" | "and" | "or" | "as" | "than"
        )
}

/// Whether the tokens from `k` read as a clause with no "that": a subject-like
/// first word and a finite verb soon after (an auxiliary, a past tense, a verb in
/// -s, a reporting verb), or a subject pronoun, contracted or not (`he'd`).
pub(super) fn looks_like_clause(ctx: &Ctx, k: usize) -> bool {
    if !ctx.is_word(k) {
        return false;
    }
    let w = ctx.word(k);
    let class = ctx.class(k);
    let one_of = |words: &[&str]| words.iter().any(|x| w.eq_ignore_ascii_case(x));
    if one_of(&[
        "to",
        "of",
        "for",
        "about",
        "goodbye",
        "so",
        "yes",
        "no",
        "hello",
        "thanks",
        "nothing",
        "something",
        "anything",
        "little",
        "much",
        "otherwise",
        "not",
        "as",
        "and",
        "but",
    ]) || class.has(Class::AdverbialPreposition)
    {
        return false;
    }
    if class.pronoun().is_some() || class.has(Class::FirstPerson) || contracted_subject(w) {
        return true;
    }
    // Subject-like: a determiner, a name, a number, a source noun, a plural,
    // a wh-word or a conjunction opening the clause; any other word may be a
    // bare noun or a modifier ("funding is needed", "economic growth slowed").
    let starts = class.has(Class::Determiner)
        || ctx.capitalised(k)
        || w.chars().next().is_some_and(|c| c.is_ascii_digit())
        || class.has(Class::SpeakerNoun)
        || one_of(&[
            "if",
            "there",
            "while",
            "when",
            "because",
            "although",
            "despite",
            "what",
            "how",
            "whether",
            "everything",
            "everyone",
            "nobody",
            "none",
            "more",
            "only",
        ])
        || (w.ends_with('s') || w.ends_with('S')) && w.len() > 3;
    // A bare noun subject needs its verb right after: "funding is needed".
    // Anything else may be a bare noun or a modifier ("funding is needed",
    // "economic growth slowed"), but not an adverb ("demanding instead …"):
    // the verb soon after decides.
    if !starts && (w.ends_with("ly") || one_of(&["instead", "even", "just", "also", "too"])) {
        return false;
    }
    let mut i = k;
    while i < ctx.e && i < k + 12 {
        let w = ctx.word(i);
        if i > k && ctx.verb(i).is_some_and(|v| v.pos == CuePos::Verb) && !ctx.cue_blocked(i) {
            return true;
        }
        // `said Lund "is a phony"`, `said the bill "would never pass"`: a
        // subject, then the quoted rest of the clause.
        if i > k && starts && ctx.quote_at(i).is_some() && i <= k + 4 {
            return true;
        }
        if i > k
            && (w.eq_ignore_ascii_case("that")
                || ctx.quote_at(i).is_some()
                || ctx.punct(i, ';')
                || ctx.punct(i, ':'))
        {
            return false;
        }
        if ctx.is(i, Class::Auxiliary)
            || ctx.is(i, Class::IrregularPast)
            || (i > k && w.len() > 4 && w.ends_with("ed") && !ctx.capitalised(i))
            || (i > k && (present_verb(ctx, i) || contracted_subject(w)))
        {
            return true;
        }
        i += 1;
    }
    false
}

/// Whether a new report starts at token `n` (after a comma or a conjunction):
/// a cue of its own (`adding that`, `according to`), or a speaker and a finite
/// cue within a few words, auxiliaries and fillers between them allowed (`,
/// Putin said`, `but he argued that`, `while Zelensky and other officials have
/// warned that`).
fn report_starts(ctx: &Ctx, n: usize) -> bool {
    if ctx.verb(n).is_some() {
        return true;
    }
    (n + 1..ctx.e.min(n + 8)).any(|x| {
        if !ctx
            .verb(x)
            .is_some_and(|v| v.pos == CuePos::Verb && !ctx.cue_blocked(x))
        {
            return false;
        }
        let mut j = x - 1;
        while j > n && (ctx.is(j, Class::PreVerbFiller) || ctx.is(j, Class::Auxiliary)) {
            j -= 1;
        }
        // The speaker phrase, or its last conjunct ("Zelensky and other
        // officials"), starts the new report.
        ctx.np_ending_at(j, n)
            .is_some_and(|np| np.first <= n + 3 && (n..np.first).all(|i| ctx.is_word(i)))
    })
}

/// The last token of a claim starting at `k`: the sentence's last word, unless a
/// semicolon or a new report comes first (`, Putin said`, `, adding that`, `and
/// he argued that`, a quote after a comma). Asides (`, which …`, `, including
/// …`), participles (`, angering …`) and colons (`8:30`, an elaboration) stay
/// inside: reported content runs to the sentence end three times in four.
pub(super) fn clause_end(ctx: &Ctx, k: usize) -> Option<usize> {
    content_end(ctx, k, 2, false)
}

/// [`clause_end`] for content of at least `min_words` words (one for an object:
/// `endorsed Trump`), which is an `object` (not a clause) when it is what
/// follows a verb of the object frame.
///
/// The break found for one start serves every start before it (the memo's
/// `clause_break` and `object_break`), so that many cues in one long sentence do
/// not each read it to its end.
pub(super) fn content_end(ctx: &Ctx, k: usize, min_words: usize, object: bool) -> Option<usize> {
    let b = if object {
        ctx.memo.object_break(k, |k| content_break(ctx, k, true))
    } else {
        ctx.memo.clause_break(k, |k| content_break(ctx, k, false))
    };
    if b <= k {
        return None;
    }
    let last = ctx
        .memo
        .last_before(k + 1, b, |x| !matches!(ctx.toks[x].kind, TokKind::Punct(_)))
        .unwrap_or(k);
    if matches!(ctx.toks[last].kind, TokKind::Punct(_)) {
        return None;
    }
    let mut words = 0;
    for x in k..=last {
        crate::work::tick();
        if ctx.is_word(x) || ctx.quote_at(x).is_some() {
            words += 1;
            if words == min_words {
                return Some(last);
            }
        }
    }
    None
}

/// Where content starting at `k` breaks: the token that ends it (a semicolon, a
/// new report after a comma, a second verb after an object), or the sentence's
/// end. The break at a token depends on that token only, not on `k`.
fn content_break(ctx: &Ctx, k: usize, object: bool) -> usize {
    let mut r = k;
    while r < ctx.e {
        crate::work::tick();
        match ctx.toks[r].kind {
            TokKind::Punct(';') => break,
            TokKind::Punct(',') if r > k => {
                let n = r + 1;
                let nw = ctx.word(n);
                let breaks = ctx.quote_at(n).is_some()
                    || report_starts(ctx, n)
                    || ((matches!(nw, "and" | "but") || ctx.is(n, Class::ClauseBreaker))
                        && report_starts(ctx, n + 1));
                if breaks {
                    break;
                }
            }
            TokKind::Word if r > k => {
                if ctx.verb(r).is_some_and(|v| v.pos == CuePos::Gerund)
                    && matches!(ctx.tok_kind(r - 1), Some(TokKind::Quote(_)))
                {
                    break;
                }
                // "called the plan a farce and left the room": after an object
                // (not a clause, whose own subject may have two verbs), a second
                // verb is the reporter's subject's.
                if matches!(ctx.word(r), "and" | "but")
                    && (ctx.verb(r + 1).is_some_and(|v| v.pos == CuePos::Verb)
                        || object && ctx.is(r + 1, Class::IrregularPast)
                        || (object
                            && ctx.word(r + 1).len() > 4
                            && ctx.word(r + 1).ends_with("ed")
                            && !ctx.capitalised(r + 1)))
                {
                    break;
                }
            }
            _ => {}
        }
        r += 1;
    }
    r
}
