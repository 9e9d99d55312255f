//! What the rules would otherwise look for again and again across one sentence,
//! found once: so that the sentence walk does bounded work per token however
//! many quotes and cues a sentence holds (a scraped page may be one "sentence" of
//! a megabyte with thousands of marks).
//!
//! Each search keeps where it stopped, in cells of a [`Memo`] made afresh for
//! every sentence and reached through [`Ctx::memo`]; the answers are the ones the
//! plain searches give, only not searched for twice:
//!
//! - the sentence's first cue and its longest cue, for `quote_kind` and
//!   [`cue_before`](super::quote_rules) (whose cue ends at most six tokens before
//!   the quote, so it starts no further back than six plus the longest cue);
//! - the first cue that [`governing_cue`](super::quote_rules) can use, scanned
//!   once up to the furthest quote asked about;
//! - the next finite cue that [`later_cue`](super::quote_rules) can use after a
//!   quote: the same for every quote before it;
//! - where a reported clause starting at a token ends ([`clause_end`]): the same
//!   break ends every clause starting before it;
//! - for the postposed claim rule, where the sentence's third word is and whether
//!   a long quote comes before a token.
//!
//! Across sentences, [`ClaimCover`] tells whether a cue lies inside a claim
//! already found in its paragraph, and [`name_holding_claims`] ties each quote
//! to the first claim holding it, both without rereading the found list.
//!
//! [`clause_end`]: super::clause::clause_end

use std::cell::Cell;
use std::cmp::Reverse;
use std::collections::BinaryHeap;

use crate::attribute::grammar::Ctx;
use crate::attribute::{Found, Kind};
use crate::work::tick;

/// Answers about single tokens that several rules ask for: a direct-mapped table
/// of 64 slots, each stamped with the sentence and the token it answers for, so
/// a new sentence needs no clearing (its stamps differ).
pub(crate) struct TokAnswers<V: Copy> {
    slots: [Cell<(u64, V)>; 64],
}

impl<V: Copy + Default> Default for TokAnswers<V> {
    fn default() -> Self {
        TokAnswers {
            slots: std::array::from_fn(|_| Cell::new((0, V::default()))),
        }
    }
}

impl<V: Copy> TokAnswers<V> {
    /// The answer for token `i` of the sentence numbered `serial` (from 1),
    /// worked out by `find` unless the slot holds it.
    #[inline]
    pub fn get_or(&self, serial: u32, i: usize, find: impl FnOnce() -> V) -> V {
        let Ok(i32) = u32::try_from(i) else {
            return find();
        };
        let stamp = (u64::from(serial) << 32) | u64::from(i32);
        let slot = &self.slots[i % 64];
        let (at, v) = slot.get();
        if at == stamp {
            return v;
        }
        let v = find();
        slot.set((stamp, v));
        v
    }
}

/// The per-token answers kept while a sentence is read (see [`TokAnswers`]):
/// the speaker phrase ending at a token, the subject of a cue, whether a cue is
/// blocked. They are asked for again by the mentions, the quote rules and the
/// claim rules of the same sentence.
#[derive(Default)]
pub(crate) struct Answers {
    /// The sentence being read, numbered from 1.
    pub serial: Cell<u32>,
    pub np_ending_at: TokAnswers<Option<crate::attribute::grammar::Np>>,
    pub subject_left: TokAnswers<Option<crate::attribute::grammar::Np>>,
    pub cue_blocked: TokAnswers<bool>,
}

impl Answers {
    /// Start a new sentence: earlier answers no longer hold.
    pub fn next_sentence(&self) {
        self.serial.set(self.serial.get().wrapping_add(1).max(1));
    }
}

