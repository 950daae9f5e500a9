//! Attributes a person mention takes from outside its own words: the country, sector and CAMEO
//! code of a name in the Phoenix dictionaries (valid at the document's date), and the country
//! of a single-service title from the document's organisation of that service.

use super::records::{AttrSource, Attribute, OrgMention, PersonMention};
use crate::codes::decode_cameo;
use crate::lexicon::{ActorKind, ActorLexicon};
use crate::scan::dictionary_actor;
use crate::titles::Service;
use dossier_model::PartialDate;

/// Fills country, sector and code from the Phoenix dictionary where the text gives none.
pub(super) fn dictionary_fill(
    lex: &ActorLexicon,
    m: &mut PersonMention,
    doc_date: Option<PartialDate>,
) {
    let (Some(name), Some(name_span)) = (&m.name, m.name_span) else {
        return;
    };
    if name.split(' ').count() < 2 && m.role.is_none() {
        return;
    }
    let mut keys = vec![name.to_lowercase()];
    if let Some(role) = &m.role {
        keys.push(format!(
            "{} {}",
            role.value.to_lowercase(),
            name.to_lowercase()
        ));
    }
    let Some(actor) = keys
        .iter()
        .filter(|k| k.contains(' '))
        .find_map(|k| dictionary_actor(lex, k, ActorKind::Person))
    else {
        return;
    };
    let Some(code) = actor.code_at(doc_date) else {
        return;
    };
    let decoded = decode_cameo(code);
    m.actor_code = Some(code.to_string());
    let dict = |v: &str| Attribute {
        value: v.to_string(),
        span: name_span,
        source: AttrSource::Dictionary,
    };
    if m.country.is_none() {
        m.country = decoded.country.map(dict);
    }
    if m.sector.is_none() {
        m.sector = decoded.sectors.first().map(|s| dict(s));
    }
}

/// A service title stated without a country takes the country of the document's organisation
/// of that service (`Chief of the Naval Staff` + `Pakistan Navy` -> PK), nearest first.
pub(super) fn infer_country_from_context(mentions: &mut [PersonMention], orgs: &[OrgMention]) {
    for m in mentions.iter_mut() {
        if m.country.is_some() {
            continue;
        }
        // Only a title naming one service (not a rank, which every country's forces share).
        let Some(role) = &m.role else {
            continue;
        };
        let Some(service) = crate::titles::TITLES
            .iter()
            .find(|d| d.normalised == role.value)
            .and_then(|d| d.service)
        else {
            continue;
        };
        if service == Service::Joint {
            continue;
        }
        let best = orgs
            .iter()
            .filter(|o| o.service == Some(service) && o.country.is_some())
            .min_by_key(|o| o.span.start.abs_diff(m.span.start));
        if let Some(org) = best {
            if let Some(c) = &org.country {
                m.country = Some(Attribute {
                    value: c.value.clone(),
                    span: org.span,
                    source: AttrSource::Context,
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_model::Span;

    fn person(role: &str, at: usize) -> PersonMention {
        let span = Span::new(at, at + 5);
        PersonMention {
            span,
            name_span: Some(span),
            name: Some("Tarquin Vell".into()),
            rank: None,
            role: Some(Attribute::text(role, span)),
            organisation: None,
            country: None,
            sector: None,
            service: None,
            actor_code: None,
        }
    }

    fn org(country: &str, service: Service, at: usize) -> OrgMention {
        let span = Span::new(at, at + 5);
        OrgMention {
            span,
            name: "Navy".into(),
            canonical: None,
            acronym: None,
            aliases: Vec::new(),
            country: Some(Attribute::text(country, span)),
            sector: None,
            service: Some(service),
            actor_code: None,
        }
    }

    #[test]
    fn a_service_title_takes_the_country_of_the_nearest_org_of_that_service() {
        let orgs = [
            org("LY", Service::Navy, 0),
            org("PK", Service::Navy, 90),
            org("IN", Service::Army, 100),
        ];
        let mut mentions = [
            person("Chief of the Naval Staff", 80),
            person("Chief of Defence Staff", 80),
            person("Prime Minister", 80),
        ];
        infer_country_from_context(&mut mentions, &orgs);
        let naval = mentions[0]
            .country
            .as_ref()
            .unwrap_or_else(|| panic!("a country"));
        assert_eq!(
            (naval.value.as_str(), naval.source),
            ("PK", AttrSource::Context)
        );
        assert_eq!(naval.span, orgs[1].span);
        assert!(mentions[1].country.is_none(), "a joint title");
        assert!(mentions[2].country.is_none(), "no service");
    }

    #[test]
    fn a_made_up_name_gets_nothing_from_the_dictionary() {
        let mut m = person("Prime Minister", 0);
        dictionary_fill(ActorLexicon::embedded(), &mut m, None);
        assert!(m.actor_code.is_none() && m.country.is_none() && m.sector.is_none());
    }
}
