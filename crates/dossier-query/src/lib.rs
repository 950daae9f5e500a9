//! Read views over a store, shared by the CLI (`dossier stories`, `event`, `actor`, `export`)
//! and the HTTP server: story summaries, a story page with each outlet's body and evidence
//! spans, one canonical event with what each source says, an actor across sources, and every
//! canonical event of the store (for maps, graphs and exports).
//!
//! Views are computed from the stored per-document stages (documents, entities, events, story
//! memberships) by [`dossier_reconcile::reconcile`], one story at a time; nothing here writes.
//! Every span in a view is a byte span of the stored body of the document it names.

mod filter;

pub use filter::CanonicalFilter;

use dossier_model::{
    CanonicalEvent, Claim, DocId, Document, DocumentEntities, DocumentEvents, Reconciliation,
    ResolvedEntity, Visit,
};
use dossier_reconcile::SourceDocument;
use dossier_store::{EntityQuery, StoreReader, StoryMembership};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// The stored stages of a set of documents, ready to reconcile.
pub struct Loaded {
    /// Each document with its entities and events (computed when not stored).
    pub docs: Vec<(Document, DocumentEntities, DocumentEvents)>,
    /// Story membership of each document that has one.
    pub memberships: HashMap<DocId, StoryMembership>,
}

impl Loaded {
    /// Loads the documents `ids` (missing ones are skipped) with their stages.
    pub fn load(
        store: &dyn StoreReader,
        ids: &[DocId],
        memberships: &[StoryMembership],
    ) -> anyhow::Result<Loaded> {
        let mut docs = Vec::new();
        for id in ids {
            let Some(doc) = store.get_document(id.as_str())? else {
                continue;
            };
            let entities = store
                .get_entities(id)?
                .unwrap_or_else(|| dossier_entities::analyse(&doc));
            let events = store
                .get_events(id)?
                .unwrap_or_else(|| dossier_events::code_document(&doc, &entities));
            docs.push((doc, entities, events));
        }
        Ok(Loaded {
            docs,
            memberships: memberships
                .iter()
                .map(|m| (m.doc_id.clone(), m.clone()))
                .collect(),
        })
    }

