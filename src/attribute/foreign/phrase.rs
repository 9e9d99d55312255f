//! Speaker phrases in French and German, read from the shape of the words and
//! the language's closed classes, and resolved to the article's entities.
//!
//! - A phrase is a run of determiners, honorifics (`M.`, `Mme`, `Herr`, `Frau`),
//!   titles (`ministre`, `porte-parole`, `Sprecherin`), nationality adjectives,
//!   source nouns and capitalised words, with `de`/`du`/`des`/`von` inside
//!   (`la porte-parole du gouvernement`, `die Sprecherin des Ministeriums`), and a
//!   name in apposition (`la porte-parole, Anne Rivière,`, `son avocate, Me
//!   Hélène Vautrin,`); or, with no such word, a determiner and a lowercase
//!   noun that end the clause (`ont annoncé les pompiers`, `l’agence régionale
//!   de santé`). After a cue, an addressee or a time may come first (`a déclaré
//!   à l’AFP le député X`). In German, where a person works is no part of a
//!   name (`Claudia Neumann vom Ifo-Institut`) but is of a noun (`ein Besucher
//!   aus Köln`), and a preposition opens no subject (`In Hamburg sagte …`).
//! - A French article inside a name is part of it (`Yann Le Gall`).
//! - Its name is its last run of capitalised words that are no title, source
//!   noun or determiner; in German, where every noun has a capital, a
//!   capitalised word right after a determiner is a noun (`die Opposition`).
//! - Gender: an honorific, a feminine title (`présidente`, `Ministerin`,
//!   `Vorständin`, whatever the determiner: `der Ingenieurin`), a determiner
//!   before a title (`la ministre`, `le député`, `der Vorsitzende`), a German
//!   title in its masculine form before a name (`Sprecher Timo Krause`), a
//!   first name, and pronouns (`a-t-elle`, `sagte sie`) for a person of
//!   unknown gender.
//! - An age or a stand-in for a person (`die 34-Jährige`, `le septuagénaire`,
//!   `l’élu`) resolves as a pronoun of the determiner's gender would.
//! - Pronouns resolve to the more recent of the last fitting speaker and the
//!   last fitting subject (or any mention of the same paragraph), within two
//!   paragraphs.
//! - A title with no name (`le ministre`, `der Bürgermeister`) is the last person
//!   whose titles or dictionary roles hold its head and nationality (`le président
//!   français`); else the phrase as written.

use super::lexicon::class;
use super::{Ctx, Walker};
use crate::attribute::discourse::EntityKind;
use crate::dict::{first_name_gender, Gender, GenderSource};
use crate::lang::Lang;
use crate::span::Span;
use crate::Method;

/// A speaker phrase: tokens `a..b`, the mention as written, and, for a
/// pronoun, its class bit.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Np {
    pub a: usize,
    pub b: usize,
    pub mention: Span,
    pub pronoun: u32,
}

/// How many tokens a speaker phrase may span: a bound on the work per cue.
const NP_REACH: usize = 32;

/// Words a speaker phrase is made of.
const NP_WORD: u32 =
    class::DET | class::HONORIFIC | class::ROLE | class::SOURCE | class::NAT | class::CAP;

/// Words that head a phrase.
fn head(ctx: &Ctx, i: usize) -> bool {
    ctx.is(i, class::ROLE | class::SOURCE)
        || (ctx.is(i, class::CAP) && !ctx.is(i, class::DET | class::HONORIFIC | class::FILLER))
}

/// A plain name word: capitalised, no title, source noun or closed word.
fn name_word(ctx: &Ctx, i: usize) -> bool {
    ctx.is(i, class::CAP)
        && !ctx.is(
            i,
            class::DET
                | class::HONORIFIC
                | class::ROLE
                | class::SOURCE
                | class::NAT
                | class::PRONOUN
                | class::FILLER
                | class::CONJ,
        )
        && ctx.toks[i].cue.is_none()
}

/// A particle inside a name, between name words: `von`, `de` (`Ursula von der
/// Leyen`), and in French a capitalised article after a name word (`Yann Le
/// Gall`, `Jean de La Fontaine`).
fn name_particle(ctx: &Ctx, k: usize) -> bool {
    let plain = ctx.is(k, class::PARTICLE) && !ctx.is(k, class::DET);
    let article = ctx.data.lang == Lang::Fr
        && ctx.is(k, class::CAP)
        && ctx.is(k, class::DET)
        && ctx.is(k, class::PARTICLE)
        && k > ctx.s
        && (name_word(ctx, k - 1) || ctx.is(k - 1, class::PARTICLE));
    (plain || article) && name_word(ctx, k + 1)
}

