//! One module per command, each with its options (`Args`) and its `run`.

pub mod diff;
pub mod eval;
pub mod extract;
pub mod render;
pub mod speakers;