    fn sources(&self, with_story: bool) -> Vec<SourceDocument<'_>> {
        self.docs
            .iter()
            .map(|(doc, entities, events)| {
                let m = self.memberships.get(&doc.id);
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

    /// Reconciles the loaded documents: resolved entities, canonical events, discrepancies.
    pub fn reconcile(&self) -> Reconciliation {
        dossier_reconcile::reconcile(&self.sources(true))
    }

    /// The number of independent outlets among the loaded documents (reprints and one
    /// outlet's several articles count once).
    pub fn independent_outlets(&self) -> usize {
        let ids: Vec<DocId> = self.docs.iter().map(|d| d.0.id.clone()).collect();
        dossier_reconcile::independent_outlets(&self.sources(false), &ids).len()
    }

    /// One loaded document.
    pub fn doc(&self, id: &DocId) -> Option<&Document> {
        self.docs.iter().map(|d| &d.0).find(|d| &d.id == id)
    }

    /// Short references to the loaded documents, in load order.
    pub fn doc_refs(&self) -> Vec<DocRef> {
        self.docs.iter().map(|(d, ..)| DocRef::of(d)).collect()
    }
}

/// A document named in a view: enough to show and link it.
#[derive(Debug, Clone, Serialize)]
pub struct DocRef {
    pub id: DocId,
    pub outlet: Option<String>,
    pub headline: Option<String>,
    pub published: Option<String>,
}

impl DocRef {
    fn of(d: &Document) -> DocRef {
        DocRef {
            id: d.id.clone(),
            outlet: d.outlet.name.clone(),
            headline: d.headline.clone(),
            published: d.published.value.map(|v| v.to_string()),
        }
    }
}

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

/// The stories of the store, largest first (ties: first arrived first), `offset` skipped and
/// at most `limit` returned, each reconciled.
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
        let rec = loaded.reconcile();
        let mut published: Vec<String> = loaded
            .docs
            .iter()
            .filter_map(|(d, ..)| d.published.value.map(|v| v.to_string()))
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
                })
            })
            .collect();
        out.push(StorySummary {
            id,
            headline: documents.iter().find_map(|d| d.headline.clone()),
            outlets: loaded.independent_outlets(),
            first_published: published.first().cloned(),
            last_published: published.last().cloned(),
            events: rec.events.iter().map(event_line).collect(),
            visits: rec.visits,
            discrepancies: rec.discrepancies.len(),
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
    /// `reporting`, `opinion` or `attributed_opinion`.
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

fn stance_name(s: &dossier_opinion::SentenceStance) -> &'static str {
    match s {
        dossier_opinion::SentenceStance::Opinion => "opinion",
        dossier_opinion::SentenceStance::Reporting => "reporting",
        dossier_opinion::SentenceStance::AttributedOpinion { .. } => "attributed_opinion",
    }
}

/// The story page of `story_id`, or `None` when the store has no such story.
pub fn story_page(store: &dyn StoreReader, story_id: &str) -> anyhow::Result<Option<StoryPage>> {
    let members = store.story_memberships(Some(story_id))?;
    if members.is_empty() {
        return Ok(None);
    }
    let ids: Vec<DocId> = members.iter().map(|m| m.doc_id.clone()).collect();
    let loaded = Loaded::load(store, &ids, &members)?;
    let rec = loaded.reconcile();
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
    for (doc, ..) in &loaded.docs {
        if let Some(p) = doc.published.value {
            published.push(p.to_string());
        }
        let opinions = dossier_opinion::classify_document(doc);
        let mut sentences: Vec<SentenceMark> = doc
            .sentences
            .iter()
            .map(|s| SentenceMark {
                start: s.span.start,
                end: s.span.end,
                opinion: false,
                stance: "reporting",
            })
            .collect();
        for o in &opinions {
            if let Some(s) = sentences.get_mut(o.sentence) {
                s.opinion = o.score.is_opinion;
                s.stance = stance_name(&o.score.stance);
            }
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
        });
    }
    published.sort();
    Ok(Some(StoryPage {
        id: story_id.to_string(),
        headline: documents.iter().find_map(|d| d.headline.clone()),
        outlets: loaded.independent_outlets(),
        first_published: published.first().cloned(),
        last_published: published.last().cloned(),
        documents,
        events: rec.events,
        visits: rec.visits,
        discrepancies: rec.discrepancies,
    }))
}

/// The documents to reconcile around one document: its story, or the document alone.
pub fn context_of(
    store: &dyn StoreReader,
    doc: &DocId,
) -> anyhow::Result<(Vec<DocId>, Vec<StoryMembership>)> {
    match store.story_of(doc)? {
        Some(story) => {
            let members = store.story_memberships(Some(&story))?;
            Ok((members.iter().map(|m| m.doc_id.clone()).collect(), members))
        }
        None => Ok((vec![doc.clone()], Vec::new())),
    }
}

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
    let (ids, members) = context_of(store, &doc.id)?;
    let loaded = Loaded::load(store, &ids, &members)?;
    let rec = loaded.reconcile();
    let documents = loaded.doc_refs();
    match rec
        .events
        .into_iter()
        .find(|e| e.mentions.contains(&mention))
    {
        Some(event) => Ok(EventLookup::Found(Box::new(EventPage { event, documents }))),
        None => Ok(EventLookup::NoEvent),
    }
}

/// One person or organisation across sources.
#[derive(Debug, Serialize)]
pub struct ActorRecord {
    #[serde(flatten)]
    pub entity: ResolvedEntity,
    /// Ranks and roles with the publication date of the document that states them, oldest
    /// first.
    pub roles_over_time: Vec<DatedClaim>,
    pub discrepancies: Vec<dossier_model::Discrepancy>,
    /// The canonical events the actor takes part in: dated ones in date order, then undated.
    pub timeline: Vec<CanonicalEvent>,
}

