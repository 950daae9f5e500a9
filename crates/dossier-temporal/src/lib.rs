//! Temporal and numeric expressions in news text.
//!
//! [`find_temporal`] finds every date, time, duration and recurring-time expression in a text
//! with its byte span, and resolves dates to a [`PartialDate`] with a precision: absolute dates
//! as written (`July 18, 2025`, `18-Jul-2025`, `2025-07-18`, `١٨ يوليو ٢٠٢٥`), relative ones
//! (`yesterday`, `on Friday`, `last week`, `earlier this month`, `two days ago`) against an
//! anchor, normally the article's published date. [`find_numeric`] finds money, percentages,
//! quantities (`2,000 troops`, `three frigates`) and clock times.
//!
//! Conventions:
//! - Spans leave out a leading preposition (`on Friday` gives the span `Friday`), as TimeML
//!   does; deictic words are kept (`last Friday`).
//! - A bare weekday is read as reporting in the past: the most recent such day on or before
//!   the anchor (within 6 days); with a future cue in the sentence (`will`, `scheduled`,
//!   `upcoming`) it is the next such day after the anchor.
//! - A year-less date (`July 18`) takes the anchor's year, or the year before when that would
//!   put it more than about two months after the anchor; in a future-tense sentence it is the
//!   first such day on or after the anchor.
//! - Periods (`last week`, `earlier this month`, `this year`) carry a [`DateRange`] of whole
//!   days; their `value` is the narrowest calendar date containing the range (`2025-07` for a
//!   week inside July, `2025` for one across two months, none across two years).
//! - Day ranges (`12-13 July`), weekends, seasons (northern-hemisphere meteorological:
//!   winter is December to February) and decades (`the 1990s`) carry a range too.
//! - Expressions relative to another event (`the following day`, `the day after`) are
//!   reported unresolved with a note; `recent`/`recently` are reported with no value.
//! - Numeric dates: `2025-07-18` is read year-month-day; `18/07/2025` is unambiguous when one
//!   part exceeds 12, otherwise [`NumericDateOrder`] decides, and without a hint it is read
//!   day-first with a low confidence and a note.
//! - Nothing is allocated per character; one token vector per call, one string per mention.

mod lexicon;
mod numeric;
mod temporal;
mod time;
mod token;

pub use lexicon::{PartOfPeriod, TimeUnit};
pub use numeric::{NumericKind, NumericMention};
pub use time::TimeOfDay;

use dossier_model::{DateMention, DatePrecision, DatedValue, DocId, Mention, PartialDate};
use serde::{Deserialize, Serialize};

/// What a temporal expression denotes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TemporalKind {
    /// A calendar date or period: `July 18, 2025`, `yesterday`, `last week`, `in 2019`.
    Date,
    /// A clock time: `10:30 am`, `14:00 PKT`.
    Time,
    /// A length of time: `three days`, `48 hours`, `the past two weeks`.
    Duration,
    /// A recurring time: `every Friday`, `weekly`.
    Set,
}

/// How a date's value was obtained.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Resolution {
    /// Fully stated in the text.
    #[serde(rename = "absolute")]
    Absolute,
    /// Computed from the anchor (a relative expression, or a year taken from the anchor).
    #[serde(rename = "relative")]
    RelativeToAnchor,
    /// No value: relative without an anchor, or vague (`recently`).
    #[serde(rename = "unresolved")]
    Unresolved,
}

impl Resolution {
    /// `absolute`, `relative` or `unresolved`, as in [`DateMention::resolution`].
    pub fn as_str(&self) -> &'static str {
        match self {
            Resolution::Absolute => "absolute",
            Resolution::RelativeToAnchor => "relative",
            Resolution::Unresolved => "unresolved",
        }
    }
}

/// The order of day and month in all-numeric dates such as `05/07/2025`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NumericDateOrder {
    /// Unknown: ambiguous dates are read day-first with a low confidence.
    #[default]
    Unknown,
    /// `dd/mm/yyyy` (Pakistan, the Arab world, Europe, the UK).
    DayFirst,
    /// `mm/dd/yyyy` (the United States).
    MonthFirst,
}

