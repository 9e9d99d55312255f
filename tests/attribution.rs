//! Table-driven tests of the attributor: every quote and claim pattern, with
//! sentences written for these tests (not taken from the seeds), and the
//! sentences that must not be reported.

use whosaid::{Extractor, Kind, KindSet, Method};

#[derive(Debug, PartialEq)]
struct Row {
    kind: Kind,
    text: String,
    speaker: String,
    method: Method,
    cue: String,
}

fn row(kind: Kind, text: &str, speaker: &str, method: Method, cue: &str) -> Row {
    Row {
        kind,
        text: text.to_string(),
        speaker: speaker.to_string(),
        method,
        cue: cue.to_string(),
    }
}

fn extract(input: &str) -> Vec<Row> {
    Extractor::builtin()
        .extract(input)
        .attributions
        .into_iter()
        .map(|a| Row {
            kind: a.kind,
            speaker: a.speaker().to_string(),
            method: a.method,
            cue: a.cue().to_string(),
            text: a.text,
        })
        .collect()
}

struct Case {
    name: &'static str,
    input: &'static str,
    want: Vec<Row>,
}

use Kind::{Direct, Indirect, Partial};
use Method::{Continuation, Descriptor, Explicit, Pronoun};

fn check(cases: Vec<Case>) {
    for case in cases {
        assert_eq!(extract(case.input), case.want, "case: {}", case.name);
    }
}

#[test]
fn quotes_by_tag_position() {
    check(vec![
        Case {
            name: "name after the quote",
            input: "\"We have no plans to raise taxes,\" Chancellor Scholz said on Friday.",
            want: vec![row(Direct, "We have no plans to raise taxes,", "Olaf Scholz", Explicit, "said")],
        },
        Case {
            name: "a first name in the wrong case still leaves the dictionary's last name",
            input: "\"We will not cross our red lines,\" DMYTRO Kuleba said.",
            want: vec![row(Direct, "We will not cross our red lines,", "Dmytro Kuleba", Explicit, "said")],
        },
        Case {
            name: "inverted tag, then a second quote continues",
            input: "\"The budget is balanced,\" said Lavrov. \"There is nothing more to discuss.\"",
            want: vec![
                row(Direct, "The budget is balanced,", "Sergei Lavrov", Explicit, "said"),
                row(Direct, "There is nothing more to discuss.", "Sergei Lavrov", Continuation, "said"),
            ],
        },
        Case {
            name: "name before the quote, with a colon",
            input: "Antony Blinken told reporters: \"Diplomacy is still possible.\"",
            want: vec![row(Direct, "Diplomacy is still possible.", "Antony Blinken", Explicit, "told")],
        },
        Case {
            name: "participle introducing a second quote",
            input: "“The talks were useful,\" Blinken said, before adding, “We will meet again next month.”",
            want: vec![
                row(Direct, "The talks were useful,", "Antony Blinken", Explicit, "said"),
                row(Direct, "We will meet again next month.", "Antony Blinken", Explicit, "adding"),
            ],
        },
        Case {
            name: "partial quote in the reporter's sentence, inside the claim it completes",
            input: "Sergei Lavrov called the proposal \"a dead end\" and left the room.",
            want: vec![
                row(
                    Indirect,
                    "the proposal \"a dead end\"",
                    "Sergei Lavrov",
                    Explicit,
                    "called",
                ),
                row(Partial, "a dead end", "Sergei Lavrov", Explicit, "called"),
            ],
        },
        Case {
            name: "pronoun resolved to the previous speaker",
            input: "\"I am worried about the people who cannot pay the rent,\" Maria Fernandez said.\n\n\"It is a good day for them,\" she added.",
            want: vec![
                row(Direct, "I am worried about the people who cannot pay the rent,", "Maria Fernandez", Explicit, "said"),
                row(Direct, "It is a good day for them,", "Maria Fernandez", Pronoun, "added"),
            ],
        },
        Case {
            name: "quote paragraph with no tag continues the previous speaker",
            input: "\"We will not sign this treaty,\" Zelensky said.\n\n\"Our answer has not changed since the spring and it will not change now.\"",
            want: vec![
                row(Direct, "We will not sign this treaty,", "Volodymyr Zelensky", Explicit, "said"),
                row(Direct, "Our answer has not changed since the spring and it will not change now.", "Volodymyr Zelensky", Continuation, "said"),
            ],
        },
        Case {
            name: "multi-paragraph quote takes the speaker of its last paragraph",
            input: "Zelensky spoke first.\n\n\"The economy is growing faster than anyone expected this year.\n\n\"That is why we will keep going,\" Lavrov said.",
            want: vec![
                row(Direct, "The economy is growing faster than anyone expected this year.", "Sergei Lavrov", Continuation, "said"),
                row(Direct, "That is why we will keep going,", "Sergei Lavrov", Explicit, "said"),
            ],
        },
        Case {
            name: "missing closing mark ends at the tag",
            input: "\"The bridge will reopen in May, the Transport Minister Anna Kowalski said on Monday.",
            want: vec![row(Direct, "The bridge will reopen in May", "Anna Kowalski", Explicit, "said")],
        },
        Case {
            name: "descriptor resolved through the dictionary's roles of a person the article names",
            input: "Olaf Scholz arrived in Vilnius. The German leader said his country was \"fully committed\" to the alliance.",
            want: vec![
                row(Indirect, "his country was \"fully committed\" to the alliance", "Olaf Scholz", Descriptor, "said"),
                row(Partial, "fully committed", "Olaf Scholz", Descriptor, "said"),
            ],
        },
        Case {
            name: "a descriptor that fits nobody the article names is the speaker as written",
            input: "The German leader said his country was \"fully committed\" to the alliance.",
            want: vec![
                row(Indirect, "his country was \"fully committed\" to the alliance", "German leader", Explicit, "said"),
                row(Partial, "fully committed", "German leader", Explicit, "said"),
            ],
        },
        Case {
            name: "descriptor resolved through a title earlier in the article",
            input: "Chilean President Gabriela Soto arrived in Madrid.\n\n\"We came to listen,\" the Chilean president said.",
            want: vec![row(Direct, "We came to listen,", "Gabriela Soto", Descriptor, "said")],
        },
        Case {
            name: "organisation as speaker",
            input: "The White House described the report as \"deeply flawed.\"",
            want: vec![
                row(
                    Indirect,
                    "the report as \"deeply flawed.\"",
                    "White House",
                    Explicit,
                    "described",
                ),
                row(Partial, "deeply flawed.", "White House", Explicit, "described"),
            ],
        },
        Case {
            name: "a signature after a dash",
            input: "“The debate changed my mind about the whole election.” ― Rosa Delgado\n\n“Nothing will change.” — Pedro Alves.",
            want: vec![
                row(Direct, "The debate changed my mind about the whole election.", "Rosa Delgado", Explicit, "―"),
                row(Direct, "Nothing will change.", "Pedro Alves", Explicit, "—"),
            ],
        },
        Case {
            name: "speech-like quote with no speaker is still reported",
            input: "\"Nobody will be left behind in this city, whatever it costs.\"",
            want: vec![row(Direct, "Nobody will be left behind in this city, whatever it costs.", "", Method::None, "")],
        },
    ]);
}

