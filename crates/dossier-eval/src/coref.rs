//! Clustering and coreference scores: pairwise, MUC (Vilain et al. 1995), B-cubed (Bagga and
//! Baldwin 1998), entity-based CEAF (CEAF-e, Luo 2005) and the CoNLL F1 (their mean), as the
//! CoNLL-2012 reference scorer defines them.
//!
//! Both sides are maps from an item (mention or document) to a cluster label. An item only one
//! side has is a singleton on the other side (so a system that leaves a gold mention out loses
//! recall, and a spurious mention costs precision).

use pathfinding::prelude::{kuhn_munkres, Matrix};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::hash::Hash;

/// Precision, recall and F1.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Prf {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Prf {
    fn new(p_num: f64, p_den: f64, r_num: f64, r_den: f64) -> Self {
        let precision = if p_den > 0.0 { p_num / p_den } else { 0.0 };
        let recall = if r_den > 0.0 { r_num / r_den } else { 0.0 };
        let f1 = if precision + recall > 0.0 {
            2.0 * precision * recall / (precision + recall)
        } else {
            0.0
        };
        Prf {
            precision,
            recall,
            f1,
        }
    }
}

/// Every score of one clustering against gold.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct CorefScores {
    pub pairwise: Prf,
    pub muc: Prf,
    pub b3: Prf,
    pub ceaf_e: Prf,
    /// Mean of the MUC, B-cubed and CEAF-e F1.
    pub conll_f1: f64,
}

/// Clusters of a labelling, with items only the other side has added as singletons.
fn clusters<K: Eq + Hash + Ord + Clone, L: Eq + Hash + Ord + Clone>(
    labels: &HashMap<K, L>,
    other: &[&K],
) -> Vec<BTreeSet<K>> {
    let mut by_label: BTreeMap<&L, BTreeSet<K>> = BTreeMap::new();
    for (k, l) in labels {
        by_label.entry(l).or_default().insert(k.clone());
    }
    let mut out: Vec<BTreeSet<K>> = by_label.into_values().collect();
    let mut extra: Vec<&K> = other
        .iter()
        .copied()
        .filter(|k| !labels.contains_key(*k))
        .collect();
    extra.dedup();
    extra.sort();
    for k in extra {
        out.push(BTreeSet::from([k.clone()]));
    }
    out
}

fn cluster_index<K: Eq + Hash + Clone>(clusters: &[BTreeSet<K>]) -> HashMap<K, usize> {
    let mut index = HashMap::new();
    for (i, c) in clusters.iter().enumerate() {
        for k in c {
            index.insert(k.clone(), i);
        }
    }
    index
}

/// MUC recall numerator and denominator of `key` clusters against `response`.
fn muc_side<K: Eq + Hash + Clone>(key: &[BTreeSet<K>], response: &HashMap<K, usize>) -> (f64, f64) {
    let mut num = 0.0;
    let mut den = 0.0;
    for c in key {
        let parts: BTreeSet<Option<usize>> = c.iter().map(|k| response.get(k).copied()).collect();
        // Items the response does not have are each their own partition.
        let missing = c.iter().filter(|k| !response.contains_key(*k)).count();
        let partitions = parts.iter().filter(|p| p.is_some()).count() + missing;
        num += (c.len() - partitions) as f64;
        den += (c.len() - 1) as f64;
    }
    (num, den)
}

fn b3_side<K: Eq + Hash + Clone>(key: &[BTreeSet<K>], response: &[BTreeSet<K>]) -> (f64, f64) {
    let index = cluster_index(response);
    let mut num = 0.0;
    let mut den = 0.0;
    for c in key {
        let mut overlap: HashMap<usize, usize> = HashMap::new();
        for k in c {
            if let Some(r) = index.get(k) {
                *overlap.entry(*r).or_insert(0) += 1;
            }
        }
        for n in overlap.values() {
            num += (*n * *n) as f64 / c.len() as f64;
        }
        den += c.len() as f64;
    }
    (num, den)
}

