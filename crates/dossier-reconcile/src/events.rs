//! Canonical events: event mentions of several documents that are one real event, merged into
//! one record that keeps, per source, each field's value and evidence.
//!
//! Two mentions from different documents merge when they have the same PLOVER type (or the same
//! kind, for events PLOVER does not code), their resolved participants overlap with one set
//! inside the other, their cities do not differ, and their dates are compatible: equal, one
//! vaguer than the other (a month contains its days; no date is compatible with any), or — when
//! the participants are the same people — at most three days apart, which is then flagged as a
//! discrepancy rather than read as two events. Candidates are found through an index on
//! participants, never by comparing all pairs.

use crate::names::tokens;
use crate::resolve::Resolution;
use crate::SourceDocument;
use dossier_model::{
    CanonicalEvent, Claim, ClaimedValue, DatePrecision, Discrepancy, DocId, Event, EventActor,
    EventPlace, EventStatus, EvidenceSpan, FieldClaims, PartialDate, ParticipantRole,
};
use std::collections::{BTreeSet, HashMap};

/// How far apart two day-precision dates of the same participants may be and still be one
/// event that the sources date differently.
const MAX_DATE_DISAGREEMENT_DAYS: i64 = 3;

struct Mention<'a> {
    doc: usize,
    event: &'a Event,
    type_key: String,
    participants: BTreeSet<String>,
    city: Option<String>,
    date: Option<PartialDate>,
    date_is_inferred: bool,
}

fn type_key(e: &Event) -> Option<String> {
    match (&e.event_type, &e.kind) {
        (Some(t), _) => Some(t.clone()),
        (None, Some(k)) => Some(format!("kind:{k}")),
        (None, None) => None,
    }
}

fn day_distance(a: &PartialDate, b: &PartialDate) -> Option<i64> {
    Some((a.to_naive()? - b.to_naive()?).num_days().abs())
}

/// A date vaguer than or equal to another: same year, and same month when both give one.
pub(crate) fn dates_nest(a: &PartialDate, b: &PartialDate) -> bool {
    if a.year != b.year {
        return false;
    }
    match (a.month, b.month) {
        (Some(ma), Some(mb)) if ma != mb => return false,
        _ => {}
    }
    match (a.day, b.day) {
        (Some(da), Some(db)) => da == db,
        _ => true,
    }
}

struct Cluster {
    members: Vec<usize>,
    participants: BTreeSet<String>,
    type_key: String,
}

fn compatible(m: &Mention, c: &Cluster, mentions: &[Mention]) -> Option<u32> {
    if m.type_key != c.type_key {
        return None;
    }
    if c.members.iter().any(|i| mentions[*i].doc == m.doc) {
        return None;
    }
    let inter = m.participants.intersection(&c.participants).count();
    if inter == 0 {
        return None;
    }
    let nested =
        m.participants.is_subset(&c.participants) || c.participants.is_subset(&m.participants);
    if !nested {
        return None;
    }
    let same_people = m.participants == c.participants;
    let mut score = if same_people { 4 } else { 2 };
    for other in c.members.iter().map(|i| &mentions[*i]) {
        if let (Some(a), Some(b)) = (&m.city, &other.city) {
            if a != b {
                return None;
            }
            score += 1;
        }
        if let (Some(a), Some(b)) = (&m.date, &other.date) {
            if dates_nest(a, b) {
                score += 1;
            } else {
                let close = day_distance(a, b)
                    .map(|d| d <= MAX_DATE_DISAGREEMENT_DAYS)
                    .unwrap_or(false);
                if !(close && same_people) {
                    return None;
                }
            }
        }
    }
    Some(score)
}

