//! Speakers on news the dictionary has never seen: one case for each kind of
//! speaker fault whosaid once had, written for these tests with names the
//! dictionary does not hold. Each case lists every quote (or reported claim) it
//! must give, with its speaker (or the words a speaker written as a phrase must
//! contain), and the words it must not report at all.

use whosaid::{Extractor, Kind};

struct Case {
    name: &'static str,
    text: &'static str,
    /// (quoted words, speaker); a speaker starting with `~` need only contain
    /// the rest ("~minister" for "the minister").
    want: &'static [(&'static str, &'static str)],
    /// Words that must appear in no row.
    forbid: &'static [&'static str],
}

const CASES: &[Case] = &[
    Case {
        name: "a particle opening a surname is no first name and tells no gender",
        text: "\"We will not pay,\" Van der Meer said in The Hague. \"Europe cannot wait,\" she said.",
        want: &[
            ("We will not pay,", "Van der Meer"),
            ("Europe cannot wait,", "Van der Meer"),
        ],
        forbid: &[],
    },
    Case {
        name: "an honorific and a surname make a person the pronoun can stand for",
        text: "\"We should wait,\" Tom Dalton said.\n\nMs. Reyes disagreed. \"It should go today,\" she said.\n\nMr. Abara was unmoved. \"Nonsense,\" he said.",
        want: &[
            ("We should wait,", "Tom Dalton"),
            ("It should go today,", "Reyes"),
            ("Nonsense,", "Abara"),
        ],
        forbid: &[],
    },
    Case {
        name: "any common noun after a determiner as the subject of a tag",
        text: "In a statement, the airline said: \"Safety is our top priority.\"\n\n\"We were never consulted,\" the bishop said.",
        want: &[
            ("Safety is our top priority.", "~airline"),
            ("We were never consulted,", "~bishop"),
        ],
        forbid: &[],
    },
    Case {
        name: "any common noun after a determiner in an inverted tag",
        text: "\"We were never consulted,\" said the deputy.\n\nHe paused. \"The engines failed at once,\" said the pilot. \"Both.\"\n\n\"Three people were injured,\" said the flight's captain.",
        want: &[
            ("We were never consulted,", "~deputy"),
            ("The engines failed at once,", "~pilot"),
            ("Both.", "~pilot"),
            ("Three people were injured,", "~captain"),
        ],
        forbid: &[],
    },
    Case {
        name: "a participle or adverb opening a sentence is no speaker; the introduction may hold commas",
        text: "Chastened by the early results, as well as the cost of the campaign, Marta Quill changed course. \"We heard the voters,\" she said.\n\nSeparately, however, Ilse Brandt was cautious. \"The mill will not reopen this year,\" she said.",
        want: &[
            ("We heard the voters,", "Marta Quill"),
            ("The mill will not reopen this year,", "Ilse Brandt"),
        ],
        forbid: &[],
    },
    Case {
        name: "an adverb opening a sentence is no subject, so the name after it is",
        text: "\"We will see,\" Ben Ortiz said.\n\nShortly afterwards, the mayor Omar Ndiaye was blunt. \"The deal is off,\" he said.",
        want: &[("We will see,", "Ben Ortiz"), ("The deal is off,", "Omar Ndiaye")],
        forbid: &[],
    },
    Case {
        name: "an abbreviated title after the cue ends no sentence",
        text: "\"The vote was rushed,\" said Del. Marisol Okafor (D-Md.). \"We will appeal,\" said Sens. Tomas Lindqvist and Ruth Adeyemi.",
        want: &[
            ("The vote was rushed,", "Marisol Okafor"),
            ("We will appeal,", "Tomas Lindqvist"),
        ],
        forbid: &[],
    },
    Case {
        name: "dash signature with a title",
        text: "“Nadia knows the port better than anyone and will run it well.” -Harbour Commissioner Olav Strand",
        want: &[("Nadia knows the port better than anyone and will run it well.", "Olav Strand")],
        forbid: &[],
    },
    Case {
        name: "colon lead-in with no verb, quote in the next paragraph",
        text: "And from Councilwoman Irma Vasquez:\n\n“The library will stay open on Sundays for as long as I hold this seat.”",
        want: &[("The library will stay open on Sundays for as long as I hold this seat.", "Irma Vasquez")],
        forbid: &[],
    },
    Case {
        name: "apposition, then the quote runs into the next paragraph",
        text: "Omar Reyes, a pharmacist, said: \"The shelves have been empty for a month.\n\n\"If the trucks do not come, people will go without,\" he added.",
        want: &[
            ("The shelves have been empty for a month.", "Omar Reyes"),
            ("If the trucks do not come, people will go without,", "Omar Reyes"),
        ],
        forbid: &[],
    },
    Case {
        name: "inverted tags followed by a phrase, an adverb or a participle",
        text: "\"The figures do not add up,\" muttered auditor Lena Park, tapping the ledger. \"We knew,\" sighed treasurer Abel Moss. \"It is fine,\" said Rosa Diaz cheerfully. \"Trains run on Monday,\" said Tom Kerr in a statement.\n\n\"Fares stay the same,\" said Jill Wade at a news conference.",
        want: &[
            ("The figures do not add up,", "Lena Park"),
            ("We knew,", "Abel Moss"),
            ("It is fine,", "Rosa Diaz"),
            ("Trains run on Monday,", "Tom Kerr"),
            ("Fares stay the same,", "Jill Wade"),
        ],
        forbid: &[],
    },
    Case {
        name: "a cue, then a noun and a name in apposition; a descriptor asks",
        text: "\"We are looking at every option,\" said a spokeswoman, Freya Lund. A senior official asked later: \"Who signed the order?\"",
        want: &[
            ("We are looking at every option,", "Freya Lund"),
            ("Who signed the order?", "~official"),
        ],
        forbid: &[],
    },
    Case {
        name: "a descriptor with a relative clause and a nickname in quotes",
        text: "“Cold nights. No heat. Nobody came,” said an old fisherman who goes by the name “Gull.”",
        want: &[("Cold nights. No heat. Nobody came,", "~fisherman")],
        forbid: &["Gull"],
    },
    Case {
        name: "a descriptor of nobody the article names, and a role alone",
        text: "\"The meeting went well,\" the mayor said. The governor said the bridge would reopen.",
        want: &[("The meeting went well,", "~mayor")],
        forbid: &[],
    },
    Case {
        name: "a Q and A interview: answers are the interviewee's",
        text: "In a call with the Courier, Governor Wendell Hoyt took questions about the budget.\n\nQ: Will taxes rise?\n\nA: Not this year. We found the savings elsewhere.",
        want: &[("Not this year. We found the savings elsewhere.", "Wendell Hoyt")],
        forbid: &["Will taxes rise?"],
    },
    Case {
        name: "a headline label, the full name later",
        text: "Okafor: ‘The strike goes on’\n\nNurses' leader Grace Okafor said on Friday that talks had failed.",
        want: &[("The strike goes on", "Grace Okafor")],
        forbid: &[],
    },
    Case {
        name: "a pronoun tag, an aside between dashes, and the rest of the quote",
        text: "Alderman Ruth Keane was firm. “The tower will not be built,” she said — pointing at the model — “and the park will stay.”",
        want: &[
            ("The tower will not be built,", "Ruth Keane"),
            ("and the park will stay.", "Ruth Keane"),
        ],
        forbid: &[],
    },
    Case {
        name: "a tag with a trailing phrase does not pass to the previous speaker",
        text: "\"We are ready,\" Ben Ortiz said. \"The depot opens on Monday,\" said Maria Lenz in a statement.",
        want: &[
            ("We are ready,", "Ben Ortiz"),
            ("The depot opens on Monday,", "Maria Lenz"),
        ],
        forbid: &[],
    },
    Case {
        name: "she never stands for a man, he never for a woman",
        text: "Pedro Alves met Clara Ruiz on Monday. Alves left early.\n\nRuiz stayed. \"We have a deal,\" she said.",
        want: &[("We have a deal,", "Clara Ruiz")],
        forbid: &[],
    },
    Case {
        name: "someone else with a dictionary person's surname",
        text: "\"He works too hard,\" said Brigitte Macron. \"I made mistakes,\" Hunter Biden said.",
        want: &[
            ("He works too hard,", "Brigitte Macron"),
            ("I made mistakes,", "Hunter Biden"),
        ],
        forbid: &[],
    },
    Case {
        name: "particles after an inverted verb, and a role with of",
        text: "\"We are done,\" said Friedrich von der Heydt. \"It is over,\" the Secretary of State said.",
        want: &[
            ("We are done,", "Friedrich von der Heydt"),
            ("It is over,", "Secretary of State"),
        ],
        forbid: &[],
    },
    Case {
        name: "a show's title is not speech",
        text: "Tilda Moss told CBS's \"Face the Nation\" that the vote would be close.",
        want: &[],
        forbid: &["Face the Nation"],
    },
    Case {
        name: "a capitalised particle opening a sentence or a tag still names the full name",
        text: "Ilse van den Berg opened the session in Utrecht.\n\nVan den Berg said the harbour would reopen.\n\n\"We kept our word to the town,\" Van den Berg said.\n\nMark Van Dyke runs the mill. \"The mill will hire again,\" Van Dyke said.",
        want: &[
            ("the harbour would reopen", "Ilse van den Berg"),
            ("We kept our word to the town,", "Ilse van den Berg"),
            ("The mill will hire again,", "Mark Van Dyke"),
        ],
        forbid: &[],
    },
    Case {
        name: "a capitalised first word that is also a particle, before another surname, is a first name",
        text: "Mark Jones chairs the board.\n\n\"The board was never told about the loans,\" Van Jones said.",
        want: &[("The board was never told about the loans,", "Van Jones")],
        forbid: &[],
    },
    Case {
        name: "a time phrase between an inverted verb and its speaker",
        text: "\"The talks have failed for the third time,\" said on Tuesday the minister.\n\n\"The border stays closed to all trucks,\" said Tuesday the commander.\n\n\"The port will reopen in a week,\" said late Friday the harbour master.\n\n\"We will keep the schools open all week,\" said on Monday night Dana Cole.",
        want: &[
            ("The talks have failed for the third time,", "~minister"),
            ("The border stays closed to all trucks,", "~commander"),
            ("The port will reopen in a week,", "~master"),
            ("We will keep the schools open all week,", "Dana Cole"),
        ],
        forbid: &[],
    },
    Case {
        name: "a weekday after an inverted verb, then a clause, is no speaker",
        text: "Officials said Tuesday the bridge would stay shut for a month.",
        want: &[("the bridge would stay shut for a month", "~officials")],
        forbid: &[],
    },
    Case {
        name: "the rest of a quote after an inverted tag with trailing words keeps its speaker",
        text: "\"The talks have failed again,\" said Dana Cole on Monday, \"and we are going home now.\"\n\n\"The pumps are working,\" said Omar Reyes in a statement, \"but the river is still rising.\"\n\n\"We are ready,\" Ben Ortiz said. \"The depot opens on Monday,\" said Maria Lenz at the depot, \"and the buses run on Tuesday.\"",
        want: &[
            ("The talks have failed again,", "Dana Cole"),
            ("and we are going home now.", "Dana Cole"),
            ("The pumps are working,", "Omar Reyes"),
            ("but the river is still rising.", "Omar Reyes"),
            ("The depot opens on Monday,", "Maria Lenz"),
            ("and the buses run on Tuesday.", "Maria Lenz"),
        ],
        forbid: &[],
    },
    Case {
        name: "a role word before a name is a title, not part of the name",
        text: "\"We lost the game in the first ten minutes,\" Coach Harlan Reed said.\n\n\"The suspect left the city on Friday,\" said Detective Anna Moss.\n\n\"Classes resume on Monday as planned,\" Principal Ann Wu said. \"Nobody was hurt,\" Pastor Eli Grant said. \"The kitchen stays open all night,\" Chef Lina Park said.\n\nReed was not available later. \"We will be back next season,\" Coach Reed said.",
        want: &[
            ("We lost the game in the first ten minutes,", "Harlan Reed"),
            ("The suspect left the city on Friday,", "Anna Moss"),
            ("Classes resume on Monday as planned,", "Ann Wu"),
            ("Nobody was hurt,", "Eli Grant"),
            ("The kitchen stays open all night,", "Lina Park"),
            ("We will be back next season,", "Harlan Reed"),
        ],
        forbid: &[],
    },
    Case {
        name: "a capitalised cue word opening a name is part of the name, not a cue",
        text: "State Rep. Dana Cole, a Democrat from Dover, said the bill would pass.\n\nSaid Hamdan, a farmer from Rafah, said the wells had run dry.\n\nStated plainly, the rules were broken.",
        want: &[
            ("the bill would pass", "Dana Cole"),
            ("the wells had run dry", "Said Hamdan"),
        ],
        forbid: &["Rep. Dana Cole, a Democrat", "Hamdan, a farmer"],
    },
    Case {
        name: "a headline of a surname, a colon and a quote, the full name later",
        text: "Okonkwo: 'We will not back down on pay'\n\nLAGOS, Nigeria (AP) — The strike at the port entered its third week on Friday.\n\nGrace Okonkwo, who leads the dockers' union, said talks had failed.",
        want: &[("We will not back down on pay", "Grace Okonkwo")],
        forbid: &[],
    },
    Case {
        name: "a dateline in capitals before a comma is no speaker",
        text: "LAGOS, Nigeria (AP) — Grace Okonkwo, the union leader, said on Friday that talks had failed.\n\nNATO, which met in Brussels, said the drills would go ahead.",
        want: &[
            ("talks had failed", "Grace Okonkwo"),
            ("the drills would go ahead", "NATO"),
        ],
        forbid: &[],
    },
    Case {
        name: "an object verb whose object is elsewhere reports nothing",
        text: "The country described by the mayor in her annual address is calm and prosperous.\n\nThe man she described was never found.\n\nThe rivals were welcomed in praise and in anger alike.",
        want: &[],
        forbid: &["annual address is", "was never found", "and in anger"],
    },
    Case {
        name: "the noun state is no cue",
        text: "Voters in three states go to the polls on Tuesday. A former state senator, Tom Kerr, said the count was fair. The report states that turnout fell.\n\nFederal and state officials said the ballots were safe.",
        want: &[
            ("the count was fair", "Tom Kerr"),
            ("turnout fell", "~report"),
            ("the ballots were safe", "~officials"),
        ],
        forbid: &["go to the polls", "senator, Tom Kerr"],
    },
];

