//! Articles as scraped pages leave them: quote marks written as HTML entities or
//! as mojibake, markup tags in the text, files in a legacy encoding. They must
//! give the rows of the clean article, with offsets into the file as it is.

mod common;

use common::{path_str, run, temp_dir};
use whosaid::scan::decode::decode;
use whosaid::Extractor;

/// The clean article the encoded ones are made from.
const CLEAN: &str = "“We will reopen the mill by June,” Mayor Ines Halvorsen said on Monday. \
                     “Nobody’s job is at risk.”\n\nThe union’s leader, Tomas Brekke, said the \
                     plan was “a good start” — but not enough.";

/// (speaker, text) of each row.
fn rows(text: &str) -> Vec<(String, String)> {
    Extractor::builtin()
        .extract(text)
        .attributions
        .into_iter()
        .map(|a| (a.speaker().to_string(), a.text))
        .collect()
}

/// Every row's offsets slice the original text, and that slice decodes to the
/// row's words.
fn check_offsets(text: &str) {
    let article = Extractor::builtin().extract(text);
    let chars: Vec<char> = text.chars().collect();
    for a in &article.attributions {
        let slice: String = chars[a.start..a.end].iter().collect();
        assert_eq!(&text[a.bytes.start..a.bytes.end], slice);
        assert_eq!(decode(&slice), a.text, "{slice:?}");
        assert!(
            !a.text.contains("&#") && !a.text.contains('<'),
            "{:?}",
            a.text
        );
    }
}

/// `CLEAN` with each mark written another way.
fn encoded(marks: [&str; 5]) -> String {
    let [open, close, apostrophe, dash, amp] = marks;
    CLEAN
        .replace('“', open)
        .replace('”', close)
        .replace('’', apostrophe)
        .replace('—', dash)
        .replace(" on Monday", &format!(" on Monday {amp}"))
}

#[test]
fn entity_and_mojibake_marks_give_the_rows_of_the_clean_text() {
    let want = rows(CLEAN);
    assert_eq!(want.len(), 4, "{want:?}");
    let forms = [
        ["&ldquo;", "&rdquo;", "&rsquo;", "&mdash;", "&amp;"],
        ["&#8220;", "&#8221;", "&#8217;", "&#8212;", "&#38;"],
        ["&#x201C;", "&#x201d;", "&#x2019;", "&#x2014;", "&amp;amp;"],
        ["&quot;", "&quot;", "&#39;", "--", "&amp;"],
        ["&#34;", "&#34;", "&apos;", "-", "&amp;"],
        [
            "&amp;quot;",
            "&amp;quot;",
            "&amp;rsquo;",
            "&amp;mdash;",
            "&amp;",
        ],
        ["â€œ", "â€\u{9d}", "â€™", "â€”", "&amp;"],
        ["â€œ", "â€", "â€™", "â€\"", "&amp;"],
    ];
    for marks in forms {
        let text = encoded(marks);
        // Straight marks read as straight marks: compare the words.
        let norm = |rows: Vec<(String, String)>| -> Vec<(String, String)> {
            rows.into_iter()
                .map(|(s, t)| {
                    let t = t.replace(['“', '”'], "\"").replace('’', "'");
                    (s, t.replace(" -- ", " — ").replace(" - ", " — "))
                })
                .collect()
        };
        assert_eq!(norm(rows(&text)), norm(want.clone()), "{marks:?}\n{text}");
        check_offsets(&text);
    }
}

#[test]
fn offsets_index_the_file_as_it_is() {
    let text = "&ldquo;Caf&eacute; prices will rise,&rdquo; Ines Halvorsen said.";
    let article = Extractor::builtin().extract(text);
    let a = &article.attributions[0];
    assert_eq!(a.text, "Café prices will rise,");
    assert_eq!(a.speaker(), "Ines Halvorsen");
    // In characters of the file: after `&ldquo;`, up to `&rdquo;`.
    assert_eq!((a.start, a.end), (7, 36));
    assert_eq!(
        &text[a.bytes.start..a.bytes.end],
        "Caf&eacute; prices will rise,"
    );
    assert_eq!(article.decoding.entities, 3);
    // A clean text is read as it is.
    assert!(Extractor::builtin().extract(CLEAN).decoding.is_empty());
}

#[test]
fn markup_tags_are_neither_marks_nor_words_nor_speakers() {
    let text = "<p>\"We will reopen the mill,\" <b>Ines Halvorsen</b> said.</p>\
                <p><tweet id=\"88\" author=\"Brekke\">Tomas Brekke said that the plan was \
                good.</tweet><br/></p>";
    let article = Extractor::builtin().extract(text);
    let got: Vec<(&str, &str)> = article
        .attributions
        .iter()
        .map(|a| (a.speaker(), a.text.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("Ines Halvorsen", "We will reopen the mill,"),
            ("Tomas Brekke", "the plan was good")
        ]
    );
    assert!(article
        .attributions
        .iter()
        .all(|a| !a.mention().contains('<') && !a.text.contains('<')));
    assert_eq!(article.decoding.tags, 9);
    check_offsets(text);
}

