//! Calendar arithmetic the matchers share: a day as a [`PartialDate`], the narrowest date
//! containing a range of days, months counted from year 0 (so that `last July` is a
//! subtraction), the last day of a month and a day's weekday number. Pure functions of
//! `chrono` dates, kept apart from the token matching so they can be read and tested alone.

use chrono::{Datelike, Months, NaiveDate};
use dossier_model::{DatedValue, PartialDate};

pub(super) fn pd(d: NaiveDate) -> PartialDate {
    PartialDate::day(d)
}

/// The narrowest calendar date containing both days.
pub(super) fn containing(first: NaiveDate, last: NaiveDate) -> DatedValue {
    if first.year() != last.year() {
        DatedValue::unknown()
    } else if first.month() != last.month() {
        DatedValue::known(PartialDate::year(first.year()))
    } else if first == last {
        DatedValue::known(pd(first))
    } else {
        PartialDate::month(first.year(), first.month())
            .map(DatedValue::known)
            .unwrap_or_else(DatedValue::unknown)
    }
}

pub(super) fn month_index(year: i32, month: u32) -> i64 {
    i64::from(year) * 12 + i64::from(month) - 1
}

pub(super) fn from_month_index(idx: i64) -> Option<PartialDate> {
    let year = i32::try_from(idx.div_euclid(12)).ok()?;
    PartialDate::month(year, (idx.rem_euclid(12) + 1) as u32)
}

pub(super) fn last_day_of_month(year: i32, month: u32) -> Option<NaiveDate> {
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    first.checked_add_months(Months::new(1))?.pred_opt()
}

pub(super) fn weekday_num(d: NaiveDate) -> u8 {
    d.weekday().num_days_from_monday() as u8
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_model::DatePrecision;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_else(|| panic!("{y}-{m}-{d} is no day"))
    }

    #[test]
    fn the_containing_date_narrows_to_what_both_days_share() {
        let same_day = containing(day(2025, 3, 15), day(2025, 3, 15));
        assert_eq!(same_day.precision, DatePrecision::Day);
        let same_month = containing(day(2025, 3, 1), day(2025, 3, 31));
        assert_eq!(same_month.value, PartialDate::month(2025, 3));
        let two_months = containing(day(2025, 3, 30), day(2025, 4, 5));
        assert_eq!(two_months.value, Some(PartialDate::year(2025)));
        let two_years = containing(day(2024, 12, 30), day(2025, 1, 5));
        assert_eq!(two_years.value, None);
    }

    #[test]
    fn month_indices_count_across_years() {
        let march = month_index(2025, 3);
        assert_eq!(from_month_index(march), PartialDate::month(2025, 3));
        assert_eq!(from_month_index(march - 3), PartialDate::month(2024, 12));
        assert_eq!(from_month_index(march + 10), PartialDate::month(2026, 1));
        assert_eq!(month_index(2025, 1) - month_index(2024, 1), 12);
    }

    #[test]
    fn last_days_of_months_follow_leap_years() {
        assert_eq!(last_day_of_month(2024, 2), Some(day(2024, 2, 29)));
        assert_eq!(last_day_of_month(2025, 2), Some(day(2025, 2, 28)));
        assert_eq!(last_day_of_month(2025, 12), Some(day(2025, 12, 31)));
        assert_eq!(last_day_of_month(2025, 13), None);
    }

    #[test]
    fn weekdays_count_from_monday() {
        assert_eq!(weekday_num(day(2025, 7, 14)), 0);
        assert_eq!(weekday_num(day(2025, 7, 19)), 5);
        assert_eq!(weekday_num(day(2025, 7, 20)), 6);
        assert_eq!(pd(day(2025, 7, 19)).precision(), DatePrecision::Day);
    }
}
