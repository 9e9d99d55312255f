//! What changed in the attributions between two versions of an article.
//!
//! Each attribution of one version is paired with at most one of the other by its
//! words: a similarity of word bags that tolerates small edits and ignores where
//! in the article the words stand, so that moving a paragraph is not a change.
//! Pairs are made best first; the same speaker breaks near ties, so two similar
//! quotes by different speakers are not crossed. Every pair or leftover is one
//! [`Change`]; reworded pairs carry a word-level diff made with `similar`.
//!
//! [`pair`] gives the changes as indexes into the two lists of attributions;
//! [`records`] turns them into rows (`whosaid diff --format csv|jsonl|json`, with
//! character offsets of each version) and [`render`] into the text report. None
//! of them fails.
//!
//! ```
//! use whosaid::tools::diff::{self, Change, Style};
//! use whosaid::Extractor;
//!
//! let extractor = Extractor::builtin();
//! let old = extractor.extract("\"We will not cross our red lines,\" Kuleba said.");
//! let new = extractor.extract("\"We will never cross our red lines,\" Kuleba said. Putin said talks would go on.");
//! let (old, new) = (&old.attributions, &new.attributions);
//! let changes = diff::pair(old, new);
//! assert!(diff::changed(&changes));
//! let kinds: Vec<Change> = changes.iter().map(|p| p.change).collect();
//! assert_eq!(kinds, [Change::Reworded, Change::Added]);
//! // The old and new attribution of the reworded pair, by index.
//! assert_eq!((changes[0].old, changes[0].new), (Some(0), Some(0)));
//! assert_eq!(diff::word_diff(&old[0].text, &new[0].text), "We will [-not-] [+never+] cross our red lines,");
//!
//! let rows = diff::records("v1.txt", "v2.txt", old, new, &changes, false);
//! assert_eq!((rows[1].speaker_new.as_str(), rows[1].new_start), ("Vladimir Putin", Some(61)));
//! let report = diff::render("v1.txt", "v2.txt", old, new, &changes, false, Style { color: false });
//! assert!(report.starts_with("--- v1.txt\n+++ v2.txt\n"));
//! ```

mod report;

pub use report::{records, render, DiffRecord, Style, COLUMNS};

use serde::Serialize;
use similar::{ChangeTag, TextDiff};

use crate::tools::html::escape;
use crate::Attribution;

/// The kind of change an attribution went through.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Change {
    /// Only in the new version.
    Added,
    /// Only in the old version.
    Removed,
    /// Same speaker, words changed.
    Reworded,
    /// Same words (or nearly), another speaker, or the speaker lost or found.
    Reattributed,
    /// Same words and speaker, another reporting verb or kind.
    Recued,
    /// Nothing changed.
    Unchanged,
}

impl Change {
    /// The change's name in the output: `added`, `removed`, `reworded`, `reattributed`, `recued`, `unchanged`.
    pub fn as_str(self) -> &'static str {
        match self {
            Change::Added => "added",
            Change::Removed => "removed",
            Change::Reworded => "reworded",
            Change::Reattributed => "reattributed",
            Change::Recued => "recued",
            Change::Unchanged => "unchanged",
        }
    }

    /// The order in which a report lists changes.
    pub const ALL: [Change; 6] = [
        Change::Reworded,
        Change::Reattributed,
        Change::Recued,
        Change::Added,
        Change::Removed,
        Change::Unchanged,
    ];
}

/// One change: indexes into the old and new attribution lists.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paired {
    /// What changed.
    pub change: Change,
    /// The attribution of the old version (its index), if any.
    pub old: Option<usize>,
    /// The attribution of the new version (its index), if any.
    pub new: Option<usize>,
}

/// How alike two texts must be (Dice similarity of their distinct words, 0 to 1)
/// to be the same attribution, and how alike when the speakers differ.
const MIN_SIMILARITY: f64 = 0.5;
const MIN_SIMILARITY_REATTRIBUTED: f64 = 0.7;

