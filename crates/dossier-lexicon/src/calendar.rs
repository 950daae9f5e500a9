//! Month and weekday names in English, Urdu and Arabic (`data/months.tsv`,
//! `data/weekdays.tsv`, `data/levantine_month_stems.tsv`).

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::data_file::{data_file, field, malformed, rows, DataFile};
use crate::Lang;

/// How freely a month name may be read as a month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MonthForm {
    /// A full name that is rarely anything else (`july`, `جولائی`).
    Full,
    /// An abbreviation or a word with another common meaning (`jul`, `آب`): a month only next
    /// to a day or year number.
    NeedsNumber,
    /// `march` and `may`: also a verb and a modal.
    Ambiguous,
}

/// Which calendar naming a month name belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MonthSeries {
    /// The English and Urdu names of the Latin months.
    Gregorian,
    /// The Egyptian and Gulf Arabic names (يناير, فبراير ...).
    Egyptian,
    /// The Syriac names used in Syria, Lebanon, Jordan and Iraq (شباط, آذار ...).
    Levantine,
    /// The French-derived names of the Maghreb (جانفي, فيفري ...).
    Maghreb,
}

/// One spelling of a month name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MonthName {
    /// The spelling, as written in the data file (English in lower case).
    pub word: &'static str,
    /// 1 = January .. 12 = December.
    pub number: u8,
    /// The language of the spelling.
    pub lang: Lang,
    /// The naming series.
    pub series: MonthSeries,
    /// How freely it may be read as a month.
    pub form: MonthForm,
}

/// What kind of weekday spelling a word is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WeekdayForm {
    /// The name itself (`monday`, `منگل`, `الخميس`).
    Full,
    /// The usual three-letter English abbreviation (`mon`, `tue`).
    Abbreviation,
    /// A longer English abbreviation (`tues`, `thur`, `thurs`).
    VariantAbbreviation,
    /// A name that is also a common word (Urdu پیر "saint", ہفتہ "week").
    Homograph,
}

/// One spelling of a weekday name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WeekdayName {
    /// The spelling, as written in the data file (English in lower case).
    pub word: &'static str,
    /// 0 = Monday .. 6 = Sunday.
    pub day: u8,
    /// The language of the spelling.
    pub lang: Lang,
    /// What kind of spelling it is.
    pub form: WeekdayForm,
}

/// One two-word Levantine month name: stem (كانون, تشرين) and order word (الأول, الثاني).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LevantineMonthStem {
    /// The stem: كانون or تشرين.
    pub stem: &'static str,
    /// The order word after it, as spelled (الأول, الاول, الثاني).
    pub order_word: &'static str,
    /// 1 for "the first", 2 for "the second".
    pub order: u8,
    /// The month the pair names.
    pub month: u8,
}

const MONTHS_FILE: DataFile = data_file!("months.tsv");
const WEEKDAYS_FILE: DataFile = data_file!("weekdays.tsv");
const STEMS_FILE: DataFile = data_file!("levantine_month_stems.tsv");

fn number_in(file: &DataFile, line: usize, value: &str, range: std::ops::RangeInclusive<u8>) -> u8 {
    field(file, line, value, "number", |v| {
        v.parse().ok().filter(|n| range.contains(n))
    })
}

static MONTHS: LazyLock<Vec<MonthName>> = LazyLock::new(|| {
    let file = &MONTHS_FILE;
    rows(file, 5)
        .map(|(line, f)| MonthName {
            word: f[0],
            number: number_in(file, line, f[1], 1..=12),
            lang: field(file, line, f[2], "language", Lang::parse),
            series: field(file, line, f[3], "series", |s| match s {
                "gregorian" => Some(MonthSeries::Gregorian),
                "egyptian" => Some(MonthSeries::Egyptian),
                "levantine" => Some(MonthSeries::Levantine),
                "maghreb" => Some(MonthSeries::Maghreb),
                _ => None,
            }),
            form: field(file, line, f[4], "form", |s| match s {
                "full" => Some(MonthForm::Full),
                "needs-number" => Some(MonthForm::NeedsNumber),
                "ambiguous" => Some(MonthForm::Ambiguous),
                _ => None,
            }),
        })
        .collect()
});

static WEEKDAYS: LazyLock<Vec<WeekdayName>> = LazyLock::new(|| {
    let file = &WEEKDAYS_FILE;
    rows(file, 4)
        .map(|(line, f)| WeekdayName {
            word: f[0],
            day: number_in(file, line, f[1], 0..=6),
            lang: field(file, line, f[2], "language", Lang::parse),
            form: field(file, line, f[3], "form", |s| match s {
                "full" => Some(WeekdayForm::Full),
                "abbreviation" => Some(WeekdayForm::Abbreviation),
                "variant-abbreviation" => Some(WeekdayForm::VariantAbbreviation),
                "homograph" => Some(WeekdayForm::Homograph),
                _ => None,
            }),
        })
        .collect()
});

