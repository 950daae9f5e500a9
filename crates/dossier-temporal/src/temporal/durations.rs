//! Amounts of time: durations (`three days`, `48 hours`, `two-day`, `a few weeks`, `years`),
//! dates counted back from the anchor (`two days ago`) and recurring times (`every Friday`,
//! `weekly`). They share the reading of an amount and a unit.

use super::calendar::{from_month_index, month_index, pd};
use super::cursor::{Cx, Found};
use crate::lexicon::{is_word, Lex, TimeUnit};
use crate::numeric::number_at;
use crate::token::Case;
use crate::{Resolution, TemporalKind, TimeAmount};
use chrono::{Datelike, Days};
use dossier_model::PartialDate;

impl Cx<'_> {
    /// An amount and a calendar unit at `i`: `three days`, `48 hours`, `a week`, `two-day`,
    /// `a few days`. Returns the amount (`None` when vague), the unit and the index after.
    pub(super) fn amount_and_unit(&self, i: usize) -> Option<(Option<f64>, TimeUnit, usize)> {
        let (amount, j) = if self.lex(i) == Some(Lex::Article) {
            if self.lex(i + 1) == Some(Lex::Vague) {
                let j = if is_word(self.word(i + 2), "of") {
                    i + 3
                } else {
                    i + 2
                };
                (None, j)
            } else {
                (Some(1.0), i + 1)
            }
        } else if self.lex(i) == Some(Lex::Vague) {
            (None, i + 1)
        } else {
            let n = number_at(self.text, self.toks, i, false)?;
            let mut j = n.end;
            if self.punct(j, '-') && self.glued(j - 1) && self.glued(j) {
                j += 1;
            }
            (n.value, j)
        };
        match self.lex(j) {
            Some(Lex::Unit(u)) if self.tok(j).is_some_and(|t| t.case != Case::Uncased) => {
                Some((amount, u, j + 1))
            }
            _ => None,
        }
    }

    /// `two days ago`, `a week ago`, and durations: `three days`, `48 hours`, `two-day`.
    pub(super) fn amount_unit(&self, i: usize) -> Option<Found> {
        let (amount, unit, end) = self.amount_and_unit(i)?;
        // `26-year-old`, `27 year old`: an age, not a time; `zero-day`: not a time either.
        let age = self.is(end, "old")
            || (self.punct(end, '-') && self.glued(end - 1) && self.is(end + 1, "old"));
        if age || amount == Some(0.0) {
            return None;
        }
        if self.lex(end) == Some(Lex::Ago) {
            let e = end + 1;
            let mut m = self.base(i, e, TemporalKind::Date);
            let Some(n) = amount else {
                m.confidence = 0.5;
                m.note = Some("vague amount".into());
                return Some((m, e));
            };
            let (Some(ad), Some(anchor)) = (self.anchor_day, self.anchor) else {
                return Some((m, e));
            };
            let n64 = n.round().max(0.0) as u64;
            let n32 = u32::try_from(n64).unwrap_or(u32::MAX);
            let (value, conf) = match unit {
                TimeUnit::Second | TimeUnit::Minute | TimeUnit::Hour => (Some(pd(ad)), 0.8),
                TimeUnit::Day => (ad.checked_sub_days(Days::new(n64)).map(pd), 0.9),
                TimeUnit::Week => (ad.checked_sub_days(Days::new(7 * n64)).map(pd), 0.7),
                TimeUnit::Fortnight => (ad.checked_sub_days(Days::new(14 * n64)).map(pd), 0.7),
                TimeUnit::Month => (
                    from_month_index(month_index(anchor.year, ad.month()) - i64::from(n32)),
                    0.75,
                ),
                TimeUnit::Year => (Some(PartialDate::year(anchor.year - n32 as i32)), 0.75),
                TimeUnit::Decade => (Some(PartialDate::year(anchor.year - 10 * n32 as i32)), 0.5),
            };
            if let Some(v) = value {
                Self::set_value(&mut m, v, Resolution::RelativeToAnchor, conf);
            }
            return Some((m, e));
        }
        // `a week` alone is a duration only after `for`, `over`, `within`.
        if self.lex(i) == Some(Lex::Article) {
            let prev = if i > 0 { self.word(i - 1) } else { "" };
            if ![
                "for", "over", "within", "in", "after", "nearly", "about", "almost",
            ]
            .iter()
            .any(|k| is_word(prev, k))
            {
                return None;
            }
        }
        let mut m = self.base(i, end, TemporalKind::Duration);
        m.amount = Some(TimeAmount { amount, unit });
        m.confidence = 0.85;
        Some((m, end))
    }

    /// `every Friday`, `every two years`, `each month`, `daily`, `weekly`.
    pub(super) fn set(&self, i: usize) -> Option<Found> {
        let t = self.tok(i)?;
        if let Some(Lex::SetAdverb(u)) = t.lex {
            if t.case != Case::Lower {
                return None;
            }
            let mut m = self.base(i, i + 1, TemporalKind::Set);
            m.amount = Some(TimeAmount {
                amount: Some(1.0),
                unit: u,
            });
            m.confidence = 0.8;
            return Some((m, i + 1));
        }
        let n = self.tok(i + 1)?;
        match n.lex {
            Some(Lex::Weekday { day, needs_date }) if !needs_date && n.case != Case::Lower => {
                let mut m = self.base(i, i + 2, TemporalKind::Set);
                m.stated.weekday = Some(day);
                m.amount = Some(TimeAmount {
                    amount: Some(1.0),
                    unit: TimeUnit::Week,
                });
                m.confidence = 0.85;
                Some((m, i + 2))
            }
            Some(Lex::Unit(u)) => {
                let mut m = self.base(i, i + 2, TemporalKind::Set);
                m.amount = Some(TimeAmount {
                    amount: Some(1.0),
                    unit: u,
                });
                m.confidence = 0.85;
                Some((m, i + 2))
            }
            _ => {
                let (amount, unit, end) = self.amount_and_unit(i + 1)?;
                let mut m = self.base(i, end, TemporalKind::Set);
                m.amount = Some(TimeAmount { amount, unit });
                m.confidence = 0.85;
                Some((m, end))
            }
        }
    }

    /// `hours`, `days`, `weeks`, `years`, `decades` on their own: a vague duration.
    pub(super) fn bare_units(&self, i: usize, u: TimeUnit) -> Option<Found> {
        let t = self.tok(i)?;
        let w = t.text(self.text);
        if t.case != Case::Lower || !w.ends_with('s') || w.len() < 4 {
            return None;
        }
        let mut m = self.base(i, i + 1, TemporalKind::Duration);
        m.amount = Some(TimeAmount {
            amount: None,
            unit: u,
        });
        m.confidence = 0.6;
        Some((m, i + 1))
    }
}

