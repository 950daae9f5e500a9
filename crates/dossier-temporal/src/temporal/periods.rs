//! Periods longer than a day: calendar weeks, months and years relative to the anchor
//! (`this month`, `the end of next week`), parts of a month or year (`early March`,
//! `mid-2025`), seasons (`summer 2024`, `last winter`) and decades (`the 1990s`), each with
//! the range of days it covers.

use super::calendar::{from_month_index, last_day_of_month, month_index, pd, weekday_num};
use super::cursor::{Cx, Found};
use crate::lexicon::{is_word, Deictic, Lex, MonthForm, PartOfPeriod, TimeUnit};
use crate::token::Case;
use crate::{DateRange, Resolution, TemporalKind, TemporalMention};
use chrono::{Datelike, Days, NaiveDate};
use dossier_model::PartialDate;

impl Cx<'_> {
    /// The days of a calendar period `shift` periods from the anchor's (`-1` last, `0` this,
    /// `1` next), or the part of this period before (`Earlier`) or after (`Later`) the anchor.
    pub(super) fn period(
        &self,
        unit: TimeUnit,
        shift: i32,
        partial: Option<Deictic>,
    ) -> Option<(NaiveDate, NaiveDate)> {
        let ad = self.anchor_day?;
        let (first, last) = match unit {
            TimeUnit::Week => {
                let monday = ad.checked_sub_days(Days::new(u64::from(weekday_num(ad))))?;
                let first = if shift < 0 {
                    monday.checked_sub_days(Days::new(7 * u64::from(shift.unsigned_abs())))?
                } else {
                    monday.checked_add_days(Days::new(7 * u64::from(shift.unsigned_abs())))?
                };
                (first, first.checked_add_days(Days::new(6))?)
            }
            TimeUnit::Fortnight => {
                if shift < 0 {
                    (ad.checked_sub_days(Days::new(14))?, ad.pred_opt()?)
                } else {
                    (ad.succ_opt()?, ad.checked_add_days(Days::new(14))?)
                }
            }
            TimeUnit::Month => {
                let idx = month_index(ad.year(), ad.month()) + i64::from(shift);
                let m = from_month_index(idx)?;
                let first = NaiveDate::from_ymd_opt(m.year, m.month?, 1)?;
                (first, last_day_of_month(m.year, m.month?)?)
            }
            TimeUnit::Year => {
                let y = ad.year() + shift;
                (
                    NaiveDate::from_ymd_opt(y, 1, 1)?,
                    NaiveDate::from_ymd_opt(y, 12, 31)?,
                )
            }
            _ => return None,
        };
        match partial {
            Some(Deictic::Earlier) => Some((first, ad.pred_opt()?.max(first))),
            Some(Deictic::Later) => Some((ad.succ_opt()?.min(last), last)),
            _ => Some((first, last)),
        }
    }

    /// Fills a period mention, with a value only when the anchor is precise enough.
    pub(super) fn fill_period(
        &self,
        m: &mut TemporalMention,
        unit: TimeUnit,
        shift: i32,
        partial: Option<Deictic>,
        conf: f32,
    ) {
        if let Some((first, last)) = self.period(unit, shift, partial) {
            Self::set_range(m, first, last, conf);
            return;
        }
        // Month or year anchors still place month and year periods.
        let Some(anchor) = self.anchor else { return };
        match (unit, anchor.month, partial) {
            (TimeUnit::Month, Some(am), None) => {
                if let Some(v) = from_month_index(month_index(anchor.year, am) + i64::from(shift)) {
                    Self::set_value(m, v, Resolution::RelativeToAnchor, conf * 0.9);
                }
            }
            (TimeUnit::Year, _, _) => {
                Self::set_value(
                    m,
                    PartialDate::year(anchor.year + shift),
                    Resolution::RelativeToAnchor,
                    conf * 0.9,
                );
            }
            _ => {}
        }
    }

    /// `early March`, `mid-July 2025`, `late 2024`, `mid-2025`, `the end of July`,
    /// `the beginning of 2026`, `the end of the year`.
    pub(super) fn part(&self, i: usize, p: PartOfPeriod) -> Option<Found> {
        let w = self.word(i);
        let direct = ["early", "mid", "late"].iter().any(|k| is_word(w, k));
        let mut k = i + 1;
        if direct {
            if self.punct(k, '-') && self.glued(i) && self.glued(k) {
                k += 1;
            }
        } else {
            if !self.is(k, "of") {
                return None;
            }
            k += 1;
            if self.is(k, "the") {
                k += 1;
            }
        }
        if let Some((month, form, e)) = self.month_at(k) {
            if form == MonthForm::NeedsNumber && !direct {
                return None;
            }
            let e2 = self.skip_comma(e);
            let mut m;
            let end;
            if let Some((y, ye)) = self.year_at(e2) {
                m = self.base(i, ye, TemporalKind::Date);
                end = ye;
                m.stated.year = Some(y);
                if let Some(v) = PartialDate::month(y, month) {
                    Self::set_value(&mut m, v, Resolution::Absolute, 0.85);
                }
            } else {
                m = self.base(i, e, TemporalKind::Date);
                end = e;
                if let Some((v, conf)) = self.resolve_month(month, self.tense(i, e)) {
                    Self::set_value(&mut m, v, Resolution::RelativeToAnchor, conf * 0.95);
                }
            }
            m.stated.month = Some(month);
            m.part = Some(p);
            return Some((m, end));
        }
        if let Some((y, e)) = self.year_at(k) {
            let mut m = self.base(i, e, TemporalKind::Date);
            m.stated.year = Some(y);
            m.part = Some(p);
            Self::set_value(&mut m, PartialDate::year(y), Resolution::Absolute, 0.85);
            return Some((m, e));
        }
        if !direct {
            // `the end of the year`, `the end of the month`, `the end of next week`.
            let (shift, u_at) = match self.lex(k) {
                Some(Lex::DeicticBefore(Deictic::Next)) => (1, k + 1),
                Some(Lex::DeicticBefore(Deictic::Last | Deictic::Past)) => (-1, k + 1),
                Some(Lex::DeicticBefore(Deictic::This)) => (0, k + 1),
                _ => (0, k),
            };
            if let Some(Lex::Unit(u @ (TimeUnit::Week | TimeUnit::Month | TimeUnit::Year))) =
                self.lex(u_at)
            {
                let mut m = self.base(i, u_at + 1, TemporalKind::Date);
                m.part = Some(p);
                self.fill_period(&mut m, u, shift, None, 0.75);
                return Some((m, u_at + 1));
            }
        }
        None
    }

    /// `summer 2024`, `the summer of 2024`, `last winter`, `this spring` (with `shift`).
    /// Seasons are the northern-hemisphere meteorological ones; winter starts in December.
    pub(super) fn season(&self, i: usize, n: u8, shift: Option<i32>) -> Option<Found> {
        let t = self.tok(i)?;
        let mut k = i + 1;
        if self.is(k, "of") {
            k += 1;
        }
        let stated_year = self.year_at(k);
        let (year, end, resolution, conf) = match (stated_year, shift) {
            (Some((y, e)), None) => (y, e, Resolution::Absolute, 0.8),
            (None, Some(s)) => {
                let anchor = self.anchor;
                let Some(anchor) = anchor else {
                    return Some((self.base(i, i + 1, TemporalKind::Date), i + 1));
                };
                // The season's index in the anchor's year, and the anchor's own season.
                let am = anchor.month.unwrap_or(6);
                let current = match am {
                    3..=5 => 0,
                    6..=8 => 1,
                    9..=11 => 2,
                    _ => 3,
                };
                // Winter is labelled by the year it starts in.
                let base_year = if am <= 2 {
                    anchor.year - 1
                } else {
                    anchor.year
                };
                let mut y = base_year;
                match s {
                    -1 if n >= current => y -= 1,
                    1 if n <= current => y += 1,
                    _ => {}
                }
                (y, i + 1, Resolution::RelativeToAnchor, 0.7)
            }
            _ => return None,
        };
        if t.case == Case::Upper {
            return None;
        }
        let months = [(3, 5), (6, 8), (9, 11), (12, 2)];
        let (fm, lm) = months[usize::from(n.min(3))];
        let last_year = if n == 3 { year + 1 } else { year };
        let first = NaiveDate::from_ymd_opt(year, fm, 1)?;
        let last = last_day_of_month(last_year, lm)?;
        let mut m = self.base(i, end, TemporalKind::Date);
        Self::set_range(&mut m, first, last, conf);
        m.resolution = resolution;
        if let Some((y, _)) = stated_year {
            m.stated.year = Some(y);
        }
        Some((m, end))
    }

    /// `the 1950s`, `1990s`: a decade as a range of years.
    pub(super) fn decade(&self, i: usize) -> Option<Found> {
        let t = self.tok(i)?;
        if t.digits != 4 || t.value % 10 != 0 || !(1000..=2190).contains(&t.value) {
            return None;
        }
        let end = if self.glued(i) && self.word(i + 1) == "s" {
            i + 2
        } else if self.glued(i)
            && (self.punct(i + 1, '\'') || self.punct(i + 1, '’'))
            && self.glued(i + 1)
            && self.word(i + 2) == "s"
        {
            i + 3
        } else {
            return None;
        };
        let y = t.value as i32;
        let mut m = self.base(i, end, TemporalKind::Date);
        m.stated.year = Some(y);
        if let (Some(first), Some(last)) = (
            NaiveDate::from_ymd_opt(y, 1, 1),
            NaiveDate::from_ymd_opt(y + 9, 12, 31),
        ) {
            m.range = Some(DateRange {
                first: pd(first),
                last: pd(last),
            });
            m.resolution = Resolution::Absolute;
            m.confidence = 0.8;
        }
        Some((m, end))
    }
}

