//! The claim rules: what a reporting verb reports when its content is not in
//! quote marks. For each cue of a sentence, in order, the first rule that takes
//! the cue decides (it may still report nothing); the order is [`CLAIM_RULES`].
//!
//! | # | rule | pattern |
//! |---|------|---------|
//! | 1 | [`according_to`] | `According to X, …` · `…, according to X.` |
//! | 2 | [`postposed`] | `…, Turkish sources said.` · `…, said Kuleba.` |
//! | 3 | [`relative`] | `the laws that courts said discriminated …` |
//! | 4 | [`complement`] | `Putin said (that) …` · `told reporters that …` · `, adding that …` |
//! | 5 | [`object`] | `called X a …` · `accused X of …` · `vowed to …` · `believes …` · `a poll shows …` · `urged X to …` |
//!
//! A cue that only introduces quotes (its frame is `quote`), a blocked cue
//! (`did not say`, `declined to comment`, `his claims`), a cue in a question and
//! a cue inside an earlier claim of the sentence report nothing.
//!
//! To add a pattern: write a rule file with a `take` of the [`ClaimRule`] shape,
//! its doc and its cases, and put it in its place in [`CLAIM_RULES`].

mod according_to;
mod complement;
mod object;
mod postposed;
mod relative;
mod subjects;

use crate::attribute::clause::{clause_start, ClauseStart};
use crate::attribute::grammar::{Ctx, Np};
use crate::attribute::{Analyzer, Found, Source};
use crate::dict::{CueFrame, CuePos, CueType, ReportingVerb};
use crate::scan::lexicon::Class;
use crate::span::Span;
use crate::Kind;

