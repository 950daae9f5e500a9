//! Named lists of closed-class words (`data/function_words.tsv`: prepositions, determiners,
//! pronouns, forms of *be*, negations, modals ...) and stop lists (`data/stop_words.tsv`). Each [`WordList`] is the exact set of words
//! one reader matched before the lists moved here; two lists of one kind (the event coder's
//! determiners and the attribution finder's) stay apart rather than being merged.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::data_file::{data_file, malformed, rows, DataFile};

const FUNCTION_WORDS_FILE: DataFile = data_file!("function_words.tsv");
const STOP_WORDS_FILE: DataFile = data_file!("stop_words.tsv");

/// The data files holding named word lists, each row `list<TAB>word`.
const FILES: &[DataFile] = &[FUNCTION_WORDS_FILE, STOP_WORDS_FILE];

macro_rules! word_lists {
    ($($(#[$doc:meta])* $variant:ident = $name:literal,)*) => {
        /// A named word list; see the data files' header comments for what each holds.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum WordList {
            $($(#[$doc])* $variant,)*
        }

        impl WordList {
            /// Every named list, in declaration order.
            pub const ALL: &'static [WordList] = &[$(WordList::$variant,)*];

            /// The list's name as written in the data file's `list` column.
            pub fn name(self) -> &'static str {
                match self {
                    $(WordList::$variant => $name,)*
                }
            }

            fn parse(name: &str) -> Option<WordList> {
                match name {
                    $($name => Some(WordList::$variant),)*
                    _ => None,
                }
            }
        }
    };
}

word_lists! {
    /// Words after which a verb form is a noun ("the attack", "his visit"): the event coder's
    /// determiners, with possessive `'s`/`’s` and "recent", "further", "new".
    NounDeterminers = "noun-determiners",
    /// English prepositions: a candidate after one is not a subject.
    Prepositions = "prepositions",
    /// Forms of *be*: before a past participle they make a passive ("was attacked").
    BeForms = "be-forms",
    /// Personal pronouns that can be the subject of a reporting verb (`he`, `she`, `they`, `i`,
    /// `we`).
    SubjectPronouns = "subject-pronouns",
    /// Capitalised at the start of a sentence, but never a source (`this`, `it`, `which` ...).
    NonSpeakers = "non-speakers",
    /// Determiners and quantifiers that may open a subject noun phrase (the attribution
    /// finder's determiners).
    SubjectDeterminers = "subject-determiners",
    /// Words that may join the words of a name or noun phrase (`of`, `and`, `al`, `bin` ...).
    NameJoiners = "name-joiners",
    /// Words that may stand between a subject and its reporting verb (`also`, `had`,
    /// `reportedly` ...).
    BetweenSubjectAndVerb = "between-subject-and-verb",
    /// First-person pronouns and possessives.
    FirstPerson = "first-person",
    /// Second-person pronouns and possessives.
    SecondPerson = "second-person",
    /// Modal verbs (`should`, `must`, `cannot`, `need` ...).
    Modals = "modals",
    /// Intensifying and hedging adverbs (`very`, `clearly`, `perhaps` ...).
    Intensifiers = "intensifiers",
    /// Negation words (`not`, `never`, `nor` ...); words in *n't* are the caller's business.
    Negations = "negations",
    /// Comparative and superlative words (`more`, `least`, `worse` ...).
    Comparatives = "comparatives",
    /// Words never kept as a story's content terms (story clustering).
    StoryStopWords = "story-stop-words",
    /// Words after which a finite verb can stand (modals, auxiliaries, conjunctions, adverbs,
    /// `,` and `)` ...).
    BeforeFiniteVerb = "before-finite-verb",
    /// Words after a plural noun that show the word between them is its finite verb
    /// ("helicopters shelled the camp").
    AfterFiniteVerb = "after-finite-verb",
    /// Words ignored when comparing the context of two numeric claims.
    NumberClaimStopWords = "number-claim-stop-words",
    /// Count words that end the modifiers of a generic actor ("two Russian diplomats"); not
    /// the number words of [`crate::number_words`]: it has `dozens`, `hundreds`, `thousands`.
    GenericActorCounts = "generic-actor-counts",
    /// Capitalised (title-case) English words that are also place names, kept only with
    /// supporting context.
    PlaceAmbiguousWords = "place-ambiguous-words",
    /// Capitalised (title-case) words that start sentences or phrases and say nothing about a
    /// following name.
    PlaceContextFunctionWords = "place-context-function-words",
    /// Urdu, Arabic and Persian common words never read as place names on their own, as
    /// written (the gazetteer folds them).
    ArabicScriptStopWords = "arabic-script-stop-words",
    /// Urdu and Arabic words that end a person's name after a title: postpositions,
    /// prepositions, conjunctions, relative pronouns, auxiliaries and time words, as written
    /// (readers fold them).
    ArabicScriptNameEnders = "arabic-script-name-enders",
    /// Urdu and Arabic words between a rank or office and a name that the name does not need
    /// (`طيار` pilot, `الركن` staff, `المتقاعد` retired), as written.
    ArabicScriptRankModifiers = "arabic-script-rank-modifiers",
    /// Words inside Arabic and Urdu names that join a person to a father or family (`بن`,
    /// `آل`, `عبد`), as written; they do not count toward a name's length.
    ArabicScriptNameJoiners = "arabic-script-name-joiners",
    /// Words of [`WordList::ArabicScriptNameEnders`] that are also given names once folded
    /// (`على` "on" and `علي` "Ali"), as written.
    ArabicScriptEnderOrName = "arabic-script-ender-or-name",
    /// Arabic and Urdu words of attending (`حضر`, `بحضور`): an event noun right after one names
    /// the meeting others held, as written.
    ArabicScriptAttendance = "arabic-script-attendance",
}

static LISTS: LazyLock<HashMap<WordList, Vec<&'static str>>> = LazyLock::new(|| {
    let mut lists: HashMap<WordList, Vec<&'static str>> = HashMap::new();
    for file in FILES {
        for (line, fields) in rows(file, 2) {
            let list = WordList::parse(fields[0])
                .unwrap_or_else(|| malformed(file, line, &format!("unknown list {:?}", fields[0])));
            let word = fields[1];
            if word.trim() != word {
                malformed(file, line, &format!("word {word:?} has surrounding spaces"));
            }
            let words = lists.entry(list).or_default();
            if words.contains(&word) {
                malformed(
                    file,
                    line,
                    &format!("{word:?} is twice in list {}", list.name()),
                );
            }
            words.push(word);
        }
    }
    for list in WordList::ALL {
        if !lists.contains_key(list) {
            panic!("dossier-lexicon: word list {} has no words", list.name());
        }
    }
    lists
});

