//! Where a reported clause starts and ends, read from the reporter's words: no
//! parser, only the shape of the words after a cue (a subject-like word and a
//! verb soon after) and the punctuation and words that open an aside.

use crate::attribute::grammar::Ctx;
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

/// Whether the tokens from `k` read as a clause with no "that": a subject-like
/// first word and an auxiliary or past-tense verb soon after.
pub(super) fn looks_like_clause(ctx: &Ctx, k: usize) -> bool {
    if !ctx.is_word(k) {
        return false;
    }
    let w = ctx.word(k);
    let class = ctx.class(k);
    let one_of = |words: &[&str]| words.iter().any(|x| w.eq_ignore_ascii_case(x));
    let starts = class.pronoun().is_some()
        || class.has(Class::FirstPerson)
        || class.has(Class::Determiner)
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
            "nothing",
            "everything",
            "everyone",
            "nobody",
            "none",
            "more",
            "only",
        ])
        || (w.ends_with('s') || w.ends_with('S')) && w.len() > 3;
    if !starts || one_of(&["to", "of", "for", "about", "goodbye", "so", "yes", "no"]) {
        return false;
    }
    if class.pronoun().is_some() || class.has(Class::FirstPerson) {
        return true;
    }
    let mut i = k;
    while i < ctx.e && i < k + 12 {
        let w = ctx.word(i);
        if i > k && ctx.verb(i).is_some_and(|v| v.pos == CuePos::Verb) && !ctx.cue_blocked(i) {
            return true;
        }
        if i > k
            && (w.eq_ignore_ascii_case("that") || ctx.quote_at(i).is_some() || ctx.punct(i, ';'))
        {
            return false;
        }
        if ctx.is(i, Class::Auxiliary)
            || ctx.is(i, Class::IrregularPast)
            || (i > k && w.len() > 4 && w.ends_with("ed") && !ctx.capitalised(i))
        {
            return true;
        }
        i += 1;
    }
    false
}

/// The last token of a claim starting at `k`: before the sentence end, a colon or
/// semicolon, a comma opening an aside, or a participial or coordinated cue.
///
/// The break found for one start serves every start before it (the memo's
/// `clause_break`), so that many cues in one long sentence do not each read it to
/// its end.
pub(super) fn clause_end(ctx: &Ctx, k: usize) -> Option<usize> {
    let b = ctx.memo.clause_break(k, |k| clause_break(ctx, k));
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
            if words == 2 {
                return Some(last);
            }
        }
    }
    None
}

/// Where a clause starting at `k` breaks: the token that ends it, or the
/// sentence's end.
fn clause_break(ctx: &Ctx, k: usize) -> usize {
    let mut r = k;
    while r < ctx.e {
        crate::work::tick();
        match ctx.toks[r].kind {
            TokKind::Punct(';' | ':') => break,
            TokKind::Punct(',') if r > k => {
                let n = r + 1;
                let nw = ctx.word(n);
                let breaks = ctx.is(n, Class::ClauseBreaker)
                    || ctx.participle(n)
                    || ctx.verb(n).is_some_and(|v| v.pos != CuePos::Verb)
                    || (matches!(nw, "and" | "but" | "or")
                        && (ctx.capitalised(n + 1) || ctx.class(n + 1).pronoun().is_some()))
                    || ctx.quote_at(n).is_some()
                    || (ctx.np_starting_at(n).is_some_and(|np| {
                        ctx.verb(np.last + 1).is_some_and(|v| v.pos == CuePos::Verb)
                    }) && ctx.is_word(n));
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
                if ctx.verb(r + 1).is_some_and(|v| v.pos == CuePos::Verb) && ctx.word(r) == "and" {
                    break;
                }
            }
            _ => {}
        }
        r += 1;
    }
    r
}
