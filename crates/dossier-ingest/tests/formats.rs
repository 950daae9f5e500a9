//! Every input format, on fixtures written for these tests (fictional outlets and places).
//!
//! `html_page_metadata_and_paragraphs` relies on the real `dossier_html::extract`.

use dossier_ingest::{expand_inputs, read_bytes, read_path, IngestError, Limits};
use dossier_model::{ChromeKind, DatePrecision, Document, Evidence, SourceFormat};
use flate2::write::GzEncoder;
use flate2::Compression;
use std::io::Write;

fn read_all(name: &str, bytes: &[u8]) -> Vec<Result<Document, IngestError>> {
    let out: Vec<_> = read_bytes(name, bytes, &Limits::default()).collect();
    for doc in out.iter().flatten() {
        doc.validate().unwrap();
    }
    out
}

fn one(name: &str, bytes: &[u8]) -> Document {
    let mut out = read_all(name, bytes);
    assert_eq!(out.len(), 1);
    out.remove(0).unwrap_or_else(|e| panic!("{e}"))
}

const LEAD: &str = "The envoy of Arnor reached Minas Tirith on Monday and met the steward of Gondor for talks on the northern border.";
const SECOND: &str = "Officials on both sides said the meeting was cordial and that a trade agreement could follow within weeks.";

#[test]
fn text_with_masthead_byline_and_dateline() {
    let text = format!(
        "The Dale Courier\n\nNews. Views. Truth.\n\nArnor Envoy Reaches Minas Tirith for Border Talks\n\nBy Bard Brandson\n\nPublished: Tuesday, 4 March 2031\n\nFiled under World\n\n{LEAD}\n\n{SECOND}\n"
    );
    let doc = one("courier.txt", text.as_bytes());
    assert_eq!(doc.source.format, SourceFormat::Text);
    assert_eq!(doc.body, format!("{LEAD}\n\n{SECOND}"));
    assert_eq!(doc.outlet.name.as_deref(), Some("The Dale Courier"));
    assert_eq!(doc.byline.as_deref(), Some("Bard Brandson"));
    assert_eq!(
        doc.headline.as_deref(),
        Some("Arnor Envoy Reaches Minas Tirith for Border Talks")
    );
    assert_eq!(doc.published.value.unwrap().to_string(), "2031-03-04");
    assert!(matches!(
        doc.published_evidence,
        Some(Evidence::Removed { .. })
    ));
    let kinds: Vec<_> = doc.removed.iter().map(|r| r.kind).collect();
    assert_eq!(
        kinds,
        [
            ChromeKind::SiteName,
            ChromeKind::Tagline,
            ChromeKind::Headline,
            ChromeKind::Byline,
            ChromeKind::DateLine,
            ChromeKind::Category
        ]
    );
    assert_eq!(doc.paragraphs.len(), 2);
    assert_eq!(doc.outlet.domain, None);
}

#[test]
fn text_with_wire_dateline_and_crawl_stamp() {
    let text = format!(
        "crawled: 2031-03-05T08:00:00Z\nOSGILIATH, March 4 (Gondor Wire) - {LEAD}\n\n{SECOND}"
    );
    let doc = one("wire.txt", text.as_bytes());
    assert_eq!(doc.crawled.unwrap().to_string(), "2031-03-05");
    assert!(doc.body.starts_with("The envoy of Arnor"));
    // The year comes from the crawl date.
    assert_eq!(doc.published.value.unwrap().to_string(), "2031-03-04");
    match doc.published_evidence {
        Some(Evidence::Removed { index }) => {
            assert_eq!(doc.removed[index].kind, ChromeKind::DateLine);
            assert_eq!(doc.removed[index].text, "OSGILIATH, March 4 (Gondor Wire)");
        }
        other => panic!("{other:?}"),
    }
    let doc = one("plain.txt", format!("March 4, 2031 — {LEAD}").as_bytes());
    assert_eq!(doc.published.value.unwrap().to_string(), "2031-03-04");
    assert_eq!(doc.body, LEAD);
}

