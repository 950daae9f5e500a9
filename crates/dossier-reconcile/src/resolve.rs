//! Cross-document entity resolution: which per-document entities are one person, organisation
//! or place.
//!
//! People join when their bare names (titles, ranks and honorifics removed) are equal, or when
//! they share first and last name and one name only adds middle names to the other ("Adel
//! Bukraa" = "Adel Suleiman Bukraa"). A different first name keeps people apart even when one
//! name ends the other ("Khalifa Haftar" is not "Saddam Khalifa Haftar"). A surname alone joins
//! only when exactly one resolved person carries it. Organisations join on any shared name or
//! acronym; places on their GeoNames id or a shared name.

use crate::SourceDocument;
use dossier_model::{Claim, EntityRef, EntityType, EvidenceSpan, ResolvedEntity};
use dossier_text::names::{bare_person_name, is_latin, name_key, normalise_rank, slug};
use std::collections::{BTreeMap, HashMap};

/// Position of a per-document entity: (document index, entity index).
pub type EntityNode = (usize, usize);

/// A node index with one of its bare full names.
type NamedNode = (usize, Vec<String>);

/// The result of resolution: the resolved entities and, for every per-document entity, the
/// index of its resolved entity.
#[derive(Debug, Clone, Default)]
pub struct Resolution {
    pub entities: Vec<ResolvedEntity>,
    pub index: HashMap<EntityNode, usize>,
    /// Per document, per-document entity id -> node.
    pub by_id: Vec<HashMap<String, usize>>,
}

impl Resolution {
    /// The resolved entity of a per-document entity id in document `doc`.
    pub fn resolved(&self, doc: usize, entity_id: &str) -> Option<&ResolvedEntity> {
        let e = *self.by_id.get(doc)?.get(entity_id)?;
        let r = *self.index.get(&(doc, e))?;
        self.entities.get(r)
    }
}

struct UnionFind(Vec<usize>);

impl UnionFind {
    fn find(&mut self, mut x: usize) -> usize {
        while self.0[x] != x {
            self.0[x] = self.0[self.0[x]];
            x = self.0[x];
        }
        x
    }
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.0[hi] = lo;
        }
    }
}

/// Full (two or more token) bare names of a person entity, Latin script only.
fn person_full_names(names: &[String], name: &str) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = Vec::new();
    for n in std::iter::once(name).chain(names.iter().map(String::as_str)) {
        if !is_latin(n) {
            continue;
        }
        let bare = bare_person_name(n);
        if bare.len() >= 2 && !out.contains(&bare) {
            out.push(bare);
        }
    }
    out
}

/// `short` is `long` with some middle tokens left out, same first and last token.
fn drops_middle_names(short: &[String], long: &[String]) -> bool {
    if short.len() < 2 || short.len() >= long.len() {
        return false;
    }
    if short.first() != long.first() || short.last() != long.last() {
        return false;
    }
    let mut it = long.iter();
    short.iter().all(|t| it.any(|l| l == t))
}