/// A pronoun at `i`, as a phrase.
fn pronoun(ctx: &Ctx, i: usize) -> Option<Np> {
    if !ctx.is(i, class::PRON_M | class::PRON_F | class::PRON_PL) || ctx.is(i, class::INV) {
        return None;
    }
    Some(Np {
        a: i,
        b: i + 1,
        mention: ctx.toks[i].span,
        pronoun: ctx.toks[i].class & class::PRONOUN,
    })
}

/// The pronoun of an inversion (`il` of `a-t-il`) at `i`.
pub(crate) fn inverted(ctx: &Ctx, i: usize) -> Option<Np> {
    let t = &ctx.toks[i];
    if !ctx.is(i, class::INV) {
        return None;
    }
    Some(Np {
        a: i,
        b: i + 1,
        mention: t.pronoun?,
        pronoun: t.class & class::PRONOUN,
    })
}

/// The phrase starting at `i` (after a cue: `sagte Scholz`, `a déclaré la
/// porte-parole du gouvernement, Anne Rivière`).
pub(crate) fn after(ctx: &Ctx, i: usize) -> Option<Np> {
    let mut i = i;
    // `hieß es aus Regierungskreisen`.
    if ctx.is(i, class::SRC_PREP) {
        i += 1;
    }
    if let Some(np) = pronoun(ctx, i) {
        return Some(np);
    }
    let mut k = i;
    let mut end = None;
    let mut named = false;
    // Inside a complement (`de la CGT`, `des Ministeriums`), names are not the speaker's.
    let mut complement = false;
    let limit = ctx.e.min(i + NP_REACH);
    while k < limit {
        let t = &ctx.toks[k];
        if t.is_word() {
            // After a name, where the person works is no part of it (`Claudia
            // Neumann vom DIW`); after a noun it is (`ein Besucher aus Köln`).
            let origin = matches!(t.lower.as_str(), "vom" | "beim" | "aus");
            if named && origin && ctx.data.lang == Lang::De {
                break;
            }
            if (ctx.is(k, class::PARTICLE) && !ctx.is(k, class::DET))
                || (origin && ctx.data.lang == Lang::De)
            {
                // `du gouvernement`, `von der Leyen`: only inside a phrase.
                if end.is_some() && (head(ctx, k + 1) || ctx.is(k + 1, class::DET)) {
                    complement |= !named;
                    k += 1;
                    continue;
                }
                break;
            }
            if named && name_particle(ctx, k) {
                k += 1;
                continue;
            }
            if ctx.is(k, class::DET) {
                // After a name, a determiner starts another phrase (`sagte Scholz der Zeitung`),
                // except a genitive after a title (`Sprecherin des Ministeriums`).
                if named
                    || (end.is_some()
                        && !(ctx.is(k, class::PARTICLE)
                            || is_genitive(ctx, k)
                            || (ctx.data.lang == Lang::De
                                && matches!(
                                    ctx.toks[k].lower.as_str(),
                                    "des" | "der" | "eines" | "einer"
                                ))))
                {
                    break;
                }
                complement |= end.is_some();
                k += 1;
                continue;
            }
            if t.is(NP_WORD) && t.cue.is_none() && !t.is(class::PRONOUN | class::FILLER) {
                // In German a capitalised word after a determiner is a noun.
                let noun = ctx.data.lang == Lang::De && k > i && ctx.is(k - 1, class::DET);
                if name_word(ctx, k) && !complement && !noun {
                    named = true;
                }
                k += 1;
                // A nationality after its noun belongs to it: `le président français`.
                if head(ctx, k - 1) || (end.is_some() && ctx.is(k - 1, class::NAT)) {
                    end = Some(k);
                }
                continue;
            }
            // A lowercase noun heading a complement (`l’adjoint aux finances`).
            if complement && k > i && ctx.is(k - 1, class::DET) && !named && lowercase_word(ctx, k)
            {
                k += 1;
                end = Some(k);
                continue;
            }
            // A lowercase adjective between a determiner and its noun, or after
            // a title (`la secrétaire générale`).
            if k > i && ctx.is(k - 1, class::DET) && head(ctx, k + 1) {
                k += 1;
                continue;
            }
            if k > i && ctx.is(k - 1, class::ROLE) && lowercase_word(ctx, k) {
                k += 1;
                continue;
            }
            break;
        }
        if t.is_punct('.') && k > i && ctx.is(k - 1, class::HONORIFIC) {
            k += 1;
            continue;
        }
        if t.is_punct(',') && end.is_some() && !named {
            // A name in apposition: `la porte-parole du gouvernement, Anne Rivière`.
            let mut n = k + 1;
            // `son avocate, Me Hélène Vautrin,`.
            while ctx.is(n, class::HONORIFIC) || (n > k + 1 && ctx.punct(n, '.')) {
                n += 1;
            }
            let first = n;
            while name_word(ctx, n) || (n > first && name_particle(ctx, n)) {
                n += 1;
            }
            if n > first && (n == ctx.e || !ctx.toks[n].is_word()) {
                end = Some(n);
            }
        }
        break;
    }
    let Some(b) = end else {
        return common(ctx, i);
    };
    Some(Np {
        a: i,
        b,
        mention: ctx.span(i, b),
        pronoun: 0,
    })
}

