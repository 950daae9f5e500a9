//! The stories as read now: the arrival-time stories after the consolidation of small
//! stories and the split of stories that read as two, and what is asked of that reading
//! ([`StoryIndex::stories`], [`StoryIndex::story_of`], [`StoryIndex::changed_memberships`]
//! with [`StoryIndex::record`]).
//!
//! Separate because it is the one place that combines the read-time passes and names the
//! resulting stories; the index itself only keeps the arrival-time stories.

use crate::index::StoryIndex;
#[cfg(doc)]
use crate::StoryParams;
use crate::{Membership, Story};
use rustc_hash::FxHashMap as HashMap;

/// The stories as read now.
struct Reading {
    /// Per article (arrival index), the index of its story in `stories`.
    of_doc: Vec<usize>,
    /// Story id and articles (arrival indexes, in arrival order), oldest story first.
    stories: Vec<(String, Vec<usize>)>,
}

impl StoryIndex {
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
