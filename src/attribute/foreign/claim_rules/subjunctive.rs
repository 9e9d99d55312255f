//! `Er sagte, die Regierung habe …` · `Scholz erklärte, man werde …` ·
//! `Vogel sagte, die Industrie erhole sich …`: German reported speech without
//! `dass`, told by its verb in the subjunctive within the first words after the
//! comma: a listed form (`sei`, `habe`, `könne`, `lägen`), or, right after its
//! subject, a lowercase word in `-e` (`erhole`, `wachse`, `prüfe`: the
//! indicative says `-t`) or `-en` (`planten`). Last of the German rules.
//!
//! `continued` (no cue): a sentence of its own whose verb is in the
//! subjunctive goes on with the speech reported before it in the paragraph
//! (`Er sagte, … Erst im Herbst sei mit Besserung zu rechnen.`); there only
//! the forms that cannot be indicative count (`-e` after the subject, not
//! `-te`; `-ten` only with an umlaut: `hätten`, `könnten`).

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
        .any(|j| subjunctive_at(ctx, j, false));
    if !subjunctive {
        return None;
    }
    let text = content(ctx, start, end)?;
    Some(Some(Claim {
        text,
        src: w.source(ctx, i, Some(np)),
    }))
}

/// Whether the word at `j` reads as a finite verb in the subjunctive: a
/// listed form, or a lowercase word in `-e`/`-en` right after its subject (a
/// noun after a determiner, a name or noun before a lowercase word, or a
/// pronoun other than `ich`). With `strict`, only forms that cannot be
/// indicative: no `-te`, and `-en` only with an umlaut (`hätten`, `lägen`).
pub(crate) fn subjunctive_at(ctx: &Ctx, j: usize, strict: bool) -> bool {
    let t = &ctx.toks[j];
    if !t.is_word() || j >= ctx.e {
        return false;
    }
    let w = t.lower.as_str();
    let umlaut = w.contains(['ä', 'ö', 'ü']);
    if strict && (w.ends_with("te") || w.ends_with("ten")) && !umlaut {
        return false;
    }
    if ctx.is(j, class::SUBJ) {
        return !strict || !w.ends_with("en") || umlaut;
    }
    // A word of a closed class is no verb: determiners, prepositions, and the
    // words in -e or -en listed as `not_verb` (`alle`, `gerade`, `letzten`).
    if t.class != 0 || t.cue.is_some() || j == ctx.s || w.chars().count() < 4 {
        return false;
    }
    let ending =
        (w.ends_with('e') && !w.ends_with("ie")) || (w.ends_with("en") && (!strict || umlaut));
    if !ending {
        return false;
    }
    let p = j - 1;
    let pronoun = ctx.is(p, class::PRON_M | class::PRON_F | class::PRON_NONE);
    let noun = ctx.is(p, class::CAP)
        && !ctx.is(
            p,
            class::DET | class::FILLER | class::CONJ | class::COMPL | class::PRONOUN,
        )
        && ((p > ctx.s && ctx.is(p - 1, class::DET))
            || !(j + 1 < ctx.e && ctx.is(j + 1, class::CAP)));
    pronoun || noun
}

/// A sentence with no row and no quote whose verb is in the subjunctive: the
/// speech reported last in the paragraph goes on (`continued`).
pub(crate) fn continued(w: &Walker, ctx: &Ctx) -> Option<Claim> {
    if (ctx.s..ctx.e).any(|k| ctx.toks[k].quote().is_some()) {
        return None;
    }
    (ctx.s + 1..ctx.e)
        .take(8)
        .take_while(|&j| !ctx.punct(j, ','))
        .find(|&j| subjunctive_at(ctx, j, true))?;
    let last = w
        .found
        .iter()
        .rev()
        .take_while(|f| f.paragraph == ctx.p)
        .find(|f| f.entity.is_some())?;
    let text = content(ctx, ctx.s, ctx.e)?;
    Some(Claim {
        text,
        src: crate::attribute::Source {
            entity: last.entity,
            method: crate::Method::Continuation,
            mention: last.mention,
            cue: last.cue,
            addressee: None,
        },
    })
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
                Case {
                    name: "a verb in -e after its subject",
                    text: "Konjunkturchef Stefan Vogel sagte in München, die Industrie erhole sich nur zögerlich.",
                    want: ("die Industrie erhole sich nur zögerlich", "Stefan Vogel"),
                },
                Case {
                    name: "a plural in -en",
                    text: "Die Vorständin Sabine Krämer sagte, viele Betriebe planten bereits Kurzarbeit.",
                    want: ("viele Betriebe planten bereits Kurzarbeit", "Sabine Krämer"),
                },
                Case {
                    name: "warf vor, a separable cue",
                    text: "Der Abgeordnete Jens Hartmann sprach im Landtag. Er warf der Koalition vor, die Bürokratie wachse schneller als die Wirtschaft.",
                    want: ("die Bürokratie wachse schneller als die Wirtschaft", "Jens Hartmann"),
                },
                Case {
                    name: "fronted adverbial, the speaker after the verb, named in apposition",
                    text: "In Stuttgart sagte der Betriebsratschef eines Zulieferers, Michael Brandt, die Lage sei ernst.",
                    want: ("die Lage sei ernst", "Michael Brandt"),
                },
                Case {
                    name: "der Vorsitzende is a man",
                    text: "„Die Regierung verwaltet den Stillstand“, sagte der Vorsitzende der Fraktion, Jens Hartmann. Er sagte, die Koalition gehe unter.",
                    want: ("die Koalition gehe unter", "Jens Hartmann"),
                },
            ],
        );
    }

    #[test]
    fn continued() {
        check(
            Lang::De,
            "continued",
            &[
                Case {
                    name: "a sentence of its own in the subjunctive",
                    text: "Stefan Vogel sagte, die Industrie erhole sich langsam. Der Export wachse kaum, die Bauwirtschaft stecke in der Krise.",
                    want: ("Der Export wachse kaum, die Bauwirtschaft stecke in der Krise", "Stefan Vogel"),
                },
                Case {
                    name: "after a quote",
                    text: "„Wir sehen Licht“, sagte Claudia Neumann. Die Inflation werde im Herbst sinken.",
                    want: ("Die Inflation werde im Herbst sinken", "Claudia Neumann"),
                },
            ],
        );
    }

    #[test]
    fn indicative_sentences_do_not_go_on() {
        let extractor = crate::Extractor::builtin().with_lang(Some(Lang::De));
        for text in [
            "Vogel sagte, die Lage sei ernst. Die Firma plante eine Erweiterung.",
            "Vogel sagte, die Lage sei ernst. Viele kleine Betriebe schließen.",
            "Die Industrie erhole sich, heißt es. Im nächsten Absatz steht nichts.",
            // A word in -e after a noun that is no verb (`alle`, `gerade`).
            "Vogel sagte, die Lage sei ernst. Die Besucher alle verließen den Saal.",
        ] {
            let article = extractor.extract(text);
            assert!(
                article
                    .attributions
                    .iter()
                    .all(|a| !a.text.starts_with("Die Firma")
                        && !a.text.starts_with("Die Besucher")
                        && !a.text.starts_with("Viele")
                        && !a.text.starts_with("Im nächsten")),
                "{text}: {:#?}",
                article.attributions
            );
        }
    }
}
