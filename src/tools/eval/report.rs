//! A scored [`Report`] as the plain text `whosaid eval` prints.

use crate::dict::CueType;
use crate::tools::eval::{Counts, Problem, Report};
use crate::Kind;

/// Render a report as a plain-text table.
pub fn render(report: &Report) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{:<8} {:<9} {:>5} {:>5} {:>6} {:>6} {:>6} {:>7} {:>7} {:>7} {:>7} {:>7}",
        "task",
        "kind",
        "gold",
        "pred",
        "P",
        "R",
        "F1",
        "attr P",
        "attr R",
        "attr F1",
        "speaker",
        "cue"
    );
    let mut rows: Vec<(&str, &str, Counts)> = vec![
        ("quotes", "direct", report.kind(Kind::Direct)),
        ("quotes", "partial", report.kind(Kind::Partial)),
        ("quotes", "all", report.quotes()),
        ("claims", "indirect", report.claims()),
    ];
    // Claims by cue type, when the gold's types are known.
    if report
        .by_cue_type
        .iter()
        .any(|(t, c)| t.is_some() && c.gold > 0)
    {
        for (t, c) in &report.by_cue_type {
            rows.push(("claims", t.map_or("other", CueType::as_str), *c));
        }
    }
    rows.push(("all", "all", report.all()));
    for (task, kind, c) in &rows {
        let _ = writeln!(
            s,
            "{:<8} {:<9} {:>5} {:>5} {:>6.3} {:>6.3} {:>6.3} {:>7.3} {:>7.3} {:>7.3} {:>7.3} {:>7.3}",
            task,
            kind,
            c.gold,
            c.predicted,
            c.precision(),
            c.recall(),
            c.f1(),
            c.attributed_precision(),
            c.attributed_recall(),
            c.attributed_f1(),
            c.speaker_accuracy(),
            c.cue_accuracy()
        );
    }
    let _ = writeln!(s, "documents: {}", report.documents);
    s
}

/// Render the problems of a report, one per line.
pub fn render_problems(report: &Report) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    let short = |t: &str| {
        let t: String = t.chars().take(90).collect();
        t.replace('\n', " ")
    };
    for p in &report.problems {
        let _ = match p {
            Problem::Missed(g) => writeln!(
                s,
                "missed    {} {}:{} [{}] {:?}: {}",
                g.doc,
                g.start,
                g.end,
                g.kind.as_str(),
                g.speaker.as_deref().unwrap_or(""),
                short(&g.text)
            ),
            Problem::Spurious(r) => writeln!(
                s,
                "spurious  {} {}:{} [{}] {:?}: {}",
                r.doc,
                r.start,
                r.end,
                r.kind.as_str(),
                r.speaker,
                short(&r.text)
            ),
            Problem::WrongSpeaker(g, r) => writeln!(
                s,
                "speaker   {} {}:{} [{}] gold {:?}, got {:?} ({:?}): {}",
                g.doc,
                g.start,
                g.end,
                g.kind.as_str(),
                g.speaker.as_deref().unwrap_or(""),
                r.speaker,
                r.mention,
                short(&g.text)
            ),
            Problem::WrongCue(g, r) => writeln!(
                s,
                "cue       {} {}:{} [{}] gold {:?}, got {:?}: {}",
                g.doc,
                g.start,
                g.end,
                g.kind.as_str(),
                g.cue.as_deref().unwrap_or(""),
                r.cue,
                short(&g.text)
            ),
        };
    }
    s
}
