//! The story index: every article's features, weights and vector, the arrival-time stories,
//! the key and MinHash postings that find candidate stories, and the assignment of each new
//! article ([`StoryIndex::assign`]) with the merges it causes.
//!
//! Separate from the read-time passes (the consolidation, the split, the reading) because
//! those only read the index, and from the snapshot because the byte format is a concern of
//! its own. The other modules of the crate read the fields directly.

use crate::dates::{date_gap, max_date, min_date};
use crate::features::StoryFeatures;
use crate::minhash::{band_keys, minhash_similarity, NEAR_DUPLICATE_JACCARD};
use crate::tfidf::{add_vector, idf, sorted_dot, sparse_dot, unit_vector};
use crate::{StoryAssignment, StoryParams};
use chrono::NaiveDate;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use serde::{Deserialize, Serialize};

/// Terms per article used to find candidate stories.
pub(crate) const QUERY_TERMS: usize = 12;
/// A key whose posting list is longer than this is too common to find candidates with.
pub(crate) const MAX_POSTINGS: usize = 400;
/// Candidate stories scored per article (those sharing the most keys with it).
pub(crate) const MAX_CANDIDATES: usize = 50;
/// Latest articles of a story compared one by one with a new article.
const SINGLE_LINK_DOCS: usize = 30;

/// Growth of the article count (in parts per thousand) after which the idf weights and every
/// stored vector are recomputed. Geometric growth keeps the amortised cost per article flat.
const REFRESH_GROWTH_PERMILLE: usize = 20;

/// One article in the index. (Its fields, in this order, are part of the snapshot format.)
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct DocEntry {
    pub(crate) features: StoryFeatures,
    /// The story it was assigned to on arrival (or merged into since; see [`StoryIndex::live`]).
    pub(crate) story: usize,
    /// Key ids with their weight before idf (log term frequency, or the entity weight).
    pub(crate) raw: Vec<(u32, f32)>,
    /// Unit-length tf-idf vector, sorted by key id.
    pub(crate) vector: Vec<(u32, f32)>,
    /// The earlier article this one reprints.
    pub(crate) near_duplicate_of: Option<usize>,
    /// The story id last recorded as stored for this article ([`StoryIndex::record`]).
    pub(crate) recorded: Option<String>,
}

/// An article's interned keys.
struct ArticleKeys {
    /// Term ids with their log term frequency, most frequent term first.
    terms: Vec<(u32, f32)>,
    /// Entity and place key ids.
    entities: Vec<u32>,
}

/// A story as assigned on arrival. (Its fields, in this order, are part of the snapshot
/// format.)
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct StoryState {
    pub(crate) id: String,
    /// Its articles (arrival indexes), in arrival order.
    pub(crate) docs: Vec<usize>,
    /// Sum of the unit vectors of the story's articles: the dot product of an article with it,
    /// divided by the article count, is the article's mean cosine to the story (average link).
    pub(crate) sum: HashMap<u32, f32>,
    pub(crate) first: Option<NaiveDate>,
    pub(crate) last: Option<NaiveDate>,
    /// The story it was merged into, always an older one.
    pub(crate) merged_into: Option<usize>,
}

impl StoryState {
    fn new(id: String) -> Self {
        StoryState {
            id,
            docs: Vec::new(),
            sum: HashMap::default(),
            first: None,
            last: None,
            merged_into: None,
        }
    }
}

