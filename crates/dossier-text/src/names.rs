//! Name normalisation shared by same-document alias linking (dossier-actors) and
//! cross-document resolution (dossier-reconcile): folding, bare person names, organisation and
//! place keys, slugs, rank spellings and the one rule for when two ranks may name one person.
//!
//! Keeping these in one place means the two linkers cannot disagree about whether two
//! mentions' names or ranks fit together.

use crate::token::folded_words;

/// Words that open a name without being part of it: ranks, offices, honorifics.
const TITLE_WORDS: &[&str] = &[
    "general",
    "gen",
    "lieutenant",
    "lt",
    "major",
    "maj",
    "field",
    "marshal",
    "admiral",
    "adm",
    "vice",
    "rear",
    "commodore",
    "cdre",
    "captain",
    "capt",
    "colonel",
    "col",
    "brigadier",
    "brig",
    "air",
    "chief",
    "commander",
    "cdr",
    "sergeant",
    "corporal",
    "private",
    "prime",
    "minister",
    "president",
    "secretary",
    "ambassador",
    "dr",
    "doctor",
    "prof",
    "professor",
    "mr",
    "mrs",
    "ms",
    "miss",
    "sir",
    "dame",
    "lord",
    "his",
    "her",
    "excellency",
    "he",
    "hon",
    "honourable",
    "honorable",
    "senator",
    "sen",
    "rep",
    "governor",
    "gov",
    "mayor",
    "judge",
    "justice",
    "foreign",
    "defence",
    "defense",
    "deputy",
    "acting",
    "former",
    "crown",
    "prince",
    "princess",
    "king",
    "queen",
    "emir",
    "sheikh",
    "shaikh",
    "sayyid",
    "syed",
    "sayed",
    "sayyed",
    "mian",
    "haji",
    "hajji",
    "hafiz",
    "maulana",
    "mufti",
    "imam",
    "allama",
    "the",
    "staff",
    "of",
];

/// Honorifics that may appear inside a name without changing whose name it is.
const HONORIFICS: &[&str] = &[
    "syed", "sayyid", "sayed", "sayyed", "sheikh", "shaikh", "mian", "haji", "hajji", "hafiz",
    "dr", "mr", "mrs", "ms", "sir",
];

/// True when every letter of `text` is Latin (or it has none).
pub fn is_latin(text: &str) -> bool {
    text.chars()
        .filter(|c| c.is_alphabetic())
        .all(|c| (c as u32) < 0x0250 || ('\u{1E00}'..='\u{1EFF}').contains(&c))
}

/// The tokens of a person's name without leading titles and ranks and without honorifics
/// anywhere ("Field Marshal Syed Asim Munir" -> ["asim", "munir"]).
pub fn bare_person_name(name: &str) -> Vec<String> {
    let mut toks = folded_words(name);
    let lead = toks
        .iter()
        .take_while(|t| TITLE_WORDS.contains(&t.as_str()))
        .count();
    // Keep at least the last token: "General" alone stays "general" rather than nothing.
    let lead = lead.min(toks.len().saturating_sub(1));
    toks.drain(..lead);
    let kept: Vec<String> = toks
        .iter()
        .filter(|t| !HONORIFICS.contains(&t.as_str()))
        .cloned()
        .collect();
    if kept.is_empty() {
        toks
    } else {
        kept
    }
}

/// A normalised key for organisation and place names: tokens joined by one space, with a
/// leading "the" dropped.
pub fn name_key(name: &str) -> String {
    let toks = folded_words(name);
    let start = usize::from(toks.first().map(|t| t == "the").unwrap_or(false) && toks.len() > 1);
    toks[start..].join(" ")
}

/// A URL- and id-friendly slug of a name.
pub fn slug(name: &str) -> String {
    let toks = folded_words(name);
    if toks.is_empty() {
        let hex: String = name.bytes().take(12).map(|b| format!("{b:02x}")).collect();
        return hex;
    }
    toks.join("-")
}

