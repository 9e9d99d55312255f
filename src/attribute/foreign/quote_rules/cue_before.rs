//! `X a déclaré : « … »` · `Il a ajouté, « … »` · `Selon lui, « … »` ·
//! `Scholz sagte: „…“`: the nearest cue before the quote, with a colon or a
//! comma right before the quote and at most a few words (an addressee, a time)
//! between them. The quote stands as its own sentence. After `tag_after`;
//! before `governing_cue`.

use super::super::{phrase, Ctx, Hit, Walker};
use crate::dict::CueFrame;

pub(crate) fn find(w: &mut Walker, ctx: &Ctx, i: usize) -> Option<Hit> {
    if i == ctx.s || !(ctx.punct(i - 1, ':') || ctx.punct(i - 1, ',')) {
        return None;
    }
    let mark = i - 1;
    let cue = (ctx.s..mark)
        .rev()
        .take(8)
        .take_while(|&k| ctx.toks[k].quote().is_none())
        .find(|&k| ctx.usable(k))?;
    let verb = ctx.toks[cue].cue?;
    let end = verb.particle.unwrap_or(verb.last) + 1;
    let np = if ctx.data.cues.verb(verb.verb).frame == CueFrame::Source {
        phrase::after(ctx, end)
    } else {
        phrase::of_cue(ctx, cue)
    };
    // A source cue's phrase must reach the comma: `Selon lui, « … »`.
    Some(Hit {
        src: w.source(ctx, cue, np),
        cue: Some(cue),
        direct: true,
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
            "cue_before",
            &[
                Case {
                    name: "colon after a title and name",
                    text: "Le ministre Julien Marchetti a déclaré : « Nous ne céderons pas. La réforme sera votée. »",
                    want: ("Nous ne céderons pas. La réforme sera votée.", "Julien Marchetti"),
                },
                Case {
                    name: "selon lui",
                    text: "Le maire Hugo Perrin était prudent. Selon lui, « rien n’est encore décidé ».",
                    want: ("rien n’est encore décidé", "Hugo Perrin"),
                },
            ],
        );
    }

    #[test]
    fn german() {
        check(
            Lang::De,
            "cue_before",
            &[Case {
                name: "sagte, colon",
                text: "Die Ministerin Petra Lang sagte am Montag: „Wir halten an dem Plan fest.“",
                want: ("Wir halten an dem Plan fest.", "Petra Lang"),
            }],
        );
    }
}
