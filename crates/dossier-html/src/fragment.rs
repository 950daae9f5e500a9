//! A small hand-written HTML-fragment-to-paragraphs scanner, for markup that is a piece of a
//! page rather than a page: feed item content, escaped HTML in a feed title or author.
//!
//! It is separate from [`crate::extract`] because a fragment has no page around it to find a
//! main content in: every block element simply separates paragraphs. It never builds a tree,
//! so it is linear in the input and cannot be tripped by deep nesting.

/// Elements whose start or end separates paragraphs.
fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "br"
            | "li"
            | "ul"
            | "ol"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "blockquote"
            | "section"
            | "article"
            | "header"
            | "footer"
            | "figure"
            | "figcaption"
            | "table"
            | "tr"
            | "hr"
            | "pre"
            | "dd"
            | "dt"
            | "aside"
    )
}

/// Elements that sit inside a word or sentence without separating anything.
fn is_inline(name: &str) -> bool {
    matches!(
        name,
        "a" | "b"
            | "i"
            | "em"
            | "strong"
            | "span"
            | "u"
            | "sup"
            | "sub"
            | "small"
            | "abbr"
            | "cite"
            | "q"
            | "mark"
            | "time"
            | "font"
            | "s"
            | "code"
            | "bdi"
            | "bdo"
            | "wbr"
    )
}

/// Elements whose content is never text.
fn is_skipped(name: &str) -> bool {
    matches!(
        name,
        "script" | "style" | "noscript" | "template" | "svg" | "iframe" | "object" | "head"
    )
}

/// Decodes one character reference or named entity (`amp`, `#39`, `#x2014`).
fn entity(name: &str) -> Option<String> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code)
            .filter(|c| *c != '\0')
            .map(String::from);
    }
    quick_xml::escape::resolve_html5_entity(name).map(String::from)
}

/// Replaces character references and entities in text.
pub fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let end = after
            .char_indices()
            .take(32)
            .find(|&(_, c)| c == ';' || c.is_whitespace() || c == '&' || c == '<')
            .filter(|&(_, c)| c == ';')
            .map(|(i, _)| i);
        match end.and_then(|e| entity(&after[..e]).map(|s| (e, s))) {
            Some((e, s)) => {
                out.push_str(&s);
                rest = &after[e + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Turns an HTML fragment into paragraphs of plain text: block elements separate
/// paragraphs, scripts and styles are dropped, entities decoded, white space folded.
pub fn to_paragraphs(html: &str) -> Vec<String> {
    let mut paragraphs = Vec::new();
    let mut current = String::new();
    let mut skip_depth: Option<String> = None;
    let mut rest = html;
    let flush = |current: &mut String, paragraphs: &mut Vec<String>| {
        let folded = decode_entities(current)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if !folded.is_empty() {
            paragraphs.push(folded);
        }
        current.clear();
    };
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            if skip_depth.is_none() {
                current.push_str(rest);
            }
            break;
        };
        if skip_depth.is_none() {
            current.push_str(&rest[..lt]);
        }
        let tag_area = &rest[lt..];
        if let Some(comment) = tag_area.strip_prefix("<!--") {
            rest = comment.find("-->").map(|e| &comment[e + 3..]).unwrap_or("");
            continue;
        }
        let opens_tag = tag_area[1..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || matches!(c, '/' | '!' | '?'));
        if !opens_tag {
            // A `<` in text, as in `a < b`.
            if skip_depth.is_none() {
                current.push('<');
            }
            rest = &tag_area[1..];
            continue;
        }
        let Some(gt) = tag_area.find('>') else {
            // No tag can close after this point: the rest is text.
            if skip_depth.is_none() {
                current.push_str(tag_area);
            }
            break;
        };
        let inner = &tag_area[1..gt];
        rest = &tag_area[gt + 1..];
        let closing = inner.starts_with('/');
        let name: String = inner
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if name.is_empty() {
            continue;
        }
        if let Some(skipped) = &skip_depth {
            if closing && *skipped == name {
                skip_depth = None;
            }
            continue;
        }
        if !closing && is_skipped(&name) && !inner.ends_with('/') {
            skip_depth = Some(name);
            continue;
        }
        if is_block(&name) {
            flush(&mut current, &mut paragraphs);
        } else if !is_inline(&name) {
            current.push(' ');
        }
    }
    flush(&mut current, &mut paragraphs);
    paragraphs
}

/// True when a feed's text looks like HTML markup rather than plain text.
pub fn looks_like_html(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    [
        "<p",
        "<br",
        "<div",
        "<a ",
        "</",
        "<img",
        "<blockquote",
        "<li",
        "<span",
    ]
    .iter()
    .any(|t| lower.contains(t))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments_become_paragraphs() {
        let html = "<p>The fleet of <b>Gondor</b> sailed.</p><script>x()</script><p>Arnor &amp; Rohan&#8217;s riders&nbsp;came.<br>Then rain.</p><!-- c --><blockquote class=\"twitter-tweet\"><p>Ships! <a href=\"x\">pic.twitter.com/Ab1</a></p>&mdash; Gondor Navy (@GondorNavy) <a href=\"y\">March 2, 2031</a></blockquote>";
        let p = to_paragraphs(html);
        assert_eq!(
            p,
            [
                "The fleet of Gondor sailed.",
                "Arnor & Rohan’s riders came.",
                "Then rain.",
                "Ships! pic.twitter.com/Ab1",
                "— Gondor Navy (@GondorNavy) March 2, 2031"
            ]
        );
        assert_eq!(decode_entities("a &bogus; b & c"), "a &bogus; b & c");
        assert_eq!(to_paragraphs("<p>a < b</p>"), ["a < b"]);
        let many = "<".repeat(200_000);
        assert_eq!(to_paragraphs(&many), vec![many]);
    }

    #[test]
    fn entities_decode_by_name_and_number() {
        assert_eq!(
            decode_entities("Rohan&#39;s &#x2014; Gondor&rsquo;s"),
            "Rohan's — Gondor’s"
        );
        assert_eq!(decode_entities("&#0; &#xZZ; &amp"), "&#0; &#xZZ; &amp");
    }

    #[test]
    fn markup_is_told_from_plain_text() {
        assert!(looks_like_html("The <b>Shire</b> is green"));
        assert!(looks_like_html("Bree<BR>Archet"));
        assert!(!looks_like_html("Gondor < Mordor in size, 3 > 2"));
    }

    #[test]
    fn skipped_elements_comments_and_unknown_tags() {
        assert_eq!(
            to_paragraphs(
                "<style>p{}</style>Eriador<!-- note -->ian<img src=x>lands<noscript>js</noscript>"
            ),
            ["Eriadorian lands"]
        );
        assert_eq!(to_paragraphs("Fangorn<!-- never closed"), ["Fangorn"]);
    }
}
