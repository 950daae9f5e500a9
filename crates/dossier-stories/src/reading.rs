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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{StoryFeatures, StoryParams};

    fn apart() -> StoryParams {
        StoryParams {
            join: 2.0,
            merge: 2.0,
            ..StoryParams::default()
        }
    }

    fn article(id: &str, text: &str) -> StoryFeatures {
        StoryFeatures::from_parts(id, text, None, vec![], vec![])
    }

    #[test]
    fn an_empty_index_reads_as_no_stories() {
        let index = StoryIndex::new();
        assert!(index.stories().is_empty());
        assert!(index.changed_memberships().is_empty());
        assert_eq!(index.story_of("nowhere"), None);
    }

    #[test]
    fn stories_are_named_after_their_opening_article_oldest_first() {
        let mut index = StoryIndex::with_params(apart());
        index.assign(article("m2", "Old Man Willow held Merry fast."));
        index.assign(article("m1", "Tom Bombadil sang the willow to sleep."));
        index.merge_story(0, 1);
        index.assign(article("m3", "The barrow-wights stirred on the downs."));
        assert_eq!(
            index.stories(),
            vec![
                Story {
                    id: "story:m2".into(),
                    doc_ids: vec!["m2".into(), "m1".into()],
                },
                Story {
                    id: "story:m3".into(),
                    doc_ids: vec!["m3".into()],
                },
            ]
        );
        assert_eq!(index.story_of("m1").as_deref(), Some("story:m2"));
        assert_eq!(index.story_of("m9"), None);
    }

    #[test]
    fn memberships_are_reported_until_recorded_and_again_when_they_change() {
        let mut index = StoryIndex::with_params(apart());
        let text = "The hobbits left Crickhollow by the back gate before dawn, riding ponies \
                    into the Old Forest while the Black Riders watched the front door.";
        index.assign(article("c1", text));
        index.assign(article(
            "c2",
            &format!("{text} From our Bree correspondent."),
        ));
        index.assign(article(
            "c3",
            "Farmer Maggot sold mushrooms at the Bridge Inn.",
        ));
        let changed = index.changed_memberships();
        assert_eq!(changed.len(), 3);
        assert_eq!(changed[1].doc_id, "c2");
        assert_eq!(changed[1].story, "story:c1");
        assert_eq!(changed[1].near_duplicate_of.as_deref(), Some("c1"));
        assert_eq!(changed[1].features.doc_id, "c2");
        for m in &changed {
            index.record(&m.doc_id, &m.story);
        }
        index.record("unknown", "story:x");
        assert!(index.changed_memberships().is_empty());
        // A merge moves the third article: only it is reported.
        index.merge_story(0, 1);
        let moved = index.changed_memberships();
        assert_eq!(moved.len(), 1);
        assert_eq!(
            (moved[0].doc_id.as_str(), moved[0].story.as_str()),
            ("c3", "story:c1")
        );
    }
}