/// Whether the comma at `comma` closes a name in apposition (`le ministre,
/// Dmytro Kuleba,`): only name words since the comma before.
pub(crate) fn apposition_ends(ctx: &Ctx, comma: usize) -> bool {
    let from = ctx.s.max(comma.saturating_sub(8));
    let Some(open) = (from..comma).rev().find(|&k| !ctx.toks[k].is_word()) else {
        return false;
    };
    ctx.punct(open, ',')
        && open + 1 < comma
        && name_word(ctx, open + 1)
        && (open + 1..comma).all(|k| name_word(ctx, k) || ctx.is(k, class::PARTICLE))
}

/// Whether token `k` ends a clause: the sentence's end or punctuation.
fn clause_ends(ctx: &Ctx, k: usize) -> bool {
    k >= ctx.e || !ctx.toks[k].is_word() && ctx.toks[k].quote().is_none()
}

/// A common noun phrase as a source, `i..` up to the clause's end: a
/// determiner, a lowercase noun and its adjectives and complements (`les
/// pompiers`, `l’intersyndicale`, `ce retraité`, `l’agence régionale de
/// santé`). At most 8 words.
fn common(ctx: &Ctx, i: usize) -> Option<Np> {
    if !ctx.is(i, class::DET) || !lowercase_word(ctx, i + 1) {
        return None;
    }
    let mut k = i + 2;
    while k < ctx.e.min(i + 8) && ctx.toks[k].is_word() {
        let complement = ctx.is(k, class::PARTICLE | class::DET) && k + 1 < ctx.e;
        if !(lowercase_word(ctx, k)
            || complement
            || (ctx.is(k, class::CAP) && ctx.is(k - 1, class::PARTICLE | class::DET)))
        {
            return None;
        }
        k += 1;
    }
    if !clause_ends(ctx, k) || ctx.is(k - 1, class::PARTICLE | class::DET) {
        return None;
    }
    Some(Np {
        a: i,
        b: k,
        mention: ctx.span(i, k),
        pronoun: 0,
    })
}

/// The phrase after a cue at `k`, past an addressee or a time before it
/// (`a déclaré à l’AFP le député X`, `a affirmé mardi soir sur France Inter la
/// ministre`): a phrase that ends its clause, at most 10 words on.
pub(crate) fn after_adjuncts(ctx: &Ctx, k: usize) -> Option<Np> {
    if let Some(np) = after(ctx, k) {
        return Some(np);
    }
    (k + 1..ctx.e.min(k + 10))
        .take_while(|&j| ctx.toks[j - 1].is_word())
        .filter(|&j| ctx.is(j, class::DET | class::HONORIFIC | class::ROLE | class::CAP))
        .find_map(|j| after(ctx, j).filter(|np| clause_ends(ctx, np.b)))
}

