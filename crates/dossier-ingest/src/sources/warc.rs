//! The WARC source: archives (CC-NEWS style), streamed record by record; HTML `response`
//! records become raw articles, every other record is skipped. A `.warc.gz` is gunzipped
//! on the fly by the plumbing before it gets here.

use super::html::raw_from_html;
use super::{RawRecord, RawRecords, Source};
use crate::plumbing::decode::{charset_from_content_type, decode_html};
use crate::plumbing::errors::{IngestError, RecordPlace};
use crate::plumbing::input::{Input, OpenedInput};
use crate::plumbing::limits::{human_bytes, Limits};
use crate::raw::RawArticle;
use dossier_model::{SourceFormat, SourceRef};
use dossier_text::dates::parse_metadata;
use flate2::read::{GzDecoder, ZlibDecoder};
use std::collections::HashMap;
use std::io::{BufRead, Read};

/// Longest header line accepted (WARC or HTTP).
const MAX_HEADER_LINE: u64 = 64 << 10;
/// Most header lines in one block.
const MAX_HEADER_LINES: usize = 1000;

/// Reads WARC archives.
pub(crate) struct WarcSource;

impl Source for WarcSource {
    fn read<'a>(&self, input: OpenedInput<'a>) -> RawRecords<'a> {
        Box::new(WarcRecords {
            name: input.name,
            reader: input.reader,
            limits: input.limits,
            index: 0,
            done: false,
        })
    }
}

struct WarcRecords<'a> {
    name: String,
    reader: Input<'a>,
    limits: Limits,
    /// Index of the next record in the file (all record types count).
    index: u64,
    done: bool,
}

/// One header line without its line end; `Ok(None)` at the end of input.
fn read_line(reader: &mut dyn BufRead) -> Result<Option<Vec<u8>>, String> {
    let mut line = Vec::new();
    let n = reader
        .take(MAX_HEADER_LINE)
        .read_until(b'\n', &mut line)
        .map_err(|e| format!("read failed (corrupt or truncated data): {e}"))?;
    if n == 0 {
        return Ok(None);
    }
    if !line.ends_with(b"\n") && n as u64 >= MAX_HEADER_LINE {
        return Err(format!(
            "header line longer than {}",
            human_bytes(MAX_HEADER_LINE)
        ));
    }
    while line.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
        line.pop();
    }
    Ok(Some(line))
}

/// Parses `Name: value` lines into a map with lower-cased names.
fn parse_headers(lines: &[Vec<u8>]) -> HashMap<String, String> {
    lines
        .iter()
        .filter_map(|l| {
            let s = String::from_utf8_lossy(l);
            let (k, v) = s.split_once(':')?;
            Some((k.trim().to_ascii_lowercase(), v.trim().to_string()))
        })
        .collect()
}

/// An HTTP response: status, headers, body.
struct HttpResponse<'p> {
    status: u16,
    headers: HashMap<String, String>,
    body: &'p [u8],
}

fn parse_http(payload: &[u8]) -> Option<HttpResponse<'_>> {
    let (head_end, body_start) = match memchr::memmem::find(payload, b"\r\n\r\n") {
        Some(i) => (i, i + 4),
        None => {
            let i = memchr::memmem::find(payload, b"\n\n")?;
            (i, i + 2)
        }
    };
    let head = String::from_utf8_lossy(&payload[..head_end]);
    let mut lines = head.lines();
    let status_line = lines.next()?;
    if !status_line.starts_with("HTTP/") {
        return None;
    }
    let status = status_line.split_whitespace().nth(1)?.parse().ok()?;
    let headers = lines
        .filter_map(|l| {
            let (k, v) = l.split_once(':')?;
            Some((k.trim().to_ascii_lowercase(), v.trim().to_string()))
        })
        .collect();
    Some(HttpResponse {
        status,
        headers,
        body: &payload[body_start..],
    })
}

