//! The story views: every story of the store in a few lines ([`story_summaries`]), and one
//! story with each outlet's body, its sentences (opinion marked) and the evidence spans of the
//! story's canonical events ([`story_page`]). Canonical events, visits, discrepancies and
//! outlet counts come from the reconciliation the pipeline stored for the story; a story
//! without a current one shows none of them and is marked [`NotAnalysed::Reconciliation`].

use crate::labels::{event_line, event_type_label, EventLine};
use crate::loaded::{stored_reconciliation, Loaded, NotAnalysed};
use dossier_model::{CanonicalEvent, DocId, Visit};
use dossier_store::{DocumentOpinions, StoreReader, StoryMembership};
use serde::Serialize;
use std::collections::HashMap;

/// Stories in the store: memberships grouped by story, in order of first arrival.
pub fn stories_of(memberships: &[StoryMembership]) -> Vec<(String, Vec<StoryMembership>)> {
    let mut order: Vec<String> = Vec::new();
    let mut groups: HashMap<String, Vec<StoryMembership>> = HashMap::new();
    for m in memberships {
        if !groups.contains_key(&m.story_id) {
            order.push(m.story_id.clone());
        }
        groups
            .entry(m.story_id.clone())
            .or_default()
            .push(m.clone());
    }
    order
        .into_iter()
        .filter_map(|id| groups.remove(&id).map(|g| (id, g)))
        .collect()
}

/// One story in a list of stories.
#[derive(Debug, Serialize)]
pub struct StorySummary {
    pub id: String,
    pub headline: Option<String>,
    pub documents: Vec<StoryDocument>,
    /// Independent outlets among the documents.
    pub outlets: usize,
    pub first_published: Option<String>,
    pub last_published: Option<String>,
    pub events: Vec<EventLine>,
    pub visits: Vec<Visit>,
    /// Number of discrepancies between sources.
    pub discrepancies: usize,
    /// `reconciliation` when the story has no stored reconciliation for its present
    /// documents yet (left out when it has one).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub not_analysed: Vec<NotAnalysed>,
}

/// A document of a story.
#[derive(Debug, Serialize)]
pub struct StoryDocument {
    pub id: DocId,
    pub outlet: Option<String>,
    pub headline: Option<String>,
    pub published: Option<String>,
    /// The document this one reprints, when it is a near-duplicate.
    pub near_duplicate_of: Option<DocId>,
    /// The stages that have not seen the document yet (left out when none).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub not_analysed: Vec<NotAnalysed>,
}

/// The stories of the store, largest first (ties: first arrived first), `offset` skipped and
/// at most `limit` returned, each with its stored reconciliation.
pub fn story_summaries(
    store: &dyn StoreReader,
    limit: usize,
    offset: usize,
) -> anyhow::Result<Vec<StorySummary>> {
    let memberships = store.story_memberships(None)?;
    let mut groups = stories_of(&memberships);
    groups.sort_by_key(|g| std::cmp::Reverse(g.1.len()));
    let mut out = Vec::new();
    for (id, members) in groups.into_iter().skip(offset).take(limit) {
        let ids: Vec<DocId> = members.iter().map(|m| m.doc_id.clone()).collect();
        let loaded = Loaded::load(store, &ids, &members)?;
        let stored = stored_reconciliation(store, &id, &members)?;
        let not_analysed = not_reconciled(&stored);
        let (outlets, rec) = stored
            .map(|s| (s.outlets, s.reconciliation))
            .unwrap_or_default();
        let mut published: Vec<String> = loaded
            .docs
            .iter()
            .filter_map(|d| d.doc.published.value.map(|v| v.to_string()))
            .collect();
        published.sort();
        let documents: Vec<StoryDocument> = members
            .iter()
            .filter_map(|m| {
                let d = loaded.doc(&m.doc_id)?;
                Some(StoryDocument {
                    id: d.id.clone(),
                    outlet: d.outlet.name.clone(),
                    headline: d.headline.clone(),
                    published: d.published.value.map(|v| v.to_string()),
                    near_duplicate_of: m.near_duplicate_of.clone(),
                    not_analysed: loaded.not_analysed(&m.doc_id),
                })
            })
            .collect();
        out.push(StorySummary {
            id,
            headline: documents.iter().find_map(|d| d.headline.clone()),
            outlets,
            first_published: published.first().cloned(),
            last_published: published.last().cloned(),
            events: rec.events.iter().map(event_line).collect(),
            visits: rec.visits,
            discrepancies: rec.discrepancies.len(),
            not_analysed,
            documents,
        });
    }
    Ok(out)
}

/// One story with every document's body, its sentences (opinion marked) and the evidence
/// spans of the story's canonical events: what a side-by-side reading needs.
#[derive(Debug, Serialize)]
pub struct StoryPage {
    pub id: String,
    pub headline: Option<String>,
    pub outlets: usize,
    pub first_published: Option<String>,
    pub last_published: Option<String>,
    pub documents: Vec<StoryPageDocument>,
    pub events: Vec<CanonicalEvent>,
    pub visits: Vec<Visit>,
    pub discrepancies: Vec<dossier_model::Discrepancy>,
    /// `reconciliation` when the story has no stored reconciliation for its present
    /// documents yet (left out when it has one).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub not_analysed: Vec<NotAnalysed>,
}