/// Resolves the entities of `docs` across documents.
pub fn resolve_entities(docs: &[SourceDocument]) -> Resolution {
    let mut nodes: Vec<EntityNode> = Vec::new();
    let mut by_id: Vec<HashMap<String, usize>> = Vec::with_capacity(docs.len());
    for (d, sd) in docs.iter().enumerate() {
        let mut ids = HashMap::new();
        for (e, ent) in sd.entities.entities.iter().enumerate() {
            ids.insert(ent.id.clone(), e);
            nodes.push((d, e));
        }
        by_id.push(ids);
    }
    let mut uf = UnionFind((0..nodes.len()).collect());
    let entity = |n: EntityNode| &docs[n.0].entities.entities[n.1];

    // Exact keys: bare full names of people, names of organisations and places.
    let mut exact: HashMap<(EntityType, String), Vec<usize>> = HashMap::new();
    // First and last name of people, for middle-name variants.
    let mut first_last: HashMap<(String, String), Vec<NamedNode>> = HashMap::new();
    let mut surname_only: Vec<(usize, String)> = Vec::new();
    for (i, n) in nodes.iter().enumerate() {
        let ent = entity(*n);
        match ent.kind {
            EntityType::Person => {
                let full = person_full_names(&ent.names, &ent.name);
                if full.is_empty() {
                    let latin: Vec<&String> = ent.names.iter().filter(|x| is_latin(x)).collect();
                    if latin.is_empty() {
                        // A name in another script only: join on the exact written form.
                        exact
                            .entry((ent.kind, name_key(&ent.name)))
                            .or_default()
                            .push(i);
                    } else if let Some(last) = bare_person_name(&ent.name).last() {
                        surname_only.push((i, last.clone()));
                    }
                }
                for bare in full {
                    exact.entry((ent.kind, bare.join(" "))).or_default().push(i);
                    if let (Some(f), Some(l)) = (bare.first(), bare.last()) {
                        first_last
                            .entry((f.clone(), l.clone()))
                            .or_default()
                            .push((i, bare.clone()));
                    }
                }
            }
            EntityType::Place => {
                if let Some(gid) = ent.place.as_ref().and_then(|p| p.geonames_id) {
                    exact
                        .entry((ent.kind, format!("geonames:{gid}")))
                        .or_default()
                        .push(i);
                }
                for name in std::iter::once(&ent.name).chain(ent.names.iter()) {
                    let key = name_key(name);
                    if !key.is_empty() {
                        exact.entry((ent.kind, key)).or_default().push(i);
                    }
                }
            }
            EntityType::Organisation | EntityType::Misc => {
                for name in std::iter::once(&ent.name).chain(ent.names.iter()) {
                    let key = name_key(name);
                    if !key.is_empty() {
                        exact.entry((ent.kind, key)).or_default().push(i);
                    }
                }
            }
        }
    }
    for group in exact.values() {
        for w in group.windows(2) {
            uf.union(w[0], w[1]);
        }
    }
    for group in first_last.values() {
        for (a, (ia, na)) in group.iter().enumerate() {
            for (ib, nb) in group.iter().skip(a + 1) {
                if drops_middle_names(na, nb) || drops_middle_names(nb, na) {
                    uf.union(*ia, *ib);
                }
            }
        }
    }
    // A surname alone joins the one resolved person who carries it, if there is exactly one.
    let mut by_surname: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, n) in nodes.iter().enumerate() {
        let ent = entity(*n);
        if ent.kind != EntityType::Person {
            continue;
        }
        for bare in person_full_names(&ent.names, &ent.name) {
            if let Some(last) = bare.last() {
                let root = uf.find(i);
                let roots = by_surname.entry(last.clone()).or_default();
                if !roots.contains(&root) {
                    roots.push(root);
                }
            }
        }
    }
    for (i, last) in &surname_only {
        if let Some(roots) = by_surname.get(last) {
            let mut distinct: Vec<usize> = roots.iter().map(|r| uf.find(*r)).collect();
            distinct.sort_unstable();
            distinct.dedup();
            if distinct.len() == 1 {
                uf.union(*i, distinct[0]);
            }
        }
    }

    // Collect groups in a deterministic order (first node of each group).
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..nodes.len() {
        let root = uf.find(i);
        groups.entry(root).or_default().push(i);
    }
    let mut entities = Vec::with_capacity(groups.len());
    let mut index = HashMap::new();
    let mut used_ids: HashMap<String, usize> = HashMap::new();
    for members in groups.values() {
        let resolved = build_entity(docs, members.iter().map(|m| nodes[*m]).collect());
        let mut resolved = resolved;
        let count = used_ids.entry(resolved.id.clone()).or_insert(0);
        *count += 1;
        if *count > 1 {
            resolved.id = format!("{}-{}", resolved.id, count);
        }
        for m in members {
            index.insert(nodes[*m], entities.len());
        }
        entities.push(resolved);
    }
    Resolution {
        entities,
        index,
        by_id,
    }
}

fn most_common(values: impl Iterator<Item = String>) -> Option<String> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for v in values {
        match counts.iter_mut().find(|(k, _)| *k == v) {
            Some((_, c)) => *c += 1,
            None => counts.push((v, 1)),
        }
    }
    counts
        .into_iter()
        .enumerate()
        .max_by(|(ia, (_, ca)), (ib, (_, cb))| ca.cmp(cb).then(ib.cmp(ia)))
        .map(|(_, (v, _))| v)
}

fn outlet_of(sd: &SourceDocument) -> Option<String> {
    sd.doc.outlet.name.clone()
}

