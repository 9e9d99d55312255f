//! No third-party type shows through the library's public API: a user of
//! whosaid needs no other crate to name what it returns or takes. This reads the
//! signatures of the public items of the library's sources (struct fields,
//! functions, constants, type aliases) and fails on the types of the crates
//! whosaid uses inside.

use std::path::{Path, PathBuf};

/// Types of the dependencies that must stay inside.
const FORBIDDEN: &[&str] = &[
    "CompactString",
    "compact_str",
    "encoding_rs",
    "aho_corasick",
    "AhoCorasick",
    "serde_json",
    "hashbrown",
    "rustc_hash",
    "FxHash",
    "similar::",
    "ChangeTag",
    "csv::",
    "chardetng",
    "rayon",
    "indicatif",
    "memchr",
];

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        // The command line is not the library; `attribute` is a private module.
        if path.ends_with("bin") || path.ends_with("attribute") {
            continue;
        }
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The signatures of the `pub` items of one source file, each joined on one
/// line: from `pub` to the `{`, `;` or `,` that ends it. Unit tests are skipped.
fn public_signatures(text: &str) -> Vec<(usize, String)> {
    let text = text.split("#[cfg(test)]").next().unwrap_or("");
    let mut out = Vec::new();
    let mut current: Option<(usize, String)> = None;
    for (n, line) in text.lines().enumerate() {
        let trimmed = line.trim();
        if current.is_none() && trimmed.starts_with("pub ") && !trimmed.starts_with("pub use") {
            current = Some((n + 1, String::new()));
        }
        if let Some((_, sig)) = current.as_mut() {
            sig.push_str(trimmed);
            sig.push(' ');
            // A function's parameters end their lines with commas: it ends at
            // its body or its semicolon; a field ends at its comma.
            let is_fn = sig.starts_with("pub fn") || sig.contains(" fn ");
            if trimmed.ends_with('{')
                || trimmed.ends_with(';')
                || (!is_fn && trimmed.ends_with(','))
            {
                let (line, sig) = current.take().unwrap();
                out.push((line, visible(&sig).to_string()));
            }
        }
    }
    out
}

/// What of a signature users see: not a constant's value, nor a tuple struct's
/// private fields.
fn visible(sig: &str) -> &str {
    if sig.starts_with("pub const") || sig.starts_with("pub static") {
        return sig.split('=').next().unwrap_or(sig);
    }
    if sig.starts_with("pub struct") && !sig.contains("(pub ") {
        return sig.split('(').next().unwrap_or(sig);
    }
    sig
}

#[test]
fn the_public_api_names_no_third_party_type() {
    let mut files = Vec::new();
    sources(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    assert!(files.len() > 20, "found only {} sources", files.len());
    let mut found = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        for (line, sig) in public_signatures(&text) {
            // A pub item of a serde helper module is serde's, not the API's.
            if sig.contains("Serializer") || sig.contains("Deserializer") {
                continue;
            }
            for name in FORBIDDEN {
                if sig.contains(name) {
                    found.push(format!(
                        "{}:{line}: {name} in `{}`",
                        file.display(),
                        sig.trim()
                    ));
                }
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_signature_reader_sees_fields_and_multi_line_functions() {
    let text = "pub struct A {\n    pub speaker: CompactString,\n    pub(crate) cue: CompactString,\n}\n\
                pub fn decode_as(\n    bytes: Vec<u8>,\n    encoding: Option<&'static encoding_rs::Encoding>,\n) -> u8 {\n";
    let sigs: Vec<String> = public_signatures(text)
        .into_iter()
        .map(|(_, s)| s)
        .collect();
    assert_eq!(sigs.len(), 3, "{sigs:?}");
    assert!(sigs.iter().any(|s| s.contains("speaker: CompactString")));
    assert!(!sigs.iter().any(|s| s.contains("cue: CompactString")));
    assert!(sigs.iter().any(|s| s.contains("encoding_rs::Encoding")));
    let hidden =
        "pub struct E(&'static encoding_rs::Encoding);\npub const U: E = E(encoding_rs::UTF_8);\n";
    assert!(public_signatures(hidden)
        .iter()
        .all(|(_, s)| !s.contains("encoding_rs")));
}
