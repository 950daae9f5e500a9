//! Loading what the stages stored for a set of documents and the stored reconciliation of a
//! story. Nothing is computed here: a document that a stage has not seen yet is loaded with
//! that stage's output empty and reads as not analysed ([`NotAnalysed`]), and a story whose
//! stored reconciliation is missing or was made from other memberships than its present ones
//! reads as not reconciled; the next ingest run fills them in.

use crate::labels::DocRef;
use dossier_model::{DocId, Document, DocumentEntities, DocumentEvents};
use dossier_store::{StoreReader, StoryMembership, StoryReconciliation};
use serde::Serialize;
use std::collections::HashMap;

/// A stage whose output a document does not have yet. A view shows such a document as not
/// analysed by that stage (its part of the view is empty) instead of computing it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NotAnalysed {
    /// No entities stored.
    Entities,
    /// No events stored.
    Events,
    /// No opinion verdicts stored.
    Opinion,
    /// No reconciliation stored for the story's present documents.
    Reconciliation,
}

/// One document with what the entities and events stages stored for it.
pub struct LoadedDocument {
    /// The document.
    pub doc: Document,
    /// Its stored entities; empty when not analysed.
    pub entities: DocumentEntities,
    /// Its stored events; empty when not coded.
    pub events: DocumentEvents,
    /// The stages among entities and events that have not seen it yet.
    pub not_analysed: Vec<NotAnalysed>,
}

impl LoadedDocument {
    /// Reads the document's stored stages.
    fn read(store: &dyn StoreReader, doc: Document) -> anyhow::Result<LoadedDocument> {
        let mut not_analysed = Vec::new();
        let entities = match store.get_entities(&doc.id)? {
            Some(entities) => entities,
            None => {
                not_analysed.push(NotAnalysed::Entities);
                DocumentEntities {
                    doc_id: doc.id.clone(),
                    entities: Vec::new(),
                    dates: Vec::new(),
                    quantities: Vec::new(),
                }
            }
        };
        let events = match store.get_events(&doc.id)? {
            Some(events) => events,
            None => {
                not_analysed.push(NotAnalysed::Events);
                DocumentEvents {
                    doc_id: doc.id.clone(),
                    events: Vec::new(),
                }
            }
        };
        Ok(LoadedDocument {
            doc,
            entities,
            events,
            not_analysed,
        })
    }
}

/// The stored stages of a set of documents.
pub struct Loaded {
    /// Each document with its stored entities and events, in load order.
    pub docs: Vec<LoadedDocument>,
    /// Story membership of each document that has one.
    pub memberships: HashMap<DocId, StoryMembership>,
}

impl Loaded {
    /// Loads the documents `ids` (missing ones are skipped) with their stored stages.
    pub fn load(
        store: &dyn StoreReader,
        ids: &[DocId],
        memberships: &[StoryMembership],
    ) -> anyhow::Result<Loaded> {
        let mut docs = Vec::new();
        for id in ids {
            if let Some(doc) = store.get_document(id.as_str())? {
                docs.push(LoadedDocument::read(store, doc)?);
            }
        }
        Ok(Loaded {
            docs,
            memberships: memberships
                .iter()
                .map(|m| (m.doc_id.clone(), m.clone()))
                .collect(),
        })
    }

    /// The stages that have not seen a loaded document yet (empty for a document that is
    /// fully analysed, or not loaded).
    pub fn not_analysed(&self, id: &DocId) -> Vec<NotAnalysed> {
        self.docs
            .iter()
            .find(|d| &d.doc.id == id)
            .map(|d| d.not_analysed.clone())
            .unwrap_or_default()
    }

    /// One loaded document.
    pub fn doc(&self, id: &DocId) -> Option<&Document> {
        self.docs.iter().map(|d| &d.doc).find(|d| &d.id == id)
    }

    /// Short references to the loaded documents, in load order.
    pub fn doc_refs(&self) -> Vec<DocRef> {
        self.docs.iter().map(|d| DocRef::of(&d.doc)).collect()
    }
}

/// The documents around one document: its story (with the story's id), or the document
/// alone.
pub fn context_of(
    store: &dyn StoreReader,
    doc: &DocId,
) -> anyhow::Result<(Option<String>, Vec<DocId>, Vec<StoryMembership>)> {
    match store.story_of(doc)? {
        Some(story) => {
            let members = store.story_memberships(Some(&story))?;
            let ids = members.iter().map(|m| m.doc_id.clone()).collect();
            Ok((Some(story), ids, members))
        }
        None => Ok((None, vec![doc.clone()], Vec::new())),
    }
}

/// The reconciliation the pipeline stored for `story_id`, when it was computed from exactly
/// `members` (the story's present memberships); `None` when the story has not been reconciled
/// since its memberships last changed, which a view shows as [`NotAnalysed::Reconciliation`].
pub fn stored_reconciliation(
    store: &dyn StoreReader,
    story_id: &str,
    members: &[StoryMembership],
) -> anyhow::Result<Option<StoryReconciliation>> {
    let key = StoryMembership::key_of(members);
    Ok(store
        .get_reconciliation(story_id)?
        .filter(|stored| stored.members == key))
}
