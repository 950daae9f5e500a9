//! How views name things in one line: a document reference, an event's type and place in
//! words, a canonical event as one line of a listing. Shared by every view.

use dossier_model::{CanonicalEvent, DocId, Document};
use serde::Serialize;

/// A document named in a view: enough to show and link it.
#[derive(Debug, Clone, Serialize)]
pub struct DocRef {
    pub id: DocId,
    pub outlet: Option<String>,
    pub headline: Option<String>,
    pub published: Option<String>,
}

impl DocRef {
    /// The reference to a document.
    pub(crate) fn of(d: &Document) -> DocRef {
        DocRef {
            id: d.id.clone(),
            outlet: d.outlet.name.clone(),
            headline: d.headline.clone(),
            published: d.published.value.map(|v| v.to_string()),
        }
    }
}

/// A canonical event in one line.
#[derive(Debug, Serialize)]
pub struct EventLine {
    pub id: String,
    /// PLOVER type (or kind) with its mode: `CONSULT/visit`.
    #[serde(rename = "type")]
    pub what: String,
    pub date: Option<String>,
    pub place: Option<String>,
    pub participants: Vec<String>,
    pub corroboration: usize,
    pub sources: usize,
    pub discrepancies: usize,
}

/// The PLOVER type (or kind) of an event with its mode: `CONSULT/visit`.
pub fn event_type_label(e: &dossier_model::Event) -> String {
    let what = e
        .event_type
        .clone()
        .or_else(|| e.kind.clone())
        .unwrap_or_default();
    match &e.mode {
        Some(m) => format!("{what}/{m}"),
        None => what,
    }
}

/// The place of an event in words: `Naval Headquarters, Islamabad`.
pub fn place_label(p: &dossier_model::EventPlace) -> String {
    match &p.city {
        Some(c) if c != &p.name => format!("{}, {c}", p.name),
        _ => p.name.clone(),
    }
}

/// A canonical event in one line.
pub fn event_line(e: &CanonicalEvent) -> EventLine {
    EventLine {
        id: e.event.id.clone(),
        what: event_type_label(&e.event),
        date: e.event.date.as_ref().map(|d| d.value.to_string()),
        place: e.event.place.as_ref().map(place_label),
        participants: e.event.actors.iter().map(|a| a.name.clone()).collect(),
        corroboration: e.corroboration,
        sources: e.event.sources.len(),
        discrepancies: e.discrepancies.len(),
    }
}