/// One sentence's memo; see the module's doc.
#[derive(Default)]
pub(crate) struct Memo {
    /// Whether `first_cue` and `longest_cue` have been found.
    cues_scanned: Cell<bool>,
    first_cue: Cell<Option<usize>>,
    longest_cue: Cell<usize>,
    /// The governing-cue scan: the next token to look at, the first cue usable
    /// whatever the sentence's subjects so far, and the first one usable once the
    /// sentence has a subject.
    governing_next: Cell<Option<usize>>,
    governing_any: Cell<Option<usize>>,
    governing_with_subject: Cell<Option<usize>>,
    /// The later-cue scan: from which token it looked, and what it found.
    later: Cell<Option<(usize, Option<usize>)>>,
    /// A clause-end scan: the token it started after, and where it broke (or
    /// the sentence's end).
    clause_break: Cell<Option<(usize, usize)>>,
    /// The same for the content of an object frame.
    object_break: Cell<Option<(usize, usize)>>,
    /// The last token before `clause_break`'s break that is not punctuation.
    clause_last: Cell<Option<(usize, Option<usize>)>>,
    /// The token after the third word from the sentence start and from the
    /// token after it, if there are three.
    third_word: Cell<Option<[Option<usize>; 2]>>,
    /// The first quote of the sentence whose words are longer than 40 bytes.
    first_long_quote: Cell<Option<Option<usize>>>,
    /// The sentence's subject, once worked out.
    subject: Cell<Option<Option<crate::attribute::grammar::Np>>>,
}

impl Memo {
    /// The sentence's subject, worked out by `find` the first time it is asked.
    pub fn subject(
        &self,
        find: impl FnOnce() -> Option<crate::attribute::grammar::Np>,
    ) -> Option<crate::attribute::grammar::Np> {
        if let Some(subject) = self.subject.get() {
            return subject;
        }
        let subject = find();
        self.subject.set(Some(subject));
        subject
    }

    fn scan_cues(&self, ctx: &Ctx) {
        if self.cues_scanned.get() {
            return;
        }
        let mut first = None;
        let mut longest = 0;
        for c in ctx.s..ctx.e {
            tick();
            let tok = &ctx.toks[c];
            if let (true, Some(cue)) = (tok.is_word(), tok.cue) {
                first = first.or(Some(c));
                longest = longest.max(usize::from(cue.len));
            }
        }
        self.first_cue.set(first);
        self.longest_cue.set(longest);
        self.cues_scanned.set(true);
    }

    /// Whether a cue starts before token `i` in the sentence.
    pub fn cue_before(&self, ctx: &Ctx, i: usize) -> bool {
        self.scan_cues(ctx);
        self.first_cue.get().is_some_and(|c| c < i)
    }

    /// The first token at which a cue ending at most `gap` tokens before `i` can
    /// start.
    pub fn near_cue_start(&self, ctx: &Ctx, i: usize, gap: usize) -> usize {
        self.scan_cues(ctx);
        i.saturating_sub(gap + self.longest_cue.get()).max(ctx.s)
    }

