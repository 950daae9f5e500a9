//! The workspace's one reader of date strings: datelines and date lines in article text,
//! feed and archive timestamps, and the dates pages put in their metadata.
//!
//! Every entry point reads over the same month table and the same pattern set, but each has
//! its own documented policy because its callers need different things from the same string
//! (`05/07/2031` is not a date line, yet a page's metadata field with it still says 2031):
//!
//! | entry point             | reads                                               | ambiguous `a/b/yyyy` |
//! |-------------------------|-----------------------------------------------------|----------------------|
//! | [`parse_date_prefix`]   | a date at the start of a string, with its length    | none                 |
//! | [`parse_date_line`]     | a line that is wholly a date (plus a time and zone) | none                 |
//! | [`parse_metadata`]      | feed, JSONL and WARC timestamps: RFC 3339/2822, ISO | none                 |
//! | [`parse_page_metadata`] | HTML metadata: ISO, compact, slashed, Unix seconds  | year only            |
//!
//! The strict `YYYY[-MM[-DD]]` reader serde uses stays [`PartialDate::parse`] in dossier-model:
//! this crate depends on the model, so the model cannot call back into it, and that reader is
//! deliberately tiny and strict. [`parse_metadata`] delegates to it.

use chrono::{DateTime, NaiveDate};
use dossier_model::PartialDate;
use regex::{Captures, Regex};
use std::sync::LazyLock;

/// Month names and abbreviations as a regex alternation (longest first), for patterns that
/// embed a month name. Every alternative is read by [`month_number`].
pub const MONTH_PATTERN: &str = "January|February|March|April|May|June|July|August|September|October|November|December|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec";

/// Weekday names and abbreviations as a regex alternation.
const WEEKDAY_PATTERN: &str =
    "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun";

/// English month names in calendar order.
const MONTH_NAMES: [&str; 12] = [
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

/// The month number of an English month name or abbreviation, in any case and with or
/// without a full stop: the three-letter form, `Sept`, or any longer prefix of the full name
/// (`Mayday` is not a month).
pub fn month_number(name: &str) -> Option<u32> {
    let lower = name.trim_end_matches('.').to_ascii_lowercase();
    let key = lower.get(..3)?;
    let index = MONTH_NAMES.iter().position(|m| m.starts_with(key))?;
    (lower.len() == 3 || lower == "sept" || MONTH_NAMES[index].starts_with(&lower))
        .then_some(index as u32 + 1)
}

/// The (month, day) of two numbers written day-first or month-first, when the order is
/// unambiguous: one of them exceeds 12, or both are equal.
fn month_and_day(a: u32, b: u32) -> Option<(u32, u32)> {
    match (a > 12, b > 12) {
        (true, false) => Some((b, a)),
        (false, true) => Some((a, b)),
        _ if a == b => Some((a, a)),
        _ => None,
    }
}

fn regex(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|e| panic!("date regex {pattern}: {e}"))
}

// Patterns for dates in text, anchored at the start of what follows an optional prefix.

static LINE_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"(?i)^[\s\-–—•·|]*(?:(?:published|posted|updated|last updated|date|dated)\s*(?:on)?\s*:?\s*)?(?:(?:{WEEKDAY_PATTERN})\.?,?\s+)?"
    ))
});
static LINE_MONTH_DAY_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"^(?P<m>{MONTH_PATTERN})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})"
    ))
});
static LINE_DAY_MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"^(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{MONTH_PATTERN})\.?,?\s+(?P<y>\d{{4}})"
    ))
});
static LINE_MONTH_YEAR: LazyLock<Regex> =
    LazyLock::new(|| regex(&format!(r"^(?P<m>{MONTH_PATTERN})\.?,?\s+(?P<y>\d{{4}})")));
static LINE_ISO: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"));
static LINE_NUMERIC: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^(?P<a>\d{1,2})[./](?P<b>\d{1,2})[./](?P<y>\d{4})"));
/// What may follow a date on a date line: a time, a zone, nothing else.
static LINE_TIME_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)^(?:,?\s*(?:at\s+)?[T\s]?\d{1,2}[:.]\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?m\.?)?\s*(?:Z|[+-]\d{2}:?\d{2}|\(?[A-Z]{2,5}\)?|(?:UTC|GMT)\s*[+-]?\s*\d{0,2}(?::\d{2})?)?)?\s*$",
    )
});

// Patterns for page metadata values: whole-value numeric forms, written forms anywhere.

static PAGE_ISO_DAY: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[^\d])"));
static PAGE_ISO_MONTH: LazyLock<Regex> = LazyLock::new(|| regex(r"^(\d{4})-(\d{2})$"));
static PAGE_YEAR: LazyLock<Regex> = LazyLock::new(|| regex(r"^(\d{4})$"));
static PAGE_COMPACT: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^(\d{4})(\d{2})(\d{2})(?:$|[T\s])"));
static PAGE_UNIX_SECONDS: LazyLock<Regex> = LazyLock::new(|| regex(r"^(\d{10})(\d{3})?$"));
static PAGE_DAY_MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    regex(r"(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]{3,9})\.?,?\s+(\d{4})\b")
});
static PAGE_MONTH_DAY_YEAR: LazyLock<Regex> =
    LazyLock::new(|| regex(r"(?i)\b([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b"));
static PAGE_NUMERIC: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:$|[^\d])"));

