//! Table-driven tests of the quote scanner: which passages are quotes, and where
//! they begin and end, in every mark style real copy uses.

use whosaid::scan::layout::Layout;
use whosaid::{CueDict, QuoteScanner};

/// The inner texts of the quotes the scanner finds in `input`.
fn quotes(input: &str) -> Vec<String> {
    let cues = CueDict::builtin();
    let layout = Layout::of(input);
    QuoteScanner::new(&cues)
        .scan(input, &layout.paragraphs)
        .iter()
        .map(|q| input[q.inner.start..q.inner.end].to_string())
        .collect()
}

struct Case {
    name: &'static str,
    input: &'static str,
    want: &'static [&'static str],
}

#[test]
fn scanner_cases() {
    let cases = [
        Case {
            name: "straight marks",
            input: r#"The minister said "we are ready to talk" and left."#,
            want: &["we are ready to talk"],
        },
        Case {
            name: "curly marks",
            input: "“No deal is better than a bad deal,” the envoy said.",
            want: &["No deal is better than a bad deal,"],
        },
        Case {
            name: "mixed marks: curly open, straight close",
            input: "She promised to “cut the waiting lists\" within a year.",
            want: &["cut the waiting lists"],
        },
        Case {
            name: "guillemets",
            input: "Le ministre a dit: «Nous sommes prêts.» Puis il est parti.",
            want: &["Nous sommes prêts."],
        },
        Case {
            name: "missing closing mark ends at the speaker tag",
            input: "\"The vote will happen next week no matter what, Senator Ruiz said on Monday. Later a \"source\" spoke.",
            want: &["The vote will happen next week no matter what", "source"],
        },
        Case {
            name: "missing closing mark does not run into the next paragraph",
            input: "\"The plant will close in March, the union said.\n\nWorkers called it \"a betrayal.\"",
            want: &["The plant will close in March", "a betrayal."],
        },
        Case {
            name: "closing mark with no opening one",
            input: "He praised the team for “their courage.” We will rebuild the stadium together.”",
            want: &["their courage.", "We will rebuild the stadium together."],
        },
        Case {
            name: "brackets and ellipses stay inside",
            input: "\"We gave [the council] every chance...and they refused,\" she said.",
            want: &["We gave [the council] every chance...and they refused,"],
        },
        Case {
            name: "single marks with apostrophes inside",
            input: "The mayor said 'the city's budget isn't broken' on Tuesday.",
            want: &["the city's budget isn't broken"],
        },
        Case {
            name: "curly single marks with curly apostrophes",
            input: "‘Ukraine’s future is in Europe,’ the prime minister said. Russia’s reply came later.",
            want: &["Ukraine’s future is in Europe,"],
        },
        Case {
            name: "apostrophes alone are not quotes",
            input: "The leaders' summit didn't end; it's the '90s all over again for Europe's farmers.",
            want: &[],
        },
        Case {
            name: "inch marks are not quotes",
            input: "The centre is 6'11\" tall and his brother is 6'2\" tall.",
            want: &[],
        },
        Case {
            name: "multi-paragraph quote: each paragraph opens, the last closes",
            input: "\"First, we will fix the roads.\n\n\"Second, we will fix the schools,\" the governor said.",
            want: &["First, we will fix the roads.", "Second, we will fix the schools,"],
        },
        Case {
            name: "nested single marks stay inside double marks",
            input: "\"They told me 'go home' and I did,\" he said.",
            want: &["They told me 'go home' and I did,"],
        },
    ];
    for case in cases {
        assert_eq!(quotes(case.input), case.want, "case: {}", case.name);
    }
}

#[test]
fn multi_paragraph_quotes_are_marked_as_continuing() {
    let input = "\"First, we will fix the roads.\n\n\"Second, the schools,\" the governor said.";
    let cues = CueDict::builtin();
    let layout = Layout::of(input);
    let found = QuoteScanner::new(&cues).scan(input, &layout.paragraphs);
    assert_eq!(found.len(), 2);
    assert!(found[0].continues && !found[0].closed);
    assert!(found[1].continued && found[1].closed);
}

#[test]
fn offsets_are_byte_offsets_of_the_inner_text() {
    let input = "« Bonjour » et “au revoir”";
    let layout = Layout::of(input);
    let found = QuoteScanner::default().scan(input, &layout.paragraphs);
    assert_eq!(found.len(), 2);
    for q in found {
        assert!(input.is_char_boundary(q.inner.start) && input.is_char_boundary(q.inner.end));
        assert!(q.outer.start <= q.inner.start && q.inner.end <= q.outer.end);
    }
}

#[test]
fn ten_thousand_unbalanced_marks_end_each_quote_in_its_paragraph() {
    // Every paragraph opens a quote and never closes it: each quote must end in
    // its own paragraph, so the output grows with the input, one quote a line.
    let input = "\"unbalanced words here\n".repeat(10_000);
    assert_eq!(quotes(&input).len(), 10_000);
    // Ten thousand lone marks on one line: quotes that do not overlap, each made
    // of a pair of marks at most.
    let one_line = "a \" ".repeat(10_000);
    let cues = CueDict::builtin();
    let layout = Layout::of(&one_line);
    let found = QuoteScanner::new(&cues).scan(&one_line, &layout.paragraphs);
    assert!(!found.is_empty() && found.len() <= 5_000);
    assert!(found.windows(2).all(|w| w[0].outer.end <= w[1].outer.start));
    assert!(found
        .iter()
        .all(|q| q.outer.start <= q.inner.start && q.inner.end <= q.outer.end));
}