    /// The first cue before `i` that `usable` accepts: `usable(c, false)` says
    /// whether it can be used with no subject found yet in the sentence,
    /// `usable(c, true)` whether it can be once one is. Tokens are looked at once
    /// per sentence, whatever the number of quotes.
    pub fn governing_cue(
        &self,
        ctx: &Ctx,
        i: usize,
        has_subject: bool,
        mut usable: impl FnMut(usize, bool) -> bool,
    ) -> Option<usize> {
        let mut next = self.governing_next.get().unwrap_or(ctx.s);
        while next < i && self.governing_any.get().is_none() {
            tick();
            let c = next;
            next += 1;
            if ctx.verb(c).is_none() {
                continue;
            }
            if usable(c, false) {
                self.governing_any.set(Some(c));
            } else if self.governing_with_subject.get().is_none() && usable(c, true) {
                self.governing_with_subject.set(Some(c));
            }
        }
        self.governing_next
            .set(Some(next.max(self.governing_next.get().unwrap_or(0))));
        let any = self.governing_any.get().filter(|&c| c < i);
        let with_subject = self
            .governing_with_subject
            .get()
            .filter(|&c| c < i && has_subject);
        match (any, with_subject) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// The first token from `from` on that `usable` accepts, for a `from` that
    /// only grows within the sentence.
    pub fn later_cue(
        &self,
        ctx: &Ctx,
        from: usize,
        mut usable: impl FnMut(usize) -> bool,
    ) -> Option<usize> {
        if let Some((start, found)) = self.later.get() {
            if start <= from && found.is_none_or(|f| f >= from) {
                return found;
            }
        }
        let found = (from..ctx.e).find(|&c| {
            tick();
            usable(c)
        });
        self.later.set(Some((from, found)));
        found
    }

    /// Where a clause starting at `k` breaks, given `scan(k)`, the plain search;
    /// a break found for an earlier start serves every start before it.
    pub fn clause_break(&self, k: usize, scan: impl FnOnce(usize) -> usize) -> usize {
        if let Some((k0, b)) = self.clause_break.get() {
            if k0 <= k && k < b {
                return b;
            }
        }
        let b = scan(k);
        self.clause_break.set(Some((k, b)));
        b
    }

    /// [`Memo::clause_break`] for the content of an object frame, whose breaks
    /// differ.
    pub fn object_break(&self, k: usize, scan: impl FnOnce(usize) -> usize) -> usize {
        if let Some((k0, b)) = self.object_break.get() {
            if k0 <= k && k < b {
                return b;
            }
        }
        let b = scan(k);
        self.object_break.set(Some((k, b)));
        b
    }

    /// The last token before `b` that `keep` accepts, looking back no further
    /// than `k`; the answer for a break serves every start.
    pub fn last_before(&self, k: usize, b: usize, keep: impl Fn(usize) -> bool) -> Option<usize> {
        let last = match self.clause_last.get() {
            Some((b0, last)) if b0 == b => last,
            _ => {
                let last = (0..b).rev().take_while(|&x| x >= k).find(|&x| {
                    tick();
                    keep(x)
                });
                // Found looking back no further than `k`: the answer for any start
                // only when it was found.
                if last.is_some() {
                    self.clause_last.set(Some((b, last)));
                }
                last
            }
        };
        last.filter(|&l| l >= k)
    }

    /// The token after the third word counted from `start` (the sentence start,
    /// or the token after it), if the sentence has three words from there.
    pub fn after_third_word(&self, ctx: &Ctx, start: usize) -> Option<usize> {
        let slot = usize::from(start > ctx.s);
        let all = self.third_word.get().unwrap_or_else(|| {
            let find = |from: usize| {
                let mut words = 0;
                (from..ctx.e)
                    .find(|&x| {
                        tick();
                        words += usize::from(ctx.is_word(x));
                        words == 3
                    })
                    .map(|x| x + 1)
            };
            let all = [find(ctx.s), find(ctx.s + 1)];
            self.third_word.set(Some(all));
            all
        });
        all[slot]
    }

    /// Whether a quote of more than 40 bytes of words starts before token `i`.
    pub fn long_quote_before(&self, ctx: &Ctx, i: usize) -> bool {
        let first = self.first_long_quote.get().unwrap_or_else(|| {
            let first = (ctx.s..ctx.e).find(|&x| {
                tick();
                ctx.quote_at(x).is_some()
                    && ctx.quotes[ctx.toks[x].quote().unwrap_or(0)].inner.len() > 40
            });
            self.first_long_quote.set(Some(first));
            first
        });
        first.is_some_and(|x| x < i)
    }
}

/// Whether a position lies inside a claim found earlier in the same paragraph,
/// for positions that grow through a paragraph: claims are read from the found
/// list once each, and a claim is set aside once a position passes its start.
#[derive(Default)]
pub(crate) struct ClaimCover {
    paragraph: usize,
    /// How much of the found list has been read.
    read: usize,
    /// Claims whose start no position has reached yet, by start.
    pending: BinaryHeap<Reverse<(usize, usize)>>,
    /// The furthest end of the claims started at or before the last position.
    reach: usize,
}

impl ClaimCover {
    pub fn clear(&mut self) {
        self.paragraph = 0;
        self.read = 0;
        self.pending.clear();
        self.reach = 0;
    }