#[test]
fn text_without_chrome_is_kept_whole() {
    let text = format!("{LEAD}\n\n{SECOND}");
    let doc = one("plain", text.as_bytes());
    assert_eq!(doc.body, text);
    assert!(doc.removed.is_empty());
    assert_eq!(doc.outlet.name, None);
    assert_eq!(doc.published.precision, DatePrecision::Unknown);
    // Same body, same id, whatever the source.
    let again = one(
        "again.txt",
        format!("\u{feff}{LEAD}\r\n\r\n{SECOND}\r\n").as_bytes(),
    );
    assert_eq!(again.id, doc.id);
}

#[test]
fn embedded_post_from_text_with_a_separate_attribution_paragraph() {
    let text = format!(
        "{LEAD}\n\nDie Flotte von Gondor ist heute Morgen aus dem Hafen ausgelaufen https://t.co/Qw3rTy\n\n— Gondor Navy (@GondorNavy) March 3, 2031\n\n{SECOND}"
    );
    let doc = one("post.txt", text.as_bytes());
    assert_eq!(doc.embedded_posts.len(), 1);
    let post = &doc.embedded_posts[0];
    assert_eq!(post.handle.as_deref(), Some("@GondorNavy"));
    assert_eq!(post.platform, "twitter");
    assert_eq!(post.links, ["https://t.co/Qw3rTy"]);
    assert_eq!(doc.paragraphs.len(), 3);
    assert_eq!(doc.paragraphs[1].post, Some(0));
    assert!(!doc.body.contains("t.co/"));
}

#[test]
fn html_page_metadata_and_paragraphs() {
    let html = r#"<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Arnor Envoy Reaches Minas Tirith | The Dale Courier</title>
<meta property="og:site_name" content="The Dale Courier">
<meta property="og:title" content="Arnor Envoy Reaches Minas Tirith">
<meta property="article:published_time" content="2031-03-04T09:00:00Z">
<link rel="canonical" href="https://www.dale-courier.example/world/arnor-envoy">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Arnor Envoy Reaches Minas Tirith</h1>
<p>The envoy of Arnor reached Minas Tirith on Monday and met the steward of Gondor for talks on the northern border.</p>
<p>Officials on both sides said the meeting was cordial and that a trade agreement could follow within weeks.</p>
</article><footer>Copyright The Dale Courier</footer></body></html>"#;
    let doc = one("page.html", html.as_bytes());
    assert_eq!(doc.source.format, SourceFormat::Html);
    assert_eq!(
        doc.headline.as_deref(),
        Some("Arnor Envoy Reaches Minas Tirith")
    );
    assert_eq!(doc.outlet.name.as_deref(), Some("The Dale Courier"));
    assert_eq!(doc.outlet.domain.as_deref(), Some("dale-courier.example"));
    assert_eq!(
        doc.url.as_deref(),
        Some("https://www.dale-courier.example/world/arnor-envoy")
    );
    assert_eq!(doc.published.value.unwrap().to_string(), "2031-03-04");
    assert!(matches!(
        doc.published_evidence,
        Some(Evidence::Metadata { .. })
    ));
    assert_eq!(doc.body, format!("{LEAD}\n\n{SECOND}"));
}

#[test]
fn html_declared_charset_is_honoured() {
    let mut page = b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body><p>The caf".to_vec();
    page.push(0xE9);
    page.extend_from_slice(b" of Bree reopened on Monday after the long winter closed every road to the north.</p></body></html>");
    let doc = one("bree.htm", &page);
    assert!(doc.body.contains("café of Bree"));
    assert!(doc.warnings.is_empty());
}

