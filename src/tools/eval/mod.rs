//! `whosaid eval`: precision, recall and F1 against hand-made gold attributions.
//!
//! Matching rule: a prediction matches a gold row of the same task (quotes are
//! direct and partial rows, claims are indirect rows) in the same document when
//! the prediction's span holds at least 60% of the gold's words and the gold's
//! span holds at least 30% of the prediction's. Pairs are made one to one, best
//! overlap first. The speaker is right when the gold name's last word is among the
//! words of the predicted speaker or mention; the cue is right when one cue's words
//! hold the other's. Gold rows marked `optional` count neither way.
//!
//! Mixed attributions: a claim whose content holds quoted words is one attribution
//! seen two ways, the claim row and its quote rows (linked by `claim`). Gold may
//! record either view, so a view left unmatched is not counted as a false positive
//! when another view of the same attribution matched (`Options::separate_views`
//! turns this off).
//!
//! Gold rows are read from JSON Lines with [`load_gold`] (an [`ErrorKind::Gold`]
//! error names the file and line of a malformed row, an [`ErrorKind::Io`] one a
//! file that cannot be read); [`evaluate`] never fails, and [`render`] gives the
//! table `whosaid eval` prints.
//!
//! ```
//! use whosaid::io::output::Record;
//! use whosaid::tools::eval::{self, GoldRow, Options};
//! use whosaid::{Extractor, Kind};
//!
//! let text = "\"We will not cross our red lines,\" Kuleba said.";
//! let article = Extractor::builtin().extract(text);
//! let predicted: Vec<Record> =
//!     article.attributions.iter().map(|a| Record::new("a.txt", None, a)).collect();
//! // Offsets in characters, as in the output.
//! let gold = [GoldRow {
//!     doc: "a.txt".into(),
//!     kind: Kind::Direct,
//!     speaker: Some("Dmytro Kuleba".into()),
//!     cue: Some("said".into()),
//!     text: "We will not cross our red lines,".into(),
//!     start: 1,
//!     end: 33,
//!     optional: false,
//!     cue_type: None,
//! }];
//! let report = eval::evaluate(&gold, &predicted, &["a.txt".to_string()], Options::default());
//! let quotes = report.quotes();
//! assert_eq!((quotes.gold, quotes.predicted), (1, 1));
//! assert_eq!((quotes.f1(), quotes.attributed_f1()), (1.0, 1.0));
//! assert!(eval::render(&report).starts_with("task"));
//! ```

mod report;

pub use report::{render, render_problems};

use std::collections::HashMap;
use std::io::BufRead;
use std::path::Path;

use serde::Deserialize;

use crate::dict::{CueDict, CueType};
use crate::error::{Error, ErrorKind, Result};
use crate::io::output::Record;
use crate::Kind;

/// One gold attribution.
#[derive(Clone, Debug, Deserialize)]
pub struct GoldRow {
    /// The document, as in the output's `doc` column.
    pub doc: String,
    /// Direct quote, partial quote or claim.
    pub kind: Kind,
    /// The speaker's name as the gold writes it; none when the gold has no speaker.
    #[serde(default)]
    pub speaker: Option<String>,
    /// The cue as written, if any.
    #[serde(default)]
    pub cue: Option<String>,
    /// The quoted words or reported content.
    pub text: String,
    /// Start in the document, in characters.
    pub start: usize,
    /// End, in characters, exclusive.
    pub end: usize,
    /// An optional row counts neither as a miss nor as a match.
    #[serde(default)]
    pub optional: bool,
    /// The type of the gold's cue: given, or looked up with [`classify_gold`].
    #[serde(default)]
    pub cue_type: Option<CueType>,
}

/// Fill in the cue type of gold rows that have a cue and no type, from the cue
/// dictionary: the whole cue if it is a form of the dictionary ("according
/// to"), else its first word that is ("has argued", "says in a statement"). A
/// separable verb's form (`fügte … hinzu`) also types its verb alone (`fügte`).
pub fn classify_gold(gold: &mut [GoldRow], cues: &CueDict) {
    let mut types: HashMap<&str, CueType> = cues
        .verbs()
        .iter()
        .map(|v| (v.form.as_str(), v.cue_type))
        .collect();
    for v in cues.verbs() {
        if let Some((verb, _)) = v.form.split_once(" …") {
            types.entry(verb).or_insert(v.cue_type);
        }
    }
    for row in gold.iter_mut().filter(|r| r.cue_type.is_none()) {
        let Some(cue) = row.cue.as_deref() else {
            continue;
        };
        let cue = cue.to_lowercase();
        row.cue_type = types
            .get(cue.trim())
            .or_else(|| cue.split_whitespace().find_map(|w| types.get(w)))
            .copied();
    }
}