/// Undoes `Transfer-Encoding: chunked`; `None` when the chunking is broken.
fn dechunk(body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(body.len());
    let mut rest = body;
    loop {
        let line_end = memchr::memmem::find(rest, b"\r\n")?;
        let size_text = String::from_utf8_lossy(&rest[..line_end]);
        let size = usize::from_str_radix(size_text.split(';').next()?.trim(), 16).ok()?;
        rest = &rest[line_end + 2..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(rest.get(..size)?);
        rest = rest.get(size..)?;
        rest = rest.strip_prefix(b"\r\n").unwrap_or(rest);
    }
}

impl WarcRecords<'_> {
    fn fail(&mut self, record: u64, reason: String) -> Option<Result<RawRecord, IngestError>> {
        self.done = true;
        Some(Err(IngestError::record(&self.name, record, reason)))
    }

    /// A response record's payload to a raw article; `Ok(None)` for responses that are not
    /// HTML pages (images, redirects, errors).
    fn response(
        &self,
        record: u64,
        headers: &HashMap<String, String>,
        payload: &[u8],
    ) -> Result<Option<RawArticle>, String> {
        let Some(http) = parse_http(payload) else {
            return Err("response record without an HTTP response".to_string());
        };
        if !(200..300).contains(&http.status) {
            return Ok(None);
        }
        let content_type = http
            .headers
            .get("content-type")
            .cloned()
            .unwrap_or_default();
        let lower_type = content_type.to_ascii_lowercase();
        if !lower_type.is_empty() && !lower_type.contains("html") {
            return Ok(None);
        }
        let mut body: Vec<u8> = http.body.to_vec();
        if http
            .headers
            .get("transfer-encoding")
            .is_some_and(|t| t.eq_ignore_ascii_case("chunked"))
        {
            body = dechunk(&body).ok_or("broken chunked transfer encoding")?;
        }
        let cap = self.limits.max_record_bytes;
        match http
            .headers
            .get("content-encoding")
            .map(|s| s.to_ascii_lowercase())
        {
            Some(enc) if enc == "gzip" || enc == "x-gzip" => {
                let mut out = Vec::new();
                GzDecoder::new(&body[..])
                    .take(cap + 1)
                    .read_to_end(&mut out)
                    .map_err(|e| format!("gzip content encoding is broken: {e}"))?;
                body = out;
            }
            Some(enc) if enc == "deflate" => {
                let mut out = Vec::new();
                ZlibDecoder::new(&body[..])
                    .take(cap + 1)
                    .read_to_end(&mut out)
                    .map_err(|e| format!("deflate content encoding is broken: {e}"))?;
                body = out;
            }
            _ => {}
        }
        if body.len() as u64 > cap {
            return Err(format!(
                "decoded page is larger than the {} limit (max_record_bytes)",
                human_bytes(cap)
            ));
        }
        let url = headers
            .get("warc-target-uri")
            .map(|u| u.trim_matches(['<', '>']).to_string());
        let charset = charset_from_content_type(&content_type);
        let decoded = decode_html(&body, charset.as_deref());
        let source = SourceRef {
            path: self.name.clone(),
            format: SourceFormat::Warc,
            record: Some(record),
        };
        let mut raw = raw_from_html(source, &decoded.text, url.as_deref())?;
        raw.warnings.extend(decoded.warning);
        raw.crawled = headers.get("warc-date").and_then(|d| parse_metadata(d));
        if raw.url.is_none() {
            raw.url = url;
        }
        Ok(Some(raw))
    }
}

