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
