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
use crate::participants::{Candidate, CandidateKind};
use crate::place_and_date::{date_of, place_of};
use crate::verbs::VerbLexicon;
use dossier_lexicon::{
    arabic_script_event_words, ArabicScriptEventWord, EventSubject, EventWordForm, Lang,
};
use dossier_model::{Claimant, Document, DocumentEntities, EventStatus, ParticipantRole, Span};
use dossier_text::arabic_script::{fold, proclitic_readings};

/// Words of attending, folded.
static ATTENDANCE: LazyLock<Vec<String>> = LazyLock::new(|| {
    dossier_lexicon::WordList::ArabicScriptAttendance
        .words()
        .iter()
        .map(|w| fold(w))
        .collect()
});

/// The event words with their words folded, phrases first.
static EVENT_WORDS: LazyLock<Vec<(Vec<String>, &'static ArabicScriptEventWord)>> =
    LazyLock::new(|| {
        arabic_script_event_words()
            .iter()
            .map(|w| (w.words.iter().map(|p| fold(p)).collect(), w))
            .collect()
    });

/// The event words of the sentence, in order: each with its span and its entry.
fn triggers(view: &SentenceView, lang: Lang) -> Vec<(Span, &'static ArabicScriptEventWord)> {
    let body = view.body;
    let folded: Vec<String> = view
        .words
        .iter()
        .map(|w| fold(body.get(w.span.start..w.span.end).unwrap_or("")))
        .collect();
    let readings: Vec<Vec<String>> = folded.iter().map(|w| proclitic_readings(w)).collect();
    let mut out: Vec<(Span, &'static ArabicScriptEventWord)> = Vec::new();
    let mut i = 0;
    while i < folded.len() {
        let hit = EVENT_WORDS.iter().find_map(|(parts, entry)| {
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
                    parts.len(),
                    Span::new(view.words[i].span.start, last.span.end),
                    *entry,
                )
            })
        });
        match hit {
            Some((len, span, entry)) => {
                out.push((span, entry));
                i += len;
            }
            None => i += 1,
        }
    }
    out
}

/// Does the event noun carry the article ("خلال اللقاء", during the meeting)? A definite
/// noun points back to a meeting already reported; whoever the sentence names beside it
/// attended or spoke at it.
fn definite(view: &SentenceView, trigger: Span) -> bool {
    let folded = fold(view.body.get(trigger.start..trigger.end).unwrap_or(""));
    proclitic_readings(&folded)
        .iter()
        .any(|r| r.starts_with("ال"))
}

/// Does a word of attending stand right before the event word ("حضر اللقاء", attended the
/// meeting)? Then the people named are those who attended, not those who met.
fn attended(view: &SentenceView, trigger: Span) -> bool {
    let before = view.words.iter().rposition(|w| w.span.end <= trigger.start);
    before.and_then(|i| view.words.get(i)).is_some_and(|w| {
        let folded = fold(view.body.get(w.span.start..w.span.end).unwrap_or(""));
        ATTENDANCE
            .iter()
            .any(|a| proclitic_readings(&folded).contains(a))
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
    let mut drafts: Vec<Draft> = Vec::new();
    for (trigger_span, word) in triggers(view, lang) {
        if word.form == EventWordForm::Noun
            && (attended(view, trigger_span) || (lang == Lang::Ar && definite(view, trigger_span)))
        {
            continue;
        }
        if let Some(d) = code_trigger(doc, ents, view, lang, claimants, verbs, trigger_span, word) {
            // one event per pair of participants: "met ... during the meeting"
            let same = drafts.iter().any(|o| {
                o.participants.len() == d.participants.len()
                    && o.participants.iter().all(|(p, _)| {
                        d.participants
                            .iter()
                            .any(|(q, _)| q.entity == p.entity && q.name == p.name)
                    })
            });
            if !same {
                drafts.push(d);
            }
        }
    }
    drafts
}

/// The event one event word names, when its participants are there.
#[allow(clippy::too_many_arguments)]
fn code_trigger(
    doc: &Document,
    ents: &DocumentEntities,
    view: &SentenceView,
    lang: Lang,
    claimants: &[Claimant],
    verbs: &VerbLexicon,
    trigger_span: Span,
    word: &ArabicScriptEventWord,
) -> Option<Draft> {
    let mut candidates: Vec<&Candidate> = view
        .candidates
        .iter()
        .filter(|c| is_participant(c.kind, word.cameo))
        .collect();
    // people and organisations meet: a country beside them ("لیبیا کی مسلح افواج", Libya's
    // armed forces) is where they come from, and a meeting with only one named side is left
    // uncoded rather than given a country as the other side; a visit may go to a country
    if word.cameo != "042" {
        candidates
            .retain(|c| matches!(c.kind, CandidateKind::Person | CandidateKind::Organisation));
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
    let mut ordered_kinds: Vec<CandidateKind> = Vec::new();
    for c in ordered {
        let p = Participant::of(c);
        let same = people
            .iter()
            .any(|q| q.entity.is_some() && q.entity == p.entity || q.name == p.name);
        if !same {
            people.push(p);
            ordered_kinds.push(c.kind);
        }
        if people.len() == 2 {
            break;
        }
    }
    if people.len() < 2 {
        return None;
    }
    // a visitor is a person or an organisation; only the destination may be a place
    let visitor_named = ordered_kinds
        .first()
        .is_some_and(|k| matches!(k, CandidateKind::Person | CandidateKind::Organisation));
    if !visitor_named {
        return None;
    }
    let cameo = match word.subject {
        EventSubject::Actor => word.cameo,
        // the host's guest made a visit: the host is the actor of "host a visit"
        EventSubject::Host => "043",
    };
    let coding = verbs.plover_of(cameo)?;
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
    Some(Draft {
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
    })
}
