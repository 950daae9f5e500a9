//! Entity labels, BIO tags (the public interface) and the BILOU scheme used inside the model.

use serde::{Deserialize, Serialize};

/// The entity types of CoNLL-2003.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum NerLabel {
    /// A person.
    #[serde(rename = "PER")]
    Per,
    /// An organisation (companies, armed forces, ministries, teams, parties).
    #[serde(rename = "ORG")]
    Org,
    /// A location (countries, cities, regions, seas, facilities named as places).
    #[serde(rename = "LOC")]
    Loc,
    /// Other names: nationalities and demonyms, events, works, products.
    #[serde(rename = "MISC")]
    Misc,
}

impl NerLabel {
    /// All labels in index order.
    pub const ALL: [NerLabel; 4] = [NerLabel::Per, NerLabel::Org, NerLabel::Loc, NerLabel::Misc];

    /// The CoNLL name: `PER`, `ORG`, `LOC`, `MISC`.
    pub fn as_str(self) -> &'static str {
        match self {
            NerLabel::Per => "PER",
            NerLabel::Org => "ORG",
            NerLabel::Loc => "LOC",
            NerLabel::Misc => "MISC",
        }
    }

    /// Parses a CoNLL type name.
    pub fn from_name(name: &str) -> Option<NerLabel> {
        match name {
            "PER" => Some(NerLabel::Per),
            "ORG" => Some(NerLabel::Org),
            "LOC" => Some(NerLabel::Loc),
            "MISC" => Some(NerLabel::Misc),
            _ => None,
        }
    }

    /// Index in [`NerLabel::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// A token's tag in the IOB2 scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Tag {
    /// Outside any entity.
    O,
    /// First token of an entity.
    B(NerLabel),
    /// Token inside an entity, after its first.
    I(NerLabel),
}

impl Tag {
    /// Parses `O`, `B-PER`, `I-LOC`, ...; IOB1 `I-` tags are accepted as they are.
    pub fn parse(text: &str) -> Option<Tag> {
        if text == "O" {
            return Some(Tag::O);
        }
        let (prefix, name) = text.split_once('-')?;
        let label = NerLabel::from_name(name)?;
        match prefix {
            "B" => Some(Tag::B(label)),
            "I" => Some(Tag::I(label)),
            _ => None,
        }
    }

    /// The label, unless the tag is `O`.
    pub fn label(self) -> Option<NerLabel> {
        match self {
            Tag::O => None,
            Tag::B(label) | Tag::I(label) => Some(label),
        }
    }
}

impl std::fmt::Display for Tag {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Tag::O => f.write_str("O"),
            Tag::B(label) => write!(f, "B-{}", label.as_str()),
            Tag::I(label) => write!(f, "I-{}", label.as_str()),
        }
    }
}

/// An entity as a token range `[start, end)` of one sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TokenSpan {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// Entity type.
    pub label: NerLabel,
}

/// Merges IOB tags into entity spans with the conlleval rules: an entity starts at `B-X`, at
/// `I-X` after a tag of another type or `O`, and ends before any tag that does not continue it.
pub fn spans_from_tags(tags: &[Tag]) -> Vec<TokenSpan> {
    let mut spans = Vec::new();
    let mut open: Option<(usize, NerLabel)> = None;
    for (i, tag) in tags.iter().enumerate() {
        let continues =
            matches!((open, tag), (Some((_, current)), Tag::I(label)) if current == *label);
        if continues {
            continue;
        }
        if let Some((start, label)) = open.take() {
            spans.push(TokenSpan {
                start,
                end: i,
                label,
            });
        }
        open = tag.label().map(|label| (i, label));
    }
    if let Some((start, label)) = open {
        spans.push(TokenSpan {
            start,
            end: tags.len(),
            label,
        });
    }
    spans
}

/// Number of internal BILOU tags: `O` plus B, I, L, U for each of the four labels.
pub(crate) const TAG_COUNT: usize = 17;

/// The pseudo-tag before the first token of a sentence.
pub(crate) const START_TAG: usize = TAG_COUNT;

