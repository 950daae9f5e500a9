//! Assembly of a clean [`Document`] from what a source knows ([`RawArticle`]), as a row of
//! named steps. Each step lives in the module of its kind and works on the shared
//! [`metadata::Metadata`]; this module only runs them in order and builds the document.
//!
//! - [`blocks`]: clean the text, remove a crawler stamp, split into blocks;
//! - [`head`]: remove the chrome above the body, a repeated headline, a lead dateline;
//! - [`paragraphs`]: rejoin attribution lines, recognise embedded posts, join cut
//!   paragraphs;
//! - [`segment`]: lay out the body, segment it, detect languages.

mod blocks;
mod head;
mod metadata;
mod paragraphs;
mod segment;

use crate::raw::{domain_of, RawArticle};
use blocks::{body_blocks, join_blocks};
use dossier_model::{DatedValue, DocId, Document, SCHEMA_VERSION};
use head::{strip_head_chrome, strip_lead_dateline, strip_repeated_headline};
use metadata::Metadata;
use paragraphs::{detect_posts, join_cut_paragraphs, merge_attribution_lines};
use segment::{document_language, segment};

/// Assembles a clean, segmented, validated [`Document`] from a raw article.
///
/// Steps: text clean-up (NFC, line ends, control characters); a leading crawler stamp
/// becomes `crawled`; site chrome above the body (masthead, tagline, headline, date line,
/// category, byline) moves to `removed` and fills the metadata it carries; a dateline at the
/// start of the first paragraph is removed the same way; paragraphs cut by a stray blank
/// line are joined; embedded posts are recognised and their media links removed; the body
/// is joined with blank lines and segmented into paragraphs and sentences with languages.
pub fn build_document(raw: RawArticle) -> Result<Document, String> {
    let RawArticle {
        source,
        outlet,
        url,
        headline,
        byline,
        published,
        crawled,
        language_hint,
        body,
        removed,
        warnings,
    } = raw;
    let mut meta = Metadata {
        removed,
        crawled,
        outlet,
        headline: headline.filter(|h| !h.trim().is_empty()),
        byline: byline.filter(|b| !b.trim().is_empty()),
        published: published.map(|p| (p.date, p.evidence)),
    };

    let blocks = body_blocks(body, &mut meta);
    let chrome_blocks = strip_head_chrome(&blocks, &mut meta);
    let mut paragraphs = join_blocks(&blocks.blocks[chrome_blocks..]);
    strip_repeated_headline(&mut paragraphs, &mut meta);
    strip_lead_dateline(&mut paragraphs, &mut meta);
    let paragraphs = merge_attribution_lines(paragraphs);
    let mut drafts = detect_posts(paragraphs, &mut meta.removed);
    join_cut_paragraphs(&mut drafts);
    if drafts.is_empty() {
        return Err("no article text".to_string());
    }
    let segmented = segment(drafts);
    let language = document_language(segmented.lang_weight, language_hint);

    if meta.outlet.domain.is_none() {
        meta.outlet.domain = url.as_deref().and_then(domain_of);
    }
    let (published, published_evidence) = match meta.published {
        Some((date, evidence)) => (DatedValue::known(date), Some(evidence)),
        None => (DatedValue::unknown(), None),
    };
    let doc = Document {
        schema_version: SCHEMA_VERSION,
        id: DocId::for_body(&segmented.body),
        source,
        outlet: meta.outlet,
        url,
        headline: meta.headline,
        byline: meta.byline,
        published,
        published_evidence,
        crawled: meta.crawled,
        language,
        body: segmented.body,
        paragraphs: segmented.paragraphs,
        sentences: segmented.sentences,
        embedded_posts: segmented.posts,
        removed: meta.removed,
        warnings,
    };
    doc.validate().map_err(|e| format!("internal error: {e}"))?;
    Ok(doc)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::raw::RawBody;
    use dossier_model::{ChromeKind, Evidence, SourceFormat, SourceRef};

    fn text_doc(text: &str) -> Document {
        let source = SourceRef {
            path: "t.txt".into(),
            format: SourceFormat::Text,
            record: None,
        };
        build_document(RawArticle::new(source, RawBody::Text(text.into()))).unwrap()
    }

    #[test]
    fn cut_paragraphs_are_joined_and_headings_are_not() {
        let doc = text_doc("The council of Gondor met in the great hall on Monday to hear the envoy of the northern kingdom of\n\nArnor. The talks lasted until night and ended with an agreement on trade.\n\nBackground\n\nThe two kingdoms have been allies for a thousand years and share a long border.");
        assert_eq!(doc.paragraphs.len(), 3);
        assert!(doc
            .text(&doc.paragraphs[0].span)
            .contains("kingdom of Arnor. The talks"));
        assert_eq!(doc.text(&doc.paragraphs[1].span), "Background");
    }

    #[test]
    fn text_is_cleaned_and_normalised() {
        let doc = text_doc(
            "Cafe\u{301} talks\r\nwent on\u{a0}late.\u{200b}\r\n\r\nSecond\tparagraph here.",
        );
        assert_eq!(
            doc.body,
            "Café talks went on late.\n\nSecond paragraph here."
        );
        doc.validate().unwrap();
    }

    #[test]
    fn empty_text_is_an_error() {
        let source = SourceRef {
            path: "t.txt".into(),
            format: SourceFormat::Text,
            record: None,
        };
        let raw = RawArticle::new(source, RawBody::Text(" \n\n ".into()));
        assert_eq!(build_document(raw).unwrap_err(), "no article text");
    }

    #[test]
    fn every_step_runs_in_order() {
        let doc = text_doc(
            "crawled: 2031-01-05\n\nThe Dale Courier\n\nShips Return to the Long Lake\n\nBy Bard Brandson\n\nESGAROTH, December 30 (Dale Wire) - The barges of Esgaroth came back down the river on Monday laden with\n\ngrain and timber from the north, merchants said at the quay.\n\nBarges at the quay pic.twitter.com/Dw1\n\n— Dale Harbour (@DaleHarbour) December 30, 2030",
        );
        let kinds: Vec<_> = doc.removed.iter().map(|r| r.kind).collect();
        assert_eq!(
            kinds,
            [
                ChromeKind::CrawlStamp,
                ChromeKind::SiteName,
                ChromeKind::Headline,
                ChromeKind::Byline,
                ChromeKind::DateLine,
                ChromeKind::MediaLink
            ]
        );
        assert_eq!(
            doc.crawled.map(|d| d.to_string()).as_deref(),
            Some("2031-01-05")
        );
        assert_eq!(doc.outlet.name.as_deref(), Some("The Dale Courier"));
        assert_eq!(doc.byline.as_deref(), Some("Bard Brandson"));
        assert_eq!(
            doc.headline.as_deref(),
            Some("Ships Return to the Long Lake")
        );
        assert_eq!(
            doc.published.value.map(|d| d.to_string()).as_deref(),
            Some("2030-12-30")
        );
        assert_eq!(doc.published_evidence, Some(Evidence::Removed { index: 4 }));
        assert_eq!(doc.paragraphs.len(), 2);
        assert!(doc
            .text(&doc.paragraphs[0].span)
            .contains("laden with grain"));
        assert_eq!(doc.embedded_posts.len(), 1);
        assert_eq!(
            doc.embedded_posts[0].handle.as_deref(),
            Some("@DaleHarbour")
        );
    }
}
