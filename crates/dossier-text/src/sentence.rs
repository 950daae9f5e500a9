//! Sentence segmentation.
//!
//! A rule-based splitter: a sentence ends after terminal punctuation (and any closing quotes or
//! brackets that follow it) when what comes next starts a sentence. Full stops after known
//! abbreviations (ranks, titles, months before a day number, `No.` before a number, dotted
//! acronyms, initials, `a.m.`/`p.m.`) do not end a sentence unless the next word shows that one
//! begins. Scripts without letter case (Arabic, Devanagari, CJK) end sentences on their own
//! terminators (`۔` `؟` `।` `。` `！` `？`) unconditionally.

use dossier_model::Span;

use crate::language::is_non_linguistic_token;
use crate::paragraph::trimmed_span;
use crate::script::Script;

/// Sentences of one paragraph: spans into `text`, trimmed of surrounding white space, in order,
/// together covering every non-space character of `text`.
pub fn sentence_spans(text: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut start = 0;
    for end in sentence_ends(text).into_iter().chain([text.len()]) {
        if let Some(span) = trimmed_span(text, start, end) {
            spans.push(span);
        }
        start = end;
    }
    spans
}

/// Terminators that end a sentence whatever follows.
fn is_hard_terminator(c: char) -> bool {
    matches!(c, '۔' | '؟' | '।' | '॥' | '。' | '！' | '？' | '｡' | '؏')
}

/// Terminators of cased scripts, judged by what follows.
fn is_soft_terminator(c: char) -> bool {
    matches!(c, '.' | '?' | '!' | '…' | '‼' | '⁇' | '⁈' | '⁉')
}

fn is_terminator(c: char) -> bool {
    is_soft_terminator(c) || is_hard_terminator(c)
}

/// Closing quotes and brackets that stay with the sentence they close.
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '”'
            | '’'
            | '»'
            | '›'
            | ')'
            | ']'
            | '}'
            | '」'
            | '』'
            | '）'
            | '】'
            | '〕'
            | '》'
            | '〉'
    )
}

/// Opening quotes and brackets that may precede the first word of a sentence.
fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '“'
            | '‘'
            | '„'
            | '«'
            | '‹'
            | '('
            | '['
            | '{'
            | '¿'
            | '¡'
            | '「'
            | '『'
            | '（'
    )
}

fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{85}')
}

/// What kind of full-stop-ended word precedes a full stop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Abbreviation {
    /// Rank or title before a name (`Gen.`, `Dr.`, `St.`): never ends a sentence.
    Title,
    /// Never ends a sentence (`e.g.`, `i.e.`, `vs.`).
    Inner,
    /// Before a number it does not end a sentence (`No. 3`, `Jul. 18`, `Rs. 500`, `p. 4`).
    BeforeNumber,
    /// Often inside a sentence (`U.S.`, `J.`, `Corp.`): ends one only before a word that
    /// typically starts a sentence.
    Weak,
    /// `a.m.`/`p.m.`: ends a sentence before a capitalised word that is not a day, month or zone.
    Time,
    /// A number of one to three digits: a list marker at the start of a sentence or a German
    /// ordinal date (`18. Juli`).
    SmallNumber,
    /// Any other word.
    None,
}

