//! Text normalisation for gazetteer keys. The gazetteer matches on
//! [`dossier_text::token::word_runs()`].
//!
//! Latin-script names are matched case-sensitively; only apostrophes and whitespace are
//! normalised. Arabic-script names are *folded*: diacritics (harakat, superscript alef, Quranic
//! marks) and tatweel are removed, and letters that Arabic, Persian and Urdu spell differently are
//! mapped to one form (alef with hamza/madda to alef, Arabic yeh / alef maksura to Farsi yeh,
//! Arabic kaf to keheh, heh goal / teh marbuta to heh, waw with hamza to waw).

use dossier_text::token::word_runs::is_space_like;
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

use dossier_text::arabic_script::fold_arabic_char;
pub use dossier_text::arabic_script::is_arabic_char;

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
}
