//! [`SqliteStore`]: the embedded, single-file implementation of [`StoreReader`] and
//! [`StoreWriter`].
//!
//! One module per concern: [`connection`] opens the file and migrates its schema,
//! [`documents`] and [`search`] hold the documents and their full-text index, [`entities`],
//! [`events`], [`opinions`] and [`stories`] the stages' tables, and [`stage_rows`] what those tables share.
//! This module holds the store itself and its trait implementations, which only hand each
//! call to the module of its concern.

mod connection;
mod documents;
mod entities;
mod events;
mod opinions;
mod search;
mod stage_rows;
mod stories;
#[cfg(test)]
mod tests;

use crate::{
    DocListQuery, DocSummary, DocumentOpinions, EntityQuery, EventQuery, PutReport, SearchHit,
    StoreError, StoreReader, StoreWriter, StoryMembership,
};
use dossier_model::{DocId, Document, DocumentEntities, DocumentEvents, Entity, Event};
use rusqlite::Connection;
use std::fmt;
use std::path::{Path, PathBuf};

/// A store in one SQLite file (or in memory, for tests).
///
/// The file uses the WAL journal, so readers in other processes do not block the writer;
/// writers wait up to 10 seconds for each other. The schema is versioned with
/// `PRAGMA user_version` and migrated on open.
pub struct SqliteStore {
    conn: Connection,
    location: PathBuf,
}

impl fmt::Debug for SqliteStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SqliteStore")
            .field("location", &self.location)
            .finish()
    }
}

/// An error-mapping closure for a backend failure during `operation`.
fn backend<'a>(
    store: &'a Path,
    operation: &'static str,
) -> impl FnOnce(rusqlite::Error) -> StoreError + 'a {
    move |e| StoreError::Backend {
        store: store.to_path_buf(),
        operation,
        source: Box::new(e),
    }
}

/// A count or position as SQLite's integer (saturating: no length reaches `i64::MAX`).
fn to_i64(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

impl SqliteStore {
    /// Where the store lives: its file path, or `:memory:`.
    pub fn location(&self) -> &Path {
        &self.location
    }

    /// Closes the store, reporting any error SQLite meets while doing so (dropping the
    /// store also closes it, silently).
    pub fn close(self) -> Result<(), StoreError> {
        let SqliteStore { conn, location } = self;
        conn.close()
            .map_err(|(_, e)| backend(&location, "closing the store")(e))
    }
}

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
}