fn build_entity(docs: &[SourceDocument], members: Vec<EntityNode>) -> ResolvedEntity {
    let first = &docs[members[0].0].entities.entities[members[0].1];
    let kind = first.kind;
    // The fullest Latin name: most bare tokens for people, longest otherwise.
    let mut best_name = first.name.clone();
    let mut best_score = (0usize, 0usize, 0usize);
    let mut names: Vec<String> = Vec::new();
    let mut name_docs: HashMap<String, usize> = HashMap::new();
    for (d, e) in &members {
        let ent = &docs[*d].entities.entities[*e];
        for n in std::iter::once(&ent.name).chain(ent.names.iter()) {
            if !names.contains(n) {
                names.push(n.clone());
            }
        }
        *name_docs.entry(ent.name.clone()).or_insert(0) += 1;
    }
    for (d, e) in &members {
        let ent = &docs[*d].entities.entities[*e];
        let latin = usize::from(is_latin(&ent.name));
        let length = match kind {
            EntityType::Person => bare_person_name(&ent.name).len(),
            _ => ent.name.chars().count(),
        };
        let support = name_docs.get(&ent.name).copied().unwrap_or(0);
        let score = (latin, length, support);
        if score > best_score {
            best_score = score;
            best_name = ent.name.clone();
        }
    }
    let prefix = match kind {
        EntityType::Person => "person",
        EntityType::Organisation => "org",
        EntityType::Place => "place",
        EntityType::Misc => "misc",
    };
    let id_name = match kind {
        EntityType::Person => bare_person_name(&best_name).join(" "),
        _ => best_name.clone(),
    };
    let country = most_common(members.iter().filter_map(|(d, e)| {
        docs[*d].entities.entities[*e].country.clone().or_else(|| {
            docs[*d].entities.entities[*e]
                .place
                .as_ref()?
                .country
                .clone()
        })
    }));
    let sector = most_common(
        members
            .iter()
            .filter_map(|(d, e)| docs[*d].entities.entities[*e].sector.clone()),
    );
    let mut ranks: Vec<Claim> = Vec::new();
    let mut roles: Vec<Claim> = Vec::new();
    for (d, e) in &members {
        let sd = &docs[*d];
        let ent = &sd.entities.entities[*e];
        for role in &ent.roles {
            if role.source != dossier_model::RoleSource::Text {
                continue;
            }
            let evidence = EvidenceSpan {
                start: role.evidence.start,
                end: role.evidence.end,
                text: role.evidence.text.clone(),
            };
            if let Some(rank) = &role.rank {
                let value = normalise_rank(rank);
                if !ranks
                    .iter()
                    .any(|c| c.doc_id == sd.doc.id && c.value == value)
                {
                    ranks.push(Claim {
                        doc_id: sd.doc.id.clone(),
                        outlet: outlet_of(sd),
                        value,
                        evidence: evidence.clone(),
                    });
                }
            }
            if let Some(r) = &role.role {
                if !roles.iter().any(|c| c.doc_id == sd.doc.id && &c.value == r) {
                    roles.push(Claim {
                        doc_id: sd.doc.id.clone(),
                        outlet: outlet_of(sd),
                        value: r.clone(),
                        evidence,
                    });
                }
            }
        }
    }
    let mut docs_seen: Vec<usize> = members.iter().map(|(d, _)| *d).collect();
    docs_seen.sort_unstable();
    docs_seen.dedup();
    ResolvedEntity {
        id: format!("{prefix}:{}", slug(&id_name)),
        kind,
        name: best_name,
        names,
        country,
        sector,
        ranks,
        roles,
        members: members
            .iter()
            .map(|(d, e)| EntityRef {
                doc_id: docs[*d].doc.id.clone(),
                entity_id: docs[*d].entities.entities[*e].id.clone(),
            })
            .collect(),
        documents: docs_seen.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<String> {
        s.split(' ').map(str::to_string).collect()
    }

    #[test]
    fn middle_names_may_drop_first_names_may_not() {
        assert!(drops_middle_names(
            &toks("adel bukraa"),
            &toks("adel suleiman bukraa")
        ));
        assert!(!drops_middle_names(
            &toks("suleiman bukraa"),
            &toks("adel suleiman bukraa")
        ));
        assert!(!drops_middle_names(
            &toks("khalifa haftar"),
            &toks("saddam khalifa haftar")
        ));
    }
}
