//! Word runs: maximal runs of word characters and single punctuation characters, each with
//! whether white space precedes it.
//!
//! This is the granularity the gazetteer matches place names on: `Pakistan’s` is three tokens
//! (`Pakistan` `’` `s`) and a name matches a run of tokens whose spacing it reproduces. Unlike
//! the Penn-style [`tokenize`](super::tokenize), nothing is kept together but word characters.

/// One word run or punctuation character with byte offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WordRun {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
    /// True for word runs, false for punctuation.
    pub is_word: bool,
    /// True when the token is preceded by whitespace or starts the text.
    pub space_before: bool,
}

/// True when `c` separates words like a space does (whitespace, zero-width space and
/// non-joiner, byte order mark).
pub fn is_space_like(c: char) -> bool {
    c.is_whitespace() || c == '\u{200C}' || c == '\u{200B}' || c == '\u{FEFF}'
}

/// True when `c` belongs inside a word run: letters, digits, Arabic and Latin combining marks,
/// tatweel and the zero-width joiner.
pub fn is_run_char(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(c as u32,
            0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED | 0x0640
            | 0x0300..=0x036F | 0x200D)
}

/// Splits text into word runs and punctuation characters; white space (and ZWNJ) separates
/// tokens and is dropped.
pub fn word_runs(text: &str) -> Vec<WordRun> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut word_start: Option<usize> = None;
    let mut space_before = true;
    let mut word_space_before = true;
    for (i, c) in text.char_indices() {
        if is_run_char(c) {
            if word_start.is_none() {
                word_start = Some(i);
                word_space_before = space_before;
            }
            continue;
        }
        if let Some(s) = word_start.take() {
            tokens.push(WordRun {
                start: s,
                end: i,
                is_word: true,
                space_before: word_space_before,
            });
            space_before = false;
        }
        if is_space_like(c) {
            space_before = true;
        } else {
            tokens.push(WordRun {
                start: i,
                end: i + c.len_utf8(),
                is_word: false,
                space_before,
            });
            space_before = false;
        }
    }
    if let Some(s) = word_start {
        tokens.push(WordRun {
            start: s,
            end: text.len(),
            is_word: true,
            space_before: word_space_before,
        });
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_and_punctuation_with_offsets_and_spacing() {
        let text = "Gondor’s Citadel (Minas\u{200C}Tirith)";
        let toks = word_runs(text);
        let words: Vec<&str> = toks.iter().map(|t| &text[t.start..t.end]).collect();
        assert_eq!(
            words,
            ["Gondor", "’", "s", "Citadel", "(", "Minas", "Tirith", ")"]
        );
        assert!(!toks[1].is_word && !toks[1].space_before);
        assert!(toks[3].space_before && toks[6].space_before);
        assert!(word_runs("  ").is_empty());
    }
}
