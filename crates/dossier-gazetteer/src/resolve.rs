//! Context disambiguation of toponym mentions.
//!
//! Each candidate gets a score:
//!
//! - a prior by kind: country 4, continent/sea/gulf/strait/region 3, city
//!   `0.3 * log10(population)` plus 0.8 for a national capital;
//! - by name origin: canonical name 0.6, curated alias or demonym 0.5, GeoNames alternate 0;
//! - document context: `2 * e / (e + 1)` where `e` is the evidence for the candidate's country:
//!   1 for every mention that can only be that country (a country name or demonym), 0.5 for
//!   every mention that can only be a city of that country, plus caller hints;
//! - proximity: 1 when another, unambiguous city mention lies within 250 km.
//!
//! One-word matches through a GeoNames alternate name only are dropped unless the city is in a
//! country with evidence >= 1, has a million people, or (Arabic-script names) is a city of
//! 300,000 or more in a country written in Arabic script (see `plausible_alternate`).
//!
//! The best candidate wins; its confidence is its softmax share of the scores (0.95 when it is
//! the only candidate, 0.8 when that one came from a GeoNames alternate name only).

use crate::gazetteer::{Candidate, Gazetteer, NameOrigin, PlaceMention};
use crate::normalize::Script;
use dossier_text::token::word_runs;

/// Countries whose cities are natively named in Arabic script.
const ARABIC_SCRIPT_COUNTRIES: &[&str] = &[
    "AE", "AF", "BH", "DZ", "EG", "IQ", "IR", "JO", "KW", "LB", "LY", "MA", "MR", "OM", "PK", "PS",
    "QA", "SA", "SD", "SY", "TN", "YE",
];
use crate::place::{CoordinateSource, Coordinates, Place, PlaceKind, Precision};
use dossier_model::PlaceInfo;
use dossier_model::Span;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

/// What the caller knows about the document beyond the mentions themselves.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ResolveContext {
    /// Countries (ISO2) the document is known to concern, with a weight (1.0 = as strong as
    /// one mention of the country's name): the outlet's country, actor countries...
    pub country_hints: Vec<(String, f32)>,
    /// Spans known not to be places (for example the NER's person names: "Taylor", "Obama");
    /// city readings of mentions overlapping them are dropped.
    pub excluded_spans: Vec<Span>,
}

/// A mention resolved to one gazetteer place.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResolvedPlace {
    /// Evidence: byte span of the mention.
    pub span: Span,
    /// The text as written.
    pub surface: String,
    /// Canonical name of the place.
    pub name: String,
    /// Kind of place.
    pub kind: PlaceKind,
    /// True when the mention is a demonym or adjectival form ("Pakistani") rather than a name.
    pub demonym: bool,
    /// ISO 3166-1 alpha-2 code.
    pub country_code: Option<String>,
    /// Coordinates from the gazetteer; `None` for demonyms (they name people or things of a
    /// country, not a location) and for places the gazetteer has no point for.
    pub coordinates: Option<Coordinates>,
    /// Where the coordinates come from.
    pub coordinate_source: Option<CoordinateSource>,
    /// How precisely it locates something.
    pub precision: Precision,
    /// GeoNames id, when the place is from GeoNames.
    pub geonames_id: Option<u32>,
    /// Index of the place in [`Gazetteer::places`].
    pub place: u32,
    /// How sure the choice is (0..=1).
    pub confidence: f32,
    /// How many other places the surface form could have meant.
    pub alternatives: usize,
}

impl ResolvedPlace {
    /// Builds a resolved place from a record, for a given span.
    pub fn from_place(
        place: &Place,
        index: u32,
        span: Span,
        surface: &str,
        demonym: bool,
        confidence: f32,
    ) -> ResolvedPlace {
        ResolvedPlace {
            span,
            surface: surface.to_string(),
            name: place.name.clone(),
            kind: place.kind,
            demonym,
            country_code: place.country_code.clone(),
            coordinates: if demonym { None } else { place.coordinates },
            coordinate_source: if demonym {
                None
            } else {
                place.coordinate_source
            },
            precision: place.kind.precision(),
            geonames_id: place.geonames_id,
            place: index,
            confidence,
            alternatives: 0,
        }
    }

    /// The model's place record for this resolution (`within` names an enclosing place).
    pub fn to_place_info(&self, within: Option<String>) -> PlaceInfo {
        PlaceInfo {
            kind: if self.kind.is_water() {
                "sea".to_string()
            } else {
                self.kind.as_str().to_string()
            },
            country: self.country_code.clone(),
            lat: self.coordinates.map(|c| c.lat),
            lon: self.coordinates.map(|c| c.lon),
            precision: self.precision.as_str().to_string(),
            geonames_id: self.geonames_id.map(u64::from),
            within,
            confidence: self.confidence,
        }
    }
}

impl Gazetteer {
    fn country_of(&self, c: &Candidate) -> Option<&str> {
        self.place(c.place)?.country_code.as_deref()
    }

