use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` into a document body.
///
/// Invariant: both ends lie on UTF-8 character boundaries of the body they index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "span start {start} after end {end}");
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// True when `other` lies entirely inside `self`.
    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The text this span covers, or `None` when it does not index `text` on char boundaries.
    pub fn text<'a>(&self, text: &'a str) -> Option<&'a str> {
        text.get(self.start..self.end)
    }

    /// True when the span lies inside `text` on character boundaries.
    pub fn is_valid_for(&self, text: &str) -> bool {
        self.start <= self.end && text.get(self.start..self.end).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn span_text_respects_char_boundaries() {
        let body = "Libya’s army";
        assert_eq!(Span::new(0, 5).text(body), Some("Libya"));
        // 5..6 cuts the three-byte apostrophe in half.
        assert_eq!(Span::new(5, 6).text(body), None);
        assert!(!Span::new(5, 6).is_valid_for(body));
        assert!(Span::new(0, 3).contains(&Span::new(1, 2)));
        assert!(Span::new(0, 3).overlaps(&Span::new(2, 9)));
        assert!(!Span::new(0, 3).overlaps(&Span::new(3, 9)));
    }
}
