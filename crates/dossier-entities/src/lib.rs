//! The entities stage: a pure function from one [`Document`] to the [`DocumentEntities`] it
//! supports. It combines the statistical recogniser (`dossier-ner`, English paragraphs), the
//! title/role rules and actor dictionaries (`dossier-actors`), the gazetteer
//! (`dossier-gazetteer`) and the temporal tagger (`dossier-temporal`), and links the mentions
//! of one entity within the document. Every entity, role, date and quantity carries the byte
//! span of the body that supports it.

mod arabic_script;
mod merge;

use dossier_model::{
    DateMention, Document, DocumentEntities, Mention, PartialDate, QuantityMention,
};

pub use merge::ner_mentions;

/// Version of this stage's output. Bump it when the output for the same document changes, so
/// that stores re-analyse documents analysed by an older build.
pub const PIPELINE_VERSION: u32 = 3;

/// The date relative expressions are resolved against: the published date, else the crawl date.
pub fn anchor_date(doc: &Document) -> Option<PartialDate> {
    doc.published.value.or(doc.crawled)
}

/// Runs the entities stage on one document.
pub fn analyse(doc: &Document) -> DocumentEntities {
    let anchor = anchor_date(doc);
    let ner = ner_mentions(doc);
    let mut entities = merge::entities(doc, &ner, anchor);
    arabic_script::link_names(doc, &mut entities);
    DocumentEntities {
        doc_id: doc.id.clone(),
        entities,
        dates: dates(doc, anchor),
        quantities: quantities(doc),
    }
}

fn mention(doc: &Document, start: usize, end: usize) -> Mention {
    Mention {
        doc_id: doc.id.clone(),
        start,
        end,
        text: doc.body.get(start..end).unwrap_or("").to_string(),
    }
}

fn dates(doc: &Document, anchor: Option<PartialDate>) -> Vec<DateMention> {
    dossier_temporal::find_temporal(&doc.body, anchor)
        .into_iter()
        .filter(|t| t.kind == dossier_temporal::TemporalKind::Date)
        .map(|t| DateMention {
            mention: mention(doc, t.start, t.end),
            value: t.value,
            resolution: t.resolution.as_str().to_string(),
            confidence: t.confidence,
        })
        .collect()
}

fn quantities(doc: &Document) -> Vec<QuantityMention> {
    dossier_temporal::find_numeric(&doc.body)
        .into_iter()
        .map(|n| QuantityMention {
            mention: mention(doc, n.start, n.end),
            kind: n.kind.as_str().to_string(),
            value: n.value,
            unit: n.unit,
        })
        .collect()
}
