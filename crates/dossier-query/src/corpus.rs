//! Every canonical event and resolved entity of the store, reconciled story by story (and each
//! document without a story on its own): what maps, graphs and exports read.

use crate::filter::CanonicalFilter;
use crate::loaded::Loaded;
use crate::stories::stories_of;
use dossier_model::{CanonicalEvent, DocId, ResolvedEntity};
use dossier_store::{StoreReader, StoryMembership};
use serde::Serialize;
use std::collections::BTreeMap;

/// Every canonical event and resolved entity of the store, story by story.
#[derive(Debug, Default, Serialize)]
pub struct Corpus {
    /// Canonical events, in story order then the reconciler's order.
    pub events: Vec<CanonicalEvent>,
    /// Resolved entities, one per id (an entity seen in several stories is listed once, with
    /// its documents summed and its names, ranks and roles joined).
    pub entities: Vec<ResolvedEntity>,
}

impl Corpus {
    /// The events that pass `filter`, `offset` skipped, at most `limit`.
    pub fn matching(
        &self,
        filter: &CanonicalFilter,
        limit: usize,
        offset: usize,
    ) -> Vec<CanonicalEvent> {
        self.events
            .iter()
            .filter(|e| filter.matches(e))
            .skip(offset)
            .take(limit)
            .cloned()
            .collect()
    }
}

/// Reconciles every story of the store (and every document without a story on its own).
pub fn corpus(store: &dyn StoreReader) -> anyhow::Result<Corpus> {
    let memberships = store.story_memberships(None)?;
    let mut out = Corpus::default();
    let mut entities: BTreeMap<String, ResolvedEntity> = BTreeMap::new();
    let mut order: Vec<String> = Vec::new();
    let mut in_story: std::collections::HashSet<DocId> = std::collections::HashSet::new();
    let mut groups: Vec<(Vec<DocId>, Vec<StoryMembership>)> = stories_of(&memberships)
        .into_iter()
        .map(|(_, members)| {
            let ids: Vec<DocId> = members.iter().map(|m| m.doc_id.clone()).collect();
            in_story.extend(ids.iter().cloned());
            (ids, members)
        })
        .collect();
    let total = store.count_documents()? as usize;
    if in_story.len() < total {
        let docs = store.list_documents(&dossier_store::DocListQuery {
            limit: total,
            ..Default::default()
        })?;
        for d in docs {
            if !in_story.contains(&d.id) {
                groups.push((vec![d.id], Vec::new()));
            }
        }
    }
    for (ids, members) in groups {
        let loaded = Loaded::load(store, &ids, &members)?;
        let rec = loaded.reconcile();
        out.events.extend(rec.events);
        for e in rec.entities {
            match entities.get_mut(&e.id) {
                Some(known) => {
                    known.documents += e.documents;
                    for n in e.names {
                        if !known.names.contains(&n) {
                            known.names.push(n);
                        }
                    }
                    known.ranks.extend(e.ranks);
                    known.roles.extend(e.roles);
                    known.members.extend(e.members);
                    if known.country.is_none() {
                        known.country = e.country;
                    }
                    if known.sector.is_none() {
                        known.sector = e.sector;
                    }
                }
                None => {
                    order.push(e.id.clone());
                    entities.insert(e.id.clone(), e);
                }
            }
        }
    }
    out.entities = order
        .into_iter()
        .filter_map(|id| entities.remove(&id))
        .collect();
    Ok(out)
}

/// The canonical events of the store that pass `filter`, `offset` skipped, at most `limit`,
/// with every resolved entity of the store.
pub fn canonical_events(
    store: &dyn StoreReader,
    filter: &CanonicalFilter,
    limit: usize,
    offset: usize,
) -> anyhow::Result<Corpus> {
    let mut corpus = corpus(store)?;
    corpus.events = corpus.matching(filter, limit, offset);
    Ok(corpus)
}