/// A claim rule: its name (what the tests check) and whether it takes the cue.
pub(super) struct ClaimRule {
    pub name: &'static str,
    /// Takes the cue (returns true) or leaves it to the next rule; a rule that
    /// takes a cue reports at most one claim for it.
    pub take: fn(&mut Analyzer, &Ctx, &mut CueAt, &'static str) -> bool,
}

/// The claim rules, in the order they are tried.
pub(super) const CLAIM_RULES: &[ClaimRule] = &[
    ClaimRule {
        name: "according to",
        take: according_to::take,
    },
    ClaimRule {
        name: "postposed",
        take: postposed::take,
    },
    ClaimRule {
        name: "relative",
        take: relative::take,
    },
    ClaimRule {
        name: "complement",
        take: complement::take,
    },
    ClaimRule {
        name: "object",
        take: object::take,
    },
];

/// A cue of the sentence, for the claim rules.
pub(super) struct CueAt<'v, 's> {
    /// The cue's first token.
    pub c: usize,
    /// The paragraph.
    pub p: usize,
    pub verb: &'v ReportingVerb,
    /// The cue's subject, for a verb or participle (a preposition's source is
    /// the phrase after it, found by its rule).
    pub subject: Option<Np>,
    /// Where the content after a verb or participle starts.
    pub clause: ClauseStart,
    /// The subjects of the sentence's cues so far.
    pub subjects: &'s mut Vec<Np>,
}

/// Whether the cue at `c` is a participle after a form of "be" (`is saying`,
/// `were planning`, `has been arguing`): a progressive, which reports.
fn progressive(ctx: &Ctx, c: usize) -> bool {
    ctx.participle(c)
        && c > ctx.s
        && matches!(
            ctx.word(c - 1),
            "is" | "are" | "was" | "were" | "been" | "am" | "'s" | "’s"
        )
        && !(1..=3).any(|n| c > ctx.s + n - 1 && ctx.is(c - n, Class::Negation))
}

/// Whether the cue at `c` is a perfect before an infinitive (`has vowed to`,
/// `had agreed to`): not the passive or control `is said to` that blocks a cue.
fn perfect_infinitive(ctx: &Ctx, c: usize) -> bool {
    c > ctx.s
        && matches!(ctx.word(c - 1), "has" | "have" | "had")
        && ctx.word(ctx.after_cue(c)) == "to"
        && !(2..=3).any(|n| c >= ctx.s + n && ctx.is(c - n, Class::Negation))
}

/// Whether the object verb at `c` is a participle whose object is the noun
/// before it: "the country described by the mayor" is no report of the
/// country's ("described by phone" is the speaker's).
fn object_elsewhere(ctx: &Ctx, c: usize, verb: &ReportingVerb) -> bool {
    if verb.frame != CueFrame::Object || verb.pos != CuePos::Verb || !ctx.word(c).ends_with("ed") {
        return false;
    }
    let next = ctx.after_cue(c);
    ctx.word(next) == "by"
        && !matches!(
            ctx.word(next + 1),
            "phone" | "telephone" | "email" | "e-mail" | "text" | "video" | "letter"
        )
}

/// Whether the cue at `c` is the noun `state` or `states` ("three states", "a
/// state senator", "the Rust Belt states that"): the verb follows a pronoun,
/// an auxiliary or a noun of sources ("they state", "the report states"), or
/// follows a quote or comma as an inverted tag.
fn noun_state(ctx: &Ctx, c: usize, verb: &ReportingVerb) -> bool {
    if verb.lemma != "state" || !matches!(ctx.word(c), "state" | "states") {
        return false;
    }
    if c == ctx.s {
        return true;
    }
    let b = c - 1;
    let verb_before = [
        Class::He,
        Class::She,
        Class::It,
        Class::They,
        Class::FirstPerson,
        Class::Auxiliary,
        Class::PreVerbFiller,
        Class::SpeakerNoun,
        Class::EvidenceNoun,
    ]
    .iter()
    .any(|&class| ctx.is(b, class));
    !(verb_before || ctx.is_comma(b) || ctx.quote_at(b).is_some())
}

/// The subject before an aside that opens with a participle: "Two senior
/// diplomats, speaking on condition of anonymity, said".
fn subject_across_participle(ctx: &Ctx, c: usize) -> Option<Np> {
    if c < ctx.s + 3 || !ctx.is_comma(c - 1) {
        return None;
    }
    let open = (c.saturating_sub(16).max(ctx.s)..c - 1)
        .rev()
        .find(|&x| ctx.is_comma(x) || ctx.quote_at(x).is_some())?;
    if !ctx.is_comma(open) || open == ctx.s || !ctx.participle(open + 1) {
        return None;
    }
    ctx.np_ending_at(open - 1, ctx.s)
}

/// The subject of "X was quoted as saying".
fn quoted_as_subject(ctx: &Ctx, c: usize) -> Option<Np> {
    if c < ctx.s + 4 || ctx.word(c - 1) != "as" || ctx.word(c - 2) != "quoted" {
        return None;
    }
    ctx.subject_left(c - 3)
}

/// Whether the words from `k` are an adverbial of the cue that ends the
/// sentence: `… said in a statement.`, `… told CNN on Sunday.`, `… said
/// Tuesday.` A short phrase (eight words at most) opening with a preposition or
/// a weekday, with no verb, quote or clause word (`as`, `while`, `and`) in it.
fn adverbial_to_end(ctx: &Ctx, k: usize) -> bool {
    if !(ctx.is(k, Class::AdverbialPreposition) || ctx.capitalised(k) && ctx.is(k, Class::Weekday))
    {
        return false;
    }
    for x in k + 1..ctx.e.min(k + 9) {
        if ctx.punct(x, '.') || ctx.punct(x, '!') {
            return x + 1 >= ctx.e;
        }
        if !ctx.is_word(x)
            || ctx.verb(x).is_some()
            || ctx.is(x, Class::Auxiliary)
            || ctx.is(x, Class::ClauseBreaker)
            || matches!(ctx.word(x), "and" | "but" | "or" | "as")
        {
            return false;
        }
    }
    ctx.e <= k + 9
}

impl Analyzer<'_> {
    /// Report the claim of the cue at token `c`, if it has one.
    // Out of line, like the quote rules.
    #[inline(never)]
    pub(super) fn claim(&mut self, ctx: &Ctx, c: usize, p: usize, subjects: &mut Vec<Np>) {
        let Some(verb) = ctx.verb(c) else { return };
        if verb.frame == CueFrame::Quote {
            return;
        }
        let progressive = progressive(ctx, c);
        if ctx.cue_blocked(c) && !progressive && !perfect_infinitive(ctx, c) {
            return;
        }
        // A capitalised cue after a capitalised word is part of a name: "the
        // United States", "Iowa State", "the Drudge Report".
        if ctx.capitalised(c) && c > ctx.s && ctx.capitalised(c - 1) {
            return;
        }
        // A capitalised cue before a name opens that name: "State Rep. Dana
        // Cole", "Said Hamdan, a farmer, said".
        let next = ctx.after_cue(c);
        if ctx.capitalised(c)
            && verb.pos == CuePos::Verb
            && ctx.capitalised(next)
            && !ctx.is(next, Class::NotAName)
        {
            return;
        }
        if ctx.e > ctx.s && ctx.punct(ctx.e - 1, '?') {
            return;
        }
        if object_elsewhere(ctx, c, verb) || noun_state(ctx, c, verb) {
            return;
        }
        // Not inside an earlier claim of this sentence.
        let pos = ctx.toks[c].span.start;
        // Inside a claim of this paragraph already found: not a report of its own.
        if self.claim_cover.covers(&self.found, p, pos) {
            return;
        }
        let (subject, clause) = if verb.pos == CuePos::Prep {
            (
                None,
                ClauseStart {
                    k: ctx.after_cue(c),
                    that: false,
                    addressee_end: None,
                },
            )
        } else {
            let subject = if progressive {
                ctx.subject_left(c - 1)
            } else {
                self.cue_subject(ctx, c, subjects)
                    .or_else(|| subject_across_participle(ctx, c))
                    .or_else(|| quoted_as_subject(ctx, c))
                    .or_else(|| subjects::relative(ctx, c))
                    .or_else(|| subjects::share(ctx, c))
                    .or_else(|| {
                        (verb.cue_type != CueType::Belief)
                            .then(|| subjects::opening_phrase(ctx, c))
                            .flatten()
                    })
            };
            if let Some(np) = subject {
                subjects.push(np);
            }
            (subject, clause_start(ctx, c, verb))
        };
        let mut at = CueAt {
            c,
            p,
            verb,
            subject,
            clause,
            subjects,
        };
        for rule in CLAIM_RULES {
            if (rule.take)(self, ctx, &mut at, rule.name) {
                return;
            }
        }
    }

