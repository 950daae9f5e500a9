//! `dossier stories`, `dossier event ID`, `dossier actor NAME`: what several outlets say about
//! one story, one event and one person, reconciled from the stored per-document stages.

use crate::exit;
use clap::Args;
use dossier_model::{
    CanonicalEvent, Claim, DocId, Document, DocumentEntities, DocumentEvents, Reconciliation,
    ResolvedEntity,
};
use dossier_reconcile::SourceDocument;
use dossier_store::{DocumentStore, EntityQuery, StoryMembership};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

#[derive(Args)]
pub struct StoriesArgs {
    /// How many stories to list (largest first).
    #[arg(long, default_value_t = 100)]
    limit: usize,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Args)]
pub struct EventArgs {
    /// A canonical event id (`ev:DOC:eN`, as `dossier stories` prints) or the id of any
    /// per-document event it merges (`DOC:eN`; DOC may be a unique prefix).
    id: String,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Args)]
pub struct ActorArgs {
    /// A name or part of one ("Haftar", "Asim Munir").
    name: String,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

/// The stored stages of a set of documents.
struct Loaded {
    docs: Vec<(Document, DocumentEntities, DocumentEvents)>,
    memberships: HashMap<DocId, StoryMembership>,
}

impl Loaded {
    fn load(
        store: &dyn DocumentStore,
        ids: &[DocId],
        memberships: &[StoryMembership],
    ) -> anyhow::Result<Loaded> {
        let mut docs = Vec::new();
        for id in ids {
            let Some(doc) = store.get_document(id.as_str())? else {
                continue;
            };
            let entities = store
                .get_entities(id)?
                .unwrap_or_else(|| dossier_entities::analyse(&doc));
            let events = store
                .get_events(id)?
                .unwrap_or_else(|| dossier_events::code_document(&doc, &entities));
            docs.push((doc, entities, events));
        }
        Ok(Loaded {
            docs,
            memberships: memberships
                .iter()
                .map(|m| (m.doc_id.clone(), m.clone()))
                .collect(),
        })
    }

    fn reconcile(&self) -> Reconciliation {
        let sources: Vec<SourceDocument> = self
            .docs
            .iter()
            .map(|(doc, entities, events)| {
                let m = self.memberships.get(&doc.id);
                SourceDocument {
                    doc,
                    entities,
                    events,
                    story_id: m.map(|m| m.story_id.as_str()),
                    near_duplicate_of: m.and_then(|m| m.near_duplicate_of.as_ref()),
                }
            })
            .collect();
        dossier_reconcile::reconcile(&sources)
    }

