//! Scraped-looking text (`whosaid_synth::worst::scraped`): quote marks as HTML
//! entities and mojibake, markup tags, cues and names, repeated into long lines.
//! Extraction must not panic and must keep every invariant, offsets indexing the
//! text as given and decoding to the rows' words.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;

static EXTRACTOR: LazyLock<whosaid::Extractor> = LazyLock::new(whosaid::Extractor::builtin);

fuzz_target!(|data: &[u8]| {
    let text = whosaid_synth::worst::scraped(data);
    if let Err(e) = whosaid::invariants::check_extraction(&EXTRACTOR, &text) {
        panic!("{e}");
    }
});
