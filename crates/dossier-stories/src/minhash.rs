//! Near-duplicate (reprint) detection: MinHash signatures of an article's word shingles, their
//! estimated Jaccard similarity, and the locality-sensitive bands under which the index files
//! each signature.
//!
//! Separate from the clustering because it is pure hashing: it knows nothing of stories, and
//! its hash functions are part of the stored features (changing them changes every signature).

/// Estimated shingle Jaccard from which an article is a reprint of an earlier one.
pub const NEAR_DUPLICATE_JACCARD: f32 = 0.7;
/// Values in a signature.
pub(crate) const MINHASH_SIZE: usize = 128;
/// Bands of the locality-sensitive hashing (each `MINHASH_SIZE / MINHASH_BANDS` values).
pub(crate) const MINHASH_BANDS: usize = 32;
/// Words per shingle.
const SHINGLE_WORDS: usize = 5;

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

/// The locality-sensitive keys of a signature: per band, the band number and a hash of its
/// values. Two signatures sharing a key are compared; a signature shorter than
/// [`MINHASH_SIZE`] has none.
pub(crate) fn band_keys(minhash: &[u32]) -> Vec<(usize, u64)> {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        text.split_whitespace().map(str::to_string).collect()
    }

    #[test]
    fn the_hashes_are_fixed() {
        // Stored signatures depend on these exact values.
        assert_eq!(mix(0), 0xe220_a839_7b1d_cdaf);
        assert_eq!(hash_str(""), mix(0xcbf2_9ce4_8422_2325));
        assert_ne!(hash_str("gondor"), hash_str("arnor"));
    }

    #[test]
    fn no_words_give_the_empty_signature() {
        let sig = minhash(&[]);
        assert_eq!(sig.len(), MINHASH_SIZE);
        assert!(sig.iter().all(|v| *v == u32::MAX));
    }

    #[test]
    fn a_text_shorter_than_a_shingle_is_one_shingle() {
        let short = minhash(&words("gondor arnor"));
        assert_eq!(short.len(), MINHASH_SIZE);
        assert!(short.iter().all(|v| *v < u32::MAX));
        assert_eq!(short, minhash(&words("gondor arnor")));
        assert_ne!(short, minhash(&words("arnor gondor")));
    }

    #[test]
    fn similarity_estimates_shared_shingles() {
        let text = "the steward of gondor sent riders north to the ruins of fornost to count the \
                    stones of the old walls before the winter snows closed the road";
        let a = minhash(&words(text));
        assert_eq!(minhash_similarity(&a, &a), 1.0);
        let longer = minhash(&words(&format!("{text} reported by the pelargir herald")));
        let s = minhash_similarity(&a, &longer);
        assert!((NEAR_DUPLICATE_JACCARD..1.0).contains(&s), "{s}");
        let other = minhash(&words(
            "orc raiders crossed the fords of isen at night and the riders of rohan gave chase \
             across the westfold until the raiders scattered into the hills",
        ));
        assert!(minhash_similarity(&a, &other) < 0.2);
    }

    #[test]
    fn signatures_of_other_lengths_are_not_similar() {
        assert_eq!(minhash_similarity(&[], &[]), 0.0);
        assert_eq!(minhash_similarity(&[1, 2, 3], &[1, 2]), 0.0);
        assert_eq!(minhash_similarity(&[1, 2, 3, 4], &[1, 2, 0, 0]), 0.5);
    }

    #[test]
    fn bands_cover_the_signature() {
        let sig = minhash(&words(
            "the white tower of ecthelion stands in minas tirith",
        ));
        let keys = band_keys(&sig);
        assert_eq!(keys.len(), MINHASH_BANDS);
        assert!(keys.iter().enumerate().all(|(i, (band, _))| *band == i));
        // One changed value changes one band's key only.
        let mut changed = sig.clone();
        changed[5] ^= 1;
        let other = band_keys(&changed);
        let differing = keys.iter().zip(&other).filter(|(a, b)| a != b).count();
        assert_eq!(differing, 1);
        assert!(band_keys(&sig[..MINHASH_SIZE - 1]).is_empty());
    }
}