    fn doc(&self, id: &DocId) -> Option<&Document> {
        self.docs.iter().map(|d| &d.0).find(|d| &d.id == id)
    }
}

/// Stories in the store: memberships grouped by story, in order of first arrival.
fn stories_of(memberships: &[StoryMembership]) -> Vec<(String, Vec<StoryMembership>)> {
    let mut order: Vec<String> = Vec::new();
    let mut groups: HashMap<String, Vec<StoryMembership>> = HashMap::new();
    for m in memberships {
        if !groups.contains_key(&m.story_id) {
            order.push(m.story_id.clone());
        }
        groups
            .entry(m.story_id.clone())
            .or_default()
            .push(m.clone());
    }
    order
        .into_iter()
        .filter_map(|id| groups.remove(&id).map(|g| (id, g)))
        .collect()
}

#[derive(Serialize)]
struct StorySummary {
    id: String,
    headline: Option<String>,
    documents: Vec<StoryDocument>,
    outlets: usize,
    first_published: Option<String>,
    last_published: Option<String>,
    events: Vec<EventLine>,
    visits: Vec<dossier_model::Visit>,
    discrepancies: usize,
}

#[derive(Serialize)]
struct StoryDocument {
    id: DocId,
    outlet: Option<String>,
    headline: Option<String>,
    published: Option<String>,
    near_duplicate_of: Option<DocId>,
}

#[derive(Serialize)]
struct EventLine {
    id: String,
    #[serde(rename = "type")]
    what: String,
    date: Option<String>,
    place: Option<String>,
    participants: Vec<String>,
    corroboration: usize,
    sources: usize,
    discrepancies: usize,
}

fn event_line(e: &CanonicalEvent) -> EventLine {
    let what = e
        .event
        .event_type
        .clone()
        .or_else(|| e.event.kind.clone())
        .unwrap_or_default();
    EventLine {
        id: e.event.id.clone(),
        what: match &e.event.mode {
            Some(m) => format!("{what}/{m}"),
            None => what,
        },
        date: e.event.date.as_ref().map(|d| d.value.to_string()),
        place: e.event.place.as_ref().map(|p| match &p.city {
            Some(c) if c != &p.name => format!("{}, {c}", p.name),
            _ => p.name.clone(),
        }),
        participants: e.event.actors.iter().map(|a| a.name.clone()).collect(),
        corroboration: e.corroboration,
        sources: e.event.sources.len(),
        discrepancies: e.discrepancies.len(),
    }
}

pub fn stories(db: &Path, args: StoriesArgs) -> anyhow::Result<i32> {
    let store = super::open_store(db)?;
    let memberships = store.story_memberships(None)?;
    let mut groups = stories_of(&memberships);
    groups.sort_by_key(|g| std::cmp::Reverse(g.1.len()));
    let mut out = Vec::new();
    for (id, members) in groups.into_iter().take(args.limit) {
        let ids: Vec<DocId> = members.iter().map(|m| m.doc_id.clone()).collect();
        let loaded = Loaded::load(&store, &ids, &members)?;
        let rec = loaded.reconcile();
        let mut published: Vec<String> = loaded
            .docs
            .iter()
            .filter_map(|(d, ..)| d.published.value.map(|v| v.to_string()))
            .collect();
        published.sort();
        let documents: Vec<StoryDocument> = members
            .iter()
            .filter_map(|m| {
                let d = loaded.doc(&m.doc_id)?;
                Some(StoryDocument {
                    id: d.id.clone(),
                    outlet: d.outlet.name.clone(),
                    headline: d.headline.clone(),
                    published: d.published.value.map(|v| v.to_string()),
                    near_duplicate_of: m.near_duplicate_of.clone(),
                })
            })
            .collect();
        let outlets = dossier_reconcile::independent_outlets(
            &loaded
                .docs
                .iter()
                .map(|(doc, entities, events)| SourceDocument {
                    doc,
                    entities,
                    events,
                    story_id: None,
                    near_duplicate_of: loaded
                        .memberships
                        .get(&doc.id)
                        .and_then(|m| m.near_duplicate_of.as_ref()),
                })
                .collect::<Vec<_>>(),
            &ids,
        )
        .len();
        out.push(StorySummary {
            id,
            headline: documents.iter().find_map(|d| d.headline.clone()),
            outlets,
            first_published: published.first().cloned(),
            last_published: published.last().cloned(),
            events: rec.events.iter().map(event_line).collect(),
            visits: rec.visits,
            discrepancies: rec.discrepancies.len(),
            documents,
        });
    }
    if args.json {
        super::print_json(&out)?;
        return Ok(exit::OK);
    }
    if out.is_empty() {
        println!(
            "no stories in {} (ingest articles first: dossier ingest FILES)",
            db.display()
        );
    }
    for s in &out {
        println!(
            "{}  {}  ({} documents, {} independent outlets, {}{})",
            s.id,
            s.headline.as_deref().unwrap_or("(no headline)"),
            s.documents.len(),
            s.outlets,
            match (&s.first_published, &s.last_published) {
                (Some(a), Some(b)) if a != b => format!("{a} to {b}"),
                (Some(a), _) => a.clone(),
                _ => "undated".to_string(),
            },
            if s.discrepancies > 0 {
                format!(", {} discrepancies", s.discrepancies)
            } else {
                String::new()
            }
        );
        for d in &s.documents {
            println!(
                "    doc {}  {}  {}{}",
                d.id,
                d.outlet.as_deref().unwrap_or("-"),
                d.headline.as_deref().unwrap_or("(no headline)"),
                d.near_duplicate_of
                    .as_ref()
                    .map(|o| format!("  [reprint of {o}]"))
                    .unwrap_or_default()
            );
        }
        for v in &s.visits {
            println!(
                "    visit {}: {} in {}, {} ({} events)",
                v.id,
                v.visitor_name,
                v.country,
                v.month,
                v.parts.len()
            );
        }
        for e in &s.events {
            println!(
                "    {}  {}  {}  {}  {}  corroboration {}{}",
                e.id,
                e.what,
                e.date.as_deref().unwrap_or("undated"),
                e.place.as_deref().unwrap_or("-"),
                e.participants.join(", "),
                e.corroboration,
                if e.discrepancies > 0 {
                    format!("  ({} discrepancies)", e.discrepancies)
                } else {
                    String::new()
                }
            );
        }
    }
    Ok(exit::OK)
}

/// The documents to reconcile around one document: its story, or the document alone.
fn context_of(
    store: &dyn DocumentStore,
    doc: &DocId,
) -> anyhow::Result<(Vec<DocId>, Vec<StoryMembership>)> {
    match store.story_of(doc)? {
        Some(story) => {
            let members = store.story_memberships(Some(&story))?;
            Ok((members.iter().map(|m| m.doc_id.clone()).collect(), members))
        }
        None => Ok((vec![doc.clone()], Vec::new())),
    }
}

fn claim_line(c: &Claim, docs: &Loaded) -> String {
    let outlet = c
        .outlet
        .clone()
        .or_else(|| docs.doc(&c.doc_id).and_then(|d| d.headline.clone()))
        .unwrap_or_else(|| c.doc_id.to_string());
    format!(
        "{} ({outlet}, {} [{}..{}] \"{}\")",
        c.value, c.doc_id, c.evidence.start, c.evidence.end, c.evidence.text
    )
}

pub fn event(db: &Path, args: EventArgs) -> anyhow::Result<i32> {
    let store = super::open_store(db)?;
    let raw = args.id.trim().trim_start_matches("ev:");
    let (doc_part, event_part) = match raw.rsplit_once(':') {
        Some((d, e)) if e.starts_with('e') => (d, e),
        _ => {
            eprintln!(
                "dossier: {}: expected an event id like ev:DOC:e0 or DOC:e0",
                args.id
            );
            return Ok(exit::USAGE);
        }
    };
    let doc = match store.get_document(doc_part) {
        Ok(Some(doc)) => doc,
        Ok(None) => {
            eprintln!("dossier: no document {doc_part} in {}", db.display());
            return Ok(exit::NOT_FOUND);
        }
        Err(e) => {
            eprintln!("dossier: {e}");
            return Ok(exit::USAGE);
        }
    };
    let mention = format!("{}:{event_part}", doc.id);
    let (ids, members) = context_of(&store, &doc.id)?;
    let loaded = Loaded::load(&store, &ids, &members)?;
    let rec = loaded.reconcile();
    let Some(found) = rec.events.iter().find(|e| e.mentions.contains(&mention)) else {
        eprintln!("dossier: no event {} in {}", args.id, db.display());
        return Ok(exit::NOT_FOUND);
    };
    if args.json {
        super::print_json(found)?;
        return Ok(exit::OK);
    }
    print!("{}", super::events::render(&found.event));
    println!(
        "    corroboration {} independent outlet{}{}",
        found.corroboration,
        if found.corroboration == 1 { "" } else { "s" },
        if found.single_source {
            " (single source)"
        } else {
            ""
        }
    );
    if let Some(v) = &found.visit {
        println!("    part of {v}");
    }
    println!("    what each source says:");
    let mut by_doc: BTreeMap<String, Vec<(&str, &Claim)>> = BTreeMap::new();
    for (field, claims) in [
        ("actor", &found.claims.actors),
        ("place", &found.claims.place),
        ("date", &found.claims.date),
        ("number", &found.claims.numbers),
    ] {
        for c in claims {
            by_doc
                .entry(c.doc_id.to_string())
                .or_default()
                .push((field, c));
        }
    }
    for (doc_id, claims) in &by_doc {
        let outlet = claims
            .first()
            .and_then(|(_, c)| c.outlet.clone())
            .unwrap_or_else(|| "-".to_string());
        println!("      {doc_id} {outlet}");
        for (field, c) in claims {
            println!(
                "        {field:<6} {}  [{}..{}] \"{}\"",
                c.value, c.evidence.start, c.evidence.end, c.evidence.text
            );
        }
    }
    if found.discrepancies.is_empty() {
        println!("    no discrepancies between sources");
    }
    for d in &found.discrepancies {
        println!("    DISCREPANCY ({}) {}:", d.kind, d.field);
        for v in &d.values {
            for c in &v.claims {
                println!("      {}", claim_line(c, &loaded));
            }
        }
    }
    Ok(exit::OK)
}

#[derive(Serialize)]
struct ActorRecord<'a> {
    #[serde(flatten)]
    entity: &'a ResolvedEntity,
    /// Ranks and roles with the publication date of the document that states them, oldest first.
    roles_over_time: Vec<DatedClaim<'a>>,
    discrepancies: Vec<&'a dossier_model::Discrepancy>,
    timeline: Vec<&'a CanonicalEvent>,
}

