//! One input as the sources receive it: a buffered reader that can be sniffed without losing
//! bytes, transparently gunzipped, and read whole (within the limits) when it holds one
//! article.

use crate::detect::InputFormat;
use crate::plumbing::errors::IngestError;
use crate::plumbing::limits::{read_capped, Limits};
use dossier_model::SourceRef;
use flate2::bufread::MultiGzDecoder;
use std::io::{BufRead, BufReader, Cursor, Read};

/// A reader of one input, boxed.
pub(crate) type Input<'a> = Box<dyn BufRead + 'a>;

/// Bytes sniffed to detect a format.
pub(crate) const SNIFF_BYTES: u64 = 8192;

/// Buffer size of file and decompression readers.
pub(crate) const READ_BUFFER: usize = 64 << 10;

/// An input whose format is known, handed to the source for that format.
pub(crate) struct OpenedInput<'a> {
    /// The file name as given (`-` for standard input), used in errors and
    /// [`SourceRef::path`].
    pub name: String,
    /// The name the format was detected from: `name` without a `.gz` suffix when the input
    /// was gzip-compressed.
    pub format_name: String,
    /// The detected format.
    pub format: InputFormat,
    /// The input's size in bytes when known (not for standard input or gzip data).
    pub len: Option<u64>,
    /// The (decompressed) bytes, from the first one.
    pub reader: Input<'a>,
    /// The limits to read within.
    pub limits: Limits,
}

impl OpenedInput<'_> {
    /// Where an article of this input comes from: its path, format and record index.
    pub(crate) fn source_ref(&self, record: Option<u64>) -> SourceRef {
        SourceRef {
            path: self.name.clone(),
            format: self.format.source_format(),
            record,
        }
    }
}

/// A reader that only fails: stands in for an input whose read failed while sniffing, so
/// that the bytes read before the failure are still processed and the error comes after.
struct FailedRead {
    kind: std::io::ErrorKind,
    message: String,
}

impl Read for FailedRead {
    fn read(&mut self, _buf: &mut [u8]) -> std::io::Result<usize> {
        Err(std::io::Error::new(self.kind, self.message.clone()))
    }
}

impl BufRead for FailedRead {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        Err(std::io::Error::new(self.kind, self.message.clone()))
    }

    fn consume(&mut self, _amount: usize) {}
}

/// Reads the first bytes of `reader` and gives back a reader that still yields them. A
/// read error after some bytes is deferred to the returned reader.
pub(crate) fn peek<'a>(mut reader: Input<'a>) -> std::io::Result<(Vec<u8>, Input<'a>)> {
    let mut head = Vec::with_capacity(SNIFF_BYTES as usize);
    match (&mut reader).take(SNIFF_BYTES).read_to_end(&mut head) {
        Ok(_) => {
            let again: Input<'a> = Box::new(Cursor::new(head.clone()).chain(reader));
            Ok((head, again))
        }
        Err(e) if !head.is_empty() => {
            let failed = FailedRead {
                kind: e.kind(),
                message: e.to_string(),
            };
            let again: Input<'a> = Box::new(Cursor::new(head.clone()).chain(failed));
            Ok((head, again))
        }
        Err(e) => Err(e),
    }
}

/// True when the bytes start with the gzip magic number.
pub(crate) fn is_gzip(head: &[u8]) -> bool {
    head.starts_with(&[0x1f, 0x8b])
}

/// A file name without its `.gz` suffix (any case).
pub(crate) fn strip_gz_suffix(name: &str) -> &str {
    if name.to_ascii_lowercase().ends_with(".gz") {
        &name[..name.len() - 3]
    } else {
        name
    }
}