/// One document of a story page.
#[derive(Debug, Serialize)]
pub struct StoryPageDocument {
    pub id: DocId,
    pub outlet: Option<String>,
    pub headline: Option<String>,
    pub published: Option<String>,
    pub url: Option<String>,
    pub language: String,
    pub near_duplicate_of: Option<DocId>,
    pub body: String,
    pub paragraphs: Vec<SpanLanguage>,
    pub sentences: Vec<SentenceMark>,
    pub evidence: Vec<EvidenceMark>,
    /// The stages that have not seen the document yet (left out when none); when the opinion
    /// stage is among them, every sentence's stance is `not_analysed`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub not_analysed: Vec<NotAnalysed>,
}

/// A paragraph's span and language.
#[derive(Debug, Serialize)]
pub struct SpanLanguage {
    pub start: usize,
    pub end: usize,
    pub language: String,
}

/// A sentence's span and whose voice it is in.
#[derive(Debug, Serialize)]
pub struct SentenceMark {
    pub start: usize,
    pub end: usize,
    /// The writer's own opinion (not reporting, not a named source's opinion).
    pub opinion: bool,
    /// `reporting`, `opinion` or `attributed_opinion`; `not_analysed` when the opinion stage
    /// has not seen the document yet.
    pub stance: &'static str,
}

/// A span of a document that is evidence for a canonical event.
#[derive(Debug, Serialize)]
pub struct EvidenceMark {
    pub start: usize,
    pub end: usize,
    pub event_id: String,
    /// `CONSULT/visit: Naveed Ashraf, Saddam Khalifa Haftar`.
    pub label: String,
}

/// Each sentence of `doc` with the opinion stage's stored verdict, or marked `not_analysed`
/// when the stage has not seen the document.
fn sentence_marks(
    doc: &dossier_model::Document,
    opinions: Option<&DocumentOpinions>,
) -> Vec<SentenceMark> {
    let mut sentences: Vec<SentenceMark> = doc
        .sentences
        .iter()
        .map(|s| SentenceMark {
            start: s.span.start,
            end: s.span.end,
            opinion: false,
            stance: if opinions.is_some() {
                "reporting"
            } else {
                "not_analysed"
            },
        })
        .collect();
    for o in opinions.iter().flat_map(|o| &o.sentences) {
        if let Some(s) = sentences.get_mut(o.sentence) {
            s.opinion = o.score.is_opinion;
            s.stance = o.score.stance.name();
        }
    }
    sentences
}

/// The story page of `story_id`, or `None` when the store has no such story.
pub fn story_page(store: &dyn StoreReader, story_id: &str) -> anyhow::Result<Option<StoryPage>> {
    let members = store.story_memberships(Some(story_id))?;
    if members.is_empty() {
        return Ok(None);
    }
    let ids: Vec<DocId> = members.iter().map(|m| m.doc_id.clone()).collect();
    let loaded = Loaded::load(store, &ids, &members)?;
    let stored = stored_reconciliation(store, story_id, &members)?;
    let story_not_analysed = not_reconciled(&stored);
    let (outlets, rec) = stored
        .map(|s| (s.outlets, s.reconciliation))
        .unwrap_or_default();
    let mut evidence: HashMap<DocId, Vec<EvidenceMark>> = HashMap::new();
    for e in &rec.events {
        let label = format!(
            "{}: {}",
            event_type_label(&e.event),
            e.event
                .actors
                .iter()
                .map(|a| a.name.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        );
        for src in &e.event.sources {
            for ev in &src.evidence {
                evidence
                    .entry(src.doc_id.clone())
                    .or_default()
                    .push(EvidenceMark {
                        start: ev.start,
                        end: ev.end,
                        event_id: e.event.id.clone(),
                        label: label.clone(),
                    });
            }
        }
    }
    let mut published: Vec<String> = Vec::new();
    let mut documents = Vec::new();
    for loaded_doc in &loaded.docs {
        let doc = &loaded_doc.doc;
        if let Some(p) = doc.published.value {
            published.push(p.to_string());
        }
        let opinions = store.get_opinions(&doc.id)?;
        let sentences = sentence_marks(doc, opinions.as_ref());
        let mut not_analysed = loaded_doc.not_analysed.clone();
        if opinions.is_none() {
            not_analysed.push(NotAnalysed::Opinion);
        }
        let mut marks = evidence.remove(&doc.id).unwrap_or_default();
        marks.sort_by_key(|m| (m.start, m.end));
        documents.push(StoryPageDocument {
            id: doc.id.clone(),
            outlet: doc.outlet.name.clone(),
            headline: doc.headline.clone(),
            published: doc.published.value.map(|v| v.to_string()),
            url: doc.url.clone(),
            language: doc.language.clone(),
            near_duplicate_of: loaded
                .memberships
                .get(&doc.id)
                .and_then(|m| m.near_duplicate_of.clone()),
            body: doc.body.clone(),
            paragraphs: doc
                .paragraphs
                .iter()
                .map(|p| SpanLanguage {
                    start: p.span.start,
                    end: p.span.end,
                    language: p.lang.clone(),
                })
                .collect(),
            sentences,
            evidence: marks,
            not_analysed,
        });
    }
    published.sort();
    Ok(Some(StoryPage {
        id: story_id.to_string(),
        headline: documents.iter().find_map(|d| d.headline.clone()),
        outlets,
        first_published: published.first().cloned(),
        last_published: published.last().cloned(),
        documents,
        events: rec.events,
        visits: rec.visits,
        discrepancies: rec.discrepancies,
        not_analysed: story_not_analysed,
    }))
}

/// `[Reconciliation]` when a story has no current stored reconciliation, else nothing.
fn not_reconciled(stored: &Option<dossier_store::StoryReconciliation>) -> Vec<NotAnalysed> {
    match stored {
        Some(_) => Vec::new(),
        None => vec![NotAnalysed::Reconciliation],
    }
}
