//! dossier's place gazetteer.
//!
//! An embedded, compact gazetteer built from GeoNames (cities with population >= 15,000,
//! countries, continents; CC BY 4.0) plus hand-made tables (country aliases, demonyms and
//! Arabic-script country names; seas, gulfs, straits and regions with rough centroids), and
//! three steps over text:
//!
//! 1. [`find_places`]: toponym and demonym candidates with byte spans (English case-sensitive,
//!    Arabic script after folding);
//! 2. [`resolve`]: one place per mention from document context (other places, countries,
//!    demonyms), population and capital status — Tripoli LY vs LB;
//! 3. [`find_facilities`]: buildings and compounds tied to their city when the text allows.
//!
//! Coordinates are reported only when the gazetteer has them, with their source
//! ([`CoordinateSource`]) and a [`Precision`].

mod build;
mod facility;
mod gazetteer;
pub mod normalize;
mod place;
mod resolve;
pub mod tables;

pub use facility::{CityRule, Facility};
pub use gazetteer::{Candidate, Gazetteer, NameOrigin, PlaceMention};
pub use normalize::Script;
pub use place::{CoordinateSource, Coordinates, GazetteerError, Place, PlaceKind, Precision};
pub use resolve::{ResolveContext, ResolvedPlace};

use std::path::Path;

/// Builds the gazetteer from a GeoNames directory (`cities15000.json`, `countries.json`,
/// `continents.json`). Write it with [`Gazetteer::to_bytes`].
pub fn build(geonames_dir: &Path) -> Result<Gazetteer, GazetteerError> {
    Gazetteer::build(geonames_dir)
}

/// Toponym and demonym candidates in text, using the embedded gazetteer.
pub fn find_places(text: &str) -> Vec<PlaceMention> {
    Gazetteer::embedded().find_places(text)
}

/// Resolves mentions of one document with the embedded gazetteer.
pub fn resolve(mentions: &[PlaceMention], context: &ResolveContext) -> Vec<ResolvedPlace> {
    Gazetteer::embedded().resolve(mentions, context)
}

/// Facilities in one document's text, with the embedded gazetteer.
pub fn find_facilities(text: &str) -> Vec<Facility> {
    Gazetteer::embedded().find_facilities(text)
}