#[test]
fn jsonl_records_with_a_bad_line() {
    let good = serde_json::json!({
        "url": "https://news.rohan.example/a/1",
        "outlet": "Rohan Herald",
        "title": "Riders Return to Edoras",
        "published": "2031-03-04T10:00:00+01:00",
        "text": format!("{LEAD}\n\n{SECOND}"),
        "language": "en",
        "author": ["Eomer Eadig", "Hama"],
        "crawled": "2031-03-05"
    });
    let no_text = serde_json::json!({"title": "Nothing here"});
    let input = format!(
        "{good}\n{{not json\n\n{no_text}\n{}\n",
        serde_json::json!({"text": SECOND})
    );
    let out = read_all("batch.jsonl", input.as_bytes());
    assert_eq!(out.len(), 4);
    let doc = out[0].as_ref().unwrap();
    assert_eq!(doc.source.format, SourceFormat::Jsonl);
    assert_eq!(doc.source.record, Some(0));
    assert_eq!(doc.outlet.name.as_deref(), Some("Rohan Herald"));
    assert_eq!(doc.outlet.domain.as_deref(), Some("news.rohan.example"));
    assert_eq!(doc.headline.as_deref(), Some("Riders Return to Edoras"));
    assert_eq!(doc.byline.as_deref(), Some("Eomer Eadig, Hama"));
    assert_eq!(doc.published.value.unwrap().to_string(), "2031-03-04");
    assert_eq!(
        doc.published_evidence,
        Some(Evidence::Metadata {
            field: "jsonl.published".into(),
            value: "2031-03-04T10:00:00+01:00".into()
        })
    );
    assert_eq!(doc.crawled.unwrap().to_string(), "2031-03-05");
    let bad = out[1].as_ref().unwrap_err();
    assert_eq!(bad.path, "batch.jsonl");
    assert_eq!(bad.record, Some(1));
    assert!(bad.reason.contains("line 2 is not valid JSON"), "{bad}");
    assert!(bad.to_string().starts_with("batch.jsonl#1: line 2"));
    let missing = out[2].as_ref().unwrap_err();
    assert_eq!(missing.record, Some(3));
    assert!(missing.reason.contains("no text or html"));
    assert_eq!(out[3].as_ref().unwrap().source.record, Some(4));
}

#[test]
fn json_array_file() {
    let input =
        serde_json::json!([{"text": LEAD}, {"text": SECOND, "title": "Second"}]).to_string();
    let out = read_all("batch.json", input.as_bytes());
    assert_eq!(out.len(), 2);
    assert_eq!(out[1].as_ref().unwrap().headline.as_deref(), Some("Second"));
}

fn rss(items: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Gondor Wire &amp; Post</title><link>https://gondorwire.example/</link><language>en-gb</language>
{items}
</channel></rss>"#
    )
}

const RSS_ITEMS: &str = r#"<item><title>Fleet Sails From Pelargir</title><link>https://gondorwire.example/fleet</link>
<pubDate>Tue, 04 Mar 2031 09:30:00 +0000</pubDate><dc:creator>Beregond</dc:creator>
<description>Short summary.</description>
<content:encoded><![CDATA[<p>The fleet of Gondor sailed from Pelargir at dawn on Tuesday, the admiralty said in a statement.</p>
<blockquote class="twitter-tweet"><p lang="de">Die Flotte ist ausgelaufen <a href="https://t.co/x">pic.twitter.com/Ab12Cd</a></p>&mdash; Gondor Navy (@GondorNavy) <a href="https://twitter.com/x">March 4, 2031</a></blockquote>
<p>Officials said the ships would patrol the southern coast for several weeks before returning to port.</p>]]></content:encoded></item>
<item><title>Only a summary</title><link>https://gondorwire.example/summary</link>
<description>&lt;p&gt;The council of Dol Amroth met on Wednesday &amp;amp; agreed a new harbour tax.&lt;/p&gt;</description></item>"#;