    /// Whether byte `pos` of paragraph `p` lies inside an indirect row of `found`
    /// from that paragraph.
    pub fn covers(&mut self, found: &[Found], p: usize, pos: usize) -> bool {
        if found.len() < self.read {
            self.clear();
        }
        if p != self.paragraph {
            self.paragraph = p;
            self.pending.clear();
            self.reach = 0;
        }
        for f in &found[self.read..] {
            tick();
            if f.kind == Kind::Indirect && f.paragraph == p {
                self.pending.push(Reverse((f.text.start, f.text.end)));
            }
        }
        self.read = found.len();
        while let Some(&Reverse((start, end))) = self.pending.peek() {
            if start > pos {
                break;
            }
            tick();
            self.pending.pop();
            self.reach = self.reach.max(end);
        }
        pos < self.reach
    }
}

/// The last rows of `found` with a speaker, read once each: the last of all and
/// the last that is not a claim, for the continuation rule.
#[derive(Default)]
pub(crate) struct LastSpoken {
    read: usize,
    any: Option<usize>,
    not_claim: Option<usize>,
}

impl LastSpoken {
    pub fn clear(&mut self) {
        *self = LastSpoken::default();
    }

    /// Row `f`, already read, was given a speaker or mention afterwards (a
    /// signature paragraph names the quote before it).
    pub fn given_speaker(&mut self, f: usize, row: &Found) {
        if f < self.read && (row.entity.is_some() || row.mention.is_some()) {
            if self.any.is_none_or(|a| a < f) {
                self.any = Some(f);
            }
            if row.kind != Kind::Indirect && self.not_claim.is_none_or(|a| a < f) {
                self.not_claim = Some(f);
            }
        }
    }

