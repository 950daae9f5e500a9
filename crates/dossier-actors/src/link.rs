//! Alias linking within one document: the mentions of one person become one cluster.
//!
//! Rules, in order:
//! 1. Mentions with a name of two words or more are clustered first, in text order. Two such
//!    names match when their last words are equal and their first words are equal once
//!    honorifics are dropped (`Syed Asim Munir` = `Asim Munir`), or one first word is the
//!    other's initial. A different first word is a different person (`Saddam Khalifa Haftar`
//!    vs `Khalifa Haftar`).
//! 2. One-word names (`Haftar`, `General Haftar`, `COAS Munir`) join a cluster whose name ends
//!    (or begins) with that word, preferring the most recently mentioned one before it, then
//!    the most mentioned.
//! 3. Role-only references (`the naval chief`, `the Libyan military leader`) join the most
//!    recent earlier cluster whose service, country and sector agree, else the first later one.
//!
//! Mentions whose rank, country or sector conflict with a cluster never join it.

use crate::mentions::{AttrSource, Attribute, PersonMention};
use crate::titles::{Service, HONORIFICS, NAME_PARTICLES};
use dossier_model::{DocId, Entity, EntityType, Mention, PartialDate, Role, RoleSource};
use dossier_text::names::ranks_compatible;
use dossier_text::token::name_words;
use serde::{Deserialize, Serialize};

/// The mentions of one person in one document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntityCluster {
    /// Index of the cluster in the returned list.
    pub id: usize,
    /// The fullest name (`Lieutenant General` aside): `Saddam Khalifa Haftar`.
    pub name: Option<String>,
    /// Every distinct name and titled form, fullest first.
    pub names: Vec<String>,
    /// Indices into the mentions given to [`link_mentions`], in text order.
    pub mentions: Vec<usize>,
    pub rank: Option<Attribute>,
    pub role: Option<Attribute>,
    pub organisation: Option<Attribute>,
    pub country: Option<Attribute>,
    pub sector: Option<Attribute>,
    pub service: Option<Service>,
    pub actor_code: Option<String>,
}

/// The lower-case words of a name without particles (`bin`, `al`, ...).
fn significant_words(name: &str) -> Vec<String> {
    let mut words = name_words(name);
    words.retain(|w| !NAME_PARTICLES.contains(&w.as_str()));
    words
}

fn core_words(name: &str) -> Vec<String> {
    let w = significant_words(name);
    let start = w
        .iter()
        .position(|x| !HONORIFICS.contains(&x.as_str()))
        .unwrap_or(0);
    w[start..].to_vec()
}

/// Two multi-word names of one person.
fn full_names_match(a: &str, b: &str) -> bool {
    let (a, b) = (core_words(a), core_words(b));
    let (Some(al), Some(bl)) = (a.last(), b.last()) else {
        return false;
    };
    if al != bl {
        return false;
    }
    let (af, bf) = (&a[0], &b[0]);
    if af == bf {
        return true;
    }
    let initial = |x: &str, y: &str| x.chars().count() == 1 && y.starts_with(x);
    initial(af, bf) || initial(bf, af)
}

/// A one-word name used for a person with a fuller name.
fn short_name_matches(short: &str, full: &str) -> bool {
    let s = significant_words(short);
    let f = core_words(full);
    match (s.as_slice(), f.last()) {
        ([w], Some(last)) => w == last,
        _ => false,
    }
}

fn compatible(c: &EntityCluster, m: &PersonMention) -> bool {
    let conflict = |x: &Option<Attribute>, y: &Option<Attribute>| match (x, y) {
        (Some(x), Some(y)) => {
            x.source != AttrSource::Dictionary
                && y.source != AttrSource::Dictionary
                && x.value != y.value
        }
        _ => false,
    };
    if conflict(&c.country, &m.country) {
        return false;
    }
    if let (Some(a), Some(b)) = (&c.rank, &m.rank) {
        if !ranks_compatible(&a.value, &b.value) {
            return false;
        }
    }
    if let (Some(a), Some(b)) = (&c.sector, &m.sector) {
        if a.value != b.value && m.name.is_none() {
            return false;
        }
    }
    if m.name.is_none() {
        if let Some(s) = m.service {
            if s != Service::Joint && c.service.is_some_and(|cs| cs != s && cs != Service::Joint) {
                return false;
            }
            if s != Service::Joint && c.service.is_none() {
                return false;
            }
        }
        if m.country.is_some() && c.country.is_none() {
            return false;
        }
        if c.name.is_none() {
            return false;
        }
    }
    true
}

fn better(current: &Option<Attribute>, new: &Option<Attribute>) -> bool {
    match (current, new) {
        (None, Some(_)) => true,
        (Some(c), Some(n)) => rank_source(n.source) < rank_source(c.source),
        _ => false,
    }
}

