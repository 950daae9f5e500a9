//! Days and periods named relative to the anchor or to another event: `yesterday`, `کل`,
//! `أمس الأول`, `last week`, `earlier this month`, `the past two weeks`, `last July`,
//! `الأسبوع الماضي`, `the day before yesterday`, `the following day` (left unresolved) and
//! `recently` (no value). These start with a deictic or relative word and hand weekdays,
//! periods and amounts to the modules for those.

use super::calendar::{from_month_index, month_index, pd};
use super::cursor::{Cx, Found};
use super::sentence::Tense;
use super::weekdays::WeekdayShift;
use crate::lexicon::{Deictic, Lex, MonthForm, RelDay, TimeUnit};
use crate::token::Case;
use crate::{DateRange, Resolution, TemporalKind, TimeAmount};
use chrono::{Days, Months};

impl Cx<'_> {
    /// today, yesterday, tomorrow, tonight, آج, کل, أمس, اليوم, غدا (with `morning` etc.).
    pub(super) fn relative_day(&self, i: usize, r: RelDay) -> Option<Found> {
        let t = self.tok(i)?;
        if t.case == Case::Title && self.after_name(i) {
            return None;
        }
        let mut end = i + 1;
        let mut offset: i64 = match r {
            RelDay::Today | RelDay::Tonight => 0,
            RelDay::Yesterday => -1,
            RelDay::Tomorrow => 1,
            RelDay::UrduKal => match self.tense(i, i + 1) {
                Tense::Past => -1,
                Tense::Future => 1,
                Tense::Unknown => {
                    let mut m = self.base(i, end, TemporalKind::Date);
                    m.confidence = 0.3;
                    m.note = Some("کل is yesterday or tomorrow and the tense does not tell".into());
                    return Some((m, end));
                }
            },
        };
        // أمس الأول: the day before yesterday.
        if r == RelDay::Yesterday && self.lex(end) == Some(Lex::StemOrder(1)) {
            offset = -2;
            end += 1;
        }
        if self.lex(end) == Some(Lex::DayPart)
            && self.tok(end).is_some_and(|t| t.case == Case::Lower)
        {
            end += 1;
        }
        let conf = match r {
            RelDay::UrduKal => 0.5,
            _ if t.case == Case::Uncased && r == RelDay::Today => 0.7,
            _ => 0.95,
        };
        let mut m = self.base(i, end, TemporalKind::Date);
        if let Some(ad) = self.anchor_day {
            let d = if offset < 0 {
                ad.checked_sub_days(Days::new(offset.unsigned_abs()))
            } else {
                ad.checked_add_days(Days::new(offset as u64))
            };
            if let Some(d) = d {
                Self::set_value(&mut m, pd(d), Resolution::RelativeToAnchor, conf);
            }
        }
        Some((m, end))
    }

    /// `last Friday`, `next week`, `this month`, `last year`, `last night`, `this morning`,
    /// `earlier this week`, `later this month`, `the past two weeks`, `last July`,
    /// `گزشتہ روز`, `گزشتہ ہفتے`, `اس سال`.
    pub(super) fn deictic(&self, i: usize, d: Deictic) -> Option<Found> {
        let t = self.tok(i)?;
        if d == Deictic::Earlier || d == Deictic::Later {
            if self.lex(i + 1) == Some(Lex::DeicticBefore(Deictic::This)) {
                if let Some(Lex::Unit(u @ (TimeUnit::Week | TimeUnit::Month | TimeUnit::Year))) =
                    self.lex(i + 2)
                {
                    let mut m = self.base(i, i + 3, TemporalKind::Date);
                    self.fill_period(&mut m, u, 0, Some(d), 0.85);
                    return Some((m, i + 3));
                }
            }
            if self.lex(i + 1) == Some(Lex::Relative(RelDay::Today)) {
                let mut m = self.base(i, i + 2, TemporalKind::Date);
                if let Some(ad) = self.anchor_day {
                    Self::set_value(&mut m, pd(ad), Resolution::RelativeToAnchor, 0.9);
                }
                return Some((m, i + 2));
            }
            return None;
        }
        let shift: i32 = match d {
            Deictic::Last | Deictic::Past => -1,
            Deictic::Next => 1,
            _ => 0,
        };
        let n = self.tok(i + 1)?;
        let urdu = t.case == Case::Uncased;
        match n.lex {
            Some(Lex::Weekday { day, .. }) if urdu && (day == 5) && n.case == Case::Uncased => {
                // Urdu ہفتے after a deictic is "week".
                let mut m = self.base(i, i + 2, TemporalKind::Date);
                self.fill_period(&mut m, TimeUnit::Week, shift, None, 0.8);
                Some((m, i + 2))
            }
            Some(Lex::Weekday { day, .. }) if n.case != Case::Lower => {
                let ws = match d {
                    Deictic::Last | Deictic::Past => WeekdayShift::Last,
                    Deictic::Next => WeekdayShift::Next,
                    _ => WeekdayShift::This,
                };
                let mut end = i + 2;
                if self.lex(end) == Some(Lex::DayPart) {
                    end += 1;
                }
                Some(self.relative_weekday(i, end, day, ws))
            }
            Some(Lex::Unit(
                u @ (TimeUnit::Week | TimeUnit::Month | TimeUnit::Year | TimeUnit::Fortnight),
            )) => {
                let mut m = self.base(i, i + 2, TemporalKind::Date);
                if d == Deictic::Past {
                    // `the past week`: the days up to the anchor.
                    if let Some(ad) = self.anchor_day {
                        let back = match u {
                            TimeUnit::Week => ad.checked_sub_days(Days::new(7)),
                            TimeUnit::Fortnight => ad.checked_sub_days(Days::new(14)),
                            TimeUnit::Month => ad.checked_sub_months(Months::new(1)),
                            _ => ad.checked_sub_months(Months::new(12)),
                        };
                        if let (Some(first), Some(last)) = (back, ad.pred_opt()) {
                            Self::set_range(&mut m, first, last, 0.8);
                        }
                    }
                } else {
                    self.fill_period(&mut m, u, shift, None, 0.85);
                }
                Some((m, i + 2))
            }
            Some(Lex::Season(n)) => self.season(i + 1, n, Some(shift)).map(|(mut m, e)| {
                let start = self.toks[i].start;
                m.start = start;
                m.text = self.text[start..m.end].to_string();
                (m, e)
            }),
            Some(Lex::Unit(TimeUnit::Day)) | Some(Lex::DayPart)
                if i > 0 && self.is(i - 1, "the") && matches!(d, Deictic::Past | Deictic::Next) =>
            {
                // `the previous day`, `the next morning`: relative to another event.
                Some(self.anaphoric_at(i, i + 2))
            }
            Some(Lex::Weekend) => self.weekend(i + 1, Some(shift)).map(|(mut m, e)| {
                let start = self.toks[i].start;
                m.start = start;
                m.text = self.text[start..m.end].to_string();
                (m, e)
            }),
            Some(Lex::DayWord) if urdu => {
                let mut m = self.base(i, i + 2, TemporalKind::Date);
                if let Some(ad) = self.anchor_day {
                    let day = if shift < 0 {
                        ad.pred_opt()
                    } else {
                        ad.succ_opt()
                    };
                    if let Some(day) = day {
                        Self::set_value(&mut m, pd(day), Resolution::RelativeToAnchor, 0.85);
                    }
                }
                Some((m, i + 2))
            }
            Some(Lex::DayPart) if matches!(d, Deictic::Last | Deictic::This) => {
                let night = self.is(i + 1, "night");
                if d == Deictic::Last && !night {
                    return None;
                }
                let mut m = self.base(i, i + 2, TemporalKind::Date);
                if let Some(ad) = self.anchor_day {
                    let (day, conf) = if d == Deictic::Last {
                        (ad.pred_opt(), 0.7)
                    } else {
                        (Some(ad), 0.9)
                    };
                    if let Some(day) = day {
                        Self::set_value(&mut m, pd(day), Resolution::RelativeToAnchor, conf);
                    }
                }
                Some((m, i + 2))
            }
            Some(Lex::Month { month, form })
                if n.case != Case::Lower && form != MonthForm::NeedsNumber =>
            {
                // `last July`, `next March`.
                let mut m = self.base(i, i + 2, TemporalKind::Date);
                m.stated.month = Some(month as u32);
                if let Some(anchor) = self.anchor {
                    let a = month_index(anchor.year, anchor.month.unwrap_or(6));
                    let this = month_index(anchor.year, u32::from(month));
                    let idx = match d {
                        Deictic::Last | Deictic::Past if this >= a => this - 12,
                        Deictic::Next if this <= a => this + 12,
                        _ => this,
                    };
                    if let Some(v) = from_month_index(idx) {
                        let conf = if anchor.month.is_some() { 0.8 } else { 0.5 };
                        Self::set_value(&mut m, v, Resolution::RelativeToAnchor, conf);
                    }
                }
                Some((m, i + 2))
            }
            _ if matches!(d, Deictic::Past | Deictic::Last) => {
                // `the past two weeks`, `the last three days`, `the past few days`.
                let (amount, unit, end) = self.amount_and_unit(i + 1)?;
                let mut m = self.base(i, end, TemporalKind::Duration);
                m.amount = Some(TimeAmount { amount, unit });
                m.confidence = 0.8;
                if let (Some(ad), Some(n)) = (self.anchor_day, amount) {
                    let n = n.round() as u64;
                    let first = match unit {
                        TimeUnit::Day => ad.checked_sub_days(Days::new(n)),
                        TimeUnit::Week => ad.checked_sub_days(Days::new(7 * n)),
                        TimeUnit::Month => ad.checked_sub_months(Months::new(n as u32)),
                        TimeUnit::Year => ad.checked_sub_months(Months::new(12 * n as u32)),
                        _ => None,
                    };
                    if let (Some(first), Some(last)) = (first, ad.pred_opt()) {
                        m.range = Some(DateRange {
                            first: pd(first),
                            last: pd(last),
                        });
                        m.resolution = Resolution::RelativeToAnchor;
                    }
                }
                Some((m, end))
            }
            _ => None,
        }
    }

    /// Arabic `الأسبوع الماضي`, `الشهر المقبل`, `العام الماضي`.
    pub(super) fn unit_then_deictic(&self, i: usize, u: TimeUnit) -> Option<Found> {
        if let Some(Lex::DeicticAfter(d)) = self.lex(i + 1) {
            let shift = match d {
                Deictic::Last | Deictic::Past => -1,
                Deictic::Next => 1,
                _ => 0,
            };
            let mut m = self.base(i, i + 2, TemporalKind::Date);
            self.fill_period(&mut m, u, shift, None, 0.85);
            return Some((m, i + 2));
        }
        None
    }

    /// `the day before`, `the day after`, and `the day before yesterday`.
    pub(super) fn day_before_after(&self, i: usize, u: TimeUnit) -> Option<Found> {
        if u != TimeUnit::Day || i == 0 || !self.is(i - 1, "the") || !self.is(i, "day") {
            return None;
        }
        let before = self.is(i + 1, "before");
        if !before && !self.is(i + 1, "after") {
            return None;
        }
        let rel = self.lex(i + 2);
        let offset: i64 = match (before, rel) {
            (true, Some(Lex::Relative(RelDay::Yesterday))) => -2,
            (false, Some(Lex::Relative(RelDay::Tomorrow))) => 2,
            _ => return Some(self.anaphoric_at(i, i + 2)),
        };
        let mut m = self.base(i, i + 3, TemporalKind::Date);
        if let Some(ad) = self.anchor_day {
            let d = if offset < 0 {
                ad.checked_sub_days(Days::new(2))
            } else {
                ad.checked_add_days(Days::new(2))
            };
            if let Some(d) = d {
                Self::set_value(&mut m, pd(d), Resolution::RelativeToAnchor, 0.9);
            }
        }
        Some((m, i + 3))
    }

    /// A date relative to another event in the text, not to the anchor.
    pub(super) fn anaphoric_at(&self, a: usize, b: usize) -> Found {
        let mut m = self.base(a, b, TemporalKind::Date);
        m.confidence = 0.6;
        m.note = Some("relative to another event in the text".into());
        (m, b)
    }

    /// `the following day`, `the same week`, `the prior year`.
    pub(super) fn anaphoric(&self, i: usize) -> Option<Found> {
        if i == 0 || !self.is(i - 1, "the") {
            return None;
        }
        match self.lex(i + 1) {
            Some(Lex::Unit(TimeUnit::Day | TimeUnit::Week | TimeUnit::Month | TimeUnit::Year))
            | Some(Lex::DayPart)
            | Some(Lex::Weekend) => Some(self.anaphoric_at(i, i + 2)),
            _ => None,
        }
    }

    /// `recent`, `recently`: a past time with no date.
    pub(super) fn recent(&self, i: usize) -> Option<Found> {
        let t = self.tok(i)?;
        if t.case == Case::Upper || t.case == Case::Title && !self.sentence_start(i) {
            return None;
        }
        let mut m = self.base(i, i + 1, TemporalKind::Date);
        m.confidence = 0.5;
        m.note = Some("vague: no date".into());
        Some((m, i + 1))
    }
}

