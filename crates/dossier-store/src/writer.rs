//! [`StoreWriter`]: every write of the store. Only the pipeline (`dossier-pipeline`) takes
//! it: documents and every stage's output reach the store through one path, and the views
//! that read them never write.

use crate::error::StoreError;
use crate::opinion_records::DocumentOpinions;
use crate::reader::StoreReader;
use crate::records::{PutReport, StoryMembership, StoryReconciliation};
use dossier_model::{Document, DocumentEntities, DocumentEvents};

/// The writes of dossier's storage interface; a writer reads too. Each call is one
/// transaction: on any error nothing of the call is stored and what was stored before is
/// untouched.
pub trait StoreWriter: StoreReader {
    /// Stores a batch of documents in one transaction.
    ///
    /// Every document is validated ([`Document::validate`]) first; an invalid one fails the
    /// whole batch with [`StoreError::InvalidDocument`]. A document whose id is already
    /// stored is not written again and is reported as unchanged. On any error nothing of the
    /// batch is stored and what was stored before is untouched.
    fn put_documents(&mut self, docs: &[Document]) -> Result<PutReport, StoreError>;

    /// Stores what the entities stage derived from documents already stored, replacing what
    /// an earlier run stored for the same documents, in one transaction. `pipeline` is the
    /// version of the stage that produced them. A document that is not stored fails the
    /// whole batch.
    fn put_entities(&mut self, batch: &[DocumentEntities], pipeline: u32)
        -> Result<(), StoreError>;

    /// Stores the events of a batch of documents in one transaction, replacing earlier ones;
    /// `pipeline` is the version of the events stage that produced them.
    fn put_events(&mut self, batch: &[DocumentEvents], pipeline: u32) -> Result<(), StoreError>;

    /// Stores the opinion stage's verdicts on a batch of documents in one transaction,
    /// replacing earlier ones; `pipeline` is the version of the stage that produced them. A
    /// document that is not stored fails the whole batch.
    fn put_opinions(&mut self, batch: &[DocumentOpinions], pipeline: u32)
        -> Result<(), StoreError>;

    /// Records where the story clustering put a batch of documents, in one transaction, after
    /// renaming every story in `merged` (`(from, into)`) to the story it was merged into.
    /// Rows for documents already clustered are replaced (keeping their arrival order); new
    /// rows are appended in the order given. A document that is not stored fails the batch.
    fn put_story_memberships(
        &mut self,
        rows: &[StoryMembership],
        merged: &[(String, String)],
        pipeline: u32,
    ) -> Result<(), StoreError>;

    /// Keeps `bytes`, the state of the story index of clustering version `pipeline` after the
    /// memberships stored so far, in place of any earlier one (one transaction: the old state
    /// stays whole if writing fails). The next run reads it back instead of rebuilding the
    /// index from every stored membership.
    fn put_story_snapshot(&mut self, pipeline: u32, bytes: &[u8]) -> Result<(), StoreError>;

    /// Stores the reconciliations of a batch of stories, replacing earlier ones, and deletes
    /// those of the stories in `removed` (stories that no longer have documents), in one
    /// transaction; `pipeline` is the version of the reconciliation stage that produced them.
    fn put_reconciliations(
        &mut self,
        batch: &[StoryReconciliation],
        removed: &[String],
        pipeline: u32,
    ) -> Result<(), StoreError>;
}
