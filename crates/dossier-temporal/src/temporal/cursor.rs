//! The cursor every temporal matcher works on: the text, its tokens, the anchor date and the
//! numeric-date order, with the token tests all matchers use (`word`, `is`, `punct`, `glued`,
//! `skip_comma`) and the constructors of a mention and of its value or range. Kept apart so
//! that each matcher module depends on this small piece rather than on the others.

use super::calendar::{containing, pd};
use crate::lexicon::{is_word, Lex};
use crate::token::Token;
use crate::{DateRange, NumericDateOrder, Resolution, StatedDate, TemporalKind, TemporalMention};
use chrono::NaiveDate;
use dossier_model::{DatedValue, PartialDate};

/// A mention and the index of the token after it.
pub(super) type Found = (TemporalMention, usize);

/// One text's tokens with what resolving their dates needs.
pub(super) struct Cx<'t> {
    pub(super) text: &'t str,
    pub(super) toks: &'t [Token],
    pub(super) anchor: Option<PartialDate>,
    pub(super) anchor_day: Option<NaiveDate>,
    pub(super) order: NumericDateOrder,
}

impl Cx<'_> {
    pub(super) fn tok(&self, i: usize) -> Option<&Token> {
        self.toks.get(i)
    }

    pub(super) fn lex(&self, i: usize) -> Option<Lex> {
        self.toks.get(i).and_then(|t| t.lex)
    }

    pub(super) fn word(&self, i: usize) -> &str {
        match self.toks.get(i) {
            Some(t) if t.is_word() => t.text(self.text),
            _ => "",
        }
    }

    pub(super) fn is(&self, i: usize, key: &str) -> bool {
        is_word(self.word(i), key)
    }

    pub(super) fn punct(&self, i: usize, c: char) -> bool {
        self.toks.get(i).is_some_and(|t| t.is_punct(c))
    }

    /// Tokens `a` and `a + 1` are adjacent with nothing between them.
    pub(super) fn glued(&self, a: usize) -> bool {
        match (self.toks.get(a), self.toks.get(a + 1)) {
            (Some(x), Some(y)) => x.touches(y),
            _ => false,
        }
    }

    /// Skips one comma (Latin or Arabic) at `j`.
    pub(super) fn skip_comma(&self, j: usize) -> usize {
        if self.punct(j, ',') || self.punct(j, '\u{060C}') {
            j + 1
        } else {
            j
        }
    }

    pub(super) fn base(&self, a: usize, b: usize, kind: TemporalKind) -> TemporalMention {
        let start = self.toks[a].start;
        let end = self.toks[b - 1].end;
        TemporalMention {
            start,
            end,
            text: self.text[start..end].to_string(),
            kind,
            value: DatedValue::unknown(),
            range: None,
            resolution: Resolution::Unresolved,
            confidence: 0.5,
            stated: StatedDate::default(),
            part: None,
            time: None,
            amount: None,
            note: None,
        }
    }

    pub(super) fn set_value(
        m: &mut TemporalMention,
        value: PartialDate,
        resolution: Resolution,
        conf: f32,
    ) {
        m.value = DatedValue::known(value);
        m.resolution = resolution;
        m.confidence = conf;
    }

    pub(super) fn set_range(m: &mut TemporalMention, first: NaiveDate, last: NaiveDate, conf: f32) {
        m.value = containing(first, last);
        m.range = Some(DateRange {
            first: pd(first),
            last: pd(last),
        });
        m.resolution = Resolution::RelativeToAnchor;
        m.confidence = conf;
    }
}

/// A cursor over a made-up sentence, for the tests of the matcher modules.
#[cfg(test)]
pub(super) mod testing {
    use super::Cx;
    use crate::{NumericDateOrder, TemporalMention};
    use dossier_model::PartialDate;

    /// Saturday 19 July 2025.
    pub(in crate::temporal) fn saturday() -> Option<PartialDate> {
        PartialDate::from_ymd(2025, 7, 19)
    }

