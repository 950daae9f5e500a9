//! The founding example scored: `../shared/corpus/seeds/gold.json` against what dossier makes of
//! the two seed articles, under the scoring rules of `../shared/corpus/README.md` (actors found
//! without merge or split, events with their type, actors, city, date and exact sources,
//! evidence inside the stored text, opinion sentences, document checks).

use crate::EvalError;
use dossier_model::{
    CanonicalEvent, Document, DocumentEntities, DocumentEvents, EntityType, Reconciliation,
};
use dossier_reconcile::SourceDocument;
use serde::Serialize;
use serde_json::Value;
use std::collections::{BTreeSet, HashMap};
use std::path::Path;

/// What dossier made of the seed documents: the per-document stages and the reconciliation.
pub struct SeedRun {
    /// (gold file name, document, entities, events, sentences flagged as the writer's opinion).
    pub documents: Vec<(
        String,
        Document,
        DocumentEntities,
        DocumentEvents,
        Vec<String>,
    )>,
    pub reconciliation: Reconciliation,
}

/// Runs every stage on the files of `seeds_dir` that gold.json lists.
pub fn run_seeds(seeds_dir: &Path, gold: &Value) -> Result<SeedRun, EvalError> {
    let mut documents = Vec::new();
    let files = gold["documents"]
        .as_array()
        .ok_or_else(|| EvalError::BadData {
            path: seeds_dir.join("gold.json"),
            message: "no documents array".to_string(),
        })?;
    for f in files {
        let name = f["file"].as_str().unwrap_or_default().to_string();
        let path = seeds_dir.join(&name);
        let doc = dossier_ingest::read_path(&path, &dossier_ingest::Limits::default())
            .next()
            .ok_or_else(|| EvalError::BadData {
                path: path.clone(),
                message: "no document".to_string(),
            })?
            .map_err(|e| EvalError::Other(e.to_string()))?;
        let entities = dossier_entities::analyse(&doc);
        let events = dossier_events::code_document(&doc, &entities);
        let opinions: Vec<String> = dossier_opinion::classify_document(&doc)
            .into_iter()
            .filter(|o| o.score.is_opinion)
            .map(|o| doc.text(&o.span).to_string())
            .collect();
        documents.push((name, doc, entities, events, opinions));
    }
    let sources: Vec<SourceDocument> = documents
        .iter()
        .map(|(_, doc, entities, events, _)| SourceDocument {
            doc,
            entities,
            events,
            story_id: None,
            near_duplicate_of: None,
        })
        .collect();
    let reconciliation = dossier_reconcile::reconcile(&sources);
    Ok(SeedRun {
        documents,
        reconciliation,
    })
}

/// One gold event and what was found for it.
#[derive(Debug, Clone, Serialize)]
pub struct GoldEventResult {
    pub id: String,
    pub found: bool,
    /// The canonical event that matched, or the closest one and why it failed.
    pub event: Option<String>,
    pub problem: Option<String>,
    pub corroboration: Option<usize>,
}

