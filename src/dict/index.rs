//! `DictIndex`: the cue forms and speaker aliases of both dictionaries, looked up
//! at the start of each word token.
//!
//! The tokenizer has already found where words start, so there is no need to run an
//! automaton over every byte. An entry can only start at a word whose leading run of
//! ASCII letters and digits is the entry's own (in any ASCII case): that run is
//! hashed to a short list of candidate entries, and each candidate is compared with
//! the text. Before any of this, bit sets of the entries' hashed three- and
//! four-byte prefixes rule out most words with one load.

use super::{CueDict, SpeakerDict};

/// What an entry of the index is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Entry {
    /// A cue form, by its index in the cue dictionary.
    Cue(usize),
    /// A speaker alias, by its index in the speakers dictionary.
    Alias(usize),
}

/// An entry as the lookup compares it.
#[derive(Clone, Debug)]
struct Candidate {
    /// The entry's text, in `DictIndex::texts`.
    start: usize,
    len: usize,
    /// The length of its leading run of ASCII letters and digits.
    run: usize,
    entry: Entry,
}

/// Both dictionaries' entries, matched from word starts.
#[derive(Clone, Debug)]
pub(crate) struct DictIndex {
    /// The entries' texts in ASCII lowercase, one after the other.
    texts: Vec<u8>,
    /// The entries by the hash of their leading run, bucket `b` being
    /// `candidates[buckets[b]..buckets[b + 1]]`, in the order of their lowercase
    /// texts, then in dictionary order.
    candidates: Box<[Candidate]>,
    buckets: Box<[usize]>,
    shift: u32,
    /// One bit per hashed three-byte prefix (ASCII case folded) that some entry
    /// starts with: most words are ruled out by one load, without a lookup.
    prefixes: Box<[u64; PREFIX_WORDS]>,
    /// The same for the four-byte prefixes of the entries of four bytes or more,
    /// which rule out more of the words that long.
    prefixes4: Box<[u64; PREFIX_WORDS]>,
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
    bit_of(key)
}

/// The bit of a folded three-byte prefix, little-endian.
#[inline]
fn bit_of(prefix: u32) -> usize {
    (prefix.wrapping_mul(0x9E37_79B1) >> (32 - PREFIX_BITS)) as usize
}

/// The length and hash of the run of ASCII letters and digits at the start of
/// `bytes`, in any ASCII case. Runs that share their first sixteen bytes and their
/// length share their hash.
#[inline]
fn leading_run(bytes: &[u8]) -> (usize, u64) {
    let run = crate::scan::lexicon::ascii_alnum_run(bytes, 0, bytes.len());
    let n = run.min(16);
    let mut window = [0u8; 16];
    match bytes.get(..16) {
        Some(all) => window.copy_from_slice(all),
        None => window[..n].copy_from_slice(&bytes[..n]),
    }
    // Keep the run's bytes; setting bit 5 lowercases a letter and leaves a digit
    // as it is.
    let keep = if n == 16 {
        u128::MAX
    } else {
        (1u128 << (8 * n)) - 1
    };
    let key = (u128::from_le_bytes(window) | 0x2020_2020_2020_2020_2020_2020_2020_2020) & keep;
    let folded = (key as u64) ^ ((key >> 64) as u64).rotate_left(29) ^ (run as u64).rotate_right(8);
    (run, folded.wrapping_mul(0x9E37_79B9_7F4A_7C15))
}

/// Whether `text` in ASCII lowercase is `lowercase`, eight bytes at a time.
#[inline]
fn eq_lowercase(text: &[u8], lowercase: &[u8]) -> bool {
    let word = |b: &[u8]| u64::from_le_bytes(b.try_into().expect("eight bytes"));
    let mut text = text.chunks_exact(8);
    let mut lowercase = lowercase.chunks_exact(8);
    for (t, l) in (&mut text).zip(&mut lowercase) {
        if crate::scan::lexicon::fold_ascii(word(t)).0 != word(l) {
            return false;
        }
    }
    text.remainder()
        .iter()
        .zip(lowercase.remainder())
        .all(|(t, l)| t.to_ascii_lowercase() == *l)
}

