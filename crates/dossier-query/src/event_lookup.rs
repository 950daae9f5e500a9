//! One canonical event, looked up by its id or the id of any per-document event it merges,
//! in the stored reconciliation of the story of its document.

use crate::labels::DocRef;
use crate::loaded::{context_of, stored_reconciliation, Loaded};
use dossier_model::CanonicalEvent;
use dossier_store::StoreReader;
use serde::Serialize;

/// A canonical event with the documents of its story.
#[derive(Debug, Serialize)]
pub struct EventPage {
    #[serde(flatten)]
    pub event: CanonicalEvent,
    pub documents: Vec<DocRef>,
}

/// What looking up a canonical event found.
#[derive(Debug)]
pub enum EventLookup {
    /// The event.
    Found(Box<EventPage>),
    /// The id is not of the form `ev:DOC:eN` or `DOC:eN`.
    BadId,
    /// No document matches DOC (or DOC is an ambiguous prefix: the message says which).
    NoDocument(String),
    /// The document exists but has no such event.
    NoEvent,
    /// The document's story has no stored reconciliation for its present documents yet (or
    /// the document is in no story yet): the next ingest run reconciles it.
    NotAnalysed,
}

/// Looks up a canonical event by its id (`ev:DOC:eN`) or the id of any per-document event it
/// merges (`DOC:eN`; DOC may be a unique prefix).
pub fn canonical_event(store: &dyn StoreReader, id: &str) -> anyhow::Result<EventLookup> {
    let raw = id.trim().trim_start_matches("ev:");
    let (doc_part, event_part) = match raw.rsplit_once(':') {
        Some((d, e)) if e.starts_with('e') && !d.is_empty() => (d, e),
        _ => return Ok(EventLookup::BadId),
    };
    let doc = match store.get_document(doc_part) {
        Ok(Some(doc)) => doc,
        Ok(None) => return Ok(EventLookup::NoDocument(format!("no document {doc_part}"))),
        Err(e) => return Ok(EventLookup::NoDocument(e.to_string())),
    };
    let mention = format!("{}:{event_part}", doc.id);
    let (story, ids, members) = context_of(store, &doc.id)?;
    let Some(story) = story else {
        return Ok(EventLookup::NotAnalysed);
    };
    let Some(stored) = stored_reconciliation(store, &story, &members)? else {
        return Ok(EventLookup::NotAnalysed);
    };
    let loaded = Loaded::load(store, &ids, &members)?;
    let documents = loaded.doc_refs();
    match stored
        .reconciliation
        .events
        .into_iter()
        .find(|e| e.mentions.contains(&mention))
    {
        Some(event) => Ok(EventLookup::Found(Box::new(EventPage { event, documents }))),
        None => Ok(EventLookup::NoEvent),
    }
}