#[cfg(test)]
mod tests {
    use super::super::cursor::testing::{range, saturday, value, with_cx};
    use crate::lexicon::{Lex, RelDay};
    use crate::{Resolution, TemporalKind};

    /// What the relative-day or deictic matcher finds at `at`: (text, value, range, note).
    fn read(text: &str, at: &str) -> Option<(String, String, String, Option<String>)> {
        with_cx(text, saturday(), |cx| {
            let i = cx.index_of(at);
            let found = match cx.lex(i) {
                Some(Lex::Relative(r)) => cx.relative_day(i, r),
                Some(Lex::DeicticBefore(d)) => cx.deictic(i, d),
                Some(Lex::Unit(u)) => cx
                    .unit_then_deictic(i, u)
                    .or_else(|| cx.day_before_after(i, u)),
                Some(Lex::Anaphoric) => cx.anaphoric(i),
                Some(Lex::Recent) => cx.recent(i),
                other => panic!("{at:?} is {other:?}"),
            };
            found.map(|(m, _)| (m.text.clone(), value(&m), range(&m), m.note.clone()))
        })
    }

    fn text_value(text: &str, at: &str) -> Option<(String, String)> {
        read(text, at).map(|(t, v, _, _)| (t, v))
    }

    #[test]
    fn days_next_to_the_anchor() {
        assert_eq!(
            text_value("The gate was shut yesterday morning.", "yesterday"),
            Some(("yesterday morning".into(), "2025-07-18".into()))
        );
        assert_eq!(
            text_value("وصل الوفد أمس الأول إلى المدينة", "أمس"),
            Some(("أمس الأول".into(), "2025-07-17".into()))
        );
        assert_eq!(
            text_value("The wardens ride tomorrow.", "tomorrow"),
            Some(("tomorrow".into(), "2025-07-20".into()))
        );
        assert_eq!(
            text_value("Riders left Bree the day before yesterday.", "day"),
            Some(("day before yesterday".into(), "2025-07-17".into()))
        );
    }

