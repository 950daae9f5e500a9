//! Weekdays and weekends: `Friday`, `Friday, July 18` (checked against the date),
//! `last Friday`, `بروز جمعہ`, `الجمعة الماضية`, `the weekend`, and their resolution to a day
//! (or to Saturday and Sunday) relative to the anchor, by shift and by tense.

use super::calendar::{pd, weekday_num};
use super::cursor::{Cx, Found};
use super::sentence::Tense;
use crate::lexicon::{Deictic, Lex};
use crate::token::Case;
use crate::{Resolution, TemporalKind};
use chrono::{Datelike, Days, NaiveDate};
use dossier_model::DatedValue;

/// How a weekday is shifted: `Friday`, `last Friday`, `next Friday`, `this Friday`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum WeekdayShift {
    Bare,
    Last,
    Next,
    This,
}

impl Cx<'_> {
    /// A weekday relative to the anchor.
    pub(super) fn resolve_weekday(
        &self,
        day: u8,
        shift: WeekdayShift,
        tense: Tense,
    ) -> Option<(NaiveDate, f32)> {
        let ad = self.anchor_day?;
        let a = weekday_num(ad);
        let back = u64::from((a + 7 - day) % 7); // 0..6 days back to the weekday
        let fwd = u64::from((day + 7 - a) % 7); // 0..6 days forward
        let before = |n: u64| ad.checked_sub_days(Days::new(n));
        let after = |n: u64| ad.checked_add_days(Days::new(n));
        match (shift, tense) {
            (WeekdayShift::Bare, Tense::Future) => {
                after(if fwd == 0 { 7 } else { fwd }).map(|d| (d, 0.7))
            }
            (WeekdayShift::Bare, Tense::Past) => before(back).map(|d| (d, 0.85)),
            (WeekdayShift::Bare, Tense::Unknown) => before(back).map(|d| (d, 0.75)),
            (WeekdayShift::Last, _) => before(if back == 0 { 7 } else { back }).map(|d| (d, 0.75)),
            (WeekdayShift::Next, _) => after(if fwd == 0 { 7 } else { fwd }).map(|d| (d, 0.65)),
            (WeekdayShift::This, Tense::Future) => after(fwd).map(|d| (d, 0.7)),
            (WeekdayShift::This, _) => before(back).map(|d| (d, 0.7)),
        }
    }

    /// `Friday`, `Friday, July 18`, `Friday night`, `بروز جمعہ`, `يوم الجمعة`, `الجمعة الماضية`.
    pub(super) fn weekday(&self, i: usize) -> Option<Found> {
        let (w, on_day) = match self.lex(i)? {
            Lex::OnDay => (i + 1, true),
            _ => (i, false),
        };
        let t = self.tok(w)?;
        let Lex::Weekday { day, needs_date } = t.lex? else {
            return None;
        };
        if t.case == Case::Lower {
            return None;
        }
        let mut j = self.skip_comma(w + 1);
        if self.is(j, "the") {
            j += 1;
        }
        let dated = self
            .month_first(j)
            .or_else(|| self.day_first(j))
            .or_else(|| self.numeric_date(j))
            .filter(|(m, _)| m.stated.day.is_some());
        if let Some((dm, e)) = dated {
            let mut m = self.base(i, e, TemporalKind::Date);
            m.stated = dm.stated;
            m.stated.weekday = Some(day);
            m.value = dm.value;
            m.resolution = dm.resolution;
            m.confidence = dm.confidence;
            m.note = dm.note;
            if let Some(d) = dm.value.value.and_then(|v| v.to_naive()) {
                if weekday_num(d) != day {
                    // A year taken from the anchor may be the wrong one: try its neighbours.
                    let fixed = (dm.stated.year.is_none())
                        .then(|| {
                            [-1, 1].into_iter().find_map(|dy| {
                                NaiveDate::from_ymd_opt(d.year() + dy, d.month(), d.day())
                                    .filter(|c| weekday_num(*c) == day)
                            })
                        })
                        .flatten();
                    match fixed {
                        Some(c) => {
                            m.value = DatedValue::known(pd(c));
                            m.confidence = 0.7;
                        }
                        None => {
                            m.confidence *= 0.5;
                            m.note = Some("weekday does not match the date".into());
                        }
                    }
                }
            }
            return Some((m, e));
        }
        if needs_date && !on_day {
            return None;
        }
        let mut end = w + 1;
        let mut shift = WeekdayShift::Bare;
        if let Some(Lex::DeicticAfter(d)) = self.lex(end) {
            shift = match d {
                Deictic::Last | Deictic::Past => WeekdayShift::Last,
                Deictic::Next => WeekdayShift::Next,
                _ => WeekdayShift::This,
            };
            end += 1;
        } else if self.lex(end) == Some(Lex::DayPart)
            && self.tok(end).is_some_and(|t| t.case == Case::Lower)
        {
            end += 1;
        }
        Some(self.relative_weekday(i, end, day, shift))
    }

    pub(super) fn relative_weekday(
        &self,
        a: usize,
        b: usize,
        day: u8,
        shift: WeekdayShift,
    ) -> Found {
        let mut m = self.base(a, b, TemporalKind::Date);
        m.stated.weekday = Some(day);
        if let Some((d, conf)) = self.resolve_weekday(day, shift, self.tense(a, b)) {
            Self::set_value(&mut m, pd(d), Resolution::RelativeToAnchor, conf);
        }
        (m, b)
    }

    /// `the weekend`, `at the weekend` (by tense), `this/last/next weekend` (with `shift`):
    /// Saturday and Sunday.
    pub(super) fn weekend(&self, i: usize, shift: Option<i32>) -> Option<Found> {
        if shift.is_none() && !(i > 0 && self.is(i - 1, "the")) {
            return None;
        }
        let mut m = self.base(i, i + 1, TemporalKind::Date);
        let Some(ad) = self.anchor_day else {
            return Some((m, i + 1));
        };
        let a = i64::from(weekday_num(ad));
        // Saturday of the anchor's week (Monday first), in days from the anchor.
        let this_saturday = 5 - a;
        let offset = match shift {
            Some(s) => this_saturday + 7 * i64::from(s),
            None => match self.tense(i, i + 1) {
                Tense::Future if this_saturday >= 0 => this_saturday,
                Tense::Future => this_saturday + 7,
                _ if this_saturday <= 0 => this_saturday,
                _ => this_saturday - 7,
            },
        };
        let saturday = if offset < 0 {
            ad.checked_sub_days(Days::new(offset.unsigned_abs()))
        } else {
            ad.checked_add_days(Days::new(offset as u64))
        };
        if let Some(sat) = saturday {
            if let Some(sun) = sat.succ_opt() {
                let conf = if shift.is_some() { 0.8 } else { 0.7 };
                Self::set_range(&mut m, sat, sun, conf);
            }
        }
        Some((m, i + 1))
    }
}

