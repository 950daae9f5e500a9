#![warn(missing_docs)]
//! The word lists dossier's stages share, kept as data files apart from the code that reads
//! them (as lingua-rs keeps its language models apart from its detector).
//!
//! Each list lives in a plain text file under `data/` (TSV or one word a line, `#` starts a
//! comment line), is embedded with `include_str!` and parsed once, on first use, into a table
//! behind a [`std::sync::LazyLock`]. The lookups are typed: a month name comes back with its
//! number, language, series and form, so that each caller can ask for exactly the words it
//! matched before the lists moved here; closed-class words and stop lists are named
//! [`WordList`]s, one per reader where two readers' lists of one kind differ. Words are stored
//! as written (English in lower case unless a list says otherwise); lookups match them exactly, and each caller folds case (or Arabic-script letters) its own
//! way before asking.
//!
//! A malformed data file panics at first use with a message naming the file and line; the
//! unit tests load every file, so such a mistake fails CI.

mod arabic_script;
mod calendar;
mod data_file;
mod names;
mod numbers;
mod word_lists;

pub use word_lists::WordList;

pub use arabic_script::{
    arabic_script_event_words, arabic_script_titles, ArabicScriptEventWord, ArabicScriptTitle,
    EventSubject, EventWordForm, TitleKind,
};

pub use numbers::{number_word, number_words, NumberWord, NumberWordKind};

pub use names::{honorifics, is_honorific, is_name_particle, name_particles};

pub use calendar::{
    levantine_month, levantine_month_stems, month, month_names, weekday, weekday_names,
    LevantineMonthStem, MonthForm, MonthName, MonthSeries, WeekdayForm, WeekdayName,
};

/// The lower-case form of an ASCII title-case word (`Monday` to `monday`), for callers whose
/// lists held title-case English words: `None` unless the first letter is an ASCII capital
/// and no other letter is.
pub fn lower_if_title_case(word: &str) -> Option<String> {
    let bytes = word.as_bytes();
    let title_case = bytes.first().is_some_and(u8::is_ascii_uppercase)
        && !bytes[1..].iter().any(u8::is_ascii_uppercase);
    title_case.then(|| word.to_ascii_lowercase())
}

/// Is `word` (lower case) the full English name of a weekday (`monday` .. `sunday`)?
pub fn is_english_weekday_name(word: &str) -> bool {
    weekday(word).is_some_and(|d| d.lang == Lang::En && d.form == WeekdayForm::Full)
}

/// The language a word belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English.
    En,
    /// Urdu.
    Ur,
    /// Arabic.
    Ar,
}

impl Lang {
    fn parse(code: &str) -> Option<Lang> {
        match code {
            "en" => Some(Lang::En),
            "ur" => Some(Lang::Ur),
            "ar" => Some(Lang::Ar),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_case_words_fold() {
        assert_eq!(lower_if_title_case("Monday").as_deref(), Some("monday"));
        assert_eq!(lower_if_title_case("MONDAY"), None);
        assert_eq!(lower_if_title_case("monday"), None);
        assert_eq!(lower_if_title_case(""), None);
    }

    #[test]
    fn english_weekday_names_are_the_seven_full_names() {
        assert!(is_english_weekday_name("sunday"));
        assert!(!is_english_weekday_name("sun"));
        assert!(!is_english_weekday_name("Sunday"));
        assert!(!is_english_weekday_name("الخميس"));
    }
}
