//! The dictionaries are data under version control: they stay sorted, unique and
//! well-formed, and a malformed user file is an error naming file, line and column.

use whosaid::dict::{DEFAULT_CUES, DEFAULT_SPEAKERS};
use whosaid::{CueDict, CueType, ErrorKind, SpeakerDict};

fn data_lines(csv: &str) -> Vec<&str> {
    csv.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .collect()
}

/// The first line that is not strictly greater than the one before it.
fn first_out_of_order<'a>(lines: &[&'a str]) -> Option<&'a str> {
    lines.windows(2).find(|w| w[0] >= w[1]).map(|w| w[1])
}

#[test]
fn speakers_file_is_sorted_and_unique() {
    let lines = data_lines(DEFAULT_SPEAKERS);
    assert_eq!(
        first_out_of_order(&lines),
        None,
        "dictionaries/speakers.csv must be sorted with no repeated row"
    );
    let mut keys: Vec<(&str, &str)> = lines
        .iter()
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            (f[0], f[2])
        })
        .collect();
    let n = keys.len();
    keys.sort();
    keys.dedup();
    assert_eq!(keys.len(), n, "an alias is listed twice for one speaker");
}

#[test]
fn cues_file_is_sorted_and_unique() {
    let lines = data_lines(DEFAULT_CUES);
    assert_eq!(
        first_out_of_order(&lines),
        None,
        "dictionaries/cues.csv must be sorted with no repeated row"
    );
    let mut forms: Vec<&str> = lines.iter().map(|l| l.split(',').next().unwrap()).collect();
    let n = forms.len();
    forms.dedup();
    assert_eq!(forms.len(), n, "a cue form is listed twice");
}

#[test]
fn dictionaries_are_well_formed() {
    let speakers = SpeakerDict::builtin();
    let cues = CueDict::builtin();
    assert!(cues.verbs().iter().any(|v| v.form == "according to"));
    // Every speaker's canonical name is one of its aliases.
    for s in speakers.speakers() {
        let found: Vec<_> = speakers.find_iter(&s.name).collect();
        assert!(
            found
                .iter()
                .any(|m| m.span.start == 0 && m.span.end == s.name.len() && !m.is_role),
            "{} is not an alias of itself",
            s.name
        );
    }
}

#[test]
fn design_speakers_are_known_with_roles_and_spellings() {
    let speakers = SpeakerDict::builtin();
    let id_of = |text: &str| -> Vec<String> {
        speakers
            .find_iter(text)
            .map(|m| speakers.speaker(m.speaker).id.clone())
            .collect()
    };
    for (text, id) in [
        ("Emmanuel Macron", "emmanuel-macron"),
        ("Mr. Macron", "emmanuel-macron"),
        ("the French President", "emmanuel-macron"),
        ("Vladimir Putin", "vladimir-putin"),
        ("President Putin", "vladimir-putin"),
        ("Dmytro Kuleba", "dmytro-kuleba"),
        ("Kremlin spokesperson", "dmitry-peskov"),
        ("Joe Biden", "joe-biden"),
        ("U.S. President", "joe-biden"),
        ("German Chancellor", "olaf-scholz"),
        ("Zelenskyy", "volodymyr-zelensky"),
        ("Zelenskiy", "volodymyr-zelensky"),
        ("Volodymyr Zelensky", "volodymyr-zelensky"),
        ("Annalena Baerbock", "annalena-baerbock"),
    ] {
        assert_eq!(id_of(text), [id], "{text}");
    }
    // Longest alias wins, and names need their case.
    assert_eq!(speakers.find_iter("Vladimir Putin").count(), 1);
    assert_eq!(speakers.find_iter("the putin doctrine").count(), 0);
    assert_eq!(speakers.find_iter("Putinism").count(), 0);
}

struct Case {
    name: &'static str,
    input: &'static str,
    want_line: u64,
    want_column: Option<&'static str>,
}

#[test]
fn malformed_speaker_rows_are_errors_naming_line_and_column() {
    let header = "speaker_id,name,alias,role,gender,kind\n";
    let good = "ana-lopez,Ana Lopez,Ana Lopez,Mayor,female,person\n";
    let cases = [
        Case {
            name: "missing column",
            input: "ana-lopez,Ana Lopez,Ana Lopez,Mayor,female\n",
            want_line: 3,
            want_column: None,
        },
        Case {
            name: "empty alias",
            input: "ana-lopez,Ana Lopez,,Mayor,female,person\n",
            want_line: 3,
            want_column: Some("alias"),
        },
        Case {
            name: "unknown kind",
            input: "ana-lopez,Ana Lopez,Lopez,Mayor,female,robot\n",
            want_line: 3,
            want_column: Some("kind"),
        },
        Case {
            name: "unknown gender",
            input: "ana-lopez,Ana Lopez,Lopez,Mayor,x,person\n",
            want_line: 3,
            want_column: Some("gender"),
        },
        Case {
            name: "bad UTF-8",
            input: "ana-lopez,Ana Lopez,L\u{FFFD}pez,Mayor,female,person\n",
            want_line: 0,
            want_column: None,
        },
    ];
    for case in cases {
        if case.want_line == 0 {
            let mut bytes = format!("{header}{good}").into_bytes();
            bytes.extend_from_slice(b"ana-lopez,Ana Lopez,L\xF3pez,Mayor,female,person\n");
            let err = SpeakerDict::from_sources(&[("mine.csv", &bytes)]).unwrap_err();
            assert_eq!(err.line(), Some(3), "{}", case.name);
            assert_eq!(err.column(), Some("alias"), "{}", case.name);
            continue;
        }
        let data = format!("{header}{good}{}", case.input);
        let err = SpeakerDict::from_sources(&[("mine.csv", data.as_bytes())]).unwrap_err();
        assert_eq!(err.kind(), &ErrorKind::Dictionary, "{}", case.name);
        assert_eq!(
            err.path().unwrap().to_str(),
            Some("mine.csv"),
            "{}",
            case.name
        );
        assert_eq!(err.line(), Some(case.want_line), "{}: {err}", case.name);
        assert_eq!(err.column(), case.want_column, "{}: {err}", case.name);
        assert!(err.to_string().starts_with("mine.csv:3"), "{err}");
    }
}

