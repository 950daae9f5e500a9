//! Where and when an event took place, read from its sentence: the best-placed place
//! candidate (a facility or city after "in"/"at" over a region or a country), with the city it
//! lies in and its coordinates, and the date mention nearest the trigger. Separate because both
//! the English and the Urdu/Arabic coders use it and it reads entities, not verbs.

use crate::coder::{word_before, SentenceView};
use crate::draft::Participant;
use crate::participants::{Candidate, CandidateKind};
use dossier_model::{
    Document, DocumentEntities, EntityType, EventDate, EventPlace, EvidenceSpan, ParticipantRole,
    Span,
};

/// Finds the city an entity's place lies in, following `within` through facilities.
fn city_of(ents: &DocumentEntities, index: usize) -> Option<(String, Option<f64>, Option<f64>)> {
    let mut current = ents.entities.get(index)?;
    for _ in 0..4 {
        let place = current.place.as_ref()?;
        if place.kind == "city" {
            return Some((current.name.clone(), place.lat, place.lon));
        }
        let within = place.within.as_deref()?;
        match ents.entities.iter().find(|e| {
            e.kind == EntityType::Place && (e.name == within || e.names.iter().any(|n| n == within))
        }) {
            Some(next) => current = next,
            None => return Some((within.to_string(), place.lat, place.lon)),
        }
    }
    None
}

/// The place of an event in the sentence `view`: the best-ranked place candidate that is not
/// one of the participants (a facility or city after "in", "at", "to" or "inside" first).
pub(crate) fn place_of(
    doc: &Document,
    ents: &DocumentEntities,
    view: &SentenceView,
    participants: &[(Participant, ParticipantRole)],
) -> Option<EventPlace> {
    let mut best: Option<(u8, &Candidate)> = None;
    for c in &view.candidates {
        if participants
            .iter()
            .any(|(p, _)| p.entity.is_some() && p.entity == c.entity)
        {
            continue;
        }
        let Some(e) = c.entity.and_then(|i| ents.entities.get(i)) else {
            continue;
        };
        let Some(info) = e.place.as_ref() else {
            continue;
        };
        let before = word_before(view, c);
        let at = matches!(before.as_str(), "in" | "at" | "to" | "inside");
        let rank = match (c.kind, info.kind.as_str()) {
            (CandidateKind::Place, "facility") if at => 6,
            (CandidateKind::Place, "facility") => 5,
            (CandidateKind::Place, "city") if at => 4,
            (CandidateKind::Place, "city") => 3,
            (CandidateKind::Place, _) if matches!(before.as_str(), "in" | "at") => 2,
            (CandidateKind::Country, _) if before == "in" => 1,
            _ => 0,
        };
        if rank == 0 {
            continue;
        }
        if best.is_none_or(|(r, _)| rank > r) {
            best = Some((rank, c));
        }
    }
    let (rank, c) = best?;
    let index = c.entity?;
    let e = ents.entities.get(index)?;
    let info = e.place.as_ref()?;
    let (city, lat, lon) = match info.kind.as_str() {
        "country" => (None, info.lat, info.lon),
        _ => match city_of(ents, index) {
            Some((city, lat, lon)) => (Some(city), lat.or(info.lat), lon.or(info.lon)),
            None => (None, info.lat, info.lon),
        },
    };
    let precision = match (rank, info.kind.as_str()) {
        (5 | 6, _) => "facility",
        (3 | 4, _) => "city",
        (_, "country") => "country",
        _ => "region",
    };
    Some(EventPlace {
        entity_id: Some(e.id.clone()),
        name: e.name.clone(),
        city,
        country: info.country.clone().or_else(|| e.country.clone()),
        lat,
        lon,
        precision: precision.to_string(),
        evidence: EvidenceSpan::of(&doc.body, c.span),
    })
}

/// The date of an event: the resolved date mention in the sentence nearest the trigger.
pub(crate) fn date_of(ents: &DocumentEntities, sentence: Span, trigger: Span) -> Option<EventDate> {
    let centre = trigger.start as i64;
    ents.dates
        .iter()
        .filter(|d| d.mention.start >= sentence.start && d.mention.end <= sentence.end)
        .min_by_key(|d| (d.mention.start as i64 - centre).abs())
        .and_then(|d| {
            let value = d.value.value?;
            Some(EventDate {
                precision: value.precision(),
                value,
                resolution: d.resolution.clone(),
                evidence: EvidenceSpan {
                    start: d.mention.start,
                    end: d.mention.end,
                    text: d.mention.text.clone(),
                },
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coder::test_sentences::read;
    use dossier_model::PartialDate;

    #[test]
    fn a_city_after_in_is_the_place() {
        let text = read("The envoys of Norway and Chile met in Oslo on Tuesday.");
        let view = text.view();
        let place = place_of(&text.doc, &text.ents, &view, &[]).expect("a place");
        assert_eq!(place.name, "Oslo");
        assert_eq!(place.city.as_deref(), Some("Oslo"));
        assert_eq!(place.precision, "city");
        assert_eq!(place.evidence.text, "Oslo");
    }

    #[test]
    fn a_country_is_a_place_only_after_in() {
        let text = read("The envoys met in Norway.");
        let view = text.view();
        let place = place_of(&text.doc, &text.ents, &view, &[]).expect("a place");
        assert_eq!(place.precision, "country");
        assert_eq!(place.city, None);
        let text = read("Norway attacked Chile.");
        let view = text.view();
        assert!(place_of(&text.doc, &text.ents, &view, &[]).is_none());
    }

    #[test]
    fn the_date_is_the_mention_nearest_the_trigger() {
        let text = read("The envoys met on 3 March 2021 and parted on 9 May 2021.");
        let view = text.view();
        let word = |w: &str| {
            view.words
                .iter()
                .find(|x| x.lower == w)
                .map(|x| x.span)
                .expect("the word")
        };
        let met = date_of(&text.ents, view.span, word("met")).expect("a date");
        assert_eq!(
            met.value,
            PartialDate {
                year: 2021,
                month: Some(3),
                day: Some(3)
            }
        );
        let parted = date_of(&text.ents, view.span, word("parted")).expect("a date");
        assert_eq!(parted.value.month, Some(5));
        let text = read("The envoys met and parted.");
        let view = text.view();
        assert!(date_of(&text.ents, view.span, view.span).is_none());
    }
}
