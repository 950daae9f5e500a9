//! A tag-level pre-pass that caps element nesting before the HTML parser sees the page.
//!
//! HTML5 tree building checks the stack of open elements for every tag, so a page with
//! 100,000 nested `<div>`s costs quadratic time to parse, and every recursive walk of the
//! resulting tree (in the extraction crates too) would overflow the stack. This pass keeps
//! an approximate stack of open elements and drops start tags (and their end tags) beyond
//! [`MAX_DEPTH`]. Text is never dropped, only tags.

use std::collections::HashMap;

/// Deepest element nesting kept. Real news pages stay well under 100.
pub(crate) const MAX_DEPTH: usize = 150;

const VOID_ELEMENTS: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "keygen", "command", "basefont", "bgsound", "frame",
];

const RAW_TEXT_ELEMENTS: &[&str] = &[
    "script",
    "style",
    "textarea",
    "title",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "plaintext",
];

/// Elements that an identical start tag closes implicitly (`<p>a<p>b`).
const SELF_CLOSING_SIBLINGS: &[&str] = &["p", "li", "dt", "dd", "option", "tr", "td", "th"];

/// The page with start tags deeper than [`MAX_DEPTH`] (and their end tags) removed,
/// and how many tags were removed.
pub(crate) fn cap_nesting(html: &str) -> (String, usize) {
    let bytes = html.as_bytes();
    let mut out = String::with_capacity(html.len());
    let mut stack: Vec<String> = Vec::new();
    let mut dropped: HashMap<String, usize> = HashMap::new();
    let mut dropped_total = 0usize;
    let mut copied_up_to = 0usize;
    let mut i = 0usize;
    while let Some(offset) = memchr_lt(&bytes[i..]) {
        let start = i + offset;
        let rest = &bytes[start..];
        if rest.starts_with(b"<!--") {
            let end = find(&bytes[start + 4..], b"-->").map_or(bytes.len(), |e| start + 4 + e + 3);
            i = end;
            continue;
        }
        if rest.len() > 1 && (rest[1] == b'!' || rest[1] == b'?') {
            i = find(&rest[1..], b">").map_or(bytes.len(), |e| start + 1 + e + 1);
            continue;
        }
        let closing = rest.len() > 1 && rest[1] == b'/';
        let name_start = start + if closing { 2 } else { 1 };
        if name_start >= bytes.len() || !bytes[name_start].is_ascii_alphabetic() {
            i = start + 1;
            continue;
        }
        let mut name_end = name_start;
        while name_end < bytes.len()
            && !bytes[name_end].is_ascii_whitespace()
            && bytes[name_end] != b'>'
            && bytes[name_end] != b'/'
        {
            name_end += 1;
        }
        let name = html[name_start..name_end].to_ascii_lowercase();
        let tag_end = tag_end(bytes, name_end);
        let self_closed = tag_end >= 2 && bytes[tag_end - 2] == b'/';
        if closing {
            if let Some(count) = dropped.get_mut(&name).filter(|c| **c > 0) {
                *count -= 1;
                out.push_str(&html[copied_up_to..start]);
                copied_up_to = tag_end;
            } else if let Some(pos) = stack.iter().rposition(|open| *open == name) {
                stack.truncate(pos);
            }
            i = tag_end;
            continue;
        }
        if RAW_TEXT_ELEMENTS.contains(&name.as_str()) && !self_closed {
            i = raw_text_end(html, tag_end, &name);
            continue;
        }
        if VOID_ELEMENTS.contains(&name.as_str()) || self_closed {
            i = tag_end;
            continue;
        }
        if SELF_CLOSING_SIBLINGS.contains(&name.as_str()) && stack.last() == Some(&name) {
            stack.pop();
        }
        if stack.len() >= MAX_DEPTH {
            *dropped.entry(name).or_default() += 1;
            dropped_total += 1;
            out.push_str(&html[copied_up_to..start]);
            copied_up_to = tag_end;
        } else {
            stack.push(name);
        }
        i = tag_end;
    }
    if dropped_total == 0 {
        return (html.to_string(), 0);
    }
    out.push_str(&html[copied_up_to..]);
    (out, dropped_total)
}

fn memchr_lt(haystack: &[u8]) -> Option<usize> {
    haystack.iter().position(|&b| b == b'<')
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Index just past the `>` that ends the tag whose name ends at `from`, honouring quoted
/// attribute values. An unterminated quote falls back to the first `>`.
fn tag_end(bytes: &[u8], from: usize) -> usize {
    let mut j = from;
    while j < bytes.len() {
        match bytes[j] {
            b'>' => return j + 1,
            quote @ (b'"' | b'\'') if is_after_equals(bytes, j) => {
                match bytes[j + 1..].iter().position(|&b| b == quote) {
                    Some(close) => j += close + 2,
                    None => {
                        return find(&bytes[from..], b">").map_or(bytes.len(), |e| from + e + 1);
                    }
                }
            }
            _ => j += 1,
        }
    }
    bytes.len()
}

/// True when the quote at `j` follows `=` with only whitespace between.
fn is_after_equals(bytes: &[u8], j: usize) -> bool {
    bytes[..j]
        .iter()
        .rev()
        .find(|b| !b.is_ascii_whitespace())
        .is_some_and(|&b| b == b'=')
}

/// Index just past `</name ...>` after a raw-text element's start tag, or the end of input.
fn raw_text_end(html: &str, from: usize, name: &str) -> usize {
    let bytes = html.as_bytes();
    let mut j = from;
    while let Some(offset) = find(&bytes[j..], b"</") {
        let at = j + offset + 2;
        let end = at + name.len();
        if end <= bytes.len() && bytes[at..end].eq_ignore_ascii_case(name.as_bytes()) {
            return tag_end(bytes, end);
        }
        j = at;
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shallow_pages_pass_unchanged() {
        let page = "<html><body><div class=\"a>b\"><p>Minas Tirith<p>Osgiliath</div></body></html>";
        assert_eq!(cap_nesting(page), (page.to_string(), 0));
    }

    #[test]
    fn deep_nesting_is_capped_and_text_kept() {
        let page = format!(
            "{}<p>The beacons are lit.</p>{}",
            "<div>".repeat(1000),
            "</div>".repeat(1000)
        );
        let (capped, dropped) = cap_nesting(&page);
        assert_eq!(dropped, 1000 - MAX_DEPTH + 1);
        assert!(capped.contains("The beacons are lit."));
        assert_eq!(capped.matches("<div>").count(), MAX_DEPTH);
        assert_eq!(capped.matches("</div>").count(), MAX_DEPTH);
    }

    #[test]
    fn scripts_and_comments_do_not_count() {
        let inner = "<div>".repeat(500);
        let page = format!("<script>var s = '{inner}';</script><!-- {inner} --><p>Edoras</p>");
        assert_eq!(cap_nesting(&page).1, 0);
    }
}
