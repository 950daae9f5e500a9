//! Every way news gets into dossier, and the assembly of a clean [`Document`].
//!
//! Inputs (plain text, HTML, JSONL, RSS 2.0, Atom, WARC and gzip-compressed WARC) are
//! read by [`read_path`] or [`read_bytes`], which detect the format from the file name
//! and by sniffing the content and hand the input to the source for that format
//! (`sources`: one `Source` per format, over shared `plumbing` for limits, decoding and
//! errors). Sources stream container formats record by record and turn every article into
//! a [`RawArticle`]. [`build_document`] then cleans it: crawler stamps and site chrome are
//! moved out of the body into [`Document::removed`], paragraphs cut in two are joined,
//! embedded social-media posts are recognised, and the body is segmented into paragraphs
//! and sentences with their languages.
//!
//! Memory stays bounded: non-container files are read through [`Limits::max_file_bytes`],
//! container records are capped at [`Limits::max_record_bytes`], and containers are never
//! loaded whole.
//!
//! Module dependencies run one way: `read` → `sources` → `plumbing`, `raw`; `read` →
//! `assemble` → `chrome`, `posts`, `raw`. No module imports from this root. Date strings are
//! read by `dossier_text::dates`.
//!
//! [`Document`]: dossier_model::Document
//! [`Document::removed`]: dossier_model::Document::removed

mod assemble;
mod chrome;
mod detect;
mod expand;
mod plumbing;
mod posts;
mod raw;
mod read;
mod sources;

pub use assemble::build_document;
pub use detect::{detect_format, InputFormat};
pub use expand::expand_inputs;
pub use plumbing::errors::IngestError;
pub use plumbing::limits::Limits;
pub use raw::{PublishedDate, RawArticle, RawBody};
pub use read::{read_bytes, read_path};
