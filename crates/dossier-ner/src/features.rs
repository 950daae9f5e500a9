//! Feature extraction: every feature is a hash of a template id and the values it combines,
//! reduced to a row of the weight table. No feature string is ever built.

use rustc_hash::FxHashMap;

use crate::tags::{bilou_parts, TAG_COUNT};

use crate::keys::hash_chars;
pub(crate) use crate::keys::{lower_key, mix, phrase_key, word_key, MAX_NAME_TOKENS};

fn shape_class(c: char) -> char {
    if c.is_uppercase() {
        'X'
    } else if c.is_lowercase() {
        'x'
    } else if c.is_numeric() {
        'd'
    } else if c.is_alphabetic() {
        'a'
    } else if c.is_ascii() {
        c
    } else {
        'o'
    }
}

/// Word clusters of three granularities and case statistics learnt from unlabelled text, and
/// name lists learnt from the training data.
#[derive(Debug, Default, Clone)]
pub(crate) struct Lexicon {
    /// Word (exact form) -> cluster ids (coarse, medium, fine).
    pub clusters: FxHashMap<u64, [u16; 3]>,
    /// Lower-case word -> how often it is capitalised away from the start of a sentence
    /// (0: < 10 %, 1: < 50 %, 2: < 90 %, 3: otherwise).
    pub case_ratio: FxHashMap<u64, u8>,
    /// Token sequence (1 to [`MAX_NAME_TOKENS`] tokens) -> bit set of the labels it was seen
    /// with in the training data (bit i = `NerLabel::ALL[i]`).
    pub names: FxHashMap<u64, u8>,
    /// Token sequences in the external gazetteer (people, organisations, places), with the
    /// bit set of the lists they are in (see [`crate::gazetteer`]).
    pub gazetteer: crate::gazetteer::GazetteerEntries,
}

/// Looks token sequences up in the name lists (the training code substitutes lists that leave
/// out the fold being featurised).
pub(crate) trait NameLists {
    /// Label bit set of a phrase key, 0 when unknown.
    fn labels(&self, key: u64) -> u8;
    /// Bit set of the external gazetteer lists containing the phrase, 0 when none.
    fn gazetteer(&self, key: u64) -> u8;
}

impl NameLists for Lexicon {
    fn labels(&self, key: u64) -> u8 {
        self.names.get(&key).copied().unwrap_or(0)
    }

    fn gazetteer(&self, key: u64) -> u8 {
        self.gazetteer.get(&key).copied().unwrap_or(0)
    }
}

/// Precomputed per-token values.
#[derive(Debug, Clone, Copy)]
pub(crate) struct TokenInfo {
    word: u64,
    pub lower: u64,
    shape: u64,
    short_shape: u64,
    prefixes: [u64; 4],
    suffixes: [u64; 4],
    clusters: Option<[u16; 3]>,
    case_ratio: u8,
    /// First character upper case.
    pub capitalised: bool,
    /// Every letter lower case (and at least one letter).
    pub lowercase: bool,
    /// Every letter upper case (and at least one letter).
    pub all_caps: bool,
    /// First character a digit.
    pub starts_with_digit: bool,
}

impl TokenInfo {
    pub(crate) fn new(word: &str, lexicon: &Lexicon) -> TokenInfo {
        let lower = lower_key(word);
        let mut shape_h = 0xcbf2_9ce4_8422_2325u64;
        let mut short_h = shape_h;
        let mut last_short = '\0';
        let (mut letters, mut uppers, mut lowers) = (0, 0, 0);
        for (n, c) in word.chars().enumerate() {
            let class = shape_class(c);
            if n < 12 {
                shape_h = (shape_h ^ class as u64).wrapping_mul(0x0100_0000_01b3);
            }
            if class != last_short {
                short_h = (short_h ^ class as u64).wrapping_mul(0x0100_0000_01b3);
                last_short = class;
            }
            if c.is_alphabetic() {
                letters += 1;
                uppers += usize::from(c.is_uppercase());
                lowers += usize::from(c.is_lowercase());
            }
        }
        let mut prefixes = [0; 4];
        let mut suffixes = [0; 4];
        let count = word.chars().count();
        for k in 1..=4usize {
            let seed = 10 + k as u64;
            prefixes[k - 1] = if count >= k {
                hash_chars(seed, word.chars().take(k).flat_map(char::to_lowercase))
            } else {
                0
            };
            suffixes[k - 1] = if count >= k {
                hash_chars(
                    seed + 10,
                    word.chars().skip(count - k).flat_map(char::to_lowercase),
                )
            } else {
                0
            };
        }
        TokenInfo {
            word: word_key(word),
            lower,
            shape: mix(shape_h, 4),
            short_shape: mix(short_h, 5),
            prefixes,
            suffixes,
            clusters: lexicon.clusters.get(&word_key(word)).copied(),
            case_ratio: lexicon.case_ratio.get(&lower).map_or(4, |&r| r),
            capitalised: word.chars().next().is_some_and(char::is_uppercase),
            lowercase: letters > 0 && lowers == letters,
            all_caps: letters > 0 && uppers == letters,
            starts_with_digit: word.starts_with(|c: char| c.is_ascii_digit()),
        }
    }
}

