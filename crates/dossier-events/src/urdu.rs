//! Event coding for Urdu and Arabic sentences: a meeting noun or verb ("ملاقات", "التقى",
//! "استقبل") with the people and organisations the entities stage resolved in the sentence.
//! Word order in these sentences ("X کی Y سے ملاقات", X's meeting with Y) puts the actor first.

use crate::coder::SentenceView;
use crate::draft::{Draft, Participant};
use crate::participants::CandidateKind;
use crate::place_and_date::{date_of, place_of};
use dossier_model::{Claimant, Document, DocumentEntities, EventStatus, ParticipantRole, Span};

/// Meeting words: Urdu and Arabic.
const MEETING_WORDS: &[&str] = &[
    "ملاقات",
    "ملاقاتیں",
    "مذاکرات",
    "التقى",
    "لقاء",
    "اجتماع",
    "اجتمع",
    "استقبل",
    "محادثات",
    "مباحثات",
];

pub(crate) fn code_sentence(
    doc: &Document,
    ents: &DocumentEntities,
    view: &SentenceView,
    lang: &str,
    claimants: &[Claimant],
) -> Vec<Draft> {
    if !matches!(lang, "ur" | "ar" | "fa") {
        return Vec::new();
    }
    let body = doc.body.as_str();
    let Some(trigger) = view
        .words
        .iter()
        .find(|w| MEETING_WORDS.contains(&body.get(w.span.start..w.span.end).unwrap_or("")))
    else {
        return Vec::new();
    };
    let people: Vec<Participant> = view
        .candidates
        .iter()
        .filter(|c| matches!(c.kind, CandidateKind::Person | CandidateKind::Organisation))
        .filter(|c| c.span.end <= trigger.span.start)
        .map(Participant::of)
        .collect();
    if people.len() < 2 {
        return Vec::new();
    }
    let participants: Vec<(Participant, ParticipantRole)> = people
        .into_iter()
        .enumerate()
        .map(|(i, p)| {
            let role = if i == 0 {
                ParticipantRole::Actor
            } else {
                ParticipantRole::Recipient
            };
            (p, role)
        })
        .collect();
    let sentence_span: Span = view.span;
    let place = place_of(doc, ents, view, &participants);
    vec![Draft {
        event_type: Some("CONSULT".to_string()),
        kind: None,
        cameo: Some("040".to_string()),
        mode: None,
        contexts: Vec::new(),
        status: EventStatus::Reported,
        participants,
        place,
        date: date_of(ents, sentence_span, trigger.span),
        triggers: vec![trigger.span],
        sentences: vec![sentence_span],
        topics: crate::topics::topics_in(body, sentence_span),
        claimants: claimants.to_vec(),
        confidence: 0.6,
    }]
}