const TITLES: &[&str] = &[
    "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Lt", "Gen", "Col", "Adm", "Maj", "Brig", "Capt", "Cpt",
    "Sgt", "Cpl", "Pvt", "Cmdr", "Cdr", "Cmdt", "Lieut", "Gov", "Sen", "Rep", "Rev", "Hon", "Pres",
    "Supt", "Insp", "Amb", "St", "Ste", "Mt", "Ft", "Messrs", "Mme", "Mlle", "Mgr", "Fr", "Sr",
    "Sra", "Dra",
];
const INNER: &[&str] = &["e.g", "i.e", "viz", "cf", "vs", "Vs", "approx", "ca"];
const BEFORE_NUMBER: &[&str] = &[
    "No", "Nos", "no", "Vol", "vol", "Vols", "Art", "art", "Fig", "fig", "Sec", "Ch", "Para",
    "para", "p", "pp", "Rs", "Tel", "Ref", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
    "Sept", "Oct", "Nov", "Dec",
];
const WEAK: &[&str] = &["Inc", "Ltd", "Co", "Corp", "Bros", "Jr", "Esq", "Plc"];
/// Words that commonly start an English sentence; after a weak abbreviation they show that a new
/// sentence has begun.
const SENTENCE_STARTERS: &[&str] = &[
    "The",
    "A",
    "An",
    "This",
    "That",
    "These",
    "Those",
    "It",
    "Its",
    "He",
    "She",
    "His",
    "Her",
    "They",
    "Their",
    "We",
    "Our",
    "I",
    "You",
    "In",
    "On",
    "At",
    "But",
    "And",
    "Or",
    "However",
    "Meanwhile",
    "Earlier",
    "Later",
    "Also",
    "After",
    "Before",
    "When",
    "While",
    "As",
    "If",
    "There",
    "Here",
    "Some",
    "Many",
    "Both",
    "According",
    "Since",
    "Still",
    "Yet",
    "So",
    "Then",
    "Now",
    "Such",
    "Most",
    "What",
    "Why",
    "How",
    "Who",
    "Officials",
    "Last",
    "Its",
];
/// Words that continue a time of day besides the title-case English day and month names
/// ([`is_title_case_day_or_month`]): time zones.
const TIME_FOLLOWERS: &[&str] = &[
    "GMT", "UTC", "IST", "PKT", "PST", "PDT", "EST", "EDT", "CST", "CDT", "CET", "CEST", "EET",
    "EEST", "BST", "MSK", "ET", "PT", "CT", "MT", "Local", "Eastern", "Pacific", "Central",
    "Mountain",
];
/// Is `word` an English weekday name or its three-letter abbreviation, or an English month
/// name or abbreviation, written in title case (`Monday`, `Sun`, `Sept`, `May`)?
fn is_title_case_day_or_month(word: &str) -> bool {
    if word.len() > 9 {
        return false;
    }
    let Some(lower) = dossier_lexicon::lower_if_title_case(word) else {
        return false;
    };
    let english = dossier_lexicon::Lang::En;
    let weekday = dossier_lexicon::weekday(&lower).is_some_and(|d| {
        d.lang == english
            && matches!(
                d.form,
                dossier_lexicon::WeekdayForm::Full | dossier_lexicon::WeekdayForm::Abbreviation
            )
    });
    weekday || dossier_lexicon::month(&lower).is_some_and(|m| m.lang == english)
}

const GERMAN_MONTHS: &[&str] = &[
    "Januar",
    "Jänner",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
];

fn classify_abbreviation(word: &str) -> Abbreviation {
    let core = word
        .trim_start_matches(is_opener)
        .trim_end_matches(|c: char| is_closer(c) || c == '.');
    if core.is_empty() {
        return Abbreviation::None;
    }
    if core == "a.m" || core == "p.m" {
        return Abbreviation::Time;
    }
    if INNER.contains(&core) {
        return Abbreviation::Inner;
    }
    if core.chars().all(|c| c.is_ascii_digit()) {
        return if core.len() <= 3 {
            Abbreviation::SmallNumber
        } else {
            Abbreviation::None
        };
    }
    if core.contains('.') {
        // Dotted acronym (U.S, U.N, T.V) or rank written without spaces (Lt.Gen).
        let segments_short = core
            .split('.')
            .all(|s| (1..=2).contains(&s.chars().count()) && s.chars().all(char::is_alphabetic));
        if segments_short {
            return Abbreviation::Weak;
        }
        let last = core.rsplit('.').next().unwrap_or(core);
        if TITLES.contains(&last) {
            return Abbreviation::Title;
        }
        return Abbreviation::None;
    }
    if TITLES.contains(&core) {
        return Abbreviation::Title;
    }
    if BEFORE_NUMBER.contains(&core) {
        return Abbreviation::BeforeNumber;
    }
    if WEAK.contains(&core) {
        return Abbreviation::Weak;
    }
    let mut chars = core.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_uppercase() {
            return Abbreviation::Weak; // an initial
        }
    }
    Abbreviation::None
}

/// How the token after a candidate boundary begins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Start {
    Upper,
    Lower,
    Digit,
    /// A letter of a script without case (Arabic, Devanagari, CJK, ...).
    Uncased,
    /// A URL, handle or hashtag.
    NonLinguistic,
    /// Punctuation or a symbol (dash, bullet).
    Other,
}

fn classify_start(token: &str) -> Start {
    if is_non_linguistic_token(token) {
        return Start::NonLinguistic;
    }
    match token.trim_start_matches(is_opener).chars().next() {
        Some(c) if c.is_uppercase() => Start::Upper,
        Some(c) if c.is_lowercase() => Start::Lower,
        Some(c) if c.is_numeric() => Start::Digit,
        Some(c) if c.is_alphabetic() && !Script::of(c).is_cased() => Start::Uncased,
        Some(c) if c.is_alphabetic() => Start::Upper,
        _ => Start::Other,
    }
}

