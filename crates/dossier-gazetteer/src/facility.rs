//! Facilities: buildings and compounds (Naval Headquarters, General Headquarters (GHQ), Prime
//! Minister's House, Martyrs' Monument...) tied to their city when the text allows.
//!
//! A facility is a run of capitalised words (joined by `of`, `the`, `and`, possessive `'s`,
//! hyphens) that contains a facility head word (Headquarters, House, Palace, Ministry, Academy,
//! Air Base, Monument, Embassy...), or a name followed by such a run in parentheses
//! (`Yadgar-e-Shuhada (Martyrs' Monument)`). A leading country name or possessive
//! (`Pakistan's`, `Pakistan Naval Headquarters`) becomes the facility's country, not its name.
//!
//! The city is chosen by the first rule that applies:
//! 1. [`CityRule::Explicit`] (0.95): a city right after (`in Islamabad`, `, Rawalpindi`) or a
//!    city possessive right before (`Rawalpindi's`), or `of <city>` inside the name;
//! 2. [`CityRule::AcronymReference`]: a bare acronym (`GHQ`) defined earlier in the text by
//!    `Name (GHQ)` takes that facility's city;
//! 3. [`CityRule::ParentFacility`]: a monument, memorial, mausoleum or shrine in a sentence that
//!    earlier mentions a compound (headquarters, base, academy, palace, fort) lies within it;
//! 4. [`CityRule::NationalCapital`] (0.6, or 0.5 from the document's main country): a seat of
//!    national government (Prime Minister's House, Presidency, Ministry, Secretariat,
//!    Parliament) is in the capital of the country named in the same sentence;
//! 5. [`CityRule::ParagraphCity`] (0.5): the last city mentioned before it in the paragraph;
//! 6. otherwise [`CityRule::Unresolved`].

use crate::gazetteer::Gazetteer;
use crate::normalize::{is_arabic_char, name_key};
use crate::place::PlaceKind;
use crate::resolve::{ResolveContext, ResolvedPlace};
use dossier_model::Span;
use dossier_text::token::{word_runs, WordRun};
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

/// How a facility's city was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CityRule {
    /// The text names the city with the facility.
    Explicit,
    /// The mention is an acronym of an earlier facility; its city.
    AcronymReference,
    /// The facility lies within a compound mentioned earlier in the sentence; its city.
    ParentFacility,
    /// A seat of national government: the capital of the country in context.
    NationalCapital,
    /// The last city mentioned earlier in the same paragraph.
    ParagraphCity,
    /// No city could be tied to it.
    Unresolved,
}

/// A facility mention.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Facility {
    /// Byte span of the name (and its parenthetical acronym or gloss, when present).
    pub span: Span,
    /// The name as written, without a leading country or article ("General Headquarters").
    pub name: String,
    /// An acronym given in parentheses right after the name ("GHQ").
    pub acronym: Option<String>,
    /// A descriptive gloss given in parentheses ("Martyrs' Monument").
    pub gloss: Option<String>,
    /// Country the text attributes it to ("Pakistan's", "Pakistan Naval ..."), ISO2.
    pub country_code: Option<String>,
    /// The city it is in, with the span that says so; confidence per [`CityRule`].
    pub within_city: Option<ResolvedPlace>,
    /// The compound it lies within (name of an earlier facility), for monuments and the like.
    pub within_facility: Option<String>,
    /// Which rule chose the city.
    pub city_rule: CityRule,
    /// Index (in the returned list) of the earlier facility this mention repeats, if any.
    pub refers_to: Option<usize>,
}

/// Facility head words (Latin script); the run must contain one.
const HEADS: &[&str] = &[
    "Headquarters",
    "HQ",
    "GHQ",
    "NHQ",
    "AHQ",
    "JSHQ",
    "House",
    "Palace",
    "Ministry",
    "Academy",
    "Airbase",
    "Base",
    "Port",
    "Monument",
    "Mausoleum",
    "Memorial",
    "Embassy",
    "Consulate",
    "Secretariat",
    "Parliament",
    "Cantonment",
    "Dockyard",
    "Shipyard",
    "Airport",
    "Barracks",
    "Fort",
    "Citadel",
    "Presidency",
    "Complex",
    "Shrine",
    "Mosque",
    "Cathedral",
    "Airfield",
    "Garrison",
    "Arsenal",
    "Pentagon",
    "Kremlin",
];

