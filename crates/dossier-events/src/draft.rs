//! An event as coded from one mention in one sentence (`Draft`), with its participants
//! (`Participant`), before the mentions of one event in a document are merged. Separate because
//! the English coder, the Urdu and Arabic coder, place and date reading and the merge all build
//! or read drafts.

use crate::participants::Candidate;
use dossier_model::{
    Claimant, EventDate, EventPlace, EventStatus, ParticipantRole, Span, TopicMention,
};

/// A participant before it becomes an [`EventActor`](dossier_model::EventActor).
#[derive(Debug, Clone)]
pub(crate) struct Participant {
    pub(crate) entity: Option<usize>,
    pub(crate) name: String,
    pub(crate) country: Option<String>,
    pub(crate) sector: Option<String>,
    pub(crate) actor_code: Option<String>,
    pub(crate) span: Span,
}

impl Participant {
    /// The participant a sentence's candidate stands for.
    pub(crate) fn of(c: &Candidate) -> Participant {
        Participant {
            entity: c.entity,
            name: c.name.clone(),
            country: c.country.clone(),
            sector: c.sector.clone(),
            actor_code: c.actor_code.clone(),
            span: c.span,
        }
    }
}

/// An event coded from one mention, before the mentions of one event in a document are merged
/// into an [`Event`](dossier_model::Event).
#[derive(Debug, Clone)]
pub(crate) struct Draft {
    pub(crate) event_type: Option<String>,
    pub(crate) kind: Option<String>,
    pub(crate) cameo: Option<String>,
    pub(crate) mode: Option<String>,
    pub(crate) contexts: Vec<String>,
    pub(crate) status: EventStatus,
    pub(crate) participants: Vec<(Participant, ParticipantRole)>,
    pub(crate) place: Option<EventPlace>,
    pub(crate) date: Option<EventDate>,
    pub(crate) triggers: Vec<Span>,
    pub(crate) sentences: Vec<Span>,
    pub(crate) topics: Vec<TopicMention>,
    pub(crate) claimants: Vec<Claimant>,
    pub(crate) confidence: f32,
}

impl Draft {
    /// The entity indices of the named participants, sorted, each once.
    pub(crate) fn named_ids(&self) -> Vec<usize> {
        let mut ids: Vec<usize> = self
            .participants
            .iter()
            .filter_map(|(p, _)| p.entity)
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }

    /// Has the draft a participant that is no resolved entity (a description, a pronoun)?
    pub(crate) fn has_generic(&self) -> bool {
        self.participants.iter().any(|(p, _)| p.entity.is_none())
    }

    /// The city of the draft's place (or the place's name when it has no city).
    pub(crate) fn city_key(&self) -> Option<String> {
        self.place
            .as_ref()
            .map(|p| p.city.clone().unwrap_or_else(|| p.name.clone()))
    }
}

#[cfg(test)]
impl Participant {
    /// A participant with an entity index (or none, for a description) and a country.
    pub(crate) fn for_test(
        entity: Option<usize>,
        name: &str,
        country: Option<&str>,
    ) -> Participant {
        Participant {
            entity,
            name: name.to_string(),
            country: country.map(str::to_string),
            sector: None,
            actor_code: None,
            span: Span::new(0, 0),
        }
    }
}

#[cfg(test)]
impl Draft {
    /// A reported draft of `event_type` with its participants and nothing else.
    pub(crate) fn for_test(
        event_type: &str,
        participants: Vec<(Participant, ParticipantRole)>,
    ) -> Draft {
        Draft {
            event_type: Some(event_type.to_string()),
            kind: None,
            cameo: None,
            mode: None,
            contexts: Vec::new(),
            status: EventStatus::Reported,
            participants,
            place: None,
            date: None,
            triggers: Vec::new(),
            sentences: Vec::new(),
            topics: Vec::new(),
            claimants: Vec::new(),
            confidence: 0.7,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_model::EvidenceSpan;

    fn place(name: &str, city: Option<&str>) -> EventPlace {
        EventPlace {
            entity_id: None,
            name: name.to_string(),
            city: city.map(str::to_string),
            country: None,
            lat: None,
            lon: None,
            precision: "city".to_string(),
            evidence: EvidenceSpan::of("", Span::new(0, 0)),
        }
    }

    #[test]
    fn named_ids_are_sorted_and_unique_and_descriptions_are_generic() {
        let actor = ParticipantRole::Actor;
        let d = Draft::for_test(
            "CONSULT",
            vec![
                (Participant::for_test(Some(3), "Aragorn", None), actor),
                (Participant::for_test(Some(1), "Faramir", None), actor),
                (Participant::for_test(Some(3), "Elessar", None), actor),
            ],
        );
        assert_eq!(d.named_ids(), [1, 3]);
        assert!(!d.has_generic());
        let mut generic = d.clone();
        generic.participants.push((
            Participant::for_test(None, "Rohirrim riders", Some("Rohan")),
            ParticipantRole::Recipient,
        ));
        assert!(generic.has_generic());
        assert_eq!(generic.named_ids(), [1, 3]);
    }

    #[test]
    fn the_city_key_is_the_city_or_the_place_name() {
        let mut d = Draft::for_test("CONSULT", Vec::new());
        assert_eq!(d.city_key(), None);
        d.place = Some(place("Golden Hall", Some("Edoras")));
        assert_eq!(d.city_key().as_deref(), Some("Edoras"));
        d.place = Some(place("Rohan", None));
        assert_eq!(d.city_key().as_deref(), Some("Rohan"));
    }
}
