//! whosaid reads news articles and tells who said what: every quoted passage and
//! every reported claim, tied to its speaker and its reporting verb.
//!
//! ```
//! use whosaid::{Extractor, Kind};
//!
//! let extractor = Extractor::builtin();
//! let article = extractor.extract("\"We will not cross our red lines,\" Kuleba said.");
//! let quote = &article.attributions[0];
//! assert_eq!(quote.kind, Kind::Direct);
//! assert_eq!(quote.speaker(), "Dmytro Kuleba");
//! assert_eq!(quote.cue(), "said");
//! // Who spoke, with titles, mentions and counts: made on demand.
//! let speakers = article.speakers();
//! assert_eq!(speakers[0].name, "Dmytro Kuleba");
//! assert_eq!(speakers[0].quotes, 1);
//! ```
//!
//! The modules follow the pipeline:
//!
//! - [`scan`]: the text's layout (date line, paragraphs), its quote marks
//!   ([`QuoteScanner`]), and its tokens and sentences, each word looked up in one
//!   index of both dictionaries;
//! - [`dict`]: the speaker and reporting-verb dictionaries and that index;
//! - [`lang`]: the article's language (English, French or German), given or
//!   identified; French and German articles take rules of their own;
//! - `attribute`: a left-to-right walk over each paragraph's sentences that
//!   attributes quotes and finds claims, by ordered lists of named rules;
//! - [`extract`]: the entry point ([`Extractor`]) that runs them and returns an
//!   [`Article`]'s rows with character offsets;
//! - [`io`]: reading inputs, the parallel pipeline over many documents, and the
//!   output writers;
//! - [`tools`]: what is built on extraction: `diff`, `render`, `eval`, `speakers`.

#![warn(missing_docs)]

mod attribute;
pub mod dict;
pub mod error;
pub mod extract;
pub mod invariants;
pub mod io;
pub mod lang;
pub mod scan;
pub mod span;
pub mod tools;
mod work;

pub use dict::{CueDict, CueType, CueTypeSet, ReportingVerb, Speaker, SpeakerDict};
pub use error::{Error, ErrorKind, Result};
pub use extract::{
    Article, ArticleSpeaker, Attribution, Extractor, Kind, KindSet, Method, SpeakerClass,
};
pub use lang::Lang;
pub use scan::quotes::{Quote, QuoteScanner};
pub use span::Span;
