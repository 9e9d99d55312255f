//! `Er sagte, die Regierung habe …` · `Scholz erklärte, man werde …`: German
//! reported speech without `dass`, told by its verb in the subjunctive (`sei`,
//! `habe`, `werde`, `könne`…) within the first words after the comma. Last of
//! the German rules.

use super::super::{phrase, Claim, Ctx, Walker};
use super::{clause_end, content};
use crate::attribute::foreign::lexicon::class;

pub(crate) fn take(w: &mut Walker, ctx: &Ctx, i: usize) -> Option<Option<Claim>> {
    let verb = ctx.toks[i].cue?;
    let np = phrase::of_cue(ctx, i)?;
    let mut k = verb.particle.unwrap_or(verb.last) + 1;
    if np.a >= k {
        k = k.max(np.b);
    }
    // Past a time or an addressee, to the comma.
    let comma = (k..ctx.e)
        .take(6)
        .take_while(|&j| ctx.toks[j].is_word())
        .count()
        + k;
    if !ctx.punct(comma, ',') {
        return None;
    }
    let start = comma + 1;
    let end = clause_end(ctx, start);
    let subjunctive = (start..end)
        .take(8)
        .take_while(|&j| !ctx.punct(j, ','))
        .any(|j| ctx.is(j, class::SUBJ));
    if !subjunctive {
        return None;
    }
    let text = content(ctx, start, end)?;
    Some(Some(Claim {
        text,
        src: w.source(ctx, i, Some(np)),
    }))
}

#[cfg(test)]
mod tests {
    use crate::attribute::foreign::tests::{check, Case};
    use crate::lang::Lang;

    #[test]
    fn cases() {
        check(
            Lang::De,
            "subjunctive",
            &[
                Case {
                    name: "er sagte, … habe",
                    text: "Herr Vogt sprach lange. Er sagte, die Regierung habe zu spät gehandelt.",
                    want: ("die Regierung habe zu spät gehandelt", "Vogt"),
                },
                Case {
                    name: "erklärte, … werde",
                    text: "Bürgermeister Jonas Feld erklärte am Abend, man werde die Brücke reparieren.",
                    want: ("man werde die Brücke reparieren", "Jonas Feld"),
                },
            ],
        );
    }
}