/// A rank or role claim with the publication date of its document.
#[derive(Debug, Serialize)]
pub struct DatedClaim {
    pub published: Option<String>,
    /// `rank` or `role`.
    pub kind: &'static str,
    #[serde(flatten)]
    pub claim: Claim,
}

/// The actors whose names contain a text, with the documents their records cite.
#[derive(Debug, Serialize)]
pub struct ActorReport {
    pub records: Vec<ActorRecord>,
    pub documents: Vec<DocRef>,
}

/// People and organisations (not places) whose names contain `name` (case-insensitive),
/// reconciled over the stories of every document that mentions them.
pub fn actors(store: &dyn StoreReader, name: &str) -> anyhow::Result<ActorReport> {
    let needle = name.trim().to_lowercase();
    if needle.is_empty() {
        return Ok(ActorReport {
            records: Vec::new(),
            documents: Vec::new(),
        });
    }
    let hits = store.list_entities(&EntityQuery {
        limit: 10_000,
        offset: 0,
        kind: None,
        name: Some(name.trim().to_string()),
        doc_id: None,
    })?;
    let mut ids: Vec<DocId> = Vec::new();
    let mut members: Vec<StoryMembership> = Vec::new();
    let mut seen_docs = std::collections::HashSet::new();
    for e in &hits {
        let Some(m) = e.mentions.first() else {
            continue;
        };
        if !seen_docs.insert(m.doc_id.clone()) {
            continue;
        }
        let (ctx, ms) = context_of(store, &m.doc_id)?;
        for id in ctx {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        for m in ms {
            if !members.iter().any(|x| x.doc_id == m.doc_id) {
                members.push(m);
            }
        }
    }
    if ids.is_empty() {
        return Ok(ActorReport {
            records: Vec::new(),
            documents: Vec::new(),
        });
    }
    let loaded = Loaded::load(store, &ids, &members)?;
    let rec = loaded.reconcile();
    let published_of = |id: &DocId| {
        loaded
            .doc(id)
            .and_then(|d| d.published.value.map(|v| v.to_string()))
    };
    let records = rec
        .entities
        .iter()
        .filter(|e| {
            std::iter::once(&e.name)
                .chain(e.names.iter())
                .any(|n| n.to_lowercase().contains(&needle))
        })
        .filter(|e| e.kind != dossier_model::EntityType::Place)
        .map(|e| {
            let mut roles_over_time: Vec<DatedClaim> = e
                .ranks
                .iter()
                .map(|c| ("rank", c))
                .chain(e.roles.iter().map(|c| ("role", c)))
                .map(|(kind, claim)| DatedClaim {
                    published: published_of(&claim.doc_id),
                    kind,
                    claim: claim.clone(),
                })
                .collect();
            roles_over_time.sort_by(|a, b| a.published.cmp(&b.published));
            ActorRecord {
                entity: e.clone(),
                roles_over_time,
                discrepancies: rec
                    .discrepancies
                    .iter()
                    .filter(|d| d.subject == e.id)
                    .cloned()
                    .collect(),
                timeline: timeline_of(&rec.events, &e.id),
            }
        })
        .collect();
    Ok(ActorReport {
        records,
        documents: loaded.doc_refs(),
    })
}

/// The events of `events` an entity takes part in: dated ones in date order, then undated.
pub fn timeline_of(events: &[CanonicalEvent], entity_id: &str) -> Vec<CanonicalEvent> {
    let mut timeline: Vec<CanonicalEvent> = events
        .iter()
        .filter(|ev| {
            ev.event
                .actors
                .iter()
                .any(|a| a.entity_id.as_deref() == Some(entity_id))
        })
        .cloned()
        .collect();
    timeline.sort_by_key(|ev| {
        let date = ev.event.date.as_ref().map(|d| d.value.to_string());
        (date.is_none(), date)
    });
    timeline
}

/// Every canonical event and resolved entity of the store, story by story.
#[derive(Debug, Default, Serialize)]
pub struct Corpus {
    /// Canonical events, in story order then the reconciler's order.
    pub events: Vec<CanonicalEvent>,
    /// Resolved entities, one per id (an entity seen in several stories is listed once, with
    /// its documents summed and its names, ranks and roles joined).
    pub entities: Vec<ResolvedEntity>,
}

impl Corpus {
    /// The events that pass `filter`, `offset` skipped, at most `limit`.
    pub fn matching(
        &self,
        filter: &CanonicalFilter,
        limit: usize,
        offset: usize,
    ) -> Vec<CanonicalEvent> {
        self.events
            .iter()
            .filter(|e| filter.matches(e))
            .skip(offset)
            .take(limit)
            .cloned()
            .collect()
    }
}

/// Reconciles every story of the store (and every document without a story on its own).
pub fn corpus(store: &dyn StoreReader) -> anyhow::Result<Corpus> {
    let memberships = store.story_memberships(None)?;
    let mut out = Corpus::default();
    let mut entities: BTreeMap<String, ResolvedEntity> = BTreeMap::new();
    let mut order: Vec<String> = Vec::new();
    let mut in_story: std::collections::HashSet<DocId> = std::collections::HashSet::new();
    let mut groups: Vec<(Vec<DocId>, Vec<StoryMembership>)> = stories_of(&memberships)
        .into_iter()
        .map(|(_, members)| {
            let ids: Vec<DocId> = members.iter().map(|m| m.doc_id.clone()).collect();
            in_story.extend(ids.iter().cloned());
            (ids, members)
        })
        .collect();
    let total = store.count_documents()? as usize;
    if in_story.len() < total {
        let docs = store.list_documents(&dossier_store::DocListQuery {
            limit: total,
            ..Default::default()
        })?;
        for d in docs {
            if !in_story.contains(&d.id) {
                groups.push((vec![d.id], Vec::new()));
            }
        }
    }
    for (ids, members) in groups {
        let loaded = Loaded::load(store, &ids, &members)?;
        let rec = loaded.reconcile();
        out.events.extend(rec.events);
        for e in rec.entities {
            match entities.get_mut(&e.id) {
                Some(known) => {
                    known.documents += e.documents;
                    for n in e.names {
                        if !known.names.contains(&n) {
                            known.names.push(n);
                        }
                    }
                    known.ranks.extend(e.ranks);
                    known.roles.extend(e.roles);
                    known.members.extend(e.members);
                    if known.country.is_none() {
                        known.country = e.country;
                    }
                    if known.sector.is_none() {
                        known.sector = e.sector;
                    }
                }
                None => {
                    order.push(e.id.clone());
                    entities.insert(e.id.clone(), e);
                }
            }
        }
    }
    out.entities = order
        .into_iter()
        .filter_map(|id| entities.remove(&id))
        .collect();
    Ok(out)
}

/// A document's versioned JSON with each sentence's `opinion` flag (the writer's own opinion,
/// not reporting and not an opinion attributed to a named source), its `stance` and the
/// classifier's probability that it is subjective (`subjectivity`).
pub fn document_json(doc: &Document) -> serde_json::Result<serde_json::Value> {
    let mut value = serde_json::to_value(doc)?;
    let opinions = dossier_opinion::classify_document(doc);
    if let Some(sentences) = value.get_mut("sentences").and_then(|s| s.as_array_mut()) {
        for o in &opinions {
            let Some(sentence) = sentences
                .get_mut(o.sentence)
                .and_then(|s| s.as_object_mut())
            else {
                continue;
            };
            sentence.insert("opinion".into(), o.score.is_opinion.into());
            sentence.insert("stance".into(), stance_name(&o.score.stance).into());
            sentence.insert(
                "subjectivity".into(),
                serde_json::json!((f64::from(o.score.probability) * 1000.0).round() / 1000.0),
            );
        }
    }
    Ok(value)
}

/// The canonical events of the store that pass `filter`, `offset` skipped, at most `limit`,
/// with every resolved entity of the store.
pub fn canonical_events(
    store: &dyn StoreReader,
    filter: &CanonicalFilter,
    limit: usize,
    offset: usize,
) -> anyhow::Result<Corpus> {
    let mut corpus = corpus(store)?;
    corpus.events = corpus.matching(filter, limit, offset);
    Ok(corpus)
}
