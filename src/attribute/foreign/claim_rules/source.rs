//! `Selon X, …` · `…, selon X` · `D’après X, …` · `À en croire X, …` ·
//! `Laut X …` · `Nach Angaben von X …` · `X zufolge …` · `…, so X`: a source
//! preposition (a postposition for `zufolge`) and the clause on the other side.
//! `so` is a source only after a comma or a quote, at the sentence's end. A
//! role in apposition after the source (`Selon Marie Leroy, directrice de
//! l’agence, …`) is the source's, not the claim's.
//! First: a source is never a verb's subject.

use super::super::{phrase, Claim, Ctx, Walker};
use super::{clause_end, clause_start, content};
use crate::attribute::foreign::lexicon::class;
use crate::dict::CueFrame;

pub(crate) fn take(w: &mut Walker, ctx: &Ctx, i: usize) -> Option<Option<Claim>> {
    let verb = ctx.toks[i].cue?;
    if ctx.data.cues.verb(verb.verb).frame != CueFrame::Source {
        return None;
    }
    let after_comma = i > ctx.s && (ctx.punct(i - 1, ',') || ctx.toks[i - 1].quote().is_some());
    if ctx.is(i, class::POSTPOS) {
        // `Dem Ministerium zufolge ist …`, `…, dem Ministerium zufolge.`
        let from = ctx.s.max(i.saturating_sub(super::REACH));
        let a = (from..i)
            .rev()
            .find(|&k| ctx.punct(k, ','))
            .map_or(from, |k| k + 1);
        let np = phrase::before(ctx, i).filter(|np| np.a >= a);
        let text = if a == from {
            content(ctx, i + 1, clause_end(ctx, i + 1))
        } else {
            content(ctx, clause_start(ctx, a - 1), a - 1)
        };
        return Some(claim(w, ctx, i, np, text));
    }
    if ctx.toks[i].lower == "so" && !after_comma {
        // `so viel`, `so schnell`: no source.
        return Some(None);
    }
    let mut k = verb.last + 1;
    // `nach Angaben von X`.
    if ctx.is(k, class::PARTICLE) && !ctx.is(k, class::DET) {
        k += 1;
    }
    let Some(np) = phrase::after(ctx, k) else {
        return Some(None);
    };
    let text = if after_comma {
        // `…, selon X.`: the clause before the comma, unless it is a quote.
        if ctx.toks[i - 1].quote().is_some() {
            return Some(None);
        }
        content(ctx, clause_start(ctx, i - 1), i - 1)
    } else {
        let mut from = np.b;
        if ctx.punct(from, ',') {
            from += 1;
            // `Selon Marie Leroy, directrice de l’agence, …`: the role in
            // apposition is the source's, and the claim starts after it.
            if ctx.is(from, class::ROLE) {
                if let Some(c) = (from + 1..ctx.e.min(from + 16))
                    .take_while(|&j| ctx.toks[j].is_word() || ctx.punct(j, ','))
                    .find(|&j| ctx.punct(j, ','))
                {
                    from = c + 1;
                }
            }
        }
        content(ctx, from, clause_end(ctx, from))
    };
    Some(claim(w, ctx, i, Some(np), text))
}

fn claim(
    w: &mut Walker,
    ctx: &Ctx,
    i: usize,
    np: Option<phrase::Np>,
    text: Option<crate::span::Span>,
) -> Option<Claim> {
    let text = text?;
    np?;
    Some(Claim {
        text,
        src: w.source(ctx, i, np),
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
            "source",
            &[
                Case {
                    name: "selon X, …",
                    text: "Selon la porte-parole Anne Rivière, le texte sera présenté en juin.",
                    want: ("le texte sera présenté en juin", "Anne Rivière"),
                },
                Case {
                    name: "…, selon X",
                    text: "Le chantier prendra deux ans de retard, selon le maire Hugo Perrin.",
                    want: ("Le chantier prendra deux ans de retard", "Hugo Perrin"),
                },
                Case {
                    name: "selon a title with a complement, named in apposition",
                    text: "Selon l’adjoint aux finances, Marc Lefèvre, le coût dépassera deux millions.",
                    want: ("le coût dépassera deux millions", "Marc Lefèvre"),
                },
                Case {
                    name: "d’après X",
                    text: "D’après le syndicat, la moitié des agents seront en grève jeudi.",
                    want: ("la moitié des agents seront en grève jeudi", "syndicat"),
                },
                Case {
                    name: "selon X, a role in apposition, …",
                    text: "Selon Marie Leroy, directrice de l’agence, les nappes ont remonté.",
                    want: ("les nappes ont remonté", "Marie Leroy"),
                },
                Case {
                    name: "selon a common noun",
                    text: "Selon les prévisionnistes, de nouvelles averses sont attendues samedi.",
                    want: ("de nouvelles averses sont attendues samedi", "prévisionnistes"),
                },
                Case {
                    name: "d’après a common noun with its adjective and complement",
                    text: "D’après l’agence régionale de santé, les passages ont augmenté.",
                    want: ("les passages ont augmenté", "agence régionale de santé"),
                },
                Case {
                    name: "selon a name with Le",
                    text: "Selon Yann Le Gall, secrétaire de la CGT, l’annonce ne règle rien.",
                    want: ("l’annonce ne règle rien", "Yann Le Gall"),
                },
            ],
        );
    }

    #[test]
    fn german() {
        check(
            Lang::De,
            "source",
            &[
                Case {
                    name: "laut X",
                    text: "Laut der Sprecherin Anna Weber wird der Bericht im Juni vorgelegt.",
                    want: ("wird der Bericht im Juni vorgelegt", "Anna Weber"),
                },
                Case {
                    name: "X zufolge",
                    text: "Dem Ministerium zufolge fehlen noch drei Gutachten.",
                    want: ("fehlen noch drei Gutachten", "Ministerium"),
                },
                Case {
                    name: "nach Angaben von X",
                    text: "Nach Angaben von Bürgermeister Jonas Feld bleibt die Brücke gesperrt.",
                    want: ("bleibt die Brücke gesperrt", "Jonas Feld"),
                },
                Case {
                    name: "nach Angaben, a noun before the name",
                    text: "Nach Angaben des Kämmerers Peter Schmitz kostet das Programm zwei Millionen.",
                    want: ("kostet das Programm zwei Millionen", "Peter Schmitz"),
                },
                Case {
                    name: "…, so X",
                    text: "Die Lage bleibe angespannt, so Innenminister Paul Roth.",
                    want: ("Die Lage bleibe angespannt", "Paul Roth"),
                },
                Case {
                    name: "so der Sprecher, named by his title alone before",
                    text: "In Berlin sagte ein Sprecher des Arbeitsministeriums, man beobachte die Lage. Der Minister plane nichts, so der Sprecher.",
                    want: ("Der Minister plane nichts", "Sprecher des Arbeitsministeriums"),
                },
                Case {
                    name: "so die 34-Jährige",
                    text: "Notärztin Lea Schubert hat Dienst. Besonders gefährdet seien Kleinkinder, so die 34-Jährige.",
                    want: ("Besonders gefährdet seien Kleinkinder", "Lea Schubert"),
                },
            ],
        );
    }
}