/// A word of no closed class, not a cue, in lowercase: an adjective after a title.
fn lowercase_word(ctx: &Ctx, k: usize) -> bool {
    ctx.toks[k].is_word()
        && ctx.toks[k].class & !class::NOT_VERB == 0
        && ctx.toks[k].cue.is_none()
        && (k + 1 >= ctx.e || !ctx.is(k + 1, class::COMPL))
}

/// A lowercase noun at `k` heading a complement: after `de la`, `de l’`,
/// `du`, `des` (French) or `des`, `der` after a noun (German).
fn complement_noun(ctx: &Ctx, k: usize) -> bool {
    let of = |j: usize| ctx.is(j, class::PARTICLE) && !ctx.is(j, class::DET);
    k > ctx.s + 1
        && (of(k - 1)
            || matches!(ctx.toks[k - 1].lower.as_str(), "du" | "des" | "der")
            || (ctx.is(k - 1, class::DET) && of(k - 2)))
}

/// `des`/`der`/`du` after a title or source noun: a genitive complement.
fn is_genitive(ctx: &Ctx, k: usize) -> bool {
    k > 0
        && ctx.is(k - 1, class::ROLE | class::SOURCE)
        && matches!(
            ctx.toks[k].lower.as_str(),
            "des" | "der" | "du" | "de" | "au" | "aux" | "eines" | "einer"
        )
}

/// The phrase ending right before token `end` (the subject of a cue:
/// `Le ministre Julien Marchetti a déclaré`), reading leftwards past auxiliaries
/// and fillers (`a également déclaré`, `hat am Montag gesagt`), and past an
/// apposition or aside after a phrase that opens the sentence.
pub(crate) fn before(ctx: &Ctx, end: usize) -> Option<Np> {
    let mut end = end;
    while end > ctx.s && ctx.is(end - 1, class::AUX | class::FILLER) && !ctx.is(end - 1, class::INV)
    {
        end -= 1;
    }
    if end == ctx.s {
        return None;
    }
    if let Some(np) = pronoun(ctx, end - 1) {
        return Some(np);
    }
    if ctx.punct(end - 1, ',') {
        // `La porte-parole, Anne Rivière, a déclaré`; `Le ministre, interrogé lundi, a dit`.
        let comma = end - 1;
        let open = (ctx.s.max(comma.saturating_sub(NP_REACH))..comma)
            .rev()
            .find(|&k| ctx.punct(k, ','))?;
        let inner_name = (open + 1..comma).all(|k| name_word(ctx, k) || ctx.is(k, class::PARTICLE));
        let np = phrase_before(ctx, open)?;
        if np.a != ctx.s {
            return None;
        }
        if inner_name && comma > open + 1 {
            return Some(Np {
                a: np.a,
                b: comma,
                mention: ctx.span(np.a, comma),
                pronoun: 0,
            });
        }
        return Some(np);
    }
    phrase_before(ctx, end)
}

fn phrase_before(ctx: &Ctx, end: usize) -> Option<Np> {
    let mut a = end;
    let limit = ctx.s.max(end.saturating_sub(NP_REACH));
    while a > limit {
        let k = a - 1;
        let t = &ctx.toks[k];
        if t.is_word()
            && (t.is(NP_WORD) || t.is(class::PARTICLE))
            && t.cue.is_none()
            && !t.is(class::PRONOUN | class::FILLER)
        {
            a -= 1;
            continue;
        }
        if t.is_punct('.') && k > ctx.s && ctx.is(k - 1, class::HONORIFIC) {
            a -= 1;
            continue;
        }
        // An adjective after a title or in a complement (`La directrice artistique`,
        // `des Affaires étrangères`), or a complement's noun (`de la région`,
        // `de l’établissement`).
        if k > ctx.s
            && lowercase_word(ctx, k)
            && (ctx.is(k - 1, class::ROLE | class::SOURCE)
                || (ctx.is(k - 1, class::CAP)
                    && k > ctx.s + 1
                    && ctx.is(k - 2, class::DET | class::PARTICLE))
                || complement_noun(ctx, k))
        {
            a -= 1;
            continue;
        }
        break;
    }
    // A particle or preposition cannot open the phrase (`Aus dem Ministerium`).
    while a < end
        && ctx.is(a, class::PARTICLE | class::SRC_PREP | class::PREP)
        && !ctx.is(a, class::DET)
    {
        a += 1;
    }
    if !(a..end).any(|k| head(ctx, k)) {
        return None;
    }
    // German: a capitalised noun after a preposition is no subject (`Am Montag`).
    Some(Np {
        a,
        b: end,
        mention: ctx.span(a, end),
        pronoun: 0,
    })
}