/// Tags inside a quote leave no double spaces (inline elements read as
/// nothing), and text shaped like a tag that is none keeps its words.
#[test]
fn tags_inside_quotes_leave_single_spaces_and_lookalikes_keep_their_words() {
    struct Case {
        text: &'static str,
        want: &'static str,
    }
    let cases = [
        Case {
            text: "\"We are <b>ready</b> to <a href=\"/talks\">talk</a>,\" Ines Halvorsen said.",
            want: "We are ready to talk,",
        },
        Case {
            text: "\"We <em>will</em> <i>not</i> give up,\" Ines Halvorsen said.",
            want: "We will not give up,",
        },
        Case {
            text: "\"Prices rose<br>and wages fell,\" Ines Halvorsen said.",
            want: "Prices rose and wages fell,",
        },
        Case {
            text: "\"Prices rose <br> and wages <i>fell</i>,\" Ines Halvorsen said.",
            want: "Prices rose and wages fell,",
        },
        Case {
            text: "\"We chose x <b and c> y over z,\" Ines Halvorsen said.",
            want: "We chose x <b and c> y over z,",
        },
        Case {
            text: "\"If a < b and c > d we win,\" Ines Halvorsen said.",
            want: "If a < b and c > d we win,",
        },
    ];
    for case in cases {
        let article = Extractor::builtin().extract(case.text);
        assert_eq!(article.attributions.len(), 1, "{:?}", case.text);
        let a = &article.attributions[0];
        assert_eq!(a.text, case.want, "{:?}", case.text);
        assert!(!a.text.contains("  "), "{:?}", case.text);
        assert_eq!(a.speaker(), "Ines Halvorsen", "{:?}", case.text);
        let chars: Vec<char> = case.text.chars().collect();
        let slice: String = chars[a.start..a.end].iter().collect();
        assert_eq!(decode(&slice), a.text, "{:?}", case.text);
        if !case.want.contains('<') {
            check_offsets(case.text);
        }
    }
}

#[test]
fn the_binary_warns_once_per_file_with_counts() {
    let dir = temp_dir("warn");
    let scraped = dir.join("scraped.txt");
    std::fs::write(
        &scraped,
        encoded(["&quot;", "&quot;", "â€™", "&mdash;", "&amp;"]),
    )
    .unwrap();
    let clean = dir.join("clean.txt");
    std::fs::write(&clean, CLEAN).unwrap();
    let out = run(&["extract", path_str(&scraped), path_str(&clean)]);
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        stderr.trim(),
        format!(
            "whosaid: warning: scraped.txt: read 8 HTML entities and 2 mojibake sequences \
             (UTF-8 read as Windows-1252) as the text they stand for; offsets still count \
             the characters of the file as it is: the text needs cleaning"
        )
    );
}

#[test]
fn legacy_encodings_are_detected_or_chosen_and_strict_rejects_them() {
    let dir = temp_dir("legacy");
    let file = dir.join("cp1252.txt");
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(CLEAN);
    std::fs::write(&file, &bytes).unwrap();
    let out = run(&["extract", "--format", "jsonl", path_str(&file)]);
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("cp1252.txt: invalid UTF-8 at byte 0; read as windows-1252"),
        "{stderr}"
    );
    let utf8 = dir.join("utf8.txt");
    std::fs::write(&utf8, CLEAN).unwrap();
    let want = run(&["extract", "--format", "jsonl", path_str(&utf8)]).stdout;
    let same = |out: Vec<u8>| {
        String::from_utf8(out)
            .unwrap()
            .replace("cp1252.txt", "utf8.txt")
    };
    assert_eq!(same(out.stdout), String::from_utf8(want.clone()).unwrap());
    let forced = run(&[
        "extract",
        "--format",
        "jsonl",
        "--encoding",
        "windows-1252",
        path_str(&file),
    ]);
    assert!(forced.stderr.is_empty());
    assert_eq!(same(forced.stdout), String::from_utf8(want).unwrap());
    let strict = run(&["extract", "--strict", path_str(&file)]);
    assert_eq!(strict.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&strict.stderr).contains("invalid UTF-8 at byte 0"));
}

#[test]
fn a_stray_bad_byte_in_utf8_text_stays_utf8_and_a_chosen_utf8_is_kept() {
    use whosaid::io::input::{decode, decode_as};
    // Mostly valid UTF-8 with one bad byte: the accents survive, the byte is
    // replaced, and no other encoding is guessed.
    let bytes = "“We will rebuild the café,” said Renée Dubois. "
        .bytes()
        .chain([0xff])
        .collect::<Vec<u8>>();
    let decoded = decode(bytes, false).unwrap();
    assert!(decoded.text.contains("café") && decoded.text.contains("Renée"));
    assert!(decoded.text.ends_with('\u{FFFD}'));
    assert!(
        decoded
            .warning
            .as_deref()
            .unwrap()
            .contains("replaced with U+FFFD"),
        "{:?}",
        decoded.warning
    );
    // Windows-1252 curly marks are still detected as such.
    let cp1252 = b"\x93We will rebuild the bridge,\x94 said Lena Ostrowski.".to_vec();
    let decoded = decode(cp1252.clone(), false).unwrap();
    assert!(decoded.text.starts_with('“'), "{}", decoded.text);
    // --encoding utf-8 is obeyed: the marks are replaced, not guessed.
    let decoded = decode_as(cp1252, false, Some(whosaid::io::input::TextEncoding::UTF_8)).unwrap();
    assert!(decoded.text.starts_with('\u{FFFD}'), "{}", decoded.text);
}