#[derive(Serialize)]
struct DatedClaim<'a> {
    published: Option<String>,
    kind: &'static str,
    #[serde(flatten)]
    claim: &'a Claim,
}

pub fn actor(db: &Path, args: ActorArgs) -> anyhow::Result<i32> {
    let store = super::open_store(db)?;
    let needle = args.name.trim().to_lowercase();
    if needle.is_empty() {
        eprintln!("dossier: give a name, e.g. dossier actor Haftar");
        return Ok(exit::USAGE);
    }
    let hits = store.list_entities(&EntityQuery {
        limit: 10_000,
        offset: 0,
        kind: None,
        name: Some(args.name.trim().to_string()),
        doc_id: None,
    })?;
    let mut ids: Vec<DocId> = Vec::new();
    let mut members: Vec<StoryMembership> = Vec::new();
    for e in &hits {
        let Some(m) = e.mentions.first() else {
            continue;
        };
        let (ctx, ms) = context_of(&store, &m.doc_id)?;
        for id in ctx {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        for m in ms {
            if !members.iter().any(|x| x.doc_id == m.doc_id) {
                members.push(m);
            }
        }
    }
    if ids.is_empty() {
        eprintln!("dossier: no one called {} in {}", args.name, db.display());
        return Ok(exit::NOT_FOUND);
    }
    let loaded = Loaded::load(&store, &ids, &members)?;
    let rec = loaded.reconcile();
    let published_of = |id: &DocId| {
        loaded
            .doc(id)
            .and_then(|d| d.published.value.map(|v| v.to_string()))
    };
    let records: Vec<ActorRecord> = rec
        .entities
        .iter()
        .filter(|e| {
            std::iter::once(&e.name)
                .chain(e.names.iter())
                .any(|n| n.to_lowercase().contains(&needle))
        })
        .filter(|e| e.kind != dossier_model::EntityType::Place)
        .map(|e| {
            let mut roles_over_time: Vec<DatedClaim> = e
                .ranks
                .iter()
                .map(|c| ("rank", c))
                .chain(e.roles.iter().map(|c| ("role", c)))
                .map(|(kind, claim)| DatedClaim {
                    published: published_of(&claim.doc_id),
                    kind,
                    claim,
                })
                .collect();
            roles_over_time.sort_by(|a, b| a.published.cmp(&b.published));
            let mut timeline: Vec<&CanonicalEvent> = rec
                .events
                .iter()
                .filter(|ev| {
                    ev.event
                        .actors
                        .iter()
                        .any(|a| a.entity_id.as_deref() == Some(e.id.as_str()))
                })
                .collect();
            // Dated events in date order, undated ones after them.
            timeline.sort_by_key(|ev| {
                let date = ev.event.date.as_ref().map(|d| d.value.to_string());
                (date.is_none(), date)
            });
            ActorRecord {
                entity: e,
                roles_over_time,
                discrepancies: rec
                    .discrepancies
                    .iter()
                    .filter(|d| d.subject == e.id)
                    .collect(),
                timeline,
            }
        })
        .collect();
    if records.is_empty() {
        eprintln!("dossier: no one called {} in {}", args.name, db.display());
        return Ok(exit::NOT_FOUND);
    }
    if args.json {
        super::print_json(&records)?;
        return Ok(exit::OK);
    }
    for r in &records {
        let e = r.entity;
        println!(
            "{}  {} ({}{}{}), in {} documents",
            e.id,
            e.name,
            e.kind.as_str(),
            e.country
                .as_ref()
                .map(|c| format!(", {c}"))
                .unwrap_or_default(),
            e.sector
                .as_ref()
                .map(|s| format!(", {s}"))
                .unwrap_or_default(),
            e.documents
        );
        println!("    also called: {}", e.names.join("; "));
        for c in &r.roles_over_time {
            println!(
                "    {} {:<5} {}",
                c.published.as_deref().unwrap_or("undated   "),
                c.kind,
                claim_line(c.claim, &loaded)
            );
        }
        for d in &r.discrepancies {
            println!("    DISCREPANCY ({}) {}:", d.kind, d.field);
            for v in &d.values {
                for c in &v.claims {
                    println!("      {}", claim_line(c, &loaded));
                }
            }
        }
        if r.timeline.is_empty() {
            println!("    no events");
        }
        for ev in &r.timeline {
            let line = event_line(ev);
            println!(
                "    {}  {}  {}  {}  with {}  corroboration {}  ({})",
                line.date.as_deref().unwrap_or("undated   "),
                line.what,
                line.place.as_deref().unwrap_or("-"),
                line.id,
                line.participants
                    .iter()
                    .filter(|p| **p != e.name)
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(", "),
                line.corroboration,
                ev.event
                    .sources
                    .iter()
                    .map(|s| s.outlet.clone().unwrap_or_else(|| s.doc_id.to_string()))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        }
    }
    Ok(exit::OK)
}
