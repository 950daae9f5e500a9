//! The arithmetic of the article vectors: idf weights, unit tf-idf vectors, sums of vectors and
//! the dot products between vectors and sums, some of them as fixed-point sums.
//!
//! Separate from the index because it is pure arithmetic over key ids and weights, and because
//! the order of its floating-point operations is part of the behaviour: sums read off hash maps
//! go through [`fixed_sum`] so that they do not depend on the maps' iteration order, and every
//! other sum runs in a fixed order (sorted vectors, arrival order).

use rustc_hash::FxHashMap as HashMap;

/// Idf of a key found in `df` articles of a collection of `docs` articles, counting one more
/// article (the one being weighed) in the collection.
pub(crate) fn idf(docs: usize, df: u32) -> f32 {
    let n = docs as f32 + 1.0;
    let df = df as f32;
    ((n + 1.0) / (df + 1.0)).ln() + 1.0
}

/// The weights `raw` (key id, weight before idf) times their idf, scaled to unit length (left
/// as they are when all are zero). Keeps the order of `raw`.
pub(crate) fn unit_vector(raw: &[(u32, f32)], idf_of: impl Fn(u32) -> f32) -> Vec<(u32, f32)> {
    let mut v: Vec<(u32, f32)> = raw.iter().map(|(k, w)| (*k, w * idf_of(*k))).collect();
    let norm = v.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
    if norm > 0.0 {
        for (_, w) in &mut v {
            *w /= norm;
        }
    }
    v
}

/// Adds `vector` to the sum vector `sum`, key by key.
pub(crate) fn add_vector(sum: &mut HashMap<u32, f32>, vector: &[(u32, f32)]) {
    for (k, w) in vector {
        *sum.entry(*k).or_insert(0.0) += w;
    }
}

/// Dot product of a vector with a sum vector, in the vector's order.
pub(crate) fn sparse_dot(vector: &[(u32, f32)], sum: &HashMap<u32, f32>) -> f32 {
    vector
        .iter()
        .filter_map(|(k, w)| sum.get(k).map(|s| w * s))
        .sum()
}

/// Dot product of two vectors sorted by key id.
pub(crate) fn sorted_dot(a: &[(u32, f32)], b: &[(u32, f32)]) -> f32 {
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

/// Scale of the fixed-point sums of [`fixed_sum`]: 2^32.
const FIXED_POINT: f64 = 4_294_967_296.0;

/// Sum of products of two f32 values (each exact in f64), read off hash maps. Each term is
/// truncated to 2^-32 units and the units are added as integers, so the sum does not depend on
/// the order in which the maps iterate: an index read back from a snapshot, whose maps hold the
/// same values in another order, computes the same value as the index it was written from, bit
/// for bit. (A term saturates at 2^31 units of 1, far above a product of two story sums.)
pub(crate) fn fixed_sum(terms: impl Iterator<Item = f64>) -> f32 {
    let fixed: i128 = terms.map(|p| i128::from((p * FIXED_POINT) as i64)).sum();
    (fixed as f64 / FIXED_POINT) as f32
}

/// Dot product of two sparse vectors held in hash maps (see [`fixed_sum`]).
pub(crate) fn map_dot(a: &HashMap<u32, f32>, b: &HashMap<u32, f32>) -> f32 {
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

    fn map(pairs: &[(u32, f32)]) -> HashMap<u32, f32> {
        pairs.iter().copied().collect()
    }

    #[test]
    fn idf_falls_with_document_frequency() {
        // Ten articles and the one weighed: ln(12 / 1) + 1 for a key no article has.
        assert_eq!(idf(10, 0), (12.0_f32).ln() + 1.0);
        assert_eq!(idf(10, 11), 1.0);
        assert!(idf(10, 1) > idf(10, 5));
        assert_eq!(idf(0, 0), (2.0_f32).ln() + 1.0);
    }

    #[test]
    fn unit_vectors_have_unit_length_and_keep_their_order() {
        let raw = [(7, 3.0), (2, 4.0)];
        let v = unit_vector(&raw, |_| 1.0);
        assert_eq!(v, vec![(7, 0.6), (2, 0.8)]);
        let weighted = unit_vector(&raw, |k| if k == 7 { 0.0 } else { 2.0 });
        assert_eq!(weighted, vec![(7, 0.0), (2, 1.0)]);
        // All weights zero: left at zero, not divided by zero.
        assert_eq!(unit_vector(&[(1, 0.0)], |_| 1.0), vec![(1, 0.0)]);
        assert!(unit_vector(&[], |_| 1.0).is_empty());
    }

    #[test]
    fn sums_and_dot_products() {
        let mut sum = HashMap::default();
        add_vector(&mut sum, &[(1, 0.5), (3, 0.25)]);
        add_vector(&mut sum, &[(3, 0.5), (4, 1.0)]);
        assert_eq!(sum, map(&[(1, 0.5), (3, 0.75), (4, 1.0)]));
        assert_eq!(sparse_dot(&[(1, 2.0), (2, 9.0), (3, 4.0)], &sum), 4.0);
        let a = [(1, 0.5), (3, 0.5), (8, 1.0)];
        let b = [(0, 7.0), (3, 2.0), (8, 0.25), (9, 1.0)];
        assert_eq!(sorted_dot(&a, &b), 1.25);
        assert_eq!(sorted_dot(&b, &a), 1.25);
        assert_eq!(sorted_dot(&a, &[]), 0.0);
    }

    #[test]
    fn fixed_point_sums_do_not_depend_on_order() {
        let terms = [0.1_f64, 1e-9, 0.3, 2.5e-7, 0.7, 1.0 / 3.0, -0.2];
        let forward = fixed_sum(terms.iter().copied());
        let backward = fixed_sum(terms.iter().rev().copied());
        assert_eq!(forward.to_bits(), backward.to_bits());
        // Each term is truncated to 2^-32 units: a term below one unit counts nothing.
        assert_eq!(fixed_sum([1e-12_f64; 1000].into_iter()), 0.0);
        assert_eq!(fixed_sum([0.5_f64, 0.25].into_iter()), 0.75);
    }

    #[test]
    fn map_dot_is_symmetric() {
        let a = map(&[(1, 0.5), (2, 0.25), (5, 1.0)]);
        let b = map(&[(2, 2.0), (5, 0.5), (6, 3.0), (7, 1.0)]);
        assert_eq!(map_dot(&a, &b), 1.0);
        assert_eq!(map_dot(&a, &b).to_bits(), map_dot(&b, &a).to_bits());
        assert_eq!(map_dot(&a, &HashMap::default()), 0.0);
    }
}
