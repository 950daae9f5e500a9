//! The read-time consolidation of small stories: a story of a few articles that is close
//! enough to a larger story is read as part of it ([`StoryParams::absorb_max_docs`] and the
//! thresholds next to it). Recomputed from the arrival-time stories at each reading, so a
//! fragment that arrived before the story it belongs to still finds it.
//!
//! Separate from the index because it never changes it: it only reads the stories' sum
//! vectors and the postings, and grows copies of them.

use crate::dates::{date_gap, max_date, min_date};
use crate::index::{StoryIndex, MAX_CANDIDATES, MAX_POSTINGS, QUERY_TERMS};
use crate::tfidf::{fixed_sum, map_dot};
#[cfg(doc)]
use crate::StoryParams;
use chrono::NaiveDate;
use rustc_hash::FxHashMap as HashMap;

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

impl StoryIndex {
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
    pub(crate) fn consolidation(&self) -> Vec<usize> {
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{StoryFeatures, StoryParams};

    fn article(id: &str, text: &str, date: Option<NaiveDate>, ents: &[&str]) -> StoryFeatures {
        StoryFeatures::from_parts(
            id,
            text,
            date,
            ents.iter().map(|s| s.to_string()).collect(),
            vec!["l:annuminas".to_string()],
        )
    }

    fn day(d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(3020, 5, d)
    }

    /// A loose article on the new hall of Annúminas (arriving first, on `loose_date`), an
    /// unrelated one, then three close articles on the hall: story 0 is the loose article,
    /// story 1 the unrelated one, and the close articles form one story.
    fn hall(params: StoryParams, loose_date: Option<NaiveDate>) -> StoryIndex {
        let close = [
            "King Elessar ordered a new hall built at Annuminas; the lords of Arnor agreed to pay for the hall and its slate roof.",
            "The lords of Arnor agreed with King Elessar to pay for the new hall at Annuminas and for its slate roof.",
            "A new hall at Annuminas: King Elessar and the lords of Arnor agreed on the cost of the hall and of its slate roof.",
        ];
        let mut index = StoryIndex::with_params(params);
        index.assign(article(
            "loose",
            "Masons and carters from Lossarnach reached Annuminas with slate; Elessar paid them in silver.",
            loose_date,
            &["p:elessar"],
        ));
        index.assign(article(
            "ents",
            "The ents of Fangorn marched on the walls of Isengard and broke the dam by night.",
            day(3),
            &["o:ents of fangorn"],
        ));
        for (i, text) in close.iter().enumerate() {
            index.assign(article(
                &format!("c{i}"),
                text,
                day(4),
                &["p:elessar", "o:lords of arnor"],
            ));
        }
        index
    }

    fn params() -> StoryParams {
        StoryParams {
            join: 0.5,
            merge: 0.6,
            ..StoryParams::default()
        }
    }

    #[test]
    fn the_loose_article_is_read_as_part_of_the_larger_story() {
        let index = hall(params(), day(3));
        assert_eq!(index.stories.len(), 3, "the close articles form one story");
        let large = index.live(index.docs[2].story);
        assert_eq!(index.stories[large].docs, vec![2, 3, 4]);
        let parent = index.consolidation();
        assert_eq!(parent[0], large);
        assert_eq!(parent[1], 1);
        assert_eq!(parent[large], large);
    }

    #[test]
    fn nothing_is_consolidated_when_turned_off() {
        let index = hall(
            StoryParams {
                absorb_max_docs: 0,
                ..params()
            },
            day(3),
        );
        assert_eq!(index.consolidation(), vec![0, 1, 2]);
    }

    #[test]
    fn a_story_far_in_time_is_not_consolidated() {
        let index = hall(params(), NaiveDate::from_ymd_opt(3020, 1, 2));
        assert_eq!(index.consolidation(), vec![0, 1, 2]);
        // With no date, time does not keep it apart.
        let index = hall(params(), None);
        assert_eq!(index.consolidation()[0], 2);
    }

    #[test]
    fn a_group_is_the_grown_copy_or_the_stored_story() {
        let index = hall(params(), day(3));
        let mut grown: HashMap<usize, Group> = HashMap::default();
        let stored = index.group(&grown, 2);
        assert_eq!(stored.docs, 3);
        assert_eq!((stored.first, stored.last), (day(4), day(4)));
        let mut copy = stored.to_group();
        copy.docs += 1;
        copy.first = day(3);
        grown.insert(2, copy);
        let view = index.group(&grown, 2);
        assert_eq!((view.docs, view.first, view.last), (4, day(3), day(4)));
        assert_eq!(view.sum, &index.stories[2].sum);
    }
}