/// The word of `token` with openers and trailing punctuation removed.
fn bare_word(token: &str) -> &str {
    token
        .trim_start_matches(is_opener)
        .trim_end_matches(|c: char| !c.is_alphanumeric())
}

/// Whether a full stop after `previous` (the token it ends) followed by `next` ends a sentence.
fn full_stop_ends_sentence(
    previous: &str,
    sentence_so_far: &str,
    next: &str,
    line_break: bool,
) -> bool {
    let abbreviation = classify_abbreviation(previous);
    if abbreviation == Abbreviation::Title {
        return false;
    }
    if line_break {
        return true;
    }
    let start = classify_start(next);
    let next_word = bare_word(next);
    let default = !matches!(start, Start::Lower);
    match abbreviation {
        Abbreviation::Title | Abbreviation::Inner => false,
        Abbreviation::BeforeNumber => start != Start::Digit && default,
        Abbreviation::Weak => {
            matches!(start, Start::Uncased | Start::NonLinguistic)
                || (start == Start::Upper && SENTENCE_STARTERS.contains(&next_word))
        }
        Abbreviation::Time => match start {
            Start::Upper => {
                !TIME_FOLLOWERS.contains(&next_word) && !is_title_case_day_or_month(next_word)
            }
            Start::Uncased | Start::NonLinguistic => true,
            _ => false,
        },
        Abbreviation::SmallNumber => {
            let list_marker = !sentence_so_far.contains(char::is_whitespace);
            let german_date = GERMAN_MONTHS.contains(&next_word);
            !list_marker && !german_date && default
        }
        Abbreviation::None => default,
    }
}

