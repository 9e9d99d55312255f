//! Text in, tokens out: the first stages of the pipeline, before any attribution.
//!
//! ```text
//! text ─► layout (date line, paragraphs) ─► quotes (marks paired) ─► tokens ─► sentences
//! ```
//!
//! - [`decode`]: HTML entities, mojibake marks and markup tags read as what they
//!   stand for, with the map back to the text as given;
//! - [`layout`]: the optional ` date YYYY-MM-DD` line and the paragraphs;
//! - [`quotes`]: which marks open and close quoted passages;
//! - `tokens`: the reporter's words around the quotes, each looked up once in the
//!   dictionaries' index and in the closed word classes (`lexicon`);
//! - `sentences`: sentence bounds over the tokens.

pub mod decode;
pub mod layout;
pub(crate) mod lexicon;
pub mod quotes;
pub(crate) mod sentences;
pub(crate) mod tokens;
pub(crate) mod transcript;
