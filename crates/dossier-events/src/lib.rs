//! The events stage: PLOVER coding of who did what to whom, where, when and about what.
//!
//! A pure function from a [`Document`] and its [`DocumentEntities`] to [`DocumentEvents`]:
//! 1. each sentence's verbs are looked up in the verb lexicon (PETRARCH2's CAMEO dictionary,
//!    mapped to PLOVER), matched against the dictionary's phrase patterns, and composed with
//!    the verbs that govern them (`coder`);
//! 2. participants are the sentence's resolved entities, generic actors and anaphors, chosen by
//!    position and preposition; anaphors ("he", "the two leaders", "their meeting") point back
//!    to earlier participants;
//! 3. place (facility, city, country), date (stated, relative, the date of the embedded post,
//!    or carried from an earlier event at the same place), status, topics and attribution are
//!    read from the sentence;
//! 4. mentions of one event in one document are merged; a generic mention ("met Gondor's
//!    leadership") is dropped when the document names the people; a consultation in one
//!    participant's country is a visit hosted by that participant.
//!
//! Every event carries the spans of its trigger words and of the sentences that support it.

mod arabic_script;
pub mod coder;
mod draft;
mod merge;
pub mod participants;
mod place_and_date;
pub mod topics;
pub mod verbs;
mod word_classes;

use coder::{claimant_of, find_hits, participants_of, passive_agent, Hit, SentenceView};
use dossier_actors::ActorLexicon;
use dossier_model::{
    Claimant, Document, DocumentEntities, EventDate, EventStatus, EvidenceSpan, ParticipantRole,
    Span,
};
use draft::{Draft, Participant};
use merge::finish;
use participants::{Candidate, CandidateKind};
use place_and_date::{date_of, place_of};
use verbs::VerbLexicon;

pub use dossier_model::DocumentEvents;

/// Version of this stage's output; bump it when the output for the same input changes.
pub const EVENTS_VERSION: u32 = 2;

/// Types whose PLOVER definition requires a recipient.
const NEEDS_RECIPIENT: &[&str] = &["COOPERATE", "AID", "SANCTION"];

/// The event coder with its lexicons.
pub struct EventCoder<'a> {
    pub verbs: &'a VerbLexicon,
    pub actors: &'a ActorLexicon,
}

impl EventCoder<'static> {
    /// The coder with the lexicons shipped with dossier.
    pub fn embedded() -> EventCoder<'static> {
        EventCoder {
            verbs: VerbLexicon::embedded(),
            actors: ActorLexicon::embedded(),
        }
    }
}

/// Codes the events of one document with the shipped lexicons.
pub fn code_document(doc: &Document, ents: &DocumentEntities) -> DocumentEvents {
    EventCoder::embedded().code(doc, ents)
}

fn span_of_words(view: &SentenceView, first: usize, last: usize) -> Span {
    let s = view
        .words
        .get(first)
        .map(|w| w.span.start)
        .unwrap_or(view.span.start);
    let e = view.words.get(last).map(|w| w.span.end).unwrap_or(s);
    Span::new(s, e.max(s))
}

/// Words that show a sentence continues the previous event ("The meeting ... centred on").
const CONTINUATION_CUES: &[&str] = &[
    "the meeting",
    "the talks",
    "the discussions",
    "discussions",
    "the two leaders",
    "both leaders",
    "the two sides",
    "both sides",
    "the two commanders",
    "during the meeting",
    "in the meeting",
    "at the meeting",
];

