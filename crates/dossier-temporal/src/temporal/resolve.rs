//! Filling a date mention's value: a full date as stated, and the year-less forms (`July 18`,
//! `in March`) placed in a year from the anchor and the sentence's tense. Kept apart from the
//! matchers that recognise the forms, so that the rules choosing the year are in one place.

use super::calendar::{from_month_index, month_index, pd};
use super::cursor::Cx;
use super::sentence::Tense;
use crate::{Resolution, StatedDate, TemporalMention};
use chrono::{Datelike, Days, NaiveDate};
use dossier_model::PartialDate;

impl Cx<'_> {
    /// Resolves a year-less month and day against the anchor.
    pub(super) fn resolve_month_day(
        &self,
        month: u32,
        day: u32,
        tense: Tense,
    ) -> Option<(NaiveDate, f32)> {
        let anchor = self.anchor?;
        let Some(ad) = self.anchor_day else {
            return NaiveDate::from_ymd_opt(anchor.year, month, day).map(|d| (d, 0.6));
        };
        let this_year = NaiveDate::from_ymd_opt(ad.year(), month, day);
        let next_year = NaiveDate::from_ymd_opt(ad.year() + 1, month, day);
        let last_year = NaiveDate::from_ymd_opt(ad.year() - 1, month, day);
        if tense == Tense::Future {
            return match this_year {
                Some(d) if d >= ad => Some((d, 0.8)),
                _ => next_year.map(|d| (d, 0.75)),
            };
        }
        match this_year {
            Some(d) if d > ad + Days::new(61) => last_year.map(|d| (d, 0.8)),
            Some(d) if tense == Tense::Unknown && d + Days::new(305) < ad => {
                next_year.map(|d| (d, 0.6))
            }
            Some(d) => Some((d, 0.85)),
            // 29 February outside a leap year.
            None => last_year.map(|d| (d, 0.6)),
        }
    }

    /// Resolves a year-less month against the anchor.
    pub(super) fn resolve_month(&self, month: u32, tense: Tense) -> Option<(PartialDate, f32)> {
        let anchor = self.anchor?;
        let Some(am) = anchor.month else {
            return PartialDate::month(anchor.year, month).map(|d| (d, 0.6));
        };
        let a = month_index(anchor.year, am);
        let this = month_index(anchor.year, month);
        let idx = match tense {
            Tense::Future if this < a => this + 12,
            Tense::Future => this,
            _ if this > a + 2 => this - 12,
            Tense::Unknown if this < a - 10 => this + 12,
            _ => this,
        };
        from_month_index(idx).map(|d| (d, 0.8))
    }

    /// A full date from year, month and day numbers with a stated flag.
    pub(super) fn absolute(
        &self,
        m: &mut TemporalMention,
        y: i32,
        month: u32,
        day: u32,
        conf: f32,
    ) -> bool {
        match PartialDate::from_ymd(y, month, day) {
            Some(d) => {
                m.stated = StatedDate {
                    year: Some(y),
                    month: Some(month),
                    day: Some(day),
                    weekday: None,
                };
                Self::set_value(m, d, Resolution::Absolute, conf);
                true
            }
            None => false,
        }
    }

    /// A year-less date resolved against the anchor.
    pub(super) fn yearless(
        &self,
        m: &mut TemporalMention,
        month: u32,
        day: u32,
        a: usize,
        b: usize,
    ) -> bool {
        // 30 February never exists.
        if NaiveDate::from_ymd_opt(2000, month, day).is_none() {
            return false;
        }
        m.stated = StatedDate {
            year: None,
            month: Some(month),
            day: Some(day),
            weekday: None,
        };
        if let Some((d, conf)) = self.resolve_month_day(month, day, self.tense(a, b)) {
            Self::set_value(m, pd(d), Resolution::RelativeToAnchor, conf);
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::super::cursor::testing::{saturday, with_cx};
    use super::Tense;
    use crate::{Resolution, TemporalKind};
    use chrono::NaiveDate;
    use dossier_model::PartialDate;

    fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    #[test]
    fn a_yearless_day_goes_to_the_anchor_year_unless_too_far_ahead() {
        with_cx("", saturday(), |cx| {
            let near = cx.resolve_month_day(7, 25, Tense::Unknown);
            assert_eq!(near, day(2025, 7, 25).map(|d| (d, 0.85)));
            let far = cx.resolve_month_day(12, 25, Tense::Past);
            assert_eq!(far, day(2024, 12, 25).map(|d| (d, 0.8)));
            let future = cx.resolve_month_day(7, 10, Tense::Future);
            assert_eq!(future, day(2026, 7, 10).map(|d| (d, 0.75)));
            let leap = cx.resolve_month_day(2, 29, Tense::Past);
            assert_eq!(leap, day(2024, 2, 29).map(|d| (d, 0.6)));
        });
        // Late in the year, an early date with no tense is read as next year's.
        with_cx("", PartialDate::from_ymd(2025, 12, 20), |cx| {
            let next = cx.resolve_month_day(1, 5, Tense::Unknown);
            assert_eq!(next, day(2026, 1, 5).map(|d| (d, 0.6)));
        });
    }

    #[test]
    fn without_a_day_anchor_the_year_is_taken_as_it_is() {
        with_cx("", Some(PartialDate::year(2025)), |cx| {
            let d = cx.resolve_month_day(12, 25, Tense::Past);
            assert_eq!(d, day(2025, 12, 25).map(|d| (d, 0.6)));
            assert_eq!(
                cx.resolve_month(11, Tense::Past),
                PartialDate::month(2025, 11).map(|d| (d, 0.6))
            );
        });
        with_cx("", None, |cx| {
            assert_eq!(cx.resolve_month_day(7, 1, Tense::Past), None);
            assert_eq!(cx.resolve_month(7, Tense::Past), None);
        });
    }

    #[test]
    fn a_yearless_month_is_placed_by_tense() {
        with_cx("", saturday(), |cx| {
            let month = |m, t| cx.resolve_month(m, t).map(|(d, _)| d.to_string());
            assert_eq!(month(11, Tense::Past).as_deref(), Some("2024-11"));
            assert_eq!(month(9, Tense::Past).as_deref(), Some("2025-09"));
            assert_eq!(month(3, Tense::Future).as_deref(), Some("2026-03"));
            assert_eq!(month(8, Tense::Future).as_deref(), Some("2025-08"));
        });
    }

    #[test]
    fn stated_dates_fill_the_mention_only_when_they_exist() {
        with_cx("Gondor 30 February", saturday(), |cx| {
            let mut m = cx.base(0, 1, TemporalKind::Date);
            assert!(!cx.absolute(&mut m, 2025, 2, 30, 0.9));
            assert!(!cx.yearless(&mut m, 2, 30, 1, 3));
            assert!(cx.absolute(&mut m, 2025, 3, 15, 0.9));
            assert_eq!(m.resolution, Resolution::Absolute);
            assert_eq!(m.stated.year, Some(2025));
            assert!(cx.yearless(&mut m, 3, 15, 1, 3));
            assert_eq!(m.stated.year, None);
            assert_eq!(m.resolution, Resolution::RelativeToAnchor);
        });
    }
}
