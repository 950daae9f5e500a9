//! Every canonical event and resolved entity of the store, read story by story from the
//! reconciliations the pipeline stored: what maps, graphs and exports read. A story without a
//! current stored reconciliation (and a document without a story) adds nothing until the next
//! ingest run reconciles it.

use crate::filter::CanonicalFilter;
use crate::loaded::stored_reconciliation;
use crate::stories::stories_of;
use dossier_model::{CanonicalEvent, ResolvedEntity};
use dossier_store::StoreReader;
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

/// Resolved entities of several stories joined by id, in order of first appearance.
#[derive(Default)]
pub(crate) struct EntityUnion {
    entities: BTreeMap<String, ResolvedEntity>,
    order: Vec<String>,
}

impl EntityUnion {
    /// Adds one story's resolved entities: a known id gets its documents summed and its
    /// names, ranks, roles and members joined.
    pub(crate) fn add(&mut self, resolved: Vec<ResolvedEntity>) {
        for e in resolved {
            match self.entities.get_mut(&e.id) {
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
                    self.order.push(e.id.clone());
                    self.entities.insert(e.id.clone(), e);
                }
            }
        }
    }

    /// The joined entities, in order of first appearance.
    pub(crate) fn into_vec(mut self) -> Vec<ResolvedEntity> {
        self.order
            .into_iter()
            .filter_map(|id| self.entities.remove(&id))
            .collect()
    }
}

/// Every story's stored reconciliation, joined.
pub fn corpus(store: &dyn StoreReader) -> anyhow::Result<Corpus> {
    let memberships = store.story_memberships(None)?;
    let mut out = Corpus::default();
    let mut entities = EntityUnion::default();
    for (story, members) in stories_of(&memberships) {
        let Some(stored) = stored_reconciliation(store, &story, &members)? else {
            continue;
        };
        out.events.extend(stored.reconciliation.events);
        entities.add(stored.reconciliation.entities);
    }
    out.entities = entities.into_vec();
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
