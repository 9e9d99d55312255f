//! French and German: the walk that attributes quotes and finds claims in an
//! article of either language, with that language's cue dictionary and closed
//! word classes (`lexicon`), its tokens (`tokens`), speaker phrases (`phrase`)
//! and ordered rule lists (`quote_rules`, `claim_rules`).
//!
//! It runs only for an article in French or German: English articles take the
//! English walk (`attribute/mod.rs`) and pay nothing for this one. Its rows are
//! the English walk's rows (the same `Found`, the same entities in the
//! discourse), so output, `speakers`, `render`, `diff` and `eval` work alike.
//!
//! ```text
//! paragraph ─► tokens (words, punctuation, each quote one token) ─► cues ─► sentences
//!   each sentence: names registered ─► each quote ─► quote_rules (first that finds a source)
//!                                       each cue  ─► claim_rules (first that takes it)
//! ```

mod claim_rules;
pub(crate) mod lexicon;
mod phrase;
mod quote_rules;
mod tokens;

use compact_str::CompactString;
use rustc_hash::FxHashMap as HashMap;

use super::{Analyzer, Found, Source};
use crate::attribute::discourse::{Discourse, Entity, EntityKind};
use crate::dict::{Gender, GenderSource, SpeakerDict};
use crate::scan::layout::Layout;
use crate::scan::quotes::Quote;
use crate::span::Span;
use crate::{Kind, Method};
use lexicon::{class, LangData};
use tokens::Tok;

/// What the rules of one sentence read.
pub(crate) struct Ctx<'a> {
    pub text: &'a str,
    pub toks: &'a [Tok],
    pub quotes: &'a [Quote],
    pub data: &'a LangData,
    /// The sentence's tokens: `s..e`.
    pub s: usize,
    pub e: usize,
    /// The sentence's first usable cue, found once.
    pub first_cue: Option<usize>,
    /// The paragraph's number.
    pub p: usize,
}

impl Ctx<'_> {
    /// The text of tokens `a..b`.
    pub fn span(&self, a: usize, b: usize) -> Span {
        Span::new(self.toks[a].span.start, self.toks[b - 1].span.end)
    }

    /// Whether token `i` is a word with one of `bits`.
    pub fn is(&self, i: usize, bits: u32) -> bool {
        i < self.e && self.toks[i].is_word() && self.toks[i].is(bits)
    }

    /// Whether token `i` is the punctuation `c`.
    pub fn punct(&self, i: usize, c: char) -> bool {
        i < self.e && self.toks[i].is_punct(c)
    }

    /// The first token after the cue at `i` (past its last word).
    pub fn after_cue(&self, i: usize) -> usize {
        self.toks[i].cue.map_or(i + 1, |c| c.last + 1)
    }

    /// Whether the cue at `i` is usable: in French, not a noun after a
    /// determiner (`l’annonce`); in German, `das sagte` is a verb.
    pub fn usable(&self, i: usize) -> bool {
        self.toks[i].cue.is_some()
            && !(self.data.lang == crate::lang::Lang::Fr
                && i > self.s
                && self.is(i - 1, class::DET))
    }
}

/// A source found by a rule, with the token of its cue.
pub(crate) struct Hit {
    pub(in crate::attribute) src: Source,
    /// The cue's token, which no claim rule may take then.
    pub cue: Option<usize>,
    /// Whether the quote stands as its own sentence (`kind = direct`).
    pub direct: bool,
}

/// What a claim rule found: the claim's words and their source.
pub(crate) struct Claim {
    pub text: Span,
    pub(in crate::attribute) src: Source,
}

/// Per-article state: the people named so far, who was mentioned and who spoke.
#[derive(Default)]
pub(crate) struct State {
    /// Entities by name as written.
    names: HashMap<String, usize>,
    /// Person entities by the last word of their name.
    by_last: HashMap<String, usize>,
    /// Group and organisation entities by their lowercase phrase.
    groups: HashMap<String, usize>,
    /// Dictionary entities by dictionary index.
    dict_entities: HashMap<usize, usize>,
    /// (byte position, entity, paragraph, is a subject).
    mentions: Vec<(usize, usize, usize, bool)>,
    /// (byte position, entity, paragraph) of each attribution.
    speakers: Vec<(usize, usize, usize)>,
}