/// Incremental story clustering over an index of entity, place and term keys.
///
/// Articles are unit tf-idf vectors over terms, entities and places; an article joins the story
/// whose articles it is closest to on average (average link, computed against the story's sum
/// vector, so its cost does not depend on the story's size), and two stories merge when the
/// mean similarity between their articles reaches [`StoryParams::merge`]. Idf weights are
/// recomputed, with every stored vector, each time the collection has grown by 2%.
///
/// The fields, in this order, are the snapshot format ([`StoryIndex::to_snapshot`]).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct StoryIndex {
    pub(crate) params: StoryParams,
    /// Articles in arrival order.
    pub(crate) docs: Vec<DocEntry>,
    /// Arrival index of each article id.
    pub(crate) by_id: HashMap<String, usize>,
    /// Stories as assigned on arrival, oldest first (merged ones kept, pointing to their
    /// survivor).
    pub(crate) stories: Vec<StoryState>,
    pub(crate) key_ids: HashMap<String, u32>,
    /// Number of articles holding each key.
    pub(crate) df: Vec<u32>,
    /// Idf of each key as of the last refresh.
    pub(crate) idf: Vec<f32>,
    /// Article count at the last refresh.
    pub(crate) refreshed_at: usize,
    /// Stories listed under each key (see [`StoryIndex::posting_keys`]).
    pub(crate) postings: HashMap<u32, Vec<usize>>,
    /// Articles listed under each MinHash band key.
    pub(crate) bands: HashMap<(usize, u64), Vec<usize>>,
}

impl StoryIndex {
    /// An empty index with default thresholds.
    pub fn new() -> Self {
        StoryIndex::with_params(StoryParams::default())
    }

    /// An empty index with these thresholds.
    pub fn with_params(params: StoryParams) -> Self {
        StoryIndex {
            params,
            ..StoryIndex::default()
        }
    }

    /// Rebuilds an index by assigning stored features again, in their arrival order.
    pub fn from_features(features: impl IntoIterator<Item = StoryFeatures>) -> Self {
        let mut index = StoryIndex::new();
        for f in features {
            index.assign(f);
        }
        index
    }

    /// Article ids in arrival order.
    pub fn doc_ids(&self) -> impl Iterator<Item = &str> {
        self.docs.iter().map(|d| d.features.doc_id.as_str())
    }

    /// Number of articles seen.
    pub fn len(&self) -> usize {
        self.docs.len()
    }

    /// True when no article has been assigned.
    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// The story that story `s` was merged into, following the chain, or `s` itself.
    pub(crate) fn live(&self, mut s: usize) -> usize {
        while let Some(next) = self.stories[s].merged_into {
            s = next;
        }
        s
    }

    /// The id of a key, interned on first sight.
    fn key_id(&mut self, key: &str) -> u32 {
        if let Some(id) = self.key_ids.get(key) {
            return *id;
        }
        let id = self.df.len() as u32;
        self.key_ids.insert(key.to_string(), id);
        self.df.push(0);
        id
    }

    /// Idf of a key with the document frequencies as they are now.
    fn idf_now(&self, id: u32) -> f32 {
        idf(
            self.docs.len(),
            self.df.get(id as usize).copied().unwrap_or(0),
        )
    }

    /// Idf of a key as of the last refresh (as it is now for a key new since then).
    fn idf_of(&self, id: u32) -> f32 {
        match self.idf.get(id as usize) {
            Some(w) => *w,
            None => self.idf_now(id),
        }
    }

    /// Interns the article's keys once: its terms (in the features' order, most frequent
    /// first) with their log term frequency, and its entity and place keys.
    fn intern_keys(&mut self, f: &StoryFeatures) -> ArticleKeys {
        let number_weight = self.params.number_weight;
        let terms = f
            .terms
            .iter()
            .map(|(t, c)| {
                let weight = 1.0 + (*c as f32).ln();
                let weight = if t.bytes().all(|b| b.is_ascii_digit()) {
                    weight * number_weight
                } else {
                    weight
                };
                (self.key_id(&format!("t:{t}")), weight)
            })
            .collect();
        // Interned even when not weighted: the keys still find candidate stories.
        let entities = f
            .entities
            .iter()
            .chain(f.places.iter())
            .map(|k| self.key_id(k))
            .collect();
        ArticleKeys { terms, entities }
    }

