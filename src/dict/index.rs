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
        Ok(DictIndex { nfa, entries })
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
