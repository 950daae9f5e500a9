//! Assembly steps that take site chrome off the top of the body: the chrome above the first
//! paragraph, a headline repeated as the first paragraph, and a dateline opening it. What
//! they remove goes to `removed` and fills the metadata it carries, unless the source
//! already gave that metadata.

use crate::assemble::blocks::BodyBlocks;
use crate::assemble::metadata::Metadata;
use crate::chrome::{head_chrome, lead_dateline};
use dossier_model::{ChromeKind, Evidence};
use dossier_text::dates::infer_year;

/// Removes the site chrome above the body (masthead, tagline, headline, date line,
/// category, byline); gives how many leading blocks it took. Above extracted paragraphs,
/// chrome is only removed when it holds a category, date line, byline or tagline.
pub(crate) fn strip_head_chrome(body: &BodyBlocks, meta: &mut Metadata) -> usize {
    let Some(chrome) = head_chrome(&body.blocks) else {
        return 0;
    };
    let strong = chrome.removed.iter().any(|r| {
        matches!(
            r.kind,
            ChromeKind::Category | ChromeKind::DateLine | ChromeKind::Byline | ChromeKind::Tagline
        )
    });
    if body.extracted && !strong {
        return 0;
    }
    let base = meta.removed.len();
    if meta.headline.is_none() {
        meta.headline = chrome.headline;
    }
    if meta.outlet.name.is_none() {
        meta.outlet.name = chrome.site_name;
    }
    if meta.byline.is_none() {
        meta.byline = chrome.byline;
    }
    if meta.published.is_none() {
        meta.published = chrome
            .published
            .map(|(date, i)| (date, Evidence::Removed { index: base + i }));
    }
    meta.removed.extend(chrome.removed);
    chrome.blocks
}

/// Removes leading paragraphs that repeat the headline.
pub(crate) fn strip_repeated_headline(paragraphs: &mut Vec<String>, meta: &mut Metadata) {
    while let (Some(first), Some(h)) = (paragraphs.first(), meta.headline.as_deref()) {
        if !same_text(first, h) {
            break;
        }
        let text = paragraphs.remove(0);
        meta.remove(ChromeKind::Headline, text);
    }
}

/// Removes a dateline opening the first paragraph (`OSGILIATH, March 3 (Gondor Wire) -`).
/// Its date fills a missing publication date; a dateline without a year takes the latest
/// such date not after the crawl date.
pub(crate) fn strip_lead_dateline(paragraphs: &mut [String], meta: &mut Metadata) {
    let Some(first) = paragraphs.first_mut() else {
        return;
    };
    let Some(dateline) = lead_dateline(first) else {
        return;
    };
    first.drain(..dateline.len);
    let index = meta.remove(ChromeKind::DateLine, dateline.text);
    if meta.published.is_none() {
        let anchor = meta.crawled;
        let date = dateline.date.or_else(|| {
            let (m, d) = dateline.month_day?;
            infer_year(m, d, anchor?)
        });
        meta.published = date.map(|d| (d, Evidence::Removed { index }));
    }
}

/// The same words, ignoring case and spacing.
fn same_text(a: &str, b: &str) -> bool {
    let fold = |s: &str| {
        s.split_whitespace()
            .map(|w| w.to_lowercase())
            .collect::<Vec<_>>()
            .join(" ")
    };
    fold(a) == fold(b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_model::PartialDate;

    const BODY: &str =
        "The envoy of Arnor reached Minas Tirith on Monday and met the steward for talks.";

    fn blocks(lines: &[&str], extracted: bool) -> BodyBlocks {
        BodyBlocks {
            blocks: lines.iter().map(|l| vec![l.to_string()]).collect(),
            extracted,
        }
    }

    #[test]
    fn head_chrome_fills_missing_metadata_only() {
        let body = blocks(
            &["Gondor Herald", "March 3, 2031", "By Beregond", BODY],
            false,
        );
        let mut meta = Metadata {
            byline: Some("Faramir".into()),
            ..Metadata::default()
        };
        assert_eq!(strip_head_chrome(&body, &mut meta), 3);
        assert_eq!(meta.outlet.name.as_deref(), Some("Gondor Herald"));
        assert_eq!(meta.byline.as_deref(), Some("Faramir"));
        let (date, evidence) = meta.published.clone().unwrap();
        assert_eq!(date.to_string(), "2031-03-03");
        assert_eq!(evidence, Evidence::Removed { index: 1 });
        assert_eq!(meta.removed.len(), 3);
    }

    #[test]
    fn extracted_bodies_lose_only_unmistakable_chrome() {
        let mut meta = Metadata::default();
        let body = blocks(&["Arnor Envoy Reaches Gondor", BODY], true);
        assert_eq!(strip_head_chrome(&body, &mut meta), 0);
        assert!(meta.removed.is_empty());
        let body = blocks(&["Arnor Envoy Reaches Gondor", BODY], false);
        assert_eq!(strip_head_chrome(&body, &mut meta), 1);
        assert_eq!(meta.headline.as_deref(), Some("Arnor Envoy Reaches Gondor"));
    }

    #[test]
    fn a_repeated_headline_is_removed() {
        let mut meta = Metadata {
            headline: Some("Envoy  Reaches Gondor".into()),
            ..Metadata::default()
        };
        let mut paragraphs = vec!["envoy reaches gondor".to_string(), BODY.to_string()];
        strip_repeated_headline(&mut paragraphs, &mut meta);
        assert_eq!(paragraphs, [BODY]);
        assert_eq!(meta.removed[0].kind, ChromeKind::Headline);
    }

    #[test]
    fn a_dateline_without_a_year_takes_it_from_the_crawl_date() {
        let mut meta = Metadata {
            crawled: PartialDate::from_ymd(2031, 1, 5),
            ..Metadata::default()
        };
        let mut paragraphs = vec![format!("OSGILIATH, December 30 (Gondor Wire) - {BODY}")];
        strip_lead_dateline(&mut paragraphs, &mut meta);
        assert_eq!(paragraphs[0], BODY);
        assert_eq!(meta.removed[0].text, "OSGILIATH, December 30 (Gondor Wire)");
        let (date, evidence) = meta.published.unwrap();
        assert_eq!(date.to_string(), "2030-12-30");
        assert_eq!(evidence, Evidence::Removed { index: 0 });
    }
}
