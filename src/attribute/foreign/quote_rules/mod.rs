//! The French and German quote rules, in order: the first that finds a source
//! for a quote wins.
//!
//! | rule | pattern |
//! | --- | --- |
//! | `inverted_pronoun` | `« … », a-t-il dit` · `« … », poursuit-elle` (French) |
//! | `tag_after` | `« … », a déclaré X` · `„…“, sagte Scholz` · `„…“, so X` · `„…“, fügte er hinzu` |
//! | `cue_before` | `X a déclaré : « … »` · `Scholz sagte: „…“` · `Selon lui, « … »` |
//! | `governing_cue` | `X a estimé que la réforme était « indispensable »` |
//! | `later_cue` | `« … » : c’est ce qu’a répété X` |
//! | `continuation` | a quote opening a sentence with no cue: the last speaker's |

mod continuation;
mod cue_before;
mod governing_cue;
mod inverted_pronoun;
mod later_cue;
mod tag_after;

use super::QuoteRule;
use crate::lang::Lang;

/// The French rules, in order.
const FR: &[(&str, QuoteRule)] = &[
    ("inverted_pronoun", inverted_pronoun::find),
    ("tag_after", tag_after::find),
    ("cue_before", cue_before::find),
    ("governing_cue", governing_cue::find),
    ("later_cue", later_cue::find),
    ("continuation", continuation::find),
];

/// The German rules, in order.
const DE: &[(&str, QuoteRule)] = &[
    ("tag_after", tag_after::find),
    ("cue_before", cue_before::find),
    ("governing_cue", governing_cue::find),
    ("later_cue", later_cue::find),
    ("continuation", continuation::find),
];

/// The rules of `lang`.
pub(crate) fn rules(lang: Lang) -> &'static [(&'static str, QuoteRule)] {
    match lang {
        Lang::De => DE,
        _ => FR,
    }
}
