//! The library's error type: what went wrong, and where (file, line, column).
//!
//! The library never prints; it returns an [`Error`] whose [`ErrorKind`] says what
//! kind of failure it was and whose location names the input that caused it, so
//! that the binary can print one clear line and choose the exit code.

use std::fmt;
use std::path::{Path, PathBuf};

/// What kind of failure an [`Error`] is.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A file could not be opened or read.
    Io,
    /// A dictionary row is malformed (missing column, empty alias, unknown value).
    Dictionary,
    /// A gold file row is malformed.
    Gold,
    /// Input text could not be decoded.
    Encoding,
    /// Anything else the caller asked for that cannot be done.
    Usage,
}

/// An error with the location of the input that caused it.
#[derive(Clone, Debug)]
pub struct Error {
    kind: ErrorKind,
    path: Option<PathBuf>,
    line: Option<u64>,
    column: Option<String>,
    message: String,
}

impl Error {
    /// A new error of `kind` with a human-readable message.
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Error {
        Error {
            kind,
            path: None,
            line: None,
            column: None,
            message: message.into(),
        }
    }

    /// An I/O error on `path`.
    pub fn io(path: &Path, err: &std::io::Error) -> Error {
        Error::new(ErrorKind::Io, err.to_string()).with_path(path)
    }

    /// Attach the file the error is about.
    pub fn with_path(mut self, path: impl Into<PathBuf>) -> Error {
        self.path = Some(path.into());
        self
    }

    /// Attach the 1-based line number the error is about.
    pub fn with_line(mut self, line: u64) -> Error {
        self.line = Some(line);
        self
    }

    /// Attach the column (by header name) the error is about.
    pub fn with_column(mut self, column: impl Into<String>) -> Error {
        self.column = Some(column.into());
        self
    }

    /// What kind of error this is.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    /// The file the error is about, if any.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The 1-based line the error is about, if any.
    pub fn line(&self) -> Option<u64> {
        self.line
    }

    /// The column the error is about, if any.
    pub fn column(&self) -> Option<&str> {
        self.column.as_deref()
    }

    /// The message without the location.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(path) = &self.path {
            write!(f, "{}", path.display())?;
            if let Some(line) = self.line {
                write!(f, ":{line}")?;
            }
            if let Some(column) = &self.column {
                write!(f, " (column {column})")?;
            }
            write!(f, ": ")?;
        } else if let Some(line) = self.line {
            write!(f, "line {line}: ")?;
        }
        write!(f, "{}", self.message)
    }
}

impl std::error::Error for Error {}

/// The library's result type.
pub type Result<T> = std::result::Result<T, Error>;