/// Internal tag ids: 0 is `O`; `1 + 4 * label + part` with part 0 = B, 1 = I, 2 = L, 3 = U.
pub(crate) fn bilou(label: NerLabel, part: usize) -> usize {
    1 + 4 * label.index() + part
}

/// Label and part (0 = B, 1 = I, 2 = L, 3 = U) of an internal tag; `None` for `O`.
pub(crate) fn bilou_parts(tag: usize) -> Option<(NerLabel, usize)> {
    if tag == 0 || tag >= TAG_COUNT {
        return None;
    }
    Some((NerLabel::ALL[(tag - 1) / 4], (tag - 1) % 4))
}

/// Whether internal tag `current` may follow `previous` (which may be [`START_TAG`]).
pub(crate) fn transition_allowed(previous: usize, current: usize) -> bool {
    let open = match bilou_parts(previous) {
        Some((label, 0 | 1)) => Some(label),
        _ => None,
    };
    match (open, bilou_parts(current)) {
        (Some(label), Some((next, 1 | 2))) => label == next,
        (Some(_), _) => false,
        (None, None) => true,
        (None, Some((_, part))) => part == 0 || part == 3,
    }
}

/// Whether internal tag `last` may end a sentence.
pub(crate) fn may_end(last: usize) -> bool {
    !matches!(bilou_parts(last), Some((_, 0 | 1)))
}

/// Internal BILOU tags for entity spans over `len` tokens.
pub(crate) fn bilou_from_spans(spans: &[TokenSpan], len: usize) -> Vec<usize> {
    let mut tags = vec![0; len];
    for span in spans {
        if span.end == span.start + 1 {
            tags[span.start] = bilou(span.label, 3);
        } else {
            tags[span.start] = bilou(span.label, 0);
            for tag in &mut tags[span.start + 1..span.end - 1] {
                *tag = bilou(span.label, 1);
            }
            tags[span.end - 1] = bilou(span.label, 2);
        }
    }
    tags
}

/// IOB2 tags from a valid internal BILOU sequence.
pub(crate) fn iob_from_bilou(tags: &[usize]) -> Vec<Tag> {
    tags.iter()
        .map(|&tag| match bilou_parts(tag) {
            None => Tag::O,
            Some((label, 0 | 3)) => Tag::B(label),
            Some((label, _)) => Tag::I(label),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merges_iob_with_conlleval_rules() {
        use NerLabel::*;
        let tags = [
            Tag::B(Per),
            Tag::I(Per),
            Tag::O,
            Tag::I(Loc),
            Tag::B(Loc),
            Tag::I(Org),
            Tag::I(Org),
        ];
        let spans = spans_from_tags(&tags);
        let got: Vec<(usize, usize, NerLabel)> =
            spans.iter().map(|s| (s.start, s.end, s.label)).collect();
        assert_eq!(got, [(0, 2, Per), (3, 4, Loc), (4, 5, Loc), (5, 7, Org)]);
    }

    #[test]
    fn bilou_round_trip_and_transitions() {
        let spans = [
            TokenSpan {
                start: 0,
                end: 3,
                label: NerLabel::Org,
            },
            TokenSpan {
                start: 4,
                end: 5,
                label: NerLabel::Loc,
            },
        ];
        let tags = bilou_from_spans(&spans, 6);
        assert_eq!(tags[0], bilou(NerLabel::Org, 0));
        assert_eq!(tags[4], bilou(NerLabel::Loc, 3));
        let mut previous = START_TAG;
        for &tag in &tags {
            assert!(transition_allowed(previous, tag));
            previous = tag;
        }
        assert!(may_end(previous));
        assert_eq!(spans_from_tags(&iob_from_bilou(&tags)), spans);
        assert!(!transition_allowed(bilou(NerLabel::Org, 0), 0));
        assert!(!transition_allowed(START_TAG, bilou(NerLabel::Per, 1)));
        assert!(!may_end(bilou(NerLabel::Per, 0)));
        assert_eq!(Tag::parse("B-MISC"), Some(Tag::B(NerLabel::Misc)));
        assert_eq!(Tag::B(NerLabel::Misc).to_string(), "B-MISC");
    }
}
