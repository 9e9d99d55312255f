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
//! assert_eq!(quote.speaker, "Dmytro Kuleba");
//! assert_eq!(quote.cue, "said");
//! // Who spoke, with titles, mentions and counts: made on demand.
//! let speakers = article.speakers();
//! assert_eq!(speakers[0].name, "Dmytro Kuleba");
//! assert_eq!(speakers[0].quotes, 1);
//! ```
//!
//! The pipeline is a quote scan ([`QuoteScanner`]), a tokenizer that looks each
//! word up in one index of both dictionaries (speakers and reporting verbs), and a
//! left-to-right walk over each paragraph's sentences that attributes quotes and
//! finds claims.

mod analyze;
pub mod dict;
pub mod diff;
pub mod discover;
mod entities;
pub mod error;
pub mod eval;
mod extract;
pub mod input;
pub mod invariants;
mod lexicon;
pub mod output;
mod phrases;
pub mod pipeline;
pub mod quotes;
pub mod render;
pub mod span;
pub mod synth;
pub mod text;
mod tokens;

pub use dict::{CueDict, ReportingVerb, Speaker, SpeakerDict};
pub use error::{Error, ErrorKind, Result};
pub use extract::{
    Article, ArticleSpeaker, Attribution, Extractor, Kind, KindSet, Method, SpeakerClass,
};
pub use quotes::{Quote, QuoteScanner};
pub use span::Span;
