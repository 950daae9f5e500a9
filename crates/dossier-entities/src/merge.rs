//! Combining the recognisers' mentions into one entity list per document.

use crate::mention;
use dossier_actors::{
    find_org_mentions_with, find_person_mentions_with, link_mentions, ActorLexicon, OrgMention,
};
use dossier_gazetteer::{Gazetteer, ResolveContext};
use dossier_model::{Document, Entity, EntityType, Mention, PartialDate, PlaceInfo, Span};
use dossier_ner::{NerLabel, NerModel};
use std::collections::BTreeMap;

/// A statistical mention with an absolute body span.
#[derive(Debug, Clone, PartialEq)]
pub struct NerHit {
    pub span: Span,
    pub label: NerLabel,
    pub score: f32,
}

/// Runs the statistical recogniser over the English paragraphs of a document (embedded posts
/// excluded: they are another author's text) and returns mentions with body spans.
pub fn ner_mentions(doc: &Document) -> Vec<NerHit> {
    let model = NerModel::load_default();
    let mut out = Vec::new();
    for p in &doc.paragraphs {
        if p.lang != "en" || p.post.is_some() {
            continue;
        }
        let Some(text) = doc.body.get(p.span.start..p.span.end) else {
            continue;
        };
        for m in model.recognise(text) {
            out.push(NerHit {
                span: Span::new(p.span.start + m.span.start, p.span.start + m.span.end),
                label: m.label,
                score: m.score,
            });
        }
    }
    out
}

fn overlaps_any(span: &Span, others: &[Span]) -> bool {
    others.iter().any(|o| o.overlaps(span))
}

/// Entities of one document: people (rules + NER names, linked), organisations (rules, then
/// NER organisations the rules missed), places and other names from the NER.
pub(crate) fn entities(doc: &Document, ner: &[NerHit], anchor: Option<PartialDate>) -> Vec<Entity> {
    let lex = ActorLexicon::embedded();
    let body = &doc.body;
    let per_spans: Vec<Span> = ner
        .iter()
        .filter(|h| h.label == NerLabel::Per)
        .map(|h| h.span)
        .collect();
    let persons = find_person_mentions_with(lex, body, anchor, &per_spans);
    let clusters = link_mentions(&persons);
    let mut out: Vec<Entity> = Vec::new();
    let mut taken: Vec<Span> = persons.iter().filter_map(|p| p.name_span).collect();
    for cluster in &clusters {
        if cluster.name.is_none() {
            // Only role references ("the naval chief") with no named holder: nothing to report.
            continue;
        }
        out.push(cluster.to_entity(&persons, &doc.id, body, anchor));
    }

    let orgs = find_org_mentions_with(lex, body);
    out.extend(org_entities(doc, &orgs));
    taken.extend(orgs.iter().map(|o| o.span));

    let (places, place_spans) = place_entities(doc, &taken, &out);
    out.extend(places);
    taken.extend(place_spans);

    // What the statistical recogniser found that the rules did not.
    let mut groups: BTreeMap<(EntityType, String), Vec<Span>> = BTreeMap::new();
    for hit in ner {
        if overlaps_any(&hit.span, &taken) {
            continue;
        }
        let kind = match hit.label {
            NerLabel::Per => continue,
            NerLabel::Org => EntityType::Organisation,
            NerLabel::Loc => EntityType::Place,
            NerLabel::Misc => EntityType::Misc,
        };
        let text = body.get(hit.span.start..hit.span.end).unwrap_or("");
        let key = normalise_name(text);
        if key.is_empty() {
            continue;
        }
        groups.entry((kind, key)).or_default().push(hit.span);
    }
    for ((kind, _), spans) in groups {
        let mentions: Vec<Mention> = spans.iter().map(|s| mention(doc, s.start, s.end)).collect();
        let names = surface_forms(&mentions);
        let name = names.first().cloned().unwrap_or_default();
        let country = country_of_phrase(lex, &name);
        out.push(Entity {
            id: String::new(),
            kind,
            name,
            names,
            country: country.map(str::to_string),
            sector: None,
            actor_code: None,
            roles: Vec::new(),
            place: None,
            mentions,
        });
    }
    for (n, e) in out.iter_mut().enumerate() {
        e.id = format!("{}:{n}", doc.id);
    }
    out
}

