//! Main-content extraction from HTML news pages, with the page's metadata.
//!
//! The body comes from two extraction crates run side by side (see [`BodySource`]); the
//! metadata (title, date, author, site, canonical URL, language, description) is read here
//! from `<meta>`, `<link>`, JSON-LD and a few well-known elements. Before any parsing, element
//! nesting is capped so that pathological pages neither take quadratic time nor overflow the
//! stack.
//!
//! [`fragment`] is the odd one out: a scanner for HTML fragments (feed item content), which
//! have no page around them to extract from.

mod blocks;
mod body;
pub mod fragment;
mod meta;
mod nesting;

pub use body::BodySource;
use dom_query::Document;
use dossier_model::PartialDate;
use std::collections::HashSet;

/// A date found in the page's metadata, with where it was found.
#[derive(Debug, Clone, PartialEq)]
pub struct MetaDate {
    /// The date, to the day when the page gives the day.
    pub date: PartialDate,
    /// e.g. `meta[article:published_time]`, `json-ld datePublished`, `time[datetime]`.
    pub field: String,
    /// The raw value as written in the page.
    pub raw: String,
}

/// What an HTML page says: its article body as paragraphs of plain text, and metadata.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HtmlArticle {
    /// The headline, without a trailing " | Site" suffix.
    pub title: Option<String>,
    /// Author name(s), without a leading "By".
    pub byline: Option<String>,
    /// Publication date from the page's metadata.
    pub published: Option<MetaDate>,
    /// The outlet's name (`og:site_name`, JSON-LD publisher).
    pub site_name: Option<String>,
    /// `link[rel=canonical]` or `og:url`, made absolute against the page URL.
    pub canonical_url: Option<String>,
    /// `<html lang>` or `og:locale`, normalised to ISO 639-1 when possible.
    pub lang: Option<String>,
    /// The page's own summary (`meta[name=description]`, `og:description`).
    pub description: Option<String>,
    /// The main content, one entry per paragraph-level block, plain text.
    pub paragraphs: Vec<String>,
    /// Text of blocks judged to be page furniture (navigation, share bars, footers).
    pub removed: Vec<String>,
    /// Which extractor the body came from.
    pub body_source: Option<BodySource>,
    /// How many over-deep tags were dropped before parsing (0 for ordinary pages).
    pub dropped_deep_tags: usize,
}

/// Why a page gave no article.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum HtmlError {
    /// The page parsed but no extractor found text in it.
    #[error("no article text found in the page")]
    NoContent,
    /// The input does not look like HTML at all.
    #[error("the page is not HTML: {0}")]
    NotHtml(String),
}

/// Rejects input that has no tags or looks binary.
fn check_is_html(html: &str) -> Result<(), HtmlError> {
    let head: String = html.chars().take(4096).collect();
    let controls = head
        .chars()
        .filter(|c| c.is_control() && !c.is_whitespace())
        .count();
    if controls * 10 > head.chars().count().max(1) {
        return Err(HtmlError::NotHtml("binary data".to_string()));
    }
    let bytes = html.as_bytes();
    let has_tag = bytes
        .windows(2)
        .any(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || w[1] == b'!'));
    if has_tag {
        Ok(())
    } else {
        Err(HtmlError::NotHtml("no markup".to_string()))
    }
}

/// Drops leading paragraphs that repeat the headline: the body starts after it.
fn drop_leading_title(paragraphs: &mut Vec<String>, title: Option<&str>) {
    let Some(title) = title else {
        return;
    };
    let key = |s: &str| s.to_lowercase();
    let title_key = key(title);
    while paragraphs.first().is_some_and(|p| key(p) == title_key) && paragraphs.len() > 1 {
        paragraphs.remove(0);
    }
}

/// Extracts the main article text and metadata from an HTML page.
///
/// `url` is the page's address when known: it resolves a relative canonical link and helps
/// recognise the site's name in the title.
pub fn extract(html: &str, url: Option<&str>) -> Result<HtmlArticle, HtmlError> {
    if html.trim().is_empty() {
        return Err(HtmlError::NoContent);
    }
    check_is_html(html)?;
    let (html, dropped_deep_tags) = nesting::cap_nesting(html);
    let document = Document::from(html.as_str());
    let body_root = document
        .select("body")
        .nodes()
        .first()
        .cloned()
        .unwrap_or_else(|| document.root());
    let page_blocks = blocks::text_blocks(&body_root);
    if page_blocks.is_empty() {
        return Err(HtmlError::NoContent);
    }
    let meta = meta::read_meta(&document, url);
    let (mut paragraphs, source) = body::extract_body(&html, url).ok_or(HtmlError::NoContent)?;
    drop_leading_title(&mut paragraphs, meta.title.as_deref());

    let kept: HashSet<&str> = paragraphs.iter().map(String::as_str).collect();
    let removed: Vec<String> = page_blocks
        .into_iter()
        .filter(|block| !kept.contains(block.as_str()))
        .collect();

    Ok(HtmlArticle {
        title: meta.title,
        byline: meta.byline,
        published: meta.published,
        site_name: meta.site_name,
        canonical_url: meta.canonical_url,
        lang: meta.lang,
        description: meta.description,
        paragraphs,
        removed,
        body_source: Some(source),
        dropped_deep_tags,
    })
}
