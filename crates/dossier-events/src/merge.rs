//! The within-document merge: mentions of one event (same type, same named participants,
//! compatible place and date) become one; a generic mention subsumed by named ones is dropped;
//! a date is carried from an earlier event at the same place; a consultation in one
//! participant's country is a visit hosted by that participant; and the drafts become
//! [`Event`] records. Separate because it runs once per document, after all sentences are coded.

use crate::draft::Draft;
use dossier_model::{
    Document, DocumentEntities, Event, EventActor, EventDate, EventPlace, EventSource, EventStatus,
    EvidenceSpan, ParticipantRole,
};

/// Can two places be the place of one event (same city or name, or, without a city, the same
/// country or an unknown one)? A missing place is compatible with any.
fn compatible_place(a: &Option<EventPlace>, b: &Option<EventPlace>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => match (a.city.as_deref(), b.city.as_deref()) {
            (Some(x), Some(y)) => x == y || a.name == b.name,
            // a place without a city (a facility named in another script, a country) is
            // compatible with any place in the same country
            _ => {
                a.name == b.name
                    || a.country.is_none()
                    || b.country.is_none()
                    || a.country == b.country
            }
        },
        _ => true,
    }
}

/// Can two dates be the date of one event (same year, and month and day where both give them)?
/// A missing date is compatible with any.
fn compatible_date(a: &Option<EventDate>, b: &Option<EventDate>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => {
            let (x, y) = (a.value, b.value);
            x.year == y.year
                && (x.month.is_none() || y.month.is_none() || x.month == y.month)
                && (x.day.is_none() || y.day.is_none() || x.day == y.day)
        }
        _ => true,
    }
}

/// How precise a place is: facility, city, region, country, none.
fn place_rank(p: &Option<EventPlace>) -> u8 {
    match p.as_ref().map(|p| p.precision.as_str()) {
        Some("facility") => 4,
        Some("city") => 3,
        Some("region") => 2,
        Some("country") => 1,
        _ => 0,
    }
}