/// Decompresses a gzip input on the fly: the first decompressed bytes and a reader of all
/// of them. Errors (about file `name`) for gzip data that is empty or broken at the start.
pub(crate) fn gunzip<'a>(
    name: &str,
    reader: Input<'a>,
) -> Result<(Vec<u8>, Input<'a>), IngestError> {
    let decoder = MultiGzDecoder::new(reader);
    let decompressed: Input<'a> = Box::new(BufReader::with_capacity(READ_BUFFER, decoder));
    match peek(decompressed) {
        Ok((head, _)) if head.is_empty() => Err(IngestError::file(
            name,
            "empty file (after gzip decompression)",
        )),
        Ok(sniffed) => Ok(sniffed),
        Err(e) => Err(IngestError::file(
            name,
            format!("gzip data is corrupt or truncated: {e}"),
        )),
    }
}

/// Reads an input that holds one article whole, within `max_file_bytes`; an input of white
/// space only is an empty file.
pub(crate) fn read_whole(input: &mut OpenedInput<'_>) -> Result<Vec<u8>, IngestError> {
    let bytes = read_capped(
        &input.name,
        input.len,
        &mut input.reader,
        input.limits.max_file_bytes,
    )?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(IngestError::file(&input.name, "empty file"));
    }
    Ok(bytes)
}

/// An opened input over bytes in memory, for the sources' tests.
#[cfg(test)]
pub(crate) fn opened_for_test<'a>(
    name: &str,
    format: InputFormat,
    bytes: &'a [u8],
    limits: Limits,
) -> OpenedInput<'a> {
    OpenedInput {
        name: name.to_string(),
        format_name: name.to_string(),
        format,
        len: Some(bytes.len() as u64),
        reader: Box::new(bytes),
        limits,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn boxed(bytes: &[u8]) -> Input<'_> {
        Box::new(bytes)
    }

    #[test]
    fn peeking_loses_no_bytes() {
        let text = "The riders of Rohan came at dawn.".repeat(400);
        let (head, mut again) = peek(boxed(text.as_bytes())).unwrap();
        assert_eq!(head.len() as u64, SNIFF_BYTES);
        let mut all = String::new();
        again.read_to_string(&mut all).unwrap();
        assert_eq!(all, text);
    }

    #[test]
    fn gzip_is_recognised_and_undone() {
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        enc.write_all(b"Minas Tirith stands.").unwrap();
        let packed = enc.finish().unwrap();
        assert!(is_gzip(&packed));
        assert!(!is_gzip(b"Minas Tirith"));
        let (head, _) = gunzip("x.txt.gz", boxed(&packed)).unwrap();
        assert_eq!(head, b"Minas Tirith stands.");
        let Err(err) = gunzip("x.txt.gz", boxed(&packed[..5])) else {
            panic!("a cut gzip header is an error");
        };
        assert!(
            err.reason.starts_with("gzip data is corrupt or truncated"),
            "{err}"
        );
        assert_eq!(strip_gz_suffix("annals.WARC.GZ"), "annals.WARC");
        assert_eq!(strip_gz_suffix("annals.warc"), "annals.warc");
    }

    #[test]
    fn whole_reads_reject_blank_and_oversized_inputs() {
        let input = |bytes: &'static [u8], max_file_bytes| OpenedInput {
            name: "shire.txt".to_string(),
            format_name: "shire.txt".to_string(),
            format: InputFormat::Text,
            len: Some(bytes.len() as u64),
            reader: Box::new(bytes),
            limits: Limits {
                max_file_bytes,
                max_record_bytes: 10,
            },
        };
        assert_eq!(
            read_whole(&mut input(b"Hobbiton.", 100)).unwrap(),
            b"Hobbiton."
        );
        let err = read_whole(&mut input(b" \n\t ", 100)).unwrap_err();
        assert_eq!(err.to_string(), "shire.txt: empty file");
        let err = read_whole(&mut input(b"Hobbiton and Bywater.", 8)).unwrap_err();
        assert!(
            err.reason.contains("8 bytes limit (max_file_bytes)"),
            "{err}"
        );
        let source = input(b"x", 8).source_ref(Some(2));
        assert_eq!(source.path, "shire.txt");
        assert_eq!(source.record, Some(2));
    }
}