/// Heads that stand alone (acronyms and unique buildings); the others need another word.
const STANDALONE_HEADS: &[&str] = &[
    "HQ",
    "GHQ",
    "NHQ",
    "AHQ",
    "JSHQ",
    "Pentagon",
    "Kremlin",
    "Presidency",
];

/// Heads of compounds that can contain a monument.
const COMPOUND_HEADS: &[&str] = &[
    "Headquarters",
    "HQ",
    "GHQ",
    "NHQ",
    "AHQ",
    "JSHQ",
    "Cantonment",
    "Base",
    "Airbase",
    "Academy",
    "Palace",
    "Fort",
    "Citadel",
    "Garrison",
    "Complex",
];

/// Heads of monuments and the like, which lie within compounds.
const LANDMARK_HEADS: &[&str] = &["Monument", "Memorial", "Mausoleum", "Shrine"];

/// Words marking a seat of national government.
const GOVERNMENT_WORDS: &[&str] = &[
    "Prime",
    "President",
    "President's",
    "Presidency",
    "Ministry",
    "Secretariat",
    "Parliament",
    "Foreign",
    "Chancellery",
];

/// Arabic-script facility heads (Urdu and Arabic); the facility is the word before plus the head.
const ARABIC_HEADS: &[&str] = &[
    "ہیڈکوارٹرز",
    "ہیڈکوارٹر",
    "ہیڈ کوارٹرز",
    "ہاؤس",
    "ہاوس",
    "وزارت",
    "سفارتخانہ",
    "یادگار",
    "مقر",
    "قصر",
    "وزارة",
    "سفارة",
];

/// Lower-case words that may join capitalised words inside a facility name.
const CONNECTORS: &[&str] = &["of", "the", "and", "for", "de", "al", "el", "e", "i"];

/// Leading words that are not part of a facility name.
const LEADING_STOP: &[&str] = &[
    "The", "A", "An", "At", "In", "During", "From", "To", "On", "Inside", "Outside", "Near",
];

struct Run {
    first: usize,
    /// One past the last token.
    end: usize,
}

fn tok_text<'a>(text: &'a str, t: &WordRun) -> &'a str {
    &text[t.start..t.end]
}

fn is_apostrophe(s: &str) -> bool {
    matches!(s, "'" | "\u{2019}")
}

fn capitalised(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// Splits `text` into capitalised runs (see the module docs).
fn capitalised_runs(text: &str, tokens: &[WordRun]) -> Vec<Run> {
    let mut runs = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        if !(t.is_word && capitalised(tok_text(text, t))) {
            i += 1;
            continue;
        }
        let first = i;
        let mut end = i + 1;
        while let Some(next) = tokens.get(end) {
            let next_text = tok_text(text, next);
            let gap_ok = !text[tokens[end - 1].end..next.start].contains('\n');
            if !gap_ok {
                break;
            }
            if next.is_word && capitalised(next_text) {
                end += 1;
                continue;
            }
            // Possessive 's / s' joining a following capitalised word.
            if is_apostrophe(next_text) && !next.space_before {
                let s_then_cap = tokens
                    .get(end + 1)
                    .is_some_and(|s| !s.space_before && tok_text(text, s) == "s")
                    && tokens
                        .get(end + 2)
                        .is_some_and(|w| w.is_word && capitalised(tok_text(text, w)));
                if s_then_cap {
                    end += 3;
                    continue;
                }
                let plural_then_cap = tok_text(text, &tokens[end - 1]).ends_with('s')
                    && tokens
                        .get(end + 1)
                        .is_some_and(|w| w.is_word && capitalised(tok_text(text, w)));
                if plural_then_cap {
                    end += 2;
                    continue;
                }
                break;
            }
            // Hyphenated compounds: Yadgar-e-Shuhada, Commander-in-Chief.
            if next_text == "-" && !next.space_before {
                let joined = tokens
                    .get(end + 1)
                    .is_some_and(|w| w.is_word && !w.space_before);
                if joined {
                    end += 2;
                    continue;
                }
                break;
            }
            // Connectors followed by a capitalised word.
            if next.is_word && CONNECTORS.contains(&next_text) {
                let mut k = end + 1;
                while tokens
                    .get(k)
                    .is_some_and(|w| w.is_word && CONNECTORS.contains(&tok_text(text, w)))
                {
                    k += 1;
                }
                if tokens
                    .get(k)
                    .is_some_and(|w| w.is_word && capitalised(tok_text(text, w)))
                {
                    end = k + 1;
                    continue;
                }
            }
            break;
        }
        runs.push(Run { first, end });
        i = end;
    }
    runs
}

