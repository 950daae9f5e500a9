//! The in-memory gazetteer: records plus a name index keyed by normalised names, and the
//! toponym finder.

use crate::normalize::{
    is_arabic_char, name_key, script_of, strip_latin_diacritics, title_case, Script,
};
use crate::place::{decode, encode, GazetteerError, Place, PlaceKind};
use dossier_lexicon::WordList;
use dossier_model::Span;
use dossier_text::token::{word_runs, WordRun};
use rustc_hash::{FxHashMap, FxHashSet};
use serde::{Deserialize, Serialize};
use std::path::Path;
use std::sync::OnceLock;

/// How a name belongs to the place it points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NameOrigin {
    /// The canonical name (GeoNames name, or its diacritic-free form).
    Canonical,
    /// A curated alias (hand-made tables: country and region names, continent names).
    Alias,
    /// A GeoNames alternate name of a city.
    Alternate,
    /// A demonym or adjectival form of a country ("Pakistani").
    Demonym,
}

/// One possible referent of a mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Candidate {
    /// Index of the place in [`Gazetteer::places`].
    pub place: u32,
    /// How the matched name belongs to the place.
    pub origin: NameOrigin,
}

/// A toponym (or demonym) found in text, before disambiguation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlaceMention {
    /// Byte span of the matched name in the text.
    pub span: Span,
    /// The matched text.
    pub surface: String,
    /// Latin or Arabic script.
    pub script: Script,
    /// Every place the name may denote (at least one).
    pub candidates: Vec<Candidate>,
}

/// The place gazetteer: GeoNames cities (population >= 15,000), countries and continents, plus
/// hand-written seas, gulfs, straits and regions, indexed by Latin and Arabic-script names.
pub struct Gazetteer {
    places: Vec<Place>,
    index: FxHashMap<String, Vec<Candidate>>,
    /// First token of every indexed key -> the most tokens a key starting with it has.
    first_tokens: FxHashMap<String, usize>,
    countries: FxHashMap<String, u32>,
    ambiguous_words: FxHashSet<&'static str>,
    arabic_stopwords: FxHashSet<String>,
}

static EMBEDDED_BYTES: &[u8] = include_bytes!("../data/gazetteer.bin");

/// Words that introduce a person's name; a city name right after one is read as a surname.
const TITLE_WORDS: &[&str] = &[
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Sir",
    "General",
    "Gen",
    "Admiral",
    "Adm",
    "Marshal",
    "Colonel",
    "Col",
    "Major",
    "Maj",
    "Captain",
    "Capt",
    "Lieutenant",
    "Lt",
    "Brigadier",
    "Brig",
    "Commander",
    "Cdr",
    "Commodore",
    "Sergeant",
    "President",
    "Minister",
    "Premier",
    "Senator",
    "Governor",
    "Ambassador",
    "Secretary",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Sheikh",
    "Shaikh",
    "Emir",
    "Sultan",
    "Imam",
    "Judge",
    "Justice",
    "Mayor",
    "Chancellor",
    "Envoy",
    "Spokesman",
    "Spokesperson",
    "Chairman",
    "Director",
    "Chief",
    "Field",
];

/// Last words of facility names; a GeoNames alternate name ending in one is a translation.
const NAME_HEAD_WORDS: &[&str] = &[
    "House",
    "Palace",
    "Headquarters",
    "Ministry",
    "Academy",
    "Base",
    "Monument",
    "Memorial",
    "Embassy",
    "Airport",
    "Port",
];

impl Gazetteer {
    /// Builds the gazetteer from a GeoNames directory (`cities15000.json`, `countries.json`,
    /// `continents.json`) and the hand-made tables.
    pub fn build(geonames_dir: &Path) -> Result<Gazetteer, GazetteerError> {
        Ok(Gazetteer::from_places(crate::build::build_places(
            geonames_dir,
        )?))
    }