/// The walk over one French or German article.
pub(crate) struct Walker<'a> {
    pub speakers: &'a SpeakerDict,
    pub discourse: &'a mut Discourse,
    pub found: &'a mut Vec<Found>,
    pub st: State,
    /// Cues taken by a rule, by token.
    pub used: Vec<bool>,
}

impl Analyzer<'_> {
    /// Analyse one French or German article.
    pub(crate) fn run_foreign(
        &mut self,
        text: &str,
        layout: &Layout,
        quotes: &[Quote],
        data: &LangData,
    ) {
        self.discourse.clear();
        self.found.clear();
        let mut walker = Walker {
            speakers: self.speakers,
            discourse: &mut self.discourse,
            found: &mut self.found,
            st: State::default(),
            used: Vec::new(),
        };
        let mut toks = Vec::new();
        let mut sentences = Vec::new();
        let mut q = 0;
        for (p, para) in layout.paragraphs.iter().enumerate() {
            let first = q;
            while q < quotes.len() && quotes[q].paragraph == p {
                q += 1;
            }
            tokens::tokenize(text, *para, quotes, first..q, data, &mut toks);
            tokens::find_cues(&mut toks, data);
            tokens::sentences(&toks, text, quotes, &mut sentences);
            walker.used.clear();
            walker.used.resize(toks.len(), false);
            for &(s, e) in &sentences {
                let mut ctx = Ctx {
                    text,
                    toks: &toks,
                    quotes,
                    data,
                    s,
                    e,
                    first_cue: None,
                    p,
                };
                ctx.first_cue = (s..e).find(|&k| ctx.usable(k));
                walker.sentence(&ctx);
            }
        }
    }
}

impl Walker<'_> {
    fn sentence(&mut self, ctx: &Ctx) {
        phrase::register_names(self, ctx);
        let first_found = self.found.len();
        for i in ctx.s..ctx.e {
            if let Some(q) = ctx.toks[i].quote() {
                self.quote(ctx, i, q);
            } else if ctx.toks[i].cue.is_some() && !self.used[i] {
                self.claim(ctx, i);
            }
        }
        if ctx.data.lang == crate::lang::Lang::De && self.found.len() == first_found {
            if let Some(c) = claim_rules::subjunctive::continued(self, ctx) {
                if let Some(e) = c.src.entity {
                    self.st
                        .speakers
                        .push((ctx.toks[ctx.s].span.start, e, ctx.p));
                }
                self.found.push(Found::new(
                    Kind::Indirect,
                    c.text,
                    c.src,
                    ctx.p,
                    None,
                    "continued",
                ));
            }
        }
        super::memo::name_holding_claims(self.found, first_found);
    }

    fn quote(&mut self, ctx: &Ctx, i: usize, q: usize) {
        let quote = &ctx.quotes[q];
        let rules = quote_rules::rules(ctx.data.lang);
        let mut hit = None;
        for (name, rule) in rules {
            if let Some(h) = rule(self, ctx, i) {
                hit = Some((*name, h));
                break;
            }
        }
        let direct = |h: Option<&Hit>| {
            i == ctx.s
                || h.is_some_and(|h| h.direct)
                || ctx.punct(i - 1, ':')
                || ctx.punct(i - 1, '—')
                || ctx.punct(i - 1, '–')
        };
        let kind = if direct(hit.as_ref().map(|h| &h.1)) {
            Kind::Direct
        } else {
            Kind::Partial
        };
        let (rule, src) = match hit {
            Some((name, h)) => {
                if let Some(c) = h.cue {
                    self.used[c] = true;
                }
                (name, h.src)
            }
            None => {
                // Quoted words with no speaker: speech only when they read as such.
                let inner = &ctx.text[quote.inner.start..quote.inner.end];
                let words: Vec<&str> = inner.split_whitespace().collect();
                let title_case = words
                    .iter()
                    .all(|w| w.chars().next().is_some_and(|c| !c.is_lowercase()));
                if words.len() < 5 || title_case {
                    return;
                }
                ("none", NO_SOURCE)
            }
        };
        if let Some(e) = src.entity {
            self.st.speakers.push((ctx.toks[i].span.start, e, ctx.p));
        }
        self.found
            .push(Found::new(kind, quote.inner, src, ctx.p, Some(q), rule));
    }

    fn claim(&mut self, ctx: &Ctx, i: usize) {
        if !ctx.usable(i) {
            return;
        }
        for (name, rule) in claim_rules::rules(ctx.data.lang) {
            if let Some(taken) = rule(self, ctx, i) {
                self.used[i] = true;
                if let Some(c) = taken {
                    if c.text.is_empty() {
                        return;
                    }
                    if let Some(e) = c.src.entity {
                        self.st.speakers.push((ctx.toks[i].span.start, e, ctx.p));
                    }
                    self.found
                        .push(Found::new(Kind::Indirect, c.text, c.src, ctx.p, None, name));
                }
                return;
            }
        }
    }

    /// The source of the cue at `i` with the speaker phrase `np`.
    pub(in crate::attribute) fn source(
        &mut self,
        ctx: &Ctx,
        i: usize,
        np: Option<phrase::Np>,
    ) -> Source {
        let cue = ctx.toks[i].cue.map(|c| (c.span, Some(c.verb)));
        let (entity, method, mention) = match np {
            Some(np) => {
                let (entity, method) = phrase::resolve(self, ctx, &np);
                (entity, method, Some(np.mention))
            }
            None => (None, Method::None, None),
        };
        Source {
            entity,
            method,
            mention,
            cue,
            addressee: None,
        }
    }

    /// A new entity, or the one already named so.
    pub(crate) fn entity(
        &mut self,
        name: &str,
        kind: EntityKind,
        gender: (Gender, GenderSource),
    ) -> usize {
        if let Some(&e) = self.st.names.get(name) {
            let ent = &mut self.discourse.entities[e];
            if ent.gender == Gender::Unknown && gender.0 != Gender::Unknown {
                ent.gender = gender.0;
                ent.gender_source = gender.1;
            }
            return e;
        }
        self.discourse.entities.push(Entity {
            name: CompactString::new(name),
            dict: None,
            gender: gender.0,
            gender_source: gender.1,
            kind,
            titles: Vec::new(),
            seen_titles: Vec::new(),
            named: true,
            first_seen: usize::MAX,
            last_seen: None,
        });
        let e = self.discourse.entities.len() - 1;
        self.st.names.insert(name.to_string(), e);
        e
    }
}

