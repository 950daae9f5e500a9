//! Where the later stages (events, stories) get a document's entities: this batch's fresh
//! analyses, else the stored ones, else computed on the spot. Its own module because both the
//! stages and the story index need it.

use dossier_model::{Document, DocumentEntities};
use dossier_store::StoreReader;

/// A document's entities: from this batch's fresh analyses, else the stored ones, else computed.
pub(crate) fn entities_of(
    store: &dyn StoreReader,
    analyses: &[DocumentEntities],
    doc: &Document,
) -> anyhow::Result<DocumentEntities> {
    Ok(match analyses.iter().find(|a| a.doc_id == doc.id) {
        Some(a) => a.clone(),
        None => match store.get_entities(&doc.id)? {
            Some(a) => a,
            None => dossier_entities::analyse(doc),
        },
    })
}