/// What earlier sentences of the same document said about a word (by lower-case key).
#[derive(Debug, Default)]
pub(crate) struct DocumentMemory {
    /// Labels given to earlier capitalised occurrences: counts per label, then count as `O`.
    predicted: FxHashMap<u64, [u16; 5]>,
    /// Words seen written in lower case somewhere in the document.
    seen_lowercase: rustc_hash::FxHashSet<u64>,
    /// Words seen capitalised inside a sentence (not first, not in an all-caps line).
    seen_capitalised_inside: rustc_hash::FxHashSet<u64>,
    /// Capitalised word -> the words next to its capitalised occurrences in the document
    /// (hashed with their side; at most [`MAX_AGGREGATED_CONTEXTS`]).
    contexts: FxHashMap<u64, Vec<u64>>,
}

/// Most neighbouring words remembered per capitalised word of a document.
const MAX_AGGREGATED_CONTEXTS: usize = 12;

impl DocumentMemory {
    /// Records the case evidence of a whole document before it is tagged.
    pub(crate) fn observe_case(&mut self, sentences: &[Vec<TokenInfo>]) {
        for tokens in sentences {
            let all_caps_line = sentence_is_all_caps(tokens);
            for (i, token) in tokens.iter().enumerate() {
                if token.lowercase {
                    self.seen_lowercase.insert(token.lower);
                } else if token.capitalised && i > 0 && !all_caps_line && !token.all_caps {
                    self.seen_capitalised_inside.insert(token.lower);
                }
                if token.capitalised {
                    let contexts = self.contexts.entry(token.lower).or_default();
                    for (side, neighbour) in [(1u64, i.checked_sub(1)), (2, Some(i + 1))] {
                        if contexts.len() >= MAX_AGGREGATED_CONTEXTS {
                            break;
                        }
                        if let Some(neighbour) = neighbour.and_then(|j| tokens.get(j)) {
                            contexts.push(mix(side, neighbour.lower));
                        }
                    }
                }
            }
        }
    }

    /// Records the tags given to a tagged sentence.
    pub(crate) fn remember(&mut self, tokens: &[TokenInfo], tags: &[usize]) {
        for (token, &tag) in tokens.iter().zip(tags) {
            if !token.capitalised {
                continue;
            }
            let slot = bilou_parts(tag).map_or(4, |(label, _)| label.index());
            let counts = self.predicted.entry(token.lower).or_default();
            counts[slot] = counts[slot].saturating_add(1);
        }
    }

    /// Whether labels of other occurrences of this (capitalised) token are recorded.
    pub(crate) fn knows(&self, token: &TokenInfo) -> bool {
        token.capitalised && self.predicted.contains_key(&token.lower)
    }

    /// Removes what [`DocumentMemory::remember`] recorded for a sentence.
    pub(crate) fn forget(&mut self, tokens: &[TokenInfo], tags: &[usize]) {
        for (token, &tag) in tokens.iter().zip(tags) {
            if !token.capitalised {
                continue;
            }
            let slot = bilou_parts(tag).map_or(4, |(label, _)| label.index());
            if let Some(counts) = self.predicted.get_mut(&token.lower) {
                counts[slot] = counts[slot].saturating_sub(1);
                if counts.iter().all(|&c| c == 0) {
                    self.predicted.remove(&token.lower);
                }
            }
        }
    }
}

/// True for headline lines in capitals: at least two tokens with letters, all upper case.
pub(crate) fn sentence_is_all_caps(tokens: &[TokenInfo]) -> bool {
    let mut words = 0;
    for token in tokens {
        if token.lowercase || (token.capitalised && !token.all_caps) {
            return false;
        }
        words += usize::from(token.all_caps);
    }
    words >= 2
}

/// What kind of line a sentence is.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct LineKind {
    /// A headline in capitals ([`sentence_is_all_caps`]).
    pub all_caps: bool,
    /// A table row ([`sentence_is_table_row`]).
    pub table: bool,
}

impl LineKind {
    pub(crate) fn of(tokens: &[TokenInfo]) -> LineKind {
        LineKind {
            all_caps: sentence_is_all_caps(tokens),
            table: sentence_is_table_row(tokens),
        }
    }
}

