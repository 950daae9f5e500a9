//! The JSON Lines source (also `.json` arrays and single objects): one article object per
//! record, streamed line by line; a bad line is an error for that record only.

use super::html::raw_from_html;
use super::{single, RawRecord, RawRecords, Source};
use crate::detect::extension;
use crate::plumbing::errors::{IngestError, RecordPlace};
use crate::plumbing::input::{Input, OpenedInput};
use crate::plumbing::limits::{human_bytes, read_capped, Limits};
use crate::raw::{domain_of, PublishedDate, RawArticle, RawBody};
use dossier_model::{Evidence, SourceFormat, SourceRef};
use dossier_text::dates::parse_metadata;
use serde_json::{Map, Value};
use std::io::{BufRead, Cursor};

/// Reads JSON Lines files and `.json` files.
pub(crate) struct JsonlSource;

impl Source for JsonlSource {
    fn read<'a>(&self, input: OpenedInput<'a>) -> RawRecords<'a> {
        records(input)
    }
}

/// First of `keys` holding a non-empty string (arrays of strings are joined with `, `).
fn field(obj: &Map<String, Value>, keys: &[&'static str]) -> Option<(&'static str, String)> {
    keys.iter().find_map(|&k| match obj.get(k)? {
        Value::String(s) if !s.trim().is_empty() => Some((k, s.trim().to_string())),
        Value::Array(items) => {
            let parts: Vec<&str> = items
                .iter()
                .filter_map(|v| v.as_str().or_else(|| v.get("name")?.as_str()))
                .filter(|s| !s.trim().is_empty())
                .collect();
            (!parts.is_empty()).then(|| (k, parts.join(", ")))
        }
        Value::Object(o) => o
            .get("name")
            .and_then(Value::as_str)
            .filter(|s| !s.trim().is_empty())
            .map(|s| (k, s.trim().to_string())),
        _ => None,
    })
}

/// Turns one JSON article object into a raw article.
///
/// Fields: `url`/`link`; `outlet` (a name, or `{name, domain}`)/`source`/`site_name`;
/// `domain`; `title`/`headline`; `published`/`published_at`/`date`/`pubDate`;
/// `text`/`body`/`content`/`maintext`, or `html`/`raw_html`; `language`/`lang`;
/// `byline`/`author`/`authors`; `crawled`/`crawl_date`/`date_download`.
fn record_to_raw(value: Value, source: SourceRef) -> Result<RawArticle, String> {
    let Value::Object(obj) = value else {
        return Err("record is not a JSON object".to_string());
    };
    let url = field(&obj, &["url", "link", "canonical_url"]).map(|(_, v)| v);
    let text = field(&obj, &["text", "body", "content", "maintext"]).map(|(_, v)| v);
    let html = field(&obj, &["html", "raw_html"]).map(|(_, v)| v);
    let mut raw = match (text, html) {
        (Some(text), _) => RawArticle::new(source, RawBody::Text(text)),
        (None, Some(html)) => raw_from_html(source, &html, url.as_deref())?,
        (None, None) => return Err("record has no text or html field".to_string()),
    };
    if let Some((_, name)) = field(
        &obj,
        &["outlet", "source", "site_name", "site", "publisher"],
    ) {
        raw.outlet.name = Some(name);
    }
    if let Some(Value::Object(o)) = obj.get("outlet") {
        if let Some(d) = o.get("domain").and_then(Value::as_str) {
            raw.outlet.domain = Some(d.to_string());
        }
    }
    if let Some((_, d)) = field(&obj, &["domain"]) {
        raw.outlet.domain = Some(d);
    }
    if url.is_some() {
        raw.url = url;
    }
    if raw.outlet.domain.is_none() {
        raw.outlet.domain = raw.url.as_deref().and_then(domain_of);
    }
    if let Some((_, t)) = field(&obj, &["title", "headline"]) {
        raw.headline = Some(t);
    }
    if let Some((_, b)) = field(&obj, &["byline", "author", "authors"]) {
        raw.byline = Some(b);
    }
    if let Some((_, l)) = field(&obj, &["language", "lang"]) {
        raw.language_hint = Some(l);
    }
    if let Some((key, value)) = field(
        &obj,
        &[
            "published",
            "published_at",
            "date_publish",
            "date",
            "pubDate",
            "datePublished",
        ],
    ) {
        match parse_metadata(&value) {
            Some(date) => {
                raw.published = Some(PublishedDate {
                    date,
                    evidence: Evidence::Metadata {
                        field: format!("jsonl.{key}"),
                        value,
                    },
                })
            }
            None => raw
                .warnings
                .push(format!("{key} {value:?} is not a date I can read")),
        }
    }
    if let Some((_, c)) = field(&obj, &["crawled", "crawl_date", "date_download", "fetched"]) {
        if let Some(date) = parse_metadata(&c) {
            raw.crawled = Some(date);
        }
    }
    Ok(raw)
}

/// The raw record of JSON value `value`, record `index` of file `name`, or the error (about
/// that record) why it is not an article.
fn raw_record(
    name: &str,
    index: u64,
    place: RecordPlace,
    value: Value,
) -> Result<RawRecord, IngestError> {
    match record_to_raw(value, source(name, index)) {
        Ok(article) => Ok(RawRecord { article, place }),
        Err(e) => Err(place.error(name, e)),
    }
}

fn source(name: &str, record: u64) -> SourceRef {
    SourceRef {
        path: name.to_string(),
        format: SourceFormat::Jsonl,
        record: Some(record),
    }
}

/// Streams the records of a JSONL file; a `.json` file holding one array or one object is
/// read whole (capped by `max_file_bytes`).
fn records<'a>(input: OpenedInput<'a>) -> RawRecords<'a> {
    let OpenedInput {
        name,
        format_name,
        mut reader,
        limits,
        ..
    } = input;
    let first = match reader.fill_buf() {
        Ok(buf) => buf.iter().find(|b| !b.is_ascii_whitespace()).copied(),
        Err(e) => return single(Err(IngestError::file(name, format!("read failed: {e}")))),
    };
    let whole_json = first == Some(b'[') || extension(&format_name).as_deref() == Some("json");
    if !whole_json {
        return Box::new(JsonlRecords {
            name,
            reader,
            line: 0,
            limits,
            done: false,
        });
    }
    let bytes = match read_capped(&name, None, &mut reader, limits.max_file_bytes) {
        Ok(b) => b,
        Err(e) => return single(Err(e)),
    };
    match serde_json::from_slice::<Value>(&bytes) {
        Ok(Value::Array(items)) => Box::new(items.into_iter().enumerate().map(move |(i, v)| {
            let i = i as u64;
            raw_record(&name, i, RecordPlace::Record(i), v)
        })),
        Ok(value @ Value::Object(_)) => single(raw_record(&name, 0, RecordPlace::Record(0), value)),
        Ok(_) => single(Err(IngestError::file(
            name,
            "JSON is neither an article object nor an array of them",
        ))),
        // Not one JSON value: read it as JSON Lines.
        Err(_) => Box::new(JsonlRecords {
            name,
            reader: Box::new(Cursor::new(bytes)),
            line: 0,
            limits,
            done: false,
        }),
    }
}