/// Groups the event mentions of `docs` into canonical events.
pub fn canonical_events(docs: &[SourceDocument], resolution: &Resolution) -> Vec<CanonicalEvent> {
    let mut mentions: Vec<Mention> = Vec::new();
    for (d, sd) in docs.iter().enumerate() {
        for event in &sd.events.events {
            let Some(key) = type_key(event) else { continue };
            let participants: BTreeSet<String> = event
                .actors
                .iter()
                .filter_map(|a| {
                    let id = a.entity_id.as_deref()?;
                    Some(resolution.resolved(d, id)?.id.clone())
                })
                .collect();
            let city = event
                .place
                .as_ref()
                .and_then(|p| p.city.clone().or_else(|| Some(p.name.clone())))
                .map(|c| tokens(&c).join(" "));
            mentions.push(Mention {
                doc: d,
                event,
                type_key: key,
                participants,
                city,
                date: event.date.as_ref().map(|x| x.value),
                date_is_inferred: event
                    .date
                    .as_ref()
                    .map(|x| x.resolution == "context")
                    .unwrap_or(false),
            });
        }
    }
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut by_participant: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, m) in mentions.iter().enumerate() {
        let mut candidates: Vec<usize> = m
            .participants
            .iter()
            .flat_map(|p| by_participant.get(p).cloned().unwrap_or_default())
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        let best = candidates
            .into_iter()
            .filter_map(|c| compatible(m, &clusters[c], &mentions).map(|s| (s, c)))
            .max_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        match best {
            Some((_, c)) => {
                clusters[c].members.push(i);
                for p in &m.participants {
                    if clusters[c].participants.insert(p.clone()) {
                        by_participant.entry(p.clone()).or_default().push(c);
                    }
                }
            }
            None => {
                let c = clusters.len();
                for p in &m.participants {
                    by_participant.entry(p.clone()).or_default().push(c);
                }
                clusters.push(Cluster {
                    members: vec![i],
                    participants: m.participants.clone(),
                    type_key: m.type_key.clone(),
                });
            }
        }
    }
    clusters
        .iter()
        .map(|c| merge_cluster(docs, resolution, &mentions, &c.members))
        .collect()
}

fn outlet(sd: &SourceDocument) -> Option<String> {
    sd.doc.outlet.name.clone()
}

fn claim(sd: &SourceDocument, value: String, evidence: &EvidenceSpan) -> Claim {
    Claim {
        doc_id: sd.doc.id.clone(),
        outlet: outlet(sd),
        value,
        evidence: evidence.clone(),
    }
}

fn place_label(p: &EventPlace) -> String {
    match &p.city {
        Some(city) if city != &p.name => format!("{} ({city})", p.name),
        _ => p.name.clone(),
    }
}

fn place_rank(p: &EventPlace) -> u8 {
    match p.precision.as_str() {
        "facility" | "site" | "building" => 3,
        "city" | "town" | "locality" => 2,
        "region" | "admin" => 1,
        _ => 0,
    }
}

/// Specific places first; a name in the script of the story's language before a name in
/// another script (an Urdu phrase for "headquarters" names no place an English reader can use).
fn place_score(p: &EventPlace) -> i32 {
    i32::from(place_rank(p))
        + if crate::names::is_latin(&p.name) {
            1
        } else {
            -2
        }
}

/// The independent outlets among `doc_ids`: a near-duplicate counts as the document it copies,
/// and several documents of one outlet count once.
pub fn independent_outlets(docs: &[SourceDocument], doc_ids: &[DocId]) -> Vec<String> {
    let by_id: HashMap<&DocId, &SourceDocument> = docs.iter().map(|d| (&d.doc.id, d)).collect();
    let mut keys: Vec<String> = Vec::new();
    for id in doc_ids {
        let mut current: &DocId = id;
        let mut hops = 0;
        while let Some(original) = by_id.get(current).and_then(|d| d.near_duplicate_of) {
            if hops > docs.len() || !by_id.contains_key(original) {
                break;
            }
            current = original;
            hops += 1;
        }
        let key = by_id
            .get(current)
            .and_then(|d| d.doc.outlet.name.as_deref())
            .map(|o| format!("outlet:{}", tokens(o).join(" ")))
            .unwrap_or_else(|| format!("doc:{}", current.as_str()));
        if !keys.contains(&key) {
            keys.push(key);
        }
    }
    keys
}