/// Parses a date at the start of `s`, after optional `Published:`-style and weekday
/// prefixes: `March 3, 2031`, `3rd of March 2031`, `2031-03-03`, `19.07.2031`, `March 2031`.
/// Day-first or month-first numbers are read only when the order is unambiguous. Returns the
/// date and the byte length of `s` it used.
pub fn parse_date_prefix(s: &str) -> Option<(PartialDate, usize)> {
    let skip = LINE_PREFIX.find(s).map(|m| m.end()).unwrap_or(0);
    let rest = s.get(skip..)?;
    let num = |c: &Captures, k: &str| -> Option<u32> { c.name(k)?.as_str().parse().ok() };
    let month = |c: &Captures| month_number(c.name("m")?.as_str());
    let used = |c: &Captures| Some(skip + c.get(0)?.end());
    for written in [&*LINE_MONTH_DAY_YEAR, &*LINE_DAY_MONTH_YEAR] {
        if let Some(c) = written.captures(rest) {
            let date = PartialDate::from_ymd(num(&c, "y")? as i32, month(&c)?, num(&c, "d")?)?;
            return Some((date, used(&c)?));
        }
    }
    if let Some(c) = LINE_ISO.captures(rest) {
        let date = PartialDate::from_ymd(num(&c, "y")? as i32, num(&c, "m")?, num(&c, "d")?)?;
        return Some((date, used(&c)?));
    }
    if let Some(c) = LINE_NUMERIC.captures(rest) {
        let (m, d) = month_and_day(num(&c, "a")?, num(&c, "b")?)?;
        let date = PartialDate::from_ymd(num(&c, "y")? as i32, m, d)?;
        return Some((date, used(&c)?));
    }
    if let Some(c) = LINE_MONTH_YEAR.captures(rest) {
        let date = PartialDate::month(num(&c, "y")? as i32, month(&c)?)?;
        return Some((date, used(&c)?));
    }
    None
}

/// Parses a line that is wholly a date, such as `July 19, 2031`, `Saturday 19 July 2031`,
/// `Published: 2031-07-19 10:32 PKT` or `– 19.07.2031`. Anything but a time and zone after
/// the date makes it not a date line.
pub fn parse_date_line(line: &str) -> Option<PartialDate> {
    let line = line.trim();
    let (date, used) = parse_date_prefix(line)?;
    LINE_TIME_TAIL.is_match(line.get(used..)?).then_some(date)
}

/// Parses a date from a metadata field (feed `pubDate`, JSONL `published`, WARC-Date):
/// RFC 3339, RFC 2822, a bare `YYYY-MM-DD[...]`, a strict `YYYY[-MM]`, a date line, or a
/// date at the start of the value. The calendar date is the one written in the timestamp's
/// own offset.
pub fn parse_metadata(value: &str) -> Option<PartialDate> {
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
    parse_date_line(v).or_else(|| parse_date_prefix(v).map(|(d, _)| d))
}

/// Parses a date as a page writes it in its metadata (`<meta>`, JSON-LD, `<time>`): ISO day
/// (with `-`, `/` or `.`), `YYYYMMDD`, `YYYY-MM`, `YYYY`, Unix seconds (or milliseconds),
/// `dd/mm/yyyy` (a year only when day and month cannot be told apart), or an English written
/// date anywhere in the value. Dates outside 1900-2100 are refused.
pub fn parse_page_metadata(raw: &str) -> Option<PartialDate> {
    let s = raw.trim();
    if s.is_empty() {
        return None;
    }
    let num = |c: &Captures, i: usize| -> Option<u32> { c.get(i)?.as_str().parse().ok() };
    let year = |c: &Captures, i: usize| -> Option<i32> { c.get(i)?.as_str().parse().ok() };
    let plausible = |date: PartialDate| (1900..=2100).contains(&date.year).then_some(date);
    for iso in [&*PAGE_ISO_DAY, &*PAGE_COMPACT] {
        if let Some(c) = iso.captures(s) {
            return plausible(PartialDate::from_ymd(
                year(&c, 1)?,
                num(&c, 2)?,
                num(&c, 3)?,
            )?);
        }
    }
    if let Some(c) = PAGE_ISO_MONTH.captures(s) {
        return plausible(PartialDate::month(year(&c, 1)?, num(&c, 2)?)?);
    }
    if let Some(c) = PAGE_YEAR.captures(s) {
        return plausible(PartialDate::year(year(&c, 1)?));
    }
    if let Some(c) = PAGE_UNIX_SECONDS.captures(s) {
        let seconds: i64 = c.get(1)?.as_str().parse().ok()?;
        let moment = DateTime::from_timestamp(seconds, 0)?;
        return plausible(PartialDate::day(moment.date_naive()));
    }
    if let Some(c) = PAGE_NUMERIC.captures(s) {
        let y = year(&c, 3)?;
        return match month_and_day(num(&c, 1)?, num(&c, 2)?) {
            Some((m, d)) => plausible(PartialDate::from_ymd(y, m, d)?),
            None => plausible(PartialDate::year(y)),
        };
    }
    if let Some(c) = PAGE_MONTH_DAY_YEAR.captures(s) {
        if let Some(m) = month_number(&c[1]) {
            return plausible(PartialDate::from_ymd(year(&c, 3)?, m, num(&c, 2)?)?);
        }
    }
    if let Some(c) = PAGE_DAY_MONTH_YEAR.captures(s) {
        if let Some(m) = month_number(&c[2]) {
            return plausible(PartialDate::from_ymd(year(&c, 3)?, m, num(&c, 1)?)?);
        }
    }
    None
}

/// The latest date with this month and day that is not after `anchor` (for datelines that
/// give no year, such as `MINAS TIRITH, July 19 (Gondor Herald)`).
pub fn infer_year(month: u32, day: u32, anchor: PartialDate) -> Option<PartialDate> {
    let anchor_date = anchor.to_naive()?;
    match NaiveDate::from_ymd_opt(anchor.year, month, day) {
        Some(d) if d <= anchor_date => Some(PartialDate::day(d)),
        _ => PartialDate::from_ymd(anchor.year - 1, month, day),
    }
}

#[cfg(test)]
mod tests;