/// Read a gold JSON Lines file; a malformed line is an error naming file and line.
pub fn load_gold(path: &Path) -> Result<Vec<GoldRow>> {
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, &e))?;
    let mut rows = Vec::new();
    for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
        let line = line.map_err(|e| Error::io(path, &e).with_line(n as u64 + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        let row: GoldRow = serde_json::from_str(&line).map_err(|e| {
            Error::new(ErrorKind::Gold, e.to_string())
                .with_path(path)
                .with_line(n as u64 + 1)
        })?;
        rows.push(row);
    }
    Ok(rows)
}

/// Evaluation options.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    /// Count the claim and quote views of a mixed attribution separately.
    pub separate_views: bool,
}

/// Counts for one task and kind.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Non-optional gold rows.
    pub gold: usize,
    /// Predictions that count (not matched to optional gold, not an excused view).
    pub predicted: usize,
    /// Matched pairs.
    pub matched: usize,
    /// Matched pairs with the right speaker.
    pub speaker_right: usize,
    /// Matched pairs whose gold has a cue.
    pub with_cue: usize,
    /// ... and the right cue.
    pub cue_right: usize,
}

impl Counts {
    fn add(&mut self, o: &Counts) {
        self.gold += o.gold;
        self.predicted += o.predicted;
        self.matched += o.matched;
        self.speaker_right += o.speaker_right;
        self.with_cue += o.with_cue;
        self.cue_right += o.cue_right;
    }

