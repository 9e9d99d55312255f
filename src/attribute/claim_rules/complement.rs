//! **Complement clause**: a verb of saying and the clause it reports.
//!
//! ```text
//! Putin said (that) Moscow would do everything to find compromises.
//! Kuleba told reporters that the talks would go on.
//! …, adding that the talks would continue.
//! ```
//!
//! Takes every verb or participle the earlier rules leave. Reports when a clause
//! follows: `that`, or words that read as a clause (a subject-like word and a
//! verb soon after); a verb of telling without `that` needs its addressee. A
//! quote or colon right after the verb is left to the quote rules, but a quote
//! after `that` (`noted that "…"`) is a claim as well as a quote; the clause
//! ends where [`clause_end`] says. A participle with no subject of its own
//! (`, adding that …`) continues the last speaker.

use crate::attribute::claim_rules::CueAt;
use crate::attribute::clause::{clause_end, looks_like_clause};
use crate::attribute::grammar::{Ctx, NpKind};
use crate::attribute::Analyzer;
use crate::dict::{CueFrame, CuePos};
use crate::scan::lexicon;
use crate::span::Span;
use crate::Method;

pub(super) fn take(an: &mut Analyzer, ctx: &Ctx, at: &mut CueAt, rule: &'static str) -> bool {
    let (c, p, verb) = (at.c, at.p, at.verb);
    let (k, that, addressee_end) = (at.clause.k, at.clause.that, at.clause.addressee_end);
    // A quote introduced by the verb is attributed as a quote, not a claim;
    // after "that" the words are reported speech all the same, and the quote
    // is also a claim ("noted that "…"").
    if !that
        && ctx.quote_at(k).is_some()
        && ctx.quote_at(k + 1).is_none()
        && (k + 1 >= ctx.e || !ctx.is_word(k + 1))
    {
        return true;
    }
    if ctx.punct(k, ':') || (ctx.is_comma(k) && ctx.quote_at(k + 1).is_some()) {
        return true;
    }
    let clause = that || looks_like_clause(ctx, k);
    match verb.frame {
        CueFrame::Say | CueFrame::That if !clause => return true,
        CueFrame::Say | CueFrame::That => {}
        // No clause after an addressee: what is asked of them ("urged him to
        // …") is the next rule's.
        CueFrame::Tell if !clause => return false,
        CueFrame::Tell => {}
        _ => return false,
    }
    if verb.frame == CueFrame::Tell && !that && addressee_end.is_none() && verb.lemma != "tell" {
        // "asked whether …": an indirect question, the next rule's.
        return !matches!(
            ctx.word(k),
            "whether" | "if" | "why" | "how" | "what" | "when"
        );
    }
    let Some(np) = at.subject else {
        return true;
    };
    // The clause end, which reads to the sentence end, only for a cue with a
    // speaker.
    // A quote alone after "that" is the whole clause.
    let Some(end) = clause_end(ctx, k).or((that && ctx.quote_at(k).is_some()).then_some(k)) else {
        return true;
    };
    let mut src = an.source(ctx, c, np, p);
    // An addressee the clause reading found ("told Reuters the vaccine …").
    if let (None, Some(b)) = (src.addressee, addressee_end) {
        let a = ctx.after_cue(c);
        src.addressee = Some(Span::new(ctx.toks[a].span.start, ctx.toks[b].span.end));
    }
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
    let text = Span::new(ctx.toks[k].span.start, ctx.toks[end].span.end);
    an.push_claim(text, src, p, rule);
    true
}

#[cfg(test)]
mod tests {
    use crate::attribute::claim_rules::tests::{check, check_none, Case};

    #[test]
    fn near_misses_are_not_claims() {
        check_none(&[
            // A name is not split into a speaker and a cue ("States").
            "Officials in the United States are concerned that the drills could be cover.",
            // An adverb after the verb is no clause.
            "Ruiz left early, adding briefly his thanks that were owed.",
            // No clause after the verb.
            "Ruiz said goodbye to the staff on Friday.",
        ]);
        // A quote right after the verb, with no "that", is a quote only.
        let rows = crate::Extractor::builtin()
            .extract("Ruiz said \"the council has never met in secret.\"")
            .attributions;
        assert!(
            rows.iter().all(|r| r.kind != crate::Kind::Indirect),
            "{rows:?}"
        );
    }

    #[test]
    fn cases() {
        check(
            "complement",
            &[
                Case {
                    name: "clause",
                    text: "Putin said that Moscow would do everything to find compromises.",
                    want: (
                        "Moscow would do everything to find compromises",
                        "Vladimir Putin",
                    ),
                },
                Case {
                    name: "clause without that",
                    text: "Peskov said the talks would resume next week.",
                    want: ("the talks would resume next week", "Dmitry Peskov"),
                },
                Case {
                    name: "clause without that: a contraction with a curly apostrophe",
                    text: "Ruiz said he’d welcome a second debate.",
                    want: ("he’d welcome a second debate", "Ruiz"),
                },
                Case {
                    name: "clause without that: a verb in -s",
                    text: "Ruiz said the new tax hurts every family in the state.",
                    want: ("the new tax hurts every family in the state", "Ruiz"),
                },
                Case {
                    name: "clause without that: a bare noun subject",
                    text: "Ruiz said funding is needed before the winter.",
                    want: ("funding is needed before the winter", "Ruiz"),
                },
                Case {
                    name: "a subject, then the quoted rest of the clause",
                    text: "Ruiz said Lund \"is a phony and a fraud.\"",
                    want: ("Lund \"is a phony and a fraud.\"", "Ruiz"),
                },
                Case {
                    name: "a named addressee, then a clause without that",
                    text: "Ruiz told Reuters the vaccine was safe.",
                    want: ("the vaccine was safe", "Ruiz"),
                },
                Case {
                    name: "a subject before an aside opening with a participle",
                    text: "Two senior diplomats, speaking on condition of anonymity, said the talks had stalled.",
                    want: ("the talks had stalled", "senior diplomats"),
                },
                Case {
                    name: "quoted as saying",
                    text: "Sen. Joan Whitley was quoted as saying the bill would never pass.",
                    want: ("the bill would never pass", "Joan Whitley"),
                },
                Case {
                    name: "a quote after that is also a claim",
                    text: "The Daily Ledger insisted that \"the council has never met in secret.\"",
                    want: ("\"the council has never met in secret.\"", "Daily Ledger"),
                },
                Case {
                    name: "told with an addressee",
                    text: "Kuleba told reporters that the talks would go on.",
                    want: ("the talks would go on", "Dmytro Kuleba"),
                },
                Case {
                    name: "content runs on through an aside, a list and a clock time",
                    text: "Ruiz said that the vote, which was held at 8:30, included every county, angering Lund.",
                    want: (
                        "the vote, which was held at 8:30, included every county, angering Lund",
                        "Ruiz",
                    ),
                },
                Case {
                    name: "content stops where the next report starts",
                    text: "Ruiz said the vote was fair, but Lund argued that it was rigged.",
                    want: ("the vote was fair", "Ruiz"),
                },
                Case {
                    name: "participle continues the speaker",
                    text: "Putin said the talks were useful, adding that they would continue.",
                    want: ("they would continue", "Vladimir Putin"),
                },
            ],
        );
    }
}