    /// A postposed source whose content ends in a quote that took the cue:
    /// `Manafort "has taken on a tough task," said Black.` The quote rules
    /// report the quote; the words before it make the whole a claim that holds
    /// it. The sentence must open with three words before any quote, and the
    /// source must end it.
    #[inline(never)]
    pub(super) fn claim_holding_quote(&mut self, ctx: &Ctx, c: usize, p: usize) {
        let Some(verb) = ctx.verb(c) else { return };
        if verb.pos != CuePos::Verb || c < ctx.s + 4 || ctx.cue_blocked(c) {
            return;
        }
        let mut start = ctx.s;
        if matches!(ctx.word(start), "But" | "And" | "So") {
            start += 1;
        }
        if (start..start + 3).any(|i| i >= ctx.e || ctx.quote_at(i).is_some()) {
            return;
        }
        let (np, q, k) = if ctx.quote_at(c - 1).is_some() {
            let Some(np) = ctx.subject_right(c) else {
                return;
            };
            (np, c - 1, np.last + 1)
        } else {
            let Some(np) = ctx.subject_left(c) else {
                return;
            };
            let Some(q) = np.first.checked_sub(1) else {
                return;
            };
            (np, q, ctx.after_cue(c))
        };
        if q <= start + 2 || ctx.quote_at(q).is_none() {
            return;
        }
        if !(k >= ctx.e
            || ctx.punct(k, '.')
            || ctx.punct(k, '!')
            || ctx.is_comma(k)
            || adverbial_to_end(ctx, k))
        {
            return;
        }
        // Not when an earlier report of the sentence holds the quote ("He said
        // if …, "…," Biden said").
        if self
            .claim_cover
            .covers(&self.found, p, ctx.toks[q].span.start)
        {
            return;
        }
        let src = self.source(ctx, c, np, p);
        let text = Span::new(ctx.toks[start].span.start, ctx.toks[q].span.end);
        self.push_claim(text, src, p, "postposed");
    }

    /// Report a claim with its source.
    pub(super) fn push_claim(&mut self, text: Span, src: Source, p: usize, rule: &'static str) {
        if let Some(e) = src.entity {
            self.discourse.spoke(text.start, e, p);
        }
        self.found
            .push(Found::new(Kind::Indirect, text, src, p, None, rule));
    }
}

#[cfg(test)]
pub(super) mod tests {
    pub(in crate::attribute) use crate::attribute::tests::{check, check_none, Case};

    #[test]
    fn blocked_cues_and_questions_report_nothing() {
        check_none(&[
            "Putin did not say that the talks would resume.",
            "Peskov declined to comment on the talks.",
            "Did Putin say that the talks would resume?",
        ]);
    }
}