    /// The last row with a speaker or mention that is not a claim, and the last
    /// row with one.
    pub fn get(&mut self, found: &[Found]) -> (Option<usize>, Option<usize>) {
        if found.len() < self.read {
            self.clear();
        }
        for (f, row) in found.iter().enumerate().skip(self.read) {
            tick();
            // A tag whose pronoun found no antecedent still has its mention.
            if row.entity.is_some() || row.mention.is_some() {
                self.any = Some(f);
                if row.kind != Kind::Indirect {
                    self.not_claim = Some(f);
                }
            }
        }
        self.read = found.len();
        (self.not_claim, self.any)
    }
}

/// Give each quote of `found[first..]` the first claim of `found[first..]`
/// (by position in the list) that holds its text, as `claim`.
pub(crate) fn name_holding_claims(found: &mut [Found], first: usize) {
    // Few claims, as nearly always: look at each.
    let mut few = [0; 8];
    let mut n = 0;
    for c in first..found.len() {
        tick();
        if found[c].kind == Kind::Indirect {
            if n == few.len() {
                return name_holding_many_claims(found, first);
            }
            few[n] = c;
            n += 1;
        }
    }
    for f in first..found.len() {
        tick();
        if found[f].kind == Kind::Indirect {
            continue;
        }
        let span = found[f].text;
        found[f].claim = few[..n].iter().copied().find(|&c| {
            tick();
            found[c].text.start <= span.start && span.end <= found[c].text.end
        });
    }
}

/// [`name_holding_claims`] for a sentence with many claims.
fn name_holding_many_claims(found: &mut [Found], first: usize) {
    let claims: Vec<usize> = (first..found.len())
        .filter(|&c| found[c].kind == Kind::Indirect)
        .collect();
    // Many: sweep the quotes by start, adding the claims that start at or before
    // each to a tree over the claims' ends that keeps the first claim (least
    // index) among those ending at or after a point.
    let mut ends: Vec<usize> = claims.iter().map(|&c| found[c].text.end).collect();
    ends.sort_unstable();
    ends.dedup();
    let mut by_start = claims.clone();
    by_start.sort_by_key(|&c| found[c].text.start);
    let mut quotes: Vec<usize> = (first..found.len())
        .filter(|&f| found[f].kind != Kind::Indirect)
        .collect();
    quotes.sort_by_key(|&f| found[f].text.start);
    // A Fenwick tree over the ends in reverse order: prefix minima are minima over
    // the ends at or after a point.
    let n = ends.len();
    let mut tree = vec![usize::MAX; n + 1];
    let rank = |end: usize| n - ends.partition_point(|&e| e < end);
    let mut next = 0;
    for &q in &quotes {
        let span = found[q].text;
        while next < by_start.len() && found[by_start[next]].text.start <= span.start {
            let c = by_start[next];
            let mut i = rank(found[c].text.end);
            while i <= n {
                tick();
                tree[i] = tree[i].min(c);
                i += i & i.wrapping_neg();
            }
            next += 1;
        }
        // Claims ending at or after the quote's end have rank at most this.
        let mut i = n - ends.partition_point(|&e| e < span.end);
        let mut best = usize::MAX;
        while i > 0 {
            tick();
            best = best.min(tree[i]);
            i -= i & i.wrapping_neg();
        }
        found[q].claim = (best != usize::MAX).then_some(best);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribute::Found;

    #[test]
    fn token_answers_hold_for_their_sentence_and_token_only() {
        struct Case {
            name: &'static str,
            /// The (sentence, token) asked first, then the one asked second.
            first: (u32, usize),
            second: (u32, usize),
            /// Whether the second question is answered from the slot.
            kept: bool,
        }
        let cases = [
            Case {
                name: "the same token of the same sentence",
                first: (1, 5),
                second: (1, 5),
                kept: true,
            },
            Case {
                name: "the same token of the next sentence",
                first: (1, 5),
                second: (2, 5),
                kept: false,
            },
            Case {
                name: "a token sharing the slot",
                first: (1, 5),
                second: (1, 69),
                kept: false,
            },
            Case {
                name: "another token",
                first: (1, 5),
                second: (1, 6),
                kept: false,
            },
        ];
        for case in cases {
            let answers = TokAnswers::<usize>::default();
            let (s, i) = case.first;
            assert_eq!(answers.get_or(s, i, || 7), 7, "{}", case.name);
            let (s, i) = case.second;
            let mut asked = false;
            let v = answers.get_or(s, i, || {
                asked = true;
                8
            });
            assert_eq!(
                (v, asked),
                if case.kept { (7, false) } else { (8, true) },
                "{}",
                case.name
            );
        }
    }
    use crate::span::Span;
    use crate::Method;

    fn row(kind: Kind, start: usize, end: usize) -> Found {
        Found {
            kind,
            text: Span::new(start, end),
            entity: None,
            mention: None,
            method: Method::None,
            cue: None,
            addressee: None,
            paragraph: 0,
            claim: None,
            quote: None,
            rule: "",
        }
    }

    #[test]
    fn quotes_get_the_first_claim_holding_them_however_many_claims() {
        let mut x: u64 = 19;
        let mut next = |n: u64| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x % n) as usize
        };
        for round in 0..200 {
            let rows = 1 + next(40);
            let mut found: Vec<Found> = (0..rows)
                .map(|_| {
                    let start = next(100);
                    let end = start + 1 + next(60);
                    let kind = if next(3) == 0 {
                        Kind::Direct
                    } else {
                        Kind::Indirect
                    };
                    row(kind, start, end)
                })
                .collect();
            let first = next(rows as u64);
            let want: Vec<Option<usize>> = (0..rows)
                .map(|f| {
                    if f < first || found[f].kind == Kind::Indirect {
                        return None;
                    }
                    let span = found[f].text;
                    (first..rows)
                        .find(|&c| found[c].kind == Kind::Indirect && found[c].text.contains(span))
                })
                .collect();
            name_holding_claims(&mut found, first);
            let got: Vec<Option<usize>> = found.iter().map(|f| f.claim).collect();
            assert_eq!(got, want, "round {round}");
        }
    }

    #[test]
    fn claim_cover_answers_as_the_found_list_would() {
        let mut found = vec![row(Kind::Indirect, 10, 20)];
        let mut cover = ClaimCover::default();
        assert!(!cover.covers(&found, 0, 5));
        assert!(cover.covers(&found, 0, 12));
        found.push(row(Kind::Direct, 12, 30));
        found.push(row(Kind::Indirect, 25, 40));
        assert!(!cover.covers(&found, 0, 22));
        assert!(cover.covers(&found, 0, 39));
        assert!(!cover.covers(&found, 0, 40));
        // Another paragraph: the claims of the last one do not count.
        found.push(Found {
            paragraph: 1,
            ..row(Kind::Indirect, 50, 60)
        });
        assert!(!cover.covers(&found, 2, 55));
    }
}