/// The speaker phrase of the cue at `i`: its subject before it, or in German a
/// subject after it when the verb comes second (`Am Montag sagte Scholz`,
/// `Das sei falsch, sagte Scholz`), or the pronoun of an inversion (`a-t-il dit`).
pub(crate) fn of_cue(ctx: &Ctx, i: usize) -> Option<Np> {
    if let Some(np) = inverted(ctx, i) {
        return Some(np);
    }
    // `a-t-il déclaré`.
    if i > ctx.s {
        if let Some(np) = inverted(ctx, i - 1) {
            return Some(np);
        }
    }
    let before = before(ctx, i);
    if let Some(np) = before {
        let clause_start = np.a == ctx.s
            || (np.a == ctx.s + 1 && ctx.is(ctx.s, class::SRC_PREP))
            || ctx.punct(np.a - 1, ',')
            || ctx.punct(np.a - 1, ':')
            || ctx.is(np.a - 1, class::CONJ | class::COMPL);
        if clause_start || ctx.data.lang == Lang::Fr || np.pronoun != 0 {
            return Some(np);
        }
    }
    // Inverted: the subject follows the verb (and its auxiliary in French).
    let mut k = ctx.after_cue(i);
    if ctx.data.lang == Lang::De {
        after(ctx, k)
    } else {
        // `« … », a déclaré X`: the verb after its auxiliary.
        if k < ctx.e && ctx.is(k, class::FILLER) {
            k += 1;
        }
        after(ctx, k)
    }
}

/// Register the people a sentence names (a title or honorific and a name, or a
/// known first name and a surname), so that pronouns find them.
pub(crate) fn register_names(w: &mut Walker, ctx: &Ctx) {
    let mut k = ctx.s;
    while k < ctx.e {
        if !name_word(ctx, k) {
            k += 1;
            continue;
        }
        let a = k;
        while k < ctx.e && (name_word(ctx, k) || (k > a && name_particle(ctx, k))) {
            k += 1;
        }
        // `Le député de la circonscription, Alain Kerbrat, …`: a name in
        // apposition to a phrase with a title.
        let titled = (a > ctx.s + 1 && ctx.punct(a - 1, ',') && ctx.punct(k, ','))
            .then(|| phrase_before(ctx, a - 1))
            .flatten()
            .filter(|np| (np.a..np.b).any(|j| ctx.is(j, class::ROLE)));
        // German `des Deutschen Wetterdienstes`: an adjective and a noun, no name.
        let noun = ctx.data.lang == Lang::De
            && a > ctx.s + 1
            && ctx.is(a - 1, class::NAT)
            && ctx.is(a - 2, class::DET | class::PARTICLE);
        let introduced = a > ctx.s
            && !noun
            && (ctx.is(a - 1, class::ROLE | class::HONORIFIC | class::NAT)
                || titled.is_some()
                || (ctx.punct(a - 1, '.') && a > ctx.s + 1 && ctx.is(a - 2, class::HONORIFIC)));
        let first_name = k - a >= 2 && first_name_gender(&ctx.toks[a].lower).is_some();
        let span = ctx.span(a, k);
        let name = &ctx.text[span.start..span.end];
        let known = w.st.names.contains_key(name)
            || (k == a + 1 && w.st.by_last.contains_key(ctx.toks[a].lower.as_str()))
            || w.speakers
                .find_iter(name)
                .any(|m| !m.is_role && m.span.end == name.len());
        if introduced || first_name || known {
            let np = Np {
                a,
                b: k,
                mention: ctx.span(a, k),
                pronoun: 0,
            };
            // The title or honorific before the name tells gender.
            let from = titled.map_or_else(
                || {
                    (ctx.s.max(a.saturating_sub(NP_REACH))..a)
                        .rev()
                        .take_while(|&j| ctx.is(j, NP_WORD) || ctx.punct(j, '.'))
                        .last()
                        .unwrap_or(a)
                },
                |np| np.a,
            );
            let full = Np { a: from, ..np };
            if let Some(e) = person(w, ctx, &full, a, k) {
                w.st.mentions
                    .push((ctx.toks[a].span.start, e, ctx.p, from == ctx.s));
            }
        }
    }
}