static STEMS: LazyLock<Vec<LevantineMonthStem>> = LazyLock::new(|| {
    let file = &STEMS_FILE;
    rows(file, 4)
        .map(|(line, f)| LevantineMonthStem {
            stem: f[0],
            order_word: f[1],
            order: number_in(file, line, f[2], 1..=2),
            month: number_in(file, line, f[3], 1..=12),
        })
        .collect()
});

/// Indexes `items` by word; a word listed twice is a mistake in the data file.
fn index<T>(
    file: &DataFile,
    items: &'static [T],
    word: impl Fn(&T) -> &'static str,
) -> HashMap<&'static str, &'static T> {
    let mut map = HashMap::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        if map.insert(word(item), item).is_some() {
            malformed(
                file,
                0,
                &format!("word {:?} (row {}) listed twice", word(item), i + 1),
            );
        }
    }
    map
}

static MONTH_INDEX: LazyLock<HashMap<&'static str, &'static MonthName>> =
    LazyLock::new(|| index(&MONTHS_FILE, &MONTHS, |m| m.word));

static WEEKDAY_INDEX: LazyLock<HashMap<&'static str, &'static WeekdayName>> =
    LazyLock::new(|| index(&WEEKDAYS_FILE, &WEEKDAYS, |d| d.word));

/// Every month spelling, in data-file order.
pub fn month_names() -> &'static [MonthName] {
    &MONTHS
}

/// The month name spelled exactly `word` (English in lower case), if any.
pub fn month(word: &str) -> Option<&'static MonthName> {
    MONTH_INDEX.get(word).copied()
}

/// Every weekday spelling, in data-file order.
pub fn weekday_names() -> &'static [WeekdayName] {
    &WEEKDAYS
}

/// The weekday name spelled exactly `word` (English in lower case), if any.
pub fn weekday(word: &str) -> Option<&'static WeekdayName> {
    WEEKDAY_INDEX.get(word).copied()
}

/// Every two-word Levantine month name (stem and order word), in data-file order.
pub fn levantine_month_stems() -> &'static [LevantineMonthStem] {
    &STEMS
}

/// The month named by the Levantine stem `stem` followed by the order word of `order`
/// (1 = الأول, 2 = الثاني): `("كانون", 2)` is January.
pub fn levantine_month(stem: &str, order: u8) -> Option<u8> {
    STEMS
        .iter()
        .find(|s| s.stem == stem && s.order == order)
        .map(|s| s.month)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_calendar_file_loads() {
        assert_eq!(month_names().len(), MONTH_INDEX.len());
        assert_eq!(weekday_names().len(), WEEKDAY_INDEX.len());
        assert_eq!(levantine_month_stems().len(), 6);
    }

    #[test]
    fn months_in_three_languages() {
        let july = month("july").map(|m| (m.number, m.lang, m.form));
        assert_eq!(july, Some((7, Lang::En, MonthForm::Full)));
        assert_eq!(month("may").map(|m| m.form), Some(MonthForm::Ambiguous));
        assert_eq!(month("sept").map(|m| m.form), Some(MonthForm::NeedsNumber));
        assert_eq!(month("July"), None, "lookups are exact");
        let urdu = month("جولائی").map(|m| (m.number, m.lang));
        assert_eq!(urdu, Some((7, Lang::Ur)));
        let levantine = month("تموز").map(|m| (m.number, m.series));
        assert_eq!(levantine, Some((7, MonthSeries::Levantine)));
        let maghreb = month("جويلية").map(|m| (m.number, m.series));
        assert_eq!(maghreb, Some((7, MonthSeries::Maghreb)));
        assert_eq!(
            month("يوليو").map(|m| m.series),
            Some(MonthSeries::Egyptian)
        );
        for n in 1..=12 {
            assert!(month_names()
                .iter()
                .any(|m| m.number == n && m.lang == Lang::En && m.form != MonthForm::NeedsNumber));
        }
    }

    #[test]
    fn levantine_two_word_names() {
        assert_eq!(levantine_month("كانون", 2), Some(1));
        assert_eq!(levantine_month("كانون", 1), Some(12));
        assert_eq!(levantine_month("تشرين", 1), Some(10));
        assert_eq!(levantine_month("تشرين", 2), Some(11));
        assert_eq!(levantine_month("تموز", 1), None);
    }

    #[test]
    fn weekdays_in_three_languages() {
        let monday = weekday("monday").map(|d| (d.day, d.form));
        assert_eq!(monday, Some((0, WeekdayForm::Full)));
        assert_eq!(
            weekday("thurs").map(|d| d.form),
            Some(WeekdayForm::VariantAbbreviation)
        );
        assert_eq!(
            weekday("sun").map(|d| d.form),
            Some(WeekdayForm::Abbreviation)
        );
        assert_eq!(
            weekday("ہفتہ").map(|d| d.form),
            Some(WeekdayForm::Homograph)
        );
        assert_eq!(
            weekday("الخميس").map(|d| (d.day, d.lang)),
            Some((3, Lang::Ar))
        );
        let english_full = weekday_names()
            .iter()
            .filter(|d| d.lang == Lang::En && d.form == WeekdayForm::Full)
            .count();
        assert_eq!(english_full, 7);
    }
}
