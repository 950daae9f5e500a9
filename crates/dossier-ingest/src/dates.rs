//! Dates as news sources write them: datelines, feed and metadata timestamps.

use chrono::{DateTime, NaiveDate};
use dossier_model::PartialDate;
use regex::Regex;
use std::sync::LazyLock;

/// Month names and abbreviations as a regex alternation (longest first).
pub(crate) const MONTH: &str = "January|February|March|April|May|June|July|August|September|October|November|December|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec";

const WEEKDAY: &str =
    "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun";

/// The month number of an English month name or abbreviation.
pub(crate) fn month_number(name: &str) -> Option<u32> {
    let lower = name.trim_end_matches('.').to_ascii_lowercase();
    let key = lower.get(..3)?;
    let n = match key {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    };
    Some(n)
}

static PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^[\s\-–—•·|]*(?:(?:published|posted|updated|last updated|date|dated)\s*(?:on)?\s*:?\s*)?(?:(?:{WEEKDAY})\.?,?\s+)?"
    ))
    .unwrap_or_else(|e| panic!("date prefix regex: {e}"))
});

static MONTH_DAY_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?P<m>{MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})"
    ))
    .unwrap_or_else(|e| panic!("date regex: {e}"))
});

static DAY_MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{MONTH})\.?,?\s+(?P<y>\d{{4}})"
    ))
    .unwrap_or_else(|e| panic!("date regex: {e}"))
});

static MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^(?P<m>{MONTH})\.?,?\s+(?P<y>\d{{4}})"))
        .unwrap_or_else(|e| panic!("date regex: {e}"))
});

static ISO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})")
        .unwrap_or_else(|e| panic!("date regex: {e}"))
});

static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<a>\d{1,2})[./](?P<b>\d{1,2})[./](?P<y>\d{4})")
        .unwrap_or_else(|e| panic!("date regex: {e}"))
});

/// What may follow a date on a date line: a time, a zone, nothing else.
static TIME_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:,?\s*(?:at\s+)?[T\s]?\d{1,2}[:.]\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?m\.?)?\s*(?:Z|[+-]\d{2}:?\d{2}|\(?[A-Z]{2,5}\)?|(?:UTC|GMT)\s*[+-]?\s*\d{0,2}(?::\d{2})?)?)?\s*$",
    )
    .unwrap_or_else(|e| panic!("time regex: {e}"))
});

/// Parses a date at the start of `s` (after optional `Published:`-style and weekday
/// prefixes). Returns the date and the byte length of `s` it used.
pub(crate) fn parse_date_prefix(s: &str) -> Option<(PartialDate, usize)> {
    let skip = PREFIX.find(s).map(|m| m.end()).unwrap_or(0);
    let rest = &s[skip..];
    let num = |c: &regex::Captures, k: &str| -> Option<u32> { c.name(k)?.as_str().parse().ok() };
    if let Some(c) = MONTH_DAY_YEAR.captures(rest) {
        let date = PartialDate::from_ymd(
            num(&c, "y")? as i32,
            month_number(c.name("m")?.as_str())?,
            num(&c, "d")?,
        )?;
        return Some((date, skip + c.get(0)?.end()));
    }
    if let Some(c) = DAY_MONTH_YEAR.captures(rest) {
        let date = PartialDate::from_ymd(
            num(&c, "y")? as i32,
            month_number(c.name("m")?.as_str())?,
            num(&c, "d")?,
        )?;
        return Some((date, skip + c.get(0)?.end()));
    }
    if let Some(c) = ISO.captures(rest) {
        let date = PartialDate::from_ymd(num(&c, "y")? as i32, num(&c, "m")?, num(&c, "d")?)?;
        return Some((date, skip + c.get(0)?.end()));
    }
    if let Some(c) = NUMERIC.captures(rest) {
        let (a, b, y) = (num(&c, "a")?, num(&c, "b")?, num(&c, "y")? as i32);
        // Only unambiguous day/month orders: one of the two must exceed 12, or both agree.
        let date = if a > 12 && b <= 12 {
            PartialDate::from_ymd(y, b, a)?
        } else if b > 12 && a <= 12 {
            PartialDate::from_ymd(y, a, b)?
        } else if a == b {
            PartialDate::from_ymd(y, a, a)?
        } else {
            return None;
        };
        return Some((date, skip + c.get(0)?.end()));
    }
    if let Some(c) = MONTH_YEAR.captures(rest) {
        let date = PartialDate::month(num(&c, "y")? as i32, month_number(c.name("m")?.as_str())?)?;
        return Some((date, skip + c.get(0)?.end()));
    }
    None
}