fn merge_cluster(
    docs: &[SourceDocument],
    resolution: &Resolution,
    mentions: &[Mention],
    members: &[usize],
) -> CanonicalEvent {
    let ms: Vec<&Mention> = members.iter().map(|i| &mentions[*i]).collect();
    let first = ms[0].event;
    let mut event = first.clone();
    event.id = format!(
        "ev:{}",
        ms.iter()
            .map(|m| m.event.id.as_str())
            .min()
            .unwrap_or(first.id.as_str())
    );
    event.mode = ms
        .iter()
        .filter_map(|m| m.event.mode.clone())
        .max_by_key(|mode| usize::from(mode == "visit"));
    event.cameo = ms.iter().find_map(|m| m.event.cameo.clone());
    event.contexts = Vec::new();
    event.topics = Vec::new();
    event.topic_mentions = Vec::new();
    event.sources = Vec::new();
    event.status = if ms.iter().any(|m| m.event.status == EventStatus::Reported) {
        EventStatus::Reported
    } else {
        first.status
    };
    event.confidence = ms
        .iter()
        .map(|m| m.event.confidence)
        .fold(0.0_f32, f32::max);
    let mut claims = FieldClaims::default();

    // Participants: one actor per resolved entity; role and host by vote, the visit convention
    // (a mention that names a host) first.
    let mut actors: Vec<EventActor> = Vec::new();
    let mut votes: HashMap<String, (i32, bool)> = HashMap::new();
    for m in &ms {
        let sd = &docs[m.doc];
        let has_host = m.event.actors.iter().any(|a| a.host);
        let weight = if has_host { 2 } else { 1 };
        for a in &m.event.actors {
            let resolved = a
                .entity_id
                .as_deref()
                .and_then(|id| resolution.resolved(m.doc, id));
            let Some(r) = resolved else {
                if m.participants.is_empty() && actors.iter().all(|x| x.name != a.name) {
                    actors.push(a.clone());
                }
                continue;
            };
            claims.actors.push(claim(
                sd,
                format!("{}:{}", a.role.as_str(), r.id),
                &a.evidence,
            ));
            let vote = votes.entry(r.id.clone()).or_insert((0, false));
            vote.0 += if a.role == ParticipantRole::Actor {
                weight
            } else {
                -weight
            };
            vote.1 |= a.host;
            if actors
                .iter()
                .all(|x| x.entity_id.as_deref() != Some(r.id.as_str()))
            {
                let mut actor = a.clone();
                actor.entity_id = Some(r.id.clone());
                actor.name = r.name.clone();
                actor.country = actor.country.or_else(|| r.country.clone());
                actor.sector = actor.sector.or_else(|| r.sector.clone());
                actors.push(actor);
            }
        }
    }
    for actor in actors.iter_mut() {
        if let Some((vote, host)) = actor.entity_id.as_ref().and_then(|id| votes.get(id)) {
            actor.role = match vote.cmp(&0) {
                std::cmp::Ordering::Greater => ParticipantRole::Actor,
                std::cmp::Ordering::Less => ParticipantRole::Recipient,
                // A tie: the first source's reading stands.
                std::cmp::Ordering::Equal => actor.role,
            };
            actor.host = *host;
            if actor.host {
                actor.role = ParticipantRole::Recipient;
            }
        }
    }
    event.actors = actors;

    // Place: the most specific, best supported; the city filled from any source.
    let mut best_place: Option<&EventPlace> = None;
    for m in &ms {
        if let Some(p) = &m.event.place {
            claims
                .place
                .push(claim(&docs[m.doc], place_label(p), &p.evidence));
            let better = match best_place {
                None => true,
                Some(b) => place_score(p) > place_score(b),
            };
            if better {
                best_place = Some(p);
            }
        }
    }
    event.place = best_place.cloned().map(|mut p| {
        if p.city.is_none() {
            p.city = ms
                .iter()
                .find_map(|m| m.event.place.as_ref().and_then(|x| x.city.clone()));
        }
        if p.country.is_none() {
            p.country = ms
                .iter()
                .find_map(|m| m.event.place.as_ref().and_then(|x| x.country.clone()));
        }
        if p.lat.is_none() {
            if let Some(src) = ms.iter().find_map(|m| {
                m.event
                    .place
                    .as_ref()
                    .filter(|x| x.lat.is_some() && x.city == p.city)
            }) {
                p.lat = src.lat;
                p.lon = src.lon;
            }
        }
        p
    });

    // Date: the most precise value most sources give; stated dates before inferred ones.
    let mut best_date: Option<(u8, usize, bool, usize)> = None;
    for (i, m) in ms.iter().enumerate() {
        if let Some(d) = &m.event.date {
            claims
                .date
                .push(claim(&docs[m.doc], d.value.to_string(), &d.evidence));
            let precision = match d.precision {
                DatePrecision::Day => 2,
                DatePrecision::Month => 1,
                _ => 0,
            };
            let support = ms
                .iter()
                .filter(|o| {
                    o.date
                        .as_ref()
                        .map(|x| dates_nest(x, &d.value))
                        .unwrap_or(false)
                })
                .count();
            let key = (precision, support, !m.date_is_inferred, usize::MAX - i);
            if best_date.map(|b| key > b).unwrap_or(true) {
                best_date = Some(key);
                event.date = Some(d.clone());
            }
        }
    }
    if best_date.is_none() {
        event.date = None;
    }

    for m in &ms {
        for c in &m.event.contexts {
            if !event.contexts.contains(c) {
                event.contexts.push(c.clone());
            }
        }
        for t in &m.event.topics {
            if !event.topics.contains(t) {
                event.topics.push(t.clone());
            }
        }
        event
            .topic_mentions
            .extend(m.event.topic_mentions.iter().cloned());
        event.sources.extend(m.event.sources.iter().cloned());
        claims
            .numbers
            .extend(numbers_in_evidence(&docs[m.doc], m.event));
    }

    let doc_ids: Vec<DocId> = ms.iter().map(|m| docs[m.doc].doc.id.clone()).collect();
    let corroboration = independent_outlets(docs, &doc_ids).len();
    let mut discrepancies = Vec::new();
    if let Some(d) = date_discrepancy(&event.id, &ms, &claims.date) {
        discrepancies.push(d);
    }
    if let Some(d) = number_discrepancy(&event.id, &claims.numbers) {
        discrepancies.push(d);
    }
    CanonicalEvent {
        story_id: docs[ms[0].doc].story_id.map(str::to_string),
        corroboration,
        single_source: corroboration <= 1,
        mentions: ms.iter().map(|m| m.event.id.clone()).collect(),
        claims,
        discrepancies,
        visit: None,
        event,
    }
}