/// Both dictionaries' entries: the cue forms, then the speaker aliases.
fn entries<'d>(
    cues: &'d CueDict,
    speakers: &'d SpeakerDict,
) -> impl Iterator<Item = (&'d str, Entry)> + 'd {
    let cue_forms = cues.verbs().iter().enumerate();
    let aliases = speakers.alias_texts().enumerate();
    cue_forms
        .map(|(i, verb)| (verb.form.as_str(), Entry::Cue(i)))
        .chain(aliases.map(|(i, alias)| (alias, Entry::Alias(i))))
}

impl DictIndex {
    pub fn new(cues: &CueDict, speakers: &SpeakerDict) -> DictIndex {
        let mut texts = Vec::new();
        let mut candidates = Vec::new();
        let mut hashes = Vec::new();
        for (pattern, entry) in entries(cues, speakers) {
            if pattern.is_empty() {
                continue;
            }
            let (run, hash) = leading_run(pattern.as_bytes());
            candidates.push(Candidate {
                start: texts.len(),
                len: pattern.len(),
                run,
                entry,
            });
            hashes.push(hash);
            texts.extend(pattern.bytes().map(|b| b.to_ascii_lowercase()));
        }
        let bits = (candidates.len() * 2)
            .max(2)
            .next_power_of_two()
            .trailing_zeros();
        let shift = 64 - bits;
        let bucket = |hash: u64| (hash >> shift) as usize;
        // Bucket by bucket, in the order of their lowercase texts, then in
        // dictionary order. The entries that start some text are then met
        // shortest first, as a walk over the text would meet them: each is a
        // prefix of the next.
        let mut order: Vec<usize> = (0..candidates.len()).collect();
        let text_of = |c: &Candidate| &texts[c.start..c.start + c.len];
        order.sort_by(|&a, &b| {
            (bucket(hashes[a]), text_of(&candidates[a]), a).cmp(&(
                bucket(hashes[b]),
                text_of(&candidates[b]),
                b,
            ))
        });
        let mut buckets = vec![0; (1 << bits) + 1];
        for &c in &order {
            buckets[bucket(hashes[c]) + 1] += 1;
        }
        for b in 1..buckets.len() {
            buckets[b] += buckets[b - 1];
        }
        let candidates: Box<[Candidate]> = order.iter().map(|&c| candidates[c].clone()).collect();

        let mut prefixes = Box::new([0u64; PREFIX_WORDS]);
        let mut prefixes4 = Box::new([0u64; PREFIX_WORDS]);
        for c in candidates.iter() {
            // The texts are in lowercase already.
            let pattern = &texts[c.start..c.start + c.len];
            if let [a, b, c, d, ..] = *pattern {
                let bit = bit_of(u32::from_le_bytes([a, b, c, d]));
                prefixes4[bit / 64] |= 1 << (bit % 64);
            }
            let mut set = |bit: usize| prefixes[bit / 64] |= 1 << (bit % 64);
            match *pattern {
                [a, b, c, ..] => set(prefix_bit(a, b, c)),
                // A shorter entry ("UN") may be followed by any byte, or by none.
                [a, b] => (0..=255).for_each(|c| set(prefix_bit(a, b, c))),
                [a] => (0..=255).for_each(|b| {
                    (0..=255).for_each(|c| set(prefix_bit(a, b, c)));
                }),
                [] => {}
            }
        }
        DictIndex {
            texts,
            candidates,
            buckets: buckets.into_boxed_slice(),
            shift,
            prefixes,
            prefixes4,
        }
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
    /// `limit`, in any ASCII case, but not inside the run of letters and digits
    /// that starts there (no word token ends so): shortest first, and entries of
    /// one length in dictionary order. Worth calling only where
    /// [`DictIndex::may_start`] holds.
    #[inline]
    pub fn matches_at(
        &self,
        haystack: &[u8],
        start: usize,
        limit: usize,
        mut each: impl FnMut(Entry, usize),
    ) {
        let rest = &haystack[start..limit];
        let (run, hash) = leading_run(rest);
        let b = (hash >> self.shift) as usize;
        let bucket = &self.candidates[self.buckets[b]..self.buckets[b + 1]];
        if bucket.len() <= LINEAR_BUCKET {
            for c in bucket {
                if c.run == run && c.len <= rest.len() && eq_lowercase(&rest[..c.len], self.text(c))
                {
                    each(c.entry, start + c.len);
                }
            }
        } else {
            self.search(bucket, rest, rest.len(), &mut |c: &Candidate| {
                if c.run == run {
                    each(c.entry, start + c.len);
                }
            });
        }
    }

    fn text(&self, c: &Candidate) -> &[u8] {
        &self.texts[c.start..c.start + c.len]
    }

    /// Call `each` with the candidates of `bucket` that start `rest[..n]`,
    /// shortest first, by binary search: the longest is the greatest candidate not
    /// after the text in their order, or one not after the text's common prefix
    /// with it.
    fn search(
        &self,
        bucket: &[Candidate],
        rest: &[u8],
        mut n: usize,
        each: &mut impl FnMut(&Candidate),
    ) {
        loop {
            let text = &rest[..n];
            let after = bucket.partition_point(|c| cmp_lowercase(self.text(c), text).is_le());
            let Some(c) = after.checked_sub(1).map(|i| &bucket[i]) else {
                return;
            };
            let common = common_lowercase_prefix(self.text(c), text);
            if common < c.len {
                // No candidate longer than the common prefix starts the text.
                n = common;
                continue;
            }
            // Shorter candidates first, then this one and those of the same text.
            let first = bucket[..after]
                .iter()
                .rposition(|d| self.text(d) != self.text(c))
                .map_or(0, |i| i + 1);
            self.search(&bucket[..first], rest, c.len - 1, each);
            bucket[first..after].iter().for_each(&mut *each);
            return;
        }
    }
}

/// Buckets of up to this many candidates are compared one by one; larger ones,
/// which a dictionary with thousands of aliases starting with one word gives, are
/// searched.
const LINEAR_BUCKET: usize = 16;

/// `lowercase` against `text` in ASCII lowercase, in byte order.
fn cmp_lowercase(lowercase: &[u8], text: &[u8]) -> std::cmp::Ordering {
    lowercase
        .iter()
        .copied()
        .cmp(text.iter().map(u8::to_ascii_lowercase))
}

/// How many leading bytes `lowercase` and `text` in ASCII lowercase share.
fn common_lowercase_prefix(lowercase: &[u8], text: &[u8]) -> usize {
    lowercase
        .iter()
        .zip(text)
        .take_while(|(l, t)| **l == t.to_ascii_lowercase())
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every (start, entry, end) the index finds at every byte of `text` that may
    /// start one.
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

    /// The same by comparing every entry at every byte.
    fn naive_matches(
        cues: &CueDict,
        speakers: &SpeakerDict,
        text: &str,
    ) -> Vec<(usize, Entry, usize)> {
        let entries: Vec<(&str, Entry)> = entries(cues, speakers).collect();
        let bytes = text.as_bytes();
        let mut found = Vec::new();
        for start in 0..bytes.len() {
            let run = bytes[start..]
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric())
                .count();
            let mut here: Vec<(usize, usize, Entry)> = entries
                .iter()
                .enumerate()
                .filter(|(_, (p, _))| {
                    // Not ending inside the run of letters and digits there: no
                    // word token ends so.
                    p.len() >= run.max(1)
                        && bytes.len() - start >= p.len()
                        && bytes[start..start + p.len()].eq_ignore_ascii_case(p.as_bytes())
                })
                .map(|(n, (p, e))| (p.len(), n, *e))
                .collect();
            here.sort_by_key(|&(len, n, _)| (len, n));
            found.extend(here.into_iter().map(|(len, _, e)| (start, e, start + len)));
        }
        found
    }

    #[test]
    fn finds_what_comparing_every_entry_finds() {
        let (cues, speakers) = (CueDict::builtin(), SpeakerDict::builtin());
        let index = DictIndex::new(&cues, &speakers);
        for text in [
            "French President Emmanuel Macron said on Monday, according to \
             Kremlin spokesperson Dmitry Peskov, who told reporters the UN's \
             envoy had ADDED that Putin's aides warned of Ukrainian FOREIGN MINISTER \
             Dmytro Kuleba.",
            "UNx U.S. officials said-so; Kremlin spokespersons SAIDx Zelensky’s aide, \
             Élysée officials: according to them, Macron2 told",
        ] {
            let found = all_matches(&index, text);
            assert!(found.len() >= 7, "{found:?}");
            assert_eq!(found, naive_matches(&cues, &speakers, text), "{text}");
        }
    }

    #[test]
    fn same_length_entries_come_in_dictionary_order() {
        let csv = "speaker_id,name,alias,role,gender,kind\n\
                   a,UN,Un,,,organisation\n\
                   b,Un envoy,Un envoy,,,person\n\
                   c,UN,UN,,,organisation\n";
        let speakers = SpeakerDict::from_sources(&[("test.csv", csv.as_bytes())]).unwrap();
        let cues = CueDict::builtin();
        let index = DictIndex::new(&cues, &speakers);
        let text = "UN envoy said";
        let mut got = Vec::new();
        index.matches_at(text.as_bytes(), 0, text.len(), |entry, end| {
            if let Entry::Alias(a) = entry {
                got.push((speakers.alias_texts().nth(a).unwrap().to_string(), end));
            }
        });
        let want: Vec<(String, usize)> = speakers
            .alias_texts()
            .filter(|a| a.len() == 2)
            .map(|a| (a.to_string(), 2))
            .chain([("Un envoy".to_string(), 8)])
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn thousands_of_aliases_starting_with_one_word_are_searched() {
        // Far more than LINEAR_BUCKET aliases share their first word: the bucket
        // is searched, and finds what comparing every entry finds.
        let mut csv = String::from("speaker_id,name,alias,role,gender,kind\n");
        for i in 0..3000 {
            csv.push_str(&format!("john-{i},John Q{i:04},John Q{i:04},,,person\n"));
        }
        for (id, alias) in [
            ("john", "John"),
            ("john-smith", "John Smith"),
            ("john-smith-jr", "John Smith Jr"),
            ("jon", "JOHN SMITH"),
            ("johnny", "Johnny"),
        ] {
            csv.push_str(&format!("{id},{alias},{alias},,,person\n"));
        }
        let speakers = SpeakerDict::from_sources(&[("many.csv", csv.as_bytes())]).unwrap();
        let cues = CueDict::builtin();
        let index = DictIndex::new(&cues, &speakers);
        let text = "John Smith Jr said John Q0042 and john q2999's aide, Johnny, \
                    John Smithson, John Q30 and JOHN told John";
        let found = all_matches(&index, text);
        assert!(found.len() >= 10, "{found:?}");
        assert_eq!(found, naive_matches(&cues, &speakers, text));
    }
}
