//! Codings the PLOVER manual prescribes and the composition of announcements and threats, on
//! invented sentences (fictional people, real country names where the actor dictionary is needed).

use dossier_ingest::{read_bytes, Limits};

/// The events coded in `text`, read as one plain-text document.
fn events_of(text: &str) -> Vec<dossier_model::Event> {
    let coder = dossier_events::EventCoder::embedded();
    let doc = read_bytes("fiction.txt", text.as_bytes(), &Limits::default())
        .next()
        .expect("one document")
        .expect("readable");
    let ents = dossier_entities::analyse(&doc);
    coder.code(&doc, &ents).events
}

fn types_of(text: &str) -> Vec<(String, Option<String>)> {
    events_of(text)
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

/// The main event of a sentence (the one the PLOVER evaluation scores): highest confidence,
/// earliest on ties.
fn main_type(text: &str) -> String {
    let events = events_of(text);
    let mut best: Option<&dossier_model::Event> = None;
    for e in events.iter().filter(|e| e.event_type.is_some()) {
        if best.is_none_or(|b| e.confidence > b.confidence) {
            best = Some(e);
        }
    }
    best.and_then(|e| e.event_type.clone()).unwrap_or_default()
}

#[test]
fn an_event_noun_after_a_light_verb_is_the_event() {
    assert_eq!(
        main_type("Norway today mounted its long-planned invasion of Chile."),
        "ASSAULT"
    );
    assert_eq!(
        main_type("Rohan farmers continued their hunger strike outside the Gondor parliament."),
        "PROTEST"
    );
    assert_eq!(
        main_type("Chile imposed sanctions on Norway after the border incident."),
        "SANCTION"
    );
    assert_eq!(
        main_type("The Norwegian army lifted a week-old blockade on Chilean lorries."),
        "RETREAT"
    );
}

#[test]
fn the_governing_verb_outranks_its_that_clause() {
    assert_eq!(
        main_type("Chile demanded that Norway cancel plans to sell frigates to Peru."),
        "REQUEST"
    );
}

#[test]
fn an_announced_refusal_is_a_rejection() {
    assert_eq!(
        main_type("Norway says it will not accept any more refugees from Chile."),
        "REJECT"
    );
}

#[test]
fn summoning_an_ambassador_to_complain_is_an_accusation() {
    assert_eq!(
        main_type("Chile summoned Norway's ambassador to complain about the fishing raids."),
        "ACCUSE"
    );
}

#[test]
fn blocked_roads_are_a_protest_unless_security_forces_block_them() {
    assert_eq!(
        main_type("Angry Chilean workers blocked roads leading to the port on Sunday."),
        "PROTEST"
    );
    assert_eq!(
        main_type("Norwegian troops blocked roads leading to the border on Sunday."),
        "COERCE"
    );
}

#[test]
fn a_conditional_halt_is_a_threat() {
    assert_eq!(
        main_type("Norway may halt aid to Chile, its foreign minister said."),
        "THREATEN"
    );
}