/// Day-precision dates, stated (not inferred from context), that do not agree.
fn date_discrepancy(subject: &str, ms: &[&Mention], date_claims: &[Claim]) -> Option<Discrepancy> {
    let mut values: Vec<ClaimedValue> = Vec::new();
    for (m, c) in ms.iter().filter(|m| m.date.is_some()).zip(date_claims) {
        let Some(d) = &m.date else { continue };
        if m.date_is_inferred || d.precision() != DatePrecision::Day {
            continue;
        }
        match values.iter_mut().find(|v| v.value == c.value) {
            Some(v) => v.claims.push(c.clone()),
            None => values.push(ClaimedValue {
                value: c.value.clone(),
                claims: vec![c.clone()],
            }),
        }
    }
    (values.len() > 1).then(|| Discrepancy {
        kind: "date".to_string(),
        subject: subject.to_string(),
        field: "date".to_string(),
        values,
    })
}

/// Is `word` (lower case) an English month name or abbreviation?
fn is_english_month(word: &str) -> bool {
    dossier_lexicon::month(word).is_some_and(|m| m.lang == dossier_lexicon::Lang::En)
}

/// Counted quantities stated inside the event's evidence sentences: a number written in digits
/// (not a year, not a day of a month, not a time) with the words that follow it ("12 Sri
/// Lankan naval cadets" -> "12 sri lankan naval cadets").
fn numbers_in_evidence(sd: &SourceDocument, event: &Event) -> Vec<Claim> {
    let mut out: Vec<Claim> = Vec::new();
    for span in event.sources.iter().flat_map(|s| s.evidence.iter()) {
        let text = &span.text;
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            if !bytes[i].is_ascii_digit() || (i > 0 && bytes[i - 1].is_ascii_alphanumeric()) {
                i += 1;
                continue;
            }
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            let digits = &text[start..i];
            // "4.5", "10:30", "3,000" and "2026-03-04" are not counts of things.
            if i < bytes.len()
                && matches!(bytes[i], b'.' | b':' | b',' | b'-' | b'/')
                && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
            {
                while i < bytes.len() && (bytes[i].is_ascii_digit() || b".:,-/".contains(&bytes[i]))
                {
                    i += 1;
                }
                continue;
            }
            let Ok(value) = digits.parse::<u32>() else {
                continue;
            };
            if !(1..1900).contains(&value) {
                continue;
            }
            let before = tokens(&text[..start]);
            let after = tokens(&text[i..]);
            let next_is_month = after.first().is_some_and(|w| is_english_month(w));
            let prev_is_month = before.last().is_some_and(|w| is_english_month(w));
            if next_is_month || prev_is_month {
                continue;
            }
            let words: Vec<String> = after.into_iter().take(6).collect();
            if words.is_empty() {
                continue;
            }
            let mut label = value.to_string();
            for w in &words {
                label.push(' ');
                label.push_str(w);
            }
            // The evidence: from the number to the end of its phrase (next comma, semicolon or
            // full stop), or the sentence's end.
            let phrase_end = text[i..]
                .find([',', ';', '.'])
                .map(|k| i + k)
                .unwrap_or(text.len());
            let claim = Claim {
                doc_id: sd.doc.id.clone(),
                outlet: sd.doc.outlet.name.clone(),
                value: label,
                evidence: EvidenceSpan {
                    start: span.start + start,
                    end: span.start + phrase_end,
                    text: text[start..phrase_end].to_string(),
                },
            };
            if !out.iter().any(|c| c.evidence.start == claim.evidence.start) {
                out.push(claim);
            }
        }
    }
    out
}

