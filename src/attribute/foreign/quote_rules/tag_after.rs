//! `« … », a déclaré X` · `« … », selon X` · `„…“, sagte Scholz` ·
//! `„…“, sagte sie` · `„…“, so die Ministerin` · `„…“, fügte er hinzu` ·
//! `„…“, teilte das Ministerium mit` · `« … », a déclaré à l’AFP le député X` ·
//! `« … », ont indiqué les pompiers`: a cue right after the quote (after a
//! comma, or none), with its subject after it (an inverted tag), past an
//! addressee or a time that comes first. After
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
                    name: "a first name before a dictionary surname is someone else",
                    text: "« Le budget tiendra », a déclaré Martin Scholz.",
                    want: ("Le budget tiendra", "Martin Scholz"),
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
                Case {
                    name: "an addressee before the speaker",
                    text: "« Il faut des fonds d’urgence », a déclaré à l’AFP le député Julien Moreau.",
                    want: ("Il faut des fonds d’urgence", "Julien Moreau"),
                },
                Case {
                    name: "a time and a medium before the speaker",
                    text: "« Les moyens arriveront en mai », a affirmé mardi soir sur France Inter la ministre de la Santé, Dominique Ferrand.",
                    want: ("Les moyens arriveront en mai", "Dominique Ferrand"),
                },
                Case {
                    name: "an honorific in apposition",
                    text: "« Mon client conteste tout », a déclaré son avocate, Me Hélène Vautrin, à son arrivée.",
                    want: ("Mon client conteste tout", "Hélène Vautrin"),
                },
                Case {
                    name: "a quote inside the quote",
                    text: "« Mon fils m’a dit : “Papa, on recommence tout.” Je n’ai rien répondu », raconte Paul Bertin.",
                    want: ("Mon fils m’a dit : “Papa, on recommence tout.” Je n’ai rien répondu", "Paul Bertin"),
                },
                Case {
                    name: "single guillemets inside",
                    text: "« On nous répète ‹ patience › depuis des années », a lancé Yann Le Gall.",
                    want: ("On nous répète ‹ patience › depuis des années", "Yann Le Gall"),
                },
                Case {
                    name: "an age for the person just named",
                    text: "Bernard Castagné a pris la parole. « Je n’ai jamais touché un centime », a assuré le septuagénaire.",
                    want: ("Je n’ai jamais touché un centime", "Bernard Castagné"),
                },
                Case {
                    name: "a common noun as the source",
                    text: "« La route est coupée », ont indiqué les pompiers.",
                    want: ("La route est coupée", "pompiers"),
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
                    name: "a first name before a dictionary surname is someone else",
                    text: "„Die Beiträge steigen“, sagte Verbandspräsident Martin Scholz.",
                    want: ("Die Beiträge steigen", "Martin Scholz"),
                },
                Case {
                    name: "a dictionary surname alone is the dictionary's",
                    text: "„Die Lage ist ernst“, sagte Scholz.",
                    want: ("Die Lage ist ernst", "Olaf Scholz"),
                },
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
                Case {
                    name: "so die 52-Jährige",
                    text: "Gewerkschafterin Sabine Krämer sprach zuerst. „Die Beschäftigten zahlen die Zeche“, so die 52-Jährige.",
                    want: ("Die Beschäftigten zahlen die Zeche", "Sabine Krämer"),
                },
                Case {
                    name: "vom X after a name is not the speaker",
                    text: "„Eine Rezession erwarten wir nicht“, sagte Claudia Neumann vom Ifo-Institut.",
                    want: ("Eine Rezession erwarten wir nicht", "Claudia Neumann"),
                },
                Case {
                    name: "a genitive after the title",
                    text: "„Die Nächte kühlen kaum ab“, sagte ein Sprecher des Deutschen Wetterdienstes.",
                    want: (
                        "Die Nächte kühlen kaum ab",
                        "Sprecher des Deutschen Wetterdienstes",
                    ),
                },
                Case {
                    name: "a masculine title gives the gender",
                    text: "Sprecher Kim Berger sprach zuerst. Ministerin Kim Adler kam später. „Wir warten ab“, sagte er.",
                    want: ("Wir warten ab", "Kim Berger"),
                },
                Case {
                    name: "a noun with where it is from",
                    text: "„Die Stimmung war gut“, sagte ein Besucher aus Köln.",
                    want: ("Die Stimmung war gut", "Besucher aus Köln"),
                },
            ],
        );
    }
}
