//! `Le texte sera voté en juin, a déclaré X` · `…, a-t-il ajouté` ·
//! `…, estime-t-elle` · `Das sei falsch, sagte Scholz` · `Die Lage sei ernst,
//! hieß es aus Regierungskreisen` · `…, fügte er hinzu` · `…, ont annoncé les
//! pompiers`: a cue after a comma
//! with its subject after it (verb-second order in German); the content is the
//! clause before the comma. After `source`; before `complement`.

use super::super::{phrase, Claim, Ctx, Walker};
use super::{clause_start, content};
use crate::attribute::foreign::lexicon::class;

pub(crate) fn take(w: &mut Walker, ctx: &Ctx, i: usize) -> Option<Option<Claim>> {
    let mut k = i;
    // `, a déclaré X`, `, a-t-il ajouté`.
    if k > ctx.s && ctx.is(k - 1, class::AUX) {
        k -= 1;
    }
    if !(k > ctx.s && ctx.punct(k - 1, ',')) {
        return None;
    }
    let comma = k - 1;
    let start = clause_start(ctx, comma);
    // `Le ministre, Dmytro Kuleba, a salué …`: a name in apposition closes
    // with the comma, and the subject is before the verb.
    if phrase::apposition_ends(ctx, comma) {
        return None;
    }
    let np = if ctx.is(i, class::INV) || ctx.is(k, class::INV) {
        phrase::of_cue(ctx, i)
    } else {
        let mut after = ctx.after_cue(i);
        if ctx.is(after, class::FILLER) && !ctx.is(after, class::CAP) {
            after += 1;
        }
        phrase::after_adjuncts(ctx, after)
    }?;
    let text = content(ctx, start, comma)?;
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
    fn french() {
        check(
            Lang::Fr,
            "postposed",
            &[
                Case {
                    name: "a indiqué X",
                    text: "Le texte sera présenté en juin, a indiqué le ministre Julien Marchetti.",
                    want: ("Le texte sera présenté en juin", "Julien Marchetti"),
                },
                Case {
                    name: "estime-t-elle",
                    text: "Mme Roux parle vite. La réforme arrive trop tard, estime-t-elle.",
                    want: ("La réforme arrive trop tard", "Roux"),
                },
                Case {
                    name: "ont annoncé les pompiers",
                    text: "Trois cents interventions ont eu lieu, ont annoncé les pompiers.",
                    want: ("Trois cents interventions ont eu lieu", "pompiers"),
                },
                Case {
                    name: "a annoncé l’intersyndicale",
                    text:
                        "Le mouvement se poursuivra jusqu’à vendredi, a annoncé l’intersyndicale.",
                    want: (
                        "Le mouvement se poursuivra jusqu’à vendredi",
                        "intersyndicale",
                    ),
                },
            ],
        );
    }

    #[test]
    fn german() {
        check(
            Lang::De,
            "postposed",
            &[
                Case {
                    name: "verb second",
                    text: "Das sei falsch, sagte Scholz.",
                    want: ("Das sei falsch", "Olaf Scholz"),
                },
                Case {
                    name: "hieß es",
                    text: "Die Lage sei ernst, hieß es aus Regierungskreisen.",
                    want: ("Die Lage sei ernst", "Regierungskreisen"),
                },
                Case {
                    name: "fügte er hinzu",
                    text: "Herr Vogt sprach lange. Man werde die Frist einhalten, fügte er hinzu.",
                    want: ("Man werde die Frist einhalten", "Vogt"),
                },
            ],
        );
    }
}