/// A text's distinct words as sorted hashes of their lowercase forms, with no
/// allocation per word.
fn bag(text: &str) -> Vec<u64> {
    const SEED: u64 = 0xcbf2_9ce4_8422_2325;
    let mut out = Vec::new();
    let mut h = SEED;
    let mut in_word = false;
    // FNV-1a over the lowercase characters of each word.
    let add = |h: &mut u64, c: u64| {
        *h ^= c;
        *h = h.wrapping_mul(0x0100_0000_01b3);
    };
    for c in text.chars() {
        let alnum = if c.is_ascii() {
            c.is_ascii_alphanumeric()
        } else {
            c.is_alphanumeric()
        };
        if alnum {
            if c.is_ascii() {
                add(&mut h, c.to_ascii_lowercase() as u64);
            } else {
                for l in c.to_lowercase() {
                    add(&mut h, l as u64);
                }
            }
            in_word = true;
        } else if in_word {
            out.push(h);
            h = SEED;
            in_word = false;
        }
    }
    if in_word {
        out.push(h);
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Whether two attributions have the same speaker (both unknown counts as same).
pub fn same_speaker(a: &Attribution, b: &Attribution) -> bool {
    if !a.speaker_id.is_empty() || !b.speaker_id.is_empty() {
        return a.speaker_id == b.speaker_id;
    }
    a.speaker.to_lowercase() == b.speaker.to_lowercase()
}

/// Whether two texts are the same words with the same spacing, ignoring how
/// much white space separates them.
pub(super) fn same_text(a: &str, b: &str) -> bool {
    a.split_whitespace().eq(b.split_whitespace())
}

/// Pair the attributions of two versions and classify every pair and leftover.
/// The result lists changes in the new version's order, removed ones after.
pub fn pair(old: &[Attribution], new: &[Attribution]) -> Vec<Paired> {
    let old_bags: Vec<Vec<u64>> = old.iter().map(|a| bag(&a.text)).collect();
    let new_bags: Vec<Vec<u64>> = new.iter().map(|a| bag(&a.text)).collect();
    // Shared distinct words of every pair, through an index of the new side's
    // words, so that pairs with no word in common cost nothing.
    let mut index: std::collections::HashMap<u64, Vec<u32>> = std::collections::HashMap::new();
    for (j, b) in new_bags.iter().enumerate() {
        for &w in b {
            index.entry(w).or_default().push(j as u32);
        }
    }
    let mut shared = vec![0u32; new.len()];
    let mut candidates = Vec::new();
    for (i, a) in old.iter().enumerate() {
        shared.iter_mut().for_each(|s| *s = 0);
        for w in &old_bags[i] {
            for &j in index.get(w).map_or(&[][..], Vec::as_slice) {
                shared[j as usize] += 1;
            }
        }
        for (j, b) in new.iter().enumerate() {
            let total = old_bags[i].len() + new_bags[j].len();
            let mut score = if total == 0 {
                1.0
            } else {
                2.0 * shared[j] as f64 / total as f64
            };
            let same = same_speaker(a, b);
            // Another speaker needs nearly the same words to be the same attribution.
            if score < MIN_SIMILARITY || (!same && score < MIN_SIMILARITY_REATTRIBUTED) {
                continue;
            }
            if same {
                score += 0.25;
            }
            if a.kind == b.kind {
                score += 0.05;
            }
            candidates.push((score, i, j));
        }
    }
    candidates.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    let mut old_pair = vec![None; old.len()];
    let mut new_pair = vec![None; new.len()];
    for (_, i, j) in candidates {
        if old_pair[i].is_none() && new_pair[j].is_none() {
            old_pair[i] = Some(j);
            new_pair[j] = Some(i);
        }
    }
    let mut out = Vec::new();
    for (j, b) in new.iter().enumerate() {
        match new_pair[j] {
            None => out.push(Paired {
                change: Change::Added,
                old: None,
                new: Some(j),
            }),
            Some(i) => out.push(Paired {
                change: classify(&old[i], b),
                old: Some(i),
                new: Some(j),
            }),
        }
    }
    for (i, pair) in old_pair.iter().enumerate() {
        if pair.is_none() {
            out.push(Paired {
                change: Change::Removed,
                old: Some(i),
                new: None,
            });
        }
    }
    out
}

fn classify(a: &Attribution, b: &Attribution) -> Change {
    let same_words = same_text(&a.text, &b.text);
    if !same_speaker(a, b) {
        Change::Reattributed
    } else if !same_words {
        Change::Reworded
    } else if a.cue_lemma != b.cue_lemma || a.kind != b.kind {
        Change::Recued
    } else {
        Change::Unchanged
    }
}

/// A word-level diff: `force us [+to+] cross them`, `[-old-]` for removed words.
pub fn word_diff(old: &str, new: &str) -> String {
    word_diff_with(old, new, ("[-", "-]"), ("[+", "+]"))
}

/// The same word-level diff as HTML, escaped, with `<del>` and `<ins>`.
pub fn word_diff_html(old: &str, new: &str) -> String {
    let (old, new) = (escape(old), escape(new));
    word_diff_with(&old, &new, ("<del>", "</del>"), ("<ins>", "</ins>"))
}

pub(super) fn word_diff_with(old: &str, new: &str, del: (&str, &str), ins: (&str, &str)) -> String {
    fn flush(
        out: &mut String,
        d: &mut String,
        i: &mut String,
        del: (&str, &str),
        ins: (&str, &str),
    ) {
        if d.is_empty() && i.is_empty() {
            return;
        }
        let trailing = d.ends_with(char::is_whitespace) || i.ends_with(char::is_whitespace);
        let leading = d.starts_with(char::is_whitespace) || i.starts_with(char::is_whitespace);
        if leading && !out.is_empty() && !out.ends_with(char::is_whitespace) {
            out.push(' ');
        }
        let mut parts = Vec::new();
        if !d.trim().is_empty() {
            parts.push(format!("{}{}{}", del.0, d.trim(), del.1));
        }
        if !i.trim().is_empty() {
            parts.push(format!("{}{}{}", ins.0, i.trim(), ins.1));
        }
        out.push_str(&parts.join(" "));
        if trailing && !out.ends_with(' ') {
            out.push(' ');
        }
        d.clear();
        i.clear();
    }
    let diff = TextDiff::from_words(old, new);
    let mut out = String::new();
    let (mut d, mut i) = (String::new(), String::new());
    for change in diff.iter_all_changes() {
        match change.tag() {
            ChangeTag::Equal => {
                flush(&mut out, &mut d, &mut i, del, ins);
                let value = change.value();
                if out.ends_with(' ') && value.starts_with(' ') {
                    out.push_str(&value[1..]);
                } else {
                    out.push_str(value);
                }
            }
            ChangeTag::Delete => d.push_str(change.value()),
            ChangeTag::Insert => i.push_str(change.value()),
        }
    }
    flush(&mut out, &mut d, &mut i, del, ins);
    out.trim_end().to_string()
}

/// Whether a diff found any change.
pub fn changed(paired: &[Paired]) -> bool {
    paired.iter().any(|p| p.change != Change::Unchanged)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Kind, Method, Span};

    fn attr(text: &str, speaker: &str, kind: Kind, cue: &str) -> Attribution {
        Attribution {
            index: 0,
            kind,
            text: text.into(),
            speaker: speaker.into(),
            speaker_id: Default::default(),
            mention: speaker.into(),
            method: Method::Explicit,
            cue: cue.into(),
            cue_lemma: cue.into(),
            cue_type: None,
            addressee: Default::default(),
            start: 0,
            end: text.chars().count(),
            bytes: Span::new(0, text.len()),
            mention_bytes: None,
            cue_bytes: None,
            paragraph: 0,
            claim: None,
            lang: crate::Lang::En,
        }
    }

    fn changes(
        old: &[Attribution],
        new: &[Attribution],
    ) -> Vec<(Change, Option<usize>, Option<usize>)> {
        pair(old, new)
            .into_iter()
            .map(|p| (p.change, p.old, p.new))
            .collect()
    }

    #[test]
    fn word_diffs_mark_inserted_and_removed_words() {
        struct Case {
            old: &'static str,
            new: &'static str,
            want: &'static str,
        }
        for c in [
            Case {
                old: "no one will force us cross them.",
                new: "no one will force us to cross them.",
                want: "no one will force us [+to+] cross them.",
            },
            Case {
                old: "we will not look away",
                new: "we will look away",
                want: "we will [-not-] look away",
            },
            Case {
                old: "the deal is dead",
                new: "the deal is alive",
                want: "the deal is [-dead-] [+alive+]",
            },
        ] {
            assert_eq!(word_diff(c.old, c.new), c.want);
        }
    }

    #[test]
    fn a_quote_moved_to_another_paragraph_is_unchanged() {
        let a = attr(
            "We will rebuild every school in the region.",
            "Zelensky",
            Kind::Direct,
            "said",
        );
        let b = attr(
            "The talks were useful and we will meet again.",
            "Lavrov",
            Kind::Direct,
            "said",
        );
        let mut moved = a.clone();
        moved.paragraph = 7;
        moved.start = 500;
        assert_eq!(
            changes(&[a, b.clone()], &[b, moved]),
            [
                (Change::Unchanged, Some(1), Some(0)),
                (Change::Unchanged, Some(0), Some(1))
            ]
        );
    }

    #[test]
    fn a_swapped_speaker_is_reattributed_and_a_lost_one_too() {
        let old = attr(
            "The ceasefire will hold until Sunday.",
            "Peskov",
            Kind::Direct,
            "said",
        );
        let new = attr(
            "The ceasefire will hold until Sunday.",
            "Lavrov",
            Kind::Direct,
            "said",
        );
        assert_eq!(
            changes(std::slice::from_ref(&old), &[new]),
            [(Change::Reattributed, Some(0), Some(0))]
        );
        let lost = attr(
            "The ceasefire will hold until Sunday.",
            "",
            Kind::Direct,
            "",
        );
        assert_eq!(
            changes(&[old], &[lost]),
            [(Change::Reattributed, Some(0), Some(0))]
        );
    }

    #[test]
    fn similar_quotes_by_different_speakers_are_not_crossed() {
        let a1 = attr(
            "We are ready to negotiate without conditions.",
            "Lavrov",
            Kind::Direct,
            "said",
        );
        let b1 = attr(
            "We are ready to negotiate without preconditions.",
            "Kuleba",
            Kind::Direct,
            "said",
        );
        let a2 = attr(
            "We are ready to negotiate without any conditions.",
            "Lavrov",
            Kind::Direct,
            "said",
        );
        let b2 = attr(
            "We are ready to negotiate without preconditions.",
            "Kuleba",
            Kind::Direct,
            "said",
        );
        // New order swapped: pairing follows the speakers, not the positions.
        let got = changes(&[a1, b1], &[b2, a2]);
        assert_eq!(
            got,
            [
                (Change::Unchanged, Some(1), Some(0)),
                (Change::Reworded, Some(0), Some(1))
            ]
        );
    }

    #[test]
    fn recued_added_and_removed() {
        let said = attr(
            "Russia has deployed more troops near the border",
            "U.S. officials",
            Kind::Indirect,
            "say",
        );
        let warned = attr(
            "Russia has deployed more troops near the border",
            "U.S. officials",
            Kind::Indirect,
            "warn",
        );
        let other = attr(
            "Completely different words about pipelines",
            "Biden",
            Kind::Partial,
            "vow",
        );
        let got = changes(&[said, other], &[warned]);
        assert_eq!(
            got,
            [
                (Change::Recued, Some(0), Some(0)),
                (Change::Removed, Some(1), None)
            ]
        );
        assert!(changed(&pair(
            &[],
            &[attr("New words here", "X", Kind::Direct, "said")]
        )));
        assert!(!changed(&pair(&[], &[])));
    }
}
