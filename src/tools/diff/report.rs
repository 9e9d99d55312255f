//! The change list as users read it: rows for `--format csv|jsonl`, and the
//! text report with its optional colours.

use serde::Serialize;

use std::fmt::Write as _;

use crate::tools::diff::{same_text, word_diff, word_diff_with, Change, Paired};
use crate::Attribution;

/// The columns of `whosaid diff --format csv|jsonl`.
pub const COLUMNS: &[&str] = &[
    "old_doc",
    "new_doc",
    "change",
    "speaker_old",
    "speaker_new",
    "text_old",
    "text_new",
    "old_start",
    "old_end",
    "new_start",
    "new_end",
];

/// One row of `whosaid diff --format csv|jsonl`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DiffRecord {
    /// The old version's document name.
    pub old_doc: String,
    /// The new version's document name.
    pub new_doc: String,
    /// What changed.
    pub change: Change,
    /// The speaker in the old version; empty when added or not found.
    pub speaker_old: String,
    /// The speaker in the new version; empty when removed or not found.
    pub speaker_new: String,
    /// The words in the old version; empty when added.
    pub text_old: String,
    /// The words in the new version; empty when removed.
    pub text_new: String,
    /// Character offsets of the old words, when there are any.
    pub old_start: Option<usize>,
    /// End of the old words, in characters, exclusive.
    pub old_end: Option<usize>,
    /// Character offsets of the new words, when there are any.
    pub new_start: Option<usize>,
    /// End of the new words, in characters, exclusive.
    pub new_end: Option<usize>,
}

/// The records of a diff, `unchanged` ones only when `all`.
pub fn records(
    old_doc: &str,
    new_doc: &str,
    old: &[Attribution],
    new: &[Attribution],
    paired: &[Paired],
    all: bool,
) -> Vec<DiffRecord> {
    paired
        .iter()
        .filter(|p| all || p.change != Change::Unchanged)
        .map(|p| {
            let o = p.old.map(|i| &old[i]);
            let n = p.new.map(|j| &new[j]);
            DiffRecord {
                old_doc: old_doc.to_string(),
                new_doc: new_doc.to_string(),
                change: p.change,
                speaker_old: o.map_or(String::new(), |a| a.speaker.to_string()),
                speaker_new: n.map_or(String::new(), |a| a.speaker.to_string()),
                text_old: o.map_or(String::new(), |a| a.text.clone()),
                text_new: n.map_or(String::new(), |a| a.text.clone()),
                old_start: o.map(|a| a.start),
                old_end: o.map(|a| a.end),
                new_start: n.map(|a| a.start),
                new_end: n.map(|a| a.end),
            }
        })
        .collect()
}

/// Colours of a rendered report, or none.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Style {
    /// Colour the report with ANSI escapes (for a terminal).
    pub color: bool,
}

impl Style {
    fn paint(&self, code: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
}

fn label(a: &Attribution) -> String {
    let speaker = if a.speaker.is_empty() {
        "(no speaker)"
    } else {
        a.speaker.as_str()
    };
    let cue = if a.cue.is_empty() {
        "-"
    } else {
        a.cue.as_str()
    };
    format!("{speaker} [{}, {cue}]", a.kind.as_str())
}

/// Render a readable report of one diff, grouped by change.
pub fn render(
    old_doc: &str,
    new_doc: &str,
    old: &[Attribution],
    new: &[Attribution],
    paired: &[Paired],
    all: bool,
    style: Style,
) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "{}", style.paint("1", &format!("--- {old_doc}")));
    let _ = writeln!(s, "{}", style.paint("1", &format!("+++ {new_doc}")));
    let mut counts: Vec<(Change, usize)> = Vec::new();
    for change in Change::ALL {
        let group: Vec<&Paired> = paired.iter().filter(|p| p.change == change).collect();
        counts.push((change, group.len()));
        if group.is_empty() || (change == Change::Unchanged && !all) {
            continue;
        }
        let _ = writeln!(
            s,
            "\n{} ({})",
            style.paint("1", change.as_str()),
            group.len()
        );
        for p in group {
            let o = p.old.map(|i| &old[i]);
            let n = p.new.map(|j| &new[j]);
            match (o, n) {
                (None, Some(n)) => {
                    let _ = writeln!(s, "  {}", label(n));
                    let _ = writeln!(s, "    {}", style.paint("32", &format!("+ {}", n.text)));
                }
                (Some(o), None) => {
                    let _ = writeln!(s, "  {}", label(o));
                    let _ = writeln!(s, "    {}", style.paint("31", &format!("- {}", o.text)));
                }
                (Some(o), Some(n)) => match p.change {
                    Change::Reworded => {
                        let _ = writeln!(s, "  {}", label(n));
                        let diff = if style.color {
                            word_diff_with(
                                &o.text,
                                &n.text,
                                ("\x1b[31m[-", "-]\x1b[0m"),
                                ("\x1b[32m[+", "+]\x1b[0m"),
                            )
                        } else {
                            word_diff(&o.text, &n.text)
                        };
                        let _ = writeln!(s, "    {diff}");
                    }
                    Change::Reattributed => {
                        let _ = writeln!(
                            s,
                            "  {} -> {}",
                            style.paint("31", &label(o)),
                            style.paint("32", &label(n))
                        );
                        if same_text(&o.text, &n.text) {
                            let _ = writeln!(s, "    {}", n.text);
                        } else {
                            let _ = writeln!(s, "    {}", word_diff(&o.text, &n.text));
                        }
                    }
                    Change::Recued => {
                        let _ = writeln!(s, "  {} -> {}", label(o), label(n));
                        let _ = writeln!(s, "    {}", n.text);
                    }
                    _ => {
                        let _ = writeln!(s, "  {}", label(n));
                        let _ = writeln!(s, "    {}", n.text);
                    }
                },
                (None, None) => {}
            }
        }
    }
    let summary: Vec<String> = counts
        .iter()
        .filter(|(c, _)| *c != Change::Unchanged)
        .map(|(c, n)| format!("{n} {}", c.as_str()))
        .collect();
    let unchanged = counts
        .iter()
        .find(|(c, _)| *c == Change::Unchanged)
        .map_or(0, |c| c.1);
    let _ = writeln!(s, "\n{} ({unchanged} unchanged)", summary.join(", "));
    s
}
