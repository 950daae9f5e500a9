//! English number words (`data/number_words.tsv`): cardinals (`twelve`, `dozen`) and scale
//! words (`hundred`, `lakh`, `crore`).

use std::sync::LazyLock;

use crate::data_file::{data_file, field, rows, DataFile};

/// What a number word does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NumberWordKind {
    /// A number by itself: `twelve`, `dozen`.
    Cardinal,
    /// A multiplier after a number: `hundred`, `lakh`, `million`.
    Scale,
}

/// One number word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumberWord {
    /// The word, lower case.
    pub word: &'static str,
    /// Its value (the multiplier for a scale word); a cardinal's value fits a `u32`.
    pub value: u64,
    /// Cardinal or scale.
    pub kind: NumberWordKind,
}

const NUMBER_WORDS_FILE: DataFile = data_file!("number_words.tsv");

static NUMBER_WORDS: LazyLock<Vec<NumberWord>> = LazyLock::new(|| {
    let file = &NUMBER_WORDS_FILE;
    rows(file, 3)
        .map(|(line, f)| {
            let kind = field(file, line, f[2], "kind", |k| match k {
                "cardinal" => Some(NumberWordKind::Cardinal),
                "scale" => Some(NumberWordKind::Scale),
                _ => None,
            });
            // Cardinals are small: callers keep them in a u32.
            let value = field(file, line, f[1], "value", |v| {
                v.parse::<u64>()
                    .ok()
                    .filter(|n| kind == NumberWordKind::Scale || u32::try_from(*n).is_ok())
            });
            NumberWord {
                word: f[0],
                value,
                kind,
            }
        })
        .collect()
});

/// Every number word, in data-file order.
pub fn number_words() -> &'static [NumberWord] {
    &NUMBER_WORDS
}

/// The number word spelled exactly `word` (lower case), if any.
pub fn number_word(word: &str) -> Option<&'static NumberWord> {
    NUMBER_WORDS.iter().find(|n| n.word == word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_words_load() {
        assert_eq!(number_word("twelve").map(|n| n.value), Some(12));
        assert_eq!(number_word("dozen").map(|n| n.value), Some(12));
        assert_eq!(number_word("ninety").map(|n| n.value), Some(90));
        let crore = number_word("crore").map(|n| (n.value, n.kind));
        assert_eq!(crore, Some((10_000_000, NumberWordKind::Scale)));
        assert_eq!(number_word("Twelve"), None);
        assert_eq!(number_words().len(), 40);
    }
}
