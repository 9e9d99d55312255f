//! Who the sentence mentions: every dictionary alias and every titled name not in
//! the dictionary ("Chilean President Gabriela Soto") is registered with the
//! discourse before the sentence's rules run, so that later pronouns and
//! descriptors can find them. Titles written before a name are kept as its titles.

use crate::attribute::grammar::{particle_name, Ctx, Np, NpKind};
use crate::attribute::Analyzer;
use crate::dict::first_name_gender;
use crate::scan::lexicon::{self, Class, Classes};
use crate::span::Span;

impl Analyzer<'_> {
    /// Register the sentence's mentions of speakers, in text order.
    pub(super) fn register_mentions(&mut self, ctx: &Ctx, p: usize) {
        // The subject is only needed when the sentence mentions someone.
        let mut subject_cache = None;
        let mut subject = || *subject_cache.get_or_insert_with(|| ctx.sentence_subject());
        for i in ctx.s..ctx.e {
            let Some(sp) = ctx.toks[i].speaker else {
                continue;
            };
            let last = i + usize::from(sp.len) - 1;
            // A role names nobody new: it is a mention of the person it stands
            // for only once the article has named them.
            let entity = if sp.is_role {
                match self.discourse.named_dict_entity(sp.speaker as usize) {
                    Some(e) => e,
                    None => continue,
                }
            } else {
                self.discourse
                    .dict_entity(self.speakers, sp.speaker as usize)
            };
            if !sp.possessive {
                if let Some(np) = ctx.np_ending_at(last, ctx.s) {
                    let mut first = np.first;
                    if ctx.word(first).eq_ignore_ascii_case("the") {
                        first += 1;
                    }
                    if first < i && !sp.is_role {
                        let title = &ctx.text[ctx.toks[first].span.start..ctx.toks[i - 1].span.end];
                        self.discourse.add_title(entity, title);
                    }
                }
            }
            // The subject ends within the sentence's first 22 tokens (see below).
            let is_subject = last <= ctx.s + 21 && subject().is_some_and(|np| np.last == last);
            self.discourse
                .mention(ctx.toks[i].span.start, entity, p, is_subject);
        }
        // Names not in the dictionary: a titled name ("Chilean President
        // Gabriela Soto"), a name with a known first name ("Ava Lind") or an
        // honorific ("Mr. Verhoef"), or the surname of a person named before, is
        // a person the article may later call by title or pronoun.
        // Capitalised words, with the particles of names between them ("Lula da
        // Silva", "von der Leyen") and hyphenated ones ("al-Sisi").
        // Most tokens are neither: the lowercase ones are looked at only next
        // to a capitalised word.
        let capital = |i: usize| name_word(ctx, i);
        let mut i = ctx.s;
        while i < ctx.e {
            if !capital(i) {
                i += 1;
                continue;
            }
            let run_start = i;
            while i < ctx.e && capital(i) {
                i += 1;
            }
            let mut start = run_start;
            for end in run_start..=i {
                if end == i || ctx.is(end, Class::NotAName) {
                    if end > start {
                        // The sentence's subject starts within its first
                        // fourteen tokens and spans at most eight: a run ending
                        // further on is not it, and need not work it out.
                        let mut subject_of_run =
                            || if end <= ctx.s + 22 { subject() } else { None };
                        self.name_run(ctx, start, end, &mut subject_of_run, p);
                    }
                    start = end + 1;
                }
            }
        }
    }

    /// Register the person a run of capitalised words `start..end` names, if it
    /// names one.
    fn name_run(
        &mut self,
        ctx: &Ctx,
        start: usize,
        end: usize,
        subject: &mut dyn FnMut() -> Option<Np>,
        p: usize,
    ) {
        if end >= start + 3 && self.titled_name(ctx, start, end, subject, p) {
            return;
        }
        // A word alone is a person only as the surname of one named before: ask
        // that before working out the sentence's subject.
        let honorific = start > ctx.s
            && matches!(
                ctx.word(start - 1),
                "Mr." | "Mrs." | "Ms." | "Mr" | "Mrs" | "Ms"
            );
        if end == start + 1 {
            let word = lexicon::strip_possessive(ctx.word(start));
            if let Some(entity) = self.discourse.person_by_last(word) {
                let is_subject = subject().is_some_and(|np| np.last == start);
                self.discourse
                    .mention(ctx.toks[start].span.start, entity, p, is_subject);
                return;
            }
            // "Ms. Reyes disagreed.": a surname after an honorific is a person
            // of that gender, named for the first time.
            if !honorific {
                return;
            }
        }
        if (start..end).any(|n| ctx.is(n, Class::OrganisationWord) || ctx.is(n, Class::PlaceName)) {
            return;
        }
        let subject = subject();
        let is_subject = subject.is_some_and(|np| np.last == end - 1);
        let first = if honorific {
            Some(start - 1)
        } else if end >= start + 2 {
            (start..end - 1)
                // A word before a particle is a surname's ("Van der Meer").
                .find(|&f| {
                    !ctx.is(f + 1, Class::NameParticle) && first_name_gender(ctx.word(f)).is_some()
                })
                // The words before a first name are its title ("Republican Ted
                // Cruz"), unless one of them cannot be ("Luiz Inacio Lula da
                // Silva": the name starts earlier).
                .map(|f| {
                    if (start..f).all(|t| title_like(ctx, t)) {
                        f
                    } else {
                        start
                    }
                })
                .or_else(|| {
                    // "Tam Okoro arrived late.": a two- or three-word name that is
                    // the sentence's subject, before a lowercase word.
                    let particles = (start..end)
                        .any(|x| ctx.is(x, Class::NameParticle) || particle_name(ctx.word(x)));
                    (is_subject
                        && (end - start <= 3 || (particles && end - start <= 6))
                        && subject.is_some_and(|np| np.first == start && np.kind == NpKind::Name)
                        && ((ctx.is_word(end) && !ctx.capitalised(end)) || ctx.is_comma(end)))
                    .then_some(start)
                })
        } else {
            None
        };
        if let Some(f) = first {
            let span = Span::new(ctx.toks[f].span.start, ctx.toks[end - 1].span.end);
            let written = &ctx.text[span.start..span.end];
            let name = lexicon::strip_possessive(written);
            // The tokens' classes, but the last word's when "'s" was cut off it.
            let n = end - f - usize::from(name.len() < written.len());
            let (classes, n) = token_classes(ctx, f, n);
            let entity = self.discourse.name_entity_with(name, &classes[..n]);
            if f > start {
                let title = &ctx.text[ctx.toks[start].span.start..ctx.toks[f - 1].span.end];
                self.discourse.add_title(entity, title);
            }
            self.discourse.mention(span.start, entity, p, is_subject);
        }
    }

    /// Register a titled name not in the dictionary, tokens `start..end`; whether
    /// it was one.
    fn titled_name(
        &mut self,
        ctx: &Ctx,
        start: usize,
        end: usize,
        subject: &mut dyn FnMut() -> Option<Np>,
        p: usize,
    ) -> bool {
        let title = (start..end - 2)
            .rev()
            .find(|&t| ctx.is(t, Class::PersonRole) || ctx.is(t, Class::TitleAbbreviation));
        let names_only = title.is_some_and(|t| {
            (t + 1..end)
                .all(|n| !ctx.is(n, Class::OrganisationWord) && !ctx.is(n, Class::PlaceName))
        });
        if names_only {
            let span = Span::new(ctx.toks[start].span.start, ctx.toks[end - 1].span.end);
            let (classes, n) = token_classes(ctx, start, end - start);
            let entity = self
                .discourse
                .name_entity_with(&ctx.text[span.start..span.end], &classes[..n]);
            let is_subject = subject().is_some_and(|np| np.last == end - 1);
            self.discourse.mention(span.start, entity, p, is_subject);
        }
        names_only
    }
}

