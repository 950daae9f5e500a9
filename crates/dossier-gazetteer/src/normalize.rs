//! Text normalisation and the small tokenizer the gazetteer matches on.
//!
//! Latin-script names are matched case-sensitively; only apostrophes and whitespace are
//! normalised. Arabic-script names are *folded*: diacritics (harakat, superscript alef, Quranic
//! marks) and tatweel are removed, and letters that Arabic, Persian and Urdu spell differently are
//! mapped to one form (alef with hamza/madda to alef, Arabic yeh / alef maksura to Farsi yeh,
//! Arabic kaf to keheh, heh goal / teh marbuta to heh, waw with hamza to waw).

use unicode_normalization::UnicodeNormalization;

/// The script of a token or name, as far as the gazetteer cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Script {
    /// Latin letters (with any diacritics), digits.
    Latin,
    /// Arabic script: Arabic, Persian, Urdu, Pashto...
    Arabic,
    /// Anything else (Cyrillic, CJK, Devanagari...): never indexed.
    Other,
}

/// True for code points of the Arabic script blocks.
pub fn is_arabic_char(c: char) -> bool {
    matches!(c as u32,
        0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
}

/// True for Arabic combining marks and tatweel, which folding removes.
fn is_arabic_mark(c: char) -> bool {
    matches!(c as u32, 0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED | 0x0640)
}

/// True for letters of the Latin script (ASCII, Latin-1, Extended-A/B, IPA, Extended Additional).
fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || matches!(c as u32, 0x00C0..=0x024F | 0x0250..=0x02AF | 0x1E00..=0x1EFF)
            && c.is_alphabetic()
}

/// The script of a whole name: Latin when every letter is Latin, Arabic when every letter is
/// Arabic, otherwise Other (mixed or another script).
pub fn script_of(name: &str) -> Script {
    let (mut latin, mut arabic, mut other) = (false, false, false);
    for c in name.chars() {
        if is_arabic_char(c) {
            if c.is_alphabetic() {
                arabic = true;
            }
        } else if is_latin_letter(c) {
            latin = true;
        } else if c.is_alphabetic() {
            other = true;
        }
    }
    match (latin, arabic, other) {
        (true, false, false) => Script::Latin,
        (false, true, false) => Script::Arabic,
        _ => Script::Other,
    }
}

/// Folds one Arabic-script character; `None` drops it.
fn fold_arabic_char(c: char) -> Option<char> {
    if is_arabic_mark(c) {
        return None;
    }
    Some(match c {
        'أ' | 'إ' | 'آ' | 'ٱ' | 'ٲ' | 'ٳ' => 'ا',
        'ي' | 'ى' | 'ې' | 'ۍ' | 'ێ' => 'ی',
        'ك' | 'ڪ' => 'ک',
        'ہ' | 'ە' | 'ة' | 'ۀ' | 'ۂ' | 'ۃ' => 'ه',
        'ؤ' => 'و',
        'ۓ' => 'ے',
        other => other,
    })
}

/// True when `c` separates words like a space does (whitespace and zero-width non-joiner).
pub fn is_space_like(c: char) -> bool {
    c.is_whitespace() || c == '\u{200C}' || c == '\u{200B}' || c == '\u{FEFF}'
}

/// True when `c` belongs inside a word token.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_arabic_mark(c) || matches!(c as u32, 0x0300..=0x036F | 0x200D)
}

/// Normalises a name or a span of text into the key it is indexed under.
///
/// Whitespace runs become one space, typographic apostrophes become `'`, Arabic-script letters
/// are folded (see the module docs). Latin case is kept.
pub fn name_key(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.chars() {
        if is_space_like(c) {
            pending_space = !out.is_empty();
            continue;
        }
        let c = match c {
            '\u{2019}' | '\u{2018}' | '\u{02BC}' | '`' | '\u{00B4}' => '\'',
            '\u{2010}' | '\u{2011}' => '-',
            c if is_arabic_char(c) => match fold_arabic_char(c) {
                Some(f) => f,
                None => continue,
            },
            c => c,
        };
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(c);
    }
    out
}

/// The name with Latin diacritics removed (`Islāmābād` → `Islamabad`); ASCII names unchanged.
pub fn strip_latin_diacritics(name: &str) -> String {
    name.nfd()
        .filter(|c| !matches!(*c as u32, 0x0300..=0x036F))
        .collect()
}

/// Title-cases an all-capitals word run (`NEW DELHI` → `New Delhi`) so datelines can match.
pub fn title_case(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at_word_start = true;
    for c in text.chars() {
        if c.is_alphabetic() {
            if at_word_start {
                out.extend(c.to_uppercase());
            } else {
                out.extend(c.to_lowercase());
            }
            at_word_start = false;
        } else {
            out.push(c);
            at_word_start = !(c == '\'' || c == '\u{2019}');
        }
    }
    out
}

/// One token of text: a maximal word run or a single punctuation character, with byte offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
    /// True for word runs, false for punctuation.
    pub is_word: bool,
    /// True when the token is preceded by whitespace or starts the text.
    pub space_before: bool,
}

/// Splits text into word and punctuation tokens (whitespace and ZWNJ separate, and are dropped).
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut word_start: Option<usize> = None;
    let mut space_before = true;
    let mut word_space_before = true;
    for (i, c) in text.char_indices() {
        if is_word_char(c) {
            if word_start.is_none() {
                word_start = Some(i);
                word_space_before = space_before;
            }
            continue;
        }
        if let Some(s) = word_start.take() {
            tokens.push(Token {
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
            tokens.push(Token {
                start: i,
                end: i + c.len_utf8(),
                is_word: false,
                space_before,
            });
            space_before = false;
        }
    }
    if let Some(s) = word_start {
        tokens.push(Token {
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
    fn folds_arabic_and_urdu_spellings_together() {
        assert_eq!(name_key("ليبيا"), name_key("لیبیا"));
        assert_eq!(name_key("طَرَابُلُس"), name_key("طرابلس"));
        assert_eq!(name_key("إسلام آباد"), name_key("اسلام  آباد"));
        assert_eq!(name_key("اسلام\u{200C}آباد"), name_key("اسلام آباد"));
    }

    #[test]
    fn keys_normalise_apostrophes_and_spaces() {
        assert_eq!(name_key("St. John’s"), "St. John's");
        assert_eq!(name_key("  New \n Delhi "), "New Delhi");
    }

    #[test]
    fn scripts_and_case_helpers() {
        assert_eq!(script_of("Islāmābād"), Script::Latin);
        assert_eq!(script_of("راولپنڈی"), Script::Arabic);
        assert_eq!(script_of("Исламабад"), Script::Other);
        assert_eq!(strip_latin_diacritics("Islāmābād"), "Islamabad");
        assert_eq!(title_case("NEW DELHI"), "New Delhi");
    }

    #[test]
    fn tokenizes_with_offsets() {
        let text = "Pakistan’s GHQ (Rawalpindi)";
        let toks = tokenize(text);
        let words: Vec<&str> = toks.iter().map(|t| &text[t.start..t.end]).collect();
        assert_eq!(words, ["Pakistan", "’", "s", "GHQ", "(", "Rawalpindi", ")"]);
        assert!(toks[1].is_word.eq(&false) && !toks[1].space_before);
    }
}
