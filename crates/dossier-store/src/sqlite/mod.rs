//! [`SqliteStore`]: the embedded, single-file implementation of [`StoreReader`] and
//! [`StoreWriter`].
//!
//! One module per concern: [`connection`] opens the file and migrates its schema,
//! [`documents`] and [`search`] hold the documents and their full-text index, [`entities`],
//! [`events`], [`opinions`], [`stories`] and [`reconciliations`] the stages' tables, [`stage_rows`] what those
//! tables share, [`generation`] the write generation every write transaction raises, and
//! [`handle`] the store handle itself. This module holds only the trait implementations, which hand
//! each call to the module of its concern.

mod connection;
mod documents;
mod entities;
mod events;
mod generation;
mod handle;
mod opinions;
mod reconciliations;
mod search;
mod stage_rows;
mod stories;
#[cfg(test)]
mod tests;

use crate::error::StoreError;
use crate::opinion_records::DocumentOpinions;
use crate::reader::StoreReader;
use crate::records::{
    DocListQuery, DocSummary, EntityQuery, EventQuery, PutReport, ReconciliationKey, SearchHit,
    StoryMembership, StoryReconciliation,
};
use crate::writer::StoreWriter;

use dossier_model::{DocId, Document, DocumentEntities, DocumentEvents, Entity, Event};
pub use handle::SqliteStore;

impl StoreReader for SqliteStore {
    fn get_document(&self, id_or_prefix: &str) -> Result<Option<Document>, StoreError> {
        documents::get(self, id_or_prefix)
    }

    fn list_documents(&self, query: &DocListQuery) -> Result<Vec<DocSummary>, StoreError> {
        documents::list(self, query)
    }

    fn count_documents(&self) -> Result<u64, StoreError> {
        documents::count(self)
    }

    fn search(&self, query: &str, limit: usize) -> Result<Vec<SearchHit>, StoreError> {
        search::search(self, query, limit)
    }

    fn missing_entities(&self, ids: &[DocId], pipeline: u32) -> Result<Vec<DocId>, StoreError> {
        stage_rows::missing_in(self, "document_entities", ids, pipeline)
    }

    fn get_entities(&self, doc_id: &DocId) -> Result<Option<DocumentEntities>, StoreError> {
        stage_rows::document_json(self, "document_entities", doc_id)
    }

    fn list_entities(&self, query: &EntityQuery) -> Result<Vec<Entity>, StoreError> {
        entities::list(self, query)
    }

    fn missing_events(&self, ids: &[DocId], pipeline: u32) -> Result<Vec<DocId>, StoreError> {
        stage_rows::missing_in(self, "document_events", ids, pipeline)
    }

    fn get_events(&self, doc_id: &DocId) -> Result<Option<DocumentEvents>, StoreError> {
        stage_rows::document_json(self, "document_events", doc_id)
    }

    fn list_events(&self, query: &EventQuery) -> Result<Vec<Event>, StoreError> {
        events::list(self, query)
    }

    fn missing_opinions(&self, ids: &[DocId], pipeline: u32) -> Result<Vec<DocId>, StoreError> {
        stage_rows::missing_in(self, "document_opinions", ids, pipeline)
    }

    fn get_opinions(&self, doc_id: &DocId) -> Result<Option<DocumentOpinions>, StoreError> {
        stage_rows::document_json(self, "document_opinions", doc_id)
    }

    fn missing_stories(&self, ids: &[DocId], pipeline: u32) -> Result<Vec<DocId>, StoreError> {
        stage_rows::missing_in(self, "document_stories", ids, pipeline)
    }

    fn story_memberships(&self, story: Option<&str>) -> Result<Vec<StoryMembership>, StoreError> {
        stories::memberships(self, story)
    }

    fn story_of(&self, doc_id: &DocId) -> Result<Option<String>, StoreError> {
        stories::story_of(self, doc_id)
    }

    fn story_snapshot(&self, pipeline: u32) -> Result<Option<Vec<u8>>, StoreError> {
        stories::snapshot(self, pipeline)
    }

    fn get_reconciliation(
        &self,
        story_id: &str,
    ) -> Result<Option<StoryReconciliation>, StoreError> {
        reconciliations::get(self, story_id)
    }

    fn reconciliation_keys(&self) -> Result<Vec<ReconciliationKey>, StoreError> {
        reconciliations::keys(self)
    }

    fn story_keys(&self) -> Result<Vec<(String, String)>, StoreError> {
        reconciliations::story_keys(self)
    }

    fn generation(&self) -> Result<u64, StoreError> {
        generation::read(self)
    }
}

impl StoreWriter for SqliteStore {
    fn put_documents(&mut self, docs: &[Document]) -> Result<PutReport, StoreError> {
        documents::put(self, docs)
    }

    fn put_entities(
        &mut self,
        batch: &[DocumentEntities],
        pipeline: u32,
    ) -> Result<(), StoreError> {
        entities::put(self, batch, pipeline)
    }

    fn put_events(&mut self, batch: &[DocumentEvents], pipeline: u32) -> Result<(), StoreError> {
        events::put(self, batch, pipeline)
    }

    fn put_opinions(
        &mut self,
        batch: &[DocumentOpinions],
        pipeline: u32,
    ) -> Result<(), StoreError> {
        opinions::put(self, batch, pipeline)
    }

    fn put_story_memberships(
        &mut self,
        rows: &[StoryMembership],
        merged: &[(String, String)],
        pipeline: u32,
    ) -> Result<(), StoreError> {
        stories::put_memberships(self, rows, merged, pipeline)
    }

    fn put_story_snapshot(&mut self, pipeline: u32, bytes: &[u8]) -> Result<(), StoreError> {
        stories::put_snapshot(self, pipeline, bytes)
    }

    fn put_reconciliations(
        &mut self,
        batch: &[StoryReconciliation],
        removed: &[String],
        pipeline: u32,
    ) -> Result<(), StoreError> {
        reconciliations::put(self, batch, removed, pipeline)
    }
}
