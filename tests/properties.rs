//! Property tests: generated articles with random marks, names, cues and breaks
//! keep every invariant of `whosaid::invariants`, and an article diffed with
//! itself shows no change.

use proptest::prelude::*;
use whosaid::Extractor;

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("\"".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("'".to_string()),
        Just("‘".to_string()),
        Just("’".to_string()),
        Just("«".to_string()),
        Just("»".to_string()),
        Just(", ".to_string()),
        Just(". ".to_string()),
        Just(": ".to_string()),
        Just("? ".to_string()),
        Just(" -- ".to_string()),
        Just("\n\n".to_string()),
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just(" ".to_string()),
        Just("Putin".to_string()),
        Just("Mr. Macron".to_string()),
        Just("the French leader".to_string()),
        Just("Alexander Khodakovsky".to_string()),
        Just("he".to_string()),
        Just("It".to_string()),
        Just("U.S. officials".to_string()),
        Just("said".to_string()),
        Just("told reporters".to_string()),
        Just("according to".to_string()),
        Just("adding that".to_string()),
        Just("that".to_string()),
        Just("did not say".to_string()),
        Just("6'2\"".to_string()),
        Just("didn't".to_string()),
        Just("Ukraine’s".to_string()),
        Just(" date 2022-02-08 ".to_string()),
        "[a-zA-Z]{1,8}",
        "[a-z ]{1,20}",
        "\\PC{1,3}",
    ]
}

fn article() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..80).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, .. ProptestConfig::default() })]

    #[test]
    fn extraction_keeps_its_invariants(text in article()) {
        let extractor = Extractor::builtin();
        if let Err(e) = whosaid::invariants::check_extraction(&extractor, &text) {
            prop_assert!(false, "{e}\ninput: {text:?}");
        }
    }

    #[test]
    fn an_article_diffed_with_itself_is_unchanged(text in article()) {
        let rows = Extractor::builtin().extract(&text).attributions;
        let paired = whosaid::tools::diff::pair(&rows, &rows);
        prop_assert!(!whosaid::tools::diff::changed(&paired));
        prop_assert_eq!(paired.len(), rows.len());
    }
}