    /// The article's weights before idf, sorted by key id.
    fn raw_weights(&self, keys: &ArticleKeys) -> Vec<(u32, f32)> {
        let mut raw: HashMap<u32, f32> = keys.terms.iter().copied().collect();
        if self.params.entity_weight > 0.0 {
            for k in &keys.entities {
                raw.insert(*k, self.params.entity_weight);
            }
        }
        let mut raw: Vec<(u32, f32)> = raw.into_iter().collect();
        raw.sort_by_key(|(k, _)| *k);
        raw
    }

    /// The unit tf-idf vector of an article's weights before idf.
    fn vector_of(&self, raw: &[(u32, f32)]) -> Vec<(u32, f32)> {
        unit_vector(raw, |k| self.idf_of(k))
    }

    /// Recomputes the idf table, every article vector and every story sum.
    fn refresh(&mut self) {
        self.refreshed_at = self.docs.len();
        self.idf = (0..self.df.len() as u32).map(|k| self.idf_now(k)).collect();
        for d in 0..self.docs.len() {
            let v = self.vector_of(&self.docs[d].raw);
            self.docs[d].vector = v;
        }
        for s in 0..self.stories.len() {
            let mut sum: HashMap<u32, f32> = HashMap::default();
            for d in &self.stories[s].docs {
                add_vector(&mut sum, &self.docs[*d].vector);
            }
            self.stories[s].sum = sum;
        }
    }

    /// Factor on an article's similarity to a story for the days between them: 1, ½ beyond
    /// [`StoryParams::near_days`], 0 beyond [`StoryParams::far_days`].
    fn time_allows(&self, f: &StoryFeatures, s: &StoryState) -> f32 {
        if f.date.is_some() {
            let gap = date_gap(f.date, f.date, s.first, s.last);
            if gap > self.params.far_days {
                return 0.0;
            }
            if gap > self.params.near_days {
                return 0.5;
            }
        }
        1.0
    }

    /// Keys that find candidate stories: the entity and place keys and the article's most
    /// distinctive terms.
    fn candidate_keys(&self, keys: &ArticleKeys) -> Vec<u32> {
        let mut by_weight: Vec<(f32, u32)> = keys
            .terms
            .iter()
            .map(|(k, w)| (w * self.idf_of(*k), *k))
            .collect();
        by_weight.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        let mut out = keys.entities.clone();
        out.extend(by_weight.into_iter().take(QUERY_TERMS).map(|(_, k)| k));
        out
    }

