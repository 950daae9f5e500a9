//! Real-news failure classes, one fixture each (`tests/data/real_news/`): the project's own
//! writing that reproduces a way real coverage in English, Urdu or Arabic broke dossier. Each
//! fixture is ingested through the pipeline into a fresh store, and the people and events its
//! `.json` file names must come out (see the folder's README for the fields).

use dossier_model::{Entity, Event, ParticipantRole};
use dossier_store::{DocListQuery, SqliteStore, StoreReader};
use serde::Deserialize;
use std::path::{Path, PathBuf};

#[derive(Deserialize)]
struct Expect {
    why: String,
    #[serde(default)]
    persons: Vec<ExpectPerson>,
    #[serde(default)]
    events: Vec<ExpectEvent>,
    #[serde(default)]
    forbidden_types: Vec<String>,
    max_events: Option<usize>,
}

#[derive(Deserialize)]
struct ExpectPerson {
    name: String,
    rank: Option<String>,
    role: Option<String>,
    country: Option<String>,
}

#[derive(Deserialize)]
struct ExpectEvent {
    #[serde(rename = "type")]
    event_type: String,
    cameo: Option<String>,
    actor: String,
    recipient: String,
}

fn fixtures() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/real_news");
    let mut out: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/data/real_news")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    out.sort();
    out
}

/// The stored entities and events of one fixture, ingested alone.
fn analyse(text: &Path) -> (Vec<Entity>, Vec<Event>) {
    let dir = tempfile::tempdir().expect("temporary directory");
    let mut store = SqliteStore::open(dir.path().join("fixture.db")).expect("store");
    dossier_pipeline::ingest_paths(
        &mut store,
        &[text.to_path_buf()],
        &dossier_ingest::Limits::default(),
        200,
        &mut dossier_pipeline::Quiet,
    )
    .expect("ingest");
    let listed = store
        .list_documents(&DocListQuery {
            limit: 10,
            ..Default::default()
        })
        .expect("list");
    let mut entities = Vec::new();
    let mut events = Vec::new();
    for summary in &listed {
        let id = &summary.id;
        if let Some(found) = store.get_entities(id).expect("entities") {
            entities.extend(found.entities);
        }
        if let Some(found) = store.get_events(id).expect("events") {
            events.extend(found.events);
        }
    }
    (entities, events)
}

fn describe(entities: &[Entity], events: &[Event]) -> String {
    let mut out = String::from("persons:\n");
    for e in entities {
        let roles: Vec<String> = e
            .roles
            .iter()
            .map(|r| format!("{:?}/{:?}/{:?}", r.rank, r.role, r.country))
            .collect();
        out.push_str(&format!(
            "  {:?} {:?} country {:?} roles {roles:?}\n",
            e.kind, e.name, e.country
        ));
    }
    out.push_str("events:\n");
    for ev in events {
        let actors: Vec<String> = ev
            .actors
            .iter()
            .map(|a| format!("{:?}={}", a.role, a.name))
            .collect();
        out.push_str(&format!(
            "  {:?} {:?} {actors:?}\n",
            ev.event_type, ev.cameo
        ));
    }
    out
}

fn check(text: &Path) -> Vec<String> {
    let json = text.with_extension("json");
    let expect: Expect = serde_json::from_str(
        &std::fs::read_to_string(&json).unwrap_or_else(|e| panic!("{}: {e}", json.display())),
    )
    .unwrap_or_else(|e| panic!("{}: {e}", json.display()));
    let (entities, events) = analyse(text);
    let mut failures = Vec::new();
    for p in &expect.persons {
        let found = entities.iter().find(|e| e.names.contains(&p.name));
        let Some(e) = found else {
            failures.push(format!("no person named {:?}", p.name));
            continue;
        };
        if let Some(rank) = &p.rank {
            if !e.roles.iter().any(|r| r.rank.as_ref() == Some(rank)) {
                failures.push(format!("{:?} lacks rank {rank:?}", p.name));
            }
        }
        if let Some(role) = &p.role {
            if !e.roles.iter().any(|r| r.role.as_ref() == Some(role)) {
                failures.push(format!("{:?} lacks role {role:?}", p.name));
            }
        }
        if let Some(country) = &p.country {
            if e.country.as_ref() != Some(country) {
                failures.push(format!(
                    "{:?} has country {:?}, not {country:?}",
                    p.name, e.country
                ));
            }
        }
    }
    for x in &expect.events {
        let hit = events.iter().any(|ev| {
            ev.event_type.as_deref() == Some(x.event_type.as_str())
                && x.cameo
                    .as_ref()
                    .is_none_or(|c| ev.cameo.as_deref() == Some(c.as_str()))
                && ev
                    .with_role(ParticipantRole::Actor)
                    .any(|a| a.name.contains(&x.actor))
                && ev
                    .with_role(ParticipantRole::Recipient)
                    .any(|a| a.name.contains(&x.recipient))
        });
        if !hit {
            failures.push(format!(
                "no {} {:?} event with actor {:?} and recipient {:?}",
                x.event_type, x.cameo, x.actor, x.recipient
            ));
        }
    }
    for ev in &events {
        if let Some(t) = &ev.event_type {
            if expect.forbidden_types.contains(t) {
                failures.push(format!("forbidden {t} event coded"));
            }
        }
    }
    if let Some(max) = expect.max_events {
        if events.len() > max {
            failures.push(format!("{} events, at most {max} expected", events.len()));
        }
    }
    if !failures.is_empty() {
        failures.insert(0, format!("why this fixture exists: {}", expect.why));
        failures.push(describe(&entities, &events));
    }
    failures
}

fn fixture(class: &str) {
    let text = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/real_news")
        .join(format!("{class}.txt"));
    let failures = check(&text);
    assert!(failures.is_empty(), "{class}:\n  {}", failures.join("\n  "));
}

/// One test per failure class, named after it.
macro_rules! failure_classes {
    ($($class:ident),* $(,)?) => {
        $(
            #[test]
            fn $class() {
                fixture(stringify!($class));
            }
        )*

        const CLASSES: &[&str] = &[$(stringify!($class)),*];
    };
}

failure_classes! {
    arabic_meeting_verb_first,
    arabic_reception_host,
    arabic_name_stops_at_sentence_end,
    urdu_meeting_subject_first,
    urdu_reception_demonym_before_title,
    arabic_phone_call_received,
    arabic_gulf_names_and_honorifics,
    arabic_counterpart_and_rank_modifiers,
    arabic_envoy_for_countries_named_john,
    urdu_retired_rank_marker,
    arabic_quoted_name,
    arabic_attendees_are_not_a_meeting,
    arabic_rank_with_article_on_every_word,
    urdu_office_word_not_a_name,
    english_called_on_is_a_visit,
    english_courtesy_call_is_a_visit,
    english_change_of_command_is_not_conflict,
}

#[test]
fn every_fixture_has_its_test() {
    for text in fixtures() {
        let class = text.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        assert!(
            CLASSES.contains(&class),
            "tests/data/real_news/{class}.txt has no test: add it to failure_classes!"
        );
    }
}
