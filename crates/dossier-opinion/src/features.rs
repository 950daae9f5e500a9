//! Features of a sentence: hashed sparse features for the English model (words, word bigrams,
//! character n-grams, lexicon cues, shape) and a short dense vector of language-independent
//! features (cue classes, punctuation, numbers, length, attribution) for the fallback model.

use crate::attribution::{find_attribution, Attribution};
use crate::lexicon::{find_cues, normalised_tokens, CueClass, CueMatch};
use crate::word_lexicon::{word_lexicon_features, WORD_LEXICON_NAMES};
use dossier_text::{tokenize, Token, TokenKind};

/// Scale of the real-valued word-lexicon features against the unit-length hashed families.
pub(crate) const LEXICON_SCALE: f32 = 1.0;

/// Which feature families the English model uses. Stored in the model file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FeatureConfig {
    /// Lower-cased words.
    pub words: bool,
    /// Pairs of adjacent lower-cased words, with sentence boundaries.
    pub bigrams: bool,
    /// Smallest character n-gram (0 = no character n-grams).
    pub char_min: u8,
    /// Largest character n-gram.
    pub char_max: u8,
    /// Lexicon cues: their class and the phrase itself.
    pub cues: bool,
    /// Sentence shape: length, numbers, quotation marks, question and exclamation marks,
    /// attribution.
    pub shape: bool,
    /// Real-valued word-lexicon features: TextBlob subjectivity and polarity, VADER valence,
    /// personal pronouns, modals, intensifiers, negation, comparison.
    pub lexicon: bool,
}

impl FeatureConfig {
    pub(crate) fn to_bytes(self) -> [u8; 7] {
        [
            self.words as u8,
            self.bigrams as u8,
            self.char_min,
            self.char_max,
            self.cues as u8,
            self.shape as u8,
            self.lexicon as u8,
        ]
    }

    pub(crate) fn from_bytes(b: &[u8]) -> Option<FeatureConfig> {
        match b {
            [words, bigrams, char_min, char_max, cues, shape, lexicon] => Some(FeatureConfig {
                words: *words != 0,
                bigrams: *bigrams != 0,
                char_min: *char_min,
                char_max: *char_max,
                cues: *cues != 0,
                shape: *shape != 0,
                lexicon: *lexicon != 0,
            }),
            _ => None,
        }
    }
}

/// Number of hash bits of the sparse feature space.
pub(crate) const HASH_BITS: u32 = 20;

/// Length of the dense language-independent vector.
pub(crate) const DENSE_LEN: usize = CueClass::ALL.len() + 8;

/// A sentence tokenized, with its cues and attribution.
pub(crate) struct Analysed<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token>,
    pub norm: Vec<String>,
    pub cues: Vec<CueMatch>,
    pub attribution: Option<Attribution>,
}

impl<'a> Analysed<'a> {
    pub(crate) fn new(text: &'a str) -> Analysed<'a> {
        let tokens = tokenize(text);
        let norm = normalised_tokens(text, &tokens);
        let cues = find_cues(&tokens, &norm);
        let attribution = find_attribution(text, &tokens, &norm);
        Analysed {
            text,
            tokens,
            norm,
            cues,
            attribution,
        }
    }

    /// True when most letters are in Arabic script.
    pub(crate) fn is_arabic(&self) -> bool {
        let (mut arabic, mut other) = (0usize, 0usize);
        for c in self.text.chars().filter(|c| c.is_alphabetic()) {
            if ('\u{0600}'..='\u{06FF}').contains(&c)
                || ('\u{0750}'..='\u{077F}').contains(&c)
                || ('\u{FB50}'..='\u{FEFF}').contains(&c)
            {
                arabic += 1;
            } else {
                other += 1;
            }
        }
        arabic > other
    }

    fn has_punct(&self, options: &[&str]) -> bool {
        self.tokens
            .iter()
            .any(|t| t.kind == TokenKind::Punct && options.iter().any(|o| t.text(self.text) == *o))
    }

    fn has_quotes(&self) -> bool {
        self.has_punct(&["\"", "“", "”", "«", "»", "‘", "’", "'"])
    }
}

/// FNV-1a over a family tag and the feature's parts.
fn hash(family: u8, parts: &[&str]) -> u32 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |b: u8| {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    };
    eat(family);
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            eat(0x1f);
        }
        for b in part.bytes() {
            eat(b);
        }
    }
    ((h >> 32) ^ h) as u32 & ((1 << HASH_BITS) - 1)
}

/// Adds the hashed features of one family, binary and scaled to unit length.
fn push_family(out: &mut Vec<(u32, f32)>, mut ids: Vec<u32>) {
    ids.sort_unstable();
    ids.dedup();
    if ids.is_empty() {
        return;
    }
    let value = 1.0 / (ids.len() as f32).sqrt();
    out.extend(ids.into_iter().map(|id| (id, value)));
}

/// The length bucket of a sentence of `n` tokens.
fn length_bucket(n: usize) -> &'static str {
    match n {
        0..=6 => "xs",
        7..=14 => "s",
        15..=25 => "m",
        26..=40 => "l",
        _ => "xl",
    }
}

