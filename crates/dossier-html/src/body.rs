//! The article body: two independent extractors, a choice between them, and paragraphs.
//!
//! `rs-trafilatura` (a port of trafilatura) finds the body on most pages but, when its main
//! pass fails, falls back to large page regions (archives, link lists, teasers).
//! `dom_smoothie` (a port of Readability.js) is a little less complete on average but rarely
//! grabs whole pages. When trafilatura's text is more than [`LENGTH_RATIO`] times longer than
//! Readability's and contains most of it, both found the same article and the surplus is page
//! furniture: Readability's version is kept.

use crate::blocks::{normalise_space, text_blocks};
use dom_query::Document;
use dossier_text::token::alphanumeric_runs;
use std::collections::hash_map::DefaultHasher;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};

/// How much longer (in words) trafilatura's text must be to be judged a page-region grab.
const LENGTH_RATIO: f64 = 2.0;
/// Readability's text must have at least this many words to replace trafilatura's.
const MIN_READABILITY_WORDS: usize = 50;
/// Share of Readability's 4-word shingles that must also be in trafilatura's text.
const MIN_CONTAINMENT: f64 = 0.8;

/// Which extractor produced the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodySource {
    /// `rs-trafilatura`.
    Trafilatura,
    /// `dom_smoothie` (Readability).
    Readability,
}

/// One extractor's result: its content HTML when it has one, and its plain text.
struct Candidate {
    html: Option<String>,
    text: String,
}

fn trafilatura(html: &str, url: Option<&str>) -> Option<Candidate> {
    let options = rs_trafilatura::Options {
        url: url.map(str::to_string),
        ..Default::default()
    };
    let result = rs_trafilatura::extract_with_options(html, &options).ok()?;
    if result.content_text.trim().is_empty() {
        return None;
    }
    Some(Candidate {
        html: result.content_html,
        text: result.content_text,
    })
}

fn readability(html: &str, url: Option<&str>) -> Option<Candidate> {
    // dom_smoothie refuses relative or malformed document URLs; the URL only resolves links.
    let url = url.filter(|u| url::Url::parse(u).is_ok());
    let mut reader = dom_smoothie::Readability::new(html, url, None).ok()?;
    let article = reader.parse().ok()?;
    let text = article.text_content.to_string();
    (!text.trim().is_empty()).then(|| Candidate {
        html: Some(article.content.to_string()),
        text,
    })
}

fn shingle_counts(tokens: &[&str]) -> HashMap<u64, u32> {
    let mut counts = HashMap::new();
    for window in tokens.windows(4) {
        let mut hasher = DefaultHasher::new();
        window.hash(&mut hasher);
        *counts.entry(hasher.finish()).or_insert(0) += 1;
    }
    counts
}

/// Share of `inner`'s 4-word shingles (as a multiset) that `outer` also has.
fn containment(inner: &[&str], outer: &[&str]) -> f64 {
    let inner_counts = shingle_counts(inner);
    let outer_counts = shingle_counts(outer);
    let total: u32 = inner_counts.values().sum();
    if total == 0 {
        return 0.0;
    }
    let shared: u32 = inner_counts
        .iter()
        .map(|(k, n)| (*n).min(outer_counts.get(k).copied().unwrap_or(0)))
        .sum();
    f64::from(shared) / f64::from(total)
}

fn choose(traf: Option<Candidate>, read: Option<Candidate>) -> Option<(Candidate, BodySource)> {
    match (traf, read) {
        (Some(t), Some(r)) => {
            let (tw, rw) = (alphanumeric_runs(&t.text), alphanumeric_runs(&r.text));
            let grab = rw.len() >= MIN_READABILITY_WORDS
                && tw.len() as f64 > LENGTH_RATIO * rw.len() as f64
                && containment(&rw, &tw) >= MIN_CONTAINMENT;
            Some(if grab {
                (r, BodySource::Readability)
            } else {
                (t, BodySource::Trafilatura)
            })
        }
        (Some(t), None) => Some((t, BodySource::Trafilatura)),
        (None, Some(r)) => Some((r, BodySource::Readability)),
        (None, None) => None,
    }
}

fn paragraphs_of(candidate: &Candidate) -> Vec<String> {
    let from_html = candidate
        .html
        .as_deref()
        .map(|html| text_blocks(&Document::fragment(html).root()))
        .unwrap_or_default();
    if !from_html.is_empty() {
        return from_html;
    }
    candidate
        .text
        .split('\n')
        .map(normalise_space)
        .filter(|p| p.chars().any(char::is_alphanumeric))
        .collect()
}

/// The article's paragraphs and which extractor found them; `None` when neither found text.
pub(crate) fn extract_body(html: &str, url: Option<&str>) -> Option<(Vec<String>, BodySource)> {
    let (candidate, source) = choose(trafilatura(html, url), readability(html, url))?;
    let paragraphs = paragraphs_of(&candidate);
    (!paragraphs.is_empty()).then_some((paragraphs, source))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn candidate(text: &str) -> Option<Candidate> {
        Some(Candidate {
            html: None,
            text: text.to_string(),
        })
    }

    #[test]
    fn page_region_grab_gives_way_to_readability() {
        let article = (0..60)
            .map(|i| format!("word{i}"))
            .collect::<Vec<_>>()
            .join(" ");
        let furniture = (0..200)
            .map(|i| format!("link{i}"))
            .collect::<Vec<_>>()
            .join(" ");
        let grab = format!("{article} {furniture}");
        let (_, source) = choose(candidate(&grab), candidate(&article)).unwrap();
        assert_eq!(source, BodySource::Readability);
        let (_, source) = choose(candidate(&article), candidate(&article)).unwrap();
        assert_eq!(source, BodySource::Trafilatura);
        let unrelated = (0..60)
            .map(|i| format!("other{i}"))
            .collect::<Vec<_>>()
            .join(" ");
        let (_, source) = choose(candidate(&grab), candidate(&unrelated)).unwrap();
        assert_eq!(source, BodySource::Trafilatura);
    }

    #[test]
    fn text_without_html_splits_on_lines() {
        let c = Candidate {
            html: None,
            text: "First  line\n\n  second line \n---".to_string(),
        };
        assert_eq!(paragraphs_of(&c), vec!["First line", "second line"]);
    }
}