/// CEAF-e: the best one-to-one alignment of gold and response clusters under
/// φ4 = 2|G ∩ R| / (|G| + |R|), solved per connected component of the overlap graph.
fn ceaf_e<K: Eq + Hash + Clone + Ord>(gold: &[BTreeSet<K>], response: &[BTreeSet<K>]) -> Prf {
    let r_index = cluster_index(response);
    // Overlaps and components (gold i and response j connected when they share an item).
    let mut overlap: HashMap<(usize, usize), usize> = HashMap::new();
    for (i, g) in gold.iter().enumerate() {
        for k in g {
            if let Some(j) = r_index.get(k) {
                *overlap.entry((i, *j)).or_insert(0) += 1;
            }
        }
    }
    let mut parent: Vec<usize> = (0..gold.len() + response.len()).collect();
    fn find(p: &mut [usize], mut x: usize) -> usize {
        while p[x] != x {
            p[x] = p[p[x]];
            x = p[x];
        }
        x
    }
    for (i, j) in overlap.keys() {
        let (a, b) = (find(&mut parent, *i), find(&mut parent, gold.len() + *j));
        if a != b {
            parent[a] = b;
        }
    }
    let mut components: BTreeMap<usize, (Vec<usize>, Vec<usize>)> = BTreeMap::new();
    for i in 0..gold.len() {
        let root = find(&mut parent, i);
        components.entry(root).or_default().0.push(i);
    }
    for j in 0..response.len() {
        let root = find(&mut parent, gold.len() + j);
        components.entry(root).or_default().1.push(j);
    }
    const SCALE: f64 = 1_000_000.0;
    let mut total = 0.0;
    for (gs, rs) in components.values() {
        if gs.is_empty() || rs.is_empty() {
            continue;
        }
        let phi = |i: usize, j: usize| -> f64 {
            let n = overlap.get(&(i, j)).copied().unwrap_or(0) as f64;
            2.0 * n / (gold[i].len() + response[j].len()) as f64
        };
        let (rows, cols, transposed) = if gs.len() <= rs.len() {
            (gs, rs, false)
        } else {
            (rs, gs, true)
        };
        let mut weights = Matrix::new(rows.len(), cols.len(), 0i64);
        for (a, &r) in rows.iter().enumerate() {
            for (b, &c) in cols.iter().enumerate() {
                let v = if transposed { phi(c, r) } else { phi(r, c) };
                weights[(a, b)] = (v * SCALE).round() as i64;
            }
        }
        let (best, _) = kuhn_munkres(&weights);
        total += best as f64 / SCALE;
    }
    Prf::new(total, response.len() as f64, total, gold.len() as f64)
}

fn pairwise<K: Eq + Hash + Clone>(gold: &[BTreeSet<K>], response: &[BTreeSet<K>]) -> Prf {
    let g_index = cluster_index(gold);
    let pairs = |cs: &[BTreeSet<K>]| -> f64 {
        cs.iter()
            .map(|c| (c.len() * c.len().saturating_sub(1) / 2) as f64)
            .sum()
    };
    let mut tp = 0.0;
    for c in response {
        let mut by_gold: HashMap<Option<usize>, usize> = HashMap::new();
        for k in c {
            *by_gold.entry(g_index.get(k).copied()).or_insert(0) += 1;
        }
        for (g, n) in by_gold {
            if g.is_some() {
                tp += (n * n.saturating_sub(1) / 2) as f64;
            }
        }
    }
    Prf::new(tp, pairs(response), tp, pairs(gold))
}