/// Paragraph index of every byte offset boundary: offsets where a blank line starts.
fn paragraph_starts(text: &str) -> Vec<usize> {
    let mut starts = vec![0];
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\n' {
            let mut j = i + 1;
            while j < bytes.len() && matches!(bytes[j], b' ' | b'\t' | b'\r') {
                j += 1;
            }
            if j < bytes.len() && bytes[j] == b'\n' {
                while j < bytes.len() && bytes[j].is_ascii_whitespace() {
                    j += 1;
                }
                starts.push(j);
                i = j;
                continue;
            }
        }
        i += 1;
    }
    starts
}

fn paragraph_of(starts: &[usize], offset: usize) -> usize {
    starts.partition_point(|s| *s <= offset).saturating_sub(1)
}

/// Byte offsets where sentences start (after `.`, `!`, `?` followed by space and a capital, and
/// at paragraph starts).
fn sentence_starts(text: &str, tokens: &[WordRun], paragraphs: &[usize]) -> Vec<usize> {
    let mut starts: Vec<usize> = paragraphs.to_vec();
    for w in tokens.windows(2) {
        let end_mark = matches!(tok_text(text, &w[0]), "." | "!" | "?");
        if end_mark && w[1].space_before && capitalised(tok_text(text, &w[1])) {
            starts.push(w[1].start);
        }
    }
    starts.sort_unstable();
    starts.dedup();
    starts
}

struct Draft {
    span: Span,
    name: String,
    acronym: Option<String>,
    gloss: Option<String>,
    country_code: Option<String>,
    /// A city named possessively before the name ("Rawalpindi's").
    leading_city: Option<ResolvedPlace>,
    heads: Vec<String>,
    /// Token range of the name, and of the whole mention including a parenthetical.
    name_tokens: (usize, usize),
    mention_end_token: usize,
}

impl Gazetteer {
    /// Finds facilities in one document's text, resolving its places with no extra context.
    pub fn find_facilities(&self, text: &str) -> Vec<Facility> {
        let places = self.places_in(text, &ResolveContext::default());
        self.facilities_with(text, &places)
    }