    /// Matched over predicted.
    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.predicted)
    }
    /// Matched over gold.
    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.gold)
    }
    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }
    /// Precision of attributed predictions: matched with the right speaker.
    pub fn attributed_precision(&self) -> f64 {
        ratio(self.speaker_right, self.predicted)
    }
    /// Matched with the right speaker, over gold.
    pub fn attributed_recall(&self) -> f64 {
        ratio(self.speaker_right, self.gold)
    }
    /// Harmonic mean of the attributed precision and recall.
    pub fn attributed_f1(&self) -> f64 {
        f1(self.attributed_precision(), self.attributed_recall())
    }
    /// Right speakers over matched pairs.
    pub fn speaker_accuracy(&self) -> f64 {
        ratio(self.speaker_right, self.matched)
    }
    /// Right cues over matched pairs whose gold has a cue.
    pub fn cue_accuracy(&self) -> f64 {
        ratio(self.cue_right, self.with_cue)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// What went wrong for one row, for `-v`.
#[derive(Clone, Debug)]
pub enum Problem {
    /// A gold row no prediction matches.
    Missed(GoldRow),
    /// A prediction that matches no gold row.
    Spurious(Record),
    /// A match with the wrong speaker.
    WrongSpeaker(GoldRow, Record),
    /// A match with the wrong cue.
    WrongCue(GoldRow, Record),
}

/// The evaluation result.
#[derive(Clone, Debug, Default)]
pub struct Report {
    /// Per kind (direct, partial, indirect).
    pub by_kind: Vec<(Kind, Counts)>,
    /// Claims per cue type (speech, belief, evidence, then none), the gold's
    /// type for gold rows and their matches, the prediction's for the rest.
    pub by_cue_type: Vec<(Option<CueType>, Counts)>,
    /// What went wrong, for `-v`.
    pub problems: Vec<Problem>,
    /// Number of documents read.
    pub documents: usize,
}

impl Report {
    /// The counts of one kind.
    pub fn kind(&self, kind: Kind) -> Counts {
        self.by_kind
            .iter()
            .find(|(k, _)| *k == kind)
            .map(|(_, c)| *c)
            .unwrap_or_default()
    }

    /// Direct and partial together.
    pub fn quotes(&self) -> Counts {
        let mut c = self.kind(Kind::Direct);
        c.add(&self.kind(Kind::Partial));
        c
    }

    /// Claims (indirect) alone.
    pub fn claims(&self) -> Counts {
        self.kind(Kind::Indirect)
    }

    /// Quotes and claims together.
    pub fn all(&self) -> Counts {
        let mut c = self.quotes();
        c.add(&self.claims());
        c
    }
}

/// Words of `text` (which starts at char offset `start`) as char spans.
fn word_spans(text: &str, start: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut word_start = None;
    let mut i = start;
    for c in text.chars() {
        if c.is_alphanumeric() {
            word_start.get_or_insert(i);
        } else if let Some(s) = word_start.take() {
            out.push((s, i));
        }
        i += 1;
    }
    if let Some(s) = word_start {
        out.push((s, i));
    }
    out
}

fn inside(words: &[(usize, usize)], start: usize, end: usize) -> usize {
    words.iter().filter(|w| start <= w.0 && w.1 <= end).count()
}

fn lower_words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .map(|w| {
            w.trim_end_matches("'s")
                .trim_end_matches("’s")
                .trim_matches(|c| c == '\'' || c == '’')
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// The speaker rule: the gold name's last word is among the predicted speaker's
/// or mention's words.
pub fn speaker_matches(gold: &str, speaker: &str, mention: &str) -> bool {
    let Some(last) = lower_words(gold).pop() else {
        return false;
    };
    lower_words(speaker)
        .iter()
        .chain(lower_words(mention).iter())
        .any(|w| *w == last)
}

/// The cue rule: one cue's words hold the other's.
pub fn cue_matches(gold: &str, predicted: &str) -> bool {
    let g = lower_words(gold);
    let p = lower_words(predicted);
    if g.is_empty() || p.is_empty() {
        return false;
    }
    g.iter().all(|w| p.contains(w)) || p.iter().all(|w| g.contains(w))
}

/// Score `predicted` against `gold` over the documents in `docs` (gold rows of
/// other documents are ignored).
pub fn evaluate(
    gold: &[GoldRow],
    predicted: &[Record],
    docs: &[String],
    options: Options,
) -> Report {
    let mut by_kind: HashMap<Kind, Counts> = HashMap::new();
    let mut by_type: HashMap<Option<CueType>, Counts> = HashMap::new();
    let mut problems = Vec::new();
    for doc in docs {
        let g: Vec<&GoldRow> = gold.iter().filter(|r| &r.doc == doc).collect();
        let p: Vec<&Record> = predicted.iter().filter(|r| &r.doc == doc).collect();
        let g_words: Vec<_> = g.iter().map(|r| word_spans(&r.text, r.start)).collect();
        let p_words: Vec<_> = p.iter().map(|r| word_spans(&r.text, r.start)).collect();
        let mut pairs = Vec::new();
        for (gi, gr) in g.iter().enumerate() {
            for (pi, pr) in p.iter().enumerate() {
                if gr.kind.is_quote() != pr.kind.is_quote()
                    || pr.end <= gr.start
                    || gr.end <= pr.start
                {
                    continue;
                }
                let gw = g_words[gi].len().max(1);
                let pw = p_words[pi].len().max(1);
                let g_in = inside(&g_words[gi], pr.start, pr.end) as f64 / gw as f64;
                let p_in = inside(&p_words[pi], gr.start, gr.end) as f64 / pw as f64;
                if g_in >= 0.6 && p_in >= 0.3 {
                    pairs.push((g_in + p_in, gi, pi));
                }
            }
        }
        pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
        let mut g_match = vec![None; g.len()];
        let mut p_match = vec![None; p.len()];
        for (_, gi, pi) in pairs {
            if g_match[gi].is_none() && p_match[pi].is_none() {
                g_match[gi] = Some(pi);
                p_match[pi] = Some(gi);
            }
        }
        // Views of one mixed attribution: the claim and the quotes naming it.
        let group_of = |pi: usize| -> Option<usize> {
            let r = p[pi];
            match r.kind {
                Kind::Indirect => Some(r.index),
                _ => r.claim,
            }
        };
        let group_matched = |group: usize| {
            (0..p.len()).any(|pi| {
                group_of(pi) == Some(group) && p_match[pi].is_some_and(|gi| !g[gi].optional)
            })
        };
        for (gi, gr) in g.iter().enumerate() {
            if gr.optional {
                continue;
            }
            let mut d = Counts {
                gold: 1,
                ..Counts::default()
            };
            let c = &mut d;
            match g_match[gi] {
                Some(pi) => {
                    let pr = p[pi];
                    c.matched += 1;
                    let speaker_ok = speaker_matches(
                        gr.speaker.as_deref().unwrap_or(""),
                        &pr.speaker,
                        &pr.mention,
                    );
                    if speaker_ok {
                        c.speaker_right += 1;
                    } else {
                        problems.push(Problem::WrongSpeaker((*gr).clone(), pr.clone()));
                    }
                    if let Some(cue) = gr.cue.as_deref() {
                        c.with_cue += 1;
                        if cue_matches(cue, &pr.cue) {
                            c.cue_right += 1;
                        } else {
                            problems.push(Problem::WrongCue((*gr).clone(), pr.clone()));
                        }
                    }
                }
                None => problems.push(Problem::Missed((*gr).clone())),
            }
            by_kind.entry(gr.kind).or_default().add(&d);
            if gr.kind == Kind::Indirect {
                by_type.entry(gr.cue_type).or_default().add(&d);
            }
        }
        for (pi, pr) in p.iter().enumerate() {
            match p_match[pi] {
                Some(gi) if g[gi].optional => continue,
                Some(gi) => {
                    // Counted under the gold row's kind and cue type, like the
                    // match itself.
                    by_kind.entry(g[gi].kind).or_default().predicted += 1;
                    if g[gi].kind == Kind::Indirect {
                        by_type.entry(g[gi].cue_type).or_default().predicted += 1;
                    }
                }
                None => {
                    let excused = !options.separate_views
                        && group_of(pi).is_some_and(|grp| {
                            group_matched(grp)
                                && (0..p.len()).filter(|&x| group_of(x) == Some(grp)).count() > 1
                        });
                    if !excused {
                        by_kind.entry(pr.kind).or_default().predicted += 1;
                        if pr.kind == Kind::Indirect {
                            by_type.entry(pr.cue_type).or_default().predicted += 1;
                        }
                        problems.push(Problem::Spurious((*pr).clone()));
                    }
                }
            }
        }
    }
    let mut by_kind: Vec<(Kind, Counts)> = [Kind::Direct, Kind::Partial, Kind::Indirect]
        .into_iter()
        .map(|k| (k, by_kind.get(&k).copied().unwrap_or_default()))
        .collect();
    by_kind.sort_by_key(|(k, _)| *k);
    let mut by_cue_type: Vec<(Option<CueType>, Counts)> = by_type.into_iter().collect();
    by_cue_type.sort_by_key(|(t, _)| (t.is_none(), *t));
    Report {
        by_kind,
        by_cue_type,
        problems,
        documents: docs.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Method;

    fn gold(kind: Kind, text: &str, start: usize, speaker: &str, optional: bool) -> GoldRow {
        GoldRow {
            doc: "a".into(),
            kind,
            speaker: Some(speaker.into()),
            cue: Some("said".into()),
            text: text.into(),
            start,
            end: start + text.chars().count(),
            optional,
            cue_type: None,
        }
    }

    fn pred(
        index: usize,
        kind: Kind,
        text: &str,
        start: usize,
        speaker: &str,
        claim: Option<usize>,
    ) -> Record {
        Record {
            doc: "a".into(),
            date: String::new(),
            lang: crate::Lang::En,
            index,
            kind,
            text: text.into(),
            speaker: speaker.into(),
            speaker_id: Default::default(),
            mention: Default::default(),
            method: Method::Explicit,
            cue: "said".into(),
            cue_lemma: "say".into(),
            cue_type: Some(crate::dict::CueType::Speech),
            addressee: Default::default(),
            start,
            end: start + text.chars().count(),
            paragraph: 0,
            claim,
        }
    }

    #[test]
    fn gold_cues_are_typed_by_the_dictionary_and_claims_counted_by_type() {
        let cues = CueDict::builtin();
        let mut g = [
            gold(Kind::Indirect, "the talks would go on", 0, "X", false),
            gold(Kind::Indirect, "the plan would fail", 40, "Y", false),
            gold(Kind::Indirect, "nothing known here", 80, "Z", false),
        ];
        g[1].cue = Some("has long argued".into());
        g[2].cue = Some("gestured".into());
        classify_gold(&mut g, &cues);
        let types: Vec<_> = g.iter().map(|r| r.cue_type).collect();
        assert_eq!(types, [Some(CueType::Speech), Some(CueType::Speech), None]);
        g[1].cue_type = Some(CueType::Belief);
        let mut p = pred(0, Kind::Indirect, "the talks would go on", 0, "X", None);
        p.cue_type = Some(CueType::Speech);
        let report = evaluate(&g, &[p], &["a".into()], Options::default());
        let of = |t| {
            report
                .by_cue_type
                .iter()
                .find(|(x, _)| *x == t)
                .map(|(_, c)| (c.gold, c.matched))
        };
        assert_eq!(of(Some(CueType::Speech)), Some((1, 1)));
        assert_eq!(of(Some(CueType::Belief)), Some((1, 0)));
        assert_eq!(of(None), Some((1, 0)));
    }

    #[test]
    fn speaker_rule_uses_the_gold_name_last_word() {
        struct Case {
            gold: &'static str,
            speaker: &'static str,
            mention: &'static str,
            want: bool,
        }
        let cases = [
            Case {
                gold: "Vladimir Putin",
                speaker: "Vladimir Putin",
                mention: "he",
                want: true,
            },
            Case {
                gold: "Putin",
                speaker: "",
                mention: "Mr. Putin's",
                want: true,
            },
            Case {
                gold: "he",
                speaker: "Vladimir Putin",
                mention: "he",
                want: true,
            },
            Case {
                gold: "Kremlin",
                speaker: "Dmitry Peskov",
                mention: "Peskov",
                want: false,
            },
            Case {
                gold: "French president's office",
                speaker: "French president's office",
                mention: "",
                want: true,
            },
        ];
        for c in cases {
            assert_eq!(
                speaker_matches(c.gold, c.speaker, c.mention),
                c.want,
                "{} vs {}",
                c.gold,
                c.speaker
            );
        }
    }

    #[test]
    fn matching_needs_60_percent_of_gold_and_30_percent_of_prediction() {
        let g = [gold(
            Kind::Indirect,
            "one two three four five",
            10,
            "X",
            false,
        )];
        // All five gold words inside a prediction of 15 words: 5/15 = 33% ≥ 30%.
        let long = "one two three four five a b c d e f g h i j";
        let report = evaluate(
            &g,
            &[pred(0, Kind::Indirect, long, 10, "X", None)],
            &["a".into()],
            Options::default(),
        );
        assert_eq!(report.claims().matched, 1);
        // 5 of 20 words: 25% < 30%.
        let longer = "one two three four five a b c d e f g h i j k l m n o";
        let report = evaluate(
            &g,
            &[pred(0, Kind::Indirect, longer, 10, "X", None)],
            &["a".into()],
            Options::default(),
        );
        assert_eq!(report.claims().matched, 0);
        // Only the first two gold words: 40% < 60%.
        let report = evaluate(
            &g,
            &[pred(0, Kind::Indirect, "one two", 10, "X", None)],
            &["a".into()],
            Options::default(),
        );
        assert_eq!(report.claims().matched, 0);
        // Quotes and claims are separate tasks.
        let report = evaluate(
            &g,
            &[pred(
                0,
                Kind::Direct,
                "one two three four five",
                10,
                "X",
                None,
            )],
            &["a".into()],
            Options::default(),
        );
        assert_eq!((report.claims().matched, report.quotes().predicted), (0, 1));
    }

    #[test]
    fn optional_gold_counts_neither_way() {
        let g = [gold(Kind::Direct, "maybe speech", 0, "X", true)];
        let report = evaluate(
            &g,
            &[pred(0, Kind::Direct, "maybe speech", 0, "X", None)],
            &["a".into()],
            Options::default(),
        );
        assert_eq!(report.quotes(), Counts::default());
    }

    #[test]
    fn a_mixed_attribution_counts_once_unless_views_are_separate() {
        // Gold has only the partial quote; the prediction has the claim holding it.
        let g = [gold(Kind::Partial, "do everything", 30, "Putin", false)];
        let p = [
            pred(
                0,
                Kind::Indirect,
                "Moscow would \"do everything\" for peace",
                16,
                "Putin",
                None,
            ),
            pred(1, Kind::Partial, "do everything", 30, "Putin", Some(0)),
        ];
        let docs = ["a".to_string()];
        let once = evaluate(&g, &p, &docs, Options::default());
        assert_eq!((once.quotes().matched, once.claims().predicted), (1, 0));
        let separate = evaluate(
            &g,
            &p,
            &docs,
            Options {
                separate_views: true,
            },
        );
        assert_eq!(
            (separate.quotes().matched, separate.claims().predicted),
            (1, 1)
        );
    }
}