    /// Runs `f` on a cursor over `text` with `anchor` and no numeric-date hint.
    pub(in crate::temporal) fn with_cx<R>(
        text: &str,
        anchor: Option<PartialDate>,
        f: impl FnOnce(&Cx<'_>) -> R,
    ) -> R {
        with_cx_order(text, anchor, NumericDateOrder::Unknown, f)
    }

    /// Runs `f` on a cursor over `text` with `anchor` and the numeric-date `order`.
    pub(in crate::temporal) fn with_cx_order<R>(
        text: &str,
        anchor: Option<PartialDate>,
        order: NumericDateOrder,
        f: impl FnOnce(&Cx<'_>) -> R,
    ) -> R {
        let toks = crate::token::scan(text);
        let cx = Cx {
            text,
            toks: &toks,
            anchor,
            anchor_day: anchor.and_then(|a| a.to_naive()),
            order,
        };
        f(&cx)
    }

    impl Cx<'_> {
        /// The index of the first token written `word`.
        pub(in crate::temporal) fn index_of(&self, word: &str) -> usize {
            self.toks
                .iter()
                .position(|t| t.text(self.text) == word)
                .unwrap_or_else(|| panic!("no token {word:?} in {:?}", self.text))
        }
    }

    /// The mention's value as `YYYY[-MM[-DD]]`, or an empty string.
    pub(in crate::temporal) fn value(m: &TemporalMention) -> String {
        m.value.value.map(|v| v.to_string()).unwrap_or_default()
    }

    /// The mention's range as `first..last`, or an empty string.
    pub(in crate::temporal) fn range(m: &TemporalMention) -> String {
        m.range
            .map(|r| format!("{}..{}", r.first, r.last))
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::testing::{saturday, with_cx};
    use crate::{Resolution, TemporalKind};
    use chrono::NaiveDate;
    use dossier_model::DatePrecision;

    #[test]
    fn glued_tokens_touch_and_spaced_ones_do_not() {
        with_cx("Osgiliath 18-Jul and 18 - Jul", None, |cx| {
            assert!(cx.glued(1), "`18` touches `-`");
            assert!(cx.glued(2), "`-` touches `Jul`");
            assert!(!cx.glued(5), "`18 -` are apart");
            assert!(!cx.glued(100), "past the end");
        });
    }

    #[test]
    fn word_tests_ignore_case_and_numbers_are_not_words() {
        with_cx("On 18 JULY, in Dol Amroth", None, |cx| {
            assert!(cx.is(0, "on"));
            assert!(cx.is(2, "july"));
            assert_eq!(cx.word(1), "", "a number is not a word");
            assert_eq!(cx.word(99), "");
            assert!(cx.punct(3, ','));
            assert_eq!(cx.skip_comma(3), 4);
            assert_eq!(cx.skip_comma(4), 4, "only a comma is skipped");
        });
        with_cx("١٨ يوليو، ٢٠٢٥", None, |cx| {
            assert_eq!(cx.skip_comma(2), 3, "the Arabic comma is skipped too");
        });
    }

    #[test]
    fn a_base_mention_spans_its_tokens_and_is_unresolved() {
        with_cx("The riders left Edoras last week.", None, |cx| {
            let m = cx.base(4, 6, TemporalKind::Date);
            assert_eq!(m.text, "last week");
            assert_eq!((m.start, m.end), (23, 32));
            assert_eq!(m.resolution, Resolution::Unresolved);
            assert_eq!(m.value.precision, DatePrecision::Unknown);
            assert_eq!(m.confidence, 0.5);
        });
    }

    #[test]
    fn a_range_gets_the_narrowest_containing_value() {
        with_cx("the week", saturday(), |cx| {
            let mut m = cx.base(0, 2, TemporalKind::Date);
            let first = NaiveDate::from_ymd_opt(2025, 7, 7);
            let last = NaiveDate::from_ymd_opt(2025, 7, 13);
            let (Some(first), Some(last)) = (first, last) else {
                panic!("valid days");
            };
            super::Cx::set_range(&mut m, first, last, 0.8);
            assert_eq!(super::testing::value(&m), "2025-07");
            assert_eq!(super::testing::range(&m), "2025-07-07..2025-07-13");
            assert_eq!(m.resolution, Resolution::RelativeToAnchor);
        });
    }
}