/// The seeds score.
#[derive(Debug, Clone, Serialize)]
pub struct SeedsReport {
    pub suite: &'static str,
    pub actors_found: usize,
    pub actors_total: usize,
    pub events_found: usize,
    pub events_total: usize,
    pub extra_events: usize,
    pub event_precision: f64,
    pub event_recall: f64,
    pub evidence_ok: bool,
    pub opinion_flagged: usize,
    pub opinion_total: usize,
    pub opinion_false_positives: usize,
    pub haftars_apart: bool,
    /// One visit of the gold visitor, made of exactly the gold parts.
    pub visit_ok: bool,
    pub documents_ok: bool,
    pub missed_actors: Vec<String>,
    pub events: Vec<GoldEventResult>,
    pub extra_event_ids: Vec<String>,
    pub opinion_false_positive_sentences: Vec<String>,
    pub document_problems: Vec<String>,
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Scores `run` against `gold`.
pub fn score_seeds(run: &SeedRun, gold: &Value) -> SeedsReport {
    let rec = &run.reconciliation;
    let file_of: HashMap<String, String> = run
        .documents
        .iter()
        .map(|(name, doc, ..)| (doc.id.as_str().to_string(), name.clone()))
        .collect();
    // Actors: exactly one resolved entity of the right type carries one of the gold names.
    let mut gold_to_resolved: HashMap<String, String> = HashMap::new();
    let mut actors_total = 0;
    let mut missed_actors = Vec::new();
    for actor in gold["actors"].as_array().into_iter().flatten() {
        actors_total += 1;
        let id = actor["id"].as_str().unwrap_or_default().to_string();
        let kind = match actor["type"].as_str() {
            Some("PERSON") => EntityType::Person,
            Some("ORG") => EntityType::Organisation,
            _ => EntityType::Place,
        };
        let names: BTreeSet<String> = actor["names"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|n| n.as_str().map(str::to_lowercase))
            .collect();
        let carriers: Vec<&dossier_model::ResolvedEntity> = rec
            .entities
            .iter()
            .filter(|e| e.kind == kind)
            .filter(|e| {
                std::iter::once(&e.name)
                    .chain(e.names.iter())
                    .any(|n| names.contains(&n.to_lowercase()))
            })
            .collect();
        if carriers.len() == 1 {
            gold_to_resolved.insert(id, carriers[0].id.clone());
        } else {
            missed_actors.push(format!(
                "{id}: {} resolved entities carry its names",
                carriers.len()
            ));
        }
    }
    let haftars_apart = !rec.entities.iter().any(|e| {
        e.names.iter().any(|n| n.contains("Saddam"))
            && e.names
                .iter()
                .any(|n| n.contains("Khalifa Haftar") && !n.contains("Saddam"))
    });

    // Events.
    let mut matched: BTreeSet<String> = BTreeSet::new();
    let mut results = Vec::new();
    let mut evidence_ok = true;
    for g in gold["events"].as_array().into_iter().flatten() {
        let gid = g["id"].as_str().unwrap_or_default().to_string();
        let type_ok = |e: &CanonicalEvent| match g["plover"].as_str() {
            Some(t) => e.event.event_type.as_deref() == Some(t),
            None => e.event.event_type.is_none() && e.event.kind.as_deref() == g["kind"].as_str(),
        };
        let gold_actors: Option<BTreeSet<String>> = g["actors"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|a| {
                gold_to_resolved
                    .get(a.as_str().unwrap_or_default())
                    .cloned()
            })
            .collect();
        let gold_sources: BTreeSet<String> = g["sources"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|s| s.as_str().map(str::to_string))
            .collect();
        let mut best: Option<(usize, &CanonicalEvent, Option<String>)> = None;
        for e in &rec.events {
            let mut problems = Vec::new();
            if !type_ok(e) {
                continue;
            }
            let actors: BTreeSet<String> = e
                .event
                .actors
                .iter()
                .filter_map(|a| a.entity_id.clone())
                .collect();
            if gold_actors.as_ref() != Some(&actors) {
                problems.push(format!("actors {actors:?}"));
            }
            let city = e.event.place.as_ref().and_then(|p| p.city.clone());
            if city.as_deref() != g["city"].as_str() {
                problems.push(format!("city {city:?}"));
            }
            if let Some(date) = g["date"].as_str() {
                let ours = e.event.date.as_ref().map(|d| d.value.to_string());
                if ours.as_deref() != Some(date) {
                    problems.push(format!("date {ours:?}"));
                }
            }
            let sources: BTreeSet<String> = e
                .event
                .sources
                .iter()
                .filter_map(|s| file_of.get(s.doc_id.as_str()).cloned())
                .collect();
            if sources != gold_sources {
                problems.push(format!("sources {sources:?}"));
            }
            let problem = (!problems.is_empty()).then(|| problems.join("; "));
            if best.as_ref().map(|b| problems.len() < b.0).unwrap_or(true) {
                best = Some((problems.len(), e, problem));
            }
        }
        let result = match best {
            Some((0, e, _)) if !matched.contains(&e.event.id) => {
                matched.insert(e.event.id.clone());
                // Evidence: each source's evidence lies inside that document's body.
                for s in &e.event.sources {
                    let body = run
                        .documents
                        .iter()
                        .find(|(_, d, ..)| d.id == s.doc_id)
                        .map(|(_, d, ..)| d.body.as_str())
                        .unwrap_or("");
                    let ok = !s.evidence.is_empty()
                        && s.evidence
                            .iter()
                            .all(|ev| body.get(ev.start..ev.end) == Some(ev.text.as_str()));
                    evidence_ok &= ok;
                }
                GoldEventResult {
                    id: gid,
                    found: true,
                    event: Some(e.event.id.clone()),
                    problem: None,
                    corroboration: Some(e.corroboration),
                }
            }
            Some((_, e, problem)) => GoldEventResult {
                id: gid,
                found: false,
                event: Some(e.event.id.clone()),
                problem,
                corroboration: Some(e.corroboration),
            },
            None => GoldEventResult {
                id: gid,
                found: false,
                event: None,
                problem: Some("no event of this type".to_string()),
                corroboration: None,
            },
        };
        results.push(result);
    }
    let extra_event_ids: Vec<String> = rec
        .events
        .iter()
        .filter(|e| !matched.contains(&e.event.id))
        .map(|e| e.event.id.clone())
        .collect();
    let events_found = results.iter().filter(|r| r.found).count();

    // Opinion: listed opinion sentences flagged; nothing outside opinion + evaluative flagged.
    let mut opinion_total = 0;
    let mut opinion_flagged = 0;
    let mut fps = Vec::new();
    for g in gold["documents"].as_array().into_iter().flatten() {
        let file = g["file"].as_str().unwrap_or_default();
        let Some((_, _, _, _, flagged)) = run.documents.iter().find(|d| d.0 == file) else {
            continue;
        };
        let flagged: Vec<String> = flagged.iter().map(|s| squash(s)).collect();
        let list = |key: &str| -> Vec<String> {
            g[key]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|s| s.as_str().map(squash))
                .collect()
        };
        let opinion = list("opinion_sentences");
        let evaluative = list("evaluative_sentences");
        opinion_total += opinion.len();
        opinion_flagged += opinion.iter().filter(|s| flagged.contains(s)).count();
        fps.extend(
            flagged
                .iter()
                .filter(|s| !opinion.contains(s) && !evaluative.contains(s))
                .cloned(),
        );
    }

