//! `X a estimé que la réforme était « indispensable »` · `Scholz sagte, die
//! Lage sei „sehr ernst“`: quoted words inside reported speech belong to the
//! first usable cue of the sentence before them. After `cue_before`; before
//! `later_cue`.

use super::super::{phrase, Ctx, Hit, Walker};
use crate::dict::CueFrame;

pub(crate) fn find(w: &mut Walker, ctx: &Ctx, i: usize) -> Option<Hit> {
    let cue = ctx.first_cue.filter(|&k| k < i)?;
    let verb = ctx.toks[cue].cue?;
    let np = if ctx.data.cues.verb(verb.verb).frame == CueFrame::Source {
        phrase::after(ctx, verb.last + 1)
    } else {
        phrase::of_cue(ctx, cue)
    };
    np?;
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
            "governing_cue",
            &[Case {
                name: "partial quote in a claim",
                text: "La ministre Léa Garnier a estimé que la réforme était « indispensable ».",
                want: ("indispensable", "Léa Garnier"),
            }],
        );
        check(
            Lang::De,
            "governing_cue",
            &[Case {
                name: "partial quote in subjunctive speech",
                text: "Finanzminister Karl Brandt sagte, die Lage sei „sehr ernst“.",
                want: ("sehr ernst", "Karl Brandt"),
            }],
        );
    }
}
