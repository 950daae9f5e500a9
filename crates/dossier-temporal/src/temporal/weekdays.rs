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
