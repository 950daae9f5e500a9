//! The ingest pipeline over a store: sources -> documents -> entities -> events -> stories.
//!
//! Every stage writes its results for a batch in one store transaction, and only for the
//! documents that have no output of the stage's current version yet, so an interrupted run is
//! finished by the next one and nothing already stored is lost. Used by `dossier ingest`,
//! `dossier demo` and `dossier serve` (POST /api/ingest).

use anyhow::Context;
use dossier_ingest::{expand_inputs, read_bytes, read_path, IngestError, Limits};
use dossier_model::{DocId, Document};
use dossier_store::{StoreReader, StoreWriter, StoryMembership};
use dossier_stories::{StoryFeatures, StoryIndex, STORIES_VERSION};
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// What the caller hears while a run goes on (a progress bar, a log, nothing).
pub trait IngestObserver {
    /// The number of input files, once the inputs are expanded.
    fn files_total(&mut self, _n: u64) {}
    /// A file is being read.
    fn file_started(&mut self, _path: &Path) {}
    /// A file is done; `docs_per_s` is the rate so far.
    fn file_done(&mut self, _docs_per_s: f64) {}
    /// An input or record was rejected (the run goes on).
    fn rejected(&mut self, _error: &IngestError) {}
}

/// An observer that hears nothing.
pub struct Quiet;

impl IngestObserver for Quiet {}

/// Counts for one input format.
#[derive(Debug, Default, Serialize)]
pub struct FormatCounts {
    pub documents: u64,
    pub added: u64,
    pub unchanged: u64,
}

/// One rejected input or record.
#[derive(Debug, Serialize)]
pub struct RejectedInput {
    pub path: String,
    pub record: Option<u64>,
    pub reason: String,
}

impl From<&IngestError> for RejectedInput {
    fn from(e: &IngestError) -> Self {
        RejectedInput {
            path: e.path.clone(),
            record: e.record,
            reason: e.reason.clone(),
        }
    }
}

/// What `dossier ingest --json` prints.
#[derive(Debug, Default, Serialize)]
pub struct IngestSummary {
    pub files: u64,
    pub bytes: u64,
    pub documents: u64,
    pub added: u64,
    pub unchanged: u64,
    pub errors: u64,
    pub by_format: BTreeMap<String, FormatCounts>,
    pub rejected: Vec<RejectedInput>,
    pub warnings: Vec<String>,
    pub seconds: f64,
    pub docs_per_s: f64,
    pub store_documents: u64,
}

/// Reads every input and writes the documents to `store` in batches of `batch`.
/// Per-input errors are collected (and reported to `observer`), never fatal; a store
/// error is fatal and leaves earlier batches intact.
pub fn ingest_paths(
    store: &mut dyn StoreWriter,
    inputs: &[PathBuf],
    limits: &Limits,
    batch: usize,
    observer: &mut dyn IngestObserver,
) -> anyhow::Result<IngestSummary> {
    let started = Instant::now();
    let mut summary = IngestSummary::default();
    let files = expand_inputs(inputs);
    observer.files_total(files.len() as u64);
    let mut pending: Vec<Document> = Vec::with_capacity(batch);
    let mut stories: Option<StoryIndex> = None;
    for file in files {
        let path = match file {
            Ok(path) => path,
            Err(err) => {
                observer.rejected(&err);
                summary.errors += 1;
                summary.rejected.push((&err).into());
                observer.file_done(0.0);
                continue;
            }
        };
        summary.files += 1;
        summary.bytes += file_len(&path);
        observer.file_started(&path);
        for item in read_path(&path, limits) {
            match item {
                Ok(doc) => {
                    for w in &doc.warnings {
                        summary.warnings.push(format!("{}: {w}", doc.source.path));
                    }
                    pending.push(doc);
                    if pending.len() >= batch {
                        write_batch(store, &mut pending, &mut summary, &mut stories)?;
                    }
                }
                Err(err) => {
                    observer.rejected(&err);
                    summary.errors += 1;
                    summary.rejected.push((&err).into());
                }
            }
        }
        let secs = started.elapsed().as_secs_f64().max(1e-9);
        let seen = summary.documents + pending.len() as u64;
        observer.file_done(seen as f64 / secs);
    }
    write_batch(store, &mut pending, &mut summary, &mut stories)?;
    if let Err(err) = save_story_index(store, &stories) {
        summary
            .warnings
            .push(format!("{err:#} (the next run rebuilds it)"));
    }
    summary.seconds = started.elapsed().as_secs_f64();
    summary.docs_per_s = summary.documents as f64 / summary.seconds.max(1e-9);
    summary.store_documents = store.count_documents()?;
    Ok(summary)
}

