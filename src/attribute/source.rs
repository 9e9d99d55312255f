//! From a speaker phrase to a source: which entity of the discourse it names (a
//! dictionary speaker, a new name, a pronoun's antecedent, a descriptor's
//! referent, or a group as written), with its mention, cue and addressee; and the
//! subject of a cue by its form (finite verb, participle, preposition).

use crate::attribute::grammar::{Ctx, Np, NpKind};
use crate::attribute::{Analyzer, Source};
use crate::dict::{CueFrame, CuePos};
use crate::scan::lexicon::{self, Class};
use crate::span::Span;
use crate::Method;

impl Analyzer<'_> {
    /// Resolve the speaker phrase `np` of the cue at `c`.
    pub(super) fn source(&mut self, ctx: &Ctx, c: usize, np: Np, p: usize) -> Source {
        let span = Span::new(ctx.toks[np.first].span.start, ctx.toks[np.last].span.end);
        let phrase = &ctx.text[span.start..span.end];
        let (entity, method) = match np.kind {
            NpKind::Pronoun(pr) => {
                let e = self.discourse.resolve_pronoun(pr, span.start, p);
                if let Some(e) = e {
                    self.discourse.learn_gender(e, pr);
                }
                (e, Method::Pronoun)
            }
            NpKind::Dict {
                speaker,
                is_role: false,
            } => (
                Some(self.discourse.dict_entity(self.speakers, speaker)),
                Method::Explicit,
            ),
            NpKind::Dict {
                speaker,
                is_role: true,
            } => match self.discourse.named_dict_entity(speaker) {
                Some(e) => (Some(e), Method::Descriptor),
                // "the Kremlin spokesman" in an article that never names him:
                // the speaker is the phrase as written.
                None => {
                    let head = ctx.word(np.last).to_lowercase();
                    (
                        Some(self.discourse.group_entity(phrase, &head)),
                        Method::Explicit,
                    )
                }
            },
            NpKind::Name => {
                let name = lexicon::strip_possessive(phrase);
                let e = self.discourse.name_entity(name);
                self.discourse.mention(span.start, e, p, false);
                // "Separatist commander Alexander Khodakovsky": the words before
                // the name are its title.
                let mut first = np.first;
                while first > ctx.s && ctx.title_word(first - 1) {
                    first -= 1;
                }
                if first < np.first {
                    let title =
                        &ctx.text[ctx.toks[first].span.start..ctx.toks[np.first - 1].span.end];
                    self.discourse.add_title(e, title);
                }
                (Some(e), Method::Explicit)
            }
            NpKind::Descriptor => {
                let mut lower: Vec<String> = (np.first..=np.last)
                    .map(|i| ctx.word(i).to_lowercase().replace('’', "'"))
                    .filter(|w| !lexicon::classes(w).has(Class::Determiner))
                    .collect();
                let head = lower.pop().unwrap_or_default();
                let modifiers: Vec<&str> = lower.iter().map(String::as_str).collect();
                match self.discourse.resolve_descriptor(
                    self.speakers,
                    &modifiers,
                    &head,
                    span.start,
                ) {
                    Some(e) => (Some(e), Method::Descriptor),
                    None => (
                        Some(self.discourse.group_entity(phrase, &head)),
                        Method::Explicit,
                    ),
                }
            }
            NpKind::Group => {
                let head = ctx.word(np.last);
                (
                    Some(self.discourse.group_entity(phrase, head)),
                    Method::Explicit,
                )
            }
        };
        let cue_span = Span::new(
            ctx.toks[c].span.start,
            ctx.toks[ctx.after_cue(c) - 1].span.end,
        );
        let verb = ctx.toks[c].cue.map(|x| x.verb as usize);
        // Only verbs that take one have an addressee ("told reporters", "asked
        // Macron"): ask that first, it is cheap.
        let takes_addressee = ctx.verb(c).is_some_and(|v| match v.frame {
            CueFrame::Tell => true,
            CueFrame::Quote | CueFrame::That | CueFrame::Say => matches!(
                v.lemma.as_str(),
                "ask" | "tell" | "assure" | "urge" | "thank" | "warn" | "inform" | "remind"
            ),
            _ => false,
        });
        let addressee = takes_addressee
            .then(|| ctx.addressee(c))
            .flatten()
            .filter(|&(a, _)| a > np.last || np.first > c)
            .filter(|&(a, b)| {
                ctx.is(a, Class::ObjectPronoun)
                    || ctx.capitalised(a)
                    || ctx.toks[a..=b].iter().any(|t| {
                        let w = &ctx.text[t.span.start..t.span.end];
                        matches!(
                            w,
                            "reporters"
                                | "journalists"
                                | "conference"
                                | "lawmakers"
                                | "audience"
                                | "crowd"
                                | "supporters"
                                | "interviewer"
                                | "parliament"
                                | "radio"
                                | "television"
                        )
                    })
            })
            .map(|(a, b)| Span::new(ctx.toks[a].span.start, ctx.toks[b].span.end));
        Source {
            entity,
            method,
            mention: Some(match np.mention {
                Some((a, b)) => Span::new(ctx.toks[a].span.start, ctx.toks[b].span.end),
                None => span,
            }),
            cue: Some((cue_span, verb)),
            addressee,
        }
    }

    /// The subject of the cue at `c`, by its form.
    pub(super) fn cue_subject(&self, ctx: &Ctx, c: usize, subjects: &[Np]) -> Option<Np> {
        let verb = ctx.verb(c)?;
        match verb.pos {
            CuePos::Prep => ctx.np_starting_at(ctx.after_cue(c)),
            CuePos::Gerund => {
                let absolute = c > ctx.s && !ctx.is_comma(c - 1) && ctx.quote_at(c - 1).is_none();
                if absolute {
                    // "with the Kremlin labeling": the phrase before is the subject;
                    // after a preposition ("before adding") it is the sentence's.
                    // "with the Kremlin labeling", "footage of Trump saying": the
                    // phrase is the subject; an object or a preposition's
                    // ("posted a note on Twitter reading") is not: the sentence's is.
                    if let Some(np) = ctx.np_ending_at(c - 1, ctx.s) {
                        let before = np.first.checked_sub(1).filter(|&b| b >= ctx.s);
                        if before
                            .is_none_or(|b| ctx.is_comma(b) || matches!(ctx.word(b), "with" | "of"))
                        {
                            return Some(np);
                        }
                        return subjects.last().copied().or_else(|| ctx.sentence_subject());
                    }
                    if !ctx.is(c - 1, Class::AdverbialPreposition)
                        && !matches!(ctx.word(c - 1), "before" | "while" | "also" | "and" | "as")
                    {
                        return None;
                    }
                }
                subjects.last().copied().or_else(|| ctx.sentence_subject())
            }
            CuePos::Verb => ctx.subject_left(c).or_else(|| {
                let inverted = c == ctx.s || ctx.is_comma(c - 1) || ctx.quote_at(c - 1).is_some();
                if inverted {
                    ctx.subject_right(c)
                } else {
                    None
                }
            }),
        }
    }
}
