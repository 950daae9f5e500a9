//! Stories: articles from different outlets about the same real-world events, grouped as they
//! arrive.
//!
//! Each article is reduced to [`StoryFeatures`] (content terms, people by surname, organisations,
//! places, a date, a MinHash signature of word shingles). A [`StoryIndex`] assigns each new
//! article to the best-matching story or opens a new one. Candidate stories come only from
//! inverted indexes on entity and place keys and on the article's most distinctive terms (a term
//! shared by too many stories is skipped), so the cost per article does not grow with the number
//! of stories. When an article matches two stories strongly, they are merged (the older id
//! survives), which makes the final grouping less dependent on arrival order. The stories are
//! *read* (see [`StoryIndex::stories`]) with a consolidation of small stories into a larger one
//! they are close to, then a split of any story whose two halves are far apart (two occurrences
//! of one kind of event); both are recomputed from the arrival-time stories. Reprints of
//! one wire or press release are recognised by MinHash (locality-sensitive banding, estimated
//! shingle Jaccard ≥ [`NEAR_DUPLICATE_JACCARD`]) and counted as copies of the first article.
//! Pure: no I/O.

use chrono::NaiveDate;
use dossier_model::{Document, DocumentEntities, EntityType};
use dossier_reconcile::names::{bare_person_name, is_latin, name_key, tokens};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use serde::{Deserialize, Serialize};

/// Version of the story features and clustering; stored with each membership.
pub const STORIES_VERSION: u32 = 4;

/// Estimated shingle Jaccard from which an article is a reprint of an earlier one.
pub const NEAR_DUPLICATE_JACCARD: f32 = 0.7;
const MINHASH_SIZE: usize = 128;
const MINHASH_BANDS: usize = 32;
const SHINGLE_WORDS: usize = 5;
/// Terms kept per article (most frequent first).
const TERMS_PER_DOC: usize = 120;
/// Terms per article used to find candidate stories.
const QUERY_TERMS: usize = 12;
/// A key whose posting list is longer than this is too common to find candidates with.
const MAX_POSTINGS: usize = 400;
/// Candidate stories scored per article (those sharing the most keys with it).
const MAX_CANDIDATES: usize = 50;
/// Latest articles of a story compared one by one with a new article.
const SINGLE_LINK_DOCS: usize = 30;

const STOP_WORDS: &[&str] = &[
    "the",
    "and",
    "for",
    "that",
    "with",
    "from",
    "this",
    "was",
    "were",
    "are",
    "has",
    "have",
    "had",
    "not",
    "but",
    "his",
    "her",
    "its",
    "their",
    "they",
    "them",
    "she",
    "him",
    "who",
    "which",
    "what",
    "when",
    "where",
    "will",
    "would",
    "could",
    "should",
    "been",
    "being",
    "also",
    "said",
    "says",
    "say",
    "after",
    "before",
    "into",
    "over",
    "about",
    "than",
    "then",
    "there",
    "these",
    "those",
    "other",
    "more",
    "most",
    "some",
    "such",
    "only",
    "any",
    "all",
    "one",
    "two",
    "three",
    "new",
    "year",
    "years",
    "can",
    "may",
    "did",
    "does",
    "our",
    "out",
    "off",
    "per",
    "while",
    "during",
    "since",
    "between",
    "under",
    "against",
    "told",
    "just",
    "like",
    "very",
    "because",
    "both",
    "each",
    "many",
    "much",
    "well",
    "even",
    "still",
    "how",
    "why",
    "you",
    "your",
    "yours",
    "yesterday",
    "today",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "week",
    "month",
    "time",
    "first",
    "last",
    "people",
    "according",
    "including",
    "made",
    "make",
    "take",
    "took",
    "get",
    "got",
    "back",
    "now",
    "here",
    "way",
];

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

fn mix(mut x: u64) -> u64 {
    // splitmix64 finaliser: a fixed, well-distributed 64-bit mix.
    x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

fn hash_str(s: &str) -> u64 {
    // FNV-1a, then mixed.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.as_bytes() {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    mix(h)
}

/// MinHash signature of the word shingles of `words`.
pub fn minhash(words: &[String]) -> Vec<u32> {
    let mut sig = vec![u32::MAX; MINHASH_SIZE];
    if words.is_empty() {
        return sig;
    }
    let width = SHINGLE_WORDS.min(words.len());
    for w in words.windows(width) {
        let h = hash_str(&w.join(" "));
        for (i, slot) in sig.iter_mut().enumerate() {
            let v = (mix(h ^ (i as u64).wrapping_mul(0x9E37_79B9)) >> 32) as u32;
            if v < *slot {
                *slot = v;
            }
        }
    }
    sig
}

/// Estimated Jaccard similarity of two MinHash signatures.
pub fn minhash_similarity(a: &[u32], b: &[u32]) -> f32 {
    if a.is_empty() || a.len() != b.len() {
        return 0.0;
    }
    let same = a.iter().zip(b).filter(|(x, y)| x == y).count();
    same as f32 / a.len() as f32
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
                && !STOP_WORDS.contains(&w.as_str());
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
        let mut ents = Vec::new();
        let mut places = Vec::new();
        for e in &entities.entities {
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
        let date = doc
            .published
            .value
            .and_then(|d| d.to_naive())
            .or_else(|| doc.crawled.and_then(|d| d.to_naive()));
        StoryFeatures::from_parts(doc.id.as_str(), &doc.body, date, ents, places)
    }
}

/// Where an article went.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoryAssignment {
    pub story: String,
    /// Similarity to the story it joined (0 for a new story, 1 for a reprint).
    pub score: f32,
    /// The earlier article this one reprints, if any.
    pub near_duplicate_of: Option<String>,
    /// Stories merged into `story` because this article joined them (their ids).
    pub merged_stories: Vec<String>,
}

/// A story: its id and its articles in arrival order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Story {
    pub id: String,
    pub doc_ids: Vec<String>,
}