/// Resolve a phrase to an entity.
pub(crate) fn resolve(w: &mut Walker, ctx: &Ctx, np: &Np) -> (Option<usize>, Method) {
    if np.pronoun != 0 {
        let e = resolve_pronoun(w, np.pronoun, ctx.toks[np.a].span.start, ctx.p);
        if let Some(e) = e {
            learn_gender(w, e, np.pronoun);
        }
        return (
            e,
            if e.is_some() {
                Method::Pronoun
            } else {
                Method::None
            },
        );
    }
    // The name: the last run of name words (an apposition's, if any).
    let mut b = np.b;
    while b > np.a && !name_word(ctx, b - 1) {
        b -= 1;
    }
    let mut a = b;
    while a > np.a
        && (name_word(ctx, a - 1)
            || (a - 1 > np.a && name_particle(ctx, a - 1) && name_word(ctx, a - 2)))
    {
        a -= 1;
    }
    // German: a noun before a name (`des Kämmerers Peter Schmitz`) is no part
    // of it; the name starts at its known first name.
    if ctx.data.lang == Lang::De && b - a >= 3 {
        if let Some(f) = (a + 1..b - 1).find(|&k| first_name_gender(&ctx.toks[k].lower).is_some()) {
            a = f;
        }
    }
    // A capitalised word after a determiner or a particle is a noun or part of
    // a complement (`die Opposition`, `la secrétaire de la CGT`), no name.
    let after_det = a > np.a
        && ((ctx.is(a - 1, class::DET | class::PARTICLE)
            && !(ctx.data.lang == Lang::De
                && ctx.is(a - 1, class::CAP)
                && !ctx.is(a - 1, class::DET)))
            || (ctx.data.lang == Lang::De
                && (matches!(ctx.toks[a - 1].lower.as_str(), "aus" | "vom" | "beim")
                    // `des Deutschen Wetterdienstes`: an adjective, then a noun.
                    || (a >= np.a + 2
                        && ctx.is(a - 1, class::NAT)
                        && ctx.is(a - 2, class::DET | class::PARTICLE)))));
    let trailing = (b..np.b).any(|k| head(ctx, k));
    if a < b && !after_det && !trailing {
        if let Some(e) = person(w, ctx, np, a, b) {
            w.st.mentions
                .push((ctx.toks[a].span.start, e, ctx.p, np.a == ctx.s));
            return (Some(e), Method::Explicit);
        }
    }
    // No name: a title resolves to the last person with it, else the phrase is
    // a group as written.
    // The phrase's core, before a complement (`un conseiller` of `un conseiller du ministre`).
    // German: a genitive after a title (`ein Sprecher des Wetterdienstes`).
    let core_end = (np.a + 1..np.b)
        .find(|&k| {
            ctx.is(k, class::PARTICLE)
                || (ctx.data.lang == Lang::De
                    && ctx.is(k, class::DET)
                    && ctx.is(k - 1, class::ROLE))
        })
        .unwrap_or(np.b);
    let last = (np.a..core_end)
        .rev()
        .find(|&k| head(ctx, k))
        .unwrap_or(np.a);
    // An age for a noun (`die 34-Jährige`, `le septuagénaire`): the last
    // person of that gender, as a pronoun would be.
    // So are the nouns that stand for whoever was just named (`l’élu`).
    let age = &ctx.toks[last].lower;
    let age = if ctx.data.lang == Lang::De {
        age.contains("jährige") && age.starts_with(|c: char| c.is_ascii_digit())
            || matches!(age.as_str(), "politiker" | "politikerin")
    } else {
        age.ends_with("génaire")
            || age.ends_with("tenaire")
            || matches!(age.as_str(), "élu" | "élue" | "intéressé" | "intéressée")
    };
    if age && ctx.is(np.a, class::DET) {
        let bit = match ctx.toks[np.a].lower.as_str() {
            "die" | "la" => class::PRON_F,
            "l’" if ctx.toks[last].lower.ends_with('e') => class::PRON_F,
            _ => class::PRON_M,
        };
        if let Some(e) = resolve_pronoun(w, bit, ctx.toks[np.a].span.start, ctx.p) {
            return (Some(e), Method::Descriptor);
        }
    }
    if ctx.is(last, class::ROLE) && !ctx.is(last, class::SOURCE) {
        // The words a title must hold: the head and its nationality (`président français`).
        let words: Vec<&str> = (np.a..core_end)
            .filter(|&k| ctx.is(k, class::ROLE | class::NAT))
            .map(|k| ctx.toks[k].lower.as_str())
            .collect(); // `Verkehrsminister` holds `Minister`.
        let holds = |t: &str| {
            words
                .iter()
                .all(|w| t.split_whitespace().any(|x| x.ends_with(*w)))
        };
        let found = w
            .discourse
            .entities
            .iter()
            .enumerate()
            .rev()
            .take(256)
            .find(|(_, e)| {
                // A person named by a title alone holds it in the name
                // (`ein Sprecher des Ministeriums`, then `der Sprecher`).
                e.kind == EntityKind::Person
                    && (e.titles.iter().any(|t| holds(t))
                        || (core_end == np.b && holds(&e.name.to_lowercase()))
                        || e.dict
                            .is_some_and(|d| w.speakers.speaker(d).roles.iter().any(|r| holds(r))))
            })
            .map(|(i, _)| i);
        if let Some(e) = found {
            return (Some(e), Method::Descriptor);
        }
    }
    let mut a = np.a;
    if ctx.is(a, class::DET) && a + 1 < np.b {
        a += 1;
    }
    let span = ctx.span(a, np.b);
    let phrase = &ctx.text[span.start..span.end];
    let key = phrase.to_lowercase();
    let e = match w.st.groups.get(&key) {
        Some(&e) => e,
        None => {
            // A title is a person (`un conseiller`, `der Minister`), a source noun an
            // organisation, anything else a group.
            let kind = if ctx.is(last, class::ROLE) {
                EntityKind::Person
            } else if (np.a..np.b).any(|k| ctx.is(k, class::SOURCE)) {
                EntityKind::Organisation
            } else {
                EntityKind::Group { plural: false }
            };
            let e = w.entity(phrase, kind, gender_of(ctx, np.a, np.b));
            w.st.groups.insert(key, e);
            e
        }
    };
    (Some(e), Method::Explicit)
}