/// The classes of the `n` tokens from `first`, at most eight of them (the
/// discourse looks up the rest), and how many.
fn token_classes(ctx: &Ctx, first: usize, n: usize) -> ([Classes; 8], usize) {
    let mut classes = [Classes::default(); 8];
    let n = n.min(8);
    for (c, t) in classes.iter_mut().zip(&ctx.toks[first..first + n]) {
        *c = t.class;
    }
    (classes, n)
}

/// Whether token `i` can be a word of a name: a capitalised word that is no
/// dictionary name of its own, or a particle between such words ("Lula da
/// Silva", "von der Leyen", "al-Sisi").
#[inline(always)]
fn name_word(ctx: &Ctx, i: usize) -> bool {
    let t = &ctx.toks[i];
    if !t.is_word() || t.speaker.is_some_and(|sp| !sp.is_role) {
        return false;
    }
    if t.capital {
        return true;
    }
    // A lowercase word joins a name only as a particle: one of the lexicon's
    // ("da", "von") or a hyphenated one ("al-Sisi"). Most words are neither,
    // which a bit and a byte or two tell.
    if !t.class.has(Class::NameParticle) && !ctx.may_be_particle_name(i) {
        return false;
    }
    name_particle(ctx, i)
}

/// Whether the lowercase word `i` is a particle inside a name.
#[inline(never)]
fn name_particle(ctx: &Ctx, i: usize) -> bool {
    let particle = |i: usize| ctx.is(i, Class::NameParticle) && !ctx.capitalised(i);
    let near_capital = (i > ctx.s && ctx.capitalised(i - 1)) || ctx.capitalised(i + 1);
    near_capital
        && (particle_name(ctx.word(i))
            || (i > ctx.s
                && particle(i)
                && (ctx.capitalised(i - 1) || particle(i - 1))
                && (ctx.capitalised(i + 1) || particle(i + 1) || particle_name(ctx.word(i + 1)))))
}

