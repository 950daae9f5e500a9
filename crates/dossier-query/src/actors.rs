//! One person or organisation across sources: every stored entity whose names contain a text,
//! reconciled over the stories of the documents that mention it, with its ranks and roles over
//! time, its discrepancies and its timeline of canonical events.

use crate::labels::DocRef;
use crate::loaded::{context_of, Loaded};
use dossier_model::{CanonicalEvent, Claim, DocId, ResolvedEntity};
use dossier_store::{EntityQuery, StoreReader, StoryMembership};
use serde::Serialize;

/// One person or organisation across sources.
#[derive(Debug, Serialize)]
pub struct ActorRecord {
    #[serde(flatten)]
    pub entity: ResolvedEntity,
    /// Ranks and roles with the publication date of the document that states them, oldest
    /// first.
    pub roles_over_time: Vec<DatedClaim>,
    pub discrepancies: Vec<dossier_model::Discrepancy>,
    /// The canonical events the actor takes part in: dated ones in date order, then undated.
    pub timeline: Vec<CanonicalEvent>,
}

/// A rank or role claim with the publication date of its document.
#[derive(Debug, Serialize)]
pub struct DatedClaim {
    pub published: Option<String>,
    /// `rank` or `role`.
    pub kind: &'static str,
    #[serde(flatten)]
    pub claim: Claim,
}

/// The actors whose names contain a text, with the documents their records cite.
#[derive(Debug, Serialize)]
pub struct ActorReport {
    pub records: Vec<ActorRecord>,
    pub documents: Vec<DocRef>,
}

/// People and organisations (not places) whose names contain `name` (case-insensitive),
/// reconciled over the stories of every document that mentions them.
pub fn actors(store: &dyn StoreReader, name: &str) -> anyhow::Result<ActorReport> {
    let needle = name.trim().to_lowercase();
    if needle.is_empty() {
        return Ok(ActorReport {
            records: Vec::new(),
            documents: Vec::new(),
        });
    }
    let hits = store.list_entities(&EntityQuery {
        limit: 10_000,
        offset: 0,
        kind: None,
        name: Some(name.trim().to_string()),
        doc_id: None,
    })?;
    let mut ids: Vec<DocId> = Vec::new();
    let mut members: Vec<StoryMembership> = Vec::new();
    let mut seen_docs = std::collections::HashSet::new();
    for e in &hits {
        let Some(m) = e.mentions.first() else {
            continue;
        };
        if !seen_docs.insert(m.doc_id.clone()) {
            continue;
        }
        let (ctx, ms) = context_of(store, &m.doc_id)?;
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
        return Ok(ActorReport {
            records: Vec::new(),
            documents: Vec::new(),
        });
    }
    let loaded = Loaded::load(store, &ids, &members)?;
    let rec = loaded.reconcile();
    let published_of = |id: &DocId| {
        loaded
            .doc(id)
            .and_then(|d| d.published.value.map(|v| v.to_string()))
    };
    let records = rec
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
                    claim: claim.clone(),
                })
                .collect();
            roles_over_time.sort_by(|a, b| a.published.cmp(&b.published));
            ActorRecord {
                entity: e.clone(),
                roles_over_time,
                discrepancies: rec
                    .discrepancies
                    .iter()
                    .filter(|d| d.subject == e.id)
                    .cloned()
                    .collect(),
                timeline: timeline_of(&rec.events, &e.id),
            }
        })
        .collect();
    Ok(ActorReport {
        records,
        documents: loaded.doc_refs(),
    })
}

/// The events of `events` an entity takes part in: dated ones in date order, then undated.
pub fn timeline_of(events: &[CanonicalEvent], entity_id: &str) -> Vec<CanonicalEvent> {
    let mut timeline: Vec<CanonicalEvent> = events
        .iter()
        .filter(|ev| {
            ev.event
                .actors
                .iter()
                .any(|a| a.entity_id.as_deref() == Some(entity_id))
        })
        .cloned()
        .collect();
    timeline.sort_by_key(|ev| {
        let date = ev.event.date.as_ref().map(|d| d.value.to_string());
        (date.is_none(), date)
    });
    timeline
}
