//! Reading one input (file, standard input or bytes in memory) into documents: the input
//! is opened and sniffed (gzip, format, binary data), the [`Source`] for its format turns
//! it into raw records, and each raw record is assembled into a document.

use crate::assemble::build_document;
use crate::detect::{detect_format, named_as_container, InputFormat};
use crate::plumbing::decode::looks_binary;
use crate::plumbing::errors::IngestError;
use crate::plumbing::input::{
    gunzip, is_gzip, peek, strip_gz_suffix, Input, OpenedInput, READ_BUFFER,
};
use crate::plumbing::limits::{too_large, Limits};
use crate::sources::feed::FeedSource;
use crate::sources::html::HtmlSource;
use crate::sources::jsonl::JsonlSource;
use crate::sources::text::TextSource;
use crate::sources::warc::WarcSource;
use crate::sources::{RawRecords, Source};
use dossier_model::Document;
use std::fs::{self, File};
use std::io::BufReader;
use std::path::Path;

/// The documents (or errors) one input yields.
pub(crate) type DocIter<'a> = Box<dyn Iterator<Item = Result<Document, IngestError>> + 'a>;

fn fail<'a>(err: IngestError) -> DocIter<'a> {
    Box::new(std::iter::once(Err(err)))
}

/// Reads one input: a file, or `-` for standard input. Containers (JSONL, feeds, WARC)
/// are streamed record by record; a gzip-compressed file is decompressed on the fly.
/// Every error names the file (and the record, for containers) and the reason.
pub fn read_path(path: &Path, limits: &Limits) -> DocIter<'static> {
    let name = path.to_string_lossy().into_owned();
    if name == "-" {
        let stdin = std::io::stdin().lock();
        return read_input(
            name,
            None,
            Box::new(BufReader::with_capacity(READ_BUFFER, stdin)),
            *limits,
        );
    }
    let meta = match fs::metadata(path) {
        Ok(m) => m,
        Err(e) => return fail(IngestError::file(name, format!("cannot open: {e}"))),
    };
    if meta.is_dir() {
        return fail(IngestError::file(name, "is a directory"));
    }
    if meta.len() == 0 {
        return fail(IngestError::file(name, "empty file"));
    }
    if meta.len() > limits.max_file_bytes && !named_as_container(&name) {
        return fail(too_large(&name, Some(meta.len()), limits.max_file_bytes));
    }
    match File::open(path) {
        Ok(file) => read_input(
            name,
            Some(meta.len()),
            Box::new(BufReader::with_capacity(READ_BUFFER, file)),
            *limits,
        ),
        Err(e) => fail(IngestError::file(name, format!("cannot open: {e}"))),
    }
}

/// Reads an input held in memory (the built-in demo corpus, an HTTP upload). `name` gives
/// the file name used for format detection and in errors and
/// [`SourceRef::path`](dossier_model::SourceRef::path).
pub fn read_bytes<'a>(name: &str, bytes: &'a [u8], limits: &Limits) -> DocIter<'a> {
    if bytes.is_empty() {
        return fail(IngestError::file(name, "empty file"));
    }
    let len = bytes.len() as u64;
    if len > limits.max_file_bytes && !named_as_container(name) {
        return fail(too_large(name, Some(len), limits.max_file_bytes));
    }
    read_input(name.to_string(), Some(len), Box::new(bytes), *limits)
}

/// Opens an input, reads it with the source for its format and assembles its records.
fn read_input<'a>(
    name: String,
    len: Option<u64>,
    reader: Input<'a>,
    limits: Limits,
) -> DocIter<'a> {
    match open_input(name.clone(), len, reader, limits) {
        Ok(input) => {
            let records = source_for(input.format).read(input);
            assemble_records(name, records)
        }
        Err(err) => fail(err),
    }
}