/// Options for [`find_temporal_with`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TemporalOptions {
    /// The date relative expressions are resolved against (published or crawl date).
    pub anchor: Option<PartialDate>,
    /// How to read ambiguous all-numeric dates.
    pub numeric_order: NumericDateOrder,
}

/// An inclusive range of whole days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DateRange {
    /// First day (day precision).
    pub first: PartialDate,
    /// Last day (day precision).
    pub last: PartialDate,
}

/// The date parts written in the text, before any resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct StatedDate {
    pub year: Option<i32>,
    pub month: Option<u32>,
    pub day: Option<u32>,
    /// 0 = Monday .. 6 = Sunday.
    pub weekday: Option<u8>,
}

/// An amount of time: `three days`, `48 hours`; `amount` is `None` when vague (`a few days`).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct TimeAmount {
    pub amount: Option<f64>,
    pub unit: TimeUnit,
}

/// A date, time, duration or recurring-time expression in a text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TemporalMention {
    /// Byte offsets of the expression in the text.
    pub start: usize,
    pub end: usize,
    /// The expression's text.
    pub text: String,
    pub kind: TemporalKind,
    /// The resolved date and its precision (unknown for times, durations, sets and
    /// unresolved dates).
    pub value: DatedValue,
    /// The days a period covers (`last week`), when resolved.
    pub range: Option<DateRange>,
    pub resolution: Resolution,
    /// 0..1: how sure the reading and the resolution are.
    pub confidence: f32,
    /// The parts the text states.
    pub stated: StatedDate,
    /// `early`, `mid`, `late` part of the month or year.
    pub part: Option<PartOfPeriod>,
    /// The clock time of a [`TemporalKind::Time`] mention.
    pub time: Option<TimeOfDay>,
    /// The length of a duration, or the period of a set (`weekly`).
    pub amount: Option<TimeAmount>,
    /// Why the confidence is low, when it is (`weekday does not match the date`).
    pub note: Option<String>,
}

impl TemporalMention {
    /// The model record for this mention in document `doc_id` (whose body the offsets index).
    pub fn to_date_mention(&self, doc_id: &DocId) -> DateMention {
        DateMention {
            mention: Mention {
                doc_id: doc_id.clone(),
                start: self.start,
                end: self.end,
                text: self.text.clone(),
            },
            value: self.value,
            resolution: self.resolution.as_str().to_string(),
            confidence: self.confidence,
        }
    }

    /// The precision of the resolved value.
    pub fn precision(&self) -> DatePrecision {
        self.value.precision
    }
}

/// Temporal and numeric mentions of one text, from one scan.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Analysis {
    pub temporal: Vec<TemporalMention>,
    /// Money, percentages, quantities and clock times outside date expressions.
    pub numeric: Vec<NumericMention>,
}

/// Every date, time, duration and set expression in `text`, in text order; relative dates
/// resolved against `anchor`. See the crate documentation for the conventions.
pub fn find_temporal(text: &str, anchor: Option<PartialDate>) -> Vec<TemporalMention> {
    find_temporal_with(
        text,
        &TemporalOptions {
            anchor,
            numeric_order: NumericDateOrder::Unknown,
        },
    )
}

/// [`find_temporal`] with a numeric date order hint.
pub fn find_temporal_with(text: &str, options: &TemporalOptions) -> Vec<TemporalMention> {
    let toks = token::scan(text);
    temporal::scan_temporal(text, &toks, options).0
}

/// Money (`$1.2 billion`, `Rs 500 million`), percentages (`5%`, `5 percent`), quantities
/// (`12 cadets`, `three frigates`, `2,000 troops`) and clock times (`10:30 am`, `14:00 PKT`)
/// in `text`. Numbers inside date expressions (`July 18, 2025`, `in 2019`) are not reported.
pub fn find_numeric(text: &str) -> Vec<NumericMention> {
    analyse(text, &TemporalOptions::default()).numeric
}

/// Temporal and numeric mentions from a single scan of `text`.
pub fn analyse(text: &str, options: &TemporalOptions) -> Analysis {
    let toks = token::scan(text);
    let (temporal, covered) = temporal::scan_temporal(text, &toks, options);
    let numeric = numeric::scan_numeric(text, &toks, &covered);
    Analysis { temporal, numeric }
}