fn rank_source(s: AttrSource) -> u8 {
    match s {
        AttrSource::Text => 0,
        AttrSource::Context => 1,
        AttrSource::Dictionary => 2,
    }
}

fn absorb(c: &mut EntityCluster, idx: usize, m: &PersonMention) {
    c.mentions.push(idx);
    for (slot, new) in [
        (&mut c.rank, &m.rank),
        (&mut c.role, &m.role),
        (&mut c.organisation, &m.organisation),
        (&mut c.country, &m.country),
        (&mut c.sector, &m.sector),
    ] {
        if better(slot, new) {
            *slot = new.clone();
        }
    }
    // A specific service wins over a joint one.
    if let Some(s) = m.service {
        if c.service.is_none() || c.service == Some(Service::Joint) {
            c.service = Some(s);
        }
    }
    if c.actor_code.is_none() {
        c.actor_code = m.actor_code.clone();
    }
    if let Some(n) = &m.name {
        let longer = c
            .name
            .as_ref()
            .is_none_or(|cur| n.split(' ').count() > cur.split(' ').count());
        if longer {
            c.name = Some(n.clone());
        }
    }
}

fn new_cluster(idx: usize, m: &PersonMention) -> EntityCluster {
    let mut c = EntityCluster {
        id: 0,
        name: None,
        names: Vec::new(),
        mentions: Vec::new(),
        rank: None,
        role: None,
        organisation: None,
        country: None,
        sector: None,
        service: None,
        actor_code: None,
    };
    absorb(&mut c, idx, m);
    c
}

/// Groups the mentions of one document into entities (see the module rules).
pub fn link_mentions(mentions: &[PersonMention]) -> Vec<EntityCluster> {
    let mut clusters: Vec<EntityCluster> = Vec::new();
    let multi = |m: &PersonMention| m.name.as_ref().is_some_and(|n| core_words(n).len() >= 2);
    // 1. Full names.
    for (idx, m) in mentions.iter().enumerate().filter(|(_, m)| multi(m)) {
        let name = m.name.as_deref().unwrap_or("");
        let found = clusters.iter().position(|c| {
            c.name.as_deref().is_some_and(|n| full_names_match(n, name)) && compatible(c, m)
        });
        match found {
            Some(k) => absorb(&mut clusters[k], idx, m),
            None => clusters.push(new_cluster(idx, m)),
        }
    }
    // 2. One-word names.
    for (idx, m) in mentions.iter().enumerate() {
        let Some(name) = &m.name else { continue };
        if multi(m) {
            continue;
        }
        let pick = pick_cluster(&clusters, mentions, m, |c| {
            c.name
                .as_deref()
                .is_some_and(|n| short_name_matches(name, n) || core_words(n) == core_words(name))
                && compatible(c, m)
        });
        match pick {
            Some(k) => absorb(&mut clusters[k], idx, m),
            None => clusters.push(new_cluster(idx, m)),
        }
    }
    // 3. Role-only references.
    for (idx, m) in mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.name.is_none())
    {
        let pick = pick_cluster(&clusters, mentions, m, |c| {
            compatible(c, m) && role_fits(c, m)
        });
        match pick {
            Some(k) => absorb(&mut clusters[k], idx, m),
            None => clusters.push(new_cluster(idx, m)),
        }
    }
    for (id, c) in clusters.iter_mut().enumerate() {
        c.id = id;
        c.mentions.sort_unstable();
        c.names = cluster_names(c, mentions);
    }
    clusters.sort_by_key(|c| c.mentions.first().copied().unwrap_or(usize::MAX));
    for (id, c) in clusters.iter_mut().enumerate() {
        c.id = id;
    }
    clusters
}

/// A role-only reference fits a cluster whose service, country or sector it names.
fn role_fits(c: &EntityCluster, m: &PersonMention) -> bool {
    let service_ok = match m.service {
        Some(s) if s != Service::Joint => c.service == Some(s),
        _ => true,
    };
    let country_ok = match (&m.country, &c.country) {
        (Some(a), Some(b)) => a.value == b.value,
        (Some(_), None) => false,
        _ => true,
    };
    let sector_ok = match (&m.sector, &c.sector) {
        (Some(a), Some(b)) => a.value == b.value,
        _ => true,
    };
    service_ok && country_ok && sector_ok
}