    /// Assigns one article to a story (new or existing) and returns where it went.
    pub fn assign(&mut self, features: StoryFeatures) -> StoryAssignment {
        let doc_index = self.docs.len();
        let bands = band_keys(&features.minhash);
        // Near-duplicates first: a reprint joins the story of what it copies.
        let mut dup_of: Option<usize> = None;
        let mut seen: HashSet<usize> = HashSet::default();
        for key in &bands {
            if let Some(list) = self.bands.get(key) {
                for d in list {
                    if seen.insert(*d)
                        && minhash_similarity(&features.minhash, &self.docs[*d].features.minhash)
                            >= NEAR_DUPLICATE_JACCARD
                        && dup_of.map(|x| *d < x).unwrap_or(true)
                    {
                        dup_of = Some(*d);
                    }
                }
            }
        }
        // Document frequencies count the article itself, as in a batch tf-idf.
        let keys = self.intern_keys(&features);
        let raw = self.raw_weights(&keys);
        for (k, _) in &raw {
            self.df[*k as usize] += 1;
        }
        let vector = self.vector_of(&raw);
        let mut scored: Vec<(f32, usize)> = Vec::new();
        if dup_of.is_none() {
            // Stories sharing the most keys with the article, at most MAX_CANDIDATES of them.
            let mut shared: HashMap<usize, u32> = HashMap::default();
            for key in self.candidate_keys(&keys) {
                if let Some(list) = self.postings.get(&key) {
                    if list.len() > MAX_POSTINGS {
                        continue;
                    }
                    for s in list {
                        *shared.entry(self.live(*s)).or_insert(0) += 1;
                    }
                }
            }
            let mut ranked: Vec<(u32, usize)> = shared.into_iter().map(|(s, n)| (n, s)).collect();
            ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
            scored = ranked
                .into_iter()
                .take(MAX_CANDIDATES)
                .map(|(_, s)| {
                    let st = &self.stories[s];
                    (
                        self.similarity(&vector, st) * self.time_allows(&features, st),
                        s,
                    )
                })
                .collect();
            scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        }
        let best = scored
            .first()
            .copied()
            .filter(|(sc, _)| *sc >= self.params.join);
        let (story, score) = match (dup_of, best) {
            (Some(d), _) => (self.live(self.docs[d].story), 1.0),
            (None, Some((score, s))) => (s, score),
            (None, None) => {
                self.stories
                    .push(StoryState::new(format!("story:{}", features.doc_id)));
                (self.stories.len() - 1, 0.0)
            }
        };
        for key in bands {
            self.bands.entry(key).or_default().push(doc_index);
        }
        let post_keys = StoryIndex::posting_keys(&keys);
        self.by_id.insert(features.doc_id.clone(), doc_index);
        self.docs.push(DocEntry {
            features,
            story,
            raw,
            vector,
            near_duplicate_of: dup_of,
            recorded: None,
        });
        self.add_to_story(story, doc_index, &post_keys);
        // Other stories the article matches strongly merge into the one it joined; the oldest
        // story survives.
        let mut merged_stories = Vec::new();
        let mut target = story;
        if best.map(|(sc, _)| sc >= self.params.merge).unwrap_or(false) {
            for (sc, other) in scored {
                let other = self.live(other);
                if sc < self.params.merge || other == target {
                    continue;
                }
                let (keep, gone) = (target.min(other), target.max(other));
                merged_stories.push(self.stories[gone].id.clone());
                self.merge_story(keep, gone);
                target = keep;
            }
        }
        if self.docs.len() * 1000 >= self.refreshed_at * (1000 + REFRESH_GROWTH_PERMILLE) + 1000 {
            self.refresh();
        }
        StoryAssignment {
            story: self.stories[target].id.clone(),
            score,
            near_duplicate_of: dup_of.map(|d| self.docs[d].features.doc_id.clone()),
            merged_stories,
        }
    }

    /// Similarity of a unit article vector to a story: the mean cosine to its articles (through
    /// the story's sum vector) mixed with the cosine to the closest of its latest articles.
    fn similarity(&self, vector: &[(u32, f32)], s: &StoryState) -> f32 {
        let sl = self.params.single_link;
        let mean = if sl < 1.0 {
            sparse_dot(vector, &s.sum) / s.docs.len().max(1) as f32
        } else {
            0.0
        };
        let closest = if sl > 0.0 {
            s.docs
                .iter()
                .rev()
                .take(SINGLE_LINK_DOCS)
                .map(|d| sorted_dot(vector, &self.docs[*d].vector))
                .fold(0.0_f32, f32::max)
        } else {
            0.0
        };
        (1.0 - sl) * mean + sl * closest
    }

    /// Keys under which the article's story is listed: the entity and place keys and the
    /// article's most frequent terms.
    fn posting_keys(keys: &ArticleKeys) -> Vec<u32> {
        let mut out = keys.entities.clone();
        out.extend(keys.terms.iter().take(QUERY_TERMS * 2).map(|(k, _)| *k));
        out
    }

    /// Adds article `doc_index` to story `s` and lists the story under `post_keys`.
    fn add_to_story(&mut self, s: usize, doc_index: usize, post_keys: &[u32]) {
        let entry = &self.docs[doc_index];
        let date = entry.features.date;
        let story = &mut self.stories[s];
        story.docs.push(doc_index);
        add_vector(&mut story.sum, &entry.vector);
        if let Some(d) = date {
            story.first = Some(story.first.map_or(d, |x| x.min(d)));
            story.last = Some(story.last.map_or(d, |x| x.max(d)));
        }
        for k in post_keys {
            let list = self.postings.entry(*k).or_default();
            if list.last() != Some(&s) && list.len() <= MAX_POSTINGS {
                list.push(s);
            }
        }
    }