/// The person (or organisation) named by tokens `a..b` of phrase `np`.
fn person(w: &mut Walker, ctx: &Ctx, np: &Np, a: usize, b: usize) -> Option<usize> {
    let span = ctx.span(a, b);
    let name = &ctx.text[span.start..span.end];
    // A dictionary name, unless a first name of someone else stands before
    // it ("Martin Scholz" is not Olaf Scholz).
    let dict = w
        .speakers
        .find_iter(name)
        .filter(|m| !m.is_role && m.span.end == name.len())
        .last()
        .filter(|m| {
            let before = name[..m.span.start].split_whitespace().next_back();
            before.is_none_or(|b| crate::dict::first_name_gender(b).is_none())
        });
    let e = if let Some(m) = dict {
        let idx = m.speaker;
        let existing = w.st.dict_entities.get(&idx).copied();
        match existing {
            Some(e) => e,
            None => {
                let s = w.speakers.speaker(idx);
                let gender = if s.gender == Gender::Unknown {
                    (Gender::Unknown, GenderSource::Unknown)
                } else {
                    (s.gender, GenderSource::Dictionary)
                };
                let kind = match s.kind {
                    crate::dict::SpeakerKind::Person => EntityKind::Person,
                    crate::dict::SpeakerKind::Organisation => EntityKind::Organisation,
                };
                let name = s.name.clone();
                let e = w.entity(&name, kind, gender);
                w.discourse.entities[e].dict = Some(idx);
                w.st.dict_entities.insert(idx, e);
                e
            }
        }
    } else {
        let last = ctx.toks[b - 1].lower.to_string();
        let single = b - a == 1;
        let org = (a..b).any(|k| ctx.is(k, class::SOURCE));
        match (single, w.st.by_last.get(&last)) {
            (true, Some(&e)) => e,
            _ => {
                let mut gender = gender_of(ctx, np.a, a);
                if gender.0 == Gender::Unknown && !single {
                    if let Some(g) = first_name_gender(&ctx.toks[a].lower) {
                        gender = (g, GenderSource::FirstName);
                    }
                }
                let kind = if org {
                    EntityKind::Organisation
                } else {
                    EntityKind::Person
                };
                let e = w.entity(name, kind, gender);
                if kind == EntityKind::Person {
                    w.st.by_last.entry(last).or_insert(e);
                }
                e
            }
        }
    };
    // The words before the name are its titles (`ministre`, `Bundeskanzler`).
    let mut t = np.a;
    while t < a && (ctx.is(t, class::DET | class::HONORIFIC) || ctx.punct(t, '.')) {
        t += 1;
    }
    if t < a && (t..a).any(|k| ctx.is(k, class::ROLE)) {
        let span = ctx.span(t, a);
        let title = ctx.text[span.start..span.end].trim_end_matches([',', ' ']);
        w.discourse.add_title(e, title);
    }
    Some(e)
}