/// Canonical spelling of a military or police rank ("Maj. Gen." -> "Major General").
pub fn normalise_rank(rank: &str) -> String {
    let toks = folded_words(rank);
    let words: Vec<&str> = toks
        .iter()
        .map(|t| match t.as_str() {
            "lt" | "lieut" => "Lieutenant",
            "maj" => "Major",
            "gen" | "genl" => "General",
            "adm" => "Admiral",
            "brig" => "Brigadier",
            "col" => "Colonel",
            "capt" | "cpt" => "Captain",
            "cdr" => "Commander",
            "cdre" => "Commodore",
            "sgt" => "Sergeant",
            "vadm" => "Vice Admiral",
            "radm" => "Rear Admiral",
            "fm" => "Field Marshal",
            "lieutenant" => "Lieutenant",
            "major" => "Major",
            "general" => "General",
            "admiral" => "Admiral",
            "brigadier" => "Brigadier",
            "colonel" => "Colonel",
            "captain" => "Captain",
            "commander" => "Commander",
            "commodore" => "Commodore",
            "sergeant" => "Sergeant",
            "field" => "Field",
            "marshal" => "Marshal",
            "vice" => "Vice",
            "rear" => "Rear",
            "air" => "Air",
            "chief" => "Chief",
            other => other,
        })
        .collect();
    words.join(" ")
}

/// Two ranks (as [`normalise_rank`] spells them) are compatible when one is the other's tail,
/// word by word: "General" is a vaguer way to say "Lieutenant General", "Colonel" of a
/// "Lieutenant Colonel", "Commander" of a "Wing Commander". Otherwise they conflict ("Major
/// General" vs "Lieutenant General"). The one rule for alias linking within a document and
/// for resolving entities across documents.
pub fn ranks_compatible(a: &str, b: &str) -> bool {
    let ta: Vec<&str> = a.split(' ').collect();
    let tb: Vec<&str> = b.split(' ').collect();
    let (short, long) = if ta.len() <= tb.len() {
        (ta, tb)
    } else {
        (tb, ta)
    };
    long[long.len() - short.len()..] == short[..]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_and_honorifics_fall_away() {
        assert_eq!(
            bare_person_name("Field Marshal Syed Faramir Hurin"),
            ["faramir", "hurin"]
        );
        assert_eq!(bare_person_name("Faramir Hurin"), ["faramir", "hurin"]);
        assert_eq!(
            bare_person_name("Lieutenant General Eomer Eomund Rohirrim"),
            ["eomer", "eomund", "rohirrim"]
        );
        assert_eq!(bare_person_name("Théoden Kıng"), ["theoden", "king"]);
        assert_eq!(bare_person_name("General"), ["general"]);
    }

    #[test]
    fn ranks_normalise_and_compare_by_tail() {
        assert_eq!(normalise_rank("Maj. Gen."), "Major General");
        assert_eq!(normalise_rank("Lt Gen"), "Lieutenant General");
        assert!(ranks_compatible("General", "Lieutenant General"));
        assert!(!ranks_compatible("Major General", "Lieutenant General"));
        assert!(ranks_compatible("Admiral", "Admiral"));
        assert!(!ranks_compatible("Vice Admiral", "Rear Admiral"));
        assert!(!ranks_compatible("Field Marshal", "Lieutenant General"));
        assert!(ranks_compatible("Colonel", "Lieutenant Colonel"));
        assert!(ranks_compatible("Commander", "Wing Commander"));
        assert!(ranks_compatible("Chief Marshal", "Air Chief Marshal"));
        assert!(!ranks_compatible("Marshal", "General"));
        assert!(!ranks_compatible("Colonel", "Lieutenant"));
    }

    #[test]
    fn name_keys_fold_case_and_articles() {
        assert_eq!(name_key("The Tower Guard of Minas"), "tower guard of minas");
        assert_eq!(name_key("The"), "the");
        assert!(is_latin("Barad-dûr"));
        assert!(!is_latin("ميناس"));
        assert_eq!(slug("Eomer Eomund Rohirrim"), "eomer-eomund-rohirrim");
        assert_eq!(slug("--"), "2d2d");
    }
}
