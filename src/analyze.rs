//! The attributor: one left-to-right walk over each sentence's tokens that ties
//! every quote to its speaker and cue, and reports the claims (indirect speech)
//! that reporting verbs introduce.
//!
//! For a quote, the first rule that applies wins:
//! 1. a tag right after it: `"…," Macron said`, `"…," said Kuleba`, `"…," he added`;
//! 2. a cue right before it: `Putin said, "…"`, `adding, "…"`, `told reporters: "…"`;
//! 3. the sentence's first usable cue before it, which governs the sentence
//!    (`The French leader said … that the Russian leader had assured him of his
//!    "readiness …"` is Macron's);
//! 4. a cue later in the sentence: `"…" to the Minsk agreements, Putin said`;
//! 5. a sentence before it ending in a colon with a cue: `Putin said:`;
//! 6. continuation: a quote opening a sentence or paragraph with no cue of its own
//!    continues the previous speaker.
//!
//! A claim is a reporting verb's complement clause (`said (that) …`, `told
//! reporters that …`, `, adding that …`), a postposed source (`…, Turkish sources
//! said.`), or `according to X`. The clause ends at the sentence end, a colon or
//! semicolon, or a comma that opens an aside (`, which`, `, although`, `, adding`).

use crate::dict::{CueDict, CueFrame, CuePos, DictIndex, SpeakerDict};
use crate::entities::Discourse;
use crate::lexicon::{self, Class};
use crate::phrases::{Ctx, Np, NpKind};
use crate::quotes::Quote;
use crate::span::Span;
use crate::text::Layout;
use crate::tokens::{self, Tok, TokKind};
use crate::{Kind, Method};

/// An attribution found, in byte offsets, before it is turned into output.
#[derive(Clone, Debug)]
pub(crate) struct Found {
    pub kind: Kind,
    pub text: Span,
    pub entity: Option<usize>,
    pub mention: Option<Span>,
    pub method: Method,
    /// The cue's span and its verb in the cue dictionary (none for a dash).
    pub cue: Option<(Span, Option<usize>)>,
    pub addressee: Option<Span>,
    pub paragraph: usize,
    /// For a quote inside a claim: the claim's position in the found list.
    pub claim: Option<usize>,
    /// For a quote: its index in the document's quote list.
    pub quote: Option<usize>,
}

impl Found {
    fn new(kind: Kind, text: Span, src: Source, paragraph: usize, quote: Option<usize>) -> Found {
        Found {
            kind,
            text,
            entity: src.entity,
            mention: src.mention,
            method: if src.entity.is_some() {
                src.method
            } else {
                Method::None
            },
            cue: src.cue,
            addressee: src.addressee,
            paragraph,
            claim: None,
            quote,
        }
    }
}

/// Who spoke, as resolved for one attribution.
#[derive(Clone, Copy, Debug)]
struct Source {
    entity: Option<usize>,
    method: Method,
    mention: Option<Span>,
    cue: Option<(Span, Option<usize>)>,
    addressee: Option<Span>,
}

pub(crate) struct Analyzer<'d> {
    speakers: &'d SpeakerDict,
    cues: &'d CueDict,
    index: &'d DictIndex,
    pub discourse: Discourse,
    toks: Vec<Tok>,
    /// The word tokens where a dictionary entry may start.
    starts: Vec<usize>,
    sentences: Vec<(usize, usize)>,
    used: Vec<bool>,
    /// The subjects of the current sentence's cues so far.
    subjects: Vec<Np>,
    pub found: Vec<Found>,
    /// A cue introducing what follows (`Putin said:`) at the end of a sentence.
    intro: Option<Source>,
}

/// The buffers of an [`Analyzer`], kept from one article to the next so that a
/// thread analysing many articles allocates them once.
#[derive(Default)]
pub(crate) struct Scratch {
    discourse: Discourse,
    toks: Vec<Tok>,
    starts: Vec<usize>,
    sentences: Vec<(usize, usize)>,
    used: Vec<bool>,
    subjects: Vec<Np>,
    found: Vec<Found>,
}

