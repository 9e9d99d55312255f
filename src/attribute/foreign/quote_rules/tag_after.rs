//! `« … », a déclaré X` · `« … », selon X` · `„…“, sagte Scholz` ·
//! `„…“, sagte sie` · `„…“, so die Ministerin` · `„…“, fügte er hinzu` ·
//! `„…“, teilte das Ministerium mit`: a cue right after the quote (after a
//! comma, or none), with its subject after it (an inverted tag). After
//! `inverted_pronoun`; before `cue_before`.

use super::super::{phrase, Ctx, Hit, Walker};
use crate::attribute::foreign::lexicon::class;

pub(crate) fn find(w: &mut Walker, ctx: &Ctx, i: usize) -> Option<Hit> {
    let mut k = i + 1;
    if ctx.punct(k, ',') {
        k += 1;
    }
    if k >= ctx.e {
        return None;
    }
    // `a déclaré`: the auxiliary, then the cue.
    if ctx.is(k, class::AUX) && k + 1 < ctx.e && ctx.toks[k + 1].cue.is_some() {
        k += 1;
    }
    if ctx.toks[k].cue.is_none() || !ctx.usable(k) || w.used[k] {
        return None;
    }
    let mut after = ctx.after_cue(k);
    if ctx.is(after, class::FILLER) && !ctx.is(after, class::CAP) {
        after += 1;
    }
    let np = phrase::after_adjuncts(ctx, after)?;
    Some(Hit {
        src: w.source(ctx, k, Some(np)),
        cue: Some(k),
        direct: false,
    })
}

#[cfg(test)]
mod tests {
    use crate::attribute::foreign::tests::{check, Case};
    use crate::lang::Lang;

    #[test]
    fn french() {
        check(
            Lang::Fr,
            "tag_after",
            &[
                Case {
                    name: "a déclaré X",
                    text: "« La grève continuera tant que rien ne bouge », a déclaré Sophie Martel.",
                    want: ("La grève continuera tant que rien ne bouge", "Sophie Martel"),
                },
                Case {
                    name: "single guillemets",
                    text: "‹ Nous verrons bien ›, a dit le maire Paul Roux.",
                    want: ("Nous verrons bien", "Paul Roux"),
                },
                Case {
                    name: "selon X",
                    text: "« Les comptes sont faux », selon le syndicaliste Marc Olivier.",
                    want: ("Les comptes sont faux", "Marc Olivier"),
                },
                Case {
                    name: "a indiqué the spokeswoman, named in apposition",
                    text: "« Le texte sera prêt en juin », a indiqué la porte-parole du gouvernement, Anne Rivière.",
                    want: ("Le texte sera prêt en juin", "Anne Rivière"),
                },
            ],
        );
    }

    #[test]
    fn german() {
        check(
            Lang::De,
            "tag_after",
            &[
                Case {
                    name: "sagte X",
                    text: "„Wir werden die Brücke im Mai öffnen“, sagte Bürgermeister Jonas Feld.",
                    want: ("Wir werden die Brücke im Mai öffnen", "Jonas Feld"),
                },
                Case {
                    name: "sagte sie",
                    text: "Die Ministerin Petra Lang kam am Morgen. „Das Budget steht“, sagte sie.",
                    want: ("Das Budget steht", "Petra Lang"),
                },
                Case {
                    name: "so X",
                    text: "„Die Zahlen sind eindeutig falsch“, so Gewerkschafter Tim Berg.",
                    want: ("Die Zahlen sind eindeutig falsch", "Tim Berg"),
                },
                Case {
                    name: "fügte er hinzu",
                    text: "Herr Vogt sprach lange. „Wir bleiben dabei“, fügte er hinzu.",
                    want: ("Wir bleiben dabei", "Vogt"),
                },
                Case {
                    name: "teilte das Ministerium mit",
                    text: "„Die Prüfung dauert noch an“, teilte das Ministerium mit.",
                    want: ("Die Prüfung dauert noch an", "Ministerium"),
                },
                Case {
                    name: "inward guillemets",
                    text: "»Wir warten auf die Antwort aus Berlin«, sagte Frau Keller.",
                    want: ("Wir warten auf die Antwort aus Berlin", "Keller"),
                },
            ],
        );
    }
}
