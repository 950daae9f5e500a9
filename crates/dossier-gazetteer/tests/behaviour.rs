//! Behaviour on sentences written for these tests (a fictional news world around real places).

use dossier_gazetteer::{CityRule, Gazetteer, PlaceKind, Precision, ResolveContext};

fn places(text: &str) -> Vec<dossier_gazetteer::ResolvedPlace> {
    Gazetteer::embedded().places_in(text, &ResolveContext::default())
}

fn country_of(text: &str, surface: &str) -> Option<String> {
    places(text)
        .into_iter()
        .find(|p| p.surface == surface)
        .and_then(|p| p.country_code)
}

#[test]
fn embedded_gazetteer_is_loaded() {
    let g = Gazetteer::embedded();
    assert!(g.places().len() > 34_000);
    assert!(g.country("PK").is_some());
    assert_eq!(
        g.capital_of("LY").map(|(_, p)| p.name.as_str()),
        Some("Tripoli")
    );
}

#[test]
fn tripoli_follows_its_document() {
    let lebanese = "The Arnorian envoy landed in Beirut on Monday. Talks in Tripoli with Lebanese \
                    officials covered the port of the northern city.";
    assert_eq!(country_of(lebanese, "Tripoli").as_deref(), Some("LB"));
    let libyan = "Gondor's navy docked at Benghazi. Tripoli welcomed the Libyan delegation.";
    assert_eq!(country_of(libyan, "Tripoli").as_deref(), Some("LY"));
    // No context: the capital of Libya, the larger and capital city, wins.
    assert_eq!(
        country_of("Tripoli was quiet.", "Tripoli").as_deref(),
        Some("LY")
    );
}

#[test]
fn hyderabad_follows_its_document() {
    let sindh = "Flooding hit Karachi and Hyderabad, Pakistani officials said.";
    assert_eq!(country_of(sindh, "Hyderabad").as_deref(), Some("PK"));
    let deccan = "The Indian army held drills near Hyderabad and Secunderabad.";
    assert_eq!(country_of(deccan, "Hyderabad").as_deref(), Some("IN"));
}

#[test]
fn demonyms_give_a_country_without_coordinates() {
    let found = places("Omani and Sri Lankan sailors joined Turkish and Afghan observers.");
    let codes: Vec<(&str, bool)> = found
        .iter()
        .map(|p| (p.country_code.as_deref().unwrap_or(""), p.demonym))
        .collect();
    assert_eq!(
        codes,
        [("OM", true), ("LK", true), ("TR", true), ("AF", true)]
    );
    assert!(found.iter().all(|p| p.coordinates.is_none()));
    assert!(found.iter().all(|p| p.precision == Precision::Country));
}

#[test]
fn possessives_and_datelines() {
    let found = places("ISLAMABAD: Pakistan's and Tripoli’s envoys met.");
    let surfaces: Vec<&str> = found.iter().map(|p| p.surface.as_str()).collect();
    assert_eq!(surfaces, ["ISLAMABAD", "Pakistan", "Tripoli"]);
    assert_eq!(found[0].name, "Islamabad");
}

#[test]
fn english_words_are_not_places_without_context() {
    assert!(places("Mobile phones are Nice to have. Reading is fun. March on.").is_empty());
    let nice = places("The summit moved to Nice, France.");
    assert_eq!(nice.first().map(|p| p.name.as_str()), Some("Nice"));
    assert_eq!(
        nice.first().and_then(|p| p.country_code.as_deref()),
        Some("FR")
    );
    // A city name right after a title is a surname.
    assert!(places("General Jackson spoke.").is_empty());
}