#[cfg(test)]
mod tests {
    use super::super::cursor::testing::{range, saturday, value, with_cx};
    use super::{Tense, WeekdayShift};

    const FRIDAY: u8 = 4;
    const SATURDAY: u8 = 5;
    const MONDAY: u8 = 0;

    /// The day a weekday resolves to against Saturday 19 July 2025.
    fn resolved(day: u8, shift: WeekdayShift, tense: Tense) -> Option<(String, f32)> {
        with_cx("", saturday(), |cx| {
            cx.resolve_weekday(day, shift, tense)
                .map(|(d, c)| (d.to_string(), c))
        })
    }

    #[test]
    fn a_bare_weekday_is_the_last_one_unless_the_sentence_looks_ahead() {
        let past = resolved(FRIDAY, WeekdayShift::Bare, Tense::Past);
        assert_eq!(past, Some(("2025-07-18".into(), 0.85)));
        let future = resolved(FRIDAY, WeekdayShift::Bare, Tense::Future);
        assert_eq!(future, Some(("2025-07-25".into(), 0.7)));
        let today = resolved(SATURDAY, WeekdayShift::Bare, Tense::Unknown);
        assert_eq!(today, Some(("2025-07-19".into(), 0.75)));
    }

    #[test]
    fn shifted_weekdays_skip_the_anchor_day() {
        let last = resolved(SATURDAY, WeekdayShift::Last, Tense::Unknown);
        assert_eq!(last.map(|(d, _)| d).as_deref(), Some("2025-07-12"));
        let next = resolved(SATURDAY, WeekdayShift::Next, Tense::Unknown);
        assert_eq!(next.map(|(d, _)| d).as_deref(), Some("2025-07-26"));
        let this_ahead = resolved(MONDAY, WeekdayShift::This, Tense::Future);
        assert_eq!(this_ahead.map(|(d, _)| d).as_deref(), Some("2025-07-21"));
        let this_past = resolved(MONDAY, WeekdayShift::This, Tense::Past);
        assert_eq!(this_past.map(|(d, _)| d).as_deref(), Some("2025-07-14"));
        with_cx("", None, |cx| {
            assert_eq!(
                cx.resolve_weekday(MONDAY, WeekdayShift::Bare, Tense::Past),
                None
            );
        });
    }

