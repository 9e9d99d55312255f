//! Finding and reading input documents: files, folders (recursively, `*.txt`, in
//! name order) and standard input.

use std::path::{Path, PathBuf};

use crate::error::{Error, ErrorKind, Result};

/// One document to read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// Standard input (`-`); its name in the output is `-`.
    Stdin,
    /// A file.
    File {
        /// The file's path.
        path: PathBuf,
        /// The document's name in the output: its path below the folder it was
        /// found in, or its file name.
        doc: String,
    },
}

impl Source {
    /// The document's name in the output (`doc`).
    pub fn doc(&self) -> &str {
        match self {
            Source::Stdin => "-",
            Source::File { doc, .. } => doc,
        }
    }
}

/// Expand the command-line paths into documents. A path that does not exist is an
/// error in the returned list at its place; the others are still listed.
pub fn expand(paths: &[PathBuf]) -> Vec<Result<Source>> {
    let mut out = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            out.push(Ok(Source::Stdin));
        } else if path.is_dir() {
            let mut files = Vec::new();
            if let Err(e) = walk(path, &mut files) {
                out.push(Err(e));
            }
            files.sort();
            for file in files {
                let doc = file
                    .strip_prefix(path)
                    .unwrap_or(&file)
                    .to_string_lossy()
                    .replace('\\', "/");
                out.push(Ok(Source::File { path: file, doc }));
            }
        } else if path.is_file() {
            let doc = path.file_name().map_or_else(
                || path.to_string_lossy().into_owned(),
                |n| n.to_string_lossy().into_owned(),
            );
            out.push(Ok(Source::File {
                path: path.clone(),
                doc,
            }));
        } else {
            out.push(Err(
                Error::new(ErrorKind::Io, "no such file or folder").with_path(path)
            ));
        }
    }
    out
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>) -> Result<()> {
    let entries = std::fs::read_dir(dir).map_err(|e| Error::io(dir, &e))?;
    for entry in entries {
        let entry = entry.map_err(|e| Error::io(dir, &e))?;
        let path = entry.path();
        let kind = entry.file_type().map_err(|e| Error::io(&path, &e))?;
        if kind.is_dir() {
            walk(&path, files)?;
        } else if path.extension().is_some_and(|x| x == "txt") {
            files.push(path);
        }
    }
    Ok(())
}

/// A decoded document and any warning about how it was decoded.
#[derive(Clone, Debug)]
pub struct Decoded {
    /// The text, as UTF-8.
    pub text: String,
    /// How the bytes were decoded, when that is worth a warning (another encoding, entities, mojibake).
    pub warning: Option<String>,
}

/// How a document's bytes could not be used as text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rejected {
    /// The bytes hold a NUL: a binary file.
    Binary,
    /// Invalid UTF-8 at this byte offset (only rejected when decoding strictly).
    InvalidUtf8(usize),
    /// Bytes that are not of the encoding asked for, at this offset (only
    /// rejected when decoding strictly).
    Malformed(&'static str, usize),
}

/// A text encoding to read documents in (`--encoding NAME`), found by one of
/// its WHATWG labels: `utf-8`, `windows-1252`, `latin1`, `shift_jis`, …
///
/// ```
/// use whosaid::io::input::{decode_as, TextEncoding};
///
/// let latin1 = TextEncoding::for_label("latin1").unwrap();
/// assert_eq!(latin1.name(), "windows-1252"); // latin1 is read as its superset
/// assert!(TextEncoding::for_label("klingon").is_none());
/// let decoded = decode_as(b"caf\xe9".to_vec(), false, Some(latin1)).unwrap();
/// assert_eq!(decoded.text, "café");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TextEncoding(&'static encoding_rs::Encoding);

impl TextEncoding {
    /// UTF-8.
    pub const UTF_8: TextEncoding = TextEncoding(encoding_rs::UTF_8);

    /// The encoding of this label (case and surrounding white space ignored),
    /// or `None` when no encoding has it.
    pub fn for_label(label: &str) -> Option<TextEncoding> {
        encoding_rs::Encoding::for_label(label.trim().as_bytes()).map(TextEncoding)
    }

    /// The encoding's canonical name (`windows-1252`).
    pub fn name(self) -> &'static str {
        self.0.name()
    }
}

