//! The done-when criteria on the two seed articles, read from `../shared`
//! (override with `DOSSIER_SHARED`). Seed text is never copied into the repository.
//!
//! Tests whose names end in `_language` or `_sentences` rely on the real
//! `dossier_text::detect_language` / `sentence_spans`; the rest hold with any segmenter.

use dossier_ingest::{read_path, Limits};
use dossier_model::{ChromeKind, DatePrecision, Document, Evidence};
use std::path::PathBuf;

/// The reference data folder (the test fails, naming it, when it is missing).
fn shared() -> PathBuf {
    dossier_testdata::path("")
}

fn seed(file: &str) -> Document {
    let path = shared().join("corpus/seeds").join(file);
    let mut docs: Vec<_> = read_path(&path, &Limits::default()).collect();
    assert_eq!(docs.len(), 1, "{path:?}");
    let doc = docs.remove(0).unwrap_or_else(|e| panic!("{e}"));
    doc.validate().unwrap();
    doc
}

const S000: &str = "000_f7077eb1f7c7a540.txt";
const S001: &str = "001_ed0f8eca4efca57a.txt";

#[test]
fn seed_000_crawl_stamp_becomes_crawled() {
    let doc = seed(S000);
    assert_eq!(
        doc.crawled.map(|d| d.to_string()).as_deref(),
        Some("2025-07-19")
    );
    assert!(!doc.body.contains("date 2025-07-19"));
    assert!(doc.body.starts_with("Chief of Naval Staff"));
    assert!(doc
        .removed
        .iter()
        .any(|r| r.kind == ChromeKind::CrawlStamp && r.text == "date 2025-07-19"));
    // No publication date is invented from the crawl stamp.
    assert_eq!(doc.published.precision, DatePrecision::Unknown);
}

#[test]
fn seed_000_embedded_post_is_recognised() {
    let doc = seed(S000);
    assert_eq!(doc.embedded_posts.len(), 1);
    let post = &doc.embedded_posts[0];
    assert_eq!(post.platform, "twitter");
    assert_eq!(post.author.as_deref(), Some("PTV News"));
    assert_eq!(post.handle.as_deref(), Some("@PTVNewsOfficial"));
    assert_eq!(
        post.date.map(|d| d.to_string()).as_deref(),
        Some("2025-07-18")
    );
    let attribution = post.attribution.expect("attribution span");
    assert_eq!(
        doc.text(&attribution),
        "— PTV News (@PTVNewsOfficial) July 18, 2025"
    );
    assert!(!doc.text(&post.span).contains("PTV News"));
    assert!(post.links.iter().any(|l| l.starts_with("pic.twitter.com/")));
    // The media link is removed: in no sentence, not in the body, kept in `removed`.
    assert!(!doc.body.contains("pic.twitter.com"));
    assert!(doc
        .sentences
        .iter()
        .all(|s| !doc.text(&s.span).contains("pic.twitter")));
    assert!(doc
        .removed
        .iter()
        .any(|r| r.kind == ChromeKind::MediaLink && r.text.starts_with("pic.twitter.com/")));
    // The post's paragraph and its sentences point at the post.
    let para = doc
        .paragraphs
        .iter()
        .position(|p| p.post == Some(0))
        .unwrap();
    assert!(doc.paragraphs[para].span.contains(&post.span));
    let post_sentences: Vec<_> = doc
        .sentences
        .iter()
        .filter(|s| s.paragraph == para)
        .collect();
    assert!(!post_sentences.is_empty());
    assert!(post_sentences.iter().all(|s| s.post == Some(0)));
    assert!(doc
        .sentences
        .iter()
        .filter(|s| s.paragraph != para)
        .all(|s| s.post.is_none()));
    // The post's paragraph is not glued to the next one.
    assert_eq!(doc.paragraphs.len(), 8);
}

#[test]
fn seed_000_urdu_paragraph_and_post_language() {
    let doc = seed(S000);
    let para = doc.paragraphs.iter().find(|p| p.post == Some(0)).unwrap();
    assert_eq!(para.lang, "ur");
    assert_eq!(doc.embedded_posts[0].lang, "ur");
    assert_eq!(doc.language, "en");
    assert!(doc
        .paragraphs
        .iter()
        .filter(|p| p.post.is_none())
        .all(|p| p.lang == "en"));
}

#[test]
fn seed_001_site_chrome_is_removed() {
    let doc = seed(S001);
    for chrome in [
        "OpenVoiceNews Pakistan",
        "Transparent. Unbiased. Yours.",
        "Categories: General News",
    ] {
        assert!(!doc.body.contains(chrome), "{chrome} left in the body");
    }
    assert!(doc.body.starts_with("In a significant diplomatic"));
    assert_eq!(doc.outlet.name.as_deref(), Some("OpenVoiceNews Pakistan"));
    assert_eq!(
        doc.headline.as_deref(),
        Some("Libyan Military Chief Meets Top Pakistani Leadership to Deepen Defense Ties")
    );
    assert!(!doc.body.contains("Deepen Defense Ties"));
    let kinds: Vec<ChromeKind> = doc.removed.iter().map(|r| r.kind).collect();
    assert_eq!(
        kinds,
        [
            ChromeKind::SiteName,
            ChromeKind::Tagline,
            ChromeKind::Headline,
            ChromeKind::DateLine,
            ChromeKind::Category
        ]
    );
}

#[test]
fn seed_001_published_from_the_date_line() {
    let doc = seed(S001);
    assert_eq!(doc.published.precision, DatePrecision::Day);
    assert_eq!(
        doc.published.value.map(|d| d.to_string()).as_deref(),
        Some("2025-07-19")
    );
    match doc.published_evidence {
        Some(Evidence::Removed { index }) => {
            assert_eq!(doc.removed[index].kind, ChromeKind::DateLine);
            assert_eq!(doc.removed[index].text, "July 19, 2025");
        }
        other => panic!("published evidence {other:?}"),
    }
    assert_eq!(doc.crawled, None);
}

#[test]
fn seed_001_cut_paragraph_is_joined() {
    let doc = seed(S001);
    assert_eq!(doc.paragraphs.len(), 6);
    let joined = doc
        .paragraphs
        .iter()
        .find(|p| doc.text(&p.span).contains("Field Marshal Syed"))
        .unwrap();
    assert!(doc
        .text(&joined.span)
        .contains("Field Marshal Syed Asim Munir. According to"));
    assert!(doc.embedded_posts.is_empty());
}

#[test]
fn seed_001_cut_sentence_is_one_of_the_sentences() {
    let doc = seed(S001);
    let sentence = doc
        .sentences
        .iter()
        .map(|s| doc.text(&s.span))
        .find(|s| s.contains("Syed"))
        .unwrap();
    assert!(sentence.starts_with("During his visit"), "{sentence}");
    assert!(
        sentence.ends_with("Field Marshal Syed Asim Munir."),
        "{sentence}"
    );
}

#[test]
fn seed_001_language() {
    let doc = seed(S001);
    assert_eq!(doc.language, "en");
    assert!(doc.paragraphs.iter().all(|p| p.lang == "en"));
}