/// Merges a document's drafts (in sentence order) into its event records.
pub(crate) fn finish(doc: &Document, ents: &DocumentEntities, drafts: Vec<Draft>) -> Vec<Event> {
    // 1. merge mentions of one event
    let mut merged: Vec<Draft> = Vec::new();
    for d in drafts {
        let ids = d.named_ids();
        let target = merged.iter_mut().find(|m| {
            m.event_type == d.event_type
                && m.kind == d.kind
                && !ids.is_empty()
                && !m.has_generic()
                && !d.has_generic()
                && m.named_ids() == ids
                && compatible_place(&m.place, &d.place)
                && compatible_date(&m.date, &d.date)
        });
        match target {
            Some(m) => {
                if place_rank(&d.place) > place_rank(&m.place) {
                    m.place = d.place.clone();
                }
                if m.date.is_none() {
                    m.date = d.date.clone();
                }
                m.triggers.extend(d.triggers);
                for s in d.sentences {
                    if !m.sentences.contains(&s) {
                        m.sentences.push(s);
                    }
                }
                m.topics.extend(d.topics);
                for c in d.claimants {
                    if !m.claimants.contains(&c) {
                        m.claimants.push(c);
                    }
                }
                // the clearest statement of roles wins (a named actor over a group reference)
                if d.confidence > m.confidence {
                    m.participants = d.participants;
                    m.confidence = d.confidence;
                }
                if m.status != d.status && d.status == EventStatus::Reported {
                    m.status = EventStatus::Reported;
                }
            }
            None => merged.push(d),
        }
    }
    // 2. a generic mention subsumed by named ones ("met Gondor's leadership" then "met the King")
    let snapshot = merged.clone();
    merged.retain(|d| {
        if !d.has_generic() {
            return true;
        }
        let named_actors: Vec<usize> = d
            .participants
            .iter()
            .filter_map(|(p, _)| p.entity)
            .collect();
        let generic_countries: Vec<Option<String>> = d
            .participants
            .iter()
            .filter(|(p, _)| p.entity.is_none())
            .map(|(p, _)| p.country.clone())
            .collect();
        !snapshot.iter().any(|o| {
            !o.has_generic()
                && o.event_type == d.event_type
                && named_actors.iter().all(|a| o.named_ids().contains(a))
                && generic_countries.iter().all(|gc| {
                    gc.is_none()
                        || o.participants.iter().any(|(p, _)| {
                            p.entity.is_some()
                                && p.country == *gc
                                && !named_actors.contains(&p.entity.unwrap_or(usize::MAX))
                        })
                })
        })
    });
    // 3. dates carried from an earlier event at the same place (the same visit)
    for i in 0..merged.len() {
        if merged[i].date.is_some() {
            continue;
        }
        let Some(key) = merged[i].city_key() else {
            continue;
        };
        let first_sentence = merged[i].sentences.first().map(|s| s.start).unwrap_or(0);
        let donor = merged[..i]
            .iter()
            .rev()
            .chain(merged[i + 1..].iter())
            .find(|o| {
                o.city_key().as_deref() == Some(key.as_str())
                    && o.date.is_some()
                    && o.sentences.first().map(|s| s.start).unwrap_or(usize::MAX) < first_sentence
            })
            .and_then(|o| o.date.clone());
        if let Some(mut date) = donor {
            date.resolution = "context".to_string();
            merged[i].date = Some(date);
        }
    }
    // 4. visits: a consultation in one participant's country hosted by that participant
    for d in merged.iter_mut() {
        if d.event_type.as_deref() != Some("CONSULT") {
            continue;
        }
        let Some(country) = d.place.as_ref().and_then(|p| p.country.clone()) else {
            continue;
        };
        let local = d
            .participants
            .iter()
            .any(|(p, _)| p.country.as_deref() == Some(&country));
        let foreign = d
            .participants
            .iter()
            .any(|(p, _)| p.country.as_deref().is_some_and(|c| c != country));
        if local && foreign {
            // PLOVER: the visitor is the actor, the host the recipient
            d.mode = Some("visit".to_string());
            for (p, role) in d.participants.iter_mut() {
                *role = if p.country.as_deref() == Some(country.as_str()) {
                    ParticipantRole::Recipient
                } else {
                    ParticipantRole::Actor
                };
            }
        }
    }
    // 5. records
    let outlet = doc.outlet.name.clone();
    merged
        .into_iter()
        .enumerate()
        .map(|(n, d)| {
            let visit_country = (d.mode.as_deref() == Some("visit"))
                .then(|| d.place.as_ref().and_then(|p| p.country.clone()))
                .flatten();
            let actors = d
                .participants
                .iter()
                .map(|(p, role)| {
                    let entity = p.entity.and_then(|i| ents.entities.get(i));
                    EventActor {
                        entity_id: entity.map(|e| e.id.clone()),
                        name: entity
                            .map(|e| e.name.clone())
                            .unwrap_or_else(|| p.name.clone()),
                        role: *role,
                        country: p.country.clone(),
                        sector: p.sector.clone(),
                        actor_code: p.actor_code.clone(),
                        host: visit_country.is_some() && p.country == visit_country,
                        evidence: EvidenceSpan::of(&doc.body, p.span),
                    }
                })
                .collect();
            let mut topic_mentions = d.topics.clone();
            topic_mentions.sort_by_key(|t| t.evidence.start);
            topic_mentions.dedup_by(|a, b| a.evidence.start == b.evidence.start);
            let mut topics: Vec<String> = Vec::new();
            for t in &topic_mentions {
                if !topics.contains(&t.topic) {
                    topics.push(t.topic.clone());
                }
            }
            let mut sentences = d.sentences.clone();
            sentences.dedup();
            Event {
                id: format!("{}:e{}", doc.id, n),
                event_type: d.event_type,
                kind: d.kind,
                cameo: d.cameo,
                mode: d.mode,
                contexts: d.contexts,
                status: d.status,
                actors,
                place: d.place,
                date: d.date,
                topics,
                topic_mentions,
                sources: vec![EventSource {
                    doc_id: doc.id.clone(),
                    outlet: outlet.clone(),
                    claimed_by: d.claimants,
                    triggers: d
                        .triggers
                        .iter()
                        .map(|s| EvidenceSpan::of(&doc.body, *s))
                        .collect(),
                    evidence: sentences
                        .iter()
                        .map(|s| EvidenceSpan::of(&doc.body, *s))
                        .collect(),
                }],
                confidence: d.confidence,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coder::test_sentences::read;
    use crate::draft::Participant;
    use dossier_model::{PartialDate, Span};

    fn place(name: &str, city: Option<&str>, country: Option<&str>, precision: &str) -> EventPlace {
        EventPlace {
            entity_id: None,
            name: name.to_string(),
            city: city.map(str::to_string),
            country: country.map(str::to_string),
            lat: None,
            lon: None,
            precision: precision.to_string(),
            evidence: EvidenceSpan::of("", Span::new(0, 0)),
        }
    }

    fn date(year: i32, month: Option<u32>, day: Option<u32>) -> EventDate {
        let value = PartialDate { year, month, day };
        EventDate {
            value,
            precision: value.precision(),
            resolution: "absolute".to_string(),
            evidence: EvidenceSpan::of("", Span::new(0, 0)),
        }
    }

    fn named(
        entity: usize,
        name: &str,
        country: &str,
        role: ParticipantRole,
    ) -> (Participant, ParticipantRole) {
        (
            Participant::for_test(Some(entity), name, Some(country)),
            role,
        )
    }

    const ACTOR: ParticipantRole = ParticipantRole::Actor;
    const RECIPIENT: ParticipantRole = ParticipantRole::Recipient;

    #[test]
    fn places_and_dates_of_one_event_agree() {
        let edoras = place("Edoras", Some("Edoras"), Some("Rohan"), "city");
        let hall = place("Golden Hall", Some("Edoras"), Some("Rohan"), "facility");
        let minas = place("Minas Tirith", Some("Minas Tirith"), Some("Gondor"), "city");
        let rohan = place("Rohan", None, Some("Rohan"), "country");
        assert!(compatible_place(&Some(edoras.clone()), &Some(hall.clone())));
        assert!(!compatible_place(
            &Some(edoras.clone()),
            &Some(minas.clone())
        ));
        assert!(compatible_place(&Some(rohan.clone()), &Some(edoras)));
        assert!(!compatible_place(&Some(rohan), &Some(minas.clone())));
        assert!(compatible_place(&None, &Some(minas)));
        assert!(compatible_date(
            &Some(date(3019, Some(3), None)),
            &Some(date(3019, Some(3), Some(15)))
        ));
        assert!(!compatible_date(
            &Some(date(3019, Some(3), None)),
            &Some(date(3019, Some(4), None))
        ));
        assert!(!compatible_date(
            &Some(date(3018, None, None)),
            &Some(date(3019, None, None))
        ));
        assert!(compatible_date(&None, &Some(date(3019, None, None))));
        assert!(place_rank(&Some(hall)) > place_rank(&None));
    }

    #[test]
    fn two_mentions_of_one_event_are_merged() {
        let text = read("Faramir met Eomer in Edoras.");
        let mut first = Draft::for_test(
            "CONSULT",
            vec![
                named(0, "Faramir", "Gondor", ACTOR),
                named(1, "Eomer", "Gondor", RECIPIENT),
            ],
        );
        first.status = EventStatus::Announced;
        first.sentences = vec![Span::new(0, 10)];
        first.triggers = vec![Span::new(8, 11)];
        let mut second = first.clone();
        second.status = EventStatus::Reported;
        second.sentences = vec![Span::new(20, 30)];
        second.triggers = vec![Span::new(22, 25)];
        second.date = Some(date(3019, Some(3), Some(15)));
        let mut other_month = first.clone();
        other_month.date = Some(date(3019, Some(5), None));
        let events = finish(&text.doc, &text.ents, vec![first, second, other_month]);
        assert_eq!(events.len(), 2);
        let merged = &events[0];
        assert_eq!(merged.status, EventStatus::Reported);
        assert_eq!(merged.date.as_ref().map(|d| d.value.day), Some(Some(15)));
        assert_eq!(merged.sources[0].triggers.len(), 2);
        assert_eq!(merged.sources[0].evidence.len(), 2);
        assert_eq!(merged.id, format!("{}:e0", text.doc.id));
        assert_eq!(events[1].id, format!("{}:e1", text.doc.id));
    }

    #[test]
    fn a_generic_mention_gives_way_to_the_named_people() {
        let text = read("Faramir met the leaders of Rohan.");
        let generic = Draft::for_test(
            "CONSULT",
            vec![
                named(0, "Faramir", "Gondor", ACTOR),
                (
                    Participant::for_test(None, "Rohan leadership", Some("Rohan")),
                    RECIPIENT,
                ),
            ],
        );
        let named_only = Draft::for_test(
            "CONSULT",
            vec![
                named(0, "Faramir", "Gondor", ACTOR),
                named(1, "Eomer", "Rohan", RECIPIENT),
            ],
        );
        let events = finish(&text.doc, &text.ents, vec![generic.clone(), named_only]);
        assert_eq!(events.len(), 1);
        assert!(events[0]
            .actors
            .iter()
            .all(|a| a.name != "Rohan leadership"));
        let events = finish(&text.doc, &text.ents, vec![generic]);
        assert_eq!(events.len(), 1);
    }

    #[test]
    fn a_consultation_in_a_participants_country_is_a_visit_hosted_there() {
        let text = read("Faramir and Eomer met in Edoras.");
        let mut d = Draft::for_test(
            "CONSULT",
            vec![
                named(0, "Eomer", "Rohan", ACTOR),
                named(1, "Faramir", "Gondor", RECIPIENT),
            ],
        );
        d.place = Some(place("Edoras", Some("Edoras"), Some("Rohan"), "city"));
        let events = finish(&text.doc, &text.ents, vec![d]);
        let e = &events[0];
        assert_eq!(e.mode.as_deref(), Some("visit"));
        let roles: Vec<(&str, ParticipantRole, bool)> = e
            .actors
            .iter()
            .map(|a| (a.name.as_str(), a.role, a.host))
            .collect();
        assert_eq!(
            roles,
            [("Eomer", RECIPIENT, true), ("Faramir", ACTOR, false)]
        );
    }

    #[test]
    fn a_later_event_at_the_same_city_takes_the_earlier_date() {
        let text = read("Faramir reached Edoras, then met Eomer there.");
        let mut arrival = Draft::for_test("CONSULT", vec![named(0, "Faramir", "Gondor", ACTOR)]);
        arrival.place = Some(place("Edoras", Some("Edoras"), Some("Rohan"), "city"));
        arrival.date = Some(date(3019, Some(3), Some(2)));
        arrival.sentences = vec![Span::new(0, 10)];
        let mut meeting = Draft::for_test(
            "AGREE",
            vec![
                named(0, "Faramir", "Gondor", ACTOR),
                named(1, "Eomer", "Rohan", RECIPIENT),
            ],
        );
        meeting.place = arrival.place.clone();
        meeting.sentences = vec![Span::new(20, 30)];
        let events = finish(&text.doc, &text.ents, vec![arrival, meeting]);
        let carried = events[1].date.as_ref().expect("a carried date");
        assert_eq!(carried.value.day, Some(2));
        assert_eq!(carried.resolution, "context");
    }
}
