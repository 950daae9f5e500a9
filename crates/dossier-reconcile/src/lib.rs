//! The reconciliation stage: what several outlets say about the same people and events.
//!
//! [`reconcile`] takes the documents of one story (or any set of documents) with their entities
//! and events, and returns a [`Reconciliation`]: resolved entities across documents, canonical
//! events with per-source claims and evidence, corroboration by independent outlets, visits, and
//! the discrepancies between sources (dates, ranks, numbers). Pure: no I/O.

mod events;
pub mod names;
mod resolve;

pub use events::{canonical_events, independent_outlets};
pub use resolve::{resolve_entities, Resolution};

use dossier_model::{
    CanonicalEvent, ClaimedValue, Discrepancy, DocId, Document, DocumentEntities, DocumentEvents,
    EntityType, ParticipantRole, Reconciliation, Visit,
};
use dossier_text::names::{is_latin, ranks_compatible};
use std::collections::BTreeMap;

/// One document as the reconciliation stage sees it.
#[derive(Debug, Clone, Copy)]
pub struct SourceDocument<'a> {
    pub doc: &'a Document,
    pub entities: &'a DocumentEntities,
    pub events: &'a DocumentEvents,
    /// The story the document belongs to, if stories are known.
    pub story_id: Option<&'a str>,
    /// The earlier document this one reprints (same press release or wire copy), if any.
    pub near_duplicate_of: Option<&'a DocId>,
}

/// Resolves entities, merges events, groups visits and lists discrepancies for `docs`.
///
/// The result does not depend on the order of `docs`: they are processed in the order of their
/// publication date, then id.
pub fn reconcile(docs: &[SourceDocument]) -> Reconciliation {
    let mut ordered: Vec<SourceDocument> = docs.to_vec();
    ordered.sort_by(|a, b| {
        let da = a.doc.published.value.map(|d| d.to_string());
        let db = b.doc.published.value.map(|d| d.to_string());
        da.cmp(&db).then_with(|| a.doc.id.cmp(&b.doc.id))
    });
    let resolution = resolve_entities(&ordered);
    let mut events = canonical_events(&ordered, &resolution);
    let mut discrepancies: Vec<Discrepancy> = Vec::new();
    for e in &resolution.entities {
        if let Some(d) = rank_discrepancy(e) {
            discrepancies.push(d);
        }
    }
    // Entity discrepancies also belong to the events those people take part in.
    for event in events.iter_mut() {
        for d in &discrepancies {
            if event
                .event
                .actors
                .iter()
                .any(|a| a.entity_id.as_deref() == Some(d.subject.as_str()))
            {
                event.discrepancies.push(d.clone());
            }
        }
    }
    number_conflicts_between_events(&mut events);
    for event in &events {
        for d in &event.discrepancies {
            if d.subject == event.event.id && !discrepancies.contains(d) {
                discrepancies.push(d.clone());
            }
        }
    }
    let visits = group_visits(&ordered, &mut events);
    events.sort_by(|a, b| {
        let da = a.event.date.as_ref().map(|d| d.value.to_string());
        let db = b.event.date.as_ref().map(|d| d.value.to_string());
        da.cmp(&db).then_with(|| a.event.id.cmp(&b.event.id))
    });
    Reconciliation {
        entities: resolution.entities,
        events,
        visits,
        discrepancies,
    }
}