fn content_words(label: &str) -> BTreeSet<String> {
    label
        .split(' ')
        .skip(1)
        .filter(|w| w.len() >= 3 && !dossier_lexicon::WordList::NumberClaimStopWords.contains(w))
        .map(|w| w.trim_end_matches('s').to_string())
        .collect()
}

/// Two sources count the same thing (the words after the number share a content word) with
/// different numbers.
pub(crate) fn number_discrepancy(subject: &str, numbers: &[Claim]) -> Option<Discrepancy> {
    for (i, a) in numbers.iter().enumerate() {
        for b in numbers.iter().skip(i + 1) {
            if a.doc_id == b.doc_id {
                continue;
            }
            let (va, vb) = (
                a.value.split(' ').next().unwrap_or(""),
                b.value.split(' ').next().unwrap_or(""),
            );
            if va == vb {
                continue;
            }
            let in_b = content_words(&b.value);
            // The thing counted: the last word of a's phrase that b's phrase also has.
            let Some(noun) = a
                .value
                .split(' ')
                .skip(1)
                .map(|w| w.trim_end_matches('s'))
                .filter(|w| in_b.contains(*w))
                .last()
                .map(str::to_string)
            else {
                continue;
            };
            let mut sides: Vec<ClaimedValue> = Vec::new();
            for c in numbers
                .iter()
                .filter(|c| content_words(&c.value).contains(&noun))
            {
                let v = c.value.split(' ').next().unwrap_or("").to_string();
                match sides.iter_mut().find(|s| s.value == v) {
                    Some(s) => s.claims.push(c.clone()),
                    None => sides.push(ClaimedValue {
                        value: v,
                        claims: vec![c.clone()],
                    }),
                }
            }
            return Some(Discrepancy {
                kind: "number".to_string(),
                subject: subject.to_string(),
                field: format!("number of {noun}s"),
                values: sides,
            });
        }
    }
    None
}