#[cfg(test)]
mod tests {
    use super::super::cursor::testing::{range, saturday, value, with_cx};
    use crate::lexicon::{Deictic, TimeUnit};
    use crate::{PartOfPeriod, Resolution, TemporalKind};
    use dossier_model::PartialDate;

    /// A calendar period against Saturday 19 July 2025, as `first..last`.
    fn period(unit: TimeUnit, shift: i32, partial: Option<Deictic>) -> Option<String> {
        with_cx("", saturday(), |cx| {
            cx.period(unit, shift, partial)
                .map(|(a, b)| format!("{a}..{b}"))
        })
    }

    #[test]
    fn calendar_periods_around_the_anchor() {
        let p = |u, s| period(u, s, None);
        assert_eq!(
            p(TimeUnit::Week, -1).as_deref(),
            Some("2025-07-07..2025-07-13")
        );
        assert_eq!(
            p(TimeUnit::Week, 0).as_deref(),
            Some("2025-07-14..2025-07-20")
        );
        assert_eq!(
            p(TimeUnit::Fortnight, -1).as_deref(),
            Some("2025-07-05..2025-07-18")
        );
        assert_eq!(
            p(TimeUnit::Month, 1).as_deref(),
            Some("2025-08-01..2025-08-31")
        );
        assert_eq!(
            p(TimeUnit::Year, -1).as_deref(),
            Some("2024-01-01..2024-12-31")
        );
        assert_eq!(p(TimeUnit::Day, 0), None, "a day is not a period");
        assert_eq!(
            period(TimeUnit::Month, 0, Some(Deictic::Earlier)).as_deref(),
            Some("2025-07-01..2025-07-18")
        );
        assert_eq!(
            period(TimeUnit::Month, 0, Some(Deictic::Later)).as_deref(),
            Some("2025-07-20..2025-07-31")
        );
    }