impl EventCoder<'_> {
    /// Codes the events of one document.
    pub fn code(&self, doc: &Document, ents: &DocumentEntities) -> DocumentEvents {
        let body = doc.body.as_str();
        let mut drafts: Vec<Draft> = Vec::new();
        let mut last_person: Option<Participant> = None;
        let mut antecedent: Option<Draft> = None;
        let mut last_event_sentence: Option<usize> = None;
        for (si, sentence) in doc.sentences.iter().enumerate() {
            let lang = doc
                .paragraphs
                .get(sentence.paragraph)
                .map(|p| p.lang.as_str())
                .unwrap_or("en");
            let view = SentenceView::new(body, sentence.span, ents, self.actors);
            let post = sentence.post.and_then(|p| doc.embedded_posts.get(p));
            let mut sentence_claimants: Vec<Claimant> = Vec::new();
            if let Some(post) = post {
                let ev = post.attribution.unwrap_or(post.span);
                sentence_claimants.push(Claimant {
                    name: post
                        .author
                        .clone()
                        .or_else(|| post.handle.clone())
                        .unwrap_or_else(|| post.platform.clone()),
                    entity_id: None,
                    kind: "post".to_string(),
                    evidence: EvidenceSpan::of(body, ev),
                });
            }
            let before = drafts.len();
            if lang == "en" {
                let hits = find_hits(&view, self.verbs);
                if let Some(c) = claimant_of(&view, &hits).and_then(|i| view.candidates.get(i)) {
                    sentence_claimants.push(Claimant {
                        name: c.name.clone(),
                        entity_id: c
                            .entity
                            .and_then(|i| ents.entities.get(i))
                            .map(|e| e.id.clone()),
                        kind: "statement".to_string(),
                        evidence: EvidenceSpan::of(body, c.span),
                    });
                }
                for hit in hits
                    .iter()
                    .filter(|h| h.coding.is_some() || h.kind.is_some())
                {
                    if hit.status == EventStatus::Hypothetical {
                        continue;
                    }
                    if let Some(d) = self.draft(
                        doc,
                        ents,
                        &view,
                        hit,
                        &last_person,
                        antecedent.as_ref(),
                        &sentence_claimants,
                    ) {
                        drafts.push(d);
                    }
                }
            } else {
                drafts.extend(arabic_script::code_sentence(
                    doc,
                    ents,
                    &view,
                    lang,
                    &sentence_claimants,
                    self.verbs,
                ));
            }
            // the post's date for its events
            if let Some(post) = post {
                for d in drafts[before..].iter_mut() {
                    if d.date.is_none() {
                        if let Some(date) = post.date {
                            let ev = post.attribution.unwrap_or(post.span);
                            d.date = Some(EventDate {
                                value: date,
                                precision: date.precision(),
                                resolution: "post_date".to_string(),
                                evidence: EvidenceSpan::of(body, ev),
                            });
                        }
                    }
                }
            }
            if drafts.len() > before {
                last_event_sentence = Some(si);
                if let Some(d) = drafts[before..].iter().rev().find(|d| {
                    d.participants
                        .iter()
                        .filter(|(p, _)| p.entity.is_some())
                        .count()
                        >= 2
                }) {
                    antecedent = Some(d.clone());
                }
            } else if let (Some(prev_si), Some(last)) = (last_event_sentence, drafts.last_mut()) {
                // a sentence that continues the previous event adds its topics and evidence
                let text = body
                    .get(sentence.span.start..sentence.span.end)
                    .unwrap_or("")
                    .to_lowercase();
                let continues = si <= prev_si + 2
                    && CONTINUATION_CUES.iter().any(|c| {
                        text.starts_with(c)
                            || text.contains(&format!(", {c}"))
                            || text.contains(&format!(" {c} "))
                    });
                if continues {
                    last.sentences.push(sentence.span);
                    last.topics.extend(topics::topics_in(body, sentence.span));
                    last_event_sentence = Some(si);
                }
            }
            // the person this sentence is about, for "he" in later sentences
            if let Some(p) = view.candidates.iter().find(|c| {
                c.kind == CandidateKind::Person
                    && !coder::is_preposition(&coder::word_before(&view, c))
            }) {
                last_person = Some(Participant::of(p));
            }
        }
        let events = finish(doc, ents, drafts);
        DocumentEvents {
            doc_id: doc.id.clone(),
            events,
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn draft(
        &self,
        doc: &Document,
        ents: &DocumentEntities,
        view: &SentenceView,
        hit: &Hit,
        last_person: &Option<Participant>,
        antecedent: Option<&Draft>,
        claimants: &[Claimant],
    ) -> Option<Draft> {
        let previous_group: Vec<Participant> = antecedent
            .map(|a| a.participants.iter().map(|(p, _)| p.clone()).collect())
            .unwrap_or_default();
        let body = doc.body.as_str();
        let (subject, object) = participants_of(view, hit);
        let (mut actor_idx, mut recipient_idx) = (subject, object);
        if hit.passive {
            let agent = passive_agent(view, hit);
            if hit.passive_code {
                recipient_idx = agent;
            } else {
                actor_idx = agent;
                recipient_idx = subject;
            }
        }
        // a nominal trigger: "X's meeting with Y", "their meeting", "his visit"
        let possessive_pronoun = (hit.first.saturating_sub(4)..hit.first)
            .map(|k| view.words.get(k).map(|w| w.lower.as_str()).unwrap_or(""))
            .find(|w| matches!(*w, "their" | "his" | "her"));
        let resolve = |c: &Candidate| -> Vec<Participant> {
            match c.kind {
                CandidateKind::PersonPronoun => {
                    let in_sentence = view
                        .candidates
                        .iter()
                        .rfind(|p| p.kind == CandidateKind::Person && p.span.end <= c.span.start)
                        .map(Participant::of);
                    in_sentence
                        .or_else(|| last_person.clone())
                        .into_iter()
                        .collect()
                }
                CandidateKind::GroupAnaphor => previous_group.clone(),
                _ => vec![Participant::of(c)],
            }
        };
        let mut participants: Vec<(Participant, ParticipantRole)> = Vec::new();
        let mut group_reference = false;
        if hit.nominal
            && possessive_pronoun == Some("their")
            && actor_idx.is_none_or(|i| {
                view.candidates.get(i).is_some_and(|c| {
                    c.span.end
                        < view
                            .words
                            .get(hit.first.saturating_sub(4))
                            .map(|w| w.span.start)
                            .unwrap_or(0)
                })
            })
        {
            for p in &previous_group {
                participants.push((p.clone(), ParticipantRole::Actor));
            }
            group_reference = true;
        } else {
            if let Some(c) = actor_idx.and_then(|i| view.candidates.get(i)) {
                let resolved = resolve(c);
                let group = c.kind == CandidateKind::GroupAnaphor;
                group_reference |= group;
                for p in resolved {
                    participants.push((p, ParticipantRole::Actor));
                }
                // "U.S. and Russian negotiators return": both sides of a coordinated subject
                if let Some(o) = coordinated_before(view, c) {
                    participants.push((Participant::of(o), ParticipantRole::Actor));
                }
            } else if hit.nominal && matches!(possessive_pronoun, Some("his" | "her")) {
                if let Some(p) = last_person.clone() {
                    participants.push((p, ParticipantRole::Actor));
                }
            }
            if let Some(c) = recipient_idx.and_then(|i| view.candidates.get(i)) {
                for p in resolve(c) {
                    participants.push((p, ParticipantRole::Recipient));
                }
            }
        }
        // no participant twice; a recipient equal to the actor is dropped
        let mut seen: Vec<(Option<usize>, String)> = Vec::new();
        participants.retain(|(p, _)| {
            let key = (
                p.entity,
                if p.entity.is_some() {
                    String::new()
                } else {
                    p.name.clone()
                },
            );
            if seen.contains(&key) {
                return false;
            }
            seen.push(key);
            true
        });
        // claimants are not participants
        participants.retain(|(p, _)| {
            !claimants
                .iter()
                .any(|c| c.evidence.start == p.span.start && c.evidence.end == p.span.end)
        });
        let actors = participants
            .iter()
            .filter(|(_, r)| *r == ParticipantRole::Actor)
            .count();
        let recipients = participants.len() - actors;
        let event_type = hit.coding.as_ref().map(|c| c.event_type.clone());
        // a passive without its agent ("civilians were killed in a bombing") is an event with
        // an unknown actor; otherwise an event needs its actor
        let unknown_actor = actors == 0 && hit.passive && recipients > 0;
        if actors == 0 && !unknown_actor {
            return None;
        }
        if let Some(t) = event_type.as_deref() {
            // a compound actor ("French and Egyptian warships launched war games") cooperates
            // with itself: reciprocal actors need no recipient (aid and sanctions still do)
            let compound = actors >= 2
                || actor_idx
                    .and_then(|i| view.candidates.get(i))
                    .and_then(|c| body.get(c.span.start..c.span.end))
                    .is_some_and(|t| t.contains(" and "));
            if NEEDS_RECIPIENT.contains(&t) && recipients == 0 && !(compound && t == "COOPERATE") {
                return None;
            }
            if t == "CONSULT" && participants.len() < 2 {
                return None;
            }
        }
        let mut trigger = span_of_words(view, hit.first, hit.last);
        let mut triggers = vec![trigger];
        if let Some((a, b)) = hit.complement {
            trigger = span_of_words(view, a, b);
            triggers.push(trigger);
        }
        let mut place = place_of(doc, ents, view, &participants);
        let mut date = date_of(ents, view.span, trigger);
        if group_reference {
            // "their meeting", "the two leaders": the same occasion as the antecedent
            if let Some(a) = antecedent {
                place = place.or_else(|| a.place.clone());
                date = date.or_else(|| {
                    a.date.clone().map(|mut d| {
                        d.resolution = "context".to_string();
                        d
                    })
                });
            }
        }
        let mut d = Draft {
            event_type,
            kind: hit.kind.map(str::to_string),
            cameo: (!hit.cameo.is_empty()).then(|| hit.cameo.clone()),
            mode: hit.coding.as_ref().and_then(|c| c.mode.clone()),
            contexts: hit
                .coding
                .as_ref()
                .map(|c| c.contexts.clone())
                .unwrap_or_default(),
            status: hit.status,
            participants,
            place,
            date,
            triggers,
            sentences: vec![view.span],
            topics: topics::topics_in(body, view.span),
            claimants: claimants.to_vec(),
            confidence: confidence(hit),
        };
        if group_reference {
            d.confidence -= 0.1;
        }
        if unknown_actor {
            d.confidence -= 0.2;
        }
        Some(d)
    }
}

/// The candidate coordinated before `c` by "and" ("A and B"), when it is not inside a
/// prepositional phrase.
fn coordinated_before<'v>(view: &'v SentenceView, c: &Candidate) -> Option<&'v Candidate> {
    if coder::word_before(view, c) != "and" {
        return None;
    }
    let and_word = view.word_at_or_after(c.span.start).checked_sub(1)?;
    let before_and = view.words.get(and_word.checked_sub(1)?)?;
    let o = view
        .candidates
        .iter()
        .find(|o| o.span.end == before_and.span.end && o.kind != CandidateKind::Place)?;
    let before = coder::word_before(view, o);
    (!coder::is_preposition(&before)).then_some(o)
}

fn confidence(hit: &Hit) -> f32 {
    let mut c: f32 = if hit.nominal {
        0.6
    } else if !hit.pattern_words.is_empty() {
        0.85
    } else {
        0.7
    };
    if hit.status == EventStatus::Negated {
        c -= 0.2;
    }
    if hit.subordinate {
        c -= 0.2;
    }
    c.clamp(0.05, 0.99)
}
