//! Documents in and rows out: finding and decoding inputs ([`input`]), running the
//! extractor over many of them on all cores in input order ([`pipeline`]), and
//! writing rows as CSV, JSON Lines or JSON ([`output`]).

pub mod input;
pub mod output;
pub mod pipeline;