    // Documents: boilerplate out of the body, Urdu paragraph tagged, embedded post recognised.
    let mut problems = Vec::new();
    for g in gold["documents"].as_array().into_iter().flatten() {
        let file = g["file"].as_str().unwrap_or_default();
        let Some((_, doc, ..)) = run.documents.iter().find(|d| d.0 == file) else {
            problems.push(format!("{file}: not read"));
            continue;
        };
        for b in g["boilerplate"].as_array().into_iter().flatten() {
            let b = b.as_str().unwrap_or_default();
            if doc.body.lines().any(|l| l.trim() == b)
                || doc.body.contains(b) && b.starts_with("pic.twitter")
            {
                problems.push(format!("{file}: boilerplate {b:?} in the body"));
            }
        }
        for lang in g["languages"].as_array().into_iter().flatten() {
            let lang = lang.as_str().unwrap_or_default();
            if !doc.paragraphs.iter().any(|p| p.lang == lang) {
                problems.push(format!("{file}: no paragraph tagged {lang}"));
            }
        }
        for post in g["embedded_posts"].as_array().into_iter().flatten() {
            let found = doc.embedded_posts.iter().any(|p| {
                p.author.as_deref() == post["author"].as_str()
                    && p.handle.as_deref() == post["handle"].as_str()
                    && p.date.map(|d| d.to_string()).as_deref() == post["date"].as_str()
            });
            if !found {
                problems.push(format!(
                    "{file}: embedded post of {} not recognised",
                    post["handle"]
                ));
            }
        }
    }

    // The visit: one visit of the gold visitor whose parts are the gold parts' events.
    let gold_visit = &gold["visit"];
    let part_events: BTreeSet<String> = gold_visit["parts"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|p| {
            let id = p.as_str()?;
            results
                .iter()
                .find(|r| r.id == id && r.found)?
                .event
                .clone()
        })
        .collect();
    let visitor = gold_visit["visitor"]
        .as_str()
        .and_then(|v| gold_to_resolved.get(v));
    let visits_of_visitor: Vec<&dossier_model::Visit> = rec
        .visits
        .iter()
        .filter(|v| Some(&v.visitor) == visitor)
        .collect();
    let visit_ok = visits_of_visitor.len() == 1
        && part_events.len() == gold_visit["parts"].as_array().map(Vec::len).unwrap_or(0)
        && visits_of_visitor[0]
            .parts
            .iter()
            .cloned()
            .collect::<BTreeSet<_>>()
            == part_events
        && gold_visit["month"].as_str() == Some(visits_of_visitor[0].month.as_str());

    let extra = extra_event_ids.len();
    let predicted = rec.events.len();
    SeedsReport {
        suite: "seeds",
        actors_found: actors_total - missed_actors.len(),
        actors_total,
        events_found,
        events_total: results.len(),
        extra_events: extra,
        event_precision: if predicted == 0 {
            0.0
        } else {
            events_found as f64 / predicted as f64
        },
        event_recall: if results.is_empty() {
            0.0
        } else {
            events_found as f64 / results.len() as f64
        },
        evidence_ok,
        opinion_flagged,
        opinion_total,
        opinion_false_positives: fps.len(),
        haftars_apart,
        visit_ok,
        documents_ok: problems.is_empty(),
        missed_actors,
        events: results,
        extra_event_ids,
        opinion_false_positive_sentences: fps,
        document_problems: problems,
    }
}

/// Reads `corpus_dir/seeds/gold.json`, runs dossier on the seed files and scores the result.
pub fn eval_seeds(corpus_dir: &Path) -> Result<SeedsReport, EvalError> {
    let seeds = corpus_dir.join("seeds");
    let gold_path = seeds.join("gold.json");
    let text = std::fs::read_to_string(&gold_path).map_err(|e| EvalError::io(&gold_path, e))?;
    let gold: Value = serde_json::from_str(&text).map_err(|e| EvalError::BadData {
        path: gold_path.clone(),
        message: e.to_string(),
    })?;
    let run = run_seeds(&seeds, &gold)?;
    Ok(score_seeds(&run, &gold))
}