/// The hashed sparse features of a sentence: sorted by id, ids unique.
pub(crate) fn sparse_features(config: &FeatureConfig, a: &Analysed) -> Vec<(u32, f32)> {
    let mut out = Vec::with_capacity(256);
    let words: Vec<&str> = a
        .tokens
        .iter()
        .zip(&a.norm)
        .map(|(t, n)| match t.kind {
            TokenKind::Number => "<num>",
            TokenKind::Url => "<url>",
            TokenKind::Handle => "<handle>",
            _ => n.as_str(),
        })
        .collect();
    if config.words {
        push_family(&mut out, words.iter().map(|w| hash(b'w', &[w])).collect());
    }
    if config.bigrams {
        let mut ids = Vec::with_capacity(words.len() + 1);
        let mut previous = "<s>";
        for w in words.iter().copied().chain(std::iter::once("</s>")) {
            ids.push(hash(b'b', &[previous, w]));
            previous = w;
        }
        push_family(&mut out, ids);
    }
    if config.char_min > 0 && config.char_max >= config.char_min {
        let mut ids = Vec::new();
        for w in &words {
            let chars: Vec<char> = std::iter::once(' ')
                .chain(w.chars())
                .chain(std::iter::once(' '))
                .collect();
            let mut buf = String::new();
            for n in config.char_min as usize..=config.char_max as usize {
                for window in chars.windows(n) {
                    buf.clear();
                    buf.extend(window);
                    ids.push(hash(b'c', &[&buf]));
                }
            }
        }
        push_family(&mut out, ids);
    }
    if config.cues {
        let mut ids = Vec::new();
        for cue in &a.cues {
            ids.push(hash(b'q', &[cue.class.name()]));
            let entry = cue.entry.to_string();
            ids.push(hash(
                b'e',
                &[
                    match (cue.arabic, cue.writer_voice) {
                        (true, _) => "ar",
                        (false, true) => "wv",
                        (false, false) => "en",
                    },
                    &entry,
                ],
            ));
        }
        if ids.is_empty() {
            ids.push(hash(b'q', &["none"]));
        }
        push_family(&mut out, ids);
    }
    if config.shape {
        let mut ids = vec![hash(b's', &["len", length_bucket(a.tokens.len())])];
        let numbers = a
            .tokens
            .iter()
            .filter(|t| t.kind == TokenKind::Number)
            .count();
        ids.push(hash(b's', &["num", &numbers.min(3).to_string()]));
        if a.has_quotes() {
            ids.push(hash(b's', &["quote"]));
        }
        if a.has_punct(&["?", "؟"]) {
            ids.push(hash(b's', &["question"]));
        }
        if a.has_punct(&["!"]) {
            ids.push(hash(b's', &["exclaim"]));
        }
        if a.attribution.is_some() {
            ids.push(hash(b's', &["attributed"]));
        }
        push_family(&mut out, ids);
    }
    if config.lexicon {
        let plain: Vec<&str> = a
            .tokens
            .iter()
            .zip(&a.norm)
            .filter(|(t, _)| matches!(t.kind, TokenKind::Word | TokenKind::Clitic))
            .map(|(_, n)| n.as_str())
            .collect();
        let values = word_lexicon_features(&plain, a.tokens.len());
        for (name, value) in WORD_LEXICON_NAMES.iter().zip(values) {
            if value != 0.0 {
                out.push((hash(b'l', &[name]), value * LEXICON_SCALE));
            }
        }
    }
    // Families may collide on an id: merge.
    out.sort_unstable_by_key(|(id, _)| *id);
    let mut merged: Vec<(u32, f32)> = Vec::with_capacity(out.len());
    for (id, v) in out {
        match merged.last_mut() {
            Some((last, value)) if *last == id => *value += v,
            _ => merged.push((id, v)),
        }
    }
    merged
}

/// The dense language-independent features of a sentence.
pub(crate) fn dense_features(a: &Analysed) -> [f32; DENSE_LEN] {
    let mut x = [0f32; DENSE_LEN];
    for cue in &a.cues {
        x[cue.class.index()] += 1.0;
    }
    for v in x.iter_mut().take(CueClass::ALL.len()) {
        *v = v.min(3.0) / 3.0;
    }
    let k = CueClass::ALL.len();
    let n = a.tokens.len().max(1) as f32;
    let numbers = a
        .tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Number)
        .count() as f32;
    x[k] = a.has_punct(&["?", "؟"]) as u8 as f32;
    x[k + 1] = a.has_punct(&["!"]) as u8 as f32;
    x[k + 2] = a.has_quotes() as u8 as f32;
    x[k + 3] = (numbers > 0.0) as u8 as f32;
    x[k + 4] = (numbers / n * 5.0).min(1.0);
    x[k + 5] = (n.ln() / 60f32.ln()).min(1.5);
    x[k + 6] = a.attribution.is_some() as u8 as f32;
    x[k + 7] = (a.cues.len() as f32 / n * 5.0).min(1.0);
    x
}

/// The dense vector in the sparse form the trainer takes (ids are positions).
pub(crate) fn dense_as_sparse(x: &[f32; DENSE_LEN]) -> Vec<(u32, f32)> {
    x.iter()
        .enumerate()
        .filter(|(_, v)| **v != 0.0)
        .map(|(i, v)| (i as u32, *v))
        .collect()
}