/// Scores a predicted clustering against gold.
pub fn score<K, L, M>(gold: &HashMap<K, L>, predicted: &HashMap<K, M>) -> CorefScores
where
    K: Eq + Hash + Ord + Clone,
    L: Eq + Hash + Ord + Clone,
    M: Eq + Hash + Ord + Clone,
{
    let predicted_keys: Vec<&K> = predicted.keys().collect();
    let gold_keys: Vec<&K> = gold.keys().collect();
    let g = clusters(gold, &predicted_keys);
    let r = clusters(predicted, &gold_keys);
    let r_index = cluster_index(&r);
    let g_index = cluster_index(&g);
    let (mr_num, mr_den) = muc_side(&g, &r_index);
    let (mp_num, mp_den) = muc_side(&r, &g_index);
    let muc = Prf::new(mp_num, mp_den, mr_num, mr_den);
    let (br_num, br_den) = b3_side(&g, &r);
    let (bp_num, bp_den) = b3_side(&r, &g);
    let b3 = Prf::new(bp_num, bp_den, br_num, br_den);
    let ceaf = ceaf_e(&g, &r);
    CorefScores {
        pairwise: pairwise(&g, &r),
        muc,
        b3,
        ceaf_e: ceaf,
        conll_f1: (muc.f1 + b3.f1 + ceaf.f1) / 3.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(groups: &[&[&str]]) -> HashMap<String, usize> {
        let mut m = HashMap::new();
        for (i, g) in groups.iter().enumerate() {
            for k in *g {
                m.insert(k.to_string(), i);
            }
        }
        m
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-4
    }

    /// The example of Pradhan et al. (2014), figure 1: key {a b c} {d e f g}, response
    /// {a b} {c d} {f g h i}; every value below is worked out by hand in the comments.
    #[test]
    fn pradhan_example() {
        let key = labels(&[&["a", "b", "c"], &["d", "e", "f", "g"]]);
        let response = labels(&[&["a", "b"], &["c", "d"], &["f", "g", "h", "i"]]);
        let s = score(&key, &response);
        // MUC recall: key {a b c} is split into {a b},{c}: 3-2 = 1; key {d e f g} into {d},{e}
        // (e is missing from the response: its own partition), {f g}: 4-3 = 1; R = 2/(2+3).
        assert!(close(s.muc.recall, 0.4), "{s:?}");
        // MUC precision: {a b} 2-1 = 1; {c d} splits into {c},{d}: 0; {f g h i} splits into
        // {f g},{h},{i}: 4-3 = 1; P = 2/(1+1+3).
        assert!(close(s.muc.precision, 0.4), "{s:?}");
        // B3 recall, over the key items and the response-only items h and i (singletons in the
        // key): a,b: 2/3 each; c: 1/3; d: 1/4; e (a singleton in the response): 1/4; f,g: 2/4
        // each; h, i: 1 each. Sum = 19/6 + 2 over 9 items.
        assert!(close(s.b3.recall, (19.0 / 6.0 + 2.0) / 9.0), "{s:?}");
        // B3 precision over the response items a b c d f g h i and the added singleton e:
        // a,b: 1 each; c: 1/2; d: 1/2; f,g: 2/4 each; h,i: 1/4 each; e: 1. Sum = 5.5 over 9.
        assert!(close(s.b3.precision, 5.5 / 9.0), "{s:?}");
    }

    #[test]
    fn identical_clusterings_score_one() {
        let key = labels(&[&["a", "b"], &["c"], &["d", "e", "f"]]);
        let s = score(&key, &key);
        for prf in [s.pairwise, s.muc, s.b3, s.ceaf_e] {
            assert!(close(prf.f1, 1.0), "{s:?}");
        }
        assert!(close(s.conll_f1, 1.0));
    }

    #[test]
    fn pairwise_and_ceaf_by_hand() {
        // Key {a b c d}; response {a b} {c d}: gold pairs 6, response pairs 2, both right.
        let key = labels(&[&["a", "b", "c", "d"]]);
        let response = labels(&[&["a", "b"], &["c", "d"]]);
        let s = score(&key, &response);
        assert!(close(s.pairwise.precision, 1.0));
        assert!(close(s.pairwise.recall, 2.0 / 6.0));
        // CEAF-e: the key cluster aligns with one response cluster, φ4 = 2*2/(4+2) = 2/3;
        // P = (2/3)/2 response clusters, R = (2/3)/1 key cluster.
        assert!(close(s.ceaf_e.precision, 1.0 / 3.0), "{s:?}");
        assert!(close(s.ceaf_e.recall, 2.0 / 3.0), "{s:?}");
        // MUC: R = (4-2)/3, P = (1+1)/(1+1) = 1.
        assert!(close(s.muc.recall, 2.0 / 3.0));
        assert!(close(s.muc.precision, 1.0));
    }
}