#[test]
fn seas_regions_and_continents() {
    let found = places(
        "Patrols in the Arabian Sea, the Gulf of Oman and the Strait of Hormuz spanned the \
         Middle East, the Sahel and the Horn of Africa, and reached Asia.",
    );
    let kinds: Vec<(&str, PlaceKind)> = found.iter().map(|p| (p.name.as_str(), p.kind)).collect();
    assert_eq!(
        kinds,
        [
            ("Arabian Sea", PlaceKind::Sea),
            ("Gulf of Oman", PlaceKind::Gulf),
            ("Strait of Hormuz", PlaceKind::Strait),
            ("Middle East", PlaceKind::Region),
            ("Sahel", PlaceKind::Region),
            ("Horn of Africa", PlaceKind::Region),
            ("Asia", PlaceKind::Continent),
        ]
    );
    let gulf = places("Tankers crossed the Gulf.");
    assert_eq!(gulf.first().map(|p| p.name.as_str()), Some("Gulf region"));
    assert!(places("Gulf carriers expanded.").is_empty());
}

#[test]
fn arabic_script_names_match_after_folding() {
    let found = places("وفد من طَرَابُلُس وصل إلى باكستان");
    let names: Vec<(&str, Option<&str>)> = found
        .iter()
        .map(|p| (p.name.as_str(), p.country_code.as_deref()))
        .collect();
    assert_eq!(names, [("Tripoli", Some("LY")), ("Pakistan", Some("PK"))]);
}

#[test]
fn facilities_are_tied_to_cities_by_rule() {
    let g = Gazetteer::embedded();
    let text = "Envoys met at the Arnor Naval Academy in Karachi.\n\n\
                Later they visited Lahore and laid a wreath at the Minar Memorial.\n\n\
                The Pakistani delegation then met the premier at the Prime Minister's House.\n\n\
                A reception followed at the Gondor Palace.";
    let facilities = g.find_facilities(text);
    let summary: Vec<(&str, CityRule, Option<&str>)> = facilities
        .iter()
        .map(|f| {
            (
                f.name.as_str(),
                f.city_rule,
                f.within_city.as_ref().map(|c| c.name.as_str()),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            ("Arnor Naval Academy", CityRule::Explicit, Some("Karachi")),
            ("Minar Memorial", CityRule::ParagraphCity, Some("Lahore")),
            (
                "Prime Minister's House",
                CityRule::NationalCapital,
                Some("Islamabad")
            ),
            ("Gondor Palace", CityRule::Unresolved, None),
        ]
    );
    let confidences: Vec<f32> = facilities
        .iter()
        .filter_map(|f| f.within_city.as_ref().map(|c| c.confidence))
        .collect();
    assert!(confidences[0] > 0.9 && confidences[1] <= 0.5 && confidences[2] <= 0.6);
}

#[test]
fn acronym_and_possessive_city_facilities() {
    let g = Gazetteer::embedded();
    let text = "He toured Rawalpindi's Joint Staff Headquarters (JSHQ). At JSHQ he met officers \
                and saw the Victory Monument.";
    let facilities = g.find_facilities(text);
    assert_eq!(facilities.len(), 3, "{facilities:?}");
    assert_eq!(facilities[0].acronym.as_deref(), Some("JSHQ"));
    assert_eq!(facilities[0].city_rule, CityRule::Explicit);
    assert_eq!(facilities[1].refers_to, Some(0));
    assert_eq!(facilities[1].city_rule, CityRule::AcronymReference);
    assert_eq!(facilities[2].city_rule, CityRule::ParentFacility);
    assert_eq!(
        facilities[2].within_facility.as_deref(),
        Some("Joint Staff Headquarters (JSHQ)")
    );
    for f in &facilities {
        assert_eq!(
            f.within_city.as_ref().map(|c| c.name.as_str()),
            Some("Rawalpindi")
        );
    }
}

#[test]
fn spans_point_at_the_surface() {
    let text = "Troops left Benghazi for the Red Sea coast of Sudan.";
    for p in places(text) {
        assert_eq!(&text[p.span.start..p.span.end], p.surface);
    }
}

#[test]
fn excluded_spans_drop_city_readings() {
    let g = Gazetteer::embedded();
    let text = "Taylor said Pakistan agreed.";
    let context = ResolveContext {
        excluded_spans: vec![dossier_model::Span::new(0, 6)],
        ..ResolveContext::default()
    };
    let found = g.places_in(text, &context);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].name, "Pakistan");
}
