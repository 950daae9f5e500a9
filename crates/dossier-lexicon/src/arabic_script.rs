//! Arabic-script words that carry meaning for the entities and events stages
//! (`data/arabic_script_titles.tsv`, `data/arabic_script_event_words.tsv`): the ranks, offices
//! and titles that stand before a person's name in Arabic and Urdu news, and the words that name
//! a meeting, visit, reception or signing. Rows come back as written; each reader folds letter
//! forms (the gazetteer's `name_key`) before it compares, so one spelling per word is enough.

use std::sync::LazyLock;

use crate::data_file::{data_file, field, rows, DataFile};
use crate::Lang;

const TITLES_FILE: DataFile = data_file!("arabic_script_titles.tsv");
const EVENT_WORDS_FILE: DataFile = data_file!("arabic_script_event_words.tsv");

/// What kind of word stands before a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TitleKind {
    /// A military or police rank (`اللواء`, `جنرل`).
    Rank,
    /// A post (`وزير الدفاع`, `آرمی چیف`, `السفير`).
    Office,
    /// A form of address or nobility (`الملك`, `الشيخ`).
    Title,
    /// A word that introduces a name but says nothing of rank or post: an honorific of address
    /// (`معالي`, `سمو`, `جناب`) or "his counterpart" (`نظيره`, `ہم منصب`).
    Cue,
}

/// One rank, office or title in Arabic script.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArabicScriptTitle {
    /// Arabic or Urdu.
    pub lang: Lang,
    /// The words of the phrase as written.
    pub words: Vec<&'static str>,
    /// The English form stored as the rank or role (`Defence Minister`).
    pub english: &'static str,
    /// Rank, office or title.
    pub kind: TitleKind,
}

/// Who the subject of an event word is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EventSubject {
    /// The subject does the act (`التقى`, met; `زار`, visited).
    Actor,
    /// The subject receives a visitor, who is the other participant (`استقبل`, received).
    Host,
}

/// Whether an event word is a verb or a noun.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EventWordForm {
    /// A finite verb: Arabic puts its subject after it (or before it).
    Verb,
    /// A noun: the participants stand around it in the order the language puts them.
    Noun,
}

/// One Arabic-script word (or phrase) that names an event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArabicScriptEventWord {
    /// Arabic or Urdu.
    pub lang: Lang,
    /// The words of the phrase as written.
    pub words: Vec<&'static str>,
    /// The CAMEO code of the event it names.
    pub cameo: &'static str,
    /// Verb or noun.
    pub form: EventWordForm,
    /// Whether its subject acts or hosts.
    pub subject: EventSubject,
    /// The PLOVER mode the word fixes (`phone` for a call), if any.
    pub mode: Option<&'static str>,
}

fn lang(file: &DataFile, line: usize, value: &str) -> Lang {
    field(file, line, value, "language", |v| {
        Lang::parse(v).filter(|l| *l != Lang::En)
    })
}

static TITLES: LazyLock<Vec<ArabicScriptTitle>> = LazyLock::new(|| {
    let file = &TITLES_FILE;
    let mut titles: Vec<ArabicScriptTitle> = rows(file, 4)
        .map(|(line, f)| ArabicScriptTitle {
            lang: lang(file, line, f[0]),
            words: f[1].split(' ').collect(),
            english: f[2],
            kind: field(file, line, f[3], "kind", |v| match v {
                "rank" => Some(TitleKind::Rank),
                "office" => Some(TitleKind::Office),
                "title" => Some(TitleKind::Title),
                "cue" => Some(TitleKind::Cue),
                _ => None,
            }),
        })
        .collect();
    // longest first, so that `الفريق أول` wins over `الفريق`
    titles.sort_by_key(|t| std::cmp::Reverse(t.words.len()));
    titles
});

static EVENT_WORDS: LazyLock<Vec<ArabicScriptEventWord>> = LazyLock::new(|| {
    let file = &EVENT_WORDS_FILE;
    let mut words: Vec<ArabicScriptEventWord> = rows(file, 6)
        .map(|(line, f)| ArabicScriptEventWord {
            lang: lang(file, line, f[0]),
            words: f[1].split(' ').collect(),
            cameo: {
                let v = f[2];
                field(file, line, v, "CAMEO code", |v| {
                    (v.len() >= 3 && v.bytes().all(|b| b.is_ascii_digit())).then_some(())
                });
                v
            },
            form: field(file, line, f[3], "form", |v| match v {
                "verb" => Some(EventWordForm::Verb),
                "noun" => Some(EventWordForm::Noun),
                _ => None,
            }),
            subject: field(file, line, f[4], "subject", |v| match v {
                "actor" => Some(EventSubject::Actor),
                "host" => Some(EventSubject::Host),
                _ => None,
            }),
            mode: (f[5] != "-").then_some(f[5]),
        })
        .collect();
    words.sort_by_key(|w| std::cmp::Reverse(w.words.len()));
    words
});

/// Ranks, offices and titles in Arabic and Urdu, phrases of more words first.
pub fn arabic_script_titles() -> &'static [ArabicScriptTitle] {
    &TITLES
}

/// Event words in Arabic and Urdu, phrases of more words first.
pub fn arabic_script_event_words() -> &'static [ArabicScriptEventWord] {
    &EVENT_WORDS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_load_longest_first() {
        let titles = arabic_script_titles();
        assert!(titles.len() > 50);
        let first_general = titles
            .iter()
            .position(|t| t.words == ["الفريق", "أول"])
            .expect("listed");
        let lieutenant_general = titles
            .iter()
            .position(|t| t.words == ["الفريق"])
            .expect("listed");
        assert!(first_general < lieutenant_general);
        assert!(titles
            .iter()
            .any(|t| t.lang == Lang::Ur && t.english == "Naval Chief"));
    }

    #[test]
    fn event_words_load_with_their_codes() {
        let received = arabic_script_event_words()
            .iter()
            .find(|w| w.words == ["استقبل"])
            .expect("listed");
        assert_eq!(received.cameo, "043");
        assert_eq!(received.subject, EventSubject::Host);
        assert_eq!(received.form, EventWordForm::Verb);
    }
}