/// Thresholds of the clustering.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct StoryParams {
    /// Mean similarity to a story's articles from which an article joins it.
    pub join: f32,
    /// Mean similarity between the articles of two stories from which they merge.
    pub merge: f32,
    /// Weight of an entity or place key against a term seen once in the article vector (0:
    /// terms only).
    pub entity_weight: f32,
    /// Factor on the weight of a number term (a year, a toll, a magnitude, a score): two
    /// occurrences of one kind of event share their words but rarely their numbers.
    pub number_weight: f32,
    /// Weight of the closest single article of a story against the mean of its articles.
    pub single_link: f32,
    /// Days between an article and a story beyond which the similarity is halved.
    pub near_days: i64,
    /// Days beyond which an article never joins the story.
    pub far_days: i64,
    /// A story of at most this many articles is read as part of a larger story (see
    /// [`StoryIndex::stories`]) when it is close enough to it; 0 turns this off.
    pub absorb_max_docs: usize,
    /// Share of a larger story's own cohesion (mean cosine between its articles) that the mean
    /// cosine between a small story's articles and its articles must reach.
    pub absorb_ratio: f32,
    /// Mean cosine below which a small story is never read as part of another.
    pub absorb_floor: f32,
    /// A story (as read after the consolidation) is read as two stories when its best
    /// bisection (Ward) leaves the mean cosine between the two parts below this share of the
    /// mean cosine inside them; 0 turns this off. Two occurrences of one kind of event (two
    /// earthquakes, two fights of one boxer) share most of their vocabulary but each part is
    /// much closer to itself than to the other.
    pub split_ratio: f32,
    /// Fewest articles each part of a split must have.
    pub split_min_part: usize,
}

impl Default for StoryParams {
    fn default() -> Self {
        StoryParams {
            join: 0.28,
            merge: 0.35,
            entity_weight: 2.0,
            number_weight: 1.5,
            single_link: 0.5,
            near_days: 10,
            far_days: 60,
            absorb_max_docs: 8,
            absorb_ratio: 0.3,
            absorb_floor: 0.06,
            split_ratio: 0.5,
            split_min_part: 5,
        }
    }
}

/// Growth of the article count (in parts per thousand) after which the idf weights and every
/// stored vector are recomputed. Geometric growth keeps the amortised cost per article flat.
const REFRESH_GROWTH_PERMILLE: usize = 20;

#[derive(Debug, Clone, Serialize, Deserialize)]
struct DocEntry {
    features: StoryFeatures,
    story: usize,
    /// Key ids with their weight before idf (log term frequency, or the entity weight).
    raw: Vec<(u32, f32)>,
    /// Unit-length tf-idf vector, sorted by key id.
    vector: Vec<(u32, f32)>,
    /// The earlier article this one reprints.
    near_duplicate_of: Option<usize>,
    /// The story id last recorded as stored for this article ([`StoryIndex::record`]).
    recorded: Option<String>,
}

/// A story grown by the read-time consolidation: the sum of its articles' vectors, their
/// count and date range.
struct Group {
    sum: HashMap<u32, f32>,
    docs: usize,
    first: Option<NaiveDate>,
    last: Option<NaiveDate>,
}

/// A story as the consolidation sees it (see [`StoryIndex::group`]).
struct GroupView<'a> {
    sum: &'a HashMap<u32, f32>,
    docs: usize,
    first: Option<NaiveDate>,
    last: Option<NaiveDate>,
}

impl GroupView<'_> {
    fn to_group(&self) -> Group {
        Group {
            sum: self.sum.clone(),
            docs: self.docs,
            first: self.first,
            last: self.last,
        }
    }
}

/// Stories larger than this are never split when read (the bisection costs the square of the
/// story's size in similarities and its cube in steps).
const SPLIT_MAX_DOCS: usize = 200;

/// The stories as read now.
struct Reading {
    /// Per article (arrival index), the index of its story in `stories`.
    of_doc: Vec<usize>,
    /// Story id and articles (arrival indexes, in arrival order), oldest story first.
    stories: Vec<(String, Vec<usize>)>,
}

/// Ward's agglomerative clustering of `n` unit vectors, given their cosine matrix (row-major),
/// stopped at two clusters: true for the items in the cluster of item 0.
fn ward_bisection(sim: &[f32], n: usize) -> Vec<bool> {
    // Squared Euclidean distances between unit vectors, updated by Lance-Williams.
    let mut dist: Vec<f32> = sim.iter().map(|c| (2.0 - 2.0 * c).max(0.0)).collect();
    let mut size = vec![1usize; n];
    let mut cluster: Vec<usize> = (0..n).collect();
    let mut alive: Vec<usize> = (0..n).collect();
    while alive.len() > 2 {
        let mut best = (f32::INFINITY, 0, 0);
        for (x, &i) in alive.iter().enumerate() {
            for &j in &alive[x + 1..] {
                if dist[i * n + j] < best.0 {
                    best = (dist[i * n + j], i, j);
                }
            }
        }
        let (_, i, j) = best;
        let dij = dist[i * n + j];
        for &k in &alive {
            if k == i || k == j {
                continue;
            }
            let (ni, nj, nk) = (size[i] as f32, size[j] as f32, size[k] as f32);
            let d = ((ni + nk) * dist[k * n + i] + (nj + nk) * dist[k * n + j] - nk * dij)
                / (ni + nj + nk);
            dist[i * n + k] = d;
            dist[k * n + i] = d;
        }
        size[i] += size[j];
        alive.retain(|k| *k != j);
        for c in cluster.iter_mut() {
            if *c == j {
                *c = i;
            }
        }
    }
    let first = cluster[0];
    cluster.iter().map(|c| *c == first).collect()
}

/// An article's story under the current reading of the index, with what storing it needs.
#[derive(Debug, Clone, PartialEq)]
pub struct Membership {
    pub doc_id: String,
    pub story: String,
    pub near_duplicate_of: Option<String>,
    pub features: StoryFeatures,
}

