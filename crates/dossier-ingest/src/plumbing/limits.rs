//! Size limits and the reads that enforce them: the [`Limits`] a caller sets, how a limit is
//! written in an error, and reading at most a limit's worth of bytes.

use crate::plumbing::errors::IngestError;
use std::io::{BufRead, Read};

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

/// The error for a file over `max_file_bytes` (`limit`), with its size when known.
pub(crate) fn too_large(name: &str, size: Option<u64>, limit: u64) -> IngestError {
    let size = size.map(|s| format!(" ({s} bytes)")).unwrap_or_default();
    IngestError::file(
        name,
        format!(
            "file{size} is larger than the {} limit (max_file_bytes); not read",
            human_bytes(limit)
        ),
    )
}

/// Reads at most `limit` bytes; more is an error naming the limit.
pub(crate) fn read_capped(
    name: &str,
    len: Option<u64>,
    reader: &mut dyn BufRead,
    limit: u64,
) -> Result<Vec<u8>, IngestError> {
    let mut bytes = Vec::with_capacity(len.unwrap_or(0).min(limit) as usize);
    if let Err(e) = reader.take(limit.saturating_add(1)).read_to_end(&mut bytes) {
        return Err(IngestError::file(name, format!("read failed: {e}")));
    }
    if bytes.len() as u64 > limit {
        return Err(too_large(name, len, limit));
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_counts_use_the_largest_whole_unit() {
        assert_eq!(human_bytes(64 << 20), "64 MiB");
        assert_eq!(human_bytes(4 << 10), "4 KiB");
        assert_eq!(human_bytes(1500), "1500 bytes");
        assert_eq!(human_bytes((1 << 20) + 1024), "1025 KiB");
    }

    #[test]
    fn capped_reads_stop_at_the_limit() {
        let mut reader: &[u8] = b"The beacons of Gondor are lit";
        let bytes = read_capped("beacons.txt", None, &mut reader, 100).unwrap_or_default();
        assert_eq!(bytes, b"The beacons of Gondor are lit");
        let mut reader: &[u8] = b"The beacons of Gondor are lit";
        let err = read_capped("beacons.txt", Some(29), &mut reader, 10).unwrap_err();
        assert_eq!(
            err.to_string(),
            "beacons.txt: file (29 bytes) is larger than the 10 bytes limit (max_file_bytes); not read"
        );
    }
}
