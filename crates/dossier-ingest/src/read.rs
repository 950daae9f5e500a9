//! Reading one input (file, standard input or bytes in memory) into documents.

use crate::assemble::{build_document, PublishedDate, RawArticle, RawBody};
use crate::decode::{decode_html, decode_text, looks_binary};
use crate::detect::{detect_format, is_gzip, named_as_container, InputFormat};
use crate::{human_bytes, IngestError, Limits};
use dossier_model::{ChromeKind, Document, Evidence, RemovedText, SourceRef};
use flate2::bufread::MultiGzDecoder;
use std::fs::{self, File};
use std::io::{BufRead, BufReader, Cursor, Read};
use std::path::Path;

/// The documents (or errors) one input yields.
pub(crate) type DocIter<'a> = Box<dyn Iterator<Item = Result<Document, IngestError>> + 'a>;

/// A reader of one input, boxed.
pub(crate) type Input<'a> = Box<dyn BufRead + 'a>;

/// Bytes sniffed to detect a format.
const SNIFF_BYTES: u64 = 8192;

/// Buffer size of file and decompression readers.
const READ_BUFFER: usize = 64 << 10;

fn fail<'a>(err: IngestError) -> DocIter<'a> {
    Box::new(std::iter::once(Err(err)))
}

fn too_large(name: &str, size: Option<u64>, limit: u64) -> IngestError {
    let size = size.map(|s| format!(" ({s} bytes)")).unwrap_or_default();
    IngestError::file(
        name,
        format!(
            "file{size} is larger than the {} limit (max_file_bytes); not read",
            human_bytes(limit)
        ),
    )
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
/// the file name used for format detection and in errors and [`SourceRef::path`].
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
fn peek<'a>(mut reader: Input<'a>) -> std::io::Result<(Vec<u8>, Input<'a>)> {
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

fn strip_gz_suffix(name: &str) -> &str {
    if name.to_ascii_lowercase().ends_with(".gz") {
        &name[..name.len() - 3]
    } else {
        name
    }
}

fn read_input<'a>(
    name: String,
    len: Option<u64>,
    reader: Input<'a>,
    limits: Limits,
) -> DocIter<'a> {
    let (head, reader) = match peek(reader) {
        Ok(x) => x,
        Err(e) => return fail(IngestError::file(name, format!("read failed: {e}"))),
    };
    if head.is_empty() {
        return fail(IngestError::file(name, "empty file"));
    }
    let (format_name, len, head, reader): (String, Option<u64>, Vec<u8>, Input<'a>) =
        if is_gzip(&head) {
            let decoder = MultiGzDecoder::new(reader);
            let decompressed: Input<'a> = Box::new(BufReader::with_capacity(READ_BUFFER, decoder));
            match peek(decompressed) {
                Ok((inner_head, inner)) if inner_head.is_empty() => {
                    let _ = inner;
                    return fail(IngestError::file(
                        name,
                        "empty file (after gzip decompression)",
                    ));
                }
                Ok((inner_head, inner)) => {
                    (strip_gz_suffix(&name).to_string(), None, inner_head, inner)
                }
                Err(e) => {
                    return fail(IngestError::file(
                        name,
                        format!("gzip data is corrupt or truncated: {e}"),
                    ))
                }
            }
        } else {
            (name.clone(), len, head, reader)
        };
    let format = detect_format(&format_name, &head);
    if format != InputFormat::Warc && looks_binary(&head) {
        return fail(IngestError::file(name, "binary file, not text"));
    }
    match format {
        InputFormat::Text | InputFormat::Html => {
            let doc = read_single(&name, len, reader, format, &limits);
            Box::new(std::iter::once(doc))
        }
        InputFormat::Jsonl => crate::jsonl::records(name, &format_name, reader, limits),
        InputFormat::Rss | InputFormat::Atom => crate::feed::items(name, format, reader, limits),
        InputFormat::Warc => crate::warc::records(name, reader, limits),
    }
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

fn read_single(
    name: &str,
    len: Option<u64>,
    mut reader: Input<'_>,
    format: InputFormat,
    limits: &Limits,
) -> Result<Document, IngestError> {
    let bytes = read_capped(name, len, &mut reader, limits.max_file_bytes)?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(IngestError::file(name, "empty file"));
    }
    let source = SourceRef {
        path: name.to_string(),
        format: format.source_format(),
        record: None,
    };
    let raw = match format {
        InputFormat::Html => {
            let decoded = decode_html(&bytes, None);
            let mut raw = raw_from_html(source, &decoded.text, None)
                .map_err(|e| IngestError::file(name, e))?;
            raw.warnings.extend(decoded.warning);
            raw
        }
        _ => {
            let decoded = decode_text(&bytes);
            let mut raw = RawArticle::new(source, RawBody::Text(decoded.text));
            raw.warnings.extend(decoded.warning);
            raw
        }
    };
    build_document(raw).map_err(|e| IngestError::file(name, e))
}

/// The host of a URL, lower-cased, without `www.` and port: `https://www.arnor.example:8080/x`
/// gives `arnor.example`.
pub(crate) fn domain_of(url: &str) -> Option<String> {
    let rest = url.trim().split_once("://").map(|(_, r)| r)?;
    let host_port = rest.split(['/', '?', '#']).next()?;
    let host_port = host_port.rsplit('@').next()?;
    let host = host_port.split(':').next()?.to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host).to_string();
    (host.contains('.') && !host.starts_with('.')).then_some(host)
}

/// Turns an HTML page into a raw article through `dossier_html::extract`.
pub(crate) fn raw_from_html(
    source: SourceRef,
    html: &str,
    url: Option<&str>,
) -> Result<RawArticle, String> {
    let article = dossier_html::extract(html, url).map_err(|e| e.to_string())?;
    let mut raw = RawArticle::new(source, RawBody::Paragraphs(article.paragraphs));
    raw.headline = article.title;
    raw.byline = article.byline;
    raw.published = article.published.map(|m| PublishedDate {
        date: m.date,
        evidence: Evidence::Metadata {
            field: m.field,
            value: m.raw,
        },
    });
    raw.outlet.name = article.site_name;
    raw.url = article.canonical_url.or_else(|| url.map(str::to_string));
    raw.outlet.domain = raw.url.as_deref().and_then(domain_of);
    raw.language_hint = article.lang;
    raw.removed = article
        .removed
        .into_iter()
        .map(|text| RemovedText {
            kind: ChromeKind::Boilerplate,
            text,
        })
        .collect();
    Ok(raw)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn domains_from_urls() {
        assert_eq!(
            domain_of("https://www.Arnor.example:8080/x?y").as_deref(),
            Some("arnor.example")
        );
        assert_eq!(
            domain_of("http://user@news.gondor.example").as_deref(),
            Some("news.gondor.example")
        );
        assert_eq!(domain_of("not a url"), None);
        assert_eq!(domain_of("https://localhost/"), None);
    }
}
