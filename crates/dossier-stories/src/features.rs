//! What the story clustering compares about one article: [`StoryFeatures`], built from the body
//! text (content terms, a MinHash signature) and the article's entities and places.
//!
//! Separate from the index because the features are stored with each membership and read
//! back to rebuild an index: they depend only on the article, never on the other articles.

use crate::minhash::minhash;
use chrono::NaiveDate;
use dossier_lexicon::WordList;
use dossier_model::{Document, DocumentEntities, Entity, EntityType};
use dossier_reconcile::names::{bare_person_name, is_latin, name_key, tokens};
use rustc_hash::FxHashMap as HashMap;
use serde::{Deserialize, Serialize};

/// Terms kept per article (most frequent first).
const TERMS_PER_DOC: usize = 120;

/// What the story clustering compares about one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoryFeatures {
    pub doc_id: String,
    /// Publication date, or the article's own reference date.
    pub date: Option<NaiveDate>,
    /// Content terms with their counts, most frequent first.
    pub terms: Vec<(String, u32)>,
    /// People (`p:` + surname), organisations (`o:` + name), other names (`m:`).
    pub entities: Vec<String>,
    /// Places (`l:` + name).
    pub places: Vec<String>,
    /// MinHash signature of the article's word shingles.
    pub minhash: Vec<u32>,
}

impl StoryFeatures {
    /// Features from raw parts: the body text, entity and place keys, a date.
    pub fn from_parts(
        doc_id: impl Into<String>,
        text: &str,
        date: Option<NaiveDate>,
        entities: Vec<String>,
        places: Vec<String>,
    ) -> Self {
        let words = tokens(text);
        let mut counts: HashMap<String, u32> = HashMap::default();
        for w in &words {
            // Words, and numbers of two digits or more (years, tolls, magnitudes tell two
            // stories of one kind apart).
            let word = w.chars().count() >= 3
                && w.chars().all(char::is_alphabetic)
                && !WordList::StoryStopWords.contains(w)
                && !dossier_lexicon::is_english_weekday_name(w);
            let number = w.len() >= 2 && w.chars().all(|c| c.is_ascii_digit());
            if word || number {
                *counts.entry(w.clone()).or_insert(0) += 1;
            }
        }
        let mut terms: Vec<(String, u32)> = counts.into_iter().collect();
        terms.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        terms.truncate(TERMS_PER_DOC);
        let mut entities = entities;
        entities.sort();
        entities.dedup();
        let mut places = places;
        places.sort();
        places.dedup();
        StoryFeatures {
            doc_id: doc_id.into(),
            date,
            terms,
            entities,
            places,
            minhash: minhash(&words),
        }
    }
    /// Features of a stored document and its entities.
    pub fn from_document(doc: &Document, entities: &DocumentEntities) -> Self {
        let (ents, places) = entity_keys(&entities.entities);
        let date = doc
            .published
            .value
            .and_then(|d| d.to_naive())
            .or_else(|| doc.crawled.and_then(|d| d.to_naive()));
        StoryFeatures::from_parts(doc.id.as_str(), &doc.body, date, ents, places)
    }
}

/// The entity keys (people by Latin-script surname, organisations, other names) and place keys
/// (Latin-script names only) of an article's entities, in the entities' order.
fn entity_keys(entities: &[Entity]) -> (Vec<String>, Vec<String>) {
    let mut ents = Vec::new();
    let mut places = Vec::new();
    for e in entities {
        match e.kind {
            EntityType::Person => {
                let latin = std::iter::once(&e.name)
                    .chain(e.names.iter())
                    .find(|n| is_latin(n));
                if let Some(last) = latin.and_then(|n| bare_person_name(n).pop()) {
                    ents.push(format!("p:{last}"));
                }
            }
            EntityType::Organisation => ents.push(format!("o:{}", name_key(&e.name))),
            EntityType::Misc => ents.push(format!("m:{}", name_key(&e.name))),
            EntityType::Place => {
                if is_latin(&e.name) {
                    places.push(format!("l:{}", name_key(&e.name)));
                }
            }
        }
    }
    (ents, places)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entity(kind: EntityType, name: &str, names: &[&str]) -> Entity {
        Entity {
            id: "d:1".into(),
            kind,
            name: name.into(),
            names: names.iter().map(|n| n.to_string()).collect(),
            country: None,
            sector: None,
            actor_code: None,
            roles: Vec::new(),
            place: None,
            mentions: Vec::new(),
        }
    }

    #[test]
    fn terms_are_content_words_and_numbers_most_frequent_first() {
        let f = StoryFeatures::from_parts(
            "g1",
            "The Steward of Gondor said the beacons of Gondor were lit in 3019; \
             the beacons burned 7 days. Gondor waits.",
            NaiveDate::from_ymd_opt(3019, 3, 9),
            vec![],
            vec![],
        );
        assert_eq!(
            f.terms,
            vec![
                ("gondor".to_string(), 3),
                ("beacons".to_string(), 2),
                ("3019".to_string(), 1),
                ("burned".to_string(), 1),
                ("days".to_string(), 1),
                ("lit".to_string(), 1),
                ("steward".to_string(), 1),
                ("waits".to_string(), 1),
            ]
        );
        assert_eq!(f.doc_id, "g1");
        assert_eq!(f.date, NaiveDate::from_ymd_opt(3019, 3, 9));
        assert_eq!(f.minhash.len(), crate::minhash::MINHASH_SIZE);
    }

    #[test]
    fn terms_are_capped_per_article() {
        let text: Vec<String> = (0..TERMS_PER_DOC + 30)
            .map(|i| format!("w{i:03}"))
            .collect();
        // Tokens mixing letters and digits are neither words nor numbers.
        let none = StoryFeatures::from_parts("x", &text.join(" "), None, vec![], vec![]);
        assert!(none.terms.is_empty());
        let numbers: Vec<String> = (0..TERMS_PER_DOC + 30)
            .map(|i| format!("{}", 100 + i))
            .collect();
        let f = StoryFeatures::from_parts("x", &numbers.join(" "), None, vec![], vec![]);
        assert_eq!(f.terms.len(), TERMS_PER_DOC);
        assert_eq!(f.terms[0], ("100".to_string(), 1));
    }

    #[test]
    fn entity_and_place_keys_are_sorted_and_unique() {
        let f = StoryFeatures::from_parts(
            "a",
            "Arnor",
            None,
            vec![
                "p:elessar".into(),
                "o:arnor envoy".into(),
                "p:elessar".into(),
            ],
            vec!["l:fornost".into(), "l:annuminas".into(), "l:fornost".into()],
        );
        assert_eq!(f.entities, vec!["o:arnor envoy", "p:elessar"]);
        assert_eq!(f.places, vec!["l:annuminas", "l:fornost"]);
    }

    #[test]
    fn entity_keys_by_kind() {
        let entities = [
            entity(
                EntityType::Person,
                "Элессар",
                &["Элессар", "King Elessar Telcontar"],
            ),
            entity(EntityType::Person, "Ѳеоден", &["Ѳеоден"]),
            entity(EntityType::Organisation, "The Council of Gondor", &[]),
            entity(EntityType::Misc, "Red Book", &[]),
            entity(EntityType::Place, "Minas Tirith", &[]),
            entity(EntityType::Place, "Минас Тирит", &[]),
        ];
        let (ents, places) = entity_keys(&entities);
        assert_eq!(
            ents,
            vec!["p:telcontar", "o:council of gondor", "m:red book"]
        );
        assert_eq!(places, vec!["l:minas tirith"]);
    }
}
