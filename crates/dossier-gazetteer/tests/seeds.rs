//! Checks against the seed articles and gold record in ../shared/corpus/seeds, and the artifact
//! against the GeoNames data in ../shared/data/geonames.

use dossier_gazetteer::{CityRule, Gazetteer, PlaceKind, ResolveContext, ResolvedPlace};
use std::path::PathBuf;

/// The reference data folder (the test fails, naming it, when it is missing).
fn shared() -> PathBuf {
    dossier_testdata::path("")
}

fn seed(name_prefix: &str) -> String {
    let dir = shared().join("corpus/seeds");
    let entry = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with(name_prefix)
        })
        .unwrap();
    std::fs::read_to_string(entry).unwrap()
}

fn gold() -> serde_json::Value {
    let text = std::fs::read_to_string(shared().join("corpus/seeds/gold.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn resolved(text: &str) -> Vec<ResolvedPlace> {
    Gazetteer::embedded().places_in(text, &ResolveContext::default())
}

#[test]
fn every_gold_place_is_found_with_its_country_and_kind() {
    let texts = [seed("000"), seed("001")];
    let places: Vec<ResolvedPlace> = texts.iter().flat_map(|t| resolved(t)).collect();
    let facilities: Vec<_> = texts
        .iter()
        .flat_map(|t| Gazetteer::embedded().find_facilities(t))
        .collect();
    for g in gold()["places"].as_array().unwrap() {
        let name = g["name"].as_str().unwrap();
        if let Some(within) = g["within"].as_str() {
            let bare = name.split(" (").next().unwrap();
            let f = facilities
                .iter()
                .find(|f| f.name.contains(bare))
                .unwrap_or_else(|| panic!("facility {name} not found"));
            let city = f.within_city.as_ref().map(|c| c.name.as_str());
            let parent = f.within_facility.as_deref();
            assert!(
                city == Some(within) || parent == Some(within),
                "{name}: within {city:?} / {parent:?}, gold {within}"
            );
            continue;
        }
        let hits: Vec<&ResolvedPlace> = places
            .iter()
            .filter(|p| p.surface == name || p.name == name || p.name.starts_with(name))
            .collect();
        assert!(!hits.is_empty(), "gold place {name} not found");
        for p in &hits {
            if let Some(cc) = g["country"].as_str() {
                assert_eq!(p.country_code.as_deref(), Some(cc), "{name}");
            }
            if let Some(kind) = g["kind"].as_str() {
                assert_eq!(p.to_place_info(None).kind, kind, "{name}");
            }
            if let (Some(lat), Some(lon)) = (g["lat"].as_f64(), g["lon"].as_f64()) {
                let c = p.coordinates.expect("coordinates");
                assert!(
                    (c.lat - lat).abs() < 0.05 && (c.lon - lon).abs() < 0.05,
                    "{name}"
                );
            }
        }
    }
}

#[test]
fn tripoli_in_seed_001_is_libya() {
    let places = resolved(&seed("001"));
    let tripoli = places.iter().find(|p| p.surface == "Tripoli").unwrap();
    assert_eq!(tripoli.country_code.as_deref(), Some("LY"));
    assert!(tripoli.confidence > 0.7, "{}", tripoli.confidence);
    assert!(tripoli.alternatives >= 1);
}

#[test]
fn seed_001_facilities_are_tied_to_their_cities() {
    let facilities = Gazetteer::embedded().find_facilities(&seed("001"));
    let ghq = facilities
        .iter()
        .find(|f| f.acronym.as_deref() == Some("GHQ"))
        .unwrap();
    assert_eq!(ghq.name, "General Headquarters");
    assert_eq!(ghq.city_rule, CityRule::Explicit);
    assert_eq!(ghq.country_code.as_deref(), Some("PK"));
    let monument = facilities
        .iter()
        .find(|f| f.name == "Yadgar-e-Shuhada")
        .unwrap();
    assert_eq!(monument.gloss.as_deref(), Some("Martyrs' Monument"));
    assert_eq!(
        monument.within_facility.as_deref(),
        Some("General Headquarters (GHQ)")
    );
    assert_eq!(
        monument.within_city.as_ref().map(|c| c.name.as_str()),
        Some("Rawalpindi")
    );
    let pm_house = facilities
        .iter()
        .find(|f| f.name == "Prime Minister's House")
        .unwrap();
    assert_eq!(pm_house.city_rule, CityRule::NationalCapital);
    let city = pm_house.within_city.as_ref().unwrap();
    assert_eq!(city.name, "Islamabad");
    assert!(city.confidence < 0.9);
}

#[test]
fn urdu_paragraph_places_resolve_through_arabic_script_names() {
    let text = seed("000");
    let places = resolved(&text);
    let urdu: Vec<&ResolvedPlace> = places
        .iter()
        .filter(|p| {
            p.surface
                .chars()
                .any(dossier_gazetteer::normalize::is_arabic_char)
        })
        .collect();
    assert!(
        urdu.iter()
            .any(|p| p.surface == "لیبیا" && p.country_code.as_deref() == Some("LY")),
        "{urdu:?}"
    );
    // Person names and common words in the paragraph are not places.
    assert!(
        urdu.iter().all(|p| p.kind == PlaceKind::Country),
        "{urdu:?}"
    );
    let facilities = Gazetteer::embedded().find_facilities(&text);
    assert!(facilities.iter().any(|f| f.name == "نیول ہیڈکوارٹرز"));
}

#[test]
fn geonames_arabic_script_city_names_are_indexed() {
    let g = Gazetteer::embedded();
    for (name, cc) in [
        ("راولپنڈی", "PK"),
        ("اسلام آباد", "PK"),
        ("طرابلس", "LY"),
        ("بنغازي", "LY"),
    ] {
        let text = format!("{name} میں");
        let places = g.places_in(&text, &ResolveContext::default());
        assert_eq!(places.len(), 1, "{name}: {places:?}");
        assert_eq!(places[0].country_code.as_deref(), Some(cc), "{name}");
    }
}

#[test]
fn artifact_is_deterministic_and_matches_the_embedded_one() {
    let dir = shared().join("data/geonames");
    let a = dossier_gazetteer::build(&dir).unwrap().to_bytes().unwrap();
    let b = dossier_gazetteer::build(&dir).unwrap().to_bytes().unwrap();
    assert_eq!(a, b);
    let embedded =
        std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/data/gazetteer.bin")).unwrap();
    assert!(a == embedded, "embedded artifact is stale: rebuild it");
    assert!(embedded.len() < 8_000_000);
}