/// Places (gazetteer toponyms resolved in the document's context) and facilities tied to their
/// city, as entities; also returns every span they cover (demonyms included, which give a
/// country but are not places themselves).
fn place_entities(doc: &Document, taken: &[Span], so_far: &[Entity]) -> (Vec<Entity>, Vec<Span>) {
    let gazetteer = Gazetteer::embedded();
    let mut hints: BTreeMap<String, f32> = BTreeMap::new();
    for e in so_far {
        if let Some(c) = &e.country {
            *hints.entry(c.clone()).or_default() += 0.5;
        }
    }
    let context = ResolveContext {
        country_hints: hints.into_iter().collect(),
        excluded_spans: taken.to_vec(),
    };
    let resolved = gazetteer.places_in(&doc.body, &context);
    let facilities = gazetteer.facilities_with(&doc.body, &resolved);
    let mut spans: Vec<Span> = Vec::new();
    let mut out: Vec<Entity> = Vec::new();

    let mut facility_entity: Vec<usize> = Vec::with_capacity(facilities.len());
    for f in &facilities {
        spans.push(f.span);
        let m = mention(doc, f.span.start, f.span.end);
        if let Some(target) = f.refers_to.and_then(|i| facility_entity.get(i).copied()) {
            if let Some(e) = out.get_mut(target) {
                push_name(&mut e.names, &m.text);
                e.mentions.push(m);
            }
            facility_entity.push(target);
            continue;
        }
        let city = f.within_city.as_ref();
        let mut names = vec![f.name.clone()];
        if let Some(a) = &f.acronym {
            push_name(&mut names, a);
        }
        push_name(&mut names, &m.text);
        let within = f
            .within_facility
            .clone()
            .or_else(|| city.map(|c| c.name.clone()));
        let (lat, lon) = city
            .and_then(|c| c.coordinates)
            .map(|c| (Some(c.lat), Some(c.lon)))
            .unwrap_or((None, None));
        facility_entity.push(out.len());
        out.push(Entity {
            id: String::new(),
            kind: EntityType::Place,
            name: f.name.clone(),
            names,
            country: f
                .country_code
                .clone()
                .or_else(|| city.and_then(|c| c.country_code.clone())),
            sector: None,
            actor_code: None,
            roles: Vec::new(),
            place: Some(PlaceInfo {
                kind: "facility".into(),
                country: f
                    .country_code
                    .clone()
                    .or_else(|| city.and_then(|c| c.country_code.clone())),
                lat,
                lon,
                // The point is the city's: the facility is located to city precision.
                precision: if lat.is_some() {
                    "city".into()
                } else {
                    "facility".into()
                },
                geonames_id: None,
                within,
                confidence: city.map(|c| c.confidence).unwrap_or(0.0),
            }),
            mentions: vec![m],
        });
    }

    let mut by_place: BTreeMap<u32, usize> = BTreeMap::new();
    for p in &resolved {
        if spans.iter().any(|s| s.contains(&p.span)) {
            continue;
        }
        spans.push(p.span);
        if p.demonym {
            continue;
        }
        let m = mention(doc, p.span.start, p.span.end);
        if let Some(&i) = by_place.get(&p.place) {
            if let Some(e) = out.get_mut(i) {
                push_name(&mut e.names, &p.surface);
                e.mentions.push(m);
            }
            continue;
        }
        by_place.insert(p.place, out.len());
        let mut names = vec![p.name.clone()];
        push_name(&mut names, &p.surface);
        out.push(Entity {
            id: String::new(),
            kind: EntityType::Place,
            name: p.name.clone(),
            names,
            country: p.country_code.clone(),
            sector: None,
            actor_code: None,
            roles: Vec::new(),
            place: Some(p.to_place_info(None)),
            mentions: vec![m],
        });
    }
    (out, spans)
}

fn push_name(names: &mut Vec<String>, name: &str) {
    let folded = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if !folded.is_empty() && !names.contains(&folded) {
        names.push(folded);
    }
}

/// Organisation mentions grouped by canonical name into entities.
fn org_entities(doc: &Document, orgs: &[OrgMention]) -> Vec<Entity> {
    let mut groups: BTreeMap<String, Vec<&OrgMention>> = BTreeMap::new();
    for o in orgs {
        let key = normalise_name(o.canonical.as_deref().unwrap_or(&o.name));
        groups.entry(key).or_default().push(o);
    }
    // An acronym used alone joins the organisation that introduced it.
    let acronyms: BTreeMap<String, String> = groups
        .iter()
        .flat_map(|(key, ms)| {
            ms.iter()
                .filter_map(|m| m.acronym.as_deref())
                .map(|a| (normalise_name(a), key.clone()))
                .collect::<Vec<_>>()
        })
        .collect();
    let mut merged: BTreeMap<String, Vec<&OrgMention>> = BTreeMap::new();
    for (key, ms) in groups {
        let target = acronyms.get(&key).cloned().unwrap_or(key);
        merged.entry(target).or_default().extend(ms);
    }
    let mut out = Vec::new();
    for (_, ms) in merged {
        let mentions: Vec<Mention> = ms
            .iter()
            .map(|m| mention(doc, m.span.start, m.span.end))
            .collect();
        let mut names = surface_forms(&mentions);
        for m in &ms {
            for extra in m.acronym.iter().chain(m.aliases.iter()) {
                if !names.contains(extra) {
                    names.push(extra.clone());
                }
            }
        }
        let name = ms
            .iter()
            .find_map(|m| m.canonical.clone())
            .or_else(|| names.first().cloned())
            .unwrap_or_default();
        if !names.contains(&name) {
            names.insert(0, name.clone());
        }
        out.push(Entity {
            id: String::new(),
            kind: EntityType::Organisation,
            name,
            names,
            country: ms
                .iter()
                .find_map(|m| m.country.as_ref().map(|c| c.value.clone())),
            sector: ms.iter().find_map(|m| m.sector.clone()),
            actor_code: ms.iter().find_map(|m| m.actor_code.clone()),
            roles: Vec::new(),
            place: None,
            mentions,
        });
    }
    out
}

/// Distinct surface forms, longest first.
fn surface_forms(mentions: &[Mention]) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for m in mentions {
        let t = m.text.split_whitespace().collect::<Vec<_>>().join(" ");
        if !t.is_empty() && !names.contains(&t) {
            names.push(t);
        }
    }
    names.sort_by(|a, b| b.chars().count().cmp(&a.chars().count()).then(a.cmp(b)));
    names
}

/// Lower case, whitespace folded, a trailing possessive removed.
fn normalise_name(s: &str) -> String {
    let folded = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let trimmed = folded
        .trim_end_matches("’s")
        .trim_end_matches("'s")
        .trim_matches(|c: char| !c.is_alphanumeric());
    trimmed.to_lowercase()
}

/// The country a name is or starts with ("Pakistan", "Pakistan Navy", "Libyan").
fn country_of_phrase(lex: &ActorLexicon, name: &str) -> Option<&'static str> {
    let lower = name.to_lowercase();
    lex.country_of_name(&lower).or_else(|| {
        lower
            .split_whitespace()
            .next()
            .and_then(|first| lex.country_of_name(first.trim_end_matches("'s")))
    })
}