/// Reads one in-memory file (`name` decides the format with the bytes' first line, as for a
/// file on disk: `.txt`, `.html`, `.jsonl`, `.xml`, `.warc`, ...) and writes its documents to
/// `store` in batches of `batch`, running every stage. Rejected records are reported in the
/// summary; a store error is fatal and leaves earlier batches intact.
pub fn ingest_bytes(
    store: &mut dyn StoreWriter,
    name: &str,
    bytes: &[u8],
    limits: &Limits,
    batch: usize,
    stories: &mut Option<StoryIndex>,
) -> anyhow::Result<IngestSummary> {
    let started = Instant::now();
    let mut summary = IngestSummary {
        files: 1,
        bytes: bytes.len() as u64,
        ..Default::default()
    };
    let batch = batch.max(1);
    let mut pending: Vec<Document> = Vec::with_capacity(batch);
    for item in read_bytes(name, bytes, limits) {
        match item {
            Ok(doc) => {
                for w in &doc.warnings {
                    summary.warnings.push(format!("{}: {w}", doc.source.path));
                }
                pending.push(doc);
                if pending.len() >= batch {
                    write_batch(store, &mut pending, &mut summary, stories)?;
                }
            }
            Err(err) => {
                summary.errors += 1;
                summary.rejected.push((&err).into());
            }
        }
    }
    write_batch(store, &mut pending, &mut summary, stories)?;
    summary.seconds = started.elapsed().as_secs_f64();
    summary.docs_per_s = summary.documents as f64 / summary.seconds.max(1e-9);
    summary.store_documents = store.count_documents()?;
    Ok(summary)
}

fn file_len(path: &Path) -> u64 {
    std::fs::metadata(path).map(|m| m.len()).unwrap_or(0)
}

fn write_batch(
    store: &mut dyn StoreWriter,
    pending: &mut Vec<Document>,
    summary: &mut IngestSummary,
    stories: &mut Option<StoryIndex>,
) -> anyhow::Result<()> {
    if pending.is_empty() {
        return Ok(());
    }
    let report = store
        .put_documents(pending)
        .context("writing a batch to the store (the batch was rolled back)")?;
    let added: std::collections::HashSet<String> =
        report.added.iter().map(|id| id.to_string()).collect();
    for doc in pending.iter() {
        let counts = summary
            .by_format
            .entry(doc.source.format.to_string())
            .or_default();
        counts.documents += 1;
        summary.documents += 1;
        if added.contains(doc.id.as_str()) {
            counts.added += 1;
            summary.added += 1;
        } else {
            counts.unchanged += 1;
            summary.unchanged += 1;
        }
    }
    analyse_missing(store, pending, stories)?;
    pending.clear();
    Ok(())
}

/// Runs the entities and events stages on the documents of `docs` that have no output stored
/// by the current version of each stage (new documents, or documents stored by an older build
/// or before a crash) and stores each stage's results in one transaction.
pub fn analyse_missing(
    store: &mut dyn StoreWriter,
    docs: &[Document],
    stories: &mut Option<StoryIndex>,
) -> anyhow::Result<()> {
    let ids: Vec<_> = docs.iter().map(|d| d.id.clone()).collect();
    let missing: std::collections::HashSet<_> = store
        .missing_entities(&ids, dossier_entities::PIPELINE_VERSION)?
        .into_iter()
        .collect();
    let mut seen = std::collections::HashSet::new();
    let analyses: Vec<_> = docs
        .iter()
        .filter(|d| missing.contains(&d.id) && seen.insert(d.id.clone()))
        .map(dossier_entities::analyse)
        .collect();
    if !analyses.is_empty() {
        store
            .put_entities(&analyses, dossier_entities::PIPELINE_VERSION)
            .context("writing entities to the store (that batch was rolled back)")?;
    }
    // events need the entities: fresh ones from above, or the stored ones
    let missing_events: std::collections::HashSet<_> = store
        .missing_events(&ids, dossier_events::EVENTS_VERSION)?
        .into_iter()
        .collect();
    let mut coded = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for doc in docs {
        if !missing_events.contains(&doc.id) || !seen.insert(doc.id.clone()) {
            continue;
        }
        let ents = entities_of(store, &analyses, doc)?;
        coded.push(dossier_events::code_document(doc, &ents));
    }
    if !coded.is_empty() {
        store
            .put_events(&coded, dossier_events::EVENTS_VERSION)
            .context("writing events to the store (that batch was rolled back)")?;
    }
    cluster_missing(store, docs, &analyses, stories)
}

