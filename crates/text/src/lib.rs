//! Braid's text handling, pure and without I/O: Markdown to safe HTML ([`markdown`], through
//! the allow-list in [`sanitise`]), revision diffs ([`diff`]), the three-way merge of
//! concurrent edits ([`merge`]), paragraphs for translation ([`paragraphs`]) and readable
//! slugs in any script ([`slug`]).
//!
//! This crate is the XSS boundary: everything members write reaches a page only through
//! [`markdown::render`] or [`sanitise::clean`].
#![forbid(unsafe_code)]

pub mod diff;
pub mod files;
pub mod markdown;
pub mod merge;
pub mod paragraphs;
pub mod sanitise;
pub mod slug;
