//! Date ranges of stories: the gap in days between two ranges and the bounds of a merged range.
//!
//! Separate because both the assignment on arrival (an article far in time from a story never
//! joins it) and the read-time consolidation (a small story far in time from a larger one is
//! never read as part of it) measure time the same way.

use chrono::NaiveDate;

/// Days between two date ranges (0 when they overlap or a range is unknown).
pub(crate) fn date_gap(
    a_first: Option<NaiveDate>,
    a_last: Option<NaiveDate>,
    b_first: Option<NaiveDate>,
    b_last: Option<NaiveDate>,
) -> i64 {
    match (a_first, a_last, b_first, b_last) {
        (Some(af), Some(al), Some(bf), Some(bl)) => {
            if al < bf {
                (bf - al).num_days()
            } else if bl < af {
                (af - bl).num_days()
            } else {
                0
            }
        }
        _ => 0,
    }
}

/// The earlier of two dates, or the one known.
pub(crate) fn min_date(a: Option<NaiveDate>, b: Option<NaiveDate>) -> Option<NaiveDate> {
    match (a, b) {
        (Some(x), Some(y)) => Some(x.min(y)),
        (x, y) => x.or(y),
    }
}

/// The later of two dates, or the one known.
pub(crate) fn max_date(a: Option<NaiveDate>, b: Option<NaiveDate>) -> Option<NaiveDate> {
    match (a, b) {
        (Some(x), Some(y)) => Some(x.max(y)),
        (x, y) => x.or(y),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(3019, 3, d)
    }

    #[test]
    fn gap_between_ranges() {
        assert_eq!(date_gap(day(1), day(3), day(10), day(12)), 7);
        assert_eq!(date_gap(day(10), day(12), day(1), day(3)), 7);
        assert_eq!(date_gap(day(1), day(10), day(5), day(20)), 0);
        assert_eq!(date_gap(day(1), day(1), day(1), day(1)), 0);
        assert_eq!(date_gap(None, None, day(1), day(30)), 0);
        assert_eq!(date_gap(day(1), day(2), day(25), None), 0);
    }

    #[test]
    fn bounds_keep_the_known_date() {
        assert_eq!(min_date(day(4), day(2)), day(2));
        assert_eq!(max_date(day(4), day(2)), day(4));
        assert_eq!(min_date(None, day(2)), day(2));
        assert_eq!(max_date(day(4), None), day(4));
        assert_eq!(min_date(None, None), None);
    }
}
