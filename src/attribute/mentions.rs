//! Who the sentence mentions: every dictionary alias and every titled name not in
//! the dictionary ("Chilean President Gabriela Soto") is registered with the
//! discourse before the sentence's rules run, so that later pronouns and
//! descriptors can find them. Titles written before a name are kept as its titles.

use crate::attribute::grammar::{Ctx, Np, NpKind};
use crate::attribute::Analyzer;
use crate::dict::first_name_gender;
use crate::scan::lexicon::{self, Class};
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
            let last = i + sp.len - 1;
            // A role names nobody new: it is a mention of the person it stands
            // for only once the article has named them.
            let entity = if sp.is_role {
                match self.discourse.named_dict_entity(sp.speaker) {
                    Some(e) => e,
                    None => continue,
                }
            } else {
                self.discourse.dict_entity(self.speakers, sp.speaker)
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
            let is_subject = subject().is_some_and(|np| np.last == last);
            self.discourse
                .mention(ctx.toks[i].span.start, entity, p, is_subject);
        }
        // Names not in the dictionary: a titled name ("Chilean President
        // Gabriela Soto"), a name with a known first name ("Ava Lind") or an
        // honorific ("Mr. Verhoef"), or the surname of a person named before, is
        // a person the article may later call by title or pronoun.
        let capital = |i: usize| {
            ctx.is_word(i) && ctx.capitalised(i) && ctx.toks[i].speaker.is_none_or(|sp| sp.is_role)
        };
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
                        let subject = subject();
                        self.name_run(ctx, start, end, subject, p);
                    }
                    start = end + 1;
                }
            }
        }
    }

    /// Register the person a run of capitalised words `start..end` names, if it
    /// names one.
    fn name_run(&mut self, ctx: &Ctx, start: usize, end: usize, subject: Option<Np>, p: usize) {
        if end >= start + 3 && self.titled_name(ctx, start, end, subject, p) {
            return;
        }
        if (start..end).any(|n| ctx.is(n, Class::OrganisationWord) || ctx.is(n, Class::PlaceName)) {
            return;
        }
        let honorific = start > ctx.s
            && matches!(
                ctx.word(start - 1),
                "Mr." | "Mrs." | "Ms." | "Mr" | "Mrs" | "Ms"
            );
        let is_subject = subject.is_some_and(|np| np.last == end - 1);
        let first = if honorific {
            Some(start - 1)
        } else if end >= start + 2 {
            (start..end - 1)
                .find(|&f| first_name_gender(ctx.word(f)).is_some())
                .or_else(|| {
                    // "Tam Okoro arrived late.": a two- or three-word name that is
                    // the sentence's subject, before a lowercase word.
                    (is_subject
                        && end - start <= 3
                        && subject.is_some_and(|np| np.first == start && np.kind == NpKind::Name)
                        && ctx.is_word(end)
                        && !ctx.capitalised(end))
                    .then_some(start)
                })
        } else {
            None
        };
        match first {
            Some(f) => {
                let span = Span::new(ctx.toks[f].span.start, ctx.toks[end - 1].span.end);
                let name = lexicon::strip_possessive(&ctx.text[span.start..span.end]);
                let entity = self.discourse.name_entity(name);
                if f > start {
                    let title = &ctx.text[ctx.toks[start].span.start..ctx.toks[f - 1].span.end];
                    self.discourse.add_title(entity, title);
                }
                self.discourse.mention(span.start, entity, p, is_subject);
            }
            None if end == start + 1 => {
                // "Lind" after "Ava Lind".
                let word = lexicon::strip_possessive(ctx.word(start));
                if let Some(entity) = self.discourse.person_by_last(word) {
                    self.discourse
                        .mention(ctx.toks[start].span.start, entity, p, is_subject);
                }
            }
            None => {}
        }
    }

    /// Register a titled name not in the dictionary, tokens `start..end`; whether
    /// it was one.
    fn titled_name(
        &mut self,
        ctx: &Ctx,
        start: usize,
        end: usize,
        subject: Option<Np>,
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
            let entity = self.discourse.name_entity(&ctx.text[span.start..span.end]);
            let is_subject = subject.is_some_and(|np| np.last == end - 1);
            self.discourse.mention(span.start, entity, p, is_subject);
        }
        names_only
    }
}
