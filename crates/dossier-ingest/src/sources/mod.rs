//! The sources, one per input format, laid out as Vector lays out its sources: each format
//! implements [`Source`] in its own module and turns an opened input into a stream of raw
//! records ([`RawRecord`]), over the shared [`crate::plumbing`] (limits, decoding, errors).
//! [`crate::read`] picks the source by detected format and hands the raw records to
//! [`crate::assemble`].
//!
//! - [`text`]: plain text, one article per file;
//! - [`html`]: an HTML page, one article per file;
//! - [`jsonl`]: JSON Lines (and `.json` arrays), one article per object;
//! - [`feed`]: RSS 2.0 / RSS 1.0 and Atom feeds, one article per item;
//! - [`warc`]: WARC archives (gzip-compressed ones are gunzipped by the plumbing), one
//!   article per HTML response record.

pub(crate) mod feed;
pub(crate) mod html;
pub(crate) mod jsonl;
pub(crate) mod text;
pub(crate) mod warc;

use crate::plumbing::errors::{IngestError, RecordPlace};
use crate::plumbing::input::OpenedInput;
use crate::raw::RawArticle;

/// One article a source read, not yet assembled, and where it sits in its input.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct RawRecord {
    /// What the source knows about the article.
    pub article: RawArticle,
    /// Where it sits, to name it if its assembly fails.
    pub place: RecordPlace,
}

/// The raw records (or errors) of one input, in order. A container's stream may go on after
/// an error about one record.
pub(crate) type RawRecords<'a> = Box<dyn Iterator<Item = Result<RawRecord, IngestError>> + 'a>;

/// A reader of one input format.
pub(crate) trait Source {
    /// Reads an opened input of this source's format into its raw records. Every error names
    /// the file (and the record, for containers) and the reason.
    fn read<'a>(&self, input: OpenedInput<'a>) -> RawRecords<'a>;
}

/// A stream of one raw record or error, for inputs that hold one article or failed whole.
fn single<'a>(record: Result<RawRecord, IngestError>) -> RawRecords<'a> {
    Box::new(std::iter::once(record))
}
