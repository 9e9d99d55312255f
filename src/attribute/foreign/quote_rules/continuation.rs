//! A quote opening a sentence with no cue of its own continues the last
//! speaker of the paragraph or the one before: `« … », a-t-il dit. « … »`.
//! Last: a default, never preferred to a tag.

use super::super::{Ctx, Hit, Walker};
use crate::attribute::Source;
use crate::Method;

pub(crate) fn find(w: &mut Walker, ctx: &Ctx, i: usize) -> Option<Hit> {
    let opens = i == ctx.s || (i == ctx.s + 1 && ctx.toks[ctx.s].is_punct('—'));
    if !opens || (ctx.s..ctx.e).any(|k| ctx.usable(k) && !w.used[k]) {
        return None;
    }
    let last = w
        .found
        .iter()
        .rev()
        .take(256)
        .take_while(|f| f.paragraph + 1 >= ctx.p)
        .find(|f| f.entity.is_some())?;
    Some(Hit {
        src: Source {
            entity: last.entity,
            method: Method::Continuation,
            mention: last.mention,
            cue: last.cue,
            addressee: None,
        },
        cue: None,
        direct: true,
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
            "continuation",
            &[Case {
                name: "a second quote",
                text:
                    "« Nous serons prêts », a déclaré Sophie Martel. « Le calendrier sera tenu. »",
                want: ("Le calendrier sera tenu.", "Sophie Martel"),
            }],
        );
        check(
            Lang::De,
            "continuation",
            &[Case {
                name: "a second quote",
                text: "„Wir sind bereit“, sagte Jonas Feld. „Der Zeitplan wird gehalten.“",
                want: ("Der Zeitplan wird gehalten.", "Jonas Feld"),
            }],
        );
    }
}
