//! Any bytes, decoded as whosaid decodes files, must extract without panicking and
//! keep every invariant (offsets on char boundaries that slice the text, rows in
//! order, claims that hold their quotes, the same result twice).
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;

static EXTRACTOR: LazyLock<whosaid::Extractor> = LazyLock::new(whosaid::Extractor::builtin);

fuzz_target!(|data: &[u8]| {
    let Ok(decoded) = whosaid::io::input::decode(data.to_vec(), false) else {
        return;
    };
    if let Err(e) = whosaid::invariants::check_extraction(&EXTRACTOR, &decoded.text) {
        panic!("{e}");
    }
});
