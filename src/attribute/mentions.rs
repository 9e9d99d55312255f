//! Who the sentence mentions: every dictionary alias and every titled name not in
//! the dictionary ("Chilean President Gabriela Soto") is registered with the
//! discourse before the sentence's rules run, so that later pronouns and
//! descriptors can find them. Titles written before a name are kept as its titles.

use crate::attribute::grammar::{Ctx, Np};
use crate::attribute::Analyzer;
use crate::scan::lexicon::Class;
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
        // A titled name not in the dictionary ("Chilean President Gabriela Soto")
        // is a person the article may later call by title or pronoun.
        let capital = |i: usize| {
            ctx.is_word(i) && ctx.capitalised(i) && ctx.toks[i].speaker.is_none_or(|sp| sp.is_role)
        };
        let mut i = ctx.s;
        while i < ctx.e {
            if !capital(i) {
                i += 1;
                continue;
            }
            // A run of capitalised words; only runs of three or more can hold a
            // title and a name, so only those are looked at word by word.
            let run_start = i;
            while i < ctx.e && capital(i) {
                i += 1;
            }
            if i - run_start < 3 {
                continue;
            }
            let mut start = run_start;
            for end in run_start..=i {
                if end == i || ctx.is(end, Class::NotAName) {
                    if end >= start + 3 {
                        self.titled_name(ctx, start, end, subject(), p);
                    }
                    start = end + 1;
                }
            }
        }
    }

    /// Register a titled name not in the dictionary, tokens `start..end`.
    fn titled_name(&mut self, ctx: &Ctx, start: usize, end: usize, subject: Option<Np>, p: usize) {
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
    }
}