    #[test]
    fn a_month_anchor_still_places_months_and_years() {
        with_cx("next month", PartialDate::month(2025, 12), |cx| {
            let mut m = cx.base(0, 2, TemporalKind::Date);
            cx.fill_period(&mut m, TimeUnit::Month, 1, None, 0.8);
            assert_eq!(value(&m), "2026-01");
            assert!((m.confidence - 0.72).abs() < 1e-6);
            let mut w = cx.base(0, 2, TemporalKind::Date);
            cx.fill_period(&mut w, TimeUnit::Week, 1, None, 0.8);
            assert_eq!(value(&w), "", "a week needs a day anchor");
        });
    }

    #[test]
    fn parts_of_months_and_years() {
        let read = |text: &str, at: &str| {
            with_cx(text, saturday(), |cx| {
                let i = cx.index_of(at);
                let p = match cx.lex(i) {
                    Some(crate::lexicon::Lex::Part(p)) => p,
                    other => panic!("{at:?} is {other:?}"),
                };
                cx.part(i, p)
                    .map(|(m, _)| (m.text.clone(), value(&m), range(&m), m.part))
            })
        };
        assert_eq!(
            read("Snow fell in early March 2025.", "early"),
            Some((
                "early March 2025".into(),
                "2025-03".into(),
                String::new(),
                Some(PartOfPeriod::Early)
            ))
        );
        assert_eq!(
            read("The road opens mid-2026.", "mid").map(|(t, v, _, p)| (t, v, p)),
            Some(("mid-2026".into(), "2026".into(), Some(PartOfPeriod::Mid)))
        );
        assert_eq!(
            read("By the end of next week the bridge holds.", "end").map(|(t, _, r, _)| (t, r)),
            Some(("end of next week".into(), "2025-07-21..2025-07-27".into()))
        );
        assert_eq!(read("The end of the road.", "end"), None);
    }

    #[test]
    fn seasons_follow_the_northern_meteorological_calendar() {
        with_cx("in summer 2024 and winter 2024", saturday(), |cx| {
            let (m, _) = cx
                .season(cx.index_of("summer"), 1, None)
                .unwrap_or_else(|| panic!());
            assert_eq!(range(&m), "2024-06-01..2024-08-31");
            assert_eq!(m.resolution, Resolution::Absolute);
            let (m, _) = cx
                .season(cx.index_of("winter"), 3, None)
                .unwrap_or_else(|| panic!());
            assert_eq!(range(&m), "2024-12-01..2025-02-28");
        });
        with_cx("last winter", saturday(), |cx| {
            let (m, _) = cx.season(1, 3, Some(-1)).unwrap_or_else(|| panic!());
            assert_eq!(range(&m), "2024-12-01..2025-02-28");
            assert_eq!(m.resolution, Resolution::RelativeToAnchor);
        });
        with_cx("summer rains", saturday(), |cx| {
            assert!(cx.season(0, 1, None).is_none(), "no year, no shift");
        });
    }

    #[test]
    fn decades_are_ten_years() {
        with_cx("the 1990s and the 1990's and 1995s", None, |cx| {
            let (m, _) = cx.decade(1).unwrap_or_else(|| panic!());
            assert_eq!(m.text, "1990s");
            assert_eq!(range(&m), "1990-01-01..1999-12-31");
            let (m, _) = cx
                .decade(cx.index_of("1990") + 4)
                .unwrap_or_else(|| panic!());
            assert_eq!(m.text, "1990's");
            assert!(cx.decade(cx.index_of("1995")).is_none());
        });
    }
}
