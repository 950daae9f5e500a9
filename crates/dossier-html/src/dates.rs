//! Dates as pages write them in metadata: ISO 8601, compact, slashed, English month names,
//! RFC 2822, Unix timestamps.

use dossier_model::PartialDate;
use regex::Regex;
use std::sync::LazyLock;

static ISO_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[^\d])").unwrap_or_else(|e| panic!("{e}"))
});
static ISO_MONTH: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d{4})-(\d{2})$").unwrap_or_else(|e| panic!("{e}")));
static YEAR_ONLY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d{4})$").unwrap_or_else(|e| panic!("{e}")));
static COMPACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\d{4})(\d{2})(\d{2})(?:$|[T\s])").unwrap_or_else(|e| panic!("{e}"))
});
static TIMESTAMP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d{10})(\d{3})?$").unwrap_or_else(|e| panic!("{e}")));
static DAY_MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]{3,9})\.?,?\s+(\d{4})\b")
        .unwrap_or_else(|e| panic!("{e}"))
});
static MONTH_DAY_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
        .unwrap_or_else(|e| panic!("{e}"))
});
static NUMERIC_DMY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:$|[^\d])").unwrap_or_else(|e| panic!("{e}"))
});

fn month_number(name: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let lower = name.to_ascii_lowercase();
    if lower.len() < 3 {
        return None;
    }
    let full = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let index = MONTHS.iter().position(|m| lower.starts_with(m))?;
    let full_name = full[index];
    // "sept" and three-letter forms are abbreviations; anything longer must be the full name.
    (lower.len() == 3 || lower == "sept" || full_name.starts_with(&lower))
        .then_some(index as u32 + 1)
}

fn num<T: std::str::FromStr>(s: &str) -> Option<T> {
    s.parse().ok()
}

/// Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

fn plausible(date: PartialDate) -> Option<PartialDate> {
    (1900..=2100).contains(&date.year).then_some(date)
}

/// Parses a date as written in a page's metadata. Day precision when the day is known.
pub(crate) fn parse_date(raw: &str) -> Option<PartialDate> {
    let s = raw.trim();
    if s.is_empty() {
        return None;
    }
    if let Some(c) = ISO_DAY.captures(s) {
        return plausible(PartialDate::from_ymd(
            num(&c[1])?,
            num(&c[2])?,
            num(&c[3])?,
        )?);
    }
    if let Some(c) = COMPACT.captures(s) {
        return plausible(PartialDate::from_ymd(
            num(&c[1])?,
            num(&c[2])?,
            num(&c[3])?,
        )?);
    }
    if let Some(c) = ISO_MONTH.captures(s) {
        return plausible(PartialDate::month(num(&c[1])?, num(&c[2])?)?);
    }
    if let Some(c) = YEAR_ONLY.captures(s) {
        return plausible(PartialDate::year(num(&c[1])?));
    }
    if let Some(c) = TIMESTAMP.captures(s) {
        let seconds: i64 = num(&c[1])?;
        let (y, m, d) = civil_from_days(seconds.div_euclid(86_400));
        return plausible(PartialDate::from_ymd(i32::try_from(y).ok()?, m, d)?);
    }
    if let Some(c) = NUMERIC_DMY.captures(s) {
        let (a, b, year): (u32, u32, i32) = (num(&c[1])?, num(&c[2])?, num(&c[3])?);
        // Day-first and month-first are only told apart when one number exceeds 12.
        let (month, day) = match (a > 12, b > 12) {
            (true, false) => (b, a),
            (false, true) => (a, b),
            _ if a == b => (a, b),
            _ => return plausible(PartialDate::year(year)),
        };
        return plausible(PartialDate::from_ymd(year, month, day)?);
    }
    if let Some(c) = MONTH_DAY_YEAR.captures(s) {
        if let Some(month) = month_number(&c[1]) {
            return plausible(PartialDate::from_ymd(num(&c[3])?, month, num(&c[2])?)?);
        }
    }
    if let Some(c) = DAY_MONTH_YEAR.captures(s) {
        if let Some(month) = month_number(&c[2]) {
            return plausible(PartialDate::from_ymd(num(&c[3])?, month, num(&c[1])?)?);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Option<String> {
        parse_date(s).map(|d| d.to_string())
    }

    #[test]
    fn iso_and_compact_forms() {
        assert_eq!(day("2019-11-19T18:39:00Z").as_deref(), Some("2019-11-19"));
        assert_eq!(day("2019-11-19").as_deref(), Some("2019-11-19"));
        assert_eq!(day("2019/11/19 06:39 PM").as_deref(), Some("2019-11-19"));
        assert_eq!(day("20191119").as_deref(), Some("2019-11-19"));
        assert_eq!(day("2019-11").as_deref(), Some("2019-11"));
        assert_eq!(day("2019").as_deref(), Some("2019"));
    }

    #[test]
    fn written_forms() {
        assert_eq!(
            day("Tue, 19 Nov 2019 18:39:00 +0000").as_deref(),
            Some("2019-11-19")
        );
        assert_eq!(day("November 19, 2019").as_deref(), Some("2019-11-19"));
        assert_eq!(day("19th of November 2019").as_deref(), Some("2019-11-19"));
        assert_eq!(day("Sept. 3, 2021").as_deref(), Some("2021-09-03"));
        assert_eq!(day("30/03/2015").as_deref(), Some("2015-03-30"));
        assert_eq!(day("03/04/2015").as_deref(), Some("2015"));
        assert_eq!(day("1574188740").as_deref(), Some("2019-11-19"));
    }

    #[test]
    fn rejects_nonsense() {
        assert_eq!(day(""), None);
        assert_eq!(day("yesterday"), None);
        assert_eq!(day("2019-13-45"), None);
        assert_eq!(day("Mayday 12, 2019"), None);
        assert_eq!(day("0001-01-01"), None);
    }
}