/// Parses a line that is wholly a date, such as `July 19, 2025`, `Saturday 19 July 2025`,
/// `Published: 2025-07-19 10:32 PKT` or `– 19.07.2025`. Anything but a time and zone
/// after the date makes it not a date line.
pub fn parse_date_text(line: &str) -> Option<PartialDate> {
    let line = line.trim();
    let (date, used) = parse_date_prefix(line)?;
    TIME_TAIL.is_match(&line[used..]).then_some(date)
}

/// Parses a date from a metadata field (feed `pubDate`, JSONL `published`, WARC-Date):
/// RFC 3339, RFC 2822, a bare `YYYY-MM-DD[...]` or any form [`parse_date_text`] reads.
/// The calendar date is the one written in the timestamp's own offset.
pub fn parse_metadata_date(value: &str) -> Option<PartialDate> {
    let v = value.trim();
    if v.is_empty() {
        return None;
    }
    if let Ok(dt) = DateTime::parse_from_rfc3339(v) {
        return Some(PartialDate::day(dt.date_naive()));
    }
    if let Ok(dt) = DateTime::parse_from_rfc2822(v) {
        return Some(PartialDate::day(dt.date_naive()));
    }
    if let Some(date) = v
        .get(..10)
        .and_then(|head| NaiveDate::parse_from_str(head, "%Y-%m-%d").ok())
    {
        return Some(PartialDate::day(date));
    }
    if let Some(d) = PartialDate::parse(v) {
        return Some(d);
    }
    parse_date_text(v).or_else(|| parse_date_prefix(v).map(|(d, _)| d))
}

/// The latest date with this month and day that is not after `anchor` (for datelines that
/// give no year, such as `ISLAMABAD, July 19 (Reuters)`).
pub(crate) fn infer_year(month: u32, day: u32, anchor: PartialDate) -> Option<PartialDate> {
    let anchor_date = anchor.to_naive()?;
    let this_year = NaiveDate::from_ymd_opt(anchor.year, month, day);
    match this_year {
        Some(d) if d <= anchor_date => Some(PartialDate::day(d)),
        _ => PartialDate::from_ymd(anchor.year - 1, month, day),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Option<String> {
        parse_date_text(s).map(|d| d.to_string())
    }

    #[test]
    fn date_lines_parse_wholly_or_not_at_all() {
        assert_eq!(d("March 3, 2031").as_deref(), Some("2031-03-03"));
        assert_eq!(d("Tuesday, 4 March 2031").as_deref(), Some("2031-03-04"));
        assert_eq!(
            d("Published: 2031-03-04 10:32 PKT").as_deref(),
            Some("2031-03-04")
        );
        assert_eq!(d("– 19.07.2031").as_deref(), Some("2031-07-19"));
        assert_eq!(
            d("Updated Mar. 4, 2031, 5:10 p.m. EST").as_deref(),
            Some("2031-03-04")
        );
        assert_eq!(d("March 2031").as_deref(), Some("2031-03"));
        assert_eq!(d("05/07/2031"), None);
        assert_eq!(d("March 3, 2031 the fleet sailed"), None);
        assert_eq!(d("The fleet sailed"), None);
    }

    #[test]
    fn metadata_dates_in_common_forms() {
        let m = |s: &str| parse_metadata_date(s).map(|d| d.to_string());
        assert_eq!(
            m("2031-03-04T23:10:00+05:00").as_deref(),
            Some("2031-03-04")
        );
        assert_eq!(
            m("Tue, 04 Mar 2031 10:00:00 GMT").as_deref(),
            Some("2031-03-04")
        );
        assert_eq!(m("2031-03-04").as_deref(), Some("2031-03-04"));
        assert_eq!(m("2031-03-04 10:00").as_deref(), Some("2031-03-04"));
        assert_eq!(m("soon"), None);
    }

    #[test]
    fn year_is_inferred_from_an_anchor() {
        let anchor = PartialDate::from_ymd(2031, 1, 5).unwrap();
        assert_eq!(
            infer_year(12, 30, anchor).unwrap().to_string(),
            "2030-12-30"
        );
        assert_eq!(infer_year(1, 4, anchor).unwrap().to_string(), "2031-01-04");
    }
}