impl WordList {
    /// The list's words, as stored, in data-file order.
    pub fn words(self) -> &'static [&'static str] {
        LISTS.get(&self).map_or(&[], Vec::as_slice)
    }

    /// Is `word` in the list? The match is exact: callers fold case their own way first.
    pub fn contains(self, word: &str) -> bool {
        self.words().contains(&word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_loads_and_has_words() {
        for list in WordList::ALL {
            assert!(!list.words().is_empty(), "{} is empty", list.name());
            assert_eq!(WordList::parse(list.name()), Some(*list));
        }
    }

    #[test]
    fn lists_of_one_kind_stay_apart() {
        assert!(WordList::NounDeterminers.contains("’s"));
        assert!(!WordList::SubjectDeterminers.contains("’s"));
        assert!(WordList::SubjectDeterminers.contains("several"));
        assert!(!WordList::NounDeterminers.contains("several"));
        assert_eq!(WordList::NounDeterminers.words().len(), 24);
        assert_eq!(WordList::SubjectDeterminers.words().len(), 22);
    }

    #[test]
    fn closed_classes_hold_their_words_exactly() {
        assert!(WordList::Prepositions.contains("by"));
        assert!(WordList::Prepositions.contains("towards"));
        assert!(!WordList::Prepositions.contains("and"));
        assert!(!WordList::Prepositions.contains("By"), "lookups are exact");
        assert!(WordList::BeForms.contains("been") && !WordList::BeForms.contains("has"));
        assert_eq!(WordList::Prepositions.words().len(), 33);
        assert_eq!(WordList::BeForms.words().len(), 7);
        assert_eq!(
            WordList::SubjectPronouns.words(),
            ["he", "she", "they", "i", "we"]
        );
        assert!(WordList::Modals.contains("cannot") && WordList::Negations.contains("nor"));
        assert_eq!(WordList::BetweenSubjectAndVerb.words().len(), 19);
        assert_eq!(WordList::Intensifiers.words().len(), 37);
    }

    #[test]
    fn stop_lists_keep_their_own_spelling_and_size() {
        assert_eq!(WordList::StoryStopWords.words().len(), 113);
        assert_eq!(WordList::BeforeFiniteVerb.words().len(), 74);
        assert!(
            WordList::BeforeFiniteVerb.contains(",") && WordList::BeforeFiniteVerb.contains("n't")
        );
        assert_eq!(WordList::AfterFiniteVerb.words().len(), 30);
        assert_eq!(WordList::NumberClaimStopWords.words().len(), 25);
        assert_eq!(WordList::PlaceAmbiguousWords.words().len(), 209);
        assert!(WordList::PlaceAmbiguousWords.contains("Ajax"));
        assert!(!WordList::PlaceAmbiguousWords.contains("ajax"));
        assert_eq!(WordList::PlaceContextFunctionWords.words().len(), 54);
        assert!(WordList::PlaceContextFunctionWords.contains("The"));
        assert_eq!(WordList::ArabicScriptStopWords.words().len(), 52);
        assert!(WordList::ArabicScriptStopWords.contains("في"));
    }

    #[test]
    fn generic_actor_counts_differ_from_the_number_words() {
        let counts = WordList::GenericActorCounts.words();
        assert_eq!(counts.len(), 18);
        assert!(counts.contains(&"dozens") && crate::number_word("dozens").is_none());
        assert!(!counts.contains(&"eleven") && crate::number_word("eleven").is_some());
    }
}
