//! The attributor: one left-to-right walk over each sentence's tokens that ties
//! every quote to its speaker and cue, and reports the claims (indirect speech)
//! that reporting verbs introduce.
//!
//! ```text
//! tokens, sentences ─► mentions ─► for each token of the sentence:
//!                                    a quote ─► quote_rules (first that finds a source)
//!                                    a cue   ─► claim_rules (first that takes the cue)
//!                      after the article: multi-paragraph quotes joined
//! ```
//!
//! - `grammar`: speaker phrases in the tokens (subjects, inverted tags,
//!   addressees), by the shape of the words; no parser;
//! - `discourse`: the article's entities and who was mentioned and spoke last,
//!   to resolve pronouns and descriptors;
//! - `mentions`: registering each sentence's mentions with the discourse;
//! - `source`: from a speaker phrase to a resolved source;
//! - `clause`: where a reported clause starts and ends;
//! - `quote_rules` and `claim_rules`: the rules, one file each, in the order
//!   their lists give.

mod claim_rules;
mod clause;
pub(crate) mod discourse;
pub(crate) mod foreign;
mod grammar;
mod memo;
mod mentions;
mod quote_rules;
mod source;

use crate::attribute::discourse::Discourse;
use crate::attribute::grammar::{Ctx, Np};
use crate::dict::{CueDict, DictIndex, SpeakerDict};
use crate::scan::layout::Layout;
use crate::scan::quotes::Quote;
use crate::scan::sentences;
use crate::scan::tokens::{self, Tok, TokKind};
use crate::span::Span;
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
    /// The name of the rule that made it.
    pub rule: &'static str,
}

impl Found {
    fn new(
        kind: Kind,
        text: Span,
        src: Source,
        paragraph: usize,
        quote: Option<usize>,
        rule: &'static str,
    ) -> Found {
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
            rule,
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
    /// Whether a cue lies inside a claim already found in its paragraph.
    claim_cover: memo::ClaimCover,
    /// The last rows with a speaker, for continuations.
    last_spoken: memo::LastSpoken,
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
            claim_cover: memo::ClaimCover::default(),
            last_spoken: memo::LastSpoken::default(),
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
        self.claim_cover.clear();
        self.last_spoken.clear();
        let answers = memo::Answers::default();
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
            sentences::sentences(&toks, text, quotes, &mut sentences);
            self.used.clear();
            self.used.resize(toks.len(), false);
            for &(s, e) in &sentences {
                let memo = memo::Memo::default();
                answers.next_sentence();
                let ctx = Ctx {
                    text,
                    toks: &toks,
                    quotes,
                    cues: self.cues,
                    s,
                    e,
                    memo: &memo,
                    answers: &answers,
                    sent: &toks[s..e],
                };
                self.sentence(&ctx, p);
            }
            self.toks = toks;
            self.sentences = sentences;
        }
        self.join_paragraph_quotes(quotes);
    }

    /// Walk one sentence.
    fn sentence(&mut self, ctx: &Ctx, p: usize) {
        self.register_mentions(ctx, p);
        if quote_rules::signature_paragraph(self, ctx, p) {
            return;
        }
        let first_found = self.found.len();
        let mut subjects = std::mem::take(&mut self.subjects);
        subjects.clear();
        let intro = self.intro.take();
        for i in ctx.s..ctx.e {
            crate::work::tick();
            match ctx.toks[i].kind {
                TokKind::Quote(q) => self.quote(ctx, i, q as usize, p, intro, &mut subjects),
                TokKind::Word if ctx.toks[i].cue.is_some() && !self.used[i] => {
                    self.claim(ctx, i, p, &mut subjects)
                }
                TokKind::Word if ctx.toks[i].cue.is_some() => self.claim_holding_quote(ctx, i, p),
                _ => {}
            }
        }
        // Quotes inside a claim name it.
        memo::name_holding_claims(&mut self.found, first_found);
        // A sentence ending in a colon after a cue introduces what follows.
        quote_rules::colon_intro_at_sentence_end(self, ctx, &subjects, p);
        self.subjects = subjects;
    }
}

#[cfg(test)]
pub(crate) mod tests {
    //! What the rules' case tables share.

    /// One case of a rule's table: a text, and the row it must give (its text
    /// and speaker, empty for none) by that rule.
    pub(crate) struct Case {
        pub name: &'static str,
        pub text: &'static str,
        pub want: (&'static str, &'static str),
    }

    /// Check that each case gives its row, whatever rule made it.
    pub(crate) fn check_speakers(cases: &[Case]) {
        let extractor = crate::Extractor::builtin();
        for case in cases {
            let rows = extractor.extract(case.text).attributions;
            let (text, speaker) = case.want;
            let row = rows.iter().find(|a| a.text == text);
            let Some(row) = row else {
                panic!("{}: no row {text:?} in {rows:#?}", case.name);
            };
            assert_eq!(row.speaker.as_str(), speaker, "{}: {row:#?}", case.name);
        }
    }

    /// Check that none of `texts` gives a row: near misses of a rule.
    pub(crate) fn check_none(texts: &[&str]) {
        let extractor = crate::Extractor::builtin();
        for text in texts {
            let rows = extractor.extract(text).attributions;
            assert!(rows.is_empty(), "{text}: {rows:?}");
        }
    }

    /// Check that each case gives its row, made by `rule`.
    pub(crate) fn check(rule: &str, cases: &[Case]) {
        let extractor = crate::Extractor::builtin();
        for case in cases {
            let mut rules = Vec::new();
            let article = extractor.extract_traced(case.text, Some(&mut rules));
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
            assert_eq!(
                (row.speaker.as_str(), *by),
                (speaker, rule),
                "{rule}: {}: {row:#?}",
                case.name
            );
        }
    }
}
