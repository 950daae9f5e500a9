//! The per-document stages on a batch of stored documents: entities, events (from the
//! entities), the opinion classifier's verdict on every sentence, the story clustering, then
//! the reconciliation of every story that changed.
//! Each stage runs only on the documents that lack its current version's output, and writes a
//! batch's results in one transaction.

use crate::entity_source::entities_of;
use crate::reconciliations;
use crate::story_index;
use anyhow::Context;
use dossier_model::Document;
use dossier_store::{DocumentOpinions, StoreWriter};
use dossier_stories::StoryIndex;
use std::collections::HashSet;

/// The version of the opinion stage's stored output (`dossier_opinion::classify_document`,
/// kept by [`analyse_missing`]). Raise it when the classifier's verdicts change: every stored
/// document is then classified again by the next ingest run that reads it.
pub const OPINION_VERSION: u32 = 1;

/// Runs every stage (entities, events, opinions, stories, reconciliations) on the documents of `docs` that
/// have no output stored by the current version of each stage (new documents, or documents
/// stored by an older build or before a crash) and stores each stage's results in one
/// transaction; then keeps the story index for the next run. For documents already stored.
pub fn analyse_missing(store: &mut dyn StoreWriter, docs: &[Document]) -> anyhow::Result<()> {
    let mut stories = None;
    analyse_batch(store, docs, &mut stories)?;
    story_index::save(store, &stories)
}

/// [`analyse_missing`] for one batch of a run, the run's story index kept across batches.
pub(crate) fn analyse_batch(
    store: &mut dyn StoreWriter,
    docs: &[Document],
    stories: &mut Option<StoryIndex>,
) -> anyhow::Result<()> {
    let ids: Vec<_> = docs.iter().map(|d| d.id.clone()).collect();
    let missing: HashSet<_> = store
        .missing_entities(&ids, dossier_entities::PIPELINE_VERSION)?
        .into_iter()
        .collect();
    let mut seen = HashSet::new();
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
    let missing_events: HashSet<_> = store
        .missing_events(&ids, dossier_events::EVENTS_VERSION)?
        .into_iter()
        .collect();
    let mut coded = Vec::new();
    let mut seen = HashSet::new();
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
    let missing_opinions: HashSet<_> = store
        .missing_opinions(&ids, OPINION_VERSION)?
        .into_iter()
        .collect();
    let mut seen = HashSet::new();
    let mut classified = Vec::new();
    for doc in docs {
        if missing_opinions.contains(&doc.id) && seen.insert(doc.id.clone()) {
            classified.push(opinions_of(doc)?);
        }
    }
    if !classified.is_empty() {
        store
            .put_opinions(&classified, OPINION_VERSION)
            .context("writing opinions to the store (that batch was rolled back)")?;
    }
    story_index::cluster_missing(store, docs, &analyses, stories)?;
    let reanalysed: HashSet<_> = analyses
        .iter()
        .map(|a| a.doc_id.clone())
        .chain(coded.iter().map(|c| c.doc_id.clone()))
        .collect();
    reconciliations::reconcile_stale(store, &reanalysed)
}

/// The opinion stage's verdict on every sentence of `doc`, as the store keeps it: the JSON of
/// `dossier_opinion::classify_document`, read into the store's records field for field.
pub fn opinions_of(doc: &Document) -> anyhow::Result<DocumentOpinions> {
    let verdicts = dossier_opinion::classify_document(doc);
    let sentences =
        serde_json::from_value(serde_json::to_value(&verdicts)?).with_context(|| {
            format!(
                "the opinion stage's verdicts on document {} do not fit the store's records",
                doc.id
            )
        })?;
    Ok(DocumentOpinions {
        doc_id: doc.id.clone(),
        sentences,
    })
}