/// A person's ranks conflict when two sources give ranks neither of which is the other's vaguer
/// form ("Major General" vs "Lieutenant General"; "General" is compatible with both).
fn rank_discrepancy(e: &dossier_model::ResolvedEntity) -> Option<Discrepancy> {
    if e.kind != EntityType::Person {
        return None;
    }
    // Ranks read from another script are translations (Arabic اللواء is a major general in an
    // army and a rear admiral in a navy): only ranks written in Latin script are compared.
    let latin: Vec<&dossier_model::Claim> = e
        .ranks
        .iter()
        .filter(|c| is_latin(&c.evidence.text))
        .collect();
    let distinct: Vec<&str> = {
        let mut v: Vec<&str> = latin.iter().map(|c| c.value.as_str()).collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    // The most specific ranks: those no other stated rank is a longer form of.
    let maximal: Vec<&str> = distinct
        .iter()
        .copied()
        .filter(|r| {
            !distinct
                .iter()
                .any(|o| o != r && o.len() > r.len() && ranks_compatible(r, o))
        })
        .collect();
    if maximal.len() < 2 {
        return None;
    }
    let values: Vec<ClaimedValue> = maximal
        .iter()
        .map(|r| ClaimedValue {
            value: r.to_string(),
            claims: latin
                .iter()
                .filter(|c| c.value == *r)
                .map(|c| (*c).clone())
                .collect(),
        })
        .collect();
    // Only a conflict when different documents disagree, not one document using two ranks.
    let mut docs: Vec<&DocId> = values
        .iter()
        .flat_map(|v| v.claims.iter().map(|c| &c.doc_id))
        .collect();
    docs.sort();
    docs.dedup();
    if docs.len() < 2 {
        return None;
    }
    Some(Discrepancy {
        kind: "rank".to_string(),
        subject: e.id.clone(),
        field: format!("rank of {}", e.name),
        values,
    })
}

/// Groups the events of one visitor in one host country and month into a visit: meetings coded
/// with the visit convention (the host is a recipient) and ceremonies the visitor attends alone.
fn group_visits(docs: &[SourceDocument], events: &mut [CanonicalEvent]) -> Vec<Visit> {
    let fallback_month = docs.iter().find_map(|d| {
        let v = d.doc.published.value?;
        Some(format!("{:04}-{:02}", v.year, v.month?))
    });
    let month_of = |e: &CanonicalEvent| -> Option<String> {
        match e.event.date.as_ref().map(|d| d.value) {
            Some(v) => v.month.map(|m| format!("{:04}-{m:02}", v.year)),
            None => fallback_month.clone(),
        }
    };
    let country_of = |e: &CanonicalEvent| e.event.place.as_ref().and_then(|p| p.country.clone());
    let mut groups: BTreeMap<(String, String, String), (String, Vec<usize>)> = BTreeMap::new();
    for (i, e) in events.iter().enumerate() {
        let hosted =
            e.event.mode.as_deref() == Some("visit") && e.event.actors.iter().any(|a| a.host);
        if !hosted {
            continue;
        }
        let Some(visitor) = e
            .event
            .actors
            .iter()
            .find(|a| a.role == ParticipantRole::Actor && !a.host && a.entity_id.is_some())
        else {
            continue;
        };
        let (Some(country), Some(month), Some(id)) =
            (country_of(e), month_of(e), visitor.entity_id.clone())
        else {
            continue;
        };
        groups
            .entry((id, country, month))
            .or_insert_with(|| (visitor.name.clone(), Vec::new()))
            .1
            .push(i);
    }
    for (i, e) in events.iter().enumerate() {
        if e.event.kind.as_deref() != Some("ceremony") || e.event.actors.len() != 1 {
            continue;
        }
        let Some(id) = e.event.actors[0].entity_id.clone() else {
            continue;
        };
        let (Some(country), Some(month)) = (country_of(e), month_of(e)) else {
            continue;
        };
        if let Some(group) = groups.get_mut(&(id, country, month)) {
            group.1.push(i);
        }
    }
    let mut visits = Vec::new();
    for ((visitor, country, month), (visitor_name, mut parts)) in groups {
        parts.sort_by(|a, b| {
            let da = events[*a].event.date.as_ref().map(|d| d.value.to_string());
            let db = events[*b].event.date.as_ref().map(|d| d.value.to_string());
            // Undated parts last.
            (da.is_none(), da)
                .cmp(&(db.is_none(), db))
                .then_with(|| events[*a].event.id.cmp(&events[*b].event.id))
        });
        let id = format!(
            "visit:{}:{}:{month}",
            visitor.trim_start_matches("person:"),
            country.to_lowercase()
        );
        for p in &parts {
            events[*p].visit = Some(id.clone());
        }
        visits.push(Visit {
            id,
            visitor,
            visitor_name,
            country,
            month,
            parts: parts.iter().map(|p| events[*p].event.id.clone()).collect(),
        });
    }
    visits
}

/// Two outlets may code the same agreement with different participants ("Pakistan" in one,
/// its naval chief in the other), so its mentions stay apart; when two such events of one type,
/// with compatible dates and places and reported by different documents, count the same thing
/// with different numbers, that is a discrepancy on both.
fn number_conflicts_between_events(events: &mut [CanonicalEvent]) {
    let mut found: Vec<(usize, usize, Discrepancy)> = Vec::new();
    for i in 0..events.len() {
        for j in i + 1..events.len() {
            let (a, b) = (&events[i], &events[j]);
            if a.claims.numbers.is_empty()
                || b.claims.numbers.is_empty()
                || a.event.event_type != b.event.event_type
                || a.event.kind != b.event.kind
            {
                continue;
            }
            let dates_ok = match (&a.event.date, &b.event.date) {
                (Some(x), Some(y)) => events::dates_nest(&x.value, &y.value),
                _ => true,
            };
            let city = |e: &CanonicalEvent| e.event.place.as_ref().and_then(|p| p.city.clone());
            let places_ok = match (city(a), city(b)) {
                (Some(x), Some(y)) => x == y,
                _ => true,
            };
            if !dates_ok || !places_ok {
                continue;
            }
            let claims: Vec<dossier_model::Claim> = a
                .claims
                .numbers
                .iter()
                .chain(b.claims.numbers.iter())
                .cloned()
                .collect();
            if let Some(d) = events::number_discrepancy(&a.event.id, &claims) {
                found.push((i, j, d));
            }
        }
    }
    for (i, j, d) in found {
        for k in [i, j] {
            if !events[k].discrepancies.contains(&d) {
                events[k].discrepancies.push(d.clone());
            }
        }
    }
}