/// Streams a JSONL file line by line; a bad line is an error for that record only.
struct JsonlRecords<'a> {
    name: String,
    reader: Input<'a>,
    /// Lines read so far (the current line's 1-based number).
    line: u64,
    limits: Limits,
    done: bool,
}

/// One line, at most `cap` bytes kept; `Ok(None)` at the end of input.
fn read_line_capped(
    reader: &mut dyn BufRead,
    cap: u64,
) -> std::io::Result<Option<(Vec<u8>, bool)>> {
    let mut line = Vec::new();
    let mut too_long = false;
    let mut any = false;
    loop {
        let buf = reader.fill_buf()?;
        if buf.is_empty() {
            return Ok(any.then_some((line, too_long)));
        }
        any = true;
        let (chunk, used, end) = match memchr::memchr(b'\n', buf) {
            Some(i) => (&buf[..i], i + 1, true),
            None => (buf, buf.len(), false),
        };
        if !too_long {
            if (line.len() + chunk.len()) as u64 > cap {
                too_long = true;
                line = Vec::new();
            } else {
                line.extend_from_slice(chunk);
            }
        }
        reader.consume(used);
        if end {
            return Ok(Some((line, too_long)));
        }
    }
}

impl Iterator for JsonlRecords<'_> {
    type Item = Result<RawRecord, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            let (line, too_long) =
                match read_line_capped(&mut self.reader, self.limits.max_record_bytes) {
                    Ok(Some(x)) => x,
                    Ok(None) => {
                        self.done = true;
                        return None;
                    }
                    Err(e) => {
                        self.done = true;
                        return Some(Err(IngestError::record(
                            &self.name,
                            self.line,
                            format!("read failed after line {}: {e}", self.line),
                        )));
                    }
                };
            let index = self.line;
            self.line += 1;
            let number = self.line;
            if too_long {
                return Some(Err(IngestError::record(
                    &self.name,
                    index,
                    format!(
                        "line {number} is larger than the {} limit (max_record_bytes); skipped",
                        human_bytes(self.limits.max_record_bytes)
                    ),
                )));
            }
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let text = String::from_utf8_lossy(&line);
            let value = match serde_json::from_str::<Value>(&text) {
                Ok(v) => v,
                Err(e) => {
                    return Some(Err(IngestError::record(
                        &self.name,
                        index,
                        format!("line {number} is not valid JSON: {e}"),
                    )))
                }
            };
            let place = RecordPlace::Line { index, number };
            return Some(raw_record(&self.name, index, place, value));
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::InputFormat;
    use crate::plumbing::input::opened_for_test;

    fn read(name: &str, text: &str, limits: Limits) -> Vec<Result<RawRecord, IngestError>> {
        let input = opened_for_test(name, InputFormat::Jsonl, text.as_bytes(), limits);
        JsonlSource.read(input).collect()
    }

    #[test]
    fn object_fields_fill_the_raw_article() {
        let line = r#"{"url": "https://www.dale.example/a", "outlet": {"name": "Dale Courier", "domain": "courier.dale.example"}, "title": "Barges return", "authors": ["Bard", {"name": "Bain"}], "text": "The barges came back.", "published_at": "2031-03-04T10:00:00Z", "crawl_date": "2031-03-05", "lang": "en"}"#;
        let records = read("dale.jsonl", line, Limits::default());
        let record = records[0].as_ref().unwrap();
        assert_eq!(
            record.place,
            RecordPlace::Line {
                index: 0,
                number: 1
            }
        );
        let a = &record.article;
        assert_eq!(a.url.as_deref(), Some("https://www.dale.example/a"));
        assert_eq!(a.outlet.name.as_deref(), Some("Dale Courier"));
        assert_eq!(a.outlet.domain.as_deref(), Some("courier.dale.example"));
        assert_eq!(a.headline.as_deref(), Some("Barges return"));
        assert_eq!(a.byline.as_deref(), Some("Bard, Bain"));
        assert_eq!(a.language_hint.as_deref(), Some("en"));
        assert_eq!(a.body, RawBody::Text("The barges came back.".into()));
        assert_eq!(
            a.crawled.map(|d| d.to_string()).as_deref(),
            Some("2031-03-05")
        );
        let published = a.published.as_ref().unwrap();
        assert!(
            matches!(&published.evidence, Evidence::Metadata { field, .. } if field == "jsonl.published_at")
        );
    }

    #[test]
    fn bad_lines_are_errors_for_their_record_only() {
        let text = "{\"text\": \"Esgaroth trades.\"}\n\n{not json\n[1]\n{\"title\": \"no body\"}\n{\"body\": \"Dale thrives.\", \"date\": \"soon\"}\n";
        let records = read("lake.jsonl", text, Limits::default());
        let errors: Vec<String> = records
            .iter()
            .filter_map(|r| r.as_ref().err().map(|e| e.to_string()))
            .collect();
        assert_eq!(errors.len(), 3);
        assert!(
            errors[0].starts_with("lake.jsonl#2: line 3 is not valid JSON"),
            "{}",
            errors[0]
        );
        assert_eq!(
            errors[1],
            "lake.jsonl#3: line 4: record is not a JSON object"
        );
        assert_eq!(
            errors[2],
            "lake.jsonl#4: line 5: record has no text or html field"
        );
        let last = records[4].as_ref().unwrap();
        assert_eq!(
            last.place,
            RecordPlace::Line {
                index: 5,
                number: 6
            }
        );
        assert_eq!(
            last.article.warnings,
            ["date \"soon\" is not a date I can read"]
        );
    }

    #[test]
    fn long_lines_are_skipped_and_arrays_are_records() {
        let limits = Limits {
            max_file_bytes: 1 << 20,
            max_record_bytes: 40,
        };
        let text =
            "{\"text\": \"A very long line about the realm of Gondor.\"}\n{\"text\": \"Short.\"}\n";
        let records = read("long.jsonl", text, limits);
        let err = records[0].as_ref().unwrap_err();
        assert_eq!(
            err.to_string(),
            "long.jsonl#0: line 1 is larger than the 40 bytes limit (max_record_bytes); skipped"
        );
        assert!(records[1].is_ok());
        let records = read("all.json", "[{\"text\": \"One.\"}, 7]", Limits::default());
        assert_eq!(records[0].as_ref().unwrap().place, RecordPlace::Record(0));
        assert_eq!(
            records[1].as_ref().unwrap_err().to_string(),
            "all.json#1: record is not a JSON object"
        );
        let records = read("n.json", "42", Limits::default());
        assert_eq!(
            records[0].as_ref().unwrap_err().reason,
            "JSON is neither an article object nor an array of them"
        );
    }
}
