//! **Relative clause**: the source stands inside a relative clause whose verb
//! reports the rest of it; the reported clause has lost its subject (the
//! relative pronoun stands for it).
//!
//! ```text
//! …, laws that the courts said discriminated against voters.
//! …, the data that investigators say they found on her server.
//! …, an event that Lund believes changed her life.
//! ```
//!
//! Takes a finite verb of the `say` and `that` frames, or a belief, with no
//! subject of its own before it but a speaker phrase after `that`, `which`,
//! `who` or `whom`. The content runs from the verb to where [`clause_end`]
//! says; when nothing follows the verb (`the claims, which Moscow denies.`) the
//! clause reports nothing new and there is no row. Runs before
//! [`complement`](super::complement), which needs the clause's own subject.

use crate::attribute::claim_rules::CueAt;
use crate::attribute::clause::clause_end;
use crate::attribute::grammar::{Ctx, NpKind};
use crate::attribute::Analyzer;
use crate::dict::{CueFrame, CuePos, CueType};
use crate::scan::lexicon::Class;
use crate::span::Span;

pub(super) fn take(an: &mut Analyzer, ctx: &Ctx, at: &mut CueAt, rule: &'static str) -> bool {
    let (c, p, verb) = (at.c, at.p, at.verb);
    if at.subject.is_some() || verb.pos != CuePos::Verb {
        return false;
    }
    let reports = match verb.frame {
        CueFrame::Say | CueFrame::That => true,
        CueFrame::Object => verb.cue_type == CueType::Belief,
        _ => false,
    };
    if !reports {
        return false;
    }
    let mut j = c;
    while j > ctx.s && c - j < 3 && ctx.is_word(j - 1) && ctx.is(j - 1, Class::PreVerbFiller) {
        j -= 1;
    }
    if j <= ctx.s + 1 {
        return false;
    }
    let Some(np) = ctx.np_ending_at(j - 1, ctx.s) else {
        return false;
    };
    if np.first <= ctx.s
        || !matches!(ctx.word(np.first - 1), "that" | "which" | "who" | "whom")
        || matches!(np.kind, NpKind::Pronoun(crate::scan::lexicon::Pronoun::It))
    {
        return false;
    }
    let k = at.clause.k;
    if k >= ctx.e || !ctx.is_word(k) || ctx.quote_at(k).is_some() {
        return true;
    }
    let Some(end) = clause_end(ctx, k) else {
        return true;
    };
    let src = an.source(ctx, c, np, p);
    let text = Span::new(ctx.toks[k].span.start, ctx.toks[end].span.end);
    an.push_claim(text, src, p, rule);
    true
}

#[cfg(test)]
mod tests {
    use crate::attribute::claim_rules::tests::{check, check_none, Case};

    #[test]
    fn cases() {
        check(
            "relative",
            &[
                Case {
                    name: "that, a group and a gapped clause",
                    text: "The state must shelve the voting laws that election officials said discriminated against minority voters.",
                    want: ("discriminated against minority voters", "election officials"),
                },
                Case {
                    name: "that, a group and a full clause",
                    text: "The breach may matter more than the files that investigators said they found on the server.",
                    want: ("they found on the server", "investigators"),
                },
                Case {
                    name: "a belief",
                    text: "He recalled the crash, an event that Lund believes changed her life.",
                    want: ("changed her life", "Lund"),
                },
            ],
        );
    }

    #[test]
    fn nothing_after_the_verb_reports_nothing() {
        check_none(&[
            "The council repeated the claims, which Moscow denies.",
            "She read the statement that the minister said.",
        ]);
    }
}