/// A document's entities: from this batch's fresh analyses, else the stored ones, else computed.
fn entities_of(
    store: &dyn StoreReader,
    analyses: &[dossier_model::DocumentEntities],
    doc: &Document,
) -> anyhow::Result<dossier_model::DocumentEntities> {
    Ok(match analyses.iter().find(|a| a.doc_id == doc.id) {
        Some(a) => a.clone(),
        None => match store.get_entities(&doc.id)? {
            Some(a) => a,
            None => dossier_entities::analyse(doc),
        },
    })
}

/// The story index of the stored memberships (except those of `missing`, to be clustered
/// again): the snapshot the last run kept when it holds exactly those articles in their
/// arrival order, otherwise rebuilt by assigning their stored features again in that order.
/// Either way the same index; the snapshot saves the cost of assigning every article.
fn load_story_index(
    store: &dyn StoreReader,
    missing: &std::collections::HashSet<DocId>,
) -> anyhow::Result<StoryIndex> {
    let stored: Vec<_> = store
        .story_memberships(None)?
        .into_iter()
        .filter(|m| !missing.contains(&m.doc_id))
        .collect();
    let snapshot = store
        .story_snapshot(STORIES_VERSION)?
        .and_then(|bytes| StoryIndex::from_snapshot(&bytes).ok())
        .filter(|index| {
            index.len() == stored.len()
                && index
                    .doc_ids()
                    .zip(&stored)
                    .all(|(id, m)| id == m.doc_id.as_str())
        });
    let mut index = match snapshot {
        Some(index) => index,
        None => {
            let mut features = Vec::with_capacity(stored.len());
            for m in &stored {
                let f: StoryFeatures = serde_json::from_str(&m.features).with_context(|| {
                    format!(
                        "the stored story features of document {} are unreadable",
                        m.doc_id
                    )
                })?;
                features.push(f);
            }
            StoryIndex::from_features(features)
        }
    };
    for m in &stored {
        index.record(m.doc_id.as_str(), &m.story_id);
    }
    Ok(index)
}

/// Keeps the story index's state in the store for the next run (see [`load_story_index`]);
/// nothing to do when this run clustered nothing. A failure here loses no data: the next run
/// rebuilds the index from the stored memberships.
pub fn save_story_index(
    store: &mut dyn StoreWriter,
    stories: &Option<StoryIndex>,
) -> anyhow::Result<()> {
    if let Some(index) = stories {
        let bytes = index.to_snapshot()?;
        store
            .put_story_snapshot(STORIES_VERSION, &bytes)
            .context("keeping the story index for the next run")?;
    }
    Ok(())
}

/// Assigns the documents of `docs` that are not in a story yet to stories, through the story
/// index (read on first use from the snapshot the last run kept, or rebuilt from the stored
/// features, see [`load_story_index`]; then kept across batches), and stores
/// the memberships and any story merges in one transaction.
pub fn cluster_missing(
    store: &mut dyn StoreWriter,
    docs: &[Document],
    analyses: &[dossier_model::DocumentEntities],
    stories: &mut Option<StoryIndex>,
) -> anyhow::Result<()> {
    let ids: Vec<_> = docs.iter().map(|d| d.id.clone()).collect();
    let missing: std::collections::HashSet<_> = store
        .missing_stories(&ids, STORIES_VERSION)?
        .into_iter()
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    let index = match stories {
        Some(index) => index,
        None => stories.insert(load_story_index(store, &missing)?),
    };
    let mut merges: Vec<(String, String)> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for doc in docs {
        if !missing.contains(&doc.id) || !seen.insert(doc.id.clone()) {
            continue;
        }
        let ents = entities_of(store, analyses, doc)?;
        let features = StoryFeatures::from_document(doc, &ents);
        let a = index.assign(features);
        for m in a.merged_stories {
            merges.push((m, a.story.clone()));
        }
    }
    // The new articles, and every earlier one whose story reads differently now (stories
    // merged, a small story now read as part of a larger one, or a story now read as two).
    let changed = index.changed_memberships();
    let mut rows: Vec<StoryMembership> = Vec::with_capacity(changed.len());
    for m in &changed {
        rows.push(StoryMembership {
            story_id: m.story.clone(),
            doc_id: DocId(m.doc_id.clone()),
            near_duplicate_of: m.near_duplicate_of.clone().map(DocId),
            features: serde_json::to_string(&m.features)?,
        });
    }
    store
        .put_story_memberships(&rows, &merges, STORIES_VERSION)
        .context("writing story memberships to the store (that batch was rolled back)")?;
    for m in &changed {
        index.record(&m.doc_id, &m.story);
    }
    Ok(())
}
