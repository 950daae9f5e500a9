use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::fmt;

/// How much of a date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DatePrecision {
    Day,
    Month,
    Year,
    Unknown,
}

/// A calendar date known to day, month or year precision.
///
/// Serialised as `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    pub year: i32,
    pub month: Option<u32>,
    pub day: Option<u32>,
}

impl PartialDate {
    pub fn day(date: NaiveDate) -> Self {
        PartialDate {
            year: date.year(),
            month: Some(date.month()),
            day: Some(date.day()),
        }
    }

    pub fn month(year: i32, month: u32) -> Option<Self> {
        NaiveDate::from_ymd_opt(year, month, 1).map(|_| PartialDate {
            year,
            month: Some(month),
            day: None,
        })
    }

    pub fn year(year: i32) -> Self {
        PartialDate {
            year,
            month: None,
            day: None,
        }
    }

    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Self> {
        NaiveDate::from_ymd_opt(year, month, day).map(Self::day)
    }

    pub fn precision(&self) -> DatePrecision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => DatePrecision::Day,
            (Some(_), None) => DatePrecision::Month,
            _ => DatePrecision::Year,
        }
    }

    /// The full date when known to the day.
    pub fn to_naive(&self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year, self.month?, self.day?)
    }

    /// Parses `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, strictly: the serialised form, read back by
    /// serde. Dates as sources write them (datelines, feed timestamps, page metadata) are read
    /// by `dossier_text::dates`, whose `parse_metadata` falls back on this reader.
    pub fn parse(s: &str) -> Option<Self> {
        let parts: Vec<&str> = s.trim().split('-').collect();
        let num = |p: &str| -> Option<u32> {
            if p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            p.parse().ok()
        };
        match parts.as_slice() {
            [y] if y.len() == 4 => Some(Self::year(num(y)? as i32)),
            [y, m] if y.len() == 4 => Self::month(num(y)? as i32, num(m)?),
            [y, m, d] if y.len() == 4 => Self::from_ymd(num(y)? as i32, num(m)?, num(d)?),
            _ => None,
        }
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.month, self.day) {
            (Some(m), Some(d)) => write!(f, "{:04}-{:02}-{:02}", self.year, m, d),
            (Some(m), None) => write!(f, "{:04}-{:02}", self.year, m),
            _ => write!(f, "{:04}", self.year),
        }
    }
}

impl Serialize for PartialDate {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        PartialDate::parse(&s)
            .ok_or_else(|| serde::de::Error::custom(format!("not a YYYY[-MM[-DD]] date: {s:?}")))
    }
}

/// A date with its precision, as reported in JSON: `{"value": "2025-07-18", "precision": "day"}`.
/// `value` is `None` when the date is unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct DatedValue {
    pub value: Option<PartialDate>,
    pub precision: DatePrecision,
}

impl DatedValue {
    pub fn unknown() -> Self {
        DatedValue {
            value: None,
            precision: DatePrecision::Unknown,
        }
    }

    pub fn known(date: PartialDate) -> Self {
        DatedValue {
            value: Some(date),
            precision: date.precision(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_dates_round_trip() {
        for s in ["2025-07-18", "2025-07", "2025"] {
            let d = PartialDate::parse(s).expect(s);
            assert_eq!(d.to_string(), s);
        }
        assert_eq!(PartialDate::parse("2025-02-30"), None);
        assert_eq!(PartialDate::parse("25-02-03"), None);
        assert_eq!(
            PartialDate::parse("2025-07").map(|d| d.precision()),
            Some(DatePrecision::Month)
        );
        let json = serde_json::to_string(&DatedValue::known(PartialDate::year(2024))).unwrap();
        assert_eq!(json, r#"{"value":"2024","precision":"year"}"#);
    }
}