/// True for table rows (results, standings): at least two tokens, a third of them numbers.
pub(crate) fn sentence_is_table_row(tokens: &[TokenInfo]) -> bool {
    let numbers = tokens.iter().filter(|t| t.starts_with_digit).count();
    tokens.len() >= 2 && 3 * numbers >= tokens.len()
}

/// Template ids of the transition features.
pub(crate) const TEMPLATE_PREVIOUS_TAG: u64 = 200;
pub(crate) const TEMPLATE_PREVIOUS_TAG_SHAPE: u64 = 201;

/// Row of the weight table for a feature hash.
#[inline]
pub(crate) fn row(hash: u64, mask: usize) -> u32 {
    (hash as usize & mask) as u32
}

/// Appends the rows of every feature of token `i` that does not depend on the tags of the
/// same sentence (tags of earlier sentences enter through `memory`).
pub(crate) fn token_rows(
    tokens: &[TokenInfo],
    i: usize,
    line: LineKind,
    names: &dyn NameLists,
    memory: &DocumentMemory,
    mask: usize,
    out: &mut Vec<u32>,
) {
    const NONE: u64 = 0x5555;
    let at = |offset: isize| -> Option<&TokenInfo> {
        let j = i as isize + offset;
        (j >= 0).then(|| tokens.get(j as usize)).flatten()
    };
    let lower_at = |offset: isize| at(offset).map_or(NONE.wrapping_add(offset as u64), |t| t.lower);
    let short_at =
        |offset: isize| at(offset).map_or(NONE.wrapping_add(offset as u64), |t| t.short_shape);
    let cluster_at = |offset: isize, level: usize| {
        at(offset).map_or(NONE.wrapping_add(offset as u64), |t| {
            t.clusters.map_or(NONE - 1, |c| u64::from(c[level]))
        })
    };
    let LineKind {
        all_caps: all_caps_line,
        table: table_line,
    } = line;
    let t = &tokens[i];
    let mut push = |template: u64, value: u64| out.push(row(mix(template, value), mask));
    let first = i == 0;
    push(1, 0);
    push(2, t.lower);
    push(3, t.word);
    push(4, lower_at(-1));
    push(5, lower_at(1));
    push(6, lower_at(-2));
    push(7, lower_at(2));
    push(8, t.shape);
    push(9, short_at(-1));
    push(10, short_at(1));
    push(11, mix(mix(short_at(-1), t.short_shape), short_at(1)));
    for k in 0..4 {
        if t.prefixes[k] != 0 {
            push(12 + k as u64, t.prefixes[k]);
        }
        if t.suffixes[k] != 0 {
            push(16 + k as u64, t.suffixes[k]);
        }
    }
    push(20, mix(lower_at(-1), t.lower));
    push(21, mix(t.lower, lower_at(1)));
    push(22, mix(t.short_shape, u64::from(first)));
    push(23, mix(lower_at(-1), t.short_shape));
    push(24, mix(t.short_shape, lower_at(1)));
    for level in 0..3 {
        push(30 + level as u64, cluster_at(0, level));
        push(33 + level as u64, cluster_at(-1, level));
        push(36 + level as u64, cluster_at(1, level));
    }
    push(39, cluster_at(-2, 0));
    push(40, cluster_at(2, 0));
    push(41, mix(cluster_at(0, 1), t.short_shape));
    push(42, mix(cluster_at(-1, 2), cluster_at(0, 1)));
    let uncertain_case = first || all_caps_line;
    push(43, mix(u64::from(all_caps_line), t.short_shape));
    push(44, mix(u64::from(uncertain_case), u64::from(t.case_ratio)));
    push(
        45,
        mix(
            mix(u64::from(uncertain_case), u64::from(t.case_ratio)),
            t.short_shape,
        ),
    );

    // Name lists: every listed phrase covering token i, with i's position in it.
    for start in i.saturating_sub(MAX_NAME_TOKENS - 1)..=i {
        let mut keys = [0u64; MAX_NAME_TOKENS];
        for len in 1..=MAX_NAME_TOKENS {
            let end = start + len;
            if end > tokens.len() {
                break;
            }
            keys[len - 1] = tokens[end - 1].lower;
            if end <= i {
                continue;
            }
            let key = phrase_key(&keys[..len]);
            let labels = names.labels(key);
            let listed = names.gazetteer(key);
            if labels == 0 && listed == 0 {
                continue;
            }
            let position = if len == 1 {
                0
            } else if start == i {
                1
            } else if end == i + 1 {
                3
            } else {
                2
            };
            if labels != 0 {
                push(50, mix(u64::from(labels), position));
                push(51, mix(mix(u64::from(labels), position), len.min(3) as u64));
            }
            if listed != 0 {
                push(52, mix(u64::from(listed), position));
                push(53, mix(mix(u64::from(listed), position), t.short_shape));
                push(
                    56,
                    mix(mix(u64::from(listed), position), u64::from(table_line)),
                );
                for bit in 0..8u64 {
                    if listed & (1 << bit) != 0 {
                        push(54, mix(bit, position));
                        push(55, mix(mix(bit, position), len.min(3) as u64));
                    }
                }
            }
        }
    }

    // Table rows (results, standings): many numbers in the line.
    if table_line {
        push(46, mix(t.short_shape, short_at(1)));
        push(47, mix(cluster_at(0, 0), short_at(1)));
    }

    // Document-level consistency.
    if t.capitalised {
        if let Some(contexts) = memory.contexts.get(&t.lower) {
            for &context in contexts {
                push(64, context);
            }
        }
    }
    if t.capitalised {
        if let Some(counts) = memory.predicted.get(&t.lower) {
            let total: u32 = counts.iter().map(|&c| u32::from(c)).sum();
            if let Some((best, &n)) = counts.iter().enumerate().max_by_key(|(_, &c)| c) {
                let unanimous = u32::from(n) == total;
                push(60, mix(best as u64, u64::from(unanimous)));
                push(
                    61,
                    mix(mix(best as u64, u64::from(unanimous)), t.short_shape),
                );
            }
        }
    }
    if uncertain_case || t.all_caps {
        let lower_seen = memory.seen_lowercase.contains(&t.lower);
        let capitalised_seen = memory.seen_capitalised_inside.contains(&t.lower);
        push(62, mix(u64::from(lower_seen), u64::from(capitalised_seen)));
        push(
            63,
            mix(
                mix(u64::from(lower_seen), u64::from(capitalised_seen)),
                t.short_shape,
            ),
        );
    }
}

