//! Pure types of Braid: ids, entities, validation, policy and errors.
//!
//! Nothing here does I/O or knows about the database, the web or the async runtime, so the
//! rules written here can be tested on their own and used by every layer above.
#![forbid(unsafe_code)]

pub mod accounts;
pub mod change;
pub mod discussion;
pub mod error;
pub mod ids;
pub mod job;
pub mod language;
pub mod policy;
pub mod section;
pub mod time;
pub mod wiki;

pub use error::DomainError;
