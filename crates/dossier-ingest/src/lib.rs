//! Every way news gets into dossier, and the assembly of a clean [`Document`].
//!
//! Sources (plain text, HTML, JSONL, RSS 2.0, Atom, WARC and gzip-compressed WARC) are
//! read by [`read_path`] or [`read_bytes`], which detect the format from the file name
//! and by sniffing the content, stream container formats record by record, and turn every
//! article into a [`RawArticle`]. [`build_document`] then cleans it: crawler stamps and
//! site chrome are moved out of the body into [`Document::removed`], paragraphs cut in two
//! are joined, embedded social-media posts are recognised, and the body is segmented into
//! paragraphs and sentences with their languages.
//!
//! Memory stays bounded: non-container files are read through [`Limits::max_file_bytes`],
//! container records are capped at [`Limits::max_record_bytes`], and containers are never
//! loaded whole.

mod assemble;
mod chrome;
mod dates;
mod decode;
mod detect;
mod expand;
mod feed;
mod html_text;
mod jsonl;
mod posts;
mod read;
mod warc;

pub use assemble::{build_document, PublishedDate, RawArticle, RawBody};
pub use dates::{parse_date_text, parse_metadata_date};
pub use detect::{detect_format, InputFormat};
pub use expand::expand_inputs;
pub use read::{read_bytes, read_path};

use std::fmt;

/// Size limits that keep memory bounded whatever the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Largest non-container file (text, HTML, a `.json` array) or standard input that is
    /// read, in bytes. Larger files are rejected without being read. Default: 64 MiB.
    pub max_file_bytes: u64,
    /// Largest single record inside a container (a JSONL line, a feed item, a WARC record),
    /// in bytes. Larger records are skipped with an error for that record. Default: 16 MiB.
    pub max_record_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_bytes: 64 << 20,
            max_record_bytes: 16 << 20,
        }
    }
}

/// Why an input file, or one record of it, was rejected.
///
/// Displayed as `path: reason` or `path#record: reason` (the record index is 0-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IngestError {
    /// The file (or `-` for standard input) the error is about.
    pub path: String,
    /// The 0-based index of the record inside a container, when the error is about one record.
    pub record: Option<u64>,
    /// What went wrong, in words.
    pub reason: String,
}

impl IngestError {
    /// An error about a whole file.
    pub fn file(path: impl Into<String>, reason: impl Into<String>) -> Self {
        IngestError {
            path: path.into(),
            record: None,
            reason: reason.into(),
        }
    }

    /// An error about one record of a container file.
    pub fn record(path: impl Into<String>, record: u64, reason: impl Into<String>) -> Self {
        IngestError {
            path: path.into(),
            record: Some(record),
            reason: reason.into(),
        }
    }
}

impl fmt::Display for IngestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.record {
            Some(r) => write!(f, "{}#{}: {}", self.path, r, self.reason),
            None => write!(f, "{}: {}", self.path, self.reason),
        }
    }
}

impl std::error::Error for IngestError {}

/// Formats a byte count as the largest whole unit (`64 MiB`, `1500 bytes`).
pub(crate) fn human_bytes(n: u64) -> String {
    if n >= 1 << 20 && n.is_multiple_of(1 << 20) {
        format!("{} MiB", n >> 20)
    } else if n >= 1 << 10 && n.is_multiple_of(1 << 10) {
        format!("{} KiB", n >> 10)
    } else {
        format!("{n} bytes")
    }
}
