//! `X a déclaré (lundi) que …` · `Il a assuré qu’…` · `X a dit : …` ·
//! `X sagte, dass …` · `Die Regierung teilte mit, dass …` · `Er fügte hinzu,
//! dass …`: a verb's clause after `que`/`dass` (past an addressee or a time,
//! and a separable verb's particle), or after a colon in French. After
//! `postposed`; before `subjunctive`.

use super::super::{phrase, Claim, Ctx, Walker};
use super::{clause_end, content};
use crate::attribute::foreign::lexicon::class;
use crate::dict::CueFrame;

pub(crate) fn take(w: &mut Walker, ctx: &Ctx, i: usize) -> Option<Option<Claim>> {
    let verb = ctx.toks[i].cue?;
    if !matches!(
        ctx.data.cues.verb(verb.verb).frame,
        CueFrame::Say | CueFrame::That
    ) {
        return None;
    }
    let np = phrase::of_cue(ctx, i)?;
    let mut k = verb.particle.unwrap_or(verb.last) + 1;
    if np.a >= k {
        k = k.max(np.b);
    }
    let stop = |j: usize| {
        ctx.toks[j].quote().is_some()
            || ctx.punct(j, '.')
            || ctx.punct(j, ';')
            || ctx.toks[j].cue.is_some()
    };
    let compl = (k..ctx.e)
        .take(10)
        .take_while(|&j| !stop(j))
        .find(|&j| ctx.is(j, class::COMPL));
    let start = match compl {
        Some(c) => c + 1,
        None if ctx.punct(k, ':') && k + 1 < ctx.e && ctx.toks[k + 1].quote().is_none() => k + 1,
        None => return None,
    };
    let text = content(ctx, start, clause_end(ctx, start))?;
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
            "complement",
            &[
                Case {
                    name: "a déclaré que",
                    text: "Le ministre Julien Marchetti a déclaré lundi que la réforme serait votée.",
                    want: ("la réforme serait votée", "Julien Marchetti"),
                },
                Case {
                    name: "il a estimé qu’",
                    text: "M. Garnier est prudent. Il a estimé qu’il fallait attendre.",
                    want: ("il fallait attendre", "Garnier"),
                },
                Case {
                    name: "a title standing for the person named with it",
                    text: "Le maire Hugo Perrin a pris la parole. Le maire a assuré que le pont rouvrirait.",
                    want: ("le pont rouvrirait", "Hugo Perrin"),
                },
                Case {
                    name: "a title with a complement, named in apposition",
                    text: "La présidente de la région, Claire Dumas, a déclaré que les routes seraient rouvertes.",
                    want: ("les routes seraient rouvertes", "Claire Dumas"),
                },
                Case {
                    name: "l’élu for the person just named",
                    text: "« Il faut agir », a déclaré le député Julien Moreau. L’élu de l’Aveyron a estimé que les communes étaient abandonnées.",
                    want: ("les communes étaient abandonnées", "Julien Moreau"),
                },
            ],
        );
    }

    #[test]
    fn german() {
        check(
            Lang::De,
            "complement",
            &[
                Case {
                    name: "sagte, dass",
                    text: "Bürgermeister Jonas Feld sagte, dass die Brücke im Mai öffnet.",
                    want: ("die Brücke im Mai öffnet", "Jonas Feld"),
                },
                Case {
                    name: "verb second: the subject after the verb",
                    text: "Am Montag sagte Scholz, dass die Gespräche weitergehen.",
                    want: ("die Gespräche weitergehen", "Olaf Scholz"),
                },
                Case {
                    name: "teilte mit, dass",
                    text: "Das Ministerium teilte am Montag mit, dass die Prüfung noch andauert.",
                    want: ("die Prüfung noch andauert", "Ministerium"),
                },
                Case {
                    name: "fügte hinzu, dass",
                    text: "Frau Keller fügte hinzu, dass der Vertrag bis Juni gilt.",
                    want: ("der Vertrag bis Juni gilt", "Keller"),
                },
                Case {
                    name: "fronted adverbial, dass",
                    text: "In Hamburg sagte der Bürgermeister Peter Lindner, dass die Stadt Kühlräume öffnet.",
                    want: ("die Stadt Kühlräume öffnet", "Peter Lindner"),
                },
            ],
        );
    }
}
