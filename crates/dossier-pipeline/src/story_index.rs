//! The story index's lifecycle within a run: read from the snapshot the last run kept in the
//! store (or rebuilt from the stored memberships when the snapshot is missing or stale), fed
//! the run's new documents, and kept in the store again at the end. Only the pipeline holds a
//! [`StoryIndex`]; nothing outside a run keeps one, so no process clusters against an index
//! that another process's run has moved past.

use crate::entity_source::entities_of;
use anyhow::Context;
use dossier_model::{DocId, Document, DocumentEntities};
use dossier_store::{StoreReader, StoreWriter, StoryMembership};
use dossier_stories::{StoryFeatures, StoryIndex, STORIES_VERSION};
use std::collections::HashSet;

/// The story index of the stored memberships (except those of `missing`, to be clustered
/// again): the snapshot the last run kept when it holds exactly those articles in their
/// arrival order, otherwise rebuilt by assigning their stored features again in that order.
/// Either way the same index; the snapshot saves the cost of assigning every article.
fn load(store: &dyn StoreReader, missing: &HashSet<DocId>) -> anyhow::Result<StoryIndex> {
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

/// Keeps the story index's state in the store for the next run (see [`load`]);
/// nothing to do when this run clustered nothing. A failure here loses no data: the next run
/// rebuilds the index from the stored memberships.
pub(crate) fn save(
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
/// features, see [`load`]; then kept across batches), and stores
/// the memberships and any story merges in one transaction.
pub(crate) fn cluster_missing(
    store: &mut dyn StoreWriter,
    docs: &[Document],
    analyses: &[DocumentEntities],
    stories: &mut Option<StoryIndex>,
) -> anyhow::Result<()> {
    let ids: Vec<_> = docs.iter().map(|d| d.id.clone()).collect();
    let missing: HashSet<_> = store
        .missing_stories(&ids, STORIES_VERSION)?
        .into_iter()
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    let index = match stories {
        Some(index) => index,
        None => stories.insert(load(store, &missing)?),
    };
    let mut merges: Vec<(String, String)> = Vec::new();
    let mut seen = HashSet::new();
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