    /// Reads an artifact written by [`Gazetteer::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Gazetteer, GazetteerError> {
        Ok(Gazetteer::from_places(decode(bytes)?))
    }

    /// The artifact bytes (gzip'd TSV, deterministic).
    pub fn to_bytes(&self) -> Result<Vec<u8>, GazetteerError> {
        encode(&self.places)
    }

    /// The gazetteer embedded in the binary, decoded once. Empty if the embedded artifact is
    /// missing or damaged (the crate's tests check that it is not).
    pub fn embedded() -> &'static Gazetteer {
        static EMBEDDED: OnceLock<Gazetteer> = OnceLock::new();
        EMBEDDED.get_or_init(|| {
            Gazetteer::from_bytes(EMBEDDED_BYTES)
                .unwrap_or_else(|_| Gazetteer::from_places(Vec::new()))
        })
    }

    /// Indexes records.
    pub fn from_places(places: Vec<Place>) -> Gazetteer {
        let mut index: FxHashMap<String, Vec<Candidate>> = FxHashMap::default();
        let mut first_tokens: FxHashMap<String, usize> = FxHashMap::default();
        let mut countries = FxHashMap::default();
        let arabic_stopwords: FxHashSet<String> = WordList::ArabicScriptStopWords
            .words()
            .iter()
            .map(|w| name_key(w))
            .collect();
        for (i, p) in places.iter().enumerate() {
            let id = i as u32;
            if p.kind == PlaceKind::Country {
                if let Some(cc) = &p.country_code {
                    countries.insert(cc.clone(), id);
                }
            }
            let curated = p.kind != PlaceKind::City;
            let ascii_name = p.names.first().map(|n| strip_latin_diacritics(n));
            let named = p.names.iter().enumerate().map(|(n, name)| {
                let origin = if n == 0 || ascii_name.as_deref() == Some(name.as_str()) {
                    NameOrigin::Canonical
                } else if curated {
                    NameOrigin::Alias
                } else {
                    NameOrigin::Alternate
                };
                (name, origin)
            });
            let demonyms = p.demonyms.iter().map(|d| (d, NameOrigin::Demonym));
            for (name, origin) in named.chain(demonyms) {
                let key = name_key(name);
                let tokens = word_runs(&key);
                let Some(first) = tokens.first() else {
                    continue;
                };
                if script_of(&key) == Script::Arabic
                    && tokens.len() == 1
                    && arabic_stopwords.contains(&key)
                {
                    continue;
                }
                let first_text = key[first.start..first.end].to_string();
                let longest = first_tokens.entry(first_text).or_insert(0);
                *longest = (*longest).max(tokens.len());
                let refs = index.entry(key).or_default();
                match refs.iter_mut().find(|c| c.place == id) {
                    Some(existing) => existing.origin = existing.origin.min(origin),
                    None => refs.push(Candidate { place: id, origin }),
                }
            }
        }
        Gazetteer {
            places,
            index,
            first_tokens,
            countries,
            ambiguous_words: WordList::PlaceAmbiguousWords
                .words()
                .iter()
                .copied()
                .collect(),
            arabic_stopwords,
        }
    }

    /// All records.
    pub fn places(&self) -> &[Place] {
        &self.places
    }

    /// One record by index (as in [`Candidate::place`]).
    pub fn place(&self, index: u32) -> Option<&Place> {
        self.places.get(index as usize)
    }

    /// The country record for an ISO 3166-1 alpha-2 code.
    pub fn country(&self, code: &str) -> Option<(u32, &Place)> {
        let id = *self.countries.get(code)?;
        Some((id, self.place(id)?))
    }

    /// The capital city record of a country.
    pub fn capital_of(&self, code: &str) -> Option<(u32, &Place)> {
        self.places
            .iter()
            .enumerate()
            .find(|(_, p)| {
                p.kind == PlaceKind::City && p.capital && p.country_code.as_deref() == Some(code)
            })
            .map(|(i, p)| (i as u32, p))
    }

    /// Every place a name (exactly as written, normalised) may denote.
    pub fn lookup(&self, name: &str) -> &[Candidate] {
        self.index
            .get(&name_key(name))
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// Finds toponyms and demonyms in text: longest match first; Latin names case-sensitively
    /// (capitalised words only; all-capitals runs such as datelines are also tried title-cased);
    /// Arabic-script names after folding (diacritics removed, letter variants unified).
    ///
    /// English words that are also place names ("Nice", "Reading", "March") are kept only when
    /// a country that has such a place follows (", France"); a city name right after a title
    /// ("General", "President") is read as a surname and dropped.
    pub fn find_places(&self, text: &str) -> Vec<PlaceMention> {
        let tokens = word_runs(text);
        let mut mentions = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            match self.match_at(text, &tokens, i) {
                Some((len, mention)) => {
                    mentions.push(mention);
                    i += len;
                }
                None => i += 1,
            }
        }
        mentions
    }

    fn match_at(&self, text: &str, tokens: &[WordRun], i: usize) -> Option<(usize, PlaceMention)> {
        let tok = tokens[i];
        if !tok.is_word {
            return None;
        }
        let word = &text[tok.start..tok.end];
        let first_char = word.chars().next()?;
        let arabic = is_arabic_char(first_char);
        if !arabic && !first_char.is_uppercase() {
            return None;
        }
        // Inside a hyphenated compound after a lower-case part ("Yadgar-e-Shuhada"), a
        // capitalised word is part of that compound, not a place.
        if i > 1 && !tok.space_before && !tokens[i - 1].space_before {
            let prev = &text[tokens[i - 1].start..tokens[i - 1].end];
            let before = &text[tokens[i - 2].start..tokens[i - 2].end];
            if prev == "-" && before.chars().next().is_some_and(char::is_lowercase) {
                return None;
            }
        }
        let all_caps =
            !arabic && word.chars().count() >= 3 && !word.chars().any(char::is_lowercase);
        let variants: &[bool] = if all_caps { &[false, true] } else { &[false] };
        for &titled in variants {
            let first_key = if titled {
                title_case(word)
            } else {
                name_key(word)
            };
            let Some(&longest) = self.first_tokens.get(&first_key) else {
                continue;
            };
            let max_len = longest.min(tokens.len() - i);
            for len in (1..=max_len).rev() {
                let last = tokens[i + len - 1];
                let last_text = &text[last.start..last.end];
                if !last.is_word && last_text != "." {
                    continue;
                }
                let slice = &text[tok.start..last.end];
                if slice.contains('\n') {
                    continue;
                }
                let key = if titled {
                    name_key(&title_case(slice))
                } else {
                    name_key(slice)
                };
                let Some(refs) = self.index.get(&key) else {
                    continue;
                };
                let candidates = self.filter_candidates(text, tokens, i, len, &key, refs);
                if candidates.is_empty() {
                    continue;
                }
                let mention = PlaceMention {
                    span: Span::new(tok.start, last.end),
                    surface: slice.to_string(),
                    script: if arabic {
                        Script::Arabic
                    } else {
                        Script::Latin
                    },
                    candidates,
                };
                return Some((len, mention));
            }
        }
        None
    }

    fn filter_candidates(
        &self,
        text: &str,
        tokens: &[WordRun],
        i: usize,
        len: usize,
        key: &str,
        refs: &[Candidate],
    ) -> Vec<Candidate> {
        let arabic = key.chars().next().is_some_and(is_arabic_char);
        if arabic {
            let letters = key.chars().filter(|c| c.is_alphabetic()).count();
            if len == 1 && (letters < 3 || self.arabic_stopwords.contains(key)) {
                return Vec::new();
            }
            return refs.to_vec();
        }
        let prev_word = tokens[..i]
            .iter()
            .rev()
            .find(|t| t.is_word)
            .map(|t| &text[t.start..t.end]);
        let mut candidates: Vec<Candidate> = refs.to_vec();
        // A single short alternate-only name ("Ea", "Oea") is too weak a signal.
        if len == 1 && key.chars().count() <= 3 {
            candidates.retain(|c| c.origin != NameOrigin::Alternate);
        }
        if key == "Gulf" && !matches!(prev_word, Some("the" | "The")) {
            return Vec::new();
        }
        if prev_word.is_some_and(|w| TITLE_WORDS.contains(&w)) {
            candidates.retain(|c| {
                self.place(c.place)
                    .is_some_and(|p| p.kind != PlaceKind::City)
            });
        }
        // Latin GeoNames alternate names: only exonyms of big cities ("Bombay", "Peking");
        // never a translated building name ("White House" for Casablanca).
        let last_word = key.rsplit(' ').next().unwrap_or(key);
        candidates.retain(|c| {
            c.origin != NameOrigin::Alternate
                || (!NAME_HEAD_WORDS.contains(&last_word)
                    && self
                        .place(c.place)
                        .is_some_and(|p| p.population >= 1_000_000))
        });
        // A one-word city name next to another capitalised word is likely part of a person's
        // name ("Barack Obama", "Taylor Swift"): drop city readings after a capitalised word, and
        // before one for towns under 100,000 people.
        if len == 1 {
            let adjacent_capital = |t: Option<&WordRun>| {
                t.is_some_and(|t| {
                    let w = &text[t.start..t.end];
                    t.is_word
                        && w.chars().next().is_some_and(char::is_uppercase)
                        && !WordList::PlaceContextFunctionWords.contains(w)
                })
            };
            let prev_adjacent = i > 0 && tokens[i].space_before && tokens[i - 1].is_word;
            let next = tokens.get(i + 1).filter(|t| t.space_before);
            let after_capital = prev_adjacent && adjacent_capital(tokens.get(i - 1));
            let before_capital =
                adjacent_capital(next) && self.match_at_is_none(text, tokens, i + 1);
            candidates.retain(|c| {
                let Some(p) = self.place(c.place) else {
                    return false;
                };
                p.kind != PlaceKind::City
                    || !(after_capital || (before_capital && p.population < 100_000))
            });
        }
        let ambiguous = self.ambiguous_words.contains(key)
            || dossier_lexicon::lower_if_title_case(key)
                .is_some_and(|w| dossier_lexicon::is_english_weekday_name(&w));
        if len == 1 && ambiguous {
            let supported = self.followed_by_supporting_country(text, tokens, i + 1, &candidates);
            if !supported {
                return Vec::new();
            }
        }
        candidates
    }

    /// True when no place name starts at token `i`.
    fn match_at_is_none(&self, text: &str, tokens: &[WordRun], i: usize) -> bool {
        i >= tokens.len() || self.match_at(text, tokens, i).is_none()
    }

    /// True when `, <Country>` follows and that country has one of the candidates.
    fn followed_by_supporting_country(
        &self,
        text: &str,
        tokens: &[WordRun],
        next: usize,
        candidates: &[Candidate],
    ) -> bool {
        if tokens.get(next).map(|t| &text[t.start..t.end]) != Some(",") {
            return false;
        }
        let Some((_, following)) = self.match_at(text, tokens, next + 1) else {
            return false;
        };
        let codes: FxHashSet<&str> = following
            .candidates
            .iter()
            .filter_map(|c| self.place(c.place)?.country_code.as_deref())
            .collect();
        candidates.iter().any(|c| {
            self.place(c.place)
                .and_then(|p| p.country_code.as_deref())
                .is_some_and(|cc| codes.contains(cc))
        })
    }
}
