//! `« … », a-t-il dit` · `« … », a-t-elle ajouté` · `« … », poursuit-il` ·
//! `« … », explique-t-elle` · `« … », s’agace-t-il`: a French tag after a quote whose subject is a
//! pronoun joined to the verb by a hyphen. The pronoun resolves to the last
//! fitting speaker or subject, and `elle` tells a speaker's gender. Before
//! `tag_after`, which reads a subject after the verb.

use super::super::{phrase, Ctx, Hit, Walker};
use crate::attribute::foreign::lexicon::class;

pub(crate) fn find(w: &mut Walker, ctx: &Ctx, i: usize) -> Option<Hit> {
    let mut k = i + 1;
    if ctx.punct(k, ',') {
        k += 1;
    }
    // A reflexive verb: `s’agace-t-il`, `se félicite-t-elle`.
    if matches!(ctx.toks.get(k).map(|t| t.lower.as_str()), Some("s’" | "se")) {
        k += 1;
    }
    if !ctx.is(k, class::INV) {
        return None;
    }
    // `poursuit-il`: the verb is the cue; `a-t-il dit`: the participle after it.
    let cue = if ctx.toks[k].cue.is_some() {
        k
    } else if k + 1 < ctx.e && ctx.toks[k + 1].cue.is_some() {
        k + 1
    } else {
        return None;
    };
    let np = phrase::inverted(ctx, k);
    Some(Hit {
        src: w.source(ctx, cue, np),
        cue: Some(cue),
        direct: false,
    })
}

#[cfg(test)]
mod tests {
    use crate::attribute::foreign::tests::{check, Case};
    use crate::lang::Lang;

    #[test]
    fn cases() {
        check(
            Lang::Fr,
            "inverted_pronoun",
            &[
                Case {
                    name: "a-t-il dit",
                    text: "Le maire Paul Lenoir est arrivé tôt. « Nous rouvrirons le pont en mai », a-t-il dit.",
                    want: ("Nous rouvrirons le pont en mai", "Paul Lenoir"),
                },
                Case {
                    name: "a-t-elle ajouté, gender from agreement",
                    text: "« Le budget est prêt », a déclaré Claire Vasseur. « Il sera voté jeudi », a-t-elle ajouté.",
                    want: ("Il sera voté jeudi", "Claire Vasseur"),
                },
                Case {
                    name: "poursuit-il",
                    text: "« Le budget est prêt », affirme M. Garnier. « Il faut maintenant le voter », poursuit-il.",
                    want: ("Il faut maintenant le voter", "Garnier"),
                },
                Case {
                    name: "explique-t-elle, past a man",
                    text: "Mme Roux a reçu M. Blanc lundi. « Nous avons trouvé un accord », explique-t-elle.",
                    want: ("Nous avons trouvé un accord", "Roux"),
                },
                Case {
                    name: "s’agace-t-il, a reflexive verb",
                    text: "M. Perrot attend depuis mars. « On nous répète la même chose », s’agace-t-il.",
                    want: ("On nous répète la même chose", "Perrot"),
                },
                Case {
                    name: "a-t-elle after la porte-parole, a name of either gender",
                    text: "La porte-parole du gouvernement, Camille Roux, a défendu la réforme. « C’est un effort sans précédent », a-t-elle jugé.",
                    want: ("C’est un effort sans précédent", "Camille Roux"),
                },
                Case {
                    name: "a-t-il after a name in apposition to a title",
                    text: "Le député de la circonscription, Alain Kerbrat, a demandé une enquête. Mme Roux a refusé. « Il faut comprendre », a-t-il déclaré.",
                    want: ("Il faut comprendre", "Alain Kerbrat"),
                },
            ],
        );
    }
}
