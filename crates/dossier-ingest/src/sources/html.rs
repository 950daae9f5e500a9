//! The HTML source: one page per file, its main content and metadata found by
//! `dossier_html::extract`. [`raw_from_html`] is shared with the JSONL (`html` field) and
//! WARC sources, which also carry whole pages.

use super::{single, RawRecord, RawRecords, Source};
use crate::plumbing::decode::decode_html;
use crate::plumbing::errors::{IngestError, RecordPlace};
use crate::plumbing::input::{read_whole, OpenedInput};
use crate::raw::{domain_of, PublishedDate, RawArticle, RawBody};
use dossier_model::{ChromeKind, Evidence, RemovedText, SourceRef};

/// Reads HTML pages.
pub(crate) struct HtmlSource;

impl Source for HtmlSource {
    fn read<'a>(&self, mut input: OpenedInput<'a>) -> RawRecords<'a> {
        single(read_page(&mut input))
    }
}

/// The page as one raw article, decoded in the charset it declares.
fn read_page(input: &mut OpenedInput<'_>) -> Result<RawRecord, IngestError> {
    let bytes = read_whole(input)?;
    let decoded = decode_html(&bytes, None);
    let mut article = raw_from_html(input.source_ref(None), &decoded.text, None)
        .map_err(|e| IngestError::file(&input.name, e))?;
    article.warnings.extend(decoded.warning);
    Ok(RawRecord {
        article,
        place: RecordPlace::File,
    })
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
    use dossier_model::SourceFormat;

    fn source() -> SourceRef {
        SourceRef {
            path: "page.html".into(),
            format: SourceFormat::Html,
            record: None,
        }
    }

    #[test]
    fn page_metadata_fills_the_raw_article() {
        let page = "<html lang=\"en\"><head><title>Rohan Musters</title>\
            <link rel=\"canonical\" href=\"https://www.edoras.example/news/muster\">\
            <meta property=\"og:site_name\" content=\"Edoras Gazette\"></head><body><article>\
            <p>The riders of Rohan mustered at Edoras on Monday, the king's marshals said, and \
            rode east before dawn to meet the host gathering beyond the river.</p>\
            <p>Thousands of horsemen were counted at the gate by the wardens of the city.</p>\
            </article></body></html>";
        let raw = raw_from_html(source(), page, None).unwrap();
        assert_eq!(
            raw.url.as_deref(),
            Some("https://www.edoras.example/news/muster")
        );
        assert_eq!(raw.outlet.domain.as_deref(), Some("edoras.example"));
        assert_eq!(raw.outlet.name.as_deref(), Some("Edoras Gazette"));
        assert!(matches!(raw.body, RawBody::Paragraphs(ref p) if !p.is_empty()));
    }

    #[test]
    fn a_page_without_markup_is_an_error() {
        let err = raw_from_html(source(), "just words", None).unwrap_err();
        assert_eq!(err, "the page is not HTML: no markup");
    }
}