    /// Finds facilities given the document's already resolved places.
    pub fn facilities_with(&self, text: &str, places: &[ResolvedPlace]) -> Vec<Facility> {
        let tokens = word_runs(text);
        let paragraphs = paragraph_starts(text);
        let sentences = sentence_starts(text, &tokens, &paragraphs);
        let mut drafts = self.latin_drafts(text, &tokens, places);
        drafts.extend(arabic_drafts(text, &tokens));
        drafts.sort_by_key(|d| d.span.start);

        let main_country = main_country(places);
        let mut out: Vec<Facility> = Vec::with_capacity(drafts.len());
        let mut acronyms: FxHashMap<String, usize> = FxHashMap::default();
        for d in drafts {
            let mut facility = Facility {
                span: d.span,
                name: d.name.clone(),
                acronym: d.acronym.clone(),
                gloss: d.gloss.clone(),
                country_code: d.country_code.clone(),
                within_city: None,
                within_facility: None,
                city_rule: CityRule::Unresolved,
                refers_to: None,
            };
            let sentence = paragraph_of(&sentences, d.span.start);
            let sentence_start = sentences.get(sentence).copied().unwrap_or(0);
            let paragraph = paragraph_of(&paragraphs, d.span.start);

            if let Some(city) = explicit_city(text, &tokens, &d, places) {
                facility.within_city = Some(city);
                facility.city_rule = CityRule::Explicit;
            } else if let Some(&earlier) = acronyms.get(&d.name) {
                facility.refers_to = Some(earlier);
                if let Some(e) = out.get(earlier) {
                    facility.within_city = e.within_city.clone().map(|mut c| {
                        c.confidence *= 0.95;
                        c
                    });
                    facility.within_facility = e.within_facility.clone();
                    facility.country_code = facility.country_code.or(e.country_code.clone());
                    facility.city_rule = if facility.within_city.is_some() {
                        CityRule::AcronymReference
                    } else {
                        CityRule::Unresolved
                    };
                }
            } else if let Some(parent) = d
                .heads
                .iter()
                .any(|h| LANDMARK_HEADS.contains(&h.as_str()))
                .then(|| {
                    out.iter().enumerate().rev().find(|(_, f)| {
                        f.span.start >= sentence_start
                            && f.span.end <= d.span.start
                            && is_compound(f)
                    })
                })
                .flatten()
            {
                let (parent_index, parent) = parent;
                let root = parent.refers_to.unwrap_or(parent_index);
                let parent_name = out
                    .get(root)
                    .map(display_name)
                    .unwrap_or_else(|| display_name(parent));
                facility.within_facility = Some(parent_name);
                facility.within_city = parent.within_city.clone().map(|mut c| {
                    c.confidence *= 0.85;
                    c
                });
                facility.country_code = facility.country_code.or(parent.country_code.clone());
                facility.city_rule = CityRule::ParentFacility;
            } else if d
                .name
                .split([' ', '\''])
                .any(|w| GOVERNMENT_WORDS.contains(&w))
            {
                let sentence_country = d.country_code.clone().or_else(|| {
                    places
                        .iter()
                        .filter(|p| p.span.start >= sentence_start && p.span.end <= d.span.end)
                        .filter(|p| p.kind == PlaceKind::Country)
                        .filter_map(|p| p.country_code.clone())
                        .next_back()
                });
                let (code, confidence) = match sentence_country {
                    Some(c) => (Some(c), 0.6),
                    None => (main_country.clone(), 0.5),
                };
                if let Some((index, capital)) = code.as_deref().and_then(|c| self.capital_of(c)) {
                    let mut city = ResolvedPlace::from_place(
                        capital, index, d.span, &d.name, false, confidence,
                    );
                    city.surface = d.name.clone();
                    facility.within_city = Some(city);
                    facility.country_code = code;
                    facility.city_rule = CityRule::NationalCapital;
                }
            }
            if facility.within_city.is_none() && facility.city_rule == CityRule::Unresolved {
                let last_city = places.iter().rev().find(|p| {
                    p.kind == PlaceKind::City
                        && p.span.end <= d.span.start
                        && paragraph_of(&paragraphs, p.span.start) == paragraph
                });
                if let Some(city) = last_city {
                    let mut city = city.clone();
                    city.confidence = city.confidence.min(0.5);
                    facility.within_city = Some(city);
                    facility.city_rule = CityRule::ParagraphCity;
                }
            }
            if facility.country_code.is_none() {
                facility.country_code = facility
                    .within_city
                    .as_ref()
                    .and_then(|c| c.country_code.clone());
            }
            let index = out.len();
            if let Some(a) = &facility.acronym {
                acronyms.entry(a.clone()).or_insert(index);
            }
            out.push(facility);
        }
        out
    }

