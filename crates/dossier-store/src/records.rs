//! The plain records the store traits speak in besides the model types: what a batch write
//! did, the filters of the listings, a listing line, a search hit, a story membership, a story's stored reconciliation. They
//! carry no backend type, so every backend shares them.

use dossier_model::{DocId, EntityType, PartialDate, Reconciliation, SourceFormat};
use serde::Serialize;

/// Marks the start of a matched term in [`SearchHit::snippet`].
pub const SNIPPET_MATCH_START: &str = "[";
/// Marks the end of a matched term in [`SearchHit::snippet`].
pub const SNIPPET_MATCH_END: &str = "]";
/// Stands for text left out at either end of [`SearchHit::snippet`].
pub const SNIPPET_ELLIPSIS: &str = "…";

/// Fewest characters an id prefix must have for [`crate::StoreReader::get_document`].
pub const MIN_ID_PREFIX: usize = 4;

/// What [`crate::StoreWriter::put_documents`] did with each document of a batch.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct PutReport {
    /// Ids newly stored, in batch order.
    pub added: Vec<DocId>,
    /// Ids that were already stored (or appeared earlier in the same batch); nothing was
    /// written for them.
    pub unchanged: Vec<DocId>,
}

/// Which documents [`crate::StoreReader::list_documents`] returns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocListQuery {
    /// Most documents to return.
    pub limit: usize,
    /// Documents to skip first (for paging).
    pub offset: usize,
    /// Only documents of this outlet name (exact, ASCII case-insensitive).
    pub outlet: Option<String>,
    /// Only documents whose dominant language is this ISO 639-1 code.
    pub lang: Option<String>,
    /// Only documents published on or after this date. A document whose date is known only
    /// to the month or year is kept when that month or year reaches the bound; documents
    /// with no known date are left out whenever `since` or `until` is set.
    pub since: Option<PartialDate>,
    /// Only documents published on or before this date (inclusive at its own precision:
    /// `2025-07` keeps everything in July 2025). Coarse document dates as for `since`.
    pub until: Option<PartialDate>,
}

impl Default for DocListQuery {
    /// The 50 newest documents, unfiltered.
    fn default() -> Self {
        DocListQuery {
            limit: 50,
            offset: 0,
            outlet: None,
            lang: None,
            since: None,
            until: None,
        }
    }
}

/// One line of a document listing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DocSummary {
    /// The document id.
    pub id: DocId,
    /// The headline, when known.
    pub headline: Option<String>,
    /// The outlet's name, when known.
    pub outlet: Option<String>,
    /// Publication date as `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; `None` when unknown.
    pub published: Option<String>,
    /// Dominant language of the body (ISO 639-1, `und` when unknown).
    pub language: String,
    /// The file the document was read from.
    pub source_path: String,
    /// The format it was read as.
    pub format: SourceFormat,
    /// Body length in bytes.
    pub body_len: usize,
    /// Number of sentences.
    pub n_sentences: usize,
}

/// Which entities [`crate::StoreReader::list_entities`] returns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityQuery {
    /// Most entities to return.
    pub limit: usize,
    /// Entities to skip first (for paging).
    pub offset: usize,
    /// Only entities of this type.
    pub kind: Option<EntityType>,
    /// Only entities one of whose names contains this text (ASCII case-insensitive).
    pub name: Option<String>,
    /// Only entities of this document.
    pub doc_id: Option<DocId>,
}

impl Default for EntityQuery {
    /// The first 100 entities, unfiltered.
    fn default() -> Self {
        EntityQuery {
            limit: 100,
            offset: 0,
            kind: None,
            name: None,
            doc_id: None,
        }
    }
}

/// Filters for [`crate::StoreReader::list_events`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventQuery {
    /// Most events to return.
    pub limit: usize,
    /// Events to skip first (for paging).
    pub offset: usize,
    /// Only events of this PLOVER type (`CONSULT`) or kind (`ceremony`).
    pub event_type: Option<String>,
    /// Only events one of whose participants' names contains this text (case-insensitive).
    pub actor: Option<String>,
    /// Only events whose place (name, city or country code) contains this text.
    pub place: Option<String>,
    /// Only events dated on or after this date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    pub since: Option<String>,
    /// Only events dated on or before this date.
    pub until: Option<String>,
    /// Only events of this document.
    pub doc_id: Option<DocId>,
}

impl Default for EventQuery {
    /// The first 100 events, unfiltered.
    fn default() -> Self {
        EventQuery {
            limit: 100,
            offset: 0,
            event_type: None,
            actor: None,
            place: None,
            since: None,
            until: None,
            doc_id: None,
        }
    }
}

/// One full-text search result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchHit {
    /// The matching document.
    pub doc_id: DocId,
    /// Its headline, when known.
    pub headline: Option<String>,
    /// Its outlet's name, when known.
    pub outlet: Option<String>,
    /// A short extract around the best match, matched terms wrapped in
    /// [`crate::SNIPPET_MATCH_START`] and [`crate::SNIPPET_MATCH_END`], cut ends marked with
    /// [`crate::SNIPPET_ELLIPSIS`]. Display text only: it is not a span of the body (Arabic-script
    /// vowel marks are removed in it).
    pub snippet: String,
    /// Relevance (BM25, headline matches weighted above body matches): higher is better.
    /// Comparable only between hits of the same search.
    pub score: f64,
}

/// One document's place in the story clustering.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StoryMembership {
    pub doc_id: DocId,
    pub story_id: String,
    /// The earlier document this one reprints, if any.
    pub near_duplicate_of: Option<DocId>,
    /// The JSON of the features the clustering compared.
    pub features: String,
}

/// One story's reconciliation as the pipeline stores it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StoryReconciliation {
    pub story_id: String,
    /// The [`membership_key`] of the memberships it was computed from: it is current while
    /// the story's memberships have the same key.
    pub members: String,
    /// The independent outlets among the story's documents (reprints and one outlet's
    /// several articles count once).
    pub outlets: usize,
    /// Resolved entities, canonical events, visits and discrepancies of the story.
    pub reconciliation: Reconciliation,
}

/// A stored reconciliation's story, stage version and [`membership_key`], without its JSON.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReconciliationKey {
    pub story_id: String,
    pub pipeline: u32,
    pub members: String,
}

/// What a story's reconciliation depends on in its memberships: each document id with the
/// document it reprints (`id>original`), sorted, one a line. Two membership lists with the
/// same key give the same reconciliation (documents and their stages never change under an
/// id; a re-analysed document is re-reconciled by the pipeline).
pub fn membership_key<'a, I>(members: I) -> String
where
    I: IntoIterator<Item = (&'a DocId, Option<&'a DocId>)>,
{
    let mut lines: Vec<String> = members
        .into_iter()
        .map(|(doc, original)| match original {
            Some(original) => format!("{}>{}", doc.as_str(), original.as_str()),
            None => doc.as_str().to_string(),
        })
        .collect();
    lines.sort();
    lines.join("\n")
}

impl StoryMembership {
    /// [`membership_key`] of some memberships.
    pub fn key_of(members: &[StoryMembership]) -> String {
        membership_key(
            members
                .iter()
                .map(|m| (&m.doc_id, m.near_duplicate_of.as_ref())),
        )
    }
}