    /// Merges story `from` into story `into` (on arrival, for good).
    pub(crate) fn merge_story(&mut self, into: usize, from: usize) {
        let moved = std::mem::take(&mut self.stories[from].docs);
        let sum = std::mem::take(&mut self.stories[from].sum);
        let (first, last) = (self.stories[from].first, self.stories[from].last);
        self.stories[from].merged_into = Some(into);
        for d in &moved {
            self.docs[*d].story = into;
        }
        let target = &mut self.stories[into];
        target.docs.extend(moved);
        target.docs.sort_unstable();
        for (k, w) in sum {
            *target.sum.entry(k).or_insert(0.0) += w;
        }
        target.first = min_date(target.first, first);
        target.last = max_date(target.last, last);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(3019, 6, d)
    }

    fn article(id: &str, text: &str, date: Option<NaiveDate>, ents: &[&str]) -> StoryFeatures {
        StoryFeatures::from_parts(
            id,
            text,
            date,
            ents.iter().map(|s| s.to_string()).collect(),
            vec![],
        )
    }

    #[test]
    fn the_first_article_opens_a_story_named_after_it() {
        let mut index = StoryIndex::new();
        assert!(index.is_empty());
        let a = index.assign(article(
            "h1",
            "The hobbits of the Shire held a fair at Michel Delving.",
            day(1),
            &["o:shire"],
        ));
        assert_eq!(
            a,
            StoryAssignment {
                story: "story:h1".into(),
                score: 0.0,
                near_duplicate_of: None,
                merged_stories: vec![],
            }
        );
        assert_eq!(index.len(), 1);
        assert_eq!(index.doc_ids().collect::<Vec<_>>(), vec!["h1"]);
        assert_eq!(index.stories[0].first, day(1));
    }

    #[test]
    fn weights_before_idf() {
        let mut index = StoryIndex::with_params(StoryParams {
            entity_weight: 2.0,
            number_weight: 1.5,
            ..StoryParams::default()
        });
        let f = article(
            "w1",
            "Gondor paid 3019 crowns; Gondor thanked Arnor.",
            None,
            &["p:elessar"],
        );
        let keys = index.intern_keys(&f);
        let id = |index: &StoryIndex, key: &str| index.key_ids[key];
        assert_eq!(
            keys.terms,
            vec![
                (id(&index, "t:gondor"), 1.0 + 2.0_f32.ln()),
                (id(&index, "t:3019"), 1.5),
                (id(&index, "t:arnor"), 1.0),
                (id(&index, "t:crowns"), 1.0),
                (id(&index, "t:paid"), 1.0),
                (id(&index, "t:thanked"), 1.0),
            ]
        );
        assert_eq!(keys.entities, vec![id(&index, "p:elessar")]);
        let raw = index.raw_weights(&keys);
        assert!(raw.windows(2).all(|w| w[0].0 < w[1].0), "sorted by key id");
        assert!(raw.contains(&(id(&index, "p:elessar"), 2.0)));
        // Interning again gives the same ids.
        let before = index.key_ids.len();
        let again = index.intern_keys(&f);
        assert_eq!(again.terms, keys.terms);
        assert_eq!(index.key_ids.len(), before);
        // Without an entity weight the entity key finds candidates but weighs nothing.
        index.params.entity_weight = 0.0;
        let raw = index.raw_weights(&keys);
        assert_eq!(raw.len(), keys.terms.len());
    }

