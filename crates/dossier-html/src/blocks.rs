//! Splitting a parsed tree into paragraph-level blocks of plain text, iteratively.

use dom_query::NodeRef;

/// Elements whose content is never text a reader sees.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "head", "iframe", "object", "select",
    "option", "button", "canvas", "video", "audio", "textarea", "input",
];

/// Elements that start and end a block.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "br",
    "caption",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "html",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
    "center",
    "menu",
    "dir",
    "listing",
];

/// Collapses every run of whitespace to one space and trims the ends.
pub(crate) fn normalise_space(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

struct BlockCollector {
    blocks: Vec<String>,
    current: String,
}

impl BlockCollector {
    fn flush(&mut self) {
        let text = normalise_space(&self.current);
        self.current.clear();
        if text.chars().any(char::is_alphanumeric) {
            self.blocks.push(text);
        }
    }
}

fn element_name(node: &NodeRef) -> Option<String> {
    node.node_name().map(|n| n.to_ascii_lowercase())
}

/// The paragraph-level blocks under `root`, in document order, whitespace normalised.
/// Blocks without any letter or digit are left out.
pub(crate) fn text_blocks(root: &NodeRef) -> Vec<String> {
    let mut collector = BlockCollector {
        blocks: Vec::new(),
        current: String::new(),
    };
    // (node, leaving): a block element is visited twice so that it can close its block.
    let mut stack: Vec<(NodeRef, bool)> = vec![(*root, false)];
    while let Some((node, leaving)) = stack.pop() {
        if leaving {
            collector.flush();
            continue;
        }
        if node.is_text() {
            collector.current.push_str(&node.text());
            continue;
        }
        let name = if node.is_element() {
            match element_name(&node) {
                Some(name) => Some(name),
                None => continue,
            }
        } else if node.is_document() || node.is_fragment() {
            None
        } else {
            continue;
        };
        if let Some(name) = &name {
            if SKIPPED.contains(&name.as_str()) || node.has_attr("hidden") {
                continue;
            }
            if BLOCKS.contains(&name.as_str()) {
                collector.flush();
                stack.push((node, true));
            }
        }
        let children: Vec<NodeRef> = node.children_it(true).collect();
        stack.extend(children.into_iter().map(|c| (c, false)));
    }
    collector.flush();
    collector.blocks
}

#[cfg(test)]
mod tests {
    use super::*;
    use dom_query::Document;

    #[test]
    fn blocks_in_document_order() {
        let doc = Document::from(
            "<body><h2>Rohan rides</h2><p>The riders of <b>Rohan</b>\n  came   at dawn.</p>\
             <ul><li>Edoras</li><li>Helm's Deep</li></ul><script>var x = 1;</script>\
             <div>Loose text<br>after a break</div></body>",
        );
        let blocks = text_blocks(&doc.root());
        assert_eq!(
            blocks,
            vec![
                "Rohan rides",
                "The riders of Rohan came at dawn.",
                "Edoras",
                "Helm's Deep",
                "Loose text",
                "after a break"
            ]
        );
    }

    #[test]
    fn inline_tags_do_not_split_words() {
        let doc = Document::from("<p>Min<b>as</b> <span>Tirith</span> <a href=x>stands</a></p>");
        assert_eq!(text_blocks(&doc.root()), vec!["Minas Tirith stands"]);
    }
}