/// Byte offsets at which sentences end (exclusive), in increasing order, excluding the end of
/// the text.
fn sentence_ends(text: &str) -> Vec<usize> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let offset = |i: usize| chars.get(i).map_or(text.len(), |&(o, _)| o);
    let mut ends = Vec::new();
    let mut sentence_start = 0;
    let mut i = 0;
    while i < chars.len() {
        if !is_terminator(chars[i].1) {
            i += 1;
            continue;
        }
        let run_start = i;
        while i < chars.len() && is_terminator(chars[i].1) {
            i += 1;
        }
        let run = &chars[run_start..i];
        while i < chars.len() && is_closer(chars[i].1) {
            i += 1;
        }
        let end = offset(i);
        if i == chars.len() {
            break;
        }
        let hard = run.iter().any(|&(_, c)| is_hard_terminator(c));
        if hard {
            ends.push(end);
            sentence_start = end;
            continue;
        }
        if !chars[i].1.is_whitespace() {
            continue;
        }
        let mut next_start = i;
        let mut line_break = false;
        while next_start < chars.len() && chars[next_start].1.is_whitespace() {
            line_break |= is_line_break(chars[next_start].1);
            next_start += 1;
        }
        if next_start == chars.len() {
            break;
        }
        let next_from = offset(next_start);
        let next_to = text[next_from..]
            .find(char::is_whitespace)
            .map_or(text.len(), |n| next_from + n);
        let next = &text[next_from..next_to];
        let run_from = offset(run_start);
        let previous_from = text[sentence_start..run_from]
            .rfind(char::is_whitespace)
            .map_or(sentence_start, |n| {
                let ws = text[sentence_start + n..]
                    .chars()
                    .next()
                    .map_or(1, char::len_utf8);
                sentence_start + n + ws
            });
        let previous = &text[previous_from..run_from];
        let ellipsis = run.iter().any(|&(_, c)| c == '…')
            || run.iter().filter(|&&(_, c)| c == '.').count() >= 2;
        let question = run.iter().any(|&(_, c)| c != '.' && c != '…');
        let ends_here = if question {
            line_break || classify_start(next) != Start::Lower
        } else if ellipsis {
            line_break || matches!(classify_start(next), Start::Upper | Start::NonLinguistic)
        } else {
            let so_far = text[sentence_start..run_from].trim_start();
            full_stop_ends_sentence(previous, so_far, next, line_break)
        };
        if ends_here {
            ends.push(end);
            sentence_start = end;
        }
    }
    ends
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_case_days_and_months_continue_a_time() {
        for w in ["Monday", "Sun", "Sept", "May", "March", "December"] {
            assert!(is_title_case_day_or_month(w), "{w}");
        }
        for w in ["monday", "MONDAY", "Tues", "Thurs", "Mayday", "", "GMT"] {
            assert!(!is_title_case_day_or_month(w), "{w}");
        }
    }

    fn split(text: &str) -> Vec<&str> {
        let spans = sentence_spans(text);
        assert_covers(text, &spans);
        spans.iter().map(|s| s.text(text).unwrap()).collect()
    }

    /// Spans are trimmed, ordered, disjoint and cover every non-space character.
    fn assert_covers(text: &str, spans: &[Span]) {
        let mut last_end = 0;
        for span in spans {
            let t = span.text(text).expect("span on char boundaries");
            assert!(!t.is_empty());
            assert_eq!(t, t.trim(), "span not trimmed: {t:?}");
            assert!(span.start >= last_end);
            assert!(
                text[last_end..span.start].trim().is_empty(),
                "gap holds text"
            );
            last_end = span.end;
        }
        assert!(text[last_end..].trim().is_empty(), "tail holds text");
    }

    #[test]
    fn plain_sentences() {
        assert_eq!(
            split("The envoy arrived. He met the steward. Talks began!"),
            ["The envoy arrived.", "He met the steward.", "Talks began!"]
        );
        assert!(split("   ").is_empty());
        assert_eq!(split("  No final stop  "), ["No final stop"]);
    }

    #[test]
    fn military_ranks_and_titles() {
        assert_eq!(
            split("Lt. Gen. Aragorn met Col. Hurin and Adm. Imrahil. Maj. Beregond, Brig. Hirgon and Capt. Faramir attended. Sgt. Bergil stood by."),
            [
                "Lt. Gen. Aragorn met Col. Hurin and Adm. Imrahil.",
                "Maj. Beregond, Brig. Hirgon and Capt. Faramir attended.",
                "Sgt. Bergil stood by."
            ]
        );
        assert_eq!(
            split("Dr. Ioreth and Mr. Butterbur met Mrs. Took at St. Minas. They spoke."),
            [
                "Dr. Ioreth and Mr. Butterbur met Mrs. Took at St. Minas.",
                "They spoke."
            ]
        );
    }

    #[test]
    fn months_before_day_numbers() {
        assert_eq!(
            split("The talks opened on Jul. 18 in Annuminas. They closed on Dec. 3, 2025."),
            [
                "The talks opened on Jul. 18 in Annuminas.",
                "They closed on Dec. 3, 2025."
            ]
        );
        assert_eq!(
            split("Talks held Jan. 5 and Feb. 9 went well."),
            ["Talks held Jan. 5 and Feb. 9 went well."]
        );
    }

    #[test]
    fn dotted_acronyms() {
        assert_eq!(
            split("The U.S. Navy and the U.K. envoy met U.N. officials. The talks were closed."),
            [
                "The U.S. Navy and the U.K. envoy met U.N. officials.",
                "The talks were closed."
            ]
        );
        assert_eq!(
            split("Gondor sought help from the U.S. The reply came fast."),
            ["Gondor sought help from the U.S.", "The reply came fast."]
        );
    }

    #[test]
    fn numbers() {
        assert_eq!(
            split("Brigade No. 3 moved 3.5 km north. It rested."),
            ["Brigade No. 3 moved 3.5 km north.", "It rested."]
        );
        assert_eq!(
            split("Prices rose in 2025. Traders fled."),
            ["Prices rose in 2025.", "Traders fled."]
        );
        assert_eq!(
            split("The fee was Rs. 500 per day."),
            ["The fee was Rs. 500 per day."]
        );
        assert_eq!(split("1. The first point."), ["1. The first point."]);
        assert_eq!(
            split("Das Treffen fand am 18. Juli statt."),
            ["Das Treffen fand am 18. Juli statt."]
        );
    }

    #[test]
    fn times_of_day() {
        assert_eq!(
            split("The council met at 5 p.m. The minister spoke first."),
            ["The council met at 5 p.m.", "The minister spoke first."]
        );
        assert_eq!(
            split("The ship sailed at 9 a.m. Friday and docked at 6 p.m. local time."),
            ["The ship sailed at 9 a.m. Friday and docked at 6 p.m. local time."]
        );
        assert_eq!(
            split("Shelling began at 4 a.m. GMT on the border."),
            ["Shelling began at 4 a.m. GMT on the border."]
        );
    }

    #[test]
    fn initials() {
        assert_eq!(
            split("The book by J. R. R. Tolkien sold well. Readers queued."),
            ["The book by J. R. R. Tolkien sold well.", "Readers queued."]
        );
    }

    #[test]
    fn ellipsis() {
        assert_eq!(
            split("He paused… then went on. The crowd waited... Nobody spoke."),
            [
                "He paused… then went on.",
                "The crowd waited...",
                "Nobody spoke."
            ]
        );
    }

    #[test]
    fn quotes_and_brackets_after_the_stop() {
        assert_eq!(
            split("He said, \"We will hold the ford.\" The riders left."),
            ["He said, \"We will hold the ford.\"", "The riders left."]
        );
        assert_eq!(
            split("The ford was held (the second time.) Then night fell."),
            ["The ford was held (the second time.)", "Then night fell."]
        );
        assert_eq!(
            split("She called it ‘a victory.’ Others disagreed."),
            ["She called it ‘a victory.’", "Others disagreed."]
        );
        assert_eq!(
            split("“Will they come?” he asked. “Yes!” She nodded."),
            ["“Will they come?” he asked.", "“Yes!”", "She nodded."]
        );
    }

    #[test]
    fn question_and_exclamation() {
        assert_eq!(
            split("Will Rohan answer? Nobody knows! The beacons are lit?! Yes."),
            [
                "Will Rohan answer?",
                "Nobody knows!",
                "The beacons are lit?!",
                "Yes."
            ]
        );
    }

    #[test]
    fn urdu_and_arabic_terminators() {
        assert_eq!(
            split("وزیر اعظم نے ملاقات کی۔ اجلاس ختم ہو گیا۔"),
            ["وزیر اعظم نے ملاقات کی۔", "اجلاس ختم ہو گیا۔"]
        );
        assert_eq!(
            split("هل سيحضر الوزير؟ نعم، سيحضر غدا، قال المتحدث."),
            ["هل سيحضر الوزير؟", "نعم، سيحضر غدا، قال المتحدث."]
        );
        assert_eq!(
            split("التقى الوزير القادة. وناقش الأمن."),
            ["التقى الوزير القادة.", "وناقش الأمن."]
        );
    }

    #[test]
    fn cjk_and_devanagari_terminators() {
        assert_eq!(
            split("国防部长会见了同行。会谈很顺利！你来吗？"),
            ["国防部长会见了同行。", "会谈很顺利！", "你来吗？"]
        );
        assert_eq!(
            split("प्रधानमंत्री ने मुलाकात की। बैठक समाप्त हुई।"),
            ["प्रधानमंत्री ने मुलाकात की।", "बैठक समाप्त हुई।"]
        );
    }

    #[test]
    fn line_breaks() {
        assert_eq!(
            split("The envoy spoke of peace\nand of trade.\nThe steward listened."),
            [
                "The envoy spoke of peace\nand of trade.",
                "The steward listened."
            ]
        );
        assert_eq!(
            split("Troops moved to the U.S.\nsupply depot the next day."),
            ["Troops moved to the U.S.", "supply depot the next day."]
        );
        assert_eq!(
            split("He met Gen.\nHurin at dawn."),
            ["He met Gen.\nHurin at dawn."]
        );
    }

    #[test]
    fn trailing_url_and_attribution() {
        assert_eq!(
            split("The fleet sailed at dawn. https://example.org/fleet"),
            ["The fleet sailed at dawn.", "https://example.org/fleet"]
        );
        assert_eq!(
            split("نیول چیف نے کہا کہ تعاون جاری رہے گا… pic.twitter.com/AbC123 — Gondor News (@GondorNews) July 18, 2025"),
            [
                "نیول چیف نے کہا کہ تعاون جاری رہے گا…",
                "pic.twitter.com/AbC123 — Gondor News (@GondorNews) July 18, 2025"
            ]
        );
    }

    #[test]
    fn abbreviation_then_lowercase_is_not_a_boundary() {
        assert_eq!(
            split("Trade with Rohan, Dale etc. grew, e.g. in grain."),
            ["Trade with Rohan, Dale etc. grew, e.g. in grain."]
        );
    }

    #[test]
    fn spans_cover_text_on_odd_input() {
        for text in [
            "...", "!!!", "۔۔۔", ". . .", "a.b.c.", "“”", "Hi .", "x.\n\n.y", "end.\"", "()",
        ] {
            let spans = sentence_spans(text);
            assert_covers(text, &spans);
        }
    }
}
