//! `DictIndex`: the cue forms and speaker aliases of both dictionaries in one
//! anchored Aho-Corasick automaton, looked up at the start of each word token.
//!
//! The tokenizer has already found where words start, so there is no need to run an
//! automaton over every byte: one anchored walk from each word start finds every
//! entry that begins there, cues and speakers alike, and stops at the first byte no
//! entry continues with (most words cost one or two transitions). The automaton is
//! an anchored DFA, one table load per byte, for dictionaries of the built-in's
//! size (under a megabyte for it); a larger dictionary gets a contiguous NFA, a few
//! times slower per byte but a fraction of the memory.

use aho_corasick::automaton::Automaton;
use aho_corasick::dfa::DFA;
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{Anchored, MatchKind, StartKind};

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
    automaton: Anchor,
    entries: Vec<Entry>,
    /// One bit per hashed three-byte prefix (ASCII case folded) that some entry
    /// starts with: most words are ruled out by one load, without a walk.
    prefixes: Box<[u64; PREFIX_WORDS]>,
    /// The same for the four-byte prefixes of the entries of four bytes or more,
    /// which rule out more of the words that long.
    prefixes4: Box<[u64; PREFIX_WORDS]>,
}

/// The automaton of a [`DictIndex`], by the dictionaries' size.
#[derive(Clone, Debug)]
enum Anchor {
    Dfa(DFA),
    Nfa(NFA),
}

/// Dictionaries whose entries add up to more bytes than this get an NFA: a DFA
/// takes about two hundred bytes of memory per byte of entries.
const DFA_MAX_ENTRY_BYTES: usize = 20_000;

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
    bit_of(key)
}

/// The bit of a folded three-byte prefix, little-endian.
#[inline]
fn bit_of(prefix: u32) -> usize {
    (prefix.wrapping_mul(0x9E37_79B1) >> (32 - PREFIX_BITS)) as usize
}

impl DictIndex {
    pub fn new(cues: &CueDict, speakers: &SpeakerDict) -> Result<DictIndex> {
        DictIndex::with_dfa_limit(cues, speakers, DFA_MAX_ENTRY_BYTES)
    }

