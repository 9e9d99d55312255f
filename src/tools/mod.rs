//! What is built on extraction: comparing versions of an article ([`diff`]),
//! showing an article's attributions as a page ([`render`]), scoring against
//! gold rows ([`eval`]) and summarising who spoke across articles ([`speakers`]).
//! [`html`] holds what the HTML views share.

pub mod diff;
pub mod eval;
pub mod html;
pub mod render;
pub mod speakers;
