//! The seed articles of ../shared/corpus/seeds against gold.json: every gold person found with
//! its rank, role, country and sector, its aliases in one cluster per document; every gold
//! organisation found with its country.

use dossier_actors::{find_org_mentions, find_person_mentions, link_mentions, EntityCluster};
use dossier_model::PartialDate;
use serde_json::Value;

fn seeds() -> (Value, Vec<(String, String)>) {
    let gold: Value =
        serde_json::from_str(&dossier_testdata::read_to_string("corpus/seeds/gold.json"))
            .expect("gold.json");
    let mut docs = Vec::new();
    for d in gold["documents"].as_array().expect("gold documents") {
        let file = d["file"].as_str().expect("document file").to_string();
        let text = dossier_testdata::read_to_string(&format!("corpus/seeds/{file}"));
        docs.push((file, text));
    }
    (gold, docs)
}

fn norm(s: &str) -> String {
    s.replace('’', "'").to_lowercase()
}

/// The clusters of a document that carry one of the gold names.
fn clusters_with<'a>(clusters: &'a [EntityCluster], names: &[String]) -> Vec<&'a EntityCluster> {
    clusters
        .iter()
        .filter(|c| {
            c.names
                .iter()
                .any(|n| names.iter().any(|g| norm(g) == norm(n)))
        })
        .collect()
}

#[test]
fn gold_people_found_with_roles_and_joined() {
    let (gold, docs) = seeds();
    let date = PartialDate::parse("2025-07-19");
    let per_doc: Vec<(
        String,
        String,
        Vec<EntityCluster>,
        Vec<dossier_actors::PersonMention>,
    )> = docs
        .iter()
        .map(|(f, text)| {
            let m = find_person_mentions(text, date);
            (f.clone(), text.clone(), link_mentions(&m), m)
        })
        .collect();
    for actor in gold["actors"].as_array().unwrap() {
        if actor["type"] != "PERSON" {
            continue;
        }
        let names: Vec<String> = actor["names"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n.as_str().unwrap().to_string())
            .collect();
        let mut found_in = 0;
        for (file, text, clusters, mentions) in &per_doc {
            let mentioned = names.iter().any(|n| text.contains(n.as_str()))
                || names.iter().any(|n| collapse(text).contains(n.as_str()));
            let hits = clusters_with(clusters, &names);
            if !mentioned {
                continue;
            }
            assert_eq!(
                hits.len(),
                1,
                "{}: {} split or missing: {:?}",
                file,
                actor["id"],
                hits
            );
            let c = hits[0];
            found_in += 1;
            assert_eq!(
                c.country.as_ref().map(|a| a.value.as_str()),
                actor["country"].as_str(),
                "{file} {}",
                actor["id"]
            );
            assert_eq!(
                c.sector.as_ref().map(|a| a.value.as_str()),
                actor["sector"].as_str(),
                "{file} {}",
                actor["id"]
            );
            // Every gold role is a rank or role stated in one of the cluster's mentions.
            for role in actor["roles"].as_array().unwrap() {
                let role = role.as_str().unwrap();
                let stated = c.mentions.iter().any(|&i| {
                    let m = &mentions[i];
                    m.rank.as_ref().is_some_and(|r| r.value == role)
                        || m.role.as_ref().is_some_and(|r| r.value == role)
                        || m.full_role().is_some_and(|r| {
                            r == role
                                || role.starts_with(&r.replace(" of the Armed Forces", ""))
                                    && m.country.as_ref().is_some_and(|c| c.value == "LY")
                        })
                });
                assert!(stated, "{file}: {} lacks role {role}: {:?}", actor["id"], c);
            }
            // Every gold alias written in this document is in the cluster.
            for n in &names {
                // Written on its own, not only inside a longer gold name.
                let flat = collapse(text);
                let own = flat.matches(n.as_str()).count();
                let inside: usize = names
                    .iter()
                    .filter(|l| l.len() > n.len() && l.contains(n.as_str()))
                    .map(|l| flat.matches(l.as_str()).count())
                    .sum();
                if own > inside && n.chars().all(|ch| ch.is_ascii() || ch == ' ') {
                    assert!(
                        c.names.iter().any(|x| norm(x) == norm(n))
                            || n.split(' ').count() == 1
                                && c.names.iter().any(|x| x.ends_with(n.as_str())),
                        "{file}: {} misses alias {n}: {:?}",
                        actor["id"],
                        c.names
                    );
                }
            }
        }
        assert!(found_in >= 1, "{} not found in any document", actor["id"]);
    }
    // Haftar's role-only references join him in 001.
    let (_, _, clusters, mentions) = &per_doc[1];
    let haftar = clusters_with(clusters, &["Saddam Khalifa Haftar".to_string()])[0];
    assert!(
        haftar.mentions.iter().any(|&i| mentions[i].name.is_none()),
        "{haftar:?}"
    );
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn gold_organisations_found_with_country() {
    let (gold, docs) = seeds();
    let orgs: Vec<_> = docs
        .iter()
        .flat_map(|(_, t)| find_org_mentions(t))
        .collect();
    for actor in gold["actors"].as_array().unwrap() {
        if actor["type"] != "ORG" {
            continue;
        }
        let names: Vec<String> = actor["names"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| norm(n.as_str().unwrap()))
            .collect();
        let hit = orgs.iter().find(|o| {
            let mut forms = vec![norm(&o.name)];
            forms.extend(o.acronym.iter().map(|a| norm(a)));
            forms.extend(o.aliases.iter().map(|a| norm(a)));
            forms.iter().any(|f| names.contains(f))
        });
        let hit = hit.unwrap_or_else(|| panic!("{} not found", actor["id"]));
        assert_eq!(
            hit.country.as_ref().map(|c| c.value.as_str()),
            actor["country"].as_str(),
            "{}",
            actor["id"]
        );
    }
}

/// A benchmark, not a check: `cargo test --release -p dossier-actors --test seeds speed --
/// --ignored --nocapture`.
#[test]
#[ignore = "benchmark; run with --ignored --nocapture"]
fn speed_on_seeds() {
    let (_, docs) = seeds();
    let text: String = docs
        .iter()
        .map(|(_, t)| t.as_str())
        .collect::<Vec<_>>()
        .join("\n\n");
    let _ = find_person_mentions(&text, None);
    let rounds = 50;
    let start = std::time::Instant::now();
    for _ in 0..rounds {
        let m = find_person_mentions(&text, None);
        let _ = link_mentions(&m);
        let _ = find_org_mentions(&text);
    }
    let secs = start.elapsed().as_secs_f64();
    let mb = (text.len() * rounds) as f64 / 1e6;
    eprintln!(
        "actors: {:.2} MB/s ({} bytes x {rounds} in {secs:.3}s)",
        mb / secs,
        text.len()
    );
}
