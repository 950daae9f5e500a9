//! What a source knows about an article before cleaning ([`RawArticle`]): the hand-over
//! point between the sources, which fill it in, and [`crate::assemble`], which turns it into
//! a [`dossier_model::Document`]. Kept on its own so that neither side depends on the other.

use dossier_model::{Evidence, Outlet, PartialDate, RemovedText, SourceRef};

/// A publication date and why it is believed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublishedDate {
    /// The date, to whatever precision the source gives.
    pub date: PartialDate,
    /// Usually [`Evidence::Metadata`] for dates a source gives in a field.
    pub evidence: Evidence,
}

/// The article text as a source has it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RawBody {
    /// Raw text, paragraphs separated by blank lines, possibly with a crawler stamp and site
    /// chrome at the top (plain-text files, JSONL `text`).
    Text(String),
    /// Paragraphs already separated by an extractor (HTML, feeds). Site chrome is only
    /// removed from the top when it is unmistakable (date, category, byline, tagline lines).
    Paragraphs(Vec<String>),
}

/// What a source knows about an article before cleaning.
#[derive(Debug, Clone, PartialEq)]
pub struct RawArticle {
    /// Where it was read from.
    pub source: SourceRef,
    /// The outlet as the source names it; a masthead line found in the text fills a missing name.
    pub outlet: Outlet,
    /// The article's address (canonical when the source says so).
    pub url: Option<String>,
    /// The headline from metadata; a headline line found above the text is used when absent.
    pub headline: Option<String>,
    /// The author(s) from metadata; a `By ...` line found above the text is used when absent.
    pub byline: Option<String>,
    /// A publication date from the source's metadata; a date line in the text is used when absent.
    pub published: Option<PublishedDate>,
    /// When the page was crawled; a crawler stamp in the text is used when absent.
    pub crawled: Option<PartialDate>,
    /// The language the source declares (ISO 639-1), used when detection finds none.
    pub language_hint: Option<String>,
    /// The article text.
    pub body: RawBody,
    /// Text the source already removed as page furniture.
    pub removed: Vec<RemovedText>,
    /// Problems met while reading (lossy decoding, truncation).
    pub warnings: Vec<String>,
}

impl RawArticle {
    /// An article with nothing known but its source and body.
    pub fn new(source: SourceRef, body: RawBody) -> Self {
        RawArticle {
            source,
            outlet: Outlet::default(),
            url: None,
            headline: None,
            byline: None,
            published: None,
            crawled: None,
            language_hint: None,
            body,
            removed: Vec::new(),
            warnings: Vec::new(),
        }
    }
}

/// The host of a URL, lower-cased, without `www.` and port: `https://www.arnor.example:8080/x`
/// gives `arnor.example`. Sources and assembly use it for [`Outlet::domain`].
pub(crate) fn domain_of(url: &str) -> Option<String> {
    let rest = url.trim().split_once("://").map(|(_, r)| r)?;
    let host_port = rest.split(['/', '?', '#']).next()?;
    let host_port = host_port.rsplit('@').next()?;
    let host = host_port.split(':').next()?.to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host).to_string();
    (host.contains('.') && !host.starts_with('.')).then_some(host)
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
