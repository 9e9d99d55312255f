//! `« … » : voilà ce qu’a répété X` · `„…“ – das sagte Scholz`: a usable cue
//! later in the sentence, with its subject. After `governing_cue`; before
//! `continuation`.

use super::super::{phrase, Ctx, Hit, Walker};

pub(crate) fn find(w: &mut Walker, ctx: &Ctx, i: usize) -> Option<Hit> {
    let cue = (i + 1..ctx.e)
        .take(12)
        .take_while(|&k| ctx.toks[k].quote().is_none())
        .find(|&k| ctx.usable(k) && !w.used[k])?;
    let np = phrase::of_cue(ctx, cue)?; // The cue stays free for a claim: `Das Land werde „…“ übernehmen, sagte X`.
    Some(Hit {
        src: w.source(ctx, cue, Some(np)),
        cue: None,
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
            Lang::De,
            "later_cue",
            &[Case {
                name: "a dash, then the tag",
                text: "„Wir geben nicht auf“ – das sagte Bürgermeister Jonas Feld am Abend.",
                want: ("Wir geben nicht auf", "Jonas Feld"),
            }],
        );
    }
}
