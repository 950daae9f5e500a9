//! The entities stage on the two seed articles, against ../shared/corpus/seeds/gold.json:
//! every gold actor found with its type, rank/role and country, its aliases joined in each
//! document, and the relative date of seed 001 resolved.

use dossier_ingest::{read_path, Limits};
use dossier_model::{Document, DocumentEntities, Entity, EntityType};
use std::path::PathBuf;

/// The reference data folder (the test fails, naming it, when it is missing).
fn shared() -> PathBuf {
    dossier_testdata::path("")
}

fn seed(name: &str) -> Document {
    let path = shared().join("corpus/seeds").join(name);
    read_path(&path, &Limits::default())
        .next()
        .expect("one document")
        .expect("readable seed")
}

fn gold() -> serde_json::Value {
    let text = std::fs::read_to_string(shared().join("corpus/seeds/gold.json")).expect("gold");
    serde_json::from_str(&text).expect("gold json")
}

fn kind_of(gold_type: &str) -> EntityType {
    match gold_type {
        "PERSON" => EntityType::Person,
        "ORG" => EntityType::Organisation,
        other => panic!("unexpected gold type {other}"),
    }
}

/// The entities of `analysis` carrying any of `names` (ignoring case).
fn carrying<'a>(analysis: &'a DocumentEntities, names: &[String]) -> Vec<&'a Entity> {
    analysis
        .entities
        .iter()
        .filter(|e| {
            e.names
                .iter()
                .any(|n| names.iter().any(|g| g.eq_ignore_ascii_case(n)))
        })
        .collect()
}

#[test]
fn every_gold_actor_is_found_once_per_document_with_role_and_country() {
    let gold = gold();
    let docs = [
        ("000_f7077eb1f7c7a540.txt", seed("000_f7077eb1f7c7a540.txt")),
        ("001_ed0f8eca4efca57a.txt", seed("001_ed0f8eca4efca57a.txt")),
    ];
    let analyses: Vec<DocumentEntities> = docs
        .iter()
        .map(|(_, d)| dossier_entities::analyse(d))
        .collect();
    for actor in gold["actors"].as_array().expect("actors") {
        let id = actor["id"].as_str().unwrap_or("?");
        let names: Vec<String> = actor["names"]
            .as_array()
            .expect("names")
            .iter()
            .filter_map(|n| n.as_str().map(str::to_string))
            .collect();
        let kind = kind_of(actor["type"].as_str().unwrap_or(""));
        let mut found_somewhere = false;
        for ((file, doc), analysis) in docs.iter().zip(&analyses) {
            // Only documents whose body names the actor in a Latin-script form count.
            let named = names
                .iter()
                .filter(|n| n.is_ascii())
                .any(|n| doc.body.contains(n.as_str()));
            if !named {
                continue;
            }
            let hits = carrying(analysis, &names);
            assert_eq!(
                hits.len(),
                1,
                "{id} in {file}: want exactly one entity carrying {names:?}, got {:#?}",
                hits.iter().map(|e| (&e.name, &e.names)).collect::<Vec<_>>()
            );
            let e = hits[0];
            assert_eq!(e.kind, kind, "{id} in {file}: type");
            if let Some(country) = actor["country"].as_str() {
                assert_eq!(
                    e.country.as_deref(),
                    Some(country),
                    "{id} in {file}: country"
                );
            }
            if kind == EntityType::Person {
                let sector = actor["sector"].as_str();
                assert_eq!(e.sector.as_deref(), sector, "{id} in {file}: sector");
                let rank = actor["roles"][0].as_str().unwrap_or("");
                assert!(
                    e.roles.iter().any(|r| r.rank.as_deref() == Some(rank)
                        || r.role.as_deref() == Some(rank)),
                    "{id} in {file}: no role {rank:?} in {:#?}",
                    e.roles
                );
                // Every Latin-script gold name written in this document joined this entity.
                for n in names.iter().filter(|n| n.is_ascii()) {
                    if doc.body.contains(&format!("{n} "))
                        || doc.body.contains(&format!("{n}."))
                        || doc.body.contains(&format!("{n},"))
                        || doc.body.contains(&format!("{n}’"))
                        || doc.body.contains(&format!("{n}'"))
                    {
                        assert!(
                            e.names.iter().any(|x| x.contains(n.as_str()))
                                || e.mentions.iter().any(|m| m.text.contains(n.as_str())),
                            "{id} in {file}: alias {n:?} not joined: {:?}",
                            e.names
                        );
                    }
                }
            }
            for m in &e.mentions {
                assert_eq!(
                    doc.body.get(m.start..m.end),
                    Some(m.text.as_str()),
                    "{id}: mention span"
                );
            }
            found_somewhere = true;
        }
        assert!(found_somewhere, "{id}: not found in any seed");
    }
}

#[test]
fn the_two_haftars_stay_apart_and_relative_dates_resolve() {
    let doc = seed("001_ed0f8eca4efca57a.txt");
    let analysis = dossier_entities::analyse(&doc);
    let friday = analysis
        .dates
        .iter()
        .find(|d| d.mention.text.contains("Friday"))
        .expect("on Friday");
    assert_eq!(
        friday.value.value.map(|d| d.to_string()).as_deref(),
        Some("2025-07-18")
    );
    let bare_father = analysis.entities.iter().any(|e| e.name == "Khalifa Haftar");
    assert!(
        !bare_father,
        "no entity for the father, who is not in the text"
    );
}
