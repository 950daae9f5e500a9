//! Arabic-script words as the stages compare them. Arabic, Persian and Urdu spell some letters
//! differently, writers drop or keep hamza and vowel marks, and Arabic writes conjunctions,
//! prepositions and the article onto the word (`وبالسفير`, "and with the ambassador"). Every
//! reader that matches Arabic-script words against a list folds both sides here, and asks for
//! the word's readings without those clitics, so that one spelling in a list is enough.

/// True for code points of the Arabic script blocks.
pub fn is_arabic_char(c: char) -> bool {
    matches!(c as u32,
        0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
}

/// True for Arabic combining marks and tatweel, which folding removes.
pub fn is_arabic_mark(c: char) -> bool {
    matches!(c as u32, 0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED | 0x0640)
}

/// Folds one Arabic-script character; `None` drops it. Diacritics (harakat, superscript alef,
/// Quranic marks) and tatweel go; alef with hamza or madda becomes alef, Arabic yeh and alef
/// maksura Farsi yeh, Arabic kaf keheh, heh goal and teh marbuta heh, waw with hamza waw.
pub fn fold_arabic_char(c: char) -> Option<char> {
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

/// The folded form of a word or phrase ([`fold_arabic_char`] on every Arabic-script character;
/// other characters unchanged).
pub fn fold(text: &str) -> String {
    text.chars()
        .filter_map(|c| {
            if is_arabic_char(c) {
                fold_arabic_char(c)
            } else {
                Some(c)
            }
        })
        .collect()
}

/// Is any character of `text` in the Arabic script?
pub fn has_arabic_script(text: &str) -> bool {
    text.chars().any(is_arabic_char)
}

/// The readings of a folded Arabic word without the clitics written onto it, the word itself
/// first: the conjunctions `و` and `ف`, then one of the prepositions `ب`, `ل`, `ك` before the
/// article, then the article `ال` (`لل` is `ل` + `ال` whose alef is not written). Each reading
/// keeps at least two letters. `وبالسفير` reads as itself, `بالسفير`, `السفير` and `سفير`.
pub fn proclitic_readings(folded: &str) -> Vec<String> {
    fn strip<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
        let rest = s.strip_prefix(prefix)?;
        (rest.chars().count() >= 2).then_some(rest)
    }
    let mut out = vec![folded.to_string()];
    let mut rest = folded;
    for conj in ["و", "ف"] {
        if let Some(r) = strip(rest, conj) {
            rest = r;
            out.push(rest.to_string());
            break;
        }
    }
    if let Some(r) = strip(rest, "لل") {
        out.push(format!("ال{r}"));
        out.push(r.to_string());
        return out;
    }
    for prep in ["ب", "ل", "ک"] {
        if let Some(r) = strip(rest, prep) {
            if r.starts_with("ال") {
                rest = r;
                out.push(rest.to_string());
            }
            break;
        }
    }
    if let Some(r) = strip(rest, "ال") {
        out.push(r.to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_unifies_arabic_and_urdu_spellings() {
        assert_eq!(fold("وزارة"), fold("وزاره"));
        assert_eq!(fold("الأدميرال"), fold("الادميرال"));
        assert_eq!(fold("علي"), fold("علی"));
        assert_eq!(fold("مُحَمَّد"), "محمد");
    }

    #[test]
    fn readings_strip_conjunction_preposition_and_article() {
        let w = fold("وبالسفير");
        let r = proclitic_readings(&w);
        assert_eq!(r.len(), 4, "{r:?}");
        assert_eq!(r[2], fold("السفير"));
        assert_eq!(r[3], fold("سفير"));
        let w = fold("للسفير");
        assert!(proclitic_readings(&w).contains(&fold("السفير")));
        // a preposition is stripped only before the article: بحث stays a verb
        let w = fold("بحث");
        assert_eq!(proclitic_readings(&w), vec![w.clone()]);
        // two letters stay
        let w = fold("ول");
        assert_eq!(proclitic_readings(&w), vec![w.clone()]);
    }
}
