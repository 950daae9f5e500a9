//! Bad input: every case yields a clear error naming the file (or a document with a
//! warning), never a crash, and memory stays bounded. Fixtures are generated here.

use dossier_ingest::{read_bytes, read_path, IngestError, Limits};
use dossier_model::Document;
use flate2::write::GzEncoder;
use flate2::Compression;
use std::io::Write;
use std::path::Path;
use std::time::Instant;

const LEAD: &str = "The envoy of Arnor reached Minas Tirith on Monday and met the steward of Gondor for talks on the northern border.";

fn read_file(path: &Path) -> Vec<Result<Document, IngestError>> {
    read_path(path, &Limits::default()).collect()
}

fn only_error(out: Vec<Result<Document, IngestError>>) -> IngestError {
    assert_eq!(out.len(), 1);
    out.into_iter().next().unwrap().unwrap_err()
}

#[test]
fn binary_files_are_rejected() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("photo.txt");
    let mut bytes = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    bytes.extend((0..4000u32).map(|i| (i * 7 % 256) as u8));
    std::fs::write(&path, &bytes).unwrap();
    let err = only_error(read_file(&path));
    assert_eq!(err.reason, "binary file, not text");
    assert!(err.to_string().starts_with(&path.display().to_string()));
    // Sniffed formats too.
    let err = only_error(read_bytes("blob", &bytes, &Limits::default()).collect());
    assert_eq!(err.reason, "binary file, not text");
}

#[test]
fn invalid_utf8_is_decoded_lossily_with_a_warning() {
    let mut bytes = LEAD.as_bytes().to_vec();
    bytes.splice(4..4, [0xFF, 0xFE, 0xC3]);
    let out: Vec<_> = read_bytes("latin.txt", &bytes, &Limits::default()).collect();
    let doc = out[0].as_ref().unwrap();
    doc.validate().unwrap();
    assert!(doc.body.contains('\u{FFFD}'));
    assert_eq!(doc.warnings.len(), 1);
    assert!(
        doc.warnings[0].contains("invalid UTF-8"),
        "{:?}",
        doc.warnings
    );
}

#[test]
fn empty_files_are_rejected() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("empty.txt");
    std::fs::write(&path, b"").unwrap();
    assert_eq!(only_error(read_file(&path)).reason, "empty file");
    let blank = dir.path().join("blank.html");
    std::fs::write(&blank, b"  \n\n \t\n").unwrap();
    assert_eq!(only_error(read_file(&blank)).reason, "empty file");
    assert_eq!(
        only_error(read_bytes("x.jsonl", b"", &Limits::default()).collect()).reason,
        "empty file"
    );
}

#[test]
fn a_1_gib_file_is_rejected_by_size_without_being_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.txt");
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(1 << 30).unwrap();
    let started = Instant::now();
    let err = only_error(read_file(&path));
    assert!(
        started.elapsed().as_secs_f64() < 1.0,
        "took {:?}",
        started.elapsed()
    );
    assert!(
        err.reason.contains("64 MiB limit (max_file_bytes)"),
        "{err}"
    );
    assert!(err.reason.contains("1073741824 bytes"), "{err}");
    // The same limit applies to data without a known size (read through a cap).
    let limits = Limits {
        max_file_bytes: 1024,
        max_record_bytes: 1024,
    };
    let text = LEAD.repeat(20);
    let err = only_error(read_bytes("-", text.as_bytes(), &limits).collect());
    assert!(err.reason.contains("1 KiB limit (max_file_bytes)"), "{err}");
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = GzEncoder::new(Vec::new(), Compression::default());
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

fn warc_response(uri: &str) -> Vec<u8> {
    let body = format!("<html><body><p>{LEAD}</p></body></html>");
    let http = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n{body}");
    let mut rec = format!(
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2031-03-05T01:00:00Z\r\nContent-Length: {}\r\n\r\n",
        http.len()
    )
    .into_bytes();
    rec.extend_from_slice(http.as_bytes());
    rec.extend_from_slice(b"\r\n\r\n");
    rec
}

#[test]
fn truncated_warc_keeps_the_records_before_the_cut() {
    let mut warc = warc_response("https://a.example/1");
    let second = warc_response("https://a.example/2");
    warc.extend_from_slice(&second[..second.len() - 60]);
    let out: Vec<_> = read_bytes("cut.warc", &warc, &Limits::default()).collect();
    assert_eq!(out.len(), 2);
    assert_eq!(
        out[0].as_ref().unwrap().url.as_deref(),
        Some("https://a.example/1")
    );
    let err = out[1].as_ref().unwrap_err();
    assert_eq!(err.record, Some(1));
    assert!(
        err.reason.starts_with("truncated record: expected"),
        "{err}"
    );
    // Cut inside the header.
    let mut warc = warc_response("https://a.example/1");
    warc.extend_from_slice(b"WARC/1.0\r\nWARC-Type: resp");
    let out: Vec<_> = read_bytes("cut2.warc", &warc, &Limits::default()).collect();
    assert!(out[0].is_ok());
    assert!(out[1]
        .as_ref()
        .unwrap_err()
        .reason
        .contains("truncated record"));
}

