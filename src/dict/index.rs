//! `DictIndex`: the cue forms and speaker aliases of both dictionaries in one
//! anchored Aho-Corasick automaton, looked up at the start of each word token.
//!
//! The tokenizer has already found where words start, so there is no need to run an
//! automaton over every byte: one anchored walk from each word start finds every
//! entry that begins there, cues and speakers alike, and stops at the first byte no
//! entry continues with (most words cost one or two transitions). The automaton is
//! a contiguous NFA: a few dozen kilobytes, where a DFA of the same entries takes
//! hundreds.

use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{Anchored, MatchKind};

use super::{CueDict, SpeakerDict};
use crate::error::{Error, ErrorKind, Result};

/// What an entry of the index is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Entry {
    /// A cue form, by its index in the cue dictionary.
    Cue(usize),
    /// A speaker alias, by its index in the speakers dictionary.
    Alias(usize),
}

/// Both dictionaries' entries, matched from word starts.
#[derive(Clone, Debug)]
pub(crate) struct DictIndex {
    nfa: NFA,
    entries: Vec<Entry>,
    /// One bit per hashed three-byte prefix (ASCII case folded) that some entry
    /// starts with: most words are ruled out by one load, without a walk.
    prefixes: Box<[u64; PREFIX_WORDS]>,
}

const PREFIX_BITS: u32 = 16;
const PREFIX_WORDS: usize = (1 << PREFIX_BITS) / 64;

/// The bit of the prefix `a b c`.
#[inline]
fn prefix_bit(a: u8, b: u8, c: u8) -> usize {
    let key = u32::from_le_bytes([
        a.to_ascii_lowercase(),
        b.to_ascii_lowercase(),
        c.to_ascii_lowercase(),
        0,
    ]);
    (key.wrapping_mul(0x9E37_79B1) >> (32 - PREFIX_BITS)) as usize
}

impl DictIndex {
    pub fn new(cues: &CueDict, speakers: &SpeakerDict) -> Result<DictIndex> {
        let mut patterns: Vec<&str> = Vec::new();
        let mut entries = Vec::new();
        for (i, verb) in cues.verbs().iter().enumerate() {
            patterns.push(&verb.form);
            entries.push(Entry::Cue(i));
        }
        for (i, alias) in speakers.alias_texts().enumerate() {
            patterns.push(alias);
            entries.push(Entry::Alias(i));
        }
        let nfa = NFA::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .build(&patterns)
            .map_err(|e| Error::new(ErrorKind::Dictionary, e.to_string()))?;
        let mut prefixes = Box::new([0u64; PREFIX_WORDS]);
        let mut set = |bit: usize| prefixes[bit / 64] |= 1 << (bit % 64);
        for pattern in &patterns {
            match *pattern.as_bytes() {
                [a, b, c, ..] => set(prefix_bit(a, b, c)),
                // A shorter entry ("UN") may be followed by any byte, or by none.
                [a, b] => (0..=255).for_each(|c| set(prefix_bit(a, b, c))),
                [a] => (0..=255).for_each(|b| {
                    (0..=255).for_each(|c| set(prefix_bit(a, b, c)));
                }),
                [] => {}
            }
        }
        Ok(DictIndex {
            nfa,
            entries,
            prefixes,
        })
    }

    /// Whether some entry may start at `start` (false positives, never false
    /// negatives).
    #[inline]
    fn may_start(&self, haystack: &[u8], start: usize, limit: usize) -> bool {
        let bit = if start + 3 <= limit {
            prefix_bit(haystack[start], haystack[start + 1], haystack[start + 2])
        } else {
            let at = |i: usize| {
                if start + i < limit {
                    haystack[start + i]
                } else {
                    0
                }
            };
            prefix_bit(at(0), at(1), at(2))
        };
        self.prefixes[bit / 64] & (1 << (bit % 64)) != 0
    }

    /// Call `each(entry, end)` for every entry that starts at `start` and ends by
    /// `limit`, in any ASCII case, shortest first.
    #[inline]
    pub fn matches_at(
        &self,
        haystack: &[u8],
        start: usize,
        limit: usize,
        mut each: impl FnMut(Entry, usize),
    ) {
        if !self.may_start(haystack, start, limit) {
            return;
        }
        let nfa = &self.nfa;
        let Ok(mut sid) = nfa.start_state(Anchored::Yes) else {
            return;
        };
        for (at, &byte) in haystack[start..limit].iter().enumerate() {
            sid = nfa.next_state(Anchored::Yes, sid, byte);
            if !nfa.is_special(sid) {
                continue;
            }
            if nfa.is_dead(sid) {
                return;
            }
            if nfa.is_match(sid) {
                let end = start + at + 1;
                for k in 0..nfa.match_len(sid) {
                    let pattern = nfa.match_pattern(sid, k);
                    // A match state may also carry entries that start later, reached
                    // through a failure transition: not ours.
                    if end - nfa.pattern_len(pattern) == start {
                        each(self.entries[pattern.as_usize()], end);
                    }
                }
            }
        }
    }
}
