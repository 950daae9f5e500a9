//! Errors about an input file or one record of it, always naming the file and the reason,
//! and where a record sits in its file so that a failure found later (in assembly) is named
//! the same way as one found while reading.

use std::fmt;

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

/// Where a raw record sits in its input, which decides how an error about it is named.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RecordPlace {
    /// The input is one article (a text or HTML file): errors are about the file.
    File,
    /// A record of a container (feed item, WARC record, JSON array element), 0-based.
    Record(u64),
    /// A line of a JSON Lines file: its 0-based record index and 1-based line number; the
    /// reason is prefixed with `line N: `.
    Line {
        /// The record index (lines read before this one).
        index: u64,
        /// The line number, 1-based.
        number: u64,
    },
}

impl RecordPlace {
    /// The error about the record at this place of file `path`, for `reason`.
    pub(crate) fn error(self, path: &str, reason: impl fmt::Display) -> IngestError {
        match self {
            RecordPlace::File => IngestError::file(path, reason.to_string()),
            RecordPlace::Record(index) => IngestError::record(path, index, reason.to_string()),
            RecordPlace::Line { index, number } => {
                IngestError::record(path, index, format!("line {number}: {reason}"))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_name_the_file_and_the_record() {
        assert_eq!(
            IngestError::file("gondor.txt", "empty file").to_string(),
            "gondor.txt: empty file"
        );
        assert_eq!(
            IngestError::record("arnor.warc", 3, "truncated record").to_string(),
            "arnor.warc#3: truncated record"
        );
    }

    #[test]
    fn record_places_name_errors_like_the_sources_do() {
        let e = RecordPlace::File.error("rohan.html", "no article text");
        assert_eq!(e, IngestError::file("rohan.html", "no article text"));
        let e = RecordPlace::Record(7).error("dale.rss", "no article text");
        assert_eq!(e.to_string(), "dale.rss#7: no article text");
        let e = RecordPlace::Line {
            index: 4,
            number: 5,
        }
        .error("esgaroth.jsonl", "no article text");
        assert_eq!(e.record, Some(4));
        assert_eq!(e.reason, "line 5: no article text");
    }
}