/// The gender told by the words `a..b` before a name: an honorific, a
/// feminine title, or a determiner before a title.
fn gender_of(ctx: &Ctx, a: usize, b: usize) -> (Gender, GenderSource) {
    let feminine_in = |k: usize| ctx.is(k, class::TITLE_F) && ctx.toks[k].lower.ends_with("in");
    for k in a..b {
        if ctx.is(k, class::HON_M) {
            return (Gender::Male, GenderSource::Honorific);
        }
        // A German feminine in `-in` whatever its case (`der Ingenieurin`).
        if feminine_in(k) {
            return (Gender::Female, GenderSource::Honorific);
        }
        // A determiner before a title: `la ministre`, `le député`, `der Vorsitzende`.
        if ctx.is(k, class::DET) && ctx.is(k + 1, class::ROLE) && !feminine_in(k + 1) && k + 1 < b {
            match ctx.toks[k].lower.as_str() {
                "la" | "die" | "une" | "eine" => return (Gender::Female, GenderSource::Honorific),
                "le" | "der" | "un" | "ein" => return (Gender::Male, GenderSource::Honorific),
                _ => {}
            }
        }
        if ctx.is(k, class::HON_F | class::TITLE_F) {
            return (Gender::Female, GenderSource::Honorific);
        }
        // A German title is masculine unless it is the feminine form
        // (`Sprecher`, `Minister`; `Sprecherin`, `Vorständin`).
        if ctx.data.lang == Lang::De && ctx.is(k, class::TITLE) && ctx.is(k + 1, class::CAP) {
            return (Gender::Male, GenderSource::Honorific);
        }
    }
    (Gender::Unknown, GenderSource::Unknown)
}

fn fits(w: &Walker, e: usize, pronoun: u32) -> bool {
    let ent = &w.discourse.entities[e];
    if pronoun & class::PRON_M != 0 {
        ent.kind == EntityKind::Person && ent.gender != Gender::Female
    } else if pronoun & class::PRON_F != 0 {
        ent.kind == EntityKind::Person && ent.gender != Gender::Male
    } else if pronoun & class::PRON_PL != 0 {
        ent.kind != EntityKind::Person
    } else {
        false
    }
}

fn resolve_pronoun(w: &Walker, pronoun: u32, pos: usize, p: usize) -> Option<usize> {
    let speaker =
        w.st.speakers
            .iter()
            .rev()
            .take(256)
            .take_while(|s| s.2 + 2 >= p)
            .filter(|s| s.0 < pos)
            .find(|s| fits(w, s.1, pronoun))
            .map(|s| (s.0, s.1));
    let subject =
        w.st.mentions
            .iter()
            .rev()
            .take(256)
            .take_while(|m| m.2 + 2 >= p)
            .filter(|m| m.0 < pos && (m.3 || m.2 == p))
            .find(|m| fits(w, m.1, pronoun))
            .map(|m| (m.0, m.1));
    match (speaker, subject) {
        (Some(a), Some(b)) => Some(if b.0 > a.0 { b.1 } else { a.1 }),
        (a, b) => a.or(b).map(|x| x.1),
    }
}

fn learn_gender(w: &mut Walker, e: usize, pronoun: u32) {
    let ent = &mut w.discourse.entities[e];
    if ent.kind != EntityKind::Person || ent.gender != Gender::Unknown {
        return;
    }
    ent.gender = if pronoun & class::PRON_M != 0 {
        Gender::Male
    } else if pronoun & class::PRON_F != 0 {
        Gender::Female
    } else {
        return;
    };
    ent.gender_source = GenderSource::Pronoun;
}
