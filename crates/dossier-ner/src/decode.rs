//! Viterbi decoding of one sentence over the BILOU tags, and tagging of whole documents.

use crate::features::{
    token_rows, transition_rows, DocumentMemory, Lexicon, LineKind, NameLists, TokenInfo,
    WeightTable,
};
use crate::tags::{may_end, transition_allowed, START_TAG, TAG_COUNT};

/// Features of one sentence: the rows of each token, flattened.
#[derive(Debug, Default)]
pub(crate) struct SentenceFeatures {
    pub rows: Vec<u32>,
    /// `rows[offsets[i]..offsets[i + 1]]` are the rows of token i.
    pub offsets: Vec<usize>,
}

impl SentenceFeatures {
    pub(crate) fn extract(
        &mut self,
        tokens: &[TokenInfo],
        names: &dyn NameLists,
        memory: &DocumentMemory,
        mask: usize,
    ) {
        self.rows.clear();
        self.offsets.clear();
        self.offsets.push(0);
        let line = LineKind::of(tokens);
        for i in 0..tokens.len() {
            token_rows(tokens, i, line, names, memory, mask, &mut self.rows);
            self.offsets.push(self.rows.len());
        }
    }

    pub(crate) fn token(&self, i: usize) -> &[u32] {
        &self.rows[self.offsets[i]..self.offsets[i + 1]]
    }
}

/// Best tag sequence (internal BILOU ids) of a sentence, with each tag's margin over the best
/// other tag at its position on the best path (a confidence in score units).
pub(crate) fn viterbi<W: WeightTable + ?Sized>(
    tokens: &[TokenInfo],
    features: &SentenceFeatures,
    weights: &W,
    mask: usize,
) -> (Vec<usize>, Vec<f32>) {
    viterbi_with_cost(tokens, features, weights, mask, None)
}

/// [`viterbi`] with an optional cost added to every tag that differs from a gold tag
/// (`(gold tags, cost)`), so that training also corrects correct tags won by a small margin.
pub(crate) fn viterbi_with_cost<W: WeightTable + ?Sized>(
    tokens: &[TokenInfo],
    features: &SentenceFeatures,
    weights: &W,
    mask: usize,
    cost: Option<(&[usize], f32)>,
) -> (Vec<usize>, Vec<f32>) {
    let n = tokens.len();
    if n == 0 {
        return (Vec::new(), Vec::new());
    }
    let mut emission = vec![[0f32; TAG_COUNT]; n];
    for (i, scores) in emission.iter_mut().enumerate() {
        for &row in features.token(i) {
            weights.add_row(row, scores);
        }
        if let Some((gold, cost)) = cost {
            for (tag, score) in scores.iter_mut().enumerate() {
                if gold.get(i) != Some(&tag) {
                    *score += cost;
                }
            }
        }
    }
    let mut best = vec![[f32::NEG_INFINITY; TAG_COUNT]; n];
    let mut back = vec![[0u8; TAG_COUNT]; n];
    let mut transition = [0f32; TAG_COUNT];
    {
        for &row in &transition_rows(START_TAG, &tokens[0], mask) {
            weights.add_row(row, &mut transition);
        }
        for tag in 0..TAG_COUNT {
            if transition_allowed(START_TAG, tag) {
                best[0][tag] = emission[0][tag] + transition[tag];
            }
        }
    }
    for i in 1..n {
        for previous in 0..TAG_COUNT {
            let from = best[i - 1][previous];
            if from == f32::NEG_INFINITY {
                continue;
            }
            transition = [0f32; TAG_COUNT];
            for &row in &transition_rows(previous, &tokens[i], mask) {
                weights.add_row(row, &mut transition);
            }
            for tag in 0..TAG_COUNT {
                if !transition_allowed(previous, tag) {
                    continue;
                }
                let score = from + transition[tag] + emission[i][tag];
                if score > best[i][tag] {
                    best[i][tag] = score;
                    back[i][tag] = previous as u8;
                }
            }
        }
    }
    let mut last = 0;
    let mut last_score = f32::NEG_INFINITY;
    for (tag, &score) in best[n - 1].iter().enumerate() {
        if may_end(tag) && score > last_score {
            last_score = score;
            last = tag;
        }
    }
    let mut tags = vec![0; n];
    tags[n - 1] = last;
    for i in (1..n).rev() {
        tags[i - 1] = usize::from(back[i][tags[i]]);
    }
    let margins = tags
        .iter()
        .zip(&emission)
        .map(|(&tag, scores)| {
            let others = scores
                .iter()
                .enumerate()
                .filter(|&(other, _)| other != tag)
                .map(|(_, &s)| s)
                .fold(f32::NEG_INFINITY, f32::max);
            scores[tag] - others
        })
        .collect();
    (tags, margins)
}

/// Tags every sentence of one document in order, sharing what earlier sentences said.
pub(crate) fn tag_document<W: WeightTable + ?Sized>(
    sentences: &[Vec<TokenInfo>],
    names: &dyn NameLists,
    weights: &W,
    mask: usize,
) -> Vec<(Vec<usize>, Vec<f32>)> {
    let mut memory = DocumentMemory::default();
    memory.observe_case(sentences);
    let mut features = SentenceFeatures::default();
    let first_pass: Vec<(Vec<usize>, Vec<f32>)> = sentences
        .iter()
        .map(|tokens| {
            features.extract(tokens, names, &memory, mask);
            let tagged = viterbi(tokens, &features, weights, mask);
            memory.remember(tokens, &tagged.0);
            tagged
        })
        .collect();
    if !SECOND_PASS.load(std::sync::atomic::Ordering::Relaxed) {
        return first_pass;
    }
    // Second pass: every sentence sees the labels the first pass gave the other sentences of
    // the document, later ones included.
    sentences
        .iter()
        .zip(first_pass)
        .map(|(tokens, (tags, margins))| {
            memory.forget(tokens, &tags);
            if !tokens.iter().any(|t| memory.knows(t)) {
                // No word of this sentence was labelled elsewhere: the first pass saw the same.
                memory.remember(tokens, &tags);
                return (tags, margins);
            }
            features.extract(tokens, names, &memory, mask);
            let tagged = viterbi(tokens, &features, weights, mask);
            memory.remember(tokens, &tags);
            tagged
        })
        .collect()
}

/// Whether documents are tagged twice.
pub static SECOND_PASS: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(true);

/// Token information of a document given as sentences of words.
pub(crate) fn document_infos(sentences: &[Vec<&str>], lexicon: &Lexicon) -> Vec<Vec<TokenInfo>> {
    sentences
        .iter()
        .map(|words| words.iter().map(|w| TokenInfo::new(w, lexicon)).collect())
        .collect()
}
