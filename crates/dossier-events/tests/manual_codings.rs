//! Codings the PLOVER manual prescribes and the composition of announcements and threats, on
//! invented sentences (fictional people, real country names where the actor dictionary is needed).

use dossier_ingest::{read_bytes, Limits};

fn types_of(text: &str) -> Vec<(String, Option<String>)> {
    let coder = dossier_events::EventCoder::embedded();
    let doc = read_bytes("fiction.txt", text.as_bytes(), &Limits::default())
        .next()
        .expect("one document")
        .expect("readable");
    let ents = dossier_entities::analyse(&doc);
    coder
        .code(&doc, &ents)
        .events
        .into_iter()
        .map(|e| (e.event_type.clone().unwrap_or_default(), e.mode.clone()))
        .collect()
}

#[test]
fn a_resignation_is_a_retreat() {
    let events = types_of("Gondor's Prime Minister Faramir Hurin resigned on Sunday.");
    assert_eq!(
        events,
        vec![("RETREAT".to_string(), Some("resign".to_string()))]
    );
}

#[test]
fn a_threat_to_stop_talks_is_one_threat() {
    let events =
        types_of("Norway has threatened to stop negotiations with Chile if its envoy is expelled.");
    let types: Vec<&str> = events.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(types, vec!["THREATEN"]);
}

#[test]
fn a_release_announced_by_a_statement_is_an_agreement() {
    let events = types_of(
        "The Rohan rebels said they will release the Gondor envoy and his guards on the weekend.",
    );
    let types: Vec<&str> = events.iter().map(|(t, _)| t.as_str()).collect();
    assert!(types.contains(&"AGREE"), "{types:?}");
    assert!(!types.contains(&"RETREAT"), "{types:?}");
}