impl Iterator for WarcRecords<'_> {
    type Item = Result<RawRecord, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            let record = self.index;
            // Skip the blank lines that end the previous record.
            let version = loop {
                match read_line(&mut self.reader) {
                    Ok(None) => {
                        self.done = true;
                        return None;
                    }
                    Ok(Some(l)) if l.iter().all(u8::is_ascii_whitespace) => continue,
                    Ok(Some(l)) => break l,
                    Err(e) => return self.fail(record, e),
                }
            };
            if !version.starts_with(b"WARC/") {
                return self.fail(
                    record,
                    "not a WARC record header (expected WARC/1.x)".to_string(),
                );
            }
            let mut lines = Vec::new();
            loop {
                match read_line(&mut self.reader) {
                    Ok(None) => {
                        return self.fail(
                            record,
                            "truncated record: the file ends inside the WARC header".to_string(),
                        )
                    }
                    Ok(Some(l)) if l.is_empty() => break,
                    Ok(Some(l)) => {
                        if lines.len() >= MAX_HEADER_LINES {
                            return self.fail(record, "WARC header has too many lines".to_string());
                        }
                        lines.push(l)
                    }
                    Err(e) => return self.fail(record, e),
                }
            }
            self.index += 1;
            let headers = parse_headers(&lines);
            let Some(length) = headers
                .get("content-length")
                .and_then(|v| v.parse::<u64>().ok())
            else {
                return self.fail(
                    record,
                    "WARC header has no valid Content-Length".to_string(),
                );
            };
            let is_response = headers
                .get("warc-type")
                .is_some_and(|t| t.eq_ignore_ascii_case("response"));
            let too_large = length > self.limits.max_record_bytes;
            if !is_response || too_large {
                let skipped =
                    std::io::copy(&mut (&mut self.reader).take(length), &mut std::io::sink());
                match skipped {
                    Ok(n) if n < length => {
                        return self.fail(
                            record,
                            format!(
                                "truncated record: expected {length} bytes of content, got {n}"
                            ),
                        )
                    }
                    Err(e) => {
                        return self.fail(
                            record,
                            format!("read failed (corrupt or truncated data): {e}"),
                        )
                    }
                    Ok(_) => {}
                }
                if is_response {
                    return Some(Err(IngestError::record(
                        &self.name,
                        record,
                        format!(
                            "record of {length} bytes is larger than the {} limit (max_record_bytes); skipped",
                            human_bytes(self.limits.max_record_bytes)
                        ),
                    )));
                }
                continue;
            }
            let mut payload = Vec::with_capacity(length as usize);
            match (&mut self.reader).take(length).read_to_end(&mut payload) {
                Ok(n) if (n as u64) < length => {
                    return self.fail(
                        record,
                        format!("truncated record: expected {length} bytes of content, got {n}"),
                    )
                }
                Err(e) => {
                    return self.fail(
                        record,
                        format!("read failed (corrupt or truncated data): {e}"),
                    )
                }
                Ok(_) => {}
            }
            match self.response(record, &headers, &payload) {
                Ok(Some(article)) => {
                    return Some(Ok(RawRecord {
                        article,
                        place: RecordPlace::Record(record),
                    }))
                }
                Ok(None) => continue,
                Err(e) => return Some(Err(IngestError::record(&self.name, record, e))),
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::InputFormat;
    use crate::plumbing::input::opened_for_test;

    const PAGE: &str = "<html><head><title>Edoras</title></head><body><article><p>The riders of Rohan mustered at Edoras on Monday and rode east before dawn to meet the host beyond the river, the marshals said.</p></article></body></html>";

    fn record(kind: &str, headers: &str, block: &[u8]) -> Vec<u8> {
        let mut out = format!(
            "WARC/1.0\r\nWARC-Type: {kind}\r\n{headers}Content-Length: {}\r\n\r\n",
            block.len()
        )
        .into_bytes();
        out.extend_from_slice(block);
        out.extend_from_slice(b"\r\n\r\n");
        out
    }

    fn read(bytes: &[u8]) -> Vec<Result<RawRecord, IngestError>> {
        let input = opened_for_test("annals.warc", InputFormat::Warc, bytes, Limits::default());
        WarcSource.read(input).collect()
    }

    #[test]
    fn html_responses_become_raw_articles_and_the_rest_is_skipped() {
        let http = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n{PAGE}");
        let image = b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG";
        let mut warc = record("warcinfo", "", b"software: none");
        warc.extend(record("response", "", image));
        warc.extend(record(
            "response",
            "WARC-Date: 2031-03-04T10:00:00Z\r\nWARC-Target-URI: <https://edoras.example/muster>\r\n",
            http.as_bytes(),
        ));
        let records = read(&warc);
        assert_eq!(records.len(), 1);
        let r = records[0].as_ref().unwrap();
        assert_eq!(r.place, RecordPlace::Record(2));
        assert_eq!(
            r.article.url.as_deref(),
            Some("https://edoras.example/muster")
        );
        assert_eq!(
            r.article.crawled.map(|d| d.to_string()).as_deref(),
            Some("2031-03-04")
        );
        assert_eq!(r.article.source.format, SourceFormat::Warc);
    }

    #[test]
    fn broken_records_end_the_stream_with_an_error() {
        let records = read(b"WARC/1.0\r\nWARC-Type: response\r\n\r\n");
        assert_eq!(
            records[0].as_ref().unwrap_err().to_string(),
            "annals.warc#0: WARC header has no valid Content-Length"
        );
        let records = read(b"HTTP/1.1 200 OK\r\n");
        assert_eq!(
            records[0].as_ref().unwrap_err().reason,
            "not a WARC record header (expected WARC/1.x)"
        );
        let records = read(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 100\r\n\r\nHTTP");
        assert_eq!(
            records[0].as_ref().unwrap_err().reason,
            "truncated record: expected 100 bytes of content, got 4"
        );
    }

    #[test]
    fn http_payloads_are_parsed_and_dechunked() {
        let http = parse_http(b"HTTP/1.1 404 Not Found\nContent-Type: text/html\n\nGone").unwrap();
        assert_eq!(http.status, 404);
        assert_eq!(
            http.headers.get("content-type").map(String::as_str),
            Some("text/html")
        );
        assert_eq!(http.body, b"Gone");
        assert!(parse_http(b"GET / HTTP/1.1\r\n\r\n").is_none());
        assert_eq!(
            dechunk(b"5\r\nMinas\r\n7;x=y\r\n Tirith\r\n0\r\n\r\n").as_deref(),
            Some(&b"Minas Tirith"[..])
        );
        assert_eq!(dechunk(b"zz\r\nMinas"), None);
    }
}
