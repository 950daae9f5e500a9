//! The first assembly steps, on the body as the source gave it: text clean-up (NFC, line
//! ends, invisible characters), the crawler stamp at the top of a text, the split into
//! blocks of lines, and the joining of a block's lines into one paragraph.

use crate::assemble::metadata::Metadata;
use crate::chrome::crawl_stamp;
use crate::raw::RawBody;
use dossier_model::ChromeKind;
use dossier_text::paragraph_spans;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// The body as blocks of trimmed, non-empty lines, before any chrome is removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct BodyBlocks {
    /// One entry per block (a paragraph of a text, or one extracted paragraph).
    pub blocks: Vec<Vec<String>>,
    /// True when an extractor already split the body (HTML, feeds): chrome above it is then
    /// only removed when unmistakable.
    pub extracted: bool,
}

/// Cleans the body and splits it into blocks. A crawler stamp at the top of a text is
/// removed first and fills a missing crawl date.
pub(crate) fn body_blocks(body: RawBody, meta: &mut Metadata) -> BodyBlocks {
    match body {
        RawBody::Text(text) => {
            let mut text = clean_text(&text);
            strip_crawl_stamp(&mut text, meta);
            BodyBlocks {
                blocks: text_blocks(&text),
                extracted: false,
            }
        }
        RawBody::Paragraphs(paragraphs) => BodyBlocks {
            blocks: paragraph_blocks(&paragraphs),
            extracted: true,
        },
    }
}

/// Moves a crawler stamp at the start of `text` to `removed`; its date fills a missing
/// crawl date.
fn strip_crawl_stamp(text: &mut String, meta: &mut Metadata) {
    if let Some(stamp) = crawl_stamp(text) {
        meta.crawled = meta.crawled.or(Some(stamp.date));
        meta.remove(ChromeKind::CrawlStamp, stamp.text);
        text.drain(..stamp.len);
    }
}

/// A cleaned text's blocks: its paragraphs (split at blank lines), as lines.
fn text_blocks(text: &str) -> Vec<Vec<String>> {
    paragraph_spans(text)
        .iter()
        .filter_map(|s| s.text(text))
        .map(block_lines)
        .filter(|b| !b.is_empty())
        .collect()
}

/// Extracted paragraphs as one-line blocks, each cleaned like a text and its lines joined.
fn paragraph_blocks(paragraphs: &[String]) -> Vec<Vec<String>> {
    paragraphs
        .iter()
        .map(|p| {
            let line = join_lines(&block_lines(&clean_text(p)));
            vec![line]
        })
        .filter(|b| b.iter().any(|l| !l.is_empty()))
        .collect()
}

/// The blocks left after the chrome as paragraphs, each block's lines joined; empty
/// paragraphs are dropped.
pub(crate) fn join_blocks(blocks: &[Vec<String>]) -> Vec<String> {
    blocks
        .iter()
        .map(|b| join_lines(b))
        .filter(|p| !p.is_empty())
        .collect()
}

/// NFC, `\r\n` and `\r` to `\n`, no byte-order marks, zero-width spaces, soft hyphens or
/// control characters other than `\n`; tabs and no-break spaces become spaces.
fn clean_text(s: &str) -> String {
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

/// A block's lines, trimmed, without empty ones.
fn block_lines(block: &str) -> Vec<String> {
    block
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_cleaned() {
        assert_eq!(
            clean_text("Cafe\u{301}\r\nof\u{a0}Bree\u{200b}\rinn\u{7}"),
            "Café\nof Bree\ninn"
        );
    }

    #[test]
    fn a_crawler_stamp_moves_to_removed_and_fills_the_crawl_date() {
        let mut meta = Metadata::default();
        let body = RawBody::Text(
            "crawled: 2031-03-04 The Prancing Pony\n\nBree is quiet tonight, the innkeeper said."
                .into(),
        );
        let blocks = body_blocks(body, &mut meta);
        assert_eq!(
            meta.crawled.map(|d| d.to_string()).as_deref(),
            Some("2031-03-04")
        );
        assert_eq!(meta.removed[0].kind, ChromeKind::CrawlStamp);
        assert_eq!(meta.removed[0].text, "crawled: 2031-03-04");
        assert!(!blocks.extracted);
        assert_eq!(
            blocks.blocks,
            [
                vec!["The Prancing Pony".to_string()],
                vec!["Bree is quiet tonight, the innkeeper said.".to_string()]
            ]
        );
    }

    #[test]
    fn extracted_paragraphs_become_one_line_blocks() {
        let mut meta = Metadata::default();
        let body = RawBody::Paragraphs(vec![
            "The road to\n  Rivendell".into(),
            " \n ".into(),
            "Supplies:\n- lembas\n- rope".into(),
        ]);
        let blocks = body_blocks(body, &mut meta);
        assert!(blocks.extracted);
        assert!(meta.removed.is_empty());
        assert_eq!(
            blocks.blocks,
            [
                vec!["The road to Rivendell".to_string()],
                vec!["Supplies:\n- lembas\n- rope".to_string()]
            ]
        );
    }

    #[test]
    fn wrapped_lines_join_and_list_items_keep_their_lines() {
        let blocks = vec![
            vec!["The council".to_string(), "met  at noon.".to_string()],
            vec!["1. Trade".to_string(), "2) Roads".to_string()],
        ];
        assert_eq!(
            join_blocks(&blocks),
            ["The council met at noon.", "1. Trade\n2) Roads"]
        );
    }
}