/// Among clusters passing `ok`: the one mentioned most recently before `m`, else the first
/// mentioned after it; ties broken by the number of mentions.
fn pick_cluster(
    clusters: &[EntityCluster],
    mentions: &[PersonMention],
    m: &PersonMention,
    ok: impl Fn(&EntityCluster) -> bool,
) -> Option<usize> {
    let pos = m.span.start;
    let last_before = |c: &EntityCluster| {
        c.mentions
            .iter()
            .filter_map(|&i| mentions.get(i))
            .filter(|x| x.span.start < pos)
            .map(|x| x.span.start)
            .max()
    };
    let first_after = |c: &EntityCluster| {
        c.mentions
            .iter()
            .filter_map(|&i| mentions.get(i))
            .map(|x| x.span.start)
            .min()
            .unwrap_or(usize::MAX)
    };
    let candidates: Vec<usize> = (0..clusters.len()).filter(|&k| ok(&clusters[k])).collect();
    let before = candidates
        .iter()
        .filter_map(|&k| last_before(&clusters[k]).map(|p| (p, clusters[k].mentions.len(), k)))
        .max();
    if let Some((_, _, k)) = before {
        return Some(k);
    }
    candidates
        .iter()
        .map(|&k| {
            (
                first_after(&clusters[k]),
                std::cmp::Reverse(clusters[k].mentions.len()),
                k,
            )
        })
        .min()
        .map(|(_, _, k)| k)
}

/// Names and titled forms of a cluster, fullest first, without duplicates.
fn cluster_names(c: &EntityCluster, mentions: &[PersonMention]) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for &i in &c.mentions {
        let Some(m) = mentions.get(i) else { continue };
        let Some(n) = &m.name else { continue };
        let mut forms = vec![n.clone()];
        if let Some(r) = &m.rank {
            forms.push(format!("{} {}", r.value, n));
        } else if let (Some(role), Some(ns)) = (&m.role, m.name_span) {
            // `Prime Minister Shehbaz Sharif`: a title written right before the name.
            if role.span.end <= ns.start && ns.start - role.span.end <= 1 {
                forms.push(format!("{} {}", role.value, n));
            }
        }
        for f in forms {
            if !names.contains(&f) {
                names.push(f);
            }
        }
    }
    names.sort_by(|a, b| {
        b.split(' ')
            .count()
            .cmp(&a.split(' ').count())
            .then(a.cmp(b))
    });
    names
}

impl EntityCluster {
    /// The cluster as a model [`Entity`], with one [`Role`] per mention that states a rank or
    /// role, dated `doc_date`. `text` is the body the mentions index.
    pub fn to_entity(
        &self,
        mentions: &[PersonMention],
        doc_id: &DocId,
        text: &str,
        doc_date: Option<PartialDate>,
    ) -> Entity {
        let mention = |start: usize, end: usize| Mention {
            doc_id: doc_id.clone(),
            start,
            end,
            text: text.get(start..end).unwrap_or("").to_string(),
        };
        let mut roles = Vec::new();
        let mut all = Vec::new();
        for &i in &self.mentions {
            let Some(m) = mentions.get(i) else { continue };
            let s = m.name_span.unwrap_or(m.span);
            all.push(mention(s.start, s.end));
            if m.rank.is_none() && m.role.is_none() && m.actor_code.is_none() {
                continue;
            }
            let from_dict = m.rank.is_none()
                && m.role.is_none()
                && m.country
                    .as_ref()
                    .is_some_and(|c| c.source == AttrSource::Dictionary);
            roles.push(Role {
                rank: m.rank.as_ref().map(|a| a.value.clone()),
                role: m.full_role(),
                organisation: m.organisation.as_ref().map(|a| a.value.clone()),
                country: m
                    .country
                    .as_ref()
                    .or(self.country.as_ref())
                    .map(|a| a.value.clone()),
                sector: m
                    .sector
                    .as_ref()
                    .or(self.sector.as_ref())
                    .map(|a| a.value.clone()),
                date: doc_date,
                source: if from_dict {
                    RoleSource::Dictionary
                } else {
                    RoleSource::Text
                },
                evidence: mention(m.span.start, m.span.end),
            });
        }
        let country = self.country.as_ref().map(|a| a.value.clone());
        let sector = self.sector.as_ref().map(|a| a.value.clone());
        let actor_code = match (&country, &sector) {
            (Some(c), Some(s)) => crate::codes::cameo_of(c, s),
            _ => None,
        }
        .or_else(|| self.actor_code.clone());
        Entity {
            id: format!("{}:{}", doc_id, self.id),
            kind: EntityType::Person,
            name: self
                .name
                .clone()
                .or_else(|| self.role.as_ref().map(|r| r.value.clone()))
                .unwrap_or_default(),
            names: self.names.clone(),
            country,
            sector,
            actor_code,
            roles,
            place: None,
            mentions: all,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_rules() {
        assert!(full_names_match("Syed Asim Munir", "Asim Munir"));
        assert!(!full_names_match("Saddam Khalifa Haftar", "Khalifa Haftar"));
        assert!(full_names_match("A. Q. Khan", "Abdul Qadeer Khan"));
        assert!(short_name_matches("Haftar", "Saddam Khalifa Haftar"));
        assert!(!short_name_matches("Saddam", "Saddam Khalifa Haftar"));
        assert!(ranks_compatible("General", "Lieutenant General"));
        assert!(!ranks_compatible("Field Marshal", "Lieutenant General"));
    }
}