impl<'d> Analyzer<'d> {
    pub fn new(
        speakers: &'d SpeakerDict,
        cues: &'d CueDict,
        index: &'d DictIndex,
        scratch: Scratch,
    ) -> Analyzer<'d> {
        let Scratch {
            discourse,
            toks,
            starts,
            sentences,
            used,
            subjects,
            found,
        } = scratch;
        Analyzer {
            speakers,
            cues,
            index,
            discourse,
            toks,
            starts,
            sentences,
            used,
            subjects,
            found,
            intro: None,
        }
    }

    /// Give the buffers back, for the next article.
    pub fn into_scratch(self) -> Scratch {
        Scratch {
            discourse: self.discourse,
            toks: self.toks,
            starts: self.starts,
            sentences: self.sentences,
            used: self.used,
            subjects: self.subjects,
            found: self.found,
        }
    }

    /// Analyse one article.
    pub fn run(&mut self, text: &str, layout: &Layout, quotes: &[Quote]) {
        self.discourse.clear();
        self.found.clear();
        self.intro = None;
        let mut q = 0;
        for (p, para) in layout.paragraphs.iter().enumerate() {
            let first = q;
            while q < quotes.len() && quotes[q].paragraph == p {
                q += 1;
            }
            let mut toks = std::mem::take(&mut self.toks);
            let mut sentences = std::mem::take(&mut self.sentences);
            tokens::tokenize(
                text,
                *para,
                quotes,
                first..q,
                (self.index, self.speakers),
                &mut toks,
                &mut self.starts,
            );
            tokens::sentences(&toks, text, quotes, &mut sentences);
            self.used.clear();
            self.used.resize(toks.len(), false);
            for &(s, e) in &sentences {
                let ctx = Ctx {
                    text,
                    toks: &toks,
                    quotes,
                    cues: self.cues,
                    s,
                    e,
                };
                self.sentence(&ctx, p);
            }
            self.toks = toks;
            self.sentences = sentences;
        }
        self.join_paragraph_quotes(quotes);
    }

    /// A quote running over several paragraphs is one speaker's: the tag on any
    /// of its paragraphs names the speaker of those that have none of their own.
    fn join_paragraph_quotes(&mut self, quotes: &[Quote]) {
        let mut by_quote = vec![None; quotes.len()];
        for (f, found) in self.found.iter().enumerate() {
            if let Some(q) = found.quote {
                by_quote[q] = Some(f);
            }
        }
        let mut q = 0;
        while q < quotes.len() {
            let mut end = q;
            while quotes[end].continues && end + 1 < quotes.len() && quotes[end + 1].continued {
                end += 1;
            }
            if end > q {
                let chain: Vec<usize> = (q..=end).filter_map(|x| by_quote[x]).collect();
                let tagged = chain.iter().copied().find(|&f| {
                    !matches!(self.found[f].method, Method::Continuation | Method::None)
                });
                if let Some(t) = tagged {
                    let source = self.found[t].clone();
                    for &f in &chain {
                        let found = &mut self.found[f];
                        if matches!(found.method, Method::Continuation | Method::None) {
                            found.entity = source.entity;
                            found.mention = source.mention;
                            found.cue = source.cue;
                            found.method = Method::Continuation;
                        }
                    }
                }
            }
            q = end + 1;
        }
    }

    fn sentence(&mut self, ctx: &Ctx, p: usize) {
        self.register_mentions(ctx, p);
        let first_found = self.found.len();
        let mut subjects = std::mem::take(&mut self.subjects);
        subjects.clear();
        let intro = self.intro.take();
        for i in ctx.s..ctx.e {
            match ctx.toks[i].kind {
                TokKind::Quote(q) => self.quote(ctx, i, q, p, intro, &mut subjects),
                TokKind::Word if ctx.toks[i].cue.is_some() && !self.used[i] => {
                    self.claim(ctx, i, p, &mut subjects)
                }
                _ => {}
            }
        }
        // Quotes inside a claim name it.
        for f in first_found..self.found.len() {
            if self.found[f].kind == Kind::Indirect {
                continue;
            }
            let span = self.found[f].text;
            let claim = (first_found..self.found.len()).find(|&c| {
                self.found[c].kind == Kind::Indirect
                    && self.found[c].text.start <= span.start
                    && span.end <= self.found[c].text.end
            });
            self.found[f].claim = claim;
        }
        // A sentence ending in a colon after a cue introduces what follows.
        if ctx.e > ctx.s && ctx.punct(ctx.e - 1, ':') {
            let cue = (ctx.s..ctx.e).find(|&c| ctx.verb(c).is_some() && !ctx.cue_blocked(c));
            if let Some(c) = cue {
                if let Some(np) = self.cue_subject(ctx, c, &subjects) {
                    let src = self.source(ctx, c, np, p);
                    if src.entity.is_some() {
                        self.intro = Some(src);
                    }
                }
            }
        }
        self.subjects = subjects;
    }

    fn register_mentions(&mut self, ctx: &Ctx, p: usize) {
        // The subject is only needed when the sentence mentions someone.
        let mut subject_cache = None;
        let mut subject = || *subject_cache.get_or_insert_with(|| ctx.sentence_subject());
        for i in ctx.s..ctx.e {
            let Some(sp) = ctx.toks[i].speaker else {
                continue;
            };
            let entity = self.discourse.dict_entity(self.speakers, sp.speaker);
            let last = i + sp.len - 1;
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

    /// Resolve the speaker phrase `np` of the cue at `c`.
    fn source(&mut self, ctx: &Ctx, c: usize, np: Np, p: usize) -> Source {
        let span = Span::new(ctx.toks[np.first].span.start, ctx.toks[np.last].span.end);
        let phrase = &ctx.text[span.start..span.end];
        let (entity, method) = match np.kind {
            NpKind::Pronoun(pr) => (
                self.discourse.resolve_pronoun(pr, span.start, p),
                Method::Pronoun,
            ),
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
            } => (
                Some(self.discourse.dict_entity(self.speakers, speaker)),
                Method::Descriptor,
            ),
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
        let verb = ctx.toks[c].cue.map(|x| x.verb);
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
    fn cue_subject(&self, ctx: &Ctx, c: usize, subjects: &[Np]) -> Option<Np> {
        let verb = ctx.verb(c)?;
        match verb.pos {
            CuePos::Prep => ctx.np_starting_at(ctx.after_cue(c)),
            CuePos::Gerund => {
                let absolute = c > ctx.s && !ctx.is_comma(c - 1) && ctx.quote_at(c - 1).is_none();
                if absolute {
                    // "with the Kremlin labeling": the phrase before is the subject;
                    // after a preposition ("before adding") it is the sentence's.
                    if let Some(np) = ctx.np_ending_at(c - 1, ctx.s) {
                        return Some(np);
                    }
                    if !ctx.is(c - 1, Class::AdverbialPreposition)
                        && !matches!(ctx.word(c - 1), "before" | "while" | "also" | "and")
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

    // The rules for a quote and for a claim stay out of line: inlined into the
    // sentence walk, they make it too large to keep its loop in registers.
    #[inline(never)]
    fn quote(
        &mut self,
        ctx: &Ctx,
        i: usize,
        q: usize,
        p: usize,
        intro: Option<Source>,
        subjects: &mut Vec<Np>,
    ) {
        let quote = ctx.quotes[q];
        let kind = quote_kind(ctx, i, &quote);
        let mut source = None;
        // 1. A tag right after the quote.
        let mut k = i + 1;
        if ctx.is_comma(k) {
            k += 1;
        }
        if let Some(v) = ctx.verb(k) {
            if v.pos == CuePos::Verb && !ctx.cue_blocked(k) {
                if let Some(mut np) = ctx.subject_right(k) {
                    // "…," said Douglas Brinkley, a historian who attended.
                    if let Some(end) = ctx.trailing_apposition(np.last + 1) {
                        np.mention = Some((np.first, end));
                    }
                    source = Some((k, np));
                }
            }
        } else if let Some(mut np) = ctx.np_starting_at(k) {
            let mut j = np.last + 1;
            // "Rep. John Mica (R-Fla.) said": an affiliation between name and verb.
            if let Some(close) = ctx.parenthetical_at(j) {
                np.mention = Some((np.first, close));
                j = close + 1;
            }
            // "…," Rep. Jim Jordan, an oversight panel member, said": an
            // apposition between commas describes the speaker.
            if let Some(close) = ctx.apposition_at(j) {
                np.mention = Some((np.first, close - 1));
                j = close + 1;
            }
            let after_phrase = j;
            while ctx.is_word(j) && ctx.is(j, Class::PreVerbFiller) && j < after_phrase + 2 {
                j += 1;
            }
            if ctx.verb(j).is_some_and(|v| v.pos == CuePos::Verb) && !ctx.cue_blocked(j) {
                source = Some((j, np));
            }
        }
        // 1b. A signature after a dash: `"…" ― Karen Bobadilla`.
        let mut signed = None;
        if source.is_none() {
            signed = self.signature(ctx, i, p);
        }
        // 2.-3. A cue before the quote: the nearest if right before it, else the first.
        if source.is_none() {
            // A usable cue is one with a subject, worked out only for the cues
            // the search reaches.
            let usable = |c: usize| {
                (!ctx.cue_blocked(c))
                    .then(|| self.cue_subject(ctx, c, subjects).map(|np| (c, np)))
                    .flatten()
            };
            let near_enough = |c: usize| {
                let after = ctx.after_cue(c);
                let gap_ok = i.saturating_sub(after) <= 6;
                let between_quote = (after..i).any(|x| ctx.quote_at(x).is_some());
                gap_ok
                    && !between_quote
                    && (ctx.punct(i - 1, ',') || ctx.punct(i - 1, ':') || after == i)
            };
            let cues = || (ctx.s..i).filter(|&c| ctx.verb(c).is_some());
            let near = cues().rev().filter(|&c| near_enough(c)).find_map(usable);
            source = near.or_else(|| cues().find_map(usable));
        }
        // 4. A cue after the quote, later in the sentence.
        if source.is_none() {
            source = (i + 1..ctx.e)
                .filter(|&c| {
                    ctx.verb(c).is_some_and(|v| v.pos == CuePos::Verb) && !ctx.cue_blocked(c)
                })
                .find_map(|c| self.cue_subject(ctx, c, subjects).map(|np| (c, np)));
        }
        let mut resolved = match (signed, source) {
            (Some(src), _) => Some(src),
            (None, Some((c, np))) => {
                self.used[c] =
                    self.used[c] || c > i || (c + 6 >= i && matches!(kind, Kind::Direct));
                subjects.push(np);
                Some(self.source(ctx, c, np, p))
            }
            (None, None) => None,
        };
        // 5. An introduction ending the sentence before.
        if resolved.is_none() && i == ctx.s {
            resolved = intro;
        }
        // 6. Continuation of the previous speaker.
        if resolved.is_none() && kind == Kind::Direct && (i == ctx.s || quote.continued) {
            let previous = self
                .found
                .iter()
                .rev()
                .take_while(|f| f.paragraph == p)
                .find(|f| f.entity.is_some() && f.kind != Kind::Indirect)
                .or_else(|| self.found.iter().rev().find(|f| f.entity.is_some()));
            if let Some(prev) = previous {
                let same_paragraph = prev.paragraph == p;
                let paragraph_start = i == 0 && prev.paragraph + 1 == p;
                if same_paragraph || paragraph_start || quote.continued {
                    resolved = Some(Source {
                        entity: prev.entity,
                        method: Method::Continuation,
                        mention: prev.mention,
                        cue: prev.cue,
                        addressee: None,
                    });
                }
            }
        }
        let text = quote.inner;
        match resolved {
            Some(src) => {
                if let Some(e) = src.entity {
                    self.discourse.spoke(text.start, e, p);
                }
                self.found.push(Found::new(kind, text, src, p, Some(q)));
            }
            None if speech_like(ctx.text, text) => self.found.push(Found {
                kind,
                text,
                entity: None,
                mention: None,
                method: Method::None,
                cue: None,
                addressee: None,
                paragraph: p,
                claim: None,
                quote: Some(q),
            }),
            None => {}
        }
    }

    /// A name signing the quote after a dash, ending the sentence.
    #[inline(never)]
    fn signature(&mut self, ctx: &Ctx, i: usize, p: usize) -> Option<Source> {
        let k = i + 1;
        let dash = matches!(ctx.tok_kind(k), Some(TokKind::Punct('―' | '—' | '–')));
        let double_hyphen = ctx.punct(k, '-') && ctx.punct(k + 1, '-');
        if !(dash || double_hyphen) {
            return None;
        }
        let np = ctx.np_starting_at(if double_hyphen { k + 2 } else { k + 1 })?;
        if !matches!(np.kind, NpKind::Name | NpKind::Dict { .. }) {
            return None;
        }
        let after = np.last + 1;
        if after < ctx.e
            && !matches!(
                ctx.tok_kind(after),
                Some(TokKind::Punct('.' | ',' | ';') | TokKind::Quote(_))
            )
        {
            return None;
        }
        let last = if double_hyphen { k + 1 } else { k };
        let mut src = self.source(ctx, k, np, p);
        src.cue = Some((
            Span::new(ctx.toks[k].span.start, ctx.toks[last].span.end),
            None,
        ));
        Some(src)
    }

    #[inline(never)]
    fn claim(&mut self, ctx: &Ctx, c: usize, p: usize, subjects: &mut Vec<Np>) {
        let Some(verb) = ctx.verb(c) else { return };
        if verb.frame == CueFrame::Quote || ctx.cue_blocked(c) {
            return;
        }
        if ctx.e > ctx.s && ctx.punct(ctx.e - 1, '?') {
            return;
        }
        // Not inside an earlier claim of this sentence.
        let pos = ctx.toks[c].span.start;
        if self
            .found
            .iter()
            .rev()
            .take_while(|f| f.paragraph == p)
            .any(|f| f.kind == Kind::Indirect && f.text.start <= pos && pos < f.text.end)
        {
            return;
        }
        if verb.pos == CuePos::Prep {
            self.according_to(ctx, c, p, subjects);
            return;
        }
        let subject = self.cue_subject(ctx, c, subjects);
        if let Some(np) = subject {
            subjects.push(np);
        }
        let mut k = ctx.after_cue(c);
        let mut addressee_end = None;
        if verb.frame == CueFrame::Tell {
            if let Some((_, b)) = ctx.addressee(c) {
                k = b + 1;
                addressee_end = Some(b);
            }
        }
        // Adverbials between the verb and its clause.
        let mut guard = 0;
        while k < ctx.e && guard < 4 {
            guard += 1;
            let w = ctx.word(k);
            if w.is_empty() {
                break;
            }
            if w.eq_ignore_ascii_case("that") {
                break;
            }
            if ctx.capitalised(k) && ctx.is(k, Class::Weekday)
                || matches!(
                    w,
                    "yesterday"
                        | "today"
                        | "tonight"
                        | "earlier"
                        | "later"
                        | "again"
                        | "also"
                        | "repeatedly"
                        | "publicly"
                        | "privately"
                        | "separately"
                        | "recently"
                        | "previously"
                        | "last"
                        | "this"
                )
            {
                k += 1;
                if matches!(w, "last" | "this") {
                    k += 1;
                }
                continue;
            }
            if ctx.is(k, Class::AdverbialPreposition) {
                let mut r = k + 1;
                while r < ctx.e && r < k + 10 {
                    if ctx.word(r).eq_ignore_ascii_case("that")
                        || ctx.is_comma(r)
                        || ctx.punct(r, ':')
                        || ctx.quote_at(r).is_some()
                    {
                        break;
                    }
                    r += 1;
                }
                if r < ctx.e && ctx.word(r).eq_ignore_ascii_case("that") {
                    k = r;
                    break;
                }
                if r < ctx.e && ctx.is_comma(r) {
                    k = r + 1;
                    continue;
                }
                k = r;
                break;
            }
            break;
        }
        let mut that = false;
        if ctx.word(k).eq_ignore_ascii_case("that") {
            that = true;
            k += 1;
            if ctx.is_comma(k) {
                k += 1;
            }
        }
        let empty =
            k >= ctx.e || matches!(ctx.tok_kind(k), Some(TokKind::Punct('.' | '!' | ',' | ';')));
        let introduces_quote = matches!(ctx.tok_kind(k), Some(TokKind::Punct(',' | ':')))
            && ctx.quote_at(k + 1).is_some();
        if empty && !that && !introduces_quote {
            self.postposed(ctx, c, p, subject);
            return;
        }
        // A quote introduced by the verb is attributed as a quote, not a claim.
        if ctx.quote_at(k).is_some()
            && ctx.quote_at(k + 1).is_none()
            && (k + 1 >= ctx.e || !ctx.is_word(k + 1))
        {
            return;
        }
        if ctx.punct(k, ':') || (ctx.is_comma(k) && ctx.quote_at(k + 1).is_some()) {
            return;
        }
        let clause = that || looks_like_clause(ctx, k);
        let allowed = match verb.frame {
            CueFrame::Say | CueFrame::Tell | CueFrame::That => clause,
            _ => false,
        };
        if !allowed {
            return;
        }
        if verb.frame == CueFrame::Tell && !that && addressee_end.is_none() && verb.lemma != "tell"
        {
            return;
        }
        let Some(end) = clause_end(ctx, k) else {
            return;
        };
        let Some(np) = subject else { return };
        let mut src = self.source(ctx, c, np, p);
        if np.kind == NpKind::Pronoun(lexicon::Pronoun::It) && src.entity.is_none() {
            return;
        }
        if src.entity.is_none() && verb.pos == CuePos::Gerund {
            src.entity = self.discourse.last_speaker(ctx.toks[c].span.start, p);
            src.method = Method::Continuation;
        }
        let text = Span::new(ctx.toks[k].span.start, ctx.toks[end].span.end);
        self.push_claim(text, src, p);
    }

    /// `…, Turkish sources said.` and `…, said Kuleba.`: the content comes first.
    #[inline(never)]
    fn postposed(&mut self, ctx: &Ctx, c: usize, p: usize, subject: Option<Np>) {
        let Some(np) = subject else { return };
        let comma = if np.last < c {
            np.first.checked_sub(1)
        } else {
            c.checked_sub(1)
        };
        let Some(comma) = comma.filter(|&x| x > ctx.s && ctx.is_comma(x)) else {
            return;
        };
        if ctx.quote_at(ctx.s).is_some()
            || (ctx.s..comma).any(|x| {
                ctx.quote_at(x).is_some()
                    && ctx.quotes[ctx.toks[x].quote().unwrap_or(0)].inner.len() > 40
            })
        {
            return;
        }
        let mut start = ctx.s;
        // Skip an introductory conjunction.
        if matches!(ctx.word(start), "But" | "And" | "So") {
            start += 1;
        }
        let words = (start..comma).filter(|&x| ctx.is_word(x)).count();
        if words < 3 {
            return;
        }
        let mut end = comma - 1;
        while end > start && matches!(ctx.tok_kind(end), Some(TokKind::Punct(_))) {
            end -= 1;
        }
        let src = self.source(ctx, c, np, p);
        let text = Span::new(ctx.toks[start].span.start, ctx.toks[end].span.end);
        self.push_claim(text, src, p);
    }

    /// `According to X, …` and `…, according to X.`
    #[inline(never)]
    fn according_to(&mut self, ctx: &Ctx, c: usize, p: usize, subjects: &mut Vec<Np>) {
        let a = ctx.after_cue(c);
        let Some(r) = (a..ctx.e)
            .find(|&x| {
                ctx.is_comma(x)
                    || matches!(
                        ctx.tok_kind(x),
                        Some(TokKind::Punct('.' | ';' | '!')) | Some(TokKind::Quote(_))
                    )
            })
            .or(Some(ctx.e))
        else {
            return;
        };
        if r == a {
            return;
        }
        let np = ctx
            .np_starting_at(a)
            .filter(|np| np.last < r)
            .unwrap_or(Np {
                mention: None,
                first: a,
                last: r - 1,
                kind: NpKind::Group,
            });
        let (start, mut end) = if c == ctx.s && ctx.is_comma(r) {
            (r + 1, ctx.e - 1)
        } else if c > ctx.s + 2 && ctx.is_comma(c - 1) {
            (ctx.s, c - 2)
        } else {
            return;
        };
        while end > start && matches!(ctx.tok_kind(end), Some(TokKind::Punct(_))) {
            end -= 1;
        }
        if end <= start || start >= ctx.e {
            return;
        }
        if let Some(cut) = clause_end(ctx, start) {
            end = end.min(cut);
        }
        subjects.push(np);
        let src = self.source(ctx, c, np, p);
        let text = Span::new(ctx.toks[start].span.start, ctx.toks[end].span.end);
        self.push_claim(text, src, p);
    }

    fn push_claim(&mut self, text: Span, src: Source, p: usize) {
        if let Some(e) = src.entity {
            self.discourse.spoke(text.start, e, p);
        }
        self.found
            .push(Found::new(Kind::Indirect, text, src, p, None));
    }
}

/// Direct when the quote stands as its own sentence or is introduced by a colon,
/// dash or a cue and comma; partial when the reporter's sentence runs into it.
fn quote_kind(ctx: &Ctx, i: usize, quote: &Quote) -> Kind {
    if quote.continued || i == ctx.s {
        return Kind::Direct;
    }
    match ctx.toks[i - 1].kind {
        TokKind::Punct(':' | '—' | '–' | '-') | TokKind::Quote(_) => Kind::Direct,
        TokKind::Punct(',') => {
            if (ctx.s..i).any(|c| ctx.verb(c).is_some()) {
                Kind::Direct
            } else {
                Kind::Partial
            }
        }
        _ => Kind::Partial,
    }
}

/// Whether unattributed quoted words read as speech rather than a title, a
/// nickname or scare quotes: five words or more, not all capitalised.
fn speech_like(text: &str, inner: Span) -> bool {
    let words: Vec<&str> = text[inner.start..inner.end]
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() < 5 {
        return false;
    }
    let title_case = words
        .iter()
        .filter(|w| w.len() > 3)
        .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    !title_case
}

/// Whether the tokens from `k` read as a clause with no "that": a subject-like
/// first word and an auxiliary or past-tense verb soon after.
fn looks_like_clause(ctx: &Ctx, k: usize) -> bool {
    if !ctx.is_word(k) {
        return false;
    }
    let w = ctx.word(k);
    let class = ctx.class(k);
    let one_of = |words: &[&str]| words.iter().any(|x| w.eq_ignore_ascii_case(x));
    let starts = class.pronoun().is_some()
        || class.has(Class::FirstPerson)
        || class.has(Class::Determiner)
        || ctx.capitalised(k)
        || w.chars().next().is_some_and(|c| c.is_ascii_digit())
        || class.has(Class::SpeakerNoun)
        || one_of(&[
            "if",
            "there",
            "while",
            "when",
            "because",
            "although",
            "despite",
            "what",
            "how",
            "whether",
            "nothing",
            "everything",
            "everyone",
            "nobody",
            "none",
            "more",
            "only",
        ])
        || (w.ends_with('s') || w.ends_with('S')) && w.len() > 3;
    if !starts || one_of(&["to", "of", "for", "about", "goodbye", "so", "yes", "no"]) {
        return false;
    }
    if class.pronoun().is_some() || class.has(Class::FirstPerson) {
        return true;
    }
    let mut i = k;
    while i < ctx.e && i < k + 12 {
        let w = ctx.word(i);
        if i > k && ctx.verb(i).is_some_and(|v| v.pos == CuePos::Verb) && !ctx.cue_blocked(i) {
            return true;
        }
        if i > k
            && (w.eq_ignore_ascii_case("that") || ctx.quote_at(i).is_some() || ctx.punct(i, ';'))
        {
            return false;
        }
        if ctx.is(i, Class::Auxiliary)
            || ctx.is(i, Class::IrregularPast)
            || (i > k && w.len() > 4 && w.ends_with("ed") && !ctx.capitalised(i))
        {
            return true;
        }
        i += 1;
    }
    false
}

/// The last token of a claim starting at `k`: before the sentence end, a colon or
/// semicolon, a comma opening an aside, or a participial or coordinated cue.
fn clause_end(ctx: &Ctx, k: usize) -> Option<usize> {
    let mut r = k;
    let mut last = None;
    while r < ctx.e {
        match ctx.toks[r].kind {
            TokKind::Punct(';' | ':') => break,
            TokKind::Punct(',') if r > k => {
                let n = r + 1;
                let nw = ctx.word(n);
                let breaks = ctx.is(n, Class::ClauseBreaker)
                    || ctx.participle(n)
                    || ctx.verb(n).is_some_and(|v| v.pos != CuePos::Verb)
                    || (matches!(nw, "and" | "but" | "or")
                        && (ctx.capitalised(n + 1) || ctx.class(n + 1).pronoun().is_some()))
                    || ctx.quote_at(n).is_some()
                    || (ctx.np_starting_at(n).is_some_and(|np| {
                        ctx.verb(np.last + 1).is_some_and(|v| v.pos == CuePos::Verb)
                    }) && ctx.is_word(n));
                if breaks {
                    break;
                }
            }
            TokKind::Word if r > k => {
                if ctx.verb(r).is_some_and(|v| v.pos == CuePos::Gerund)
                    && matches!(ctx.tok_kind(r - 1), Some(TokKind::Quote(_)))
                {
                    break;
                }
                if ctx.verb(r + 1).is_some_and(|v| v.pos == CuePos::Verb) && ctx.word(r) == "and" {
                    break;
                }
            }
            _ => {}
        }
        last = Some(r);
        r += 1;
    }
    let mut last = last?;
    while last > k && matches!(ctx.toks[last].kind, TokKind::Punct(_)) {
        last -= 1;
    }
    let words = (k..=last)
        .filter(|&x| ctx.is_word(x) || ctx.quote_at(x).is_some())
        .count();
    (words >= 2 && !matches!(ctx.toks[last].kind, TokKind::Punct(_))).then_some(last)
}
