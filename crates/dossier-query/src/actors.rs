//! One person or organisation across sources: every stored entity whose names contain a text,
//! read from the stored reconciliations of the stories of the documents that mention it
//! (joined by entity id, as the corpus view joins them), with its ranks and roles over time,
//! its discrepancies and its timeline of canonical events. Stories without a current stored
//! reconciliation add nothing until the next ingest run reconciles them.
//!
//! Joining stored per-story results is not reconciling the stories' documents together, as
//! this view did before reconciliation became a stored stage: no event is merged and no rank
//! discrepancy is found across two stories, and an entity's names, claims and members come in
//! story order, its records in order of first appearance. (On the demo corpus the entities,
//! events and timelines are the same.)

use crate::corpus::EntityUnion;
use crate::labels::DocRef;
use crate::loaded::{context_of, stored_reconciliation, Loaded};
use dossier_model::{CanonicalEvent, Claim, Discrepancy, DocId, ResolvedEntity};
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
/// from the stored reconciliations of the stories of every document that mentions them.
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
    let mut stories: Vec<String> = Vec::new();
    for e in &hits {
        let Some(m) = e.mentions.first() else {
            continue;
        };
        if !seen_docs.insert(m.doc_id.clone()) {
            continue;
        }
        let (story, ctx, ms) = context_of(store, &m.doc_id)?;
        if let Some(story) = story {
            if !stories.contains(&story) {
                stories.push(story);
            }
        }
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
    let mut union = EntityUnion::default();
    let mut events: Vec<CanonicalEvent> = Vec::new();
    let mut discrepancies: Vec<Discrepancy> = Vec::new();
    for story in &stories {
        let story_members: Vec<StoryMembership> = members
            .iter()
            .filter(|m| &m.story_id == story)
            .cloned()
            .collect();
        if let Some(stored) = stored_reconciliation(store, story, &story_members)? {
            union.add(stored.reconciliation.entities);
            events.extend(stored.reconciliation.events);
            for d in stored.reconciliation.discrepancies {
                if !discrepancies.contains(&d) {
                    discrepancies.push(d);
                }
            }
        }
    }
    // In the reconciler's order: by date, then id (as each story's events already are).
    events.sort_by(|a, b| {
        let da = a.event.date.as_ref().map(|d| d.value.to_string());
        let db = b.event.date.as_ref().map(|d| d.value.to_string());
        da.cmp(&db).then_with(|| a.event.id.cmp(&b.event.id))
    });
    let entities = union.into_vec();
    let published_of = |id: &DocId| {
        loaded
            .doc(id)
            .and_then(|d| d.published.value.map(|v| v.to_string()))
    };
    let records = entities
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
                discrepancies: discrepancies
                    .iter()
                    .filter(|d| d.subject == e.id)
                    .cloned()
                    .collect(),
                timeline: timeline_of(&events, &e.id),
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
