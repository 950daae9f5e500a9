//! Hash keys of words and phrases, shared by the features, the name lists (gazetteer) and the
//! word clusters: kept apart so that those modules depend on the keys, not on each other.

/// 64-bit mixing step (from splitmix64).
#[inline]
pub(crate) fn mix(a: u64, b: u64) -> u64 {
    let mut z = a ^ b
        .wrapping_add(0x9E37_79B9_7F4A_7C15)
        .wrapping_add(a << 6)
        .wrapping_add(a >> 2);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// FNV-1a over bytes, finished with [`mix`].
#[inline]
fn hash_bytes(seed: u64, bytes: impl Iterator<Item = u8>) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325 ^ seed;
    for b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    mix(h, seed)
}

pub(crate) fn hash_chars(seed: u64, chars: impl Iterator<Item = char>) -> u64 {
    let mut buf = [0u8; 4];
    let mut h = 0xcbf2_9ce4_8422_2325 ^ seed;
    for c in chars {
        for &b in c.encode_utf8(&mut buf).as_bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    mix(h, seed)
}

/// Hash of a word exactly as written (used as the key of the cluster table).
pub(crate) fn word_key(word: &str) -> u64 {
    hash_bytes(1, word.bytes())
}

/// Hash of the lower-cased word with digits replaced by `0` (key of case statistics and
/// of the name lists).
pub(crate) fn lower_key(word: &str) -> u64 {
    hash_chars(
        2,
        word.chars()
            .flat_map(char::to_lowercase)
            .map(|c| if c.is_numeric() { '0' } else { c }),
    )
}

/// Key of a token sequence in the name lists: the lower-case keys of its tokens, chained.
pub(crate) fn phrase_key(lower_keys: &[u64]) -> u64 {
    lower_keys.iter().fold(3, |h, &k| mix(h, k))
}

/// Longest name matched against the name lists.
pub(crate) const MAX_NAME_TOKENS: usize = 4;