#[test]
fn rss_items_become_documents() {
    let feed = rss(RSS_ITEMS);
    let out = read_all("wire.xml", feed.as_bytes());
    assert_eq!(out.len(), 2);
    let doc = out[0].as_ref().unwrap();
    assert_eq!(doc.source.format, SourceFormat::Rss);
    assert_eq!(doc.source.record, Some(0));
    assert_eq!(doc.outlet.name.as_deref(), Some("Gondor Wire & Post"));
    assert_eq!(doc.outlet.domain.as_deref(), Some("gondorwire.example"));
    assert_eq!(doc.headline.as_deref(), Some("Fleet Sails From Pelargir"));
    assert_eq!(doc.url.as_deref(), Some("https://gondorwire.example/fleet"));
    assert_eq!(doc.byline.as_deref(), Some("Beregond"));
    assert_eq!(doc.published.value.unwrap().to_string(), "2031-03-04");
    assert_eq!(doc.paragraphs.len(), 3);
    let post = &doc.embedded_posts[0];
    assert_eq!(post.author.as_deref(), Some("Gondor Navy"));
    assert_eq!(post.date.unwrap().to_string(), "2031-03-04");
    assert!(!doc.body.contains("pic.twitter.com"));
    let summary = out[1].as_ref().unwrap();
    assert_eq!(
        summary.body,
        "The council of Dol Amroth met on Wednesday & agreed a new harbour tax."
    );
    assert_eq!(summary.published.precision, DatePrecision::Unknown);
}

#[test]
fn atom_entries_become_documents() {
    let feed = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Bree Gazette</title>
<link rel="self" href="https://bree.example/feed.atom"/><link href="https://bree.example/"/>
<entry><title type="html">Inn &lt;em&gt;Reopens&lt;/em&gt;</title><link rel="alternate" href="https://bree.example/inn"/>
<id>tag:bree.example,2031:1</id><updated>2031-03-06T10:00:00Z</updated><published>2031-03-05T10:00:00Z</published>
<author><name>Barliman Butterbur</name></author>
<content type="html">&lt;p&gt;The Prancing Pony reopened on Wednesday after repairs to its roof were completed.&lt;/p&gt;&lt;p&gt;Guests queued from early morning.&lt;/p&gt;</content></entry>
<entry><title>Road Repaired</title><link href="https://bree.example/road"/><updated>2031-03-07T10:00:00Z</updated>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The East Road was repaired near the <b>Weather Hills</b> this week.</p><p>Travel resumed.</p></div></content></entry>
</feed>"#;
    let out = read_all("bree.atom", feed.as_bytes());
    assert_eq!(out.len(), 2);
    let doc = out[0].as_ref().unwrap();
    assert_eq!(doc.source.format, SourceFormat::Atom);
    assert_eq!(doc.headline.as_deref(), Some("Inn Reopens"));
    assert_eq!(doc.url.as_deref(), Some("https://bree.example/inn"));
    assert_eq!(doc.byline.as_deref(), Some("Barliman Butterbur"));
    assert_eq!(doc.published.value.unwrap().to_string(), "2031-03-05");
    assert_eq!(doc.outlet.name.as_deref(), Some("Bree Gazette"));
    assert_eq!(doc.paragraphs.len(), 2);
    let road = out[1].as_ref().unwrap();
    assert_eq!(
        road.body,
        "The East Road was repaired near the Weather Hills this week.\n\nTravel resumed."
    );
    assert_eq!(road.published.value.unwrap().to_string(), "2031-03-07");
}

#[test]
fn broken_feed_yields_what_parsed_and_names_the_file() {
    let feed = rss(&format!(
        "{RSS_ITEMS}<item><title>Broken</title><description>Text</descr></item>"
    ));
    let out = read_all("broken.rss", feed.as_bytes());
    assert_eq!(out.len(), 3);
    assert!(out[0].is_ok() && out[1].is_ok());
    let err = out[2].as_ref().unwrap_err();
    assert_eq!(err.path, "broken.rss");
    assert_eq!(err.record, Some(2));
    assert!(err.reason.contains("broken XML"), "{err}");
    let cut = &rss(RSS_ITEMS)[..600];
    let out = read_all("cut.rss", cut.as_bytes());
    assert!(out.last().unwrap().is_err());
}

fn warc_record(kind: &str, uri: &str, date: &str, payload: &[u8]) -> Vec<u8> {
    let mut rec = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: {date}\r\nWARC-Record-ID: <urn:uuid:1>\r\nContent-Length: {}\r\n\r\n",
        payload.len()
    )
    .into_bytes();
    rec.extend_from_slice(payload);
    rec.extend_from_slice(b"\r\n\r\n");
    rec
}

