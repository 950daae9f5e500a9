//! Readers of the parts a written date is made of: a day number with its ordinal suffix
//! (`18th`), a four-digit year with the Urdu `ء` or Arabic `م` after it, and a month name in
//! English, Urdu or Arabic, including the two-word Levantine names (`كانون الثاني`). The date
//! matchers combine these; they resolve nothing themselves.

use super::cursor::Cx;
use crate::lexicon::{is_word, Lex, MonthForm};
use crate::token::{Case, Kind};

impl Cx<'_> {
    /// A day number 1-31 with an optional ordinal suffix: the day and the index after it.
    pub(super) fn day_at(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.tok(i)?;
        if !t.is_number() || t.digits > 2 || t.value == 0 || t.value > 31 {
            return None;
        }
        let mut j = i + 1;
        if self.glued(i) {
            let w = self.word(j);
            if ["st", "nd", "rd", "th"].iter().any(|s| is_word(w, s)) {
                j += 1;
            }
        }
        Some((t.value as u32, j))
    }

    /// A four-digit year (with Urdu `ء` or Arabic `م` glued after it): the year and the
    /// index after it.
    pub(super) fn year_at(&self, i: usize) -> Option<(i32, usize)> {
        let t = self.tok(i)?;
        if !t.is_number() || t.digits != 4 || !(1800..=2199).contains(&t.value) {
            return None;
        }
        let mut j = i + 1;
        if self.glued(i) {
            let next = self.tok(j)?;
            match next.kind {
                Kind::Word => {
                    let w = next.text(self.text);
                    if w == "ء" || w == "م" {
                        j += 1;
                    } else {
                        // `1990s`, `2025th`.
                        return None;
                    }
                }
                Kind::Punct(',') | Kind::Punct('.') | Kind::Punct('\u{066B}')
                    if self
                        .tok(j + 1)
                        .is_some_and(|n| n.is_number() && next.touches(n)) =>
                {
                    return None;
                }
                Kind::Punct('%') => return None,
                _ => {}
            }
        }
        Some((t.value as i32, j))
    }

    /// A month name: its number, form, and the index after it.
    pub(super) fn month_at(&self, i: usize) -> Option<(u32, MonthForm, usize)> {
        let t = self.tok(i)?;
        match t.lex? {
            Lex::Month { month, form } => {
                if t.case == Case::Lower && form != MonthForm::Full {
                    return None;
                }
                let mut j = i + 1;
                let w = t.text(self.text);
                let abbreviation =
                    w.len() <= 4 && !["june", "july", "may"].iter().any(|k| is_word(w, k));
                if abbreviation && self.punct(j, '.') && self.glued(i) {
                    j += 1;
                }
                Some((u32::from(month), form, j))
            }
            Lex::MonthStem(stem) => match self.lex(i + 1)? {
                Lex::StemOrder(n) => {
                    let month = dossier_lexicon::levantine_month(stem.0, n)?;
                    Some((u32::from(month), MonthForm::Full, i + 2))
                }
                _ => None,
            },
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::cursor::testing::with_cx;
    use crate::lexicon::MonthForm;

    #[test]
    fn days_take_their_ordinal_suffix_and_stay_in_range() {
        with_cx("the 18th, 7 and 32 and 0", None, |cx| {
            assert_eq!(cx.day_at(1), Some((18, 3)));
            assert_eq!(cx.day_at(4), Some((7, 5)));
            assert_eq!(cx.day_at(6), None, "no 32nd day");
            assert_eq!(cx.day_at(8), None, "no day 0");
            assert_eq!(cx.day_at(0), None, "not a number");
        });
    }

    #[test]
    fn years_are_four_digits_with_an_optional_era_letter() {
        with_cx("2025 1990s 2025ء 2025م 1700 2025%", None, |cx| {
            assert_eq!(cx.year_at(0), Some((2025, 1)));
            assert_eq!(cx.year_at(1), None, "a decade");
            assert_eq!(cx.year_at(3), Some((2025, 5)), "Urdu ء");
            assert_eq!(cx.year_at(5), Some((2025, 7)), "Arabic م");
            assert_eq!(cx.year_at(7), None, "before 1800");
            assert_eq!(cx.year_at(8), None, "a percentage");
        });
        with_cx("2,025 riders", None, |cx| {
            assert_eq!(cx.year_at(0), None, "a grouped number");
        });
    }

    #[test]
    fn month_names_in_three_scripts() {
        with_cx("July Jul. jul july", None, |cx| {
            assert_eq!(cx.month_at(0), Some((7, MonthForm::Full, 1)));
            let (month, _, end) = cx.month_at(1).unwrap_or_else(|| panic!("Jul."));
            assert_eq!((month, end), (7, 3), "the full stop belongs to it");
            assert_eq!(cx.month_at(3), None, "a lower-case abbreviation");
            assert_eq!(cx.month_at(4), Some((7, MonthForm::Full, 5)));
        });
        with_cx(
            "كانون الثاني تشرين الأول جولائی",
            None,
            |cx| {
                assert_eq!(cx.month_at(0), Some((1, MonthForm::Full, 2)));
                assert_eq!(cx.month_at(2), Some((10, MonthForm::Full, 4)));
                assert_eq!(cx.month_at(4).map(|(m, _, e)| (m, e)), Some((7, 5)));
                assert_eq!(cx.month_at(1), None, "a stem order alone");
            },
        );
    }
}