#[test]
fn cue_types_come_from_the_type_column_and_default_to_speech() {
    let cues = CueDict::from_sources(&[(
        "cues.csv",
        b"form,lemma,frame,pos,type\nreckons,reckon,say,verb,belief\n",
    )])
    .unwrap();
    assert_eq!(cues.verbs()[0].cue_type, CueType::Belief);
    // A file written before the column: its cues are speech.
    let cues = CueDict::from_sources(&[(
        "old.csv",
        b"form,lemma,frame,pos\nmutters,mutter,say,verb\n",
    )])
    .unwrap();
    assert_eq!(cues.verbs()[0].cue_type, CueType::Speech);
    let err = CueDict::from_sources(&[(
        "cues.csv",
        b"form,lemma,frame,pos,type\nreckons,reckon,say,verb,hunch\n",
    )])
    .unwrap_err();
    assert_eq!((err.line(), err.column()), (Some(2), Some("type")));
    // Rows of an old file with an error report that error, not the header.
    let err = CueDict::from_sources(&[("old.csv", b"form,lemma,frame,pos\nmutters,,say,verb\n")])
        .unwrap_err();
    assert_eq!((err.line(), err.column()), (Some(2), Some("lemma")));
    // The built-in cues: speech, belief and evidence are all there.
    let builtin = CueDict::builtin();
    let type_of = |form: &str| {
        builtin
            .verbs()
            .iter()
            .find(|v| v.form == form)
            .map(|v| v.cue_type)
    };
    assert_eq!(type_of("said"), Some(CueType::Speech));
    assert_eq!(type_of("agreed"), Some(CueType::Belief));
}

#[test]
fn malformed_cue_rows_and_headers_are_errors() {
    let err = CueDict::from_sources(&[("cues.csv", b"form,lemma\nsay,say\n")]).unwrap_err();
    assert_eq!(err.line(), Some(1));
    let err = CueDict::from_sources(&[(
        "cues.csv",
        b"form,lemma,frame,pos\nmutter,mutter,whisper,verb\n",
    )])
    .unwrap_err();
    assert_eq!((err.line(), err.column()), (Some(2), Some("frame")));
}

#[test]
fn a_user_file_adds_speakers_and_replaces_by_id() {
    let user = "speaker_id,name,alias,role,gender,kind\n\
                ana-lopez,Ana Lopez,Lopez,Mayor of Springfield,female,person\n\
                vladimir-putin,Vladimir Putin,V. Putin,Russian President,male,person\n";
    let dict = SpeakerDict::from_sources(&[
        ("default", DEFAULT_SPEAKERS.as_bytes()),
        ("user.csv", user.as_bytes()),
    ])
    .unwrap();
    let ids = |t: &str| -> Vec<String> {
        dict.find_iter(t)
            .map(|m| dict.speaker(m.speaker).id.clone())
            .collect()
    };
    assert_eq!(ids("Lopez"), ["ana-lopez"]);
    assert_eq!(ids("V. Putin"), ["vladimir-putin"]);
    // The user's rows replaced the built-in ones for that id.
    assert!(ids("President Putin").is_empty());
    assert_eq!(ids("Macron"), ["emmanuel-macron"]);
}

#[test]
fn first_names_file_is_sorted_unique_and_gendered() {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("dictionaries/first_names.csv"),
    )
    .unwrap();
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("name,gender"));
    let rows: Vec<&str> = lines.collect();
    assert!(rows.len() > 1000, "{} names", rows.len());
    let names: Vec<&str> = rows.iter().map(|r| r.split(',').next().unwrap()).collect();
    assert!(
        names.windows(2).all(|w| w[0] < w[1]),
        "dictionaries/first_names.csv must be sorted with no repeated name"
    );
    for row in &rows {
        let (name, gender) = row.split_once(',').unwrap();
        assert!(
            !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase()),
            "{row}"
        );
        assert!(matches!(gender, "female" | "male"), "{row}");
    }
}
