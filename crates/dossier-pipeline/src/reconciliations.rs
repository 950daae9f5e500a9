//! The reconciliation stage: after the story clustering, every story whose reconciliation is
//! missing or out of date is reconciled again ([`dossier_reconcile::reconcile`] over its
//! documents' stored entities and events) and stored, and the reconciliations of stories that
//! no longer have documents are deleted, all in one transaction per batch. Only the pipeline
//! reconciles; the views read what this stage stored.
//!
//! A stored reconciliation is out of date when it was made by an older version of the stage,
//! when the story's memberships changed since (new documents, documents moved between stories
//! by the clustering, a reprint link changed: see [`dossier_store::membership_key`]), or when
//! one of its documents was analysed again in this batch.

use anyhow::Context;
use dossier_model::{DocId, Document, DocumentEntities, DocumentEvents};
use dossier_reconcile::SourceDocument;
use dossier_store::{StoreWriter, StoryMembership, StoryReconciliation};
use std::collections::{BTreeMap, HashMap, HashSet};

/// The version of the reconciliation stage's stored output (`dossier_reconcile::reconcile`,
/// kept by every ingest run after the clustering). Raise it when the reconciler's results change: every story is
/// then reconciled again by the next ingest run.
pub const RECONCILE_VERSION: u32 = 1;

/// One story's documents with their stored stages, in arrival order.
struct StoryDocuments {
    docs: Vec<(Document, DocumentEntities, DocumentEvents)>,
    memberships: Vec<StoryMembership>,
}

impl StoryDocuments {
    /// Reads the documents of `members` (missing ones are skipped) with their stored entities
    /// and events; a stage not stored yet reads as empty, as the views read it.
    fn read(store: &dyn StoreWriter, members: Vec<StoryMembership>) -> anyhow::Result<Self> {
        let mut docs = Vec::with_capacity(members.len());
        for m in &members {
            let Some(doc) = store.get_document(m.doc_id.as_str())? else {
                continue;
            };
            let entities = store
                .get_entities(&doc.id)?
                .unwrap_or_else(|| DocumentEntities {
                    doc_id: doc.id.clone(),
                    entities: Vec::new(),
                    dates: Vec::new(),
                    quantities: Vec::new(),
                });
            let events = store
                .get_events(&doc.id)?
                .unwrap_or_else(|| DocumentEvents {
                    doc_id: doc.id.clone(),
                    events: Vec::new(),
                });
            docs.push((doc, entities, events));
        }
        Ok(StoryDocuments {
            docs,
            memberships: members,
        })
    }

    fn sources(&self, with_story: bool) -> Vec<SourceDocument<'_>> {
        let by_doc: HashMap<&DocId, &StoryMembership> =
            self.memberships.iter().map(|m| (&m.doc_id, m)).collect();
        self.docs
            .iter()
            .map(|(doc, entities, events)| {
                let m = by_doc.get(&doc.id).copied();
                SourceDocument {
                    doc,
                    entities,
                    events,
                    story_id: if with_story {
                        m.map(|m| m.story_id.as_str())
                    } else {
                        None
                    },
                    near_duplicate_of: m.and_then(|m| m.near_duplicate_of.as_ref()),
                }
            })
            .collect()
    }

    /// The story's reconciliation and its independent outlets.
    fn reconcile(&self, story_id: &str) -> StoryReconciliation {
        let ids: Vec<DocId> = self.docs.iter().map(|d| d.0.id.clone()).collect();
        StoryReconciliation {
            story_id: story_id.to_string(),
            members: StoryMembership::key_of(&self.memberships),
            outlets: dossier_reconcile::independent_outlets(&self.sources(false), &ids).len(),
            reconciliation: dossier_reconcile::reconcile(&self.sources(true)),
        }
    }
}

/// Reconciles every story whose stored reconciliation is missing or out of date (see the
/// module doc; `reanalysed` are the documents whose entities or events this batch stored
/// again), deletes those of vanished stories, and stores the batch in one transaction.
pub(crate) fn reconcile_stale(
    store: &mut dyn StoreWriter,
    reanalysed: &HashSet<DocId>,
) -> anyhow::Result<()> {
    let present: BTreeMap<String, String> = store.story_keys()?.into_iter().collect();
    let stored = store.reconciliation_keys()?;
    let removed: Vec<String> = stored
        .iter()
        .filter(|k| !present.contains_key(&k.story_id))
        .map(|k| k.story_id.clone())
        .collect();
    let current: HashSet<&str> = stored
        .iter()
        .filter(|k| {
            k.pipeline >= RECONCILE_VERSION
                && present
                    .get(&k.story_id)
                    .is_some_and(|key| *key == k.members)
        })
        .map(|k| k.story_id.as_str())
        .collect();
    let mut touched: HashSet<String> = HashSet::new();
    for id in reanalysed {
        if let Some(story) = store.story_of(id)? {
            touched.insert(story);
        }
    }
    let mut batch = Vec::new();
    for story in present.keys() {
        if current.contains(story.as_str()) && !touched.contains(story) {
            continue;
        }
        let members = store.story_memberships(Some(story))?;
        batch.push(StoryDocuments::read(store, members)?.reconcile(story));
    }
    if batch.is_empty() && removed.is_empty() {
        return Ok(());
    }
    store
        .put_reconciliations(&batch, &removed, RECONCILE_VERSION)
        .context("writing story reconciliations to the store (that batch was rolled back)")
}
