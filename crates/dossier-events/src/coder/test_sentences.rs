//! Test helpers for the coder's unit tests (and the crate's others that need a sentence): a made-up text read as a plain-text document with
//! its entities, the coder's view of its first sentence, and word lookups in that view.

use super::hit::Hit;
use super::sentence::SentenceView;
use crate::verbs::{PloverCoding, VerbLexicon};
use dossier_actors::ActorLexicon;
use dossier_ingest::{read_bytes, Limits};
use dossier_model::{Document, DocumentEntities, EventStatus};

/// A document read from a test text, with its entities.
pub(crate) struct TestText {
    pub(crate) doc: Document,
    pub(crate) ents: DocumentEntities,
}

/// Reads `text` as one plain-text document and finds its entities.
pub(crate) fn read(text: &str) -> TestText {
    let doc = read_bytes("fiction.txt", text.as_bytes(), &Limits::default())
        .next()
        .expect("one document")
        .expect("readable");
    let ents = dossier_entities::analyse(&doc);
    TestText { doc, ents }
}

impl TestText {
    /// The coder's view of the first sentence, with the shipped actor lexicon.
    pub(crate) fn view(&self) -> SentenceView<'_> {
        let sentence = self.doc.sentences.first().expect("a sentence");
        SentenceView::new(
            &self.doc.body,
            sentence.span,
            &self.ents,
            ActorLexicon::embedded(),
        )
    }
}

/// The index of the first word of the view equal to `lower`.
pub(crate) fn word(view: &SentenceView, lower: &str) -> usize {
    view.words
        .iter()
        .position(|w| w.lower == lower)
        .unwrap_or_else(|| panic!("no word {lower:?}"))
}

/// The shipped verb lexicon.
pub(crate) fn verbs() -> &'static VerbLexicon {
    VerbLexicon::embedded()
}

/// The index of the candidate whose name is `name`.
pub(crate) fn candidate(view: &SentenceView, name: &str) -> usize {
    view.candidates
        .iter()
        .position(|c| c.name == name)
        .unwrap_or_else(|| panic!("no candidate {name:?}"))
}

/// A coded verb hit over words `first..=last` with a CAMEO code and a PLOVER type, as the verb
/// lookup would make it.
pub(crate) fn coded_hit(first: usize, last: usize, cameo: &str, event_type: &str) -> Hit {
    Hit {
        first,
        last,
        pattern_words: Vec::new(),
        cameo: cameo.to_string(),
        coding: Some(PloverCoding {
            event_type: event_type.to_string(),
            mode: None,
            contexts: Vec::new(),
        }),
        kind: None,
        passive: false,
        passive_code: false,
        nominal: false,
        status: EventStatus::Reported,
        reporting: false,
        complement: None,
        subordinate: false,
    }
}