#[test]
fn truncated_gzip_keeps_the_records_before_the_cut() {
    let mut gz = gzip(&warc_response("https://a.example/1"));
    let second = gzip(&warc_response("https://a.example/2"));
    gz.extend_from_slice(&second[..second.len() / 2]);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cut.warc.gz");
    std::fs::write(&path, &gz).unwrap();
    let out = read_file(&path);
    assert_eq!(out.len(), 2);
    assert!(out[0].is_ok());
    let err = out[1].as_ref().unwrap_err();
    assert_eq!(err.record, Some(1));
    assert!(
        err.to_string()
            .starts_with(&format!("{}#1: ", path.display())),
        "{err}"
    );
    // A truncated gzip text file.
    let gz = gzip(LEAD.repeat(50).as_bytes());
    let err =
        only_error(read_bytes("story.txt.gz", &gz[..gz.len() / 2], &Limits::default()).collect());
    assert!(
        err.reason.contains("corrupt or truncated") || err.reason.contains("read failed"),
        "{err}"
    );
}

#[test]
fn deeply_nested_html_does_not_crash() {
    let depth = 100_000;
    let mut html = String::with_capacity(depth * 11 + 200);
    html.push_str("<html><body>");
    for _ in 0..depth {
        html.push_str("<div>");
    }
    html.push_str(&format!("<p>{LEAD}</p>"));
    for _ in 0..depth {
        html.push_str("</div>");
    }
    html.push_str("</body></html>");
    let out: Vec<_> = read_bytes("deep.html", html.as_bytes(), &Limits::default()).collect();
    assert_eq!(out.len(), 1);
    if let Ok(doc) = &out[0] {
        doc.validate().unwrap();
    }
    // The same inside a feed item.
    let feed = format!(
        "<rss><channel><title>Deep</title><item><title>Deep</title><description><![CDATA[{html}]]></description></item></channel></rss>"
    );
    let out: Vec<_> = read_bytes("deep.rss", feed.as_bytes(), &Limits::default()).collect();
    assert_eq!(out.len(), 1);
    let doc = out[0].as_ref().unwrap();
    assert_eq!(doc.body, LEAD);
}

#[test]
fn feeds_with_broken_xml_give_a_clear_error() {
    let out: Vec<_> = read_bytes(
        "bad.xml",
        b"<rss><channel><title>X</title><item><title>A</tit",
        &Limits::default(),
    )
    .collect();
    let err = out.last().unwrap().as_ref().unwrap_err();
    assert_eq!(err.path, "bad.xml");
    assert!(!err.reason.is_empty());
    let out: Vec<_> = read_bytes(
        "bad.rss",
        b"<rss><channel><item></channel></rss>",
        &Limits::default(),
    )
    .collect();
    let err = out.last().unwrap().as_ref().unwrap_err();
    assert!(err.reason.contains("broken XML"), "{err}");
}

#[test]
fn oversized_records_are_skipped_and_the_rest_goes_on() {
    let limits = Limits {
        max_file_bytes: 1 << 20,
        max_record_bytes: 4096,
    };
    let small = serde_json::json!({"text": LEAD}).to_string();
    let big = serde_json::json!({"text": LEAD.repeat(100)}).to_string();
    let input = format!("{small}\n{big}\n{small}\n");
    let out: Vec<_> = read_bytes("big.jsonl", input.as_bytes(), &limits).collect();
    assert_eq!(out.len(), 3);
    assert!(out[0].is_ok() && out[2].is_ok());
    let err = out[1].as_ref().unwrap_err();
    assert_eq!(err.record, Some(1));
    assert!(
        err.reason.contains("4 KiB limit (max_record_bytes)"),
        "{err}"
    );
    // A feed item over the limit stops the feed with an error naming the limit.
    let item = format!(
        "<item><title>T</title><description>{}</description></item>",
        LEAD.repeat(100)
    );
    let feed = format!("<rss><channel><title>C</title><item><title>A</title><description>{LEAD}</description></item>{item}</channel></rss>");
    let out: Vec<_> = read_bytes("big.rss", feed.as_bytes(), &limits).collect();
    assert!(out[0].is_ok());
    let err = out[1].as_ref().unwrap_err();
    assert!(err.reason.contains("max_record_bytes"), "{err}");
    // A WARC record over the limit is skipped, the next one is read.
    let mut warc = {
        let body = format!("<html><body><p>{}</p></body></html>", LEAD.repeat(100));
        let http = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n{body}");
        let mut rec = format!("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://a.example/big\r\nContent-Length: {}\r\n\r\n", http.len()).into_bytes();
        rec.extend_from_slice(http.as_bytes());
        rec.extend_from_slice(b"\r\n\r\n");
        rec
    };
    warc.extend(warc_response("https://a.example/small"));
    let out: Vec<_> = read_bytes("big.warc", &warc, &limits).collect();
    assert_eq!(out.len(), 2);
    assert!(out[0]
        .as_ref()
        .unwrap_err()
        .reason
        .contains("max_record_bytes"));
    assert_eq!(
        out[1].as_ref().unwrap().url.as_deref(),
        Some("https://a.example/small")
    );
}

#[test]
fn missing_files_and_directories_are_errors() {
    let dir = tempfile::tempdir().unwrap();
    let err = only_error(read_file(&dir.path().join("nope.txt")));
    assert!(err.reason.starts_with("cannot open"));
    assert_eq!(only_error(read_file(dir.path())).reason, "is a directory");
}
