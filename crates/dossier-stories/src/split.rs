//! The read-time split of a story that reads as two: Ward's bisection of its articles, kept
//! when the two parts are much closer to themselves than to each other
//! ([`StoryParams::split_ratio`]), applied again to each part.
//!
//! Separate because it works on one story's articles at a time, through their pairwise
//! cosines only, after the consolidation has decided what the stories are.

use crate::index::StoryIndex;
use crate::tfidf::sorted_dot;
#[cfg(doc)]
use crate::StoryParams;
use rustc_hash::FxHashMap as HashMap;

/// Stories larger than this are never split when read (the bisection costs the square of the
/// story's size in similarities and its cube in steps).
const SPLIT_MAX_DOCS: usize = 200;

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

impl StoryIndex {
    /// `docs` (arrival order) as one story, or as the parts its recursive bisection leaves when
    /// each bisection reads as two stories; every part in arrival order, the part holding the
    /// first article first.
    pub(crate) fn split(&self, docs: Vec<usize>) -> Vec<Vec<usize>> {
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{StoryFeatures, StoryParams};

    /// Three articles on the beacons of Gondor, then three on the horse fair of Edoras, each
    /// kept as a story of its own on arrival (nothing joins).
    fn beacons_and_horses(params: StoryParams) -> StoryIndex {
        let texts = [
            "The beacons of Gondor were lit on Amon Din and the riders carried the red arrow west.",
            "Beacons lit from Amon Din to Halifirien: Gondor calls for aid with the red arrow.",
            "The red arrow rode west as Gondor lit the beacons on Amon Din and Eilenach.",
            "The horse fair of Edoras sold grey mares and bay stallions to the Westfold herders.",
            "At Edoras the horse fair ended; the Westfold herders bought grey mares and stallions.",
            "Grey mares from the Westfold fetched record prices at the Edoras horse fair.",
        ];
        let mut index = StoryIndex::with_params(StoryParams {
            join: 2.0,
            merge: 2.0,
            ..params
        });
        for (i, text) in texts.iter().enumerate() {
            index.assign(StoryFeatures::from_parts(
                format!("d{i}"),
                text,
                None,
                vec![],
                vec![],
            ));
        }
        index
    }

    fn split_params(min_part: usize) -> StoryParams {
        StoryParams {
            split_ratio: 0.5,
            split_min_part: min_part,
            ..StoryParams::default()
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

    #[test]
    fn ward_bisection_of_two_items_keeps_them_apart() {
        assert_eq!(ward_bisection(&[1.0, 0.9, 0.9, 1.0], 2), vec![true, false]);
        assert_eq!(ward_bisection(&[1.0], 1), vec![true]);
    }

    #[test]
    fn two_topics_are_split_in_arrival_order() {
        let index = beacons_and_horses(split_params(3));
        // Given out of order: each part comes back in arrival order, the first article's part
        // first.
        assert_eq!(
            index.split(vec![3, 0, 4, 1, 5, 2]),
            vec![vec![3, 4, 5], vec![0, 1, 2]]
        );
        assert_eq!(
            index.split(vec![0, 1, 2, 3, 4, 5]),
            vec![vec![0, 1, 2], vec![3, 4, 5]]
        );
    }

    #[test]
    fn no_split_without_room_for_two_parts_or_when_turned_off() {
        let all = vec![0, 1, 2, 3, 4, 5];
        let index = beacons_and_horses(split_params(4));
        assert_eq!(index.split(all.clone()), vec![all.clone()]);
        let index = beacons_and_horses(StoryParams {
            split_ratio: 0.0,
            ..split_params(3)
        });
        assert_eq!(index.split(all.clone()), vec![all.clone()]);
        // One topic does not read as two.
        let index = beacons_and_horses(split_params(1));
        assert_eq!(index.split(vec![0, 1, 2]), vec![vec![0, 1, 2]]);
    }
}