/// Sniffs an input's first bytes: gzip data is decompressed on the fly, the format is
/// detected from the name (without `.gz`) and the content, and binary data is rejected
/// (except in WARC files).
fn open_input<'a>(
    name: String,
    len: Option<u64>,
    reader: Input<'a>,
    limits: Limits,
) -> Result<OpenedInput<'a>, IngestError> {
    let (head, reader) =
        peek(reader).map_err(|e| IngestError::file(&name, format!("read failed: {e}")))?;
    if head.is_empty() {
        return Err(IngestError::file(name, "empty file"));
    }
    let (format_name, len, head, reader) = if is_gzip(&head) {
        let (inner_head, inner) = gunzip(&name, reader)?;
        (strip_gz_suffix(&name).to_string(), None, inner_head, inner)
    } else {
        (name.clone(), len, head, reader)
    };
    let format = detect_format(&format_name, &head);
    if format != InputFormat::Warc && looks_binary(&head) {
        return Err(IngestError::file(name, "binary file, not text"));
    }
    Ok(OpenedInput {
        name,
        format_name,
        format,
        len,
        reader,
        limits,
    })
}

/// The source that reads a format.
fn source_for(format: InputFormat) -> &'static dyn Source {
    match format {
        InputFormat::Text => &TextSource,
        InputFormat::Html => &HtmlSource,
        InputFormat::Jsonl => &JsonlSource,
        InputFormat::Rss | InputFormat::Atom => &FeedSource,
        InputFormat::Warc => &WarcSource,
    }
}

/// Assembles each raw record of file `name` into a document; a record whose assembly
/// fails is an error named by its place in the file.
fn assemble_records<'a>(name: String, records: RawRecords<'a>) -> DocIter<'a> {
    Box::new(records.map(move |record| {
        let record = record?;
        build_document(record.article).map_err(|e| record.place.error(&name, e))
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_model::SourceFormat;

    fn formats(name: &str, bytes: &[u8]) -> Vec<Result<SourceFormat, String>> {
        read_bytes(name, bytes, &Limits::default())
            .map(|r| r.map(|d| d.source.format).map_err(|e| e.to_string()))
            .collect()
    }

    #[test]
    fn each_format_goes_to_its_source() {
        let body = "The envoy of Arnor reached Minas Tirith on Monday and met the steward.";
        assert_eq!(formats("a.txt", body.as_bytes()), [Ok(SourceFormat::Text)]);
        let page = format!("<html><body><article><p>{body}</p></article></body></html>");
        assert_eq!(formats("a", page.as_bytes()), [Ok(SourceFormat::Html)]);
        let line = format!("{{\"text\": \"{body}\"}}\n{{\"text\": \"{body}\"}}\n");
        assert_eq!(
            formats("a.jsonl", line.as_bytes()),
            [Ok(SourceFormat::Jsonl), Ok(SourceFormat::Jsonl)]
        );
        let rss =
            format!("<rss><channel><item><description>{body}</description></item></channel></rss>");
        assert_eq!(formats("a.xml", rss.as_bytes()), [Ok(SourceFormat::Rss)]);
        let atom = format!("<feed><entry><content>{body}</content></entry></feed>");
        assert_eq!(formats("a.xml", atom.as_bytes()), [Ok(SourceFormat::Atom)]);
        assert!(formats(
            "a.warc",
            b"WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 2\r\n\r\nhi\r\n\r\n"
        )
        .is_empty());
    }

    #[test]
    fn assembly_failures_are_named_by_the_record_place() {
        assert_eq!(
            formats("a.txt", b"\xEF\xBB\xBF\x0C"),
            [Err("a.txt: no article text".to_string())]
        );
        let lines = b"{\"text\": \"\\u200b\"}\n";
        assert_eq!(
            formats("a.jsonl", lines),
            [Err("a.jsonl#0: line 1: no article text".to_string())]
        );
        let rss = b"<rss><channel><item><description>&#8203;</description></item></channel></rss>";
        assert_eq!(
            formats("a.rss", rss),
            [Err("a.rss#0: no article text".to_string())]
        );
    }

    #[test]
    fn sniffing_rejects_binary_and_empty_inputs() {
        assert_eq!(
            formats("a.bin", b"PK\x03\x04\x00\x00"),
            [Err("a.bin: binary file, not text".to_string())]
        );
        assert_eq!(
            formats("a.txt", b""),
            [Err("a.txt: empty file".to_string())]
        );
    }
}
