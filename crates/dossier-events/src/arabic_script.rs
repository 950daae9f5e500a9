//! Event coding for Arabic and Urdu sentences. An event word from
//! `dossier_lexicon::arabic_script_event_words` ("التقى" met, "استقبل" received, "زيارة" visit,
//! "ملاقات" meeting, "دورہ" visit ...) is found after its clitics are stripped ("والتقى",
//! "وخلال لقائه"); its participants are the people, organisations and countries the entities
//! stage resolved in the sentence, in the order the language puts them:
//!
//! - Arabic verbs: the subject usually follows the verb ("استقبل قائد الجيش ... السفيرَ":
//!   received the army chief ... the ambassador), or stands before it; the first participant
//!   after the verb is the subject unless one stands before it, and the next is the object.
//! - Nouns, and every Urdu sentence ("X کی Y سے ملاقات", X's meeting with Y): the first
//!   participant is the subject, the second the counterpart.
//!
//! A "host" word ("استقبل", received) makes its subject the host of a visit (CAMEO 043) and the
//! other participant the visitor. A meeting needs two different participants; a visit also
//! counts a country or city as its destination.

use std::sync::LazyLock;

use crate::coder::SentenceView;
use crate::draft::{Draft, Participant};
use crate::participants::CandidateKind;
use crate::place_and_date::{date_of, place_of};
use crate::verbs::VerbLexicon;
use dossier_lexicon::{
    arabic_script_event_words, ArabicScriptEventWord, EventSubject, EventWordForm, Lang,
};
use dossier_model::{Claimant, Document, DocumentEntities, EventStatus, ParticipantRole, Span};
use dossier_text::arabic_script::{fold, proclitic_readings};

/// The event words with their words folded, phrases first.
static EVENT_WORDS: LazyLock<Vec<(Vec<String>, &'static ArabicScriptEventWord)>> =
    LazyLock::new(|| {
        arabic_script_event_words()
            .iter()
            .map(|w| (w.words.iter().map(|p| fold(p)).collect(), w))
            .collect()
    });

/// The first event word of the sentence: its word index, its span and its entry.
fn trigger(
    view: &SentenceView,
    lang: Lang,
) -> Option<(usize, Span, &'static ArabicScriptEventWord)> {
    let body = view.body;
    let folded: Vec<String> = view
        .words
        .iter()
        .map(|w| fold(body.get(w.span.start..w.span.end).unwrap_or("")))
        .collect();
    let readings: Vec<Vec<String>> = folded.iter().map(|w| proclitic_readings(w)).collect();
    (0..folded.len()).find_map(|i| {
        EVENT_WORDS.iter().find_map(|(parts, entry)| {
            if entry.lang != lang {
                return None;
            }
            let (first, rest) = parts.split_first()?;
            let first_ok = readings[i].iter().any(|r| r == first);
            let rest_ok = rest
                .iter()
                .enumerate()
                .all(|(k, p)| folded.get(i + 1 + k) == Some(p));
            let last = view.words.get(i + rest.len())?;
            (first_ok && rest_ok).then(|| {
                (
                    i,
                    Span::new(view.words[i].span.start, last.span.end),
                    *entry,
                )
            })
        })
    })
}

/// Does "من" (from) stand between the end of the event word and the participant, within two
/// words?
fn introduced_by_from(view: &SentenceView, trigger: Span, participant: Span) -> bool {
    let from = fold("من");
    view.words
        .iter()
        .filter(|w| w.span.start >= trigger.end && w.span.end <= participant.start)
        .take(2)
        .any(|w| fold(view.body.get(w.span.start..w.span.end).unwrap_or("")) == from)
}

fn is_participant(kind: CandidateKind, cameo: &str) -> bool {
    match kind {
        CandidateKind::Person | CandidateKind::Organisation | CandidateKind::Country => true,
        // a visit's destination may be a city
        CandidateKind::Place => cameo == "042",
        _ => false,
    }
}

pub(crate) fn code_sentence(
    doc: &Document,
    ents: &DocumentEntities,
    view: &SentenceView,
    lang: &str,
    claimants: &[Claimant],
    verbs: &VerbLexicon,
) -> Vec<Draft> {
    let lang = match lang {
        "ar" => Lang::Ar,
        "ur" => Lang::Ur,
        _ => return Vec::new(),
    };
    let Some((_, trigger_span, word)) = trigger(view, lang) else {
        return Vec::new();
    };
    let mut candidates: Vec<&crate::participants::Candidate> = view
        .candidates
        .iter()
        .filter(|c| is_participant(c.kind, word.cameo))
        .collect();
    // people and organisations meet; a country ("لیبیا کی مسلح افواج", Libya's armed forces)
    // counts only when fewer than two of them are named
    let named = |c: &crate::participants::Candidate| {
        matches!(c.kind, CandidateKind::Person | CandidateKind::Organisation)
    };
    if candidates.iter().filter(|c| named(c)).count() >= 2 && word.cameo != "042" {
        candidates.retain(|c| named(c));
    }
    let before: Vec<_> = candidates
        .iter()
        .filter(|c| c.span.end <= trigger_span.start)
        .copied()
        .collect();
    let after: Vec<_> = candidates
        .iter()
        .filter(|c| c.span.start >= trigger_span.end)
        .copied()
        .collect();
    // subject, then counterpart
    let ordered: Vec<_> = match (lang, word.form) {
        (Lang::Ar, EventWordForm::Verb) => match before.last() {
            Some(subject) => std::iter::once(*subject)
                .chain(after.iter().copied())
                .collect(),
            None => after.clone(),
        },
        // "تلقى X اتصالا هاتفيا من Y" (X received a call from Y): the one introduced by
        // "من" after the noun acts, the one before it receives
        (Lang::Ar, EventWordForm::Noun) => match (before.last(), after.first()) {
            (Some(receiver), Some(giver)) if introduced_by_from(view, trigger_span, giver.span) => {
                vec![*giver, *receiver]
            }
            _ => candidates.clone(),
        },
        _ => candidates.clone(),
    };
    let mut people: Vec<Participant> = Vec::new();
    for c in ordered {
        let p = Participant::of(c);
        let same = people
            .iter()
            .any(|q| q.entity.is_some() && q.entity == p.entity || q.name == p.name);
        if !same {
            people.push(p);
        }
        if people.len() == 2 {
            break;
        }
    }
    if people.len() < 2 {
        return Vec::new();
    }
    let cameo = match word.subject {
        EventSubject::Actor => word.cameo,
        // the host's guest made a visit: the host is the actor of "host a visit"
        EventSubject::Host => "043",
    };
    let Some(coding) = verbs.plover_of(cameo) else {
        return Vec::new();
    };
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
    let body = doc.body.as_str();
    let sentence_span: Span = view.span;
    // a call joins two places: the sentence's place names neither
    let place = match word.mode {
        Some("phone") => None,
        _ => place_of(doc, ents, view, &participants),
    };
    vec![Draft {
        event_type: Some(coding.event_type),
        kind: None,
        cameo: Some(cameo.to_string()),
        mode: word.mode.map(str::to_string).or(coding.mode),
        contexts: coding.contexts,
        status: EventStatus::Reported,
        participants,
        place,
        date: date_of(ents, sentence_span, trigger_span),
        triggers: vec![trigger_span],
        sentences: vec![sentence_span],
        topics: crate::topics::topics_in(body, sentence_span),
        claimants: claimants.to_vec(),
        confidence: 0.6,
    }]
}