    #[test]
    fn urdu_kal_is_read_by_tense() {
        assert_eq!(
            text_value("وفد کل آیا تھا", "کل")
                .map(|(_, v)| v)
                .as_deref(),
            Some("2025-07-18")
        );
        assert_eq!(
            text_value("وفد کل آئے گا", "کل").map(|(_, v)| v).as_deref(),
            Some("2025-07-20")
        );
        with_cx("وفد کل", saturday(), |cx| {
            let (m, _) = cx
                .relative_day(1, RelDay::UrduKal)
                .unwrap_or_else(|| panic!("a mention"));
            assert_eq!(m.confidence, 0.3);
            assert_eq!(m.value.value, None);
        });
    }

    #[test]
    fn deictic_periods_and_months() {
        assert_eq!(
            read("The walls were mended last week.", "last").map(|(t, _, r, _)| (t, r)),
            Some(("last week".into(), "2025-07-07..2025-07-13".into()))
        );
        assert_eq!(
            read("Trade fell earlier this month.", "earlier").map(|(t, _, r, _)| (t, r)),
            Some(("earlier this month".into(), "2025-07-01..2025-07-18".into()))
        );
        assert_eq!(
            text_value("The harvest failed last July.", "last"),
            Some(("last July".into(), "2024-07".into()))
        );
        assert_eq!(
            read("عقد الاجتماع الأسبوع الماضي", "الأسبوع").map(|(_, _, r, _)| r),
            Some("2025-07-07..2025-07-13".into())
        );
        assert_eq!(
            text_value("The beacons were lit last night.", "last"),
            Some(("last night".into(), "2025-07-18".into()))
        );
        assert_eq!(read("It was the last stand.", "last"), None);
    }