/// The offset of the first byte that `encoding` cannot decode.
fn first_malformed(encoding: &'static encoding_rs::Encoding, bytes: &[u8]) -> usize {
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let mut out = vec![0u8; 64];
    let mut read = 0;
    loop {
        let (result, r, _) =
            decoder.decode_to_utf8_without_replacement(&bytes[read..], &mut out, true);
        match result {
            encoding_rs::DecoderResult::Malformed(len, after) => {
                return (read + r).saturating_sub(usize::from(len) + usize::from(after));
            }
            encoding_rs::DecoderResult::OutputFull => read += r,
            encoding_rs::DecoderResult::InputEmpty => return bytes.len(),
        }
    }
}

impl std::fmt::Display for Rejected {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Rejected::Binary => write!(f, "binary file (it holds a NUL byte), skipped"),
            Rejected::InvalidUtf8(at) => write!(f, "invalid UTF-8 at byte {at}"),
            Rejected::Malformed(name, at) => write!(f, "invalid {name} at byte {at}"),
        }
    }
}

/// Decode a document's bytes. UTF-8 is the rule (a byte-order mark is skipped, so
/// offsets count from the first character a reader sees); UTF-16 with a byte-order
/// mark is decoded; a NUL byte marks a binary file. Bytes that are not UTF-8 are
/// rejected when `strict`; otherwise their encoding is detected (`chardetng`: a
/// Windows-1252 or Latin-1 file, say, with its curly marks as bytes 0x93 and
/// 0x94) and they are decoded from it (`encoding_rs`) with a warning naming the
/// first byte that is not UTF-8 and the encoding read; when the detector can only
/// say UTF-8, the bad bytes are replaced by U+FFFD with that warning. Offsets then
/// count the decoded characters.
pub fn decode(bytes: Vec<u8>, strict: bool) -> std::result::Result<Decoded, Rejected> {
    decode_as(bytes, strict, None)
}

/// [`decode`], or when `encoding` is given, decode from it whatever the bytes
/// (`--encoding`): a UTF-16 or UTF-8 byte-order mark still wins.
pub fn decode_as(
    bytes: Vec<u8>,
    strict: bool,
    encoding: Option<TextEncoding>,
) -> std::result::Result<Decoded, Rejected> {
    let encoding = encoding.map(|e| e.0);
    if let Some(utf16) = decode_utf16(&bytes) {
        return Ok(utf16);
    }
    if memchr::memchr(0, &bytes).is_some() {
        return Err(Rejected::Binary);
    }
    let bytes = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    // Chosen as UTF-8: read as UTF-8, invalid bytes replaced, nothing detected.
    if encoding == Some(encoding_rs::UTF_8) && !strict {
        return Ok(match String::from_utf8(bytes) {
            Ok(text) => Decoded {
                text,
                warning: None,
            },
            Err(e) => {
                let at = e.utf8_error().valid_up_to();
                Decoded {
                    text: String::from_utf8_lossy(e.as_bytes()).into_owned(),
                    warning: Some(format!("invalid UTF-8 at byte {at}; replaced with U+FFFD")),
                }
            }
        });
    }
    if let Some(encoding) = encoding.filter(|&e| e != encoding_rs::UTF_8) {
        let (text, malformed) = encoding.decode_without_bom_handling(&bytes);
        if malformed && strict {
            let at = first_malformed(encoding, &bytes);
            return Err(Rejected::Malformed(encoding.name(), at));
        }
        return Ok(Decoded {
            text: text.into_owned(),
            warning: malformed.then(|| {
                format!(
                    "bytes that are not {} replaced with U+FFFD",
                    encoding.name()
                )
            }),
        });
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Decoded {
            text,
            warning: None,
        }),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            if strict {
                return Err(Rejected::InvalidUtf8(at));
            }
            let bytes = e.as_bytes();
            // Mostly valid UTF-8 with a stray bad byte ("café … \xff") is UTF-8:
            // more well-formed non-ASCII characters than malformed sequences.
            let lossy = String::from_utf8_lossy(bytes);
            let bad = lossy.matches('\u{FFFD}').count();
            let good = lossy
                .chars()
                .filter(|&c| !c.is_ascii() && c != '\u{FFFD}')
                .count();
            if good >= bad {
                return Ok(Decoded {
                    text: lossy.into_owned(),
                    warning: Some(format!("invalid UTF-8 at byte {at}; replaced with U+FFFD")),
                });
            }
            let mut detector =
                chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
            detector.feed(bytes, true);
            let guess = detector.guess(None, chardetng::Utf8Detection::Allow);
            if guess != encoding_rs::UTF_8 {
                let (text, malformed) = guess.decode_without_bom_handling(bytes);
                return Ok(Decoded {
                    text: text.into_owned(),
                    warning: Some(format!(
                        "invalid UTF-8 at byte {at}; read as {}{} (detected; \
                         --encoding NAME to choose)",
                        guess.name(),
                        if malformed {
                            ", its own invalid bytes replaced with U+FFFD"
                        } else {
                            ""
                        }
                    )),
                });
            }
            let text = String::from_utf8_lossy(bytes).into_owned();
            Ok(Decoded {
                text,
                warning: Some(format!("invalid UTF-8 at byte {at}; replaced with U+FFFD")),
            })
        }
    }
}

