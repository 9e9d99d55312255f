//! Finding and reading input documents: files, folders (recursively, `*.txt`, in
//! name order) and standard input.

use std::path::{Path, PathBuf};

use crate::error::{Error, ErrorKind, Result};

/// One document to read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    Stdin,
    File {
        path: PathBuf,
        /// The document's name in the output: its path below the folder it was
        /// found in, or its file name.
        doc: String,
    },
}

impl Source {
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
    pub text: String,
    pub warning: Option<String>,
}

/// Decode a document's bytes: UTF-8 (a byte-order mark is skipped), invalid
/// sequences replaced, with a warning giving the offset of the first.
pub fn decode(bytes: Vec<u8>) -> Decoded {
    let bytes = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    match String::from_utf8(bytes) {
        Ok(text) => Decoded {
            text,
            warning: None,
        },
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
            Decoded {
                text,
                warning: Some(format!("invalid UTF-8 at byte {at}; replaced with U+FFFD")),
            }
        }
    }
}

/// Read a document.
pub fn read(source: &Source) -> Result<Decoded> {
    match source {
        Source::Stdin => {
            use std::io::Read;
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| Error::io(Path::new("-"), &e))?;
            Ok(decode(bytes))
        }
        Source::File { path, .. } => {
            let bytes = std::fs::read(path).map_err(|e| Error::io(path, &e))?;
            Ok(decode(bytes))
        }
    }
}
