//! All-numeric dates: `2025-07-18`, `18/07/2025`, `07/18/2025`, `19.07.2025`, `18/07/25`.
//! Separate from the named-month dates because their difficulty is their own: telling day
//! from month (by a part over 12, or by the [`crate::NumericDateOrder`] hint) and not taking
//! longer digit runs (versions, phone numbers) for dates.

use super::cursor::{Cx, Found};
use crate::token::Kind;
use crate::{NumericDateOrder, TemporalKind};

impl Cx<'_> {
    /// `2025-07-18`, `2025/07/18`, `18/07/2025`, `07/18/2025`, `19.07.2025`, `18/07/25`.
    pub(super) fn numeric_date(&self, i: usize) -> Option<Found> {
        let a = self.tok(i)?;
        let s1 = self.tok(i + 1)?;
        let Kind::Punct(c) = s1.kind else { return None };
        if !matches!(c, '-' | '/' | '.') {
            return None;
        }
        let b = self.tok(i + 2)?;
        let s2 = self.tok(i + 3)?;
        let d = self.tok(i + 4)?;
        let well_formed = a.touches(s1)
            && s1.touches(b)
            && b.touches(s2)
            && s2.touches(d)
            && s2.is_punct(c)
            && b.is_number()
            && d.is_number()
            && b.digits <= 2;
        if !well_formed {
            return None;
        }
        // A longer run (`1.2.3.4`, phone numbers) is not a date.
        if let (Some(s3), Some(n)) = (self.tok(i + 5), self.tok(i + 6)) {
            if d.touches(s3)
                && s3.touches(n)
                && n.is_number()
                && matches!(s3.kind, Kind::Punct('-' | '/' | '.'))
            {
                return None;
            }
        }
        let end = i + 5;
        let mut m = self.base(i, end, TemporalKind::Date);
        if a.digits == 4 && d.digits <= 2 {
            let y = a.value as i32;
            if !(1800..=2199).contains(&y) {
                return None;
            }
            let conf = if c == '-' { 0.99 } else { 0.95 };
            return self
                .absolute(&mut m, y, b.value as u32, d.value as u32, conf)
                .then_some((m, end));
        }
        if a.digits > 2 {
            return None;
        }
        let y = match d.digits {
            4 if (1800..=2199).contains(&d.value) => d.value as i32,
            2 if c != '.' => 2000 + d.value as i32,
            _ => return None,
        };
        let year_conf = if d.digits == 2 { 0.85 } else { 1.0 };
        let (p, q) = (a.value as u32, b.value as u32);
        let (month, day, conf, note) = if p > 12 && q <= 12 {
            (q, p, 0.9, None)
        } else if q > 12 && p <= 12 {
            (p, q, 0.9, None)
        } else if p == q {
            (p, p, 0.9, None)
        } else if p > 12 && q > 12 {
            return None;
        } else {
            match self.order {
                NumericDateOrder::DayFirst => (q, p, 0.8, None),
                NumericDateOrder::MonthFirst => (p, q, 0.8, None),
                NumericDateOrder::Unknown => (
                    q,
                    p,
                    0.4,
                    Some("day and month order is ambiguous; read day-first"),
                ),
            }
        };
        if !self.absolute(&mut m, y, month, day, conf * year_conf) {
            return None;
        }
        m.note = note.map(str::to_string);
        Some((m, end))
    }
}

#[cfg(test)]
mod tests {
    use super::super::cursor::testing::{value, with_cx_order};
    use crate::NumericDateOrder;

    /// The value, confidence and note of the numeric date at the start of `text`.
    fn read(text: &str, order: NumericDateOrder) -> Option<(String, f32, Option<String>)> {
        with_cx_order(text, None, order, |cx| {
            cx.numeric_date(0)
                .map(|(m, _)| (value(&m), m.confidence, m.note.clone()))
        })
    }

    #[test]
    fn year_first_dates_are_read_year_month_day() {
        assert_eq!(
            read("2025-07-18 Edoras", NumericDateOrder::Unknown),
            Some(("2025-07-18".into(), 0.99, None))
        );
        assert_eq!(
            read("2025/07/18", NumericDateOrder::Unknown),
            Some(("2025-07-18".into(), 0.95, None))
        );
        assert_eq!(read("1750-07-18", NumericDateOrder::Unknown), None);
    }

    #[test]
    fn a_part_over_twelve_settles_the_order() {
        let day_first = read("18/07/2025", NumericDateOrder::MonthFirst);
        assert_eq!(
            day_first.map(|(v, c, _)| (v, c)),
            Some(("2025-07-18".into(), 0.9))
        );
        let month_first = read("07/18/2025", NumericDateOrder::DayFirst);
        assert_eq!(
            month_first.map(|(v, _, _)| v).as_deref(),
            Some("2025-07-18")
        );
        assert_eq!(read("13/14/2025", NumericDateOrder::Unknown), None);
    }

    #[test]
    fn an_ambiguous_order_follows_the_hint_or_reads_day_first() {
        let unknown = read("05/07/2025", NumericDateOrder::Unknown);
        let (v, c, note) = unknown.unwrap_or_else(|| panic!("a date"));
        assert_eq!(v, "2025-07-05");
        assert_eq!(c, 0.4);
        assert!(note.is_some_and(|n| n.contains("ambiguous")));
        let us = read("05/07/2025", NumericDateOrder::MonthFirst);
        assert_eq!(us.map(|(v, c, _)| (v, c)), Some(("2025-05-07".into(), 0.8)));
        let two_digit = read("05/07/25", NumericDateOrder::DayFirst);
        assert_eq!(
            two_digit.map(|(v, c, _)| (v, c)),
            Some(("2025-07-05".into(), 0.8 * 0.85))
        );
    }

    #[test]
    fn longer_runs_and_dotted_short_years_are_not_dates() {
        assert_eq!(read("1.2.3.4", NumericDateOrder::Unknown), None);
        assert_eq!(read("05.07.25", NumericDateOrder::Unknown), None);
        assert_eq!(read("05/07 /2025", NumericDateOrder::Unknown), None);
    }
}
