//! Turning a user's search text into a safe FTS5 query, and the text folding shared by the
//! index and the queries.
//!
//! User syntax (see [`crate::StoreReader::search`]):
//! - plain words must all match (AND);
//! - `"quoted phrases"` match as phrases (an unclosed quote runs to the end of the input);
//! - `OR` (upper case, between two terms) matches either side; it binds tighter than the
//!   implicit AND, so `Arnor Gondor OR Rohan` means `Arnor AND (Gondor OR Rohan)`;
//! - a word ending in `*` (with at least one letter or digit before it) is a prefix search.
//!
//! Every term is emitted as an FTS5 string literal (`"..."` with `"` doubled), so no other
//! character of the input (`(`, `*`, `:`, `^`, `-`, `NEAR`, `AND`, `NOT`, ...) is ever read as
//! FTS5 syntax. Terms with no letter or digit are dropped.

use std::borrow::Cow;

/// True for Arabic-script marks that writers add or omit freely: harakat (short-vowel and
/// gemination marks), the superscript alef, Quranic annotation signs, and the tatweel
/// (elongation stroke). They are removed before indexing and searching, so `مُحَمَّد` and
/// `محمد` match each other. (FTS5's `remove_diacritics` only covers Latin-script letters.)
fn is_optional_arabic_mark(c: char) -> bool {
    matches!(c,
        '\u{0610}'..='\u{061A}'
        | '\u{0640}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06DC}'
        | '\u{06DF}'..='\u{06E4}'
        | '\u{06E7}'..='\u{06E8}'
        | '\u{06EA}'..='\u{06ED}'
        | '\u{08D3}'..='\u{08FF}')
}

/// The text as it is indexed and searched: optional Arabic-script marks removed.
pub(crate) fn fold_for_index(text: &str) -> Cow<'_, str> {
    if text.chars().any(is_optional_arabic_mark) {
        Cow::Owned(
            text.chars()
                .filter(|c| !is_optional_arabic_mark(*c))
                .collect(),
        )
    } else {
        Cow::Borrowed(text)
    }
}

/// One searchable unit of the user's query.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Term {
    /// Words that must appear in this order (a single word is a one-word phrase).
    Phrase(String),
    /// Words whose last one may be a prefix.
    Prefix(String),
}

/// A raw piece of the user's input.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece {
    Term(Term),
    Or,
}

fn has_searchable_char(s: &str) -> bool {
    s.chars().any(char::is_alphanumeric)
}

/// Splits user input into terms and `OR` operators.
fn split_pieces(input: &str) -> Vec<Piece> {
    let mut pieces = Vec::new();
    let mut chars = input.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
            continue;
        }
        if c == '"' {
            chars.next();
            let mut phrase = String::new();
            for c in chars.by_ref() {
                if c == '"' {
                    break;
                }
                phrase.push(c);
            }
            pieces.push(Piece::Term(Term::Phrase(phrase)));
            continue;
        }
        let mut word = String::new();
        while let Some(&c) = chars.peek() {
            if c.is_whitespace() || c == '"' {
                break;
            }
            word.push(c);
            chars.next();
        }
        if word == "OR" {
            pieces.push(Piece::Or);
        } else if let Some(stem) = word.strip_suffix('*') {
            let stem = stem.trim_end_matches('*');
            pieces.push(Piece::Term(Term::Prefix(stem.to_string())));
        } else {
            pieces.push(Piece::Term(Term::Phrase(word)));
        }
    }
    pieces
}

/// An FTS5 string literal holding `text`: wrapped in `"`, inner `"` doubled, control
/// characters replaced by spaces.
fn fts_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in fold_for_index(text).chars() {
        match c {
            '"' => out.push_str("\"\""),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn render_term(term: &Term) -> Option<String> {
    match term {
        Term::Phrase(text) if has_searchable_char(text) => Some(fts_string(text)),
        Term::Prefix(text) if has_searchable_char(text) => Some(format!("{} *", fts_string(text))),
        _ => None,
    }
}

/// Builds the FTS5 MATCH expression for a user query, or `None` when the input holds nothing
/// searchable (only punctuation, only operators, or nothing at all).
pub(crate) fn to_fts_match(input: &str) -> Option<String> {
    // Each clause is a list of alternatives; clauses are ANDed.
    let mut clauses: Vec<Vec<String>> = Vec::new();
    let mut pending_or = false;
    for piece in split_pieces(input) {
        match piece {
            Piece::Or => pending_or = true,
            Piece::Term(term) => {
                let Some(rendered) = render_term(&term) else {
                    continue;
                };
                match clauses.last_mut() {
                    Some(last) if pending_or => last.push(rendered),
                    _ => clauses.push(vec![rendered]),
                }
                pending_or = false;
            }
        }
    }
    if clauses.is_empty() {
        return None;
    }
    let rendered: Vec<String> = clauses
        .into_iter()
        .map(|alternatives| {
            if alternatives.len() == 1 {
                alternatives.into_iter().collect()
            } else {
                format!("({})", alternatives.join(" OR "))
            }
        })
        .collect();
    Some(rendered.join(" AND "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_words_are_anded_and_quoted() {
        assert_eq!(
            to_fts_match("Arnor  Gondor").as_deref(),
            Some(r#""Arnor" AND "Gondor""#)
        );
        assert_eq!(
            to_fts_match("Lt. Gen.").as_deref(),
            Some(r#""Lt." AND "Gen.""#)
        );
    }

    #[test]
    fn phrases_or_and_prefixes() {
        assert_eq!(
            to_fts_match(r#""White Council" OR Rohan Minas"#).as_deref(),
            Some(r#"("White Council" OR "Rohan") AND "Minas""#)
        );
        assert_eq!(to_fts_match("Gond*").as_deref(), Some(r#""Gond" *"#));
        assert_eq!(
            to_fts_match(r#"say "unclosed phrase"#).as_deref(),
            Some(r#""say" AND "unclosed phrase""#)
        );
    }

    #[test]
    fn operators_and_punctuation_are_never_syntax() {
        assert_eq!(to_fts_match(r#"""#), None);
        assert_eq!(to_fts_match("*"), None);
        assert_eq!(to_fts_match("( ) : ^ -"), None);
        assert_eq!(to_fts_match("OR OR"), None);
        assert_eq!(to_fts_match(""), None);
        assert_eq!(to_fts_match("OR Arnor OR").as_deref(), Some(r#""Arnor""#));
        assert_eq!(
            to_fts_match("NEAR(a b) AND NOT").as_deref(),
            Some(r#""NEAR(a" AND "b)" AND "AND" AND "NOT""#)
        );
        assert_eq!(
            to_fts_match(r#"Haftar's say"s"#).as_deref(),
            Some(r#""Haftar's" AND "say" AND "s""#)
        );
    }

    #[test]
    fn arabic_marks_are_folded() {
        assert_eq!(fold_for_index("مُحَمَّد"), "محمد");
        assert_eq!(fold_for_index("پاکستان"), "پاکستان");
        assert!(matches!(fold_for_index("Arnor"), Cow::Borrowed(_)));
        assert_eq!(to_fts_match("مُحَمَّد").as_deref(), Some("\"محمد\""));
    }
}
