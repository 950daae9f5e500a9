//! Assembly of a clean [`Document`] from what a source knows ([`RawArticle`]).

use crate::chrome::{
    crawl_stamp, ends_sentence, head_chrome, is_running_text, lead_dateline, word_count,
};
use crate::dates::infer_year;
use crate::posts::{detect_post, is_attribution_only, PostDraft};
use dossier_model::{
    ChromeKind, DatedValue, DocId, Document, EmbeddedPost, Evidence, Outlet, Paragraph,
    PartialDate, RemovedText, Sentence, SourceRef, Span, SCHEMA_VERSION,
};
use dossier_text::{detect_language_after, paragraph_spans, sentence_spans};
use std::collections::HashMap;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

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

/// NFC, `\r\n` and `\r` to `\n`, no byte-order marks, zero-width spaces, soft hyphens or
/// control characters other than `\n`; tabs and no-break spaces become spaces.
pub(crate) fn clean_text(s: &str) -> String {
    let nfc: std::borrow::Cow<str> = match is_nfc_quick(s.chars()) {
        IsNormalized::Yes => std::borrow::Cow::Borrowed(s),
        _ => std::borrow::Cow::Owned(s.nfc().collect()),
    };
    let mut out = String::with_capacity(nfc.len());
    let mut chars = nfc.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            '\u{feff}' | '\u{200b}' | '\u{00ad}' => {}
            '\t' | '\u{a0}' | '\u{202f}' | '\u{2007}' => out.push(' '),
            '\u{2028}' | '\u{2029}' | '\u{85}' => out.push('\n'),
            '\n' => out.push('\n'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

fn starts_list_item(line: &str) -> bool {
    let mut chars = line.chars();
    match chars.next() {
        Some('•' | '*' | '-' | '–' | '·' | '▪' | '►') => true,
        Some(c) if c.is_ascii_digit() => {
            let rest = line.trim_start_matches(|c: char| c.is_ascii_digit());
            rest.starts_with(". ") || rest.starts_with(") ")
        }
        _ => false,
    }
}

/// Joins the lines of one paragraph: hard-wrapped lines become one line, list items keep
/// their own lines; runs of spaces fold to one.
fn join_lines(lines: &[String]) -> String {
    let mut out = String::new();
    for line in lines {
        let folded = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if folded.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(if starts_list_item(&folded) { '\n' } else { ' ' });
        }
        out.push_str(&folded);
    }
    out
}

fn block_lines(block: &str) -> Vec<String> {
    block
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect()
}

fn same_text(a: &str, b: &str) -> bool {
    let fold = |s: &str| {
        s.split_whitespace()
            .map(|w| w.to_lowercase())
            .collect::<Vec<_>>()
            .join(" ")
    };
    fold(a) == fold(b)
}

/// Two consecutive paragraphs that are one paragraph cut by a stray blank line: the first
/// is running text that stops without closing punctuation, the second goes on.
fn is_cut_paragraph(first: &str, next: &str) -> bool {
    let Some(last) = first.trim_end().chars().last() else {
        return false;
    };
    if !(last.is_alphabetic() || last == ',') || ends_sentence(first) {
        return false;
    }
    let next_lower = next.chars().next().is_some_and(char::is_lowercase);
    let first_words = word_count(first);
    let long_enough = first_words >= 12 || (next_lower && first_words >= 4);
    long_enough && (is_running_text(next) || (next_lower && word_count(next) >= 4))
}

struct Draft {
    text: String,
    post: Option<PostDraft>,
}

/// Assembles a clean, segmented, validated [`Document`] from a raw article.
///
/// Steps: text clean-up (NFC, line ends, control characters); a leading crawler stamp
/// becomes `crawled`; site chrome above the body (masthead, tagline, headline, date line,
/// category, byline) moves to `removed` and fills the metadata it carries; a dateline at the
/// start of the first paragraph is removed the same way; paragraphs cut by a stray blank
/// line are joined; embedded posts are recognised and their media links removed; the body
/// is joined with blank lines and segmented into paragraphs and sentences with languages.
pub fn build_document(raw: RawArticle) -> Result<Document, String> {
    let mut removed = raw.removed;
    let mut crawled = raw.crawled;
    let mut outlet = raw.outlet;
    let mut headline = raw.headline.filter(|h| !h.trim().is_empty());
    let mut byline = raw.byline.filter(|b| !b.trim().is_empty());
    let mut published: Option<(PartialDate, Evidence)> =
        raw.published.map(|p| (p.date, p.evidence));

    let (blocks, strong_only): (Vec<Vec<String>>, bool) = match raw.body {
        RawBody::Text(text) => {
            let mut text = clean_text(&text);
            if let Some(stamp) = crawl_stamp(&text) {
                crawled = crawled.or(Some(stamp.date));
                removed.push(RemovedText {
                    kind: ChromeKind::CrawlStamp,
                    text: stamp.text,
                });
                text.drain(..stamp.len);
            }
            let blocks = paragraph_spans(&text)
                .iter()
                .filter_map(|s| s.text(&text))
                .map(block_lines)
                .filter(|b| !b.is_empty())
                .collect();
            (blocks, false)
        }
        RawBody::Paragraphs(paragraphs) => {
            let blocks = paragraphs
                .iter()
                .map(|p| {
                    let line = join_lines(&block_lines(&clean_text(p)));
                    vec![line]
                })
                .filter(|b| b.iter().any(|l| !l.is_empty()))
                .collect();
            (blocks, true)
        }
    };

    let mut skip = 0;
    if let Some(chrome) = head_chrome(&blocks) {
        let strong = chrome.removed.iter().any(|r| {
            matches!(
                r.kind,
                ChromeKind::Category
                    | ChromeKind::DateLine
                    | ChromeKind::Byline
                    | ChromeKind::Tagline
            )
        });
        if !strong_only || strong {
            let base = removed.len();
            skip = chrome.blocks;
            if headline.is_none() {
                headline = chrome.headline;
            }
            if outlet.name.is_none() {
                outlet.name = chrome.site_name;
            }
            if byline.is_none() {
                byline = chrome.byline;
            }
            if published.is_none() {
                published = chrome
                    .published
                    .map(|(date, i)| (date, Evidence::Removed { index: base + i }));
            }
            removed.extend(chrome.removed);
        }
    }
    let mut paragraphs: Vec<String> = blocks[skip..]
        .iter()
        .map(|b| join_lines(b))
        .filter(|p| !p.is_empty())
        .collect();

    // A headline repeated as the first paragraph.
    while let (Some(first), Some(h)) = (paragraphs.first(), headline.as_deref()) {
        if !same_text(first, h) {
            break;
        }
        let text = paragraphs.remove(0);
        removed.push(RemovedText {
            kind: ChromeKind::Headline,
            text,
        });
    }

    if let Some(first) = paragraphs.first_mut() {
        if let Some(dateline) = lead_dateline(first) {
            first.drain(..dateline.len);
            let index = removed.len();
            removed.push(RemovedText {
                kind: ChromeKind::DateLine,
                text: dateline.text,
            });
            if published.is_none() {
                let anchor = crawled;
                let date = dateline.date.or_else(|| {
                    let (m, d) = dateline.month_day?;
                    infer_year(m, d, anchor?)
                });
                published = date.map(|d| (d, Evidence::Removed { index }));
            }
        }
    }

    // Attribution lines that an HTML embed put in their own paragraph.
    let mut merged: Vec<String> = Vec::with_capacity(paragraphs.len());
    for p in paragraphs {
        match merged.last_mut() {
            Some(prev) if is_attribution_only(&p) => {
                prev.push(' ');
                prev.push_str(&p);
            }
            _ => merged.push(p),
        }
    }

    let mut drafts: Vec<Draft> = Vec::with_capacity(merged.len());
    for p in merged {
        match detect_post(&p) {
            Some((text, post)) => {
                for link in &post.links {
                    removed.push(RemovedText {
                        kind: ChromeKind::MediaLink,
                        text: link.clone(),
                    });
                }
                if !text.is_empty() {
                    drafts.push(Draft {
                        text,
                        post: Some(post),
                    });
                }
            }
            None => drafts.push(Draft {
                text: p,
                post: None,
            }),
        }
    }

    // Paragraphs cut in two by a stray blank line.
    let mut i = 0;
    while i + 1 < drafts.len() {
        if drafts[i].post.is_none()
            && drafts[i + 1].post.is_none()
            && is_cut_paragraph(&drafts[i].text, &drafts[i + 1].text)
        {
            let next = drafts.remove(i + 1);
            drafts[i].text.push(' ');
            drafts[i].text.push_str(&next.text);
        } else {
            i += 1;
        }
    }

    if drafts.is_empty() {
        return Err("no article text".to_string());
    }

    let mut body = String::with_capacity(drafts.iter().map(|d| d.text.len() + 2).sum());
    let mut doc_paragraphs = Vec::with_capacity(drafts.len());
    let mut sentences = Vec::new();
    let mut posts = Vec::new();
    let mut lang_weight: HashMap<&'static str, usize> = HashMap::new();
    let mut previous_lang: Option<&'static str> = None;
    for (index, draft) in drafts.into_iter().enumerate() {
        if index > 0 {
            body.push_str("\n\n");
        }
        let start = body.len();
        body.push_str(&draft.text);
        let end = body.len();
        let para_span = Span::new(start, end);
        let mut segments: Vec<(usize, usize)> = vec![(start, end)];
        let mut post_index = None;
        let lang_span = match &draft.post {
            Some(post) => {
                let (text_end, attribution) = match post.attribution_start {
                    Some(a) => {
                        let post_text = draft.text[..a].trim_end();
                        (start + post_text.len(), Some(Span::new(start + a, end)))
                    }
                    None => (end, None),
                };
                let span = Span::new(start, text_end);
                segments = vec![(start, text_end)];
                if let Some(a) = attribution {
                    segments.push((a.start, a.end));
                }
                post_index = Some(posts.len());
                posts.push(EmbeddedPost {
                    platform: post.platform.clone(),
                    author: post.author.clone(),
                    handle: post.handle.clone(),
                    date: post.date,
                    lang: String::new(),
                    span,
                    attribution,
                    links: post.links.clone(),
                });
                span
            }
            None => para_span,
        };
        let guess = detect_language_after(&body[lang_span.start..lang_span.end], previous_lang);
        if guess.lang != "und" {
            previous_lang = Some(guess.lang);
        }
        if let Some(post) = post_index.and_then(|i| posts.get_mut(i)) {
            post.lang = guess.lang.to_string();
        }
        if guess.lang != "und" {
            *lang_weight.entry(guess.lang).or_default() += lang_span.len();
        }
        doc_paragraphs.push(Paragraph {
            span: para_span,
            lang: guess.lang.to_string(),
            lang_confidence: guess.confidence,
            post: post_index,
        });
        for (s, e) in segments {
            if s >= e {
                continue;
            }
            let segment = &body[s..e];
            let mut found = 0;
            for span in sentence_spans(segment) {
                let abs = Span::new(s + span.start, s + span.end);
                if abs.start < abs.end && abs.end <= e && body.get(abs.start..abs.end).is_some() {
                    sentences.push(Sentence {
                        span: abs,
                        paragraph: index,
                        post: post_index,
                    });
                    found += 1;
                }
            }
            if found == 0 && !segment.trim().is_empty() {
                sentences.push(Sentence {
                    span: Span::new(s, e),
                    paragraph: index,
                    post: post_index,
                });
            }
        }
    }

    let language = lang_weight
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(a.0)))
        .map(|(lang, _)| lang.to_string())
        .or(raw.language_hint)
        .unwrap_or_else(|| "und".to_string());

    if outlet.domain.is_none() {
        outlet.domain = raw.url.as_deref().and_then(crate::read::domain_of);
    }
    let (published, published_evidence) = match published {
        Some((date, evidence)) => (DatedValue::known(date), Some(evidence)),
        None => (DatedValue::unknown(), None),
    };
    let doc = Document {
        schema_version: SCHEMA_VERSION,
        id: DocId::for_body(&body),
        source: raw.source,
        outlet,
        url: raw.url,
        headline,
        byline,
        published,
        published_evidence,
        crawled,
        language,
        body,
        paragraphs: doc_paragraphs,
        sentences,
        embedded_posts: posts,
        removed,
        warnings: raw.warnings,
    };
    doc.validate().map_err(|e| format!("internal error: {e}"))?;
    Ok(doc)
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_model::SourceFormat;

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
}
