//! Read views over a store, shared by the CLI (`dossier stories`, `event`, `actor`, `export`)
//! and the HTTP server: story summaries, a story page with each outlet's body and evidence
//! spans, one canonical event with what each source says, an actor across sources, and every
//! canonical event of the store (for maps, graphs and exports).
//!
//! Views read what the pipeline stored: the per-document stages (documents, entities, events,
//! opinions, story memberships) and each story's reconciliation (canonical events, claims,
//! discrepancies, visits). Nothing here writes, and nothing here runs a stage: the views take a
//! [`dossier_store::StoreReader`], a document that a stage has not seen yet reads as not
//! analysed, and so does a story whose stored reconciliation is missing or was made from other
//! documents than its present ones (see [`NotAnalysed`]).
//! Every span in a view is a byte span of the stored body of the document it names.
//!
//! One module per view (`stories`, `event_lookup`, `actors`, `corpus`, `document`),
//! over `loaded` (the stored stages of a set of documents) and `labels` (one-line names).

mod actors;
mod corpus;
mod document;
mod event_lookup;
mod filter;
mod labels;
mod loaded;
mod stories;

pub use actors::{actors, timeline_of, ActorRecord, ActorReport, DatedClaim};
pub use corpus::{canonical_events, corpus, Corpus};
pub use document::document_json;
pub use event_lookup::{canonical_event, EventLookup, EventPage};
pub use filter::CanonicalFilter;
pub use labels::{event_line, event_type_label, place_label, DocRef, EventLine};
pub use loaded::{context_of, stored_reconciliation, Loaded, LoadedDocument, NotAnalysed};
pub use stories::{
    stories_of, story_page, story_summaries, EvidenceMark, SentenceMark, SpanLanguage,
    StoryDocument, StoryPage, StoryPageDocument, StorySummary,
};
