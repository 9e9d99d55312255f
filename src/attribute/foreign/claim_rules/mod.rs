//! The French and German claim rules, in order: a rule that takes a cue ends
//! the search for that cue, whether or not it reports a claim.
//!
//! | rule | pattern | the content is |
//! | --- | --- | --- |
//! | `source` | `Selon X, …` · `…, selon X` · `d’après X` · `laut X …` · `X zufolge …` · `nach Angaben von X …` · `…, so X` | the clause on the other side of the source |
//! | `postposed` | `…, a déclaré X` · `…, a-t-il ajouté` · `Das sei falsch, sagte Scholz` · `…, hieß es aus Regierungskreisen` | the clause before the comma |
//! | `complement` | `X a déclaré que …` · `X a dit : …` · `X sagte, dass …` · `teilte mit, dass …` · `fügte hinzu, dass …` | the clause after `que`/`dass` (or the colon) |
//! | `subjunctive` | `Er sagte, die Regierung habe …` · `sagte, die Industrie erhole sich …` (German) | the clause after the comma, when its verb is in the subjunctive |
//! | `continued` | `Er sagte, … . Der Export wachse kaum.` (German, no cue) | a sentence with no row of its own whose verb can only be subjunctive: the last speaker's in the paragraph |
//!
//! `continued` is no cue's rule: the walk tries it on a German sentence that
//! gave no row (`subjunctive::continued`).
//!
//! A clause ends at the sentence's end, a semicolon, or a comma before a new
//! report (`, a-t-il ajouté`, `, sagte er`).

mod complement;
mod postposed;
mod source;
pub(crate) mod subjunctive;

use super::lexicon::class;
use super::{ClaimRule, Ctx};
use crate::lang::Lang;
use crate::span::Span;

/// The French rules, in order.
const FR: &[(&str, ClaimRule)] = &[
    ("source", source::take),
    ("postposed", postposed::take),
    ("complement", complement::take),
];

/// The German rules, in order.
const DE: &[(&str, ClaimRule)] = &[
    ("source", source::take),
    ("postposed", postposed::take),
    ("complement", complement::take),
    ("subjunctive", subjunctive::take),
];

/// The rules of `lang`.
pub(crate) fn rules(lang: Lang) -> &'static [(&'static str, ClaimRule)] {
    match lang {
        Lang::De => DE,
        _ => FR,
    }
}

/// How far the rules read, in tokens, for a clause or a look-back: far more
/// than a sentence of news holds, and a bound on the work whatever the text.
pub(crate) const REACH: usize = 256;

/// Where a clause starting at `from` ends (exclusive): the sentence's end, a
/// semicolon, or a comma before a new report.
pub(crate) fn clause_end(ctx: &Ctx, from: usize) -> usize {
    let mut k = from;
    // A clause is at most `REACH` tokens: the work per cue stays bounded.
    let e = ctx.e.min(from + REACH);
    while k < e {
        if ctx.punct(k, ';') {
            return k;
        }
        if ctx.punct(k, ',') {
            let report = (k + 1..ctx.e)
                .take(2)
                .any(|j| ctx.toks[j].cue.is_some() || ctx.is(j, class::INV));
            if report {
                return k;
            }
        }
        k += 1;
    }
    e
}

/// Where the clause ending at `end` starts: the sentence's start or a semicolon.
pub(crate) fn clause_start(ctx: &Ctx, end: usize) -> usize {
    let from = ctx.s.max(end.saturating_sub(REACH));
    (from..end)
        .rev()
        .find(|&k| ctx.punct(k, ';'))
        .map_or(from, |k| k + 1)
}

/// The text of tokens `a..b` without the punctuation at either end; none when
/// nothing is left or it is one quote (the quote rules' words).
pub(crate) fn content(ctx: &Ctx, a: usize, b: usize) -> Option<Span> {
    let (mut a, mut b) = (a, b);
    let trim = |k: usize| !ctx.toks[k].is_word() && ctx.toks[k].quote().is_none();
    while a < b && trim(a) {
        a += 1;
    }
    while b > a && trim(b - 1) {
        b -= 1;
    }
    if a == b || (b == a + 1 && ctx.toks[a].quote().is_some()) {
        return None;
    }
    Some(ctx.span(a, b))
}