    fn latin_drafts(&self, text: &str, tokens: &[WordRun], places: &[ResolvedPlace]) -> Vec<Draft> {
        let mut drafts = Vec::new();
        let runs = capitalised_runs(text, tokens);
        let mut r = 0;
        let mut consumed_until = 0;
        while r < runs.len() {
            let run = &runs[r];
            r += 1;
            if run.first < consumed_until {
                continue;
            }
            let words: Vec<&str> = (run.first..run.end)
                .map(|k| tok_text(text, &tokens[k]))
                .collect();
            let heads: Vec<String> = words
                .iter()
                .filter(|w| HEADS.contains(w))
                .map(|w| w.to_string())
                .collect();
            let paren = parenthetical(text, tokens, run.end);
            let (heads, gloss_heads) = match (&paren, heads.is_empty()) {
                (Some(p), true) => {
                    let inner: Vec<String> = (p.0..p.1)
                        .map(|k| tok_text(text, &tokens[k]))
                        .filter(|w| HEADS.contains(w))
                        .map(str::to_string)
                        .collect();
                    (inner.clone(), !inner.is_empty())
                }
                _ => (heads, false),
            };
            if heads.is_empty() {
                continue;
            }
            // Strip leading articles/prepositions and a leading country (possessive or not).
            let mut first = run.first;
            while first < run.end && LEADING_STOP.contains(&tok_text(text, &tokens[first])) {
                first += 1;
            }
            let mut country_code = None;
            let mut leading_city = None;
            if let Some(p) = places.iter().find(|p| {
                p.span.start == tokens.get(first).map_or(usize::MAX, |t| t.start)
                    && matches!(p.kind, PlaceKind::Country | PlaceKind::City)
            }) {
                let mut after = first;
                while after < run.end && tokens[after].end <= p.span.end {
                    after += 1;
                }
                let possessive = tokens
                    .get(after)
                    .is_some_and(|t| is_apostrophe(tok_text(text, t)));
                if possessive {
                    after += 2;
                }
                if after < run.end && (possessive || p.kind == PlaceKind::Country) {
                    country_code = p.country_code.clone();
                    if p.kind == PlaceKind::City {
                        let mut city = p.clone();
                        city.confidence = city.confidence.min(0.9);
                        leading_city = Some(city);
                    }
                    first = after;
                }
            }
            if first >= run.end {
                continue;
            }
            let name = &text[tokens[first].start..tokens[run.end - 1].end];
            let word_count = (first..run.end).filter(|k| tokens[*k].is_word).count();
            let standalone = heads.iter().all(|h| STANDALONE_HEADS.contains(&h.as_str()));
            if word_count < 2 && !standalone && !gloss_heads {
                continue;
            }
            // A whole run that is a known place ("Port Said") is a place, not a facility.
            if places.iter().any(|p| {
                p.span.start == tokens[first].start && p.span.end == tokens[run.end - 1].end
            }) {
                continue;
            }
            let (acronym, gloss, mention_end) = match paren {
                Some((a, b)) => {
                    let inner = &text[tokens[a].start..tokens[b - 1].end];
                    let is_acronym = inner.len() <= 8
                        && inner.chars().all(|c| c.is_ascii_uppercase() || c == '-')
                        && inner.len() >= 2;
                    if is_acronym {
                        (Some(inner.to_string()), None, b + 1)
                    } else if gloss_heads {
                        (None, Some(inner.to_string()), b + 1)
                    } else {
                        (None, None, run.end)
                    }
                }
                None => (None, None, run.end),
            };
            let span_end = tokens
                .get(mention_end.saturating_sub(1))
                .map_or(text.len(), |t| t.end);
            consumed_until = mention_end;
            drafts.push(Draft {
                span: Span::new(tokens[first].start, span_end),
                name: name.to_string(),
                acronym,
                gloss,
                country_code,
                leading_city,
                heads,
                name_tokens: (first, run.end),
                mention_end_token: mention_end,
            });
        }
        drafts
    }
}

/// The token range inside a parenthesis that follows `after` (skipping `*` / `_` emphasis).
fn parenthetical(text: &str, tokens: &[WordRun], after: usize) -> Option<(usize, usize)> {
    let mut k = after;
    while tokens
        .get(k)
        .is_some_and(|t| matches!(tok_text(text, t), "*" | "_"))
    {
        k += 1;
    }
    if tokens.get(k).map(|t| tok_text(text, t)) != Some("(") {
        return None;
    }
    let open = k + 1;
    let mut close = open;
    while close < tokens.len() && close < open + 12 {
        if tok_text(text, &tokens[close]) == ")" {
            return (close > open).then_some((open, close));
        }
        close += 1;
    }
    None
}