/// Whether token `t` can be part of a title before a name: a role, a title
/// abbreviation, a modifier or noun of sources, an organisation or place word,
/// an adjective of party or nationality ("Republican", "Democratic", "Turkish"),
/// or an acronym ("GOP").
fn title_like(ctx: &Ctx, t: usize) -> bool {
    let w = ctx.word(t);
    [
        Class::PersonRole,
        Class::TitleAbbreviation,
        Class::SpeakerModifier,
        Class::SpeakerNoun,
        Class::OrganisationWord,
        Class::PlaceName,
    ]
    .iter()
    .any(|&c| ctx.is(t, c))
        || ["an", "ic", "ese", "ish", "ian"]
            .iter()
            .any(|s| w.ends_with(s))
        || (w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase()))
}

#[cfg(test)]
mod tests {
    use crate::attribute::tests::{check_speakers, Case};

    #[test]
    fn names_the_article_introduces() {
        check_speakers(&[
            Case {
                name: "a compound surname, later shortened",
                text: "Luiz Inacio Lula da Silva spoke in Brasilia. \"We will win,\" Lula said.",
                want: ("We will win,", "Luiz Inacio Lula da Silva"),
            },
            Case {
                name: "particles, later the surname with them",
                text: "\"The union is strong,\" Ana von der Berg said. \"It will stay so,\" von der Berg added.",
                want: ("It will stay so,", "Ana von der Berg"),
            },
            Case {
                name: "a hyphenated particle, later the name after it",
                text: "Abdel Fattah al-Sisi met the envoy. \"Egypt is ready,\" Sisi said.",
                want: ("Egypt is ready,", "Abdel Fattah al-Sisi"),
            },
            Case {
                name: "a party adjective before a first name is a title",
                text: "Republican Ted Cruz spoke first. \"No,\" he said.",
                want: ("No,", "Ted Cruz"),
            },
            Case {
                name: "a woman known by her first name; he cannot be her",
                text: "Ava Lind met Tom Berg. Lind was blunt. \"The plan is dead,\" she said.",
                want: ("The plan is dead,", "Ava Lind"),
            },
            Case {
                name: "the subject of the sentence before outweighs an earlier speaker",
                text: "\"We are ready,\" Bob Hart said.\n\nHarbour master Piet Verhoef, asked whether the port would reopen, was cautious. \"Not before Monday,\" he said.",
                want: ("Not before Monday,", "Piet Verhoef"),
            },
        ]);
    }
}
