//! **Object**: a verb whose content is whatever follows it, not only a clause.
//!
//! ```text
//! Ruiz called the plan a disaster.              (an object and a predicate)
//! Ruiz described the vote as a fraud.           (an object and "as …")
//! Ruiz accused Lund of lying to voters.         (an object and "of …")
//! Ruiz vowed to fight the ruling.               (an infinitive)
//! Ruiz believes the plan will fail.             (a clause)
//! A new poll shows Lund with a lead of 8 points. (a finding)
//! Ruiz urged the governor to resign.            (an addressee and an infinitive)
//! ```
//!
//! Takes the verbs of the `object` frame, and the verbs of the `tell` frame that
//! [`complement`](super::complement) leaves (an addressee not followed by a
//! clause): for those the content must be what is asked (`to …`, `whether …`,
//! `for …`), and it includes the addressee, as readers quote it ("urged him to
//! resign"). A verb of asking with no addressee reports the question it
//! asks (`asked whether …`, `wondered if …`). The content runs from the verb (or its `that`) to where
//! [`clause_end`] says; a quote or a colon right after the verb is left to the
//! quote rules. It needs a speaker: `plans to visit` with no subject is no claim.
//! A progressive or perfect form counts as the verb (`is planning to`, `has
//! vowed to`); a participle with no subject of its own (`, calling him a liar`)
//! continues the sentence's speaker, like [`complement`](super::complement)'s.

use crate::attribute::claim_rules::CueAt;
use crate::attribute::clause::content_end;
use crate::attribute::grammar::{Ctx, NpKind};
use crate::attribute::Analyzer;
use crate::dict::{CueFrame, CuePos, CueType};
use crate::scan::lexicon;
use crate::span::Span;
use crate::Method;

/// Words that open what is asked of an addressee.
const ASKED: &[&str] = &[
    "to", "whether", "if", "why", "how", "what", "when", "where", "who", "for", "about",
];

pub(super) fn take(an: &mut Analyzer, ctx: &Ctx, at: &mut CueAt, rule: &'static str) -> bool {
    let (c, verb) = (at.c, at.verb);
    let (start, k) = match verb.frame {
        CueFrame::Object => (at.clause.k, at.clause.k),
        CueFrame::Tell => {
            let Some(b) = at.clause.addressee_end else {
                // An indirect question with no addressee: "asked whether …".
                let k = ctx.after_cue(c);
                if !ASKED[1..7]
                    .iter()
                    .any(|w| ctx.word(k).eq_ignore_ascii_case(w))
                {
                    return true;
                }
                return report(an, ctx, at, rule, k, k);
            };
            if !ASKED
                .iter()
                .any(|w| ctx.word(b + 1).eq_ignore_ascii_case(w))
            {
                return true;
            }
            (ctx.after_cue(c), ctx.after_cue(c))
        }
        _ => return false,
    };
    report(an, ctx, at, rule, start, k)
}

/// Report the content starting at `start` (its first word at `k`).
fn report(
    an: &mut Analyzer,
    ctx: &Ctx,
    at: &mut CueAt,
    rule: &'static str,
    start: usize,
    k: usize,
) -> bool {
    let (c, p, verb) = (at.c, at.p, at.verb);
    if k >= ctx.e || ctx.punct(k, ':') || ctx.punct(k, ',') || ctx.punct(k, '.') {
        return true;
    }
    // `The man she described was never found`: the object stands before the
    // verb, and what follows is the sentence's own verb (a belief's gapped
    // clause reports: `the man Obama hopes will succeed him`).
    if verb.frame == CueFrame::Object
        && verb.cue_type != CueType::Belief
        && matches!(
            ctx.word(k),
            "is" | "are"
                | "was"
                | "were"
                | "has"
                | "have"
                | "had"
                | "will"
                | "would"
                | "could"
                | "can"
                | "should"
                | "must"
                | "may"
                | "might"
        )
    {
        return true;
    }
    // `declined to comment (on the talks)`: a refusal to speak reports nothing,
    // unless what was not said is given (`declined to say whether …`).
    if ctx.word(k) == "to"
        && ctx.verb(k + 1).is_some()
        && !ASKED[1..].contains(&ctx.word(ctx.after_cue(k + 1)))
    {
        return true;
    }
    // `called "…"`: the quote is the content, and the quote rules report it;
    // after "that" it is reported speech, a claim as well (`noted that "…"`).
    if !at.clause.that && ctx.quote_at(k).is_some() && !ctx.is_word(k + 1) {
        return true;
    }
    let Some(np) = at.subject else {
        return true;
    };
    // The clause end, which reads to the sentence end, only for a cue with a
    // speaker.
    let Some(end) = content_end(ctx, k, 1, !at.clause.that) else {
        return true;
    };
    let mut src = an.source(ctx, c, np, p);
    if np.kind == NpKind::Pronoun(lexicon::Pronoun::It) && src.entity.is_none() {
        return true;
    }
    // A participle with no speaker of its own continues the last speaker; a
    // pronoun that found no antecedent keeps its mention and stays empty.
    if src.entity.is_none() && verb.pos == CuePos::Gerund && !matches!(np.kind, NpKind::Pronoun(_))
    {
        src.entity = an.discourse.last_speaker(ctx.toks[c].span.start, p);
        src.method = Method::Continuation;
    }
    let text = Span::new(ctx.toks[start].span.start, ctx.toks[end].span.end);
    an.push_claim(text, src, p, rule);
    true
}