#[cfg(test)]
mod tests {
    use super::super::cursor::testing::{saturday, value, with_cx};
    use crate::lexicon::{Lex, TimeUnit};
    use crate::{TemporalKind, TimeAmount};

    /// The amount matcher's reading at `at`: (text, kind, value, amount).
    fn read(text: &str, at: &str) -> Option<(String, TemporalKind, String, Option<TimeAmount>)> {
        with_cx(text, saturday(), |cx| {
            let i = cx.index_of(at);
            let found = match cx.lex(i) {
                Some(Lex::Every) | Some(Lex::SetAdverb(_)) => cx.set(i),
                Some(Lex::Unit(u)) => cx.bare_units(i, u),
                _ => cx.amount_unit(i),
            };
            found.map(|(m, _)| (m.text.clone(), m.kind, value(&m), m.amount))
        })
    }

    fn amount(n: Option<f64>, unit: TimeUnit) -> Option<TimeAmount> {
        Some(TimeAmount { amount: n, unit })
    }

    #[test]
    fn amounts_with_a_unit() {
        with_cx("three days, a few weeks, 48-hour, a week of", None, |cx| {
            assert_eq!(cx.amount_and_unit(0), Some((Some(3.0), TimeUnit::Day, 2)));
            let few = cx.index_of("a");
            assert_eq!(
                cx.amount_and_unit(few),
                Some((None, TimeUnit::Week, few + 3))
            );
            let hours = cx.index_of("48");
            assert_eq!(
                cx.amount_and_unit(hours),
                Some((Some(48.0), TimeUnit::Hour, hours + 3))
            );
        });
    }

    #[test]
    fn durations_and_ages() {
        assert_eq!(
            read("The siege lasted three days.", "three"),
            Some((
                "three days".into(),
                TemporalKind::Duration,
                String::new(),
                amount(Some(3.0), TimeUnit::Day)
            ))
        );
        assert_eq!(read("A 26-year-old squire of Dol Amroth.", "26"), None);
        assert_eq!(
            read("A week passed in Bree.", "A"),
            None,
            "`a week` needs `for` or the like"
        );
        assert_eq!(
            read("They rode for a week.", "a").map(|(t, _, _, a)| (t, a)),
            Some(("a week".into(), amount(Some(1.0), TimeUnit::Week)))
        );
    }

    #[test]
    fn ago_counts_back_from_the_anchor() {
        let cases = [
            ("The rangers left two days ago.", "two", "2025-07-17"),
            ("The tower fell three years ago.", "three", "2022"),
            ("The bridge broke two months ago.", "two", "2025-05"),
            ("The horn sounded an hour ago.", "an", "2025-07-19"),
        ];
        for (text, at, want) in cases {
            let got = read(text, at);
            assert_eq!(
                got.as_ref().map(|(_, k, _, _)| *k),
                Some(TemporalKind::Date),
                "{text}"
            );
            assert_eq!(got.map(|(_, _, v, _)| v).as_deref(), Some(want), "{text}");
        }
        let vague = read("The wells dried a few days ago.", "a");
        assert_eq!(
            vague.map(|(t, _, v, _)| (t, v)),
            Some(("a few days ago".into(), String::new()))
        );
    }

    #[test]
    fn sets_and_bare_units() {
        assert_eq!(
            read("The council sits every Friday.", "every").map(|(t, k, _, a)| (t, k, a)),
            Some((
                "every Friday".into(),
                TemporalKind::Set,
                amount(Some(1.0), TimeUnit::Week)
            ))
        );
        assert_eq!(
            read("Messengers ride weekly.", "weekly").map(|(_, k, _, a)| (k, a)),
            Some((TemporalKind::Set, amount(Some(1.0), TimeUnit::Week)))
        );
        assert_eq!(
            read("The council sits every two years.", "every").map(|(_, _, _, a)| a),
            Some(amount(Some(2.0), TimeUnit::Year))
        );
        assert_eq!(
            read("It took years to rebuild.", "years").map(|(_, k, _, a)| (k, a)),
            Some((TemporalKind::Duration, amount(None, TimeUnit::Year)))
        );
        assert_eq!(
            read("Weekly tidings from Bree.", "Weekly"),
            None,
            "capitalised"
        );
    }
}