    #[test]
    fn the_past_few_units_is_a_duration_up_to_the_anchor() {
        with_cx("Rain fell over the past two weeks.", saturday(), |cx| {
            let i = cx.index_of("past");
            let (m, _) = cx
                .deictic(i, crate::lexicon::Deictic::Past)
                .unwrap_or_else(|| panic!("a duration"));
            assert_eq!(m.text, "past two weeks");
            assert_eq!(m.kind, TemporalKind::Duration);
            assert_eq!(range(&m), "2025-07-05..2025-07-18");
            assert_eq!(m.resolution, Resolution::RelativeToAnchor);
        });
    }

    #[test]
    fn expressions_tied_to_another_event_or_vague_stay_unresolved() {
        let following = read("The host marched on the following day.", "following");
        let (t, v, _, note) = following.unwrap_or_else(|| panic!("a mention"));
        assert_eq!((t.as_str(), v.as_str()), ("following day", ""));
        assert!(note.is_some_and(|n| n.contains("another event")));
        let after = read("They met the day after.", "day");
        assert_eq!(
            after.map(|(t, v, _, _)| (t, v)),
            Some(("day after".into(), String::new()))
        );
        let recent = read("Orcs were recently seen near Amon Sûl.", "recently");
        assert_eq!(
            recent.and_then(|(_, _, _, n)| n).as_deref(),
            Some("vague: no date")
        );
        assert_eq!(
            read("Elves of Recently Hollow.", "Recently"),
            None,
            "a name"
        );
    }
}