    #[test]
    fn idf_is_refreshed_as_the_collection_grows() {
        let mut index = StoryIndex::new();
        let texts = [
            "Bree held its autumn market under rain.",
            "The Prancing Pony in Bree brewed a new ale.",
            "Rangers passed through Bree heading south.",
            "The market of Bree closed early for the storm.",
        ];
        let mut refreshed = Vec::new();
        for (i, text) in texts.iter().enumerate() {
            index.assign(article(&format!("b{i}"), text, None, &[]));
            refreshed.push(index.refreshed_at);
        }
        // Refreshed at the first article, then each time the count grew by 2% and at least by
        // one more article.
        assert_eq!(refreshed, vec![1, 1, 3, 3]);
        let bree = index.key_ids["t:bree"];
        assert_eq!(index.df[bree as usize], 4);
        // The idf as of the refresh at three articles, not as it is now.
        assert_eq!(index.idf_of(bree), idf(3, 3));
        assert_eq!(index.idf_now(bree), idf(4, 4));
        // A key first seen since the refresh is weighed as it is now.
        let storm = index.key_ids["t:storm"];
        assert!(index.idf.len() <= storm as usize);
        assert_eq!(index.idf_of(storm), idf(4, 1));
        // Every stored vector has unit length.
        for d in &index.docs {
            let norm: f32 = d.vector.iter().map(|(_, w)| w * w).sum();
            assert!((norm - 1.0).abs() < 1e-5, "{norm}");
        }
    }

    #[test]
    fn time_scales_the_similarity() {
        let index = StoryIndex::new();
        let mut story = StoryState::new("story:s".into());
        story.first = day(1);
        story.last = day(5);
        let at = |date| index.time_allows(&article("t", "", date, &[]), &story);
        assert_eq!(at(day(3)), 1.0);
        assert_eq!(at(day(15)), 1.0);
        assert_eq!(at(day(16)), 0.5);
        assert_eq!(at(NaiveDate::from_ymd_opt(3019, 8, 4)), 0.5);
        assert_eq!(at(NaiveDate::from_ymd_opt(3019, 8, 5)), 0.0);
        assert_eq!(at(None), 1.0);
    }

    #[test]
    fn merged_stories_point_to_the_survivor() {
        let mut index = StoryIndex::with_params(StoryParams {
            join: 2.0,
            merge: 2.0,
            ..StoryParams::default()
        });
        for (i, text) in ["Rivendell", "Lothlorien", "Mirkwood"].iter().enumerate() {
            index.assign(article(&format!("e{i}"), text, day(1), &[]));
        }
        index.merge_story(1, 2);
        index.merge_story(0, 1);
        assert_eq!(index.live(2), 0);
        assert_eq!(index.live(1), 0);
        assert_eq!(index.stories[0].docs, vec![0, 1, 2]);
        assert!(index.stories[1].docs.is_empty() && index.stories[1].sum.is_empty());
        assert!(index.docs.iter().all(|d| d.story == 0));
    }

    #[test]
    fn candidate_and_posting_keys() {
        let mut index = StoryIndex::new();
        let text: Vec<String> = (0..40)
            .map(|i| format!("{} {}", 100 + i, "gondor ".repeat(i % 3)))
            .collect();
        let f = article("k1", &text.join(" "), None, &["o:white council"]);
        let keys = index.intern_keys(&f);
        let candidates = index.candidate_keys(&keys);
        assert_eq!(candidates.len(), 1 + QUERY_TERMS);
        assert_eq!(candidates[0], index.key_ids["o:white council"]);
        let posting = StoryIndex::posting_keys(&keys);
        assert_eq!(posting.len(), 1 + 2 * QUERY_TERMS);
        assert_eq!(posting[1], index.key_ids["t:gondor"]);
    }

    #[test]
    fn a_posting_list_stops_growing_past_its_cap() {
        let mut index = StoryIndex::with_params(StoryParams {
            join: 2.0,
            merge: 2.0,
            ..StoryParams::default()
        });
        for i in 0..MAX_POSTINGS + 5 {
            index.assign(article(
                &format!("n{i}"),
                &format!("{}", 1000 + i),
                None,
                &["o:shire"],
            ));
        }
        assert_eq!(index.stories.len(), MAX_POSTINGS + 5);
        let shire = index.key_ids["o:shire"];
        assert_eq!(index.postings[&shire].len(), MAX_POSTINGS + 1);
    }
}
