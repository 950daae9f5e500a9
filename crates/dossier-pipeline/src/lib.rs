//! The ingest pipeline over a store: sources -> documents -> entities -> events -> opinions
//! -> stories -> reconciliations.
//!
//! Every stage writes its results for a batch in one store transaction, and only for the
//! documents that have no output of the stage's current version yet, so an interrupted run is
//! finished by the next one and nothing already stored is lost. Used by `dossier ingest`,
//! `dossier demo` and `dossier serve` (POST /api/ingest).
//!
//! `stages` runs the stages on a batch, `story_index` keeps the story index,
//! `reconciliations` reconciles the stories that changed, and
//! `entity_source` finds a document's entities for the stages that need them.
//!
//! The pipeline is the only writer of the store (it alone takes a [`StoreWriter`]), and it
//! owns the story index's lifecycle: each run reads the index from the
//! store's snapshot when it first needs it and keeps it there at the end, so that runs from
//! any process (the CLI, the server) cluster against the same, current index.

mod entity_source;
mod reconciliations;
mod stages;
mod story_index;

pub use reconciliations::RECONCILE_VERSION;
pub use stages::{analyse_missing, opinions_of, OPINION_VERSION};

use anyhow::Context;
use dossier_ingest::{expand_inputs, read_bytes, read_path, IngestError, Limits};
use dossier_model::Document;
use dossier_store::StoreWriter;
use dossier_stories::StoryIndex;
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
    keep_story_index(store, &stories, &mut summary);
    summary.seconds = started.elapsed().as_secs_f64();
    summary.docs_per_s = summary.documents as f64 / summary.seconds.max(1e-9);
    summary.store_documents = store.count_documents()?;
    Ok(summary)
}

/// Reads one in-memory file (`name` decides the format with the bytes' first line, as for a
/// file on disk: `.txt`, `.html`, `.jsonl`, `.xml`, `.warc`, ...) and writes its documents to
/// `store` in batches of `batch`, running every stage, as [`ingest_paths`] does (the story
/// index read from the store's snapshot and kept there at the end). Rejected records are
/// reported in the summary; a store error is fatal and leaves earlier batches intact.
pub fn ingest_bytes(
    store: &mut dyn StoreWriter,
    name: &str,
    bytes: &[u8],
    limits: &Limits,
    batch: usize,
) -> anyhow::Result<IngestSummary> {
    let started = Instant::now();
    let mut summary = IngestSummary {
        files: 1,
        bytes: bytes.len() as u64,
        ..Default::default()
    };
    let batch = batch.max(1);
    let mut pending: Vec<Document> = Vec::with_capacity(batch);
    let mut stories: Option<StoryIndex> = None;
    let stories = &mut stories;
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
    keep_story_index(store, stories, &mut summary);
    summary.seconds = started.elapsed().as_secs_f64();
    summary.docs_per_s = summary.documents as f64 / summary.seconds.max(1e-9);
    summary.store_documents = store.count_documents()?;
    Ok(summary)
}

/// Keeps the run's story index in the store for the next run; a failure only costs the next
/// run a rebuild, so it is reported as a warning.
fn keep_story_index(
    store: &mut dyn StoreWriter,
    stories: &Option<StoryIndex>,
    summary: &mut IngestSummary,
) {
    if let Err(err) = story_index::save(store, stories) {
        summary
            .warnings
            .push(format!("{err:#} (the next run rebuilds it)"));
    }
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
    stages::analyse_batch(store, pending, stories)?;
    pending.clear();
    Ok(())
}