/// Arabic-script facilities: the word before a head word plus the head ("نیول ہیڈکوارٹرز").
fn arabic_drafts(text: &str, tokens: &[WordRun]) -> Vec<Draft> {
    let heads: Vec<Vec<String>> = ARABIC_HEADS
        .iter()
        .map(|h| h.split(' ').map(name_key).collect())
        .collect();
    let mut drafts = Vec::new();
    for i in 1..tokens.len() {
        if !tokens[i].is_word || !tok_text(text, &tokens[i]).starts_with(is_arabic_char) {
            continue;
        }
        for head in &heads {
            let n = head.len();
            if i + n > tokens.len() {
                continue;
            }
            let matches = (0..n).all(|k| {
                tokens[i + k].is_word && name_key(tok_text(text, &tokens[i + k])) == head[k]
            });
            let prev = &tokens[i - 1];
            if !matches || !prev.is_word || !tok_text(text, prev).starts_with(is_arabic_char) {
                continue;
            }
            let span = Span::new(prev.start, tokens[i + n - 1].end);
            drafts.push(Draft {
                span,
                name: text[span.start..span.end].to_string(),
                acronym: None,
                gloss: None,
                country_code: None,
                leading_city: None,
                heads: vec![head.join(" ")],
                name_tokens: (i - 1, i + n),
                mention_end_token: i + n,
            });
            break;
        }
    }
    drafts
}

fn display_name(f: &Facility) -> String {
    match &f.acronym {
        Some(a) => format!("{} ({a})", f.name),
        None => f.name.clone(),
    }
}

fn is_compound(f: &Facility) -> bool {
    f.name
        .split(' ')
        .chain(f.acronym.as_deref())
        .any(|w| COMPOUND_HEADS.contains(&w))
}

/// The country most mentioned (names and demonyms) in the document.
fn main_country(places: &[ResolvedPlace]) -> Option<String> {
    let mut counts: FxHashMap<&str, usize> = FxHashMap::default();
    for p in places {
        if let (PlaceKind::Country, Some(cc)) = (p.kind, p.country_code.as_deref()) {
            *counts.entry(cc).or_insert(0) += 1;
        }
    }
    counts
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)))
        .map(|(cc, _)| cc.to_string())
}

/// A city stated with the facility: `in/at/near <City>` or `, <City>` after it, `<City>'s`
/// before it, or `of <City>` inside its name.
fn explicit_city(
    text: &str,
    tokens: &[WordRun],
    d: &Draft,
    places: &[ResolvedPlace],
) -> Option<ResolvedPlace> {
    let city_at = |start: usize| {
        places
            .iter()
            .find(|p| p.span.start == start && p.kind == PlaceKind::City)
    };
    let with_confidence = |p: &ResolvedPlace, c: f32| {
        let mut p = p.clone();
        p.confidence = p.confidence.min(c);
        p
    };
    // After: in / at / near / outside / , <City>
    let mut k = d.mention_end_token;
    if let Some(t) = tokens.get(k) {
        if matches!(tok_text(text, t), "in" | "at" | "near" | "outside" | ",") {
            k += 1;
            if tokens.get(k).is_some_and(|t| tok_text(text, t) == "the") {
                k += 1;
            }
            if let Some(p) = tokens.get(k).and_then(|t| city_at(t.start)) {
                return Some(with_confidence(p, 0.95));
            }
        }
    }
    // Before: <City>'s <facility>
    if let Some(city) = &d.leading_city {
        return Some(city.clone());
    }
    let (first, end) = d.name_tokens;
    // Inside: Port of <City>, Embassy ... in ... handled above.
    (first..end)
        .filter(|k| tok_text(text, &tokens[*k]) == "of")
        .find_map(|k| tokens.get(k + 1).and_then(|t| city_at(t.start)))
        .map(|p| with_confidence(p, 0.9))
}