/// UTF-16 text announced by a byte-order mark.
fn decode_utf16(bytes: &[u8]) -> Option<Decoded> {
    let little = match bytes {
        [0xFF, 0xFE, ..] => true,
        [0xFE, 0xFF, ..] => false,
        _ => return None,
    };
    let body = &bytes[2..];
    let units = body.chunks(2).map(|c| {
        let pair = [c[0], *c.get(1).unwrap_or(&0)];
        if little {
            u16::from_le_bytes(pair)
        } else {
            u16::from_be_bytes(pair)
        }
    });
    let mut text = String::with_capacity(body.len() / 2);
    let mut bad = None;
    for (i, c) in char::decode_utf16(units).enumerate() {
        match c {
            Ok(c) => text.push(c),
            Err(_) => {
                bad.get_or_insert(2 + 2 * i);
                text.push(char::REPLACEMENT_CHARACTER);
            }
        }
    }
    let odd = body.len() % 2 == 1;
    Some(Decoded {
        text,
        warning: match (bad, odd) {
            (Some(at), _) => Some(format!(
                "UTF-16 file with an invalid sequence near byte {at}; replaced with U+FFFD"
            )),
            (None, true) => Some("UTF-16 file with an odd number of bytes".to_string()),
            _ => None,
        },
    })
}

/// Read a document's bytes.
pub fn read_bytes(source: &Source) -> Result<Vec<u8>> {
    match source {
        Source::Stdin => {
            use std::io::Read;
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| Error::io(Path::new("-"), &e))?;
            Ok(bytes)
        }
        Source::File { path, .. } => std::fs::read(path).map_err(|e| Error::io(path, &e)),
    }
}

/// Read and decode a document; a rejected one is an [`ErrorKind::Encoding`] error.
pub fn read(source: &Source, strict: bool) -> Result<Decoded> {
    let bytes = read_bytes(source)?;
    decode(bytes, strict)
        .map_err(|r| Error::new(ErrorKind::Encoding, r.to_string()).with_path(source.doc()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoding_rules() {
        let d = decode(b"\xEF\xBB\xBFHe said.".to_vec(), false).unwrap();
        assert_eq!(d.text, "He said.");
        let mut utf16 = vec![0xFF, 0xFE];
        for u in "“Oui,” dit-il.".encode_utf16() {
            utf16.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(decode(utf16, true).unwrap().text, "“Oui,” dit-il.");
        let mut be = vec![0xFE, 0xFF];
        for u in "Hi".encode_utf16() {
            be.extend_from_slice(&u.to_be_bytes());
        }
        assert_eq!(decode(be, true).unwrap().text, "Hi");
        assert_eq!(
            decode(b"ab\0cd".to_vec(), false).unwrap_err(),
            Rejected::Binary
        );
        let latin = decode(b"\x93Caf\xE9 au lait,\x94 she said.".to_vec(), false).unwrap();
        assert_eq!(latin.text, "“Café au lait,” she said.");
        let warning = latin.warning.unwrap();
        assert!(
            warning.contains("byte 0") && warning.contains("windows-1252"),
            "{warning}"
        );
        let forced = decode_as(b"caf\xE9".to_vec(), true, TextEncoding::for_label("latin1"));
        assert_eq!(forced.unwrap().text, "café");
        let sjis = TextEncoding::for_label("shift_jis");
        assert_eq!(
            decode_as(b"ab\x82".to_vec(), true, sjis).unwrap_err(),
            Rejected::Malformed("Shift_JIS", 2)
        );
        assert_eq!(
            decode(b"caf\xE9".to_vec(), true).unwrap_err(),
            Rejected::InvalidUtf8(3)
        );
        assert_eq!(decode(Vec::new(), true).unwrap().text, "");
    }
}