    #[test]
    fn weekday_mentions_with_shifts_and_day_parts() {
        let read = |text: &str, at: &str| {
            with_cx(text, saturday(), |cx| {
                cx.weekday(cx.index_of(at))
                    .map(|(m, _)| (m.text.clone(), value(&m)))
            })
        };
        assert_eq!(
            read("The wardens met on Thursday night.", "Thursday"),
            Some(("Thursday night".into(), "2025-07-17".into()))
        );
        assert_eq!(
            read("الجمعة الماضية في القلعة", "الجمعة"),
            Some(("الجمعة الماضية".into(), "2025-07-18".into())),
            "last Friday, seen from a Saturday"
        );
        assert_eq!(read("the thursday rite", "thursday"), None, "lower case");
        assert_eq!(
            read("Sun rose over Rivendell.", "Sun"),
            None,
            "needs a date"
        );
    }

    #[test]
    fn a_weekday_with_a_date_is_checked_against_it() {
        let read = |text: &str| {
            with_cx(text, saturday(), |cx| {
                cx.weekday(0)
                    .map(|(m, _)| (value(&m), m.confidence, m.note.clone()))
            })
        };
        let agrees = read("Friday, July 18, 2025, was grey.");
        assert_eq!(agrees, Some(("2025-07-18".into(), 0.95, None)));
        let clash = read("Thursday, July 18, 2025, was grey.");
        let (v, c, note) = clash.unwrap_or_else(|| panic!("a date"));
        assert_eq!((v.as_str(), c), ("2025-07-18", 0.95 * 0.5));
        assert!(note.is_some());
        // A year taken from the anchor gives way to the neighbouring year the weekday fits.
        let moved = read("Friday, July 19 was grey.");
        assert_eq!(
            moved.map(|(v, c, _)| (v, c)),
            Some(("2024-07-19".into(), 0.7))
        );
    }

    #[test]
    fn weekends_are_saturday_and_sunday() {
        with_cx(
            "Riders gathered at the weekend; the next weekend will be quiet.",
            saturday(),
            |cx| {
                let (m, _) = cx
                    .weekend(cx.index_of("weekend"), None)
                    .unwrap_or_else(|| panic!());
                assert_eq!(range(&m), "2025-07-19..2025-07-20");
                let (m, _) = cx
                    .weekend(cx.index_of("weekend"), Some(1))
                    .unwrap_or_else(|| panic!());
                assert_eq!(range(&m), "2025-07-26..2025-07-27");
                assert_eq!(m.confidence, 0.8);
            },
        );
        with_cx("A weekend in Bree", saturday(), |cx| {
            assert!(cx.weekend(1, None).is_none(), "needs `the` or a shift");
        });
    }
}
