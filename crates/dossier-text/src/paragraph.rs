//! Paragraph segmentation.

use dossier_model::Span;

/// Paragraphs of a body: runs of lines separated by one or more blank lines (lines holding only
/// white space), each trimmed of surrounding white space. A paragraph separator (U+2029) also
/// ends a paragraph.
pub fn paragraph_spans(body: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    // Byte range of the current paragraph's non-blank lines, before trimming.
    let mut current: Option<(usize, usize)> = None;
    let mut flush = |current: &mut Option<(usize, usize)>| {
        if let Some((start, end)) = current.take() {
            if let Some(span) = trimmed_span(body, start, end) {
                spans.push(span);
            }
        }
    };
    let mut line_start = 0;
    for line in body.split_inclusive(['\n', '\u{2029}']) {
        let line_end = line_start + line.len();
        let is_blank = line.trim().is_empty();
        if is_blank {
            flush(&mut current);
        } else {
            current = Some(match current {
                Some((start, _)) => (start, line_end),
                None => (line_start, line_end),
            });
            if line.ends_with('\u{2029}') {
                flush(&mut current);
            }
        }
        line_start = line_end;
    }
    flush(&mut current);
    spans
}

/// The span of `text[start..end]` trimmed of white space (and of a paragraph separator), or
/// `None` when nothing is left.
pub(crate) fn trimmed_span(text: &str, start: usize, end: usize) -> Option<Span> {
    let slice = text.get(start..end)?;
    let trimmed_start = slice.trim_start_matches(|c: char| c.is_whitespace());
    let trimmed = trimmed_start.trim_end_matches(|c: char| c.is_whitespace());
    if trimmed.is_empty() {
        return None;
    }
    let s = start + (slice.len() - trimmed_start.len());
    Some(Span::new(s, s + trimmed.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(body: &str) -> Vec<&str> {
        paragraph_spans(body)
            .iter()
            .map(|s| s.text(body).unwrap())
            .collect()
    }

    #[test]
    fn splits_on_blank_lines() {
        let body = "Arnor's envoy arrived.\nHe met the steward.\n\nThe talks began.";
        assert_eq!(
            texts(body),
            [
                "Arnor's envoy arrived.\nHe met the steward.",
                "The talks began."
            ]
        );
    }

    #[test]
    fn blank_lines_may_hold_white_space_and_repeat() {
        let body = "  First.  \n \t \n\n\r\n   Second.\r\n\r\nThird.\n";
        assert_eq!(texts(body), ["First.", "Second.", "Third."]);
    }

    #[test]
    fn leading_and_trailing_blank_lines_and_empty_input() {
        assert!(paragraph_spans("").is_empty());
        assert!(paragraph_spans(" \n\n \n").is_empty());
        assert_eq!(texts("\n\n\nOnly one.\n\n\n"), ["Only one."]);
    }

    #[test]
    fn paragraph_separator_ends_a_paragraph() {
        assert_eq!(texts("One.\u{2029}Two."), ["One.", "Two."]);
    }

    #[test]
    fn spans_are_on_char_boundaries_in_other_scripts() {
        let body = "لیبیا کی افواج۔\n\n  国防部长。 ";
        let spans = paragraph_spans(body);
        assert_eq!(texts(body), ["لیبیا کی افواج۔", "国防部长。"]);
        assert!(spans.iter().all(|s| s.is_valid_for(body)));
    }
}