#[test]
fn claims() {
    check(vec![
        Case {
            name: "subject, verb and that-clause",
            input: "Lavrov said that the talks would resume in Geneva next week.",
            want: vec![row(Indirect, "the talks would resume in Geneva next week", "Sergei Lavrov", Explicit, "said")],
        },
        Case {
            name: "clause without that",
            input: "Scholz said Berlin will send more air defence systems.",
            want: vec![row(Indirect, "Berlin will send more air defence systems", "Olaf Scholz", Explicit, "said")],
        },
        Case {
            name: "participial cue shares the sentence's speaker",
            input: "Blinken said the sanctions were working, adding that more would follow in June.",
            want: vec![
                row(Indirect, "the sanctions were working", "Antony Blinken", Explicit, "said"),
                row(Indirect, "more would follow in June", "Antony Blinken", Explicit, "adding"),
            ],
        },
        Case {
            name: "postposed source",
            input: "The convoy reached the border before dawn, local officials said.",
            want: vec![row(Indirect, "The convoy reached the border before dawn", "local officials", Explicit, "said")],
        },
        Case {
            name: "according to, before the content",
            input: "According to Maria Lopez, the factory will hire 200 workers.",
            want: vec![row(Indirect, "the factory will hire 200 workers", "Maria Lopez", Explicit, "According to")],
        },
        Case {
            name: "according to, after the content",
            input: "The dam was built in 1962, according to the regional government.",
            want: vec![row(Indirect, "The dam was built in 1962", "regional government", Explicit, "according to")],
        },
        Case {
            name: "organisation and pronoun it",
            input: "The Interior Ministry said the curfew would be lifted. It also said that schools would reopen.",
            want: vec![
                row(Indirect, "the curfew would be lifted", "Interior Ministry", Explicit, "said"),
                row(Indirect, "schools would reopen", "Interior Ministry", Pronoun, "said"),
            ],
        },
        Case {
            name: "told with an addressee",
            input: "Peskov told journalists that no meeting had been planned.",
            want: vec![row(Indirect, "no meeting had been planned", "Dmitry Peskov", Explicit, "told")],
        },
        Case {
            name: "content runs on through an aside",
            input: "Zelensky warned that the winter would be hard, although he did not give details.",
            want: vec![row(Indirect, "the winter would be hard, although he did not give details", "Volodymyr Zelensky", Explicit, "warned")],
        },
        Case {
            name: "claim and partial quote: both rows",
            input: "Biden said the two countries stood \"shoulder to shoulder\" on trade.",
            want: vec![
                row(Indirect, "the two countries stood \"shoulder to shoulder\" on trade", "Joe Biden", Explicit, "said"),
                row(Partial, "shoulder to shoulder", "Joe Biden", Explicit, "said"),
            ],
        },
    ]);
}

