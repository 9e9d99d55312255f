//! Any bytes as a user's speakers or cues file: an error or a dictionary, never a
//! panic; a dictionary that loads must scan text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(speakers) = whosaid::SpeakerDict::from_sources(&[("fuzz.csv", data)]) {
        let text = String::from_utf8_lossy(data);
        for m in speakers.find_iter(&text) {
            assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
        }
    }
    if let Ok(cues) = whosaid::CueDict::from_sources(&[("fuzz.csv", data)]) {
        let text = String::from_utf8_lossy(data);
        for m in cues.find_iter(&text) {
            assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
        }
    }
});