#[cfg(test)]
mod tests {
    use crate::attribute::claim_rules::tests::{check, check_none, Case};

    #[test]
    fn cases() {
        check(
            "object",
            &[
                Case {
                    name: "an object and a predicate",
                    text: "Ruiz called the new tax plan a disaster for farmers.",
                    want: ("the new tax plan a disaster for farmers", "Ruiz"),
                },
                Case {
                    name: "an object and as",
                    text: "Ruiz described the vote as a fraud on the public.",
                    want: ("the vote as a fraud on the public", "Ruiz"),
                },
                Case {
                    name: "an object and of",
                    text: "Ruiz accused Lund of lying to voters about the budget.",
                    want: ("Lund of lying to voters about the budget", "Ruiz"),
                },
                Case {
                    name: "an infinitive",
                    text: "Ruiz vowed to fight the ruling in the state supreme court.",
                    want: ("to fight the ruling in the state supreme court", "Ruiz"),
                },
                Case {
                    name: "an infinitive after a perfect",
                    text: "Ruiz has pledged to veto any new tax on fuel.",
                    want: ("to veto any new tax on fuel", "Ruiz"),
                },
                Case {
                    name: "a belief with a clause",
                    text: "Ruiz believes the plan will fail in the senate.",
                    want: ("the plan will fail in the senate", "Ruiz"),
                },
                Case {
                    name: "a refusal that names what was not said",
                    text: "Ruiz declined to say whether he would run again.",
                    want: ("to say whether he would run again", "Ruiz"),
                },
                Case {
                    name: "an indirect question",
                    text: "Ruiz asked whether the council would vote before the recess.",
                    want: ("whether the council would vote before the recess", "Ruiz"),
                },
                Case {
                    name: "an indirect question with wonder",
                    text: "Ruiz wondered if the count had been fair.",
                    want: ("if the count had been fair", "Ruiz"),
                },
                Case {
                    name: "an addressee and what is asked",
                    text: "Ruiz urged the governor to resign before the vote.",
                    want: ("the governor to resign before the vote", "Ruiz"),
                },
                Case {
                    name: "a verb of saying with an object, not a clause",
                    text: "Ruiz announced his support for the new bridge.",
                    want: ("his support for the new bridge", "Ruiz"),
                },
                Case {
                    name: "a quote after that is also a claim",
                    text: "The Daily Ledger noted that \"the council has never met in secret.\"",
                    want: ("\"the council has never met in secret.\"", "Daily Ledger"),
                },
                Case {
                    name: "a verb and its preposition",
                    text: "Ruiz pointed to the falling cost of rents downtown.",
                    want: ("the falling cost of rents downtown", "Ruiz"),
                },
                Case {
                    name: "a participle continues the speaker",
                    text: "Ruiz said the bill was rushed, calling it a gift to the banks.",
                    want: ("it a gift to the banks", "Ruiz"),
                },
            ],
        );
    }

    #[test]
    fn near_misses_are_not_claims() {
        check_none(&[
            // The object stands before the verb: the sentence's own verb follows.
            "The man she described was never found by the police.",
            // A participle whose object is the noun before it.
            "The country described by the mayor in her address is calm.",
            // The noun state.
            "Voters in three states go to the polls on Tuesday.",
            // No speaker: an intention in the reporter's voice.
            "The delegation plans to visit the border next week.",
            // An addressee with nothing asked of them.
            "Ruiz asked the crowd.",
            // Negated.
            "Ruiz did not endorse the plan to expand the port.",
            // A refusal to speak, with nothing said.
            "Ruiz declined to comment on the talks.",
            // A question not asked: negated.
            "Ruiz did not say whether he would run again.",
            // A question in the reporter's voice.
            "Whether the council will vote before the recess is unclear.",
            // "states" and "state" are nouns far more often than verbs.
            "Two states hold primaries on Tuesday.",
            "Most state parties release their delegates.",
        ]);
    }
}