/// No speaker, no cue.
const NO_SOURCE: Source = Source {
    entity: None,
    method: Method::None,
    mention: None,
    cue: None,
    addressee: None,
};

/// A quote rule: the source of the quote at token `i`, if the rule finds one.
pub(crate) type QuoteRule = fn(&mut Walker, &Ctx, usize) -> Option<Hit>;
/// A claim rule: `Some` when it takes the cue at token `i` (with the claim it
/// reports, if any).
pub(crate) type ClaimRule = fn(&mut Walker, &Ctx, usize) -> Option<Option<Claim>>;

#[cfg(test)]
pub(crate) mod tests {
    //! What the French and German rules' case tables share.

    pub(crate) use crate::attribute::tests::Case;
    use crate::lang::Lang;

    /// Check that each case, read in `lang`, gives its row, made by `rule`; the
    /// speaker is right when it or the mention is the one wanted.
    pub(crate) fn check(lang: Lang, rule: &str, cases: &[Case]) {
        let extractor = crate::Extractor::builtin().with_lang(Some(lang));
        for case in cases {
            let mut rules = Vec::new();
            let article = extractor.extract_traced_in(case.text, None, Some(&mut rules));
            let (text, speaker) = case.want;
            let found = article
                .attributions
                .iter()
                .zip(&rules)
                .find(|(a, _)| a.text == text);
            let Some((row, by)) = found else {
                panic!(
                    "{rule}: {}: no row {text:?} in {:#?}",
                    case.name, article.attributions
                );
            };
            let who = if row.speaker == speaker || speaker.is_empty() {
                row.speaker.as_str()
            } else {
                row.mention.as_str()
            };
            assert_eq!(
                (who, *by),
                (speaker, rule),
                "{rule}: {}: {row:#?}",
                case.name
            );
        }
    }
}