/// An article's interned keys.
struct ArticleKeys {
    /// Term ids with their log term frequency, most frequent term first.
    terms: Vec<(u32, f32)>,
    /// Entity and place key ids.
    entities: Vec<u32>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct StoryState {
    id: String,
    docs: Vec<usize>,
    /// Sum of the unit vectors of the story's articles: the dot product of an article with it,
    /// divided by the article count, is the article's mean cosine to the story (average link).
    sum: HashMap<u32, f32>,
    first: Option<NaiveDate>,
    last: Option<NaiveDate>,
    merged_into: Option<usize>,
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
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct StoryIndex {
    params: StoryParams,
    docs: Vec<DocEntry>,
    by_id: HashMap<String, usize>,
    stories: Vec<StoryState>,
    key_ids: HashMap<String, u32>,
    df: Vec<u32>,
    /// Idf of each key as of the last refresh.
    idf: Vec<f32>,
    refreshed_at: usize,
    postings: HashMap<u32, Vec<usize>>,
    bands: HashMap<(usize, u64), Vec<usize>>,
}

/// The first bytes of a [`StoryIndex::to_snapshot`]: a tag, then [`STORIES_VERSION`] (little
/// endian), then the index in postcard's encoding.
const SNAPSHOT_TAG: &[u8; 8] = b"DOSSTORY";

/// Why a snapshot was not read back ([`StoryIndex::from_snapshot`]) or not written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SnapshotError(String);

impl std::fmt::Display for SnapshotError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "story index snapshot: {}", self.0)
    }
}

impl std::error::Error for SnapshotError {}

fn sparse_dot(vector: &[(u32, f32)], sum: &HashMap<u32, f32>) -> f32 {
    vector
        .iter()
        .filter_map(|(k, w)| sum.get(k).map(|s| w * s))
        .sum()
}

