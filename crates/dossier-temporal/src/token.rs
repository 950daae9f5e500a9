//! A small scanner made for temporal and numeric patterns: words, digit runs and single
//! punctuation characters with byte offsets. Digit runs are split from letters and from
//! separators (`18-Jul-2025` is `18` `-` `Jul` `-` `2025`) so that the matchers can read
//! every numeric form the same way; ASCII, Arabic-Indic (`٠`-`٩`) and Persian (`۰`-`۹`)
//! digits all carry their value. Each word is looked up once in the lexicon.

use crate::lexicon::{lookup, Lex};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters (with combining marks).
    Word,
    /// A run of decimal digits.
    Number,
    /// Any other single non-space character.
    Punct(char),
}

/// How a word is capitalised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Case {
    /// All lower case (`march`).
    Lower,
    /// First letter upper case, the rest not all upper (`March`).
    Title,
    /// Two or more letters, all upper case (`JUL`).
    Upper,
    /// A script without case (Arabic, Urdu) or not a word.
    Uncased,
}

/// One token of the scanned text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    pub case: Case,
    /// Value of a digit run (saturating); 0 for other tokens.
    pub value: u64,
    /// Number of digits of a digit run; 0 for other tokens.
    pub digits: u8,
    /// True when a line break lies between this token and the one before it.
    pub newline_before: bool,
    /// The lexicon entry of a word.
    pub lex: Option<Lex>,
}

impl Token {
    /// True when `next` starts right where this token ends.
    pub fn touches(&self, next: &Token) -> bool {
        self.end == next.start
    }

    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }

    pub fn is_number(&self) -> bool {
        self.kind == Kind::Number
    }

    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }

    /// Upper- or title-case (or a script without case).
    pub fn is_capitalised(&self) -> bool {
        matches!(self.case, Case::Title | Case::Upper)
    }

    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// The decimal value of a digit in any of the three digit sets.
pub(crate) fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '\u{0660}'..='\u{0669}' => Some(c as u32 - 0x0660),
        '\u{06F0}'..='\u{06F9}' => Some(c as u32 - 0x06F0),
        _ => None,
    }
}

/// Letters and the combining marks that live inside Arabic-script words.
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    // Arabic-script letters, marks and tatweel without the Unicode tables.
    if matches!(c, '\u{0620}'..='\u{065F}' | '\u{066E}'..='\u{06D3}' | '\u{06D5}') {
        return true;
    }
    c.is_alphabetic()
        || matches!(c, '\u{200C}' | '\u{200D}')
        || (c as u32 >= 0x0300 && (c as u32) < 0x0370)
}

/// Scans `text` into tokens. Allocates only the returned vector.
pub(crate) fn scan(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5 + 4);
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut newline = false;
    while i < bytes.len() {
        let b = bytes[i];
        // ASCII fast paths.
        if b == b'\n' || b == b'\r' {
            newline = true;
            i += 1;
            continue;
        }
        if b == b' ' || b == b'\t' {
            i += 1;
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        let clen = c.len_utf8();
        if c.is_whitespace() {
            if c == '\u{2028}' || c == '\u{2029}' || c == '\u{85}' {
                newline = true;
            }
            i += clen;
            continue;
        }
        let start = i;
        if digit_value(c).is_some() {
            let mut value: u64 = 0;
            let mut digits: u32 = 0;
            let mut j = i;
            while let Some(d) = text[j..].chars().next() {
                let Some(v) = digit_value(d) else { break };
                value = value.saturating_mul(10).saturating_add(u64::from(v));
                digits += 1;
                j += d.len_utf8();
            }
            tokens.push(Token {
                start,
                end: j,
                kind: Kind::Number,
                case: Case::Uncased,
                value,
                digits: digits.min(255) as u8,
                newline_before: newline,
                lex: None,
            });
            newline = false;
            i = j;
            continue;
        }
        if is_word_char(c) {
            let mut j = i;
            let mut upper = 0usize;
            let mut lower = 0usize;
            let first_upper = c.is_uppercase();
            while j < bytes.len() {
                let b = bytes[j];
                if b.is_ascii() {
                    if b.is_ascii_uppercase() {
                        upper += 1;
                    } else if b.is_ascii_lowercase() {
                        lower += 1;
                    } else {
                        break;
                    }
                    j += 1;
                    continue;
                }
                let Some(d) = text[j..].chars().next() else {
                    break;
                };
                if !is_word_char(d) {
                    break;
                }
                if d.is_uppercase() {
                    upper += 1;
                } else if d.is_lowercase() {
                    lower += 1;
                }
                j += d.len_utf8();
            }
            let case = if upper == 0 && lower == 0 {
                Case::Uncased
            } else if lower == 0 && upper >= 2 {
                Case::Upper
            } else if first_upper {
                Case::Title
            } else if upper == 0 {
                Case::Lower
            } else {
                Case::Title
            };
            tokens.push(Token {
                start,
                end: j,
                kind: Kind::Word,
                case,
                value: 0,
                digits: 0,
                newline_before: newline,
                lex: lookup(&text[start..j]),
            });
            newline = false;
            i = j;
            continue;
        }
        tokens.push(Token {
            start,
            end: i + clen,
            kind: Kind::Punct(c),
            case: Case::Uncased,
            value: 0,
            digits: 0,
            newline_before: newline,
            lex: None,
        });
        newline = false;
        i += clen;
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scans_words_numbers_and_punctuation_with_offsets() {
        let text = "On 18-Jul-2025, ١٨ جولائی\nJUL";
        let t = scan(text);
        let texts: Vec<&str> = t.iter().map(|t| t.text(text)).collect();
        assert_eq!(
            texts,
            [
                "On",
                "18",
                "-",
                "Jul",
                "-",
                "2025",
                ",",
                "١٨",
                "جولائی",
                "JUL"
            ]
        );
        assert_eq!(t[1].value, 18);
        assert_eq!(t[7].value, 18);
        assert_eq!(t[7].digits, 2);
        assert!(t[9].newline_before);
        assert_eq!(t[9].case, Case::Upper);
        assert_eq!(t[3].case, Case::Title);
        assert_eq!(t[8].case, Case::Uncased);
        assert!(t[1].touches(&t[2]));
    }
}