    /// An index with a DFA when the entries add up to at most `dfa_max` bytes.
    fn with_dfa_limit(cues: &CueDict, speakers: &SpeakerDict, dfa_max: usize) -> Result<DictIndex> {
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
        let dictionary_error =
            |e: aho_corasick::BuildError| Error::new(ErrorKind::Dictionary, e.to_string());
        let automaton = if patterns.iter().map(|p| p.len()).sum::<usize>() <= dfa_max {
            Anchor::Dfa(
                DFA::builder()
                    .match_kind(MatchKind::LeftmostLongest)
                    .start_kind(StartKind::Anchored)
                    .ascii_case_insensitive(true)
                    .build(&patterns)
                    .map_err(dictionary_error)?,
            )
        } else {
            Anchor::Nfa(
                NFA::builder()
                    .match_kind(MatchKind::LeftmostLongest)
                    .ascii_case_insensitive(true)
                    .build(&patterns)
                    .map_err(dictionary_error)?,
            )
        };
        let mut prefixes = Box::new([0u64; PREFIX_WORDS]);
        let mut prefixes4 = Box::new([0u64; PREFIX_WORDS]);
        for pattern in &patterns {
            if let [a, b, c, d, ..] = *pattern.as_bytes() {
                let key = u32::from_le_bytes([a, b, c, d].map(|x| x.to_ascii_lowercase()));
                let bit = bit_of(key);
                prefixes4[bit / 64] |= 1 << (bit % 64);
            }
        }
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
            automaton,
            entries,
            prefixes,
            prefixes4,
        })
    }

    /// Whether some entry may start at a word of `len` ASCII letters and digits,
    /// whose first four bytes (with those after the word, little-endian, ASCII
    /// lowercase) are `prefix`: false positives, never false negatives. An entry
    /// that starts at such a word covers all of it, so a word of four bytes or more
    /// needs an entry with the same four first bytes.
    #[inline]
    pub fn may_start_with(&self, prefix: u32, len: usize) -> bool {
        let (bit, table) = if len >= 4 {
            (bit_of(prefix), &self.prefixes4)
        } else {
            (bit_of(prefix & 0x00FF_FFFF), &self.prefixes)
        };
        table[bit / 64] & (1 << (bit % 64)) != 0
    }

    /// Whether some entry may start at `start` (false positives, never false
    /// negatives).
    #[inline]
    pub fn may_start(&self, haystack: &[u8], start: usize, limit: usize) -> bool {
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
    /// `limit`, in any ASCII case, shortest first. Worth calling only where
    /// [`DictIndex::may_start`] holds.
    #[inline]
    pub fn matches_at(
        &self,
        haystack: &[u8],
        start: usize,
        limit: usize,
        each: impl FnMut(Entry, usize),
    ) {
        match &self.automaton {
            Anchor::Dfa(dfa) => self.walk(dfa, haystack, start, limit, each),
            Anchor::Nfa(nfa) => self.walk(nfa, haystack, start, limit, each),
        }
    }

    #[inline]
    fn walk<A: Automaton>(
        &self,
        automaton: &A,
        haystack: &[u8],
        start: usize,
        limit: usize,
        mut each: impl FnMut(Entry, usize),
    ) {
        let Ok(mut sid) = automaton.start_state(Anchored::Yes) else {
            return;
        };
        for (at, &byte) in haystack[start..limit].iter().enumerate() {
            sid = automaton.next_state(Anchored::Yes, sid, byte);
            if !automaton.is_special(sid) {
                continue;
            }
            if automaton.is_dead(sid) {
                return;
            }
            if automaton.is_match(sid) {
                let end = start + at + 1;
                for k in 0..automaton.match_len(sid) {
                    let pattern = automaton.match_pattern(sid, k);
                    // A match state may also carry entries that start later, reached
                    // through a failure transition: not ours.
                    if end - automaton.pattern_len(pattern) == start {
                        each(self.entries[pattern.as_usize()], end);
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every (entry, end) found at every byte of `text` that may start one.
    fn all_matches(index: &DictIndex, text: &str) -> Vec<(usize, Entry, usize)> {
        let bytes = text.as_bytes();
        let mut found = Vec::new();
        for start in 0..bytes.len() {
            if index.may_start(bytes, start, bytes.len()) {
                index.matches_at(bytes, start, bytes.len(), |entry, end| {
                    found.push((start, entry, end))
                });
            }
        }
        found
    }

    #[test]
    fn dfa_and_nfa_find_the_same_entries() {
        let (cues, speakers) = (CueDict::builtin(), SpeakerDict::builtin());
        let dfa = DictIndex::with_dfa_limit(&cues, &speakers, usize::MAX).unwrap();
        let nfa = DictIndex::with_dfa_limit(&cues, &speakers, 0).unwrap();
        assert!(matches!(dfa.automaton, Anchor::Dfa(_)));
        assert!(matches!(nfa.automaton, Anchor::Nfa(_)));
        let text = "French President Emmanuel Macron said on Monday, according to \
                    Kremlin spokesperson Dmitry Peskov, who told reporters the UN's \
                    envoy had ADDED that Putin's aides warned of Ukrainian FOREIGN MINISTER \
                    Dmytro Kuleba.";
        let found = all_matches(&dfa, text);
        assert!(found.len() >= 8, "{found:?}");
        assert_eq!(found, all_matches(&nfa, text));
    }

    #[test]
    fn the_built_in_dictionaries_get_a_dfa() {
        let index = DictIndex::new(&CueDict::builtin(), &SpeakerDict::builtin()).unwrap();
        assert!(matches!(index.automaton, Anchor::Dfa(_)));
    }
}