/// Dot product of two vectors sorted by key id.
fn sorted_dot(a: &[(u32, f32)], b: &[(u32, f32)]) -> f32 {
    let (mut i, mut j, mut dot) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                dot += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    dot
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

    /// The whole index as bytes, to be kept between runs so that the next run reads it back
    /// ([`StoryIndex::from_snapshot`]) instead of assigning every stored article again. The
    /// index read back is the same index: same stories, same answers to later articles.
    pub fn to_snapshot(&self) -> Result<Vec<u8>, SnapshotError> {
        let mut out = SNAPSHOT_TAG.to_vec();
        out.extend_from_slice(&STORIES_VERSION.to_le_bytes());
        postcard::to_extend(self, out).map_err(|e| SnapshotError(e.to_string()))
    }

    /// Reads back an index written by [`StoryIndex::to_snapshot`] of this version; other bytes
    /// (another program's, an older version's, truncated) are refused with the reason.
    pub fn from_snapshot(bytes: &[u8]) -> Result<StoryIndex, SnapshotError> {
        let head = SNAPSHOT_TAG.len();
        if bytes.len() < head + 4 || &bytes[..head] != SNAPSHOT_TAG {
            return Err(SnapshotError("not a story index snapshot".into()));
        }
        let mut version = [0u8; 4];
        version.copy_from_slice(&bytes[head..head + 4]);
        let version = u32::from_le_bytes(version);
        if version != STORIES_VERSION {
            return Err(SnapshotError(format!(
                "written by story clustering version {version}, this is version {STORIES_VERSION}"
            )));
        }
        let index: StoryIndex =
            postcard::from_bytes(&bytes[head + 4..]).map_err(|e| SnapshotError(e.to_string()))?;
        index.check()?;
        Ok(index)
    }

    /// Cheap consistency checks of an index read from bytes, so that a damaged snapshot whose
    /// encoding still parses cannot index out of bounds later.
    fn check(&self) -> Result<(), SnapshotError> {
        let bad = |what: &str| Err(SnapshotError(format!("inconsistent {what}")));
        let (docs, stories, keys) = (self.docs.len(), self.stories.len(), self.df.len());
        if self.by_id.len() != docs || self.by_id.values().any(|d| *d >= docs) {
            return bad("article ids");
        }
        if self.key_ids.len() != keys || self.key_ids.values().any(|k| *k as usize >= keys) {
            return bad("key ids");
        }
        if self.idf.len() > keys || self.refreshed_at > docs {
            return bad("idf table");
        }
        let key_ok = |v: &[(u32, f32)]| v.iter().all(|(k, _)| (*k as usize) < keys);
        for d in &self.docs {
            if d.story >= stories
                || d.near_duplicate_of.is_some_and(|o| o >= docs)
                || !key_ok(&d.raw)
                || !key_ok(&d.vector)
            {
                return bad("articles");
            }
        }
        for (i, st) in self.stories.iter().enumerate() {
            // A merge chain must end: each merge points to an older story.
            if st.docs.iter().any(|d| *d >= docs)
                || st.merged_into.is_some_and(|m| m >= i)
                || st.sum.keys().any(|k| *k as usize >= keys)
            {
                return bad("stories");
            }
        }
        if self.postings.values().flatten().any(|s| *s >= stories)
            || self.bands.values().flatten().any(|d| *d >= docs)
        {
            return bad("postings");
        }
        Ok(())
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

    fn live(&self, mut s: usize) -> usize {
        while let Some(next) = self.stories[s].merged_into {
            s = next;
        }
        s
    }

    fn key_id(&mut self, key: &str) -> u32 {
        if let Some(id) = self.key_ids.get(key) {
            return *id;
        }
        let id = self.df.len() as u32;
        self.key_ids.insert(key.to_string(), id);
        self.df.push(0);
        id
    }

    fn idf_now(&self, id: u32) -> f32 {
        let n = self.docs.len() as f32 + 1.0;
        let df = self.df.get(id as usize).copied().unwrap_or(0) as f32;
        ((n + 1.0) / (df + 1.0)).ln() + 1.0
    }

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

    fn vector_of(&self, raw: &[(u32, f32)]) -> Vec<(u32, f32)> {
        let mut v: Vec<(u32, f32)> = raw.iter().map(|(k, w)| (*k, w * self.idf_of(*k))).collect();
        let norm = v.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
        if norm > 0.0 {
            for (_, w) in &mut v {
                *w /= norm;
            }
        }
        v
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
                for (k, w) in &self.docs[*d].vector {
                    *sum.entry(*k).or_insert(0.0) += w;
                }
            }
            self.stories[s].sum = sum;
        }
    }

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

    fn band_keys(minhash: &[u32]) -> Vec<(usize, u64)> {
        let rows = MINHASH_SIZE / MINHASH_BANDS;
        if minhash.len() < MINHASH_SIZE {
            return Vec::new();
        }
        (0..MINHASH_BANDS)
            .map(|band| {
                let slice = &minhash[band * rows..(band + 1) * rows];
                (band, slice.iter().fold(0u64, |h, v| mix(h ^ u64::from(*v))))
            })
            .collect()
    }

    /// Assigns one article to a story (new or existing) and returns where it went.
    pub fn assign(&mut self, features: StoryFeatures) -> StoryAssignment {
        let doc_index = self.docs.len();
        let bands = StoryIndex::band_keys(&features.minhash);
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
                self.absorb(keep, gone);
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

    fn add_to_story(&mut self, s: usize, doc_index: usize, post_keys: &[u32]) {
        let entry = &self.docs[doc_index];
        let date = entry.features.date;
        let story = &mut self.stories[s];
        story.docs.push(doc_index);
        for (k, w) in &entry.vector {
            *story.sum.entry(*k).or_insert(0.0) += w;
        }
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

    fn absorb(&mut self, into: usize, from: usize) {
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

    /// Story `r` as the consolidation sees it: grown by absorbed stories, or as assigned.
    fn group<'a>(&'a self, grown: &'a HashMap<usize, Group>, r: usize) -> GroupView<'a> {
        match grown.get(&r) {
            Some(g) => GroupView {
                sum: &g.sum,
                docs: g.docs,
                first: g.first,
                last: g.last,
            },
            None => {
                let st = &self.stories[r];
                GroupView {
                    sum: &st.sum,
                    docs: st.docs.len(),
                    first: st.first,
                    last: st.last,
                }
            }
        }
    }

    /// The stories as read now: each story of at most [`StoryParams::absorb_max_docs`]
    /// articles whose articles are, on average, close enough to those of a larger story
    /// (cosine at least [`StoryParams::absorb_ratio`] times the larger story's own mean
    /// cosine between its articles, and at least [`StoryParams::absorb_floor`]) is read as part
    /// of the closest such story, smallest stories first, until nothing changes. Articles keep
    /// the story they were assigned on arrival; this reading is recomputed from those stories
    /// each time, so a fragment that arrived before the story it belongs to still finds it.
    /// Returns, per story index, the index of the story it is read as part of (itself when
    /// none).
    fn consolidation(&self) -> Vec<usize> {
        let n = self.stories.len();
        let mut parent: Vec<usize> = (0..n).collect();
        let max_docs = self.params.absorb_max_docs;
        if max_docs == 0 {
            return parent;
        }
        let mut grown: HashMap<usize, Group> = HashMap::default();
        let mut norms: HashMap<usize, f32> = HashMap::default();
        let live: Vec<usize> = (0..n)
            .filter(|s| self.stories[*s].merged_into.is_none() && !self.stories[*s].docs.is_empty())
            .collect();
        // A small story's answer can change only when its own group or a story it reached
        // through the postings changed since it was asked; `changed_at` stamps each change and
        // `unabsorbed` keeps, for a story that found no absorber, when it was asked and the
        // stories it reached, so later passes skip it while those stand still.
        let mut step: u64 = 0;
        let mut changed_at: Vec<u64> = vec![0; n];
        let mut unabsorbed: HashMap<usize, (u64, Vec<usize>)> = HashMap::default();
        let mut reached: HashMap<usize, u32> = HashMap::default();
        loop {
            let mut small: Vec<(usize, usize)> = live
                .iter()
                .filter(|s| parent[**s] == **s)
                .map(|s| (self.group(&grown, *s).docs, *s))
                .filter(|(k, _)| *k <= max_docs)
                .collect();
            small.sort_unstable();
            let mut changed = false;
            for (_, f) in small {
                let f_size = self.group(&grown, f).docs;
                if parent[f] != f || f_size > max_docs {
                    continue;
                }
                if let Some((asked, inputs)) = unabsorbed.get(&f) {
                    if changed_at[f] <= *asked && inputs.iter().all(|r| changed_at[*r] <= *asked) {
                        continue;
                    }
                }
                let Some(t) = self.absorber(f, &parent, &grown, &mut norms, &mut reached) else {
                    unabsorbed.insert(f, (step, reached.keys().copied().collect()));
                    continue;
                };
                unabsorbed.remove(&f);
                step += 1;
                changed_at[f] = step;
                changed_at[t] = step;
                // A small story: cloning its sum is cheap.
                let moved = grown
                    .remove(&f)
                    .unwrap_or_else(|| self.group(&grown, f).to_group());
                let target = grown
                    .entry(t)
                    .or_insert_with(|| self.group(&HashMap::default(), t).to_group());
                for (k, w) in moved.sum {
                    *target.sum.entry(k).or_insert(0.0) += w;
                }
                target.docs += moved.docs;
                target.first = min_date(target.first, moved.first);
                target.last = max_date(target.last, moved.last);
                norms.remove(&t);
                parent[f] = t;
                changed = true;
            }
            if !changed {
                break;
            }
        }
        for s in 0..n {
            let mut r = s;
            while parent[r] != r {
                r = parent[r];
            }
            parent[s] = r;
        }
        parent
    }

    /// The larger story that the small story `f` is read as part of, if
    /// any: among the stories sharing its most weighted keys, the one its articles are closest
    /// to on average, if that is close enough relative to the larger story's cohesion. Leaves in
    /// `shared` (cleared first, kept to reuse its room) every story it reached through the
    /// postings, whose change could change the answer, with the number of keys it shares.
    fn absorber(
        &self,
        f: usize,
        parent: &[usize],
        grown: &HashMap<usize, Group>,
        norms: &mut HashMap<usize, f32>,
        shared: &mut HashMap<usize, u32>,
    ) -> Option<usize> {
        let root = |mut s: usize| {
            s = self.live(s);
            while parent[s] != s {
                s = parent[s];
            }
            s
        };
        let small = self.group(grown, f);
        // Its most weighted keys (heaviest first, ties by key id): only which ones, not their
        // order, matters to the counts below.
        let mut keys: Vec<(f32, u32)> = small.sum.iter().map(|(k, w)| (*w, *k)).collect();
        let top = QUERY_TERMS * 2;
        if keys.len() > top {
            keys.select_nth_unstable_by(top, |a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
            keys.truncate(top);
        }
        shared.clear();
        for (_, k) in keys {
            if let Some(list) = self.postings.get(&k) {
                if list.len() > MAX_POSTINGS {
                    continue;
                }
                for s in list {
                    let r = root(*s);
                    if r != f {
                        *shared.entry(r).or_insert(0) += 1;
                    }
                }
            }
        }
        let mut ranked: Vec<(u32, usize)> = shared.iter().map(|(s, c)| (*c, *s)).collect();
        ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        let mut best: Option<(f32, usize)> = None;
        for (_, t) in ranked.into_iter().take(MAX_CANDIDATES) {
            let large = self.group(grown, t);
            if large.docs <= small.docs
                || date_gap(small.first, small.last, large.first, large.last) > self.params.far_days
            {
                continue;
            }
            let mean = map_dot(small.sum, large.sum) / (small.docs * large.docs) as f32;
            let norm2 = *norms
                .entry(t)
                .or_insert_with(|| fixed_sum(large.sum.values().map(|w| f64::from(*w).powi(2))));
            let k = large.docs as f32;
            let cohesion = (norm2 - k) / (k * (k - 1.0));
            let need = self
                .params
                .absorb_floor
                .max(self.params.absorb_ratio * cohesion);
            if mean >= need && best.is_none_or(|(b, _)| mean > b) {
                best = Some((mean, t));
            }
        }
        best.map(|(_, t)| t)
    }

    /// The stories as read now: the consolidation of small stories, then the split of each
    /// resulting story that reads as two (see [`StoryParams::split_ratio`]).
    fn reading(&self) -> Reading {
        let roots = self.consolidation();
        let mut members: HashMap<usize, Vec<usize>> = HashMap::default();
        for (d, entry) in self.docs.iter().enumerate() {
            members
                .entry(roots[self.live(entry.story)])
                .or_default()
                .push(d);
        }
        let mut groups: Vec<(usize, Vec<usize>)> = members.into_iter().collect();
        groups.sort_by_key(|(_, docs)| docs[0]);
        let mut reading = Reading {
            of_doc: vec![0; self.docs.len()],
            stories: Vec::new(),
        };
        for (root, docs) in groups {
            // The part holding the story's opening article keeps the story's id; another part
            // is named after its first article, as a story opened by it would be.
            let opening = self.stories[root].docs.first().copied();
            for part in self.split(docs) {
                let id = if opening.is_some_and(|o| part.contains(&o)) {
                    self.stories[root].id.clone()
                } else {
                    format!("story:{}", self.docs[part[0]].features.doc_id)
                };
                for d in &part {
                    reading.of_doc[*d] = reading.stories.len();
                }
                reading.stories.push((id, part));
            }
        }
        reading
    }

    /// `docs` (arrival order) as one story, or as the parts its recursive bisection leaves when
    /// each bisection reads as two stories; every part in arrival order, the part holding the
    /// first article first.
    fn split(&self, docs: Vec<usize>) -> Vec<Vec<usize>> {
        let min_part = self.params.split_min_part.max(1);
        if self.params.split_ratio <= 0.0
            || docs.len() < 2 * min_part
            || docs.len() > SPLIT_MAX_DOCS
        {
            return vec![docs];
        }
        let n = docs.len();
        let mut sim = vec![0.0_f32; n * n];
        for i in 0..n {
            for j in (i + 1)..n {
                let c = sorted_dot(&self.docs[docs[i]].vector, &self.docs[docs[j]].vector);
                sim[i * n + j] = c;
                sim[j * n + i] = c;
            }
        }
        let mut in_first = ward_bisection(&sim, n);
        // A reprint stays with what it copies.
        let position: HashMap<usize, usize> =
            docs.iter().enumerate().map(|(i, d)| (*d, i)).collect();
        for i in 0..n {
            if let Some(o) = self.docs[docs[i]].near_duplicate_of {
                if let Some(&p) = position.get(&o) {
                    in_first[i] = in_first[p];
                }
            }
        }
        let a: Vec<usize> = (0..n).filter(|i| in_first[*i]).collect();
        let b: Vec<usize> = (0..n).filter(|i| !in_first[*i]).collect();
        if a.len() < min_part || b.len() < min_part {
            return vec![docs];
        }
        let mean = |x: &[usize], y: &[usize], same: bool| {
            let (mut total, mut count) = (0.0_f32, 0usize);
            for (k, i) in x.iter().enumerate() {
                let rest = if same { &y[k + 1..] } else { y };
                for j in rest {
                    total += sim[i * n + j];
                    count += 1;
                }
            }
            total / count.max(1) as f32
        };
        let within = 0.5 * (mean(&a, &a, true) + mean(&b, &b, true));
        if within <= 0.0 || mean(&a, &b, false) >= self.params.split_ratio * within {
            return vec![docs];
        }
        let part = |x: &[usize]| x.iter().map(|i| docs[*i]).collect::<Vec<usize>>();
        let (first, second) = if in_first[0] {
            (part(&a), part(&b))
        } else {
            (part(&b), part(&a))
        };
        let mut out = self.split(first);
        out.extend(self.split(second));
        out
    }

    /// Every story as read now (see [`StoryIndex::consolidation`] and
    /// [`StoryParams::split_ratio`]) with its articles in arrival order, oldest story first.
    pub fn stories(&self) -> Vec<Story> {
        self.reading()
            .stories
            .into_iter()
            .map(|(id, docs)| Story {
                id,
                doc_ids: docs
                    .iter()
                    .map(|d| self.docs[*d].features.doc_id.clone())
                    .collect(),
            })
            .collect()
    }

    /// The story an article is in now (after later merges and the reading; this computes the
    /// whole reading, so ask [`StoryIndex::changed_memberships`] for many).
    pub fn story_of(&self, doc_id: &str) -> Option<String> {
        let reading = self.reading();
        self.by_id
            .get(doc_id)
            .map(|d| reading.stories[reading.of_doc[*d]].0.clone())
    }

    /// Articles whose story as read now differs from the one last recorded for them with
    /// [`StoryIndex::record`] (new articles included), in arrival order.
    pub fn changed_memberships(&self) -> Vec<Membership> {
        let reading = self.reading();
        self.docs
            .iter()
            .enumerate()
            .filter_map(|(d, entry)| {
                let story = &reading.stories[reading.of_doc[d]].0;
                (entry.recorded.as_deref() != Some(story.as_str())).then(|| Membership {
                    doc_id: entry.features.doc_id.clone(),
                    story: story.clone(),
                    near_duplicate_of: entry
                        .near_duplicate_of
                        .map(|d| self.docs[d].features.doc_id.clone()),
                    features: entry.features.clone(),
                })
            })
            .collect()
    }

    /// Records that `doc_id` is stored as a member of `story`.
    pub fn record(&mut self, doc_id: &str, story: &str) {
        if let Some(d) = self.by_id.get(doc_id) {
            self.docs[*d].recorded = Some(story.to_string());
        }
    }
}

/// Days between two date ranges (0 when they overlap or a range is unknown).
fn date_gap(
    a_first: Option<NaiveDate>,
    a_last: Option<NaiveDate>,
    b_first: Option<NaiveDate>,
    b_last: Option<NaiveDate>,
) -> i64 {
    match (a_first, a_last, b_first, b_last) {
        (Some(af), Some(al), Some(bf), Some(bl)) => {
            if al < bf {
                (bf - al).num_days()
            } else if bl < af {
                (af - bl).num_days()
            } else {
                0
            }
        }
        _ => 0,
    }
}

fn min_date(a: Option<NaiveDate>, b: Option<NaiveDate>) -> Option<NaiveDate> {
    match (a, b) {
        (Some(x), Some(y)) => Some(x.min(y)),
        (x, y) => x.or(y),
    }
}

fn max_date(a: Option<NaiveDate>, b: Option<NaiveDate>) -> Option<NaiveDate> {
    match (a, b) {
        (Some(x), Some(y)) => Some(x.max(y)),
        (x, y) => x.or(y),
    }
}

/// Scale of the fixed-point sums of [`fixed_sum`]: 2^32.
const FIXED_POINT: f64 = 4_294_967_296.0;

/// Sum of products of two f32 values (each exact in f64), read off hash maps. Each term is
/// truncated to 2^-32 units and the units are added as integers, so the sum does not depend on
/// the order in which the maps iterate: an index read back from a snapshot, whose maps hold the
/// same values in another order, computes the same value as the index it was written from, bit
/// for bit. (A term saturates at 2^31 units of 1, far above a product of two story sums.)
fn fixed_sum(terms: impl Iterator<Item = f64>) -> f32 {
    let fixed: i128 = terms.map(|p| i128::from((p * FIXED_POINT) as i64)).sum();
    (fixed as f64 / FIXED_POINT) as f32
}

/// Dot product of two sparse vectors held in hash maps (see [`fixed_sum`]).
fn map_dot(a: &HashMap<u32, f32>, b: &HashMap<u32, f32>) -> f32 {
    let (small, large) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    fixed_sum(
        small
            .iter()
            .filter_map(|(k, w)| large.get(k).map(|x| f64::from(*w) * f64::from(*x))),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(3019, 3, d)
    }

    fn article(id: &str, text: &str, d: u32, ents: &[&str], places: &[&str]) -> StoryFeatures {
        StoryFeatures::from_parts(
            id,
            text,
            day(d),
            ents.iter().map(|s| s.to_string()).collect(),
            places.iter().map(|s| s.to_string()).collect(),
        )
    }

    fn world() -> Vec<StoryFeatures> {
        vec![
            article("a1", "King Elessar of Gondor received the envoy of Arnor at Minas Tirith to discuss the rebuilding of the northern road and the garrison at Fornost.", 3, &["p:elessar", "o:gondor council"], &["l:minas tirith", "l:fornost"]),
            article("b1", "Riders of Rohan fought orc raiders near the Fords of Isen; Marshal Erkenbrand said twelve raiders were captured after a night battle.", 4, &["p:erkenbrand", "o:riders of rohan"], &["l:fords of isen"]),
            article("a2", "The envoy of Arnor met King Elessar in Minas Tirith; the two agreed to rebuild the northern road to Fornost and share the garrison costs.", 4, &["p:elessar", "o:arnor envoy"], &["l:minas tirith", "l:fornost"]),
            article("b2", "Marshal Erkenbrand reported a night battle at the Fords of Isen in which orc raiders were beaten back and captured by the riders.", 5, &["p:erkenbrand"], &["l:fords of isen"]),
        ]
    }

    fn partition(index: &StoryIndex) -> Vec<Vec<String>> {
        let mut p: Vec<Vec<String>> = index
            .stories()
            .into_iter()
            .map(|s| {
                let mut d = s.doc_ids;
                d.sort();
                d
            })
            .collect();
        p.sort();
        p
    }

    #[test]
    fn two_stories_stay_apart_in_any_order() {
        let expected = vec![
            vec!["a1".to_string(), "a2".to_string()],
            vec!["b1".to_string(), "b2".to_string()],
        ];
        let docs = world();
        let orders: [[usize; 4]; 3] = [[0, 1, 2, 3], [3, 2, 1, 0], [1, 3, 0, 2]];
        for order in orders {
            let index = StoryIndex::from_features(order.iter().map(|i| docs[*i].clone()));
            assert_eq!(partition(&index), expected, "order {order:?}");
        }
    }

    #[test]
    fn a_snapshot_reads_back_as_the_same_index() {
        let docs = world();
        let mut index = StoryIndex::from_features(docs[..3].iter().cloned());
        index.record("a1", "story:a1");
        let bytes = index.to_snapshot().expect("snapshot");
        let mut back = StoryIndex::from_snapshot(&bytes).expect("read back");
        assert_eq!(back.doc_ids().collect::<Vec<_>>(), vec!["a1", "b1", "a2"]);
        assert_eq!(back.stories(), index.stories());
        assert_eq!(back.changed_memberships(), index.changed_memberships());
        // The next article gets the same answer from both, and the stories stay equal.
        assert_eq!(back.assign(docs[3].clone()), index.assign(docs[3].clone()));
        assert_eq!(back.stories(), index.stories());
        assert_eq!(back.to_snapshot(), index.to_snapshot());
    }

    #[test]
    fn damaged_or_foreign_snapshots_are_refused() {
        let index = StoryIndex::from_features(world());
        let bytes = index.to_snapshot().expect("snapshot");
        assert!(StoryIndex::from_snapshot(b"").is_err());
        assert!(StoryIndex::from_snapshot(b"SQLite format 3\0 and more").is_err());
        let mut older = bytes.clone();
        older[8..12].copy_from_slice(&(STORIES_VERSION - 1).to_le_bytes());
        let err = StoryIndex::from_snapshot(&older).expect_err("older version");
        assert!(err.to_string().contains("version"), "{err}");
        for cut in [13, bytes.len() / 2, bytes.len() - 1] {
            assert!(
                StoryIndex::from_snapshot(&bytes[..cut]).is_err(),
                "cut at {cut}"
            );
        }
        // Bytes flipped anywhere: refused, or read back as an index that passes the checks.
        for at in (12..bytes.len()).step_by(7) {
            let mut flipped = bytes.clone();
            flipped[at] ^= 0x5a;
            if let Ok(back) = StoryIndex::from_snapshot(&flipped) {
                let _ = back.stories();
            }
        }
    }

    #[test]
    fn ward_bisection_finds_two_blocks() {
        // Items 0, 2, 4 are close to each other, 1, 3, 5 too; the blocks are far apart.
        let n = 6;
        let mut sim = vec![0.0_f32; n * n];
        for i in 0..n {
            for j in 0..n {
                sim[i * n + j] = if i == j {
                    1.0
                } else if i % 2 == j % 2 {
                    0.6 + 0.01 * (i + j) as f32
                } else {
                    0.1
                };
            }
        }
        assert_eq!(
            ward_bisection(&sim, n),
            vec![true, false, true, false, true, false]
        );
    }

    /// Two floods of the Anduin in two years: the same words, other places, tolls and years.
    fn two_floods() -> Vec<StoryFeatures> {
        let first = [
            "The Anduin flooded Osgiliath in 3019; 41 people drowned and the bridge of Osgiliath was swept away, the flood wardens said.",
            "Flood in Osgiliath: the Anduin broke its banks, 41 dead, the bridge lost, 3019 the worst flood year, wardens said.",
            "Wardens counted 41 drowned after the Anduin flood at Osgiliath; rebuilding the bridge will take until 3020.",
            "The Osgiliath flood of 3019 left 41 dead; the Anduin carried away the bridge and the wardens asked for boats.",
        ];
        let second = [
            "The Anduin flooded Pelargir in 3021; 7 people drowned and the harbour of Pelargir was closed, the flood wardens said.",
            "Flood in Pelargir: the Anduin broke its banks, 7 dead, the harbour shut, 3021 a wet spring, wardens said.",
            "Wardens counted 7 drowned after the Anduin flood at Pelargir; reopening the harbour will take until 3022.",
            "The Pelargir flood of 3021 left 7 dead; the Anduin filled the harbour and the wardens asked for boats.",
        ];
        let mut out = Vec::new();
        for (i, text) in first.iter().enumerate() {
            out.push(article(
                &format!("o{i}"),
                text,
                5,
                &["o:flood wardens"],
                &["l:osgiliath", "l:anduin"],
            ));
        }
        for (i, text) in second.iter().enumerate() {
            out.push(article(
                &format!("p{i}"),
                text,
                6,
                &["o:flood wardens"],
                &["l:pelargir", "l:anduin"],
            ));
        }
        out
    }

    #[test]
    fn two_occurrences_of_one_kind_of_event_are_read_as_two_stories() {
        let docs = two_floods();
        let expected = vec![vec!["o0", "o1", "o2", "o3"], vec!["p0", "p1", "p2", "p3"]];
        // Joined on arrival (a low join threshold), then read as two.
        let params = StoryParams {
            join: 0.01,
            merge: 0.01,
            split_min_part: 3,
            ..StoryParams::default()
        };
        let orders: [[usize; 8]; 2] = [[0, 4, 1, 5, 2, 6, 3, 7], [7, 6, 5, 4, 3, 2, 1, 0]];
        for order in orders {
            let mut index = StoryIndex::with_params(params);
            for i in order {
                index.assign(docs[i].clone());
            }
            assert_eq!(partition(&index), expected, "order {order:?}");
            // Without the split they are one story.
            let mut joined = StoryIndex::with_params(StoryParams {
                split_ratio: 0.0,
                ..params
            });
            for i in order {
                joined.assign(docs[i].clone());
            }
            assert_eq!(joined.stories().len(), 1);
            // The part with the story's opening article keeps its id; the other is named after
            // its first article.
            let first = docs[order[0]].doc_id.clone();
            let ids: Vec<String> = index.stories().into_iter().map(|s| s.id).collect();
            assert!(ids.contains(&format!("story:{first}")), "{ids:?}");
            assert_eq!(index.story_of(&first), Some(format!("story:{first}")));
        }
    }

    #[test]
    fn a_reprint_is_a_near_duplicate() {
        let mut index = StoryIndex::new();
        let text = "The council of Gondor announced today that the northern road to Fornost will be rebuilt by the spring, with the garrison paid from both treasuries, the steward's office said in a statement.";
        index.assign(article(
            "p1",
            text,
            3,
            &["o:council of gondor"],
            &["l:fornost"],
        ));
        let reprint = format!("{text} Reporting by the Pelargir Herald.");
        let a = index.assign(article(
            "p2",
            &reprint,
            3,
            &["o:council of gondor"],
            &["l:fornost"],
        ));
        assert_eq!(a.near_duplicate_of.as_deref(), Some("p1"));
        assert_eq!(a.story, "story:p1");
    }

    #[test]
    fn a_bridging_article_merges_two_stories() {
        let params = StoryParams {
            join: 0.2,
            merge: 0.2,
            ..StoryParams::default()
        };
        let mut index = StoryIndex::with_params(params);
        index.assign(article(
            "x1",
            "Elessar rebuilt the road to Fornost.",
            3,
            &["p:elessar"],
            &["l:fornost"],
        ));
        index.assign(article(
            "y1",
            "Arnor's garrison at Annuminas was paid.",
            3,
            &["o:arnor garrison"],
            &["l:annuminas"],
        ));
        assert_eq!(index.stories().len(), 2);
        let bridge = index.assign(article(
            "z1",
            "Elessar rebuilt the road to Fornost and paid Arnor's garrison at Annuminas.",
            3,
            &["p:elessar", "o:arnor garrison"],
            &["l:fornost", "l:annuminas"],
        ));
        assert_eq!(bridge.merged_stories, vec!["story:y1".to_string()]);
        assert_eq!(index.stories().len(), 1);
        assert_eq!(index.story_of("y1").as_deref(), Some("story:x1"));
    }

    #[test]
    fn a_small_story_is_read_as_part_of_the_larger_story_it_belongs_to() {
        let loose = article(
            "r0",
            "Stonemasons and quarrymen from Lossarnach reached Fornost with wagons of granite for the works Elessar ordered.",
            3,
            &["p:elessar"],
            &["l:fornost"],
        );
        let close = [
            ("r1", "King Elessar ordered the northern road from Minas Tirith to Fornost rebuilt; the envoy of Arnor agreed to share the cost of the road and of the garrison."),
            ("r2", "The envoy of Arnor and King Elessar agreed in Minas Tirith that the northern road to Fornost will be rebuilt and the garrison costs shared."),
            ("r3", "Rebuilding of the northern road to Fornost begins after King Elessar and the envoy of Arnor agreed on the road and garrison costs in Minas Tirith."),
        ];
        let other = article(
            "q1",
            "Riders of Rohan fought orc raiders near the Fords of Isen; Marshal Erkenbrand said twelve raiders were captured.",
            3,
            &["p:erkenbrand"],
            &["l:fords of isen"],
        );
        let feed = || {
            // The loose article arrives first, before the story it belongs to exists.
            let mut v = vec![loose.clone(), other.clone()];
            for (id, text) in close {
                v.push(article(
                    id,
                    text,
                    4,
                    &["p:elessar", "o:arnor envoy"],
                    &["l:minas tirith", "l:fornost"],
                ));
            }
            v
        };
        let params = StoryParams {
            join: 0.5,
            merge: 0.6,
            ..StoryParams::default()
        };
        let mut index = StoryIndex::with_params(params);
        for f in feed() {
            index.assign(f);
        }
        assert_eq!(
            partition(&index),
            vec![
                vec!["q1".to_string()],
                vec!["r0".into(), "r1".into(), "r2".into(), "r3".into()]
            ]
        );
        assert_eq!(index.story_of("r0"), index.story_of("r1"));
        // Without the consolidation the loose article stays a story of its own.
        let mut strict = StoryIndex::with_params(StoryParams {
            absorb_max_docs: 0,
            ..params
        });
        for f in feed() {
            strict.assign(f);
        }
        assert_eq!(partition(&strict).len(), 3, "{:?}", partition(&strict));
        // Every article is reported once as changed, then not again once recorded.
        let changed = index.changed_memberships();
        assert_eq!(changed.len(), 5);
        for m in &changed {
            index.record(&m.doc_id, &m.story);
        }
        assert!(index.changed_memberships().is_empty());
    }

    #[test]
    fn stories_far_apart_in_time_stay_apart() {
        let mut index = StoryIndex::new();
        let text = "King Elessar received the envoy of Arnor at Minas Tirith.";
        index.assign(StoryFeatures::from_parts(
            "e1",
            text,
            day(1),
            vec!["p:elessar".into()],
            vec![],
        ));
        let later = StoryFeatures::from_parts(
            "e2",
            "A year on, the envoy of Arnor was again received by King Elessar, this time in Osgiliath.",
            NaiveDate::from_ymd_opt(3020, 3, 1),
            vec!["p:elessar".into()],
            vec![],
        );
        let a = index.assign(later);
        assert_eq!(a.story, "story:e2");
    }
}