#[test]
fn not_claims() {
    check(vec![
        Case {
            name: "non-speech verbs",
            input: "Scholz visited the port and met dock workers on Tuesday.",
            want: vec![],
        },
        Case {
            name: "negated speech",
            input: "The minister did not say when the troops would leave.",
            want: vec![],
        },
        Case {
            name: "question",
            input: "Did Macron say that the deal was dead?",
            want: vec![],
        },
        Case {
            name: "noun, not verb",
            input: "His claims that the vote was rigged were rejected by the court.",
            want: vec![],
        },
        Case {
            name: "plans without a speaker",
            input: "The summit will take place in Warsaw next spring.",
            want: vec![],
        },
        Case {
            name: "passive report",
            input: "The commander is said to have asked for reinforcements.",
            want: vec![],
        },
        Case {
            name: "titles and scare quotes with no speaker",
            input:
                "The band played \"Born in the U.S.A.\" while the so-called \"experts\" watched.",
            want: vec![],
        },
    ]);
}

#[test]
fn claim_rows_link_their_quotes() {
    let article =
        Extractor::builtin().extract("Putin said Moscow would \"do everything\" to avoid a war.");
    let claim = article
        .attributions
        .iter()
        .find(|a| a.kind == Indirect)
        .expect("a claim");
    let quote = article
        .attributions
        .iter()
        .find(|a| a.kind == Partial)
        .expect("a quote");
    assert_eq!(quote.claim, Some(claim.index));
    assert!(claim.start <= quote.start && quote.end <= claim.end);
}

#[test]
fn kinds_select_what_is_reported() {
    let text = "Putin said Moscow would \"do everything\" to avoid a war.";
    let only_quotes = Extractor::builtin().with_kinds(KindSet::parse("direct,partial").unwrap());
    let rows = only_quotes.extract(text).attributions;
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].kind, Partial);
    assert_eq!(rows[0].claim, None);
}

#[test]
fn speaker_missing_from_the_dictionary_is_found_from_the_text() {
    let rows = extract("Opposition leader Daniel Okafor said the election had been stolen.\n\n\"We will go to court,\" Okafor said.");
    assert_eq!(rows.len(), 2);
    assert!(
        rows.iter().all(|r| r.speaker == "Daniel Okafor"),
        "{rows:?}"
    );
}

#[test]
fn addressee_is_reported() {
    let article = Extractor::builtin().extract("\"Do you want a war?\" Putin asked Macron.");
    let a = &article.attributions[0];
    assert_eq!(a.speaker(), "Vladimir Putin");
    assert_eq!(a.cue_lemma(), "ask");
    assert_eq!(a.addressee(), "Macron");
}

#[test]
fn char_offsets_slice_the_text() {
    let text = "« Non », a dit Macron. “Ukraine’s future is European,” Zelensky said.";
    let chars: Vec<char> = text.chars().collect();
    for a in Extractor::builtin().extract(text).attributions {
        let slice: String = chars[a.start..a.end].iter().collect();
        assert_eq!(slice, a.text);
    }
}

#[test]
fn speaker_phrases_as_written() {
    struct Case {
        name: &'static str,
        input: &'static str,
        speaker: &'static str,
        mention: &'static str,
    }
    let cases = [
        Case {
            name: "an affiliation in parentheses after the tag's name",
            input: "\"Subpoenas are not optional,\" Rep. Jane Okoro (D-Ohio) said.",
            speaker: "Jane Okoro",
            mention: "Rep. Jane Okoro (D-Ohio)",
        },
        Case {
            name: "an affiliation before the verb of a claim",
            input: "Sen. Tom Baker (R-Utah) said the bill would pass.",
            speaker: "Tom Baker",
            mention: "Sen. Tom Baker (R-Utah)",
        },
        Case {
            name: "coordinated speakers: the first names the speaker, all are the mention",
            input: "Mr. Ruiz and Mr. Lund said the program needed new rules.",
            speaker: "Ruiz",
            mention: "Mr. Ruiz and Mr. Lund",
        },
        Case {
            name: "an apposition after an inverted tag",
            input: "\"It was a spectacular deal,\" said Paula Novak, a law professor at the state university.",
            speaker: "Paula Novak",
            mention: "Paula Novak, a law professor at the state university",
        },
        Case {
            name: "an apposition between the name and the verb",
            input: "\"We would not get a deal,\" Rep. Jim Ortiz (R-Ohio), a panel member, said in an interview.",
            speaker: "Jim Ortiz",
            mention: "Rep. Jim Ortiz (R-Ohio), a panel member",
        },
        Case {
            name: "an aside between commas before the verb",
            input: "Governor Lena Park, at a later press briefing, said the roads would reopen.",
            speaker: "Lena Park",
            mention: "Governor Lena Park",
        },
        Case {
            name: "an organisation named with of",
            input: "Crime fell by a third last year, according to the Federal Bureau of Prisons.",
            speaker: "Federal Bureau of Prisons",
            mention: "the Federal Bureau of Prisons",
        },
    ];
    for case in cases {
        let a = Extractor::builtin().extract(case.input).attributions;
        assert_eq!(a.len(), 1, "{}: {a:?}", case.name);
        assert_eq!(
            (a[0].speaker(), a[0].mention()),
            (case.speaker, case.mention),
            "{}",
            case.name
        );
    }
}