    /// Resolves every mention to one place using the other mentions of the same document and
    /// the caller's hints (see the module docs for the scoring). Output is in mention order.
    pub fn resolve(
        &self,
        mentions: &[PlaceMention],
        context: &ResolveContext,
    ) -> Vec<ResolvedPlace> {
        let mut evidence: FxHashMap<&str, f32> = FxHashMap::default();
        let mut anchors: Vec<(usize, Coordinates)> = Vec::new();
        for (m_index, m) in mentions.iter().enumerate() {
            if m.candidates
                .iter()
                .any(|c| c.origin == NameOrigin::Alternate)
            {
                continue;
            }
            let mut codes: Vec<&str> = m
                .candidates
                .iter()
                .filter_map(|c| self.country_of(c))
                .collect();
            codes.sort_unstable();
            codes.dedup();
            let all_have_country = m.candidates.iter().all(|c| self.country_of(c).is_some());
            if let ([code], true) = (codes.as_slice(), all_have_country) {
                let national = m.candidates.iter().any(|c| {
                    self.place(c.place)
                        .is_some_and(|p| p.kind == PlaceKind::Country)
                });
                *evidence.entry(code).or_insert(0.0) += if national { 1.0 } else { 0.5 };
            }
            if let [only] = m.candidates.as_slice() {
                if let Some(p) = self.place(only.place) {
                    if let (PlaceKind::City, Some(c)) = (p.kind, p.coordinates) {
                        anchors.push((m_index, c));
                    }
                }
            }
        }
        for (code, weight) in &context.country_hints {
            *evidence.entry(code.as_str()).or_insert(0.0) += weight;
        }

        let mut out = Vec::with_capacity(mentions.len());
        for (m_index, m) in mentions.iter().enumerate() {
            let excluded = context.excluded_spans.iter().any(|s| s.overlaps(&m.span));
            let single_word = word_runs(&m.surface).len() == 1;
            let arabic = m.script == Script::Arabic;
            let scored: Vec<(f32, &Candidate)> = m
                .candidates
                .iter()
                .filter(|c| !single_word || self.plausible_alternate(c, arabic, &evidence))
                .filter(|c| {
                    !excluded
                        || self
                            .place(c.place)
                            .is_some_and(|p| p.kind != PlaceKind::City)
                })
                .map(|c| (self.score(c, &evidence, &anchors, m_index), c))
                .collect();
            let Some(&(best_score, best)) =
                scored
                    .iter()
                    .fold(None, |acc: Option<&(f32, &Candidate)>, x| match acc {
                        Some(a) if a.0 >= x.0 => Some(a),
                        _ => Some(x),
                    })
            else {
                continue;
            };
            let Some(place) = self.place(best.place) else {
                continue;
            };
            let confidence = if scored.len() == 1 {
                if best.origin == NameOrigin::Alternate {
                    0.8
                } else {
                    0.95
                }
            } else {
                let total: f32 = scored.iter().map(|(s, _)| (s - best_score).exp()).sum();
                (1.0 / total).min(0.95)
            };
            let mut resolved = ResolvedPlace::from_place(
                place,
                best.place,
                m.span,
                &m.surface,
                best.origin == NameOrigin::Demonym,
                confidence,
            );
            resolved.alternatives = scored.len() - 1;
            out.push(resolved);
        }
        out
    }

    /// A one-word match through a GeoNames alternate name only (a person's name, a common
    /// word in another language: "اشرف", "میری") counts only for a city of a country the document
    /// mentions, for a city of a million people or more ("Bombay", "Peking"), or, for an
    /// Arabic-script name, a city of 300,000 or more in a country that writes Arabic script.
    fn plausible_alternate(
        &self,
        c: &Candidate,
        arabic: bool,
        evidence: &FxHashMap<&str, f32>,
    ) -> bool {
        if c.origin != NameOrigin::Alternate {
            return true;
        }
        let Some(p) = self.place(c.place) else {
            return false;
        };
        let native_script =
            ARABIC_SCRIPT_COUNTRIES.contains(&p.country_code.as_deref().unwrap_or(""));
        p.population >= 1_000_000
            || (native_script && arabic && p.population >= 300_000)
            || p.country_code
                .as_deref()
                .is_some_and(|cc| evidence.get(cc).is_some_and(|e| *e >= 1.0))
    }

    fn score(
        &self,
        c: &Candidate,
        evidence: &FxHashMap<&str, f32>,
        anchors: &[(usize, Coordinates)],
        m_index: usize,
    ) -> f32 {
        let Some(p) = self.place(c.place) else {
            return f32::MIN;
        };
        let mut score = match p.kind {
            PlaceKind::Country => 4.0,
            PlaceKind::Continent
            | PlaceKind::Sea
            | PlaceKind::Gulf
            | PlaceKind::Strait
            | PlaceKind::Region => 3.0,
            PlaceKind::City => {
                0.3 * (p.population.max(1000) as f32).log10() + if p.capital { 0.8 } else { 0.0 }
            }
            PlaceKind::Facility => 0.0,
        };
        score += match c.origin {
            NameOrigin::Canonical => 0.6,
            NameOrigin::Alias | NameOrigin::Demonym => 0.5,
            NameOrigin::Alternate => 0.0,
        };
        if let Some(e) = p
            .country_code
            .as_deref()
            .and_then(|cc| evidence.get(cc))
            .filter(|e| **e > 0.0)
        {
            score += 2.0 * e / (e + 1.0);
        }
        if let (PlaceKind::City, Some(here)) = (p.kind, p.coordinates) {
            let near = anchors
                .iter()
                .any(|(i, a)| *i != m_index && here.distance_km(a) < 250.0);
            if near {
                score += 1.0;
            }
        }
        score
    }

    /// Finds and resolves the places of one document in one step.
    pub fn places_in(&self, text: &str, context: &ResolveContext) -> Vec<ResolvedPlace> {
        self.resolve(&self.find_places(text), context)
    }
}
