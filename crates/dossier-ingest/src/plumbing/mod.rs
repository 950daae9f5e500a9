//! The plumbing every source shares: errors that name the file (and the record) and the
//! reason, size limits and capped reads, readers over one input (sniffing, gzip), and the
//! decoding of bytes to text.
//!
//! It is kept apart from [`crate::sources`] so that each source is only about its format.
//! The submodules depend on each other in one direction only: `input` uses `limits` and
//! `errors`, `limits` uses `errors`; `decode` stands alone.

pub(crate) mod decode;
pub(crate) mod errors;
pub(crate) mod input;
pub(crate) mod limits;