/// Row of the transition feature from `previous` (tag or start) given the current token.
#[inline]
pub(crate) fn transition_rows(previous: usize, token: &TokenInfo, mask: usize) -> [u32; 2] {
    [
        row(mix(TEMPLATE_PREVIOUS_TAG, previous as u64), mask),
        row(
            mix(
                mix(TEMPLATE_PREVIOUS_TAG_SHAPE, previous as u64),
                token.short_shape,
            ),
            mask,
        ),
    ]
}

/// Scores of every tag: the sum of the weight rows of a token's features.
pub(crate) trait WeightTable {
    /// Adds row `row` to `scores`.
    fn add_row(&self, row: u32, scores: &mut [f32; TAG_COUNT]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_keys_ignore_case_and_digits() {
        assert_eq!(lower_key("Gondor"), lower_key("GONDOR"));
        assert_eq!(lower_key("F-16"), lower_key("f-35"));
        assert_ne!(word_key("Gondor"), word_key("GONDOR"));
    }

    #[test]
    fn token_info_flags_and_headline_detection() {
        let lexicon = Lexicon::default();
        let words = ["ARNOR", "BEATS", "GONDOR", "2-1"];
        let tokens: Vec<TokenInfo> = words.iter().map(|w| TokenInfo::new(w, &lexicon)).collect();
        assert!(tokens[0].all_caps && tokens[0].capitalised && !tokens[0].lowercase);
        assert!(sentence_is_all_caps(&tokens));
        let mixed: Vec<TokenInfo> = ["Arnor", "beats", "Gondor"]
            .iter()
            .map(|w| TokenInfo::new(w, &lexicon))
            .collect();
        assert!(!sentence_is_all_caps(&mixed));
    }

    #[test]
    fn name_lists_mark_the_position_inside_a_phrase() {
        let mut lexicon = Lexicon::default();
        let words = ["the", "Minas", "Tirith", "Guard", "marched"];
        let tokens: Vec<TokenInfo> = words.iter().map(|w| TokenInfo::new(w, &lexicon)).collect();
        let phrase: Vec<u64> = tokens[1..4].iter().map(|t| t.lower).collect();
        lexicon.names.insert(phrase_key(&phrase), 0b10);
        let memory = DocumentMemory::default();
        let mask = (1 << 20) - 1;
        let rows_at = |i: usize, lexicon: &Lexicon| {
            let mut rows = Vec::new();
            token_rows(
                &tokens,
                i,
                LineKind::default(),
                lexicon,
                &memory,
                mask,
                &mut rows,
            );
            rows
        };
        let middle = rows_at(2, &lexicon);
        assert!(middle.contains(&row(mix(50, mix(2, 2)), mask)));
        let first = rows_at(1, &lexicon);
        assert!(first.contains(&row(mix(50, mix(2, 1)), mask)));
        let outside = rows_at(4, &lexicon);
        assert!(!outside.iter().any(|r| *r == row(mix(50, mix(2, 3)), mask)));
    }
}