#[test]
fn speakers_of_unseen_news() {
    let extractor = Extractor::builtin();
    for case in CASES {
        let rows = extractor.extract(case.text).attributions;
        let quotes: Vec<_> = rows.iter().filter(|r| r.kind != Kind::Indirect).collect();
        for &(text, speaker) in case.want {
            // A quote, else a claim (a speaker's reported words).
            let row = quotes
                .iter()
                .copied()
                .chain(rows.iter())
                .find(|r| r.text == text)
                .unwrap_or_else(|| panic!("{}: no row {text:?} in {rows:#?}", case.name));
            match speaker.strip_prefix('~') {
                Some(part) => assert!(
                    row.speaker().to_lowercase().contains(part),
                    "{}: {text:?} by {:?}, want one holding {part:?}",
                    case.name,
                    row.speaker()
                ),
                None => assert_eq!(row.speaker(), speaker, "{}: {text:?}", case.name),
            }
            // A speaker written as a phrase has no dictionary id.
            if speaker.starts_with('~') {
                assert_eq!(row.speaker_id(), "", "{}: {text:?}", case.name);
            }
        }
        for word in case.forbid {
            assert!(
                rows.iter().all(|r| !r.text.contains(word)),
                "{}: {word:?} reported in {rows:#?}",
                case.name
            );
        }
    }
}