fn http(content_type: &str, body: &str) -> Vec<u8> {
    format!(
        "HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

fn page(title: &str) -> String {
    format!(
        "<html><head><title>{title}</title></head><body><p>{LEAD}</p><p>{SECOND}</p></body></html>"
    )
}

fn warc_records() -> Vec<Vec<u8>> {
    vec![
        warc_record(
            "warcinfo",
            "",
            "2031-03-05T00:00:00Z",
            b"software: test\r\n",
        ),
        warc_record(
            "request",
            "https://a.example/1",
            "2031-03-05T01:00:00Z",
            b"GET /1 HTTP/1.1\r\n\r\n",
        ),
        warc_record(
            "response",
            "https://a.example/1",
            "2031-03-05T01:00:00Z",
            &http("text/html; charset=utf-8", &page("One")),
        ),
        warc_record(
            "response",
            "https://a.example/logo.png",
            "2031-03-05T01:00:01Z",
            &http("image/png", "PNG"),
        ),
        warc_record(
            "response",
            "https://b.example/2",
            "2031-03-06T02:00:00Z",
            &http("text/html", &page("Two")),
        ),
    ]
}

#[test]
fn warc_response_records_become_documents() {
    let warc: Vec<u8> = warc_records().concat();
    let out = read_all("news.warc", &warc);
    assert_eq!(out.len(), 2);
    let one = out[0].as_ref().unwrap();
    assert_eq!(one.source.format, SourceFormat::Warc);
    assert_eq!(one.source.record, Some(2));
    assert_eq!(one.url.as_deref(), Some("https://a.example/1"));
    assert_eq!(one.outlet.domain.as_deref(), Some("a.example"));
    assert_eq!(one.crawled.unwrap().to_string(), "2031-03-05");
    let two = out[1].as_ref().unwrap();
    assert_eq!(two.source.record, Some(4));
    assert_eq!(two.crawled.unwrap().to_string(), "2031-03-06");
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = GzEncoder::new(Vec::new(), Compression::default());
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

#[test]
fn warc_gz_with_one_member_per_record() {
    let gz: Vec<u8> = warc_records()
        .iter()
        .map(|r| gzip(r))
        .collect::<Vec<_>>()
        .concat();
    let out = read_all("news.warc.gz", &gz);
    assert_eq!(out.len(), 2);
    assert!(out.iter().all(Result::is_ok));
    // Sniffed without a telling name, too.
    assert_eq!(read_all("upload", &gz).len(), 2);
}

#[test]
fn expand_walks_directories_sorted_and_skips_hidden() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir_all(root.join("b/inner")).unwrap();
    std::fs::create_dir_all(root.join(".git")).unwrap();
    for f in [
        "b/inner/z.txt",
        "b/a.txt",
        "c.html",
        ".hidden.txt",
        ".git/config",
        "a.jsonl",
    ] {
        std::fs::write(root.join(f), LEAD).unwrap();
    }
    let stdin = std::path::PathBuf::from("-");
    let missing = root.join("missing.txt");
    let out = expand_inputs(&[root.to_path_buf(), stdin.clone(), missing]);
    let ok: Vec<_> = out.iter().filter_map(|r| r.as_ref().ok()).collect();
    let expected = [
        root.join("a.jsonl"),
        root.join("b/a.txt"),
        root.join("b/inner/z.txt"),
        root.join("c.html"),
        stdin,
    ];
    assert_eq!(ok, expected.iter().collect::<Vec<_>>());
    let err = out.last().unwrap().as_ref().unwrap_err();
    assert!(err.path.ends_with("missing.txt") && err.reason.contains("cannot open"));
    // Files read from disk carry their path.
    let docs: Vec<_> = read_path(&root.join("b/a.txt"), &Limits::default()).collect();
    assert_eq!(
        docs[0].as_ref().unwrap().source.path,
        root.join("b/a.txt").to_string_lossy()
    );
}
