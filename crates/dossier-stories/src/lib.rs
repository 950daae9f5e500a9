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
//!
//! Layout: `features` (what is compared about one article), `minhash` (reprints), `index` (the
//! index and the assignment on arrival), `tfidf` (the vector arithmetic), `consolidation`,
//! `split` and `reading` (the stories as read), `snapshot` (the index as bytes), `dates`.

mod consolidation;
mod dates;
mod features;
mod index;
mod minhash;
mod reading;
#[cfg(test)]
mod scenario_tests;
mod snapshot;
mod split;
mod tfidf;

pub use features::StoryFeatures;
pub use index::StoryIndex;
pub use minhash::{minhash, minhash_similarity, NEAR_DUPLICATE_JACCARD};
pub use snapshot::SnapshotError;

use serde::{Deserialize, Serialize};

/// Version of the story features and clustering; stored with each membership.
pub const STORIES_VERSION: u32 = 4;

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

/// An article's story under the current reading of the index, with what storing it needs.
#[derive(Debug, Clone, PartialEq)]
pub struct Membership {
    pub doc_id: String,
    pub story: String,
    pub near_duplicate_of: Option<String>,
    pub features: StoryFeatures,
}
