//! Training on NewsSD-ENG: L2-regularised logistic regression fitted by accelerated full-batch
//! gradient descent (deterministic: no sampling, a fixed number of steps, a fixed summation
//! order). The English threshold (and, through [`tune`], the feature families and
//! regularisation) is chosen by cross-validation over contiguous blocks of `train.csv` (whole
//! articles) plus `val.csv`; the English model is then refitted on `train.csv` and `val.csv`
//! together. The language-independent fallback is fitted on `train.csv` and `val.csv` chooses its
//! threshold. `test.csv` is never read here.

use crate::data::{read_newssd, LabelledSentence};
use crate::features::{
    dense_as_sparse, dense_features, sparse_features, Analysed, FeatureConfig, DENSE_LEN,
};
use crate::model::{sigmoid, writer_voice_logit, DenseModel, OpinionModel, SparseModel};
use crate::scoring::macro_f1;
use crate::OpinionError;
use serde::Serialize;
use std::path::Path;

/// Hyper-parameters of training.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TrainOptions {
    /// Feature families of the English model.
    pub config: FeatureConfig,
    /// L2 penalty of the English model.
    pub lambda: f64,
    /// L2 penalty of the language-independent model.
    pub dense_lambda: f64,
    /// Gradient steps.
    pub iterations: usize,
    /// Weight the two classes equally (NewsSD-ENG train is one-third subjective).
    pub balanced: bool,
}

impl Default for TrainOptions {
    /// The settings chosen on NewsSD-ENG val with [`tune`].
    fn default() -> Self {
        TrainOptions {
            config: FeatureConfig {
                words: true,
                bigrams: false,
                char_min: 2,
                char_max: 5,
                cues: true,
                shape: true,
                lexicon: true,
            },
            lambda: 1e-3,
            dense_lambda: 1e-3,
            iterations: 600,
            balanced: true,
        }
    }
}

/// What training measured (on train and val only).
#[derive(Debug, Clone, Serialize)]
pub struct TrainReport {
    /// Sentences in NewsSD-ENG train.
    pub train_sentences: usize,
    /// Sentences in NewsSD-ENG val.
    pub val_sentences: usize,
    /// Sentences the shipped English model is fitted on (train and val).
    pub english_fit_sentences: usize,
    /// Non-zero weights of the English model.
    pub english_weights: usize,
    /// The English model's threshold, chosen on the grouped cross-validation scores.
    pub english_threshold: f32,
    /// Grouped cross-validation macro-F1 on train and val at that threshold (attributed
    /// sentences count as objective).
    pub english_cv_macro_f1: f64,
    /// Grouped cross-validation macro-F1 at 0.5.
    pub english_cv_macro_f1_at_half: f64,
    /// Val macro-F1 of the English model fitted on train alone, at the chosen threshold.
    pub english_val_macro_f1: f64,
    /// The threshold that would maximise val macro-F1 alone (not used: 99 sentences).
    pub english_val_best_threshold: f32,
    /// Val macro-F1 at that threshold.
    pub english_val_macro_f1_at_best_threshold: f64,
    /// The language-independent model's threshold, chosen on (English) val.
    pub fallback_threshold: f32,
    /// Val macro-F1 of the language-independent model at that threshold.
    pub fallback_val_macro_f1: f64,
}

/// Fits `P(y) = sigmoid(b + w.x)` with an L2 penalty on `w`, by Nesterov-accelerated gradient
/// descent on the (optionally class-balanced) mean log-loss. Returns the bias and the non-zero
/// weights sorted by id.
pub(crate) fn fit_logistic(
    xs: &[Vec<(u32, f32)>],
    ys: &[bool],
    lambda: f64,
    iterations: usize,
    balanced: bool,
) -> (f32, Vec<(u32, f32)>) {
    let mut ids: Vec<u32> = xs.iter().flatten().map(|(id, _)| *id).collect();
    ids.sort_unstable();
    ids.dedup();
    let compact: Vec<Vec<(usize, f64)>> = xs
        .iter()
        .map(|x| {
            x.iter()
                .filter_map(|(id, v)| ids.binary_search(id).ok().map(|i| (i, *v as f64)))
                .collect()
        })
        .collect();
    let n = ys.len().max(1) as f64;
    let positives = ys.iter().filter(|y| **y).count() as f64;
    let negatives = n - positives;
    let weight = |y: bool| -> f64 {
        if !balanced || positives == 0.0 || negatives == 0.0 {
            1.0
        } else if y {
            n / (2.0 * positives)
        } else {
            n / (2.0 * negatives)
        }
    };
    let lipschitz = compact
        .iter()
        .zip(ys)
        .map(|(x, y)| weight(*y) * (1.0 + x.iter().map(|(_, v)| v * v).sum::<f64>()))
        .fold(0.0, f64::max)
        * 0.25
        + lambda;
    let step = 1.0 / lipschitz;
    let dim = ids.len();
    let (mut w, mut b) = (vec![0f64; dim], 0f64);
    let (mut v, mut vb) = (vec![0f64; dim], 0f64);
    let mut grad = vec![0f64; dim];
    for k in 0..iterations {
        grad.iter_mut().zip(&v).for_each(|(g, vi)| *g = lambda * vi);
        let mut grad_b = 0.0;
        for (x, y) in compact.iter().zip(ys) {
            let z = vb + x.iter().map(|(i, xv)| v[*i] * xv).sum::<f64>();
            let r = weight(*y) * (sigmoid(z) - if *y { 1.0 } else { 0.0 }) / n;
            grad_b += r;
            for (i, xv) in x {
                grad[*i] += r * xv;
            }
        }
        let momentum = k as f64 / (k as f64 + 3.0);
        for i in 0..dim {
            let next = v[i] - step * grad[i];
            v[i] = next + momentum * (next - w[i]);
            w[i] = next;
        }
        let next_b = vb - step * grad_b;
        vb = next_b + momentum * (next_b - b);
        b = next_b;
    }
    let weights = ids
        .into_iter()
        .zip(w)
        .filter(|(_, wi)| *wi != 0.0)
        .map(|(id, wi)| (id, wi as f32))
        .collect();
    (b as f32, weights)
}

/// The threshold in 0.20..=0.80 (steps of 0.01) whose neighbourhood (±0.02) gives the best
/// mean macro-F1 of `decide(probability >= threshold)` against the gold labels; ties go to the
/// threshold nearest 0.5.
pub(crate) fn choose_threshold(
    probabilities: &[f64],
    attributed: &[bool],
    gold: &[bool],
) -> (f32, f64) {
    let f1_at = |t: f64| -> f64 {
        let predicted: Vec<bool> = probabilities
            .iter()
            .zip(attributed)
            .map(|(p, a)| *p >= t && !a)
            .collect();
        macro_f1(&predicted, gold)
    };
    let mut best = (0.5f32, f64::MIN, f64::MAX);
    for step in 20..=80 {
        let t = step as f64 / 100.0;
        let smooth = (-2..=2).map(|d| f1_at(t + d as f64 / 100.0)).sum::<f64>() / 5.0;
        let distance = (t - 0.5).abs();
        if smooth > best.1 + 1e-12 || ((smooth - best.1).abs() <= 1e-12 && distance < best.2) {
            best = (t as f32, smooth, distance);
        }
    }
    (best.0, f1_at(best.0 as f64))
}

/// Sentences analysed once.
struct Prepared<'a> {
    analysed: Vec<Analysed<'a>>,
    gold: Vec<bool>,
    attributed: Vec<bool>,
}

impl<'a> Prepared<'a> {
    fn new(sentences: &'a [LabelledSentence]) -> Prepared<'a> {
        let analysed: Vec<Analysed> = sentences.iter().map(|s| Analysed::new(&s.text)).collect();
        let attributed = analysed.iter().map(|a| a.attribution.is_some()).collect();
        Prepared {
            analysed,
            gold: sentences.iter().map(|s| s.subjective).collect(),
            attributed,
        }
    }
}

fn fit_english(train: &Prepared, options: &TrainOptions) -> SparseModel {
    let xs: Vec<Vec<(u32, f32)>> = train
        .analysed
        .iter()
        .map(|a| sparse_features(&options.config, a))
        .collect();
    let (bias, weights) = fit_logistic(
        &xs,
        &train.gold,
        options.lambda,
        options.iterations,
        options.balanced,
    );
    SparseModel {
        config: options.config,
        bias,
        weights,
        threshold: 0.5,
    }
}

fn fit_dense(train: &Prepared, options: &TrainOptions) -> DenseModel {
    let xs: Vec<Vec<(u32, f32)>> = train
        .analysed
        .iter()
        .map(|a| dense_as_sparse(&dense_features(a)))
        .collect();
    let (bias, sparse) = fit_logistic(
        &xs,
        &train.gold,
        options.dense_lambda,
        options.iterations,
        options.balanced,
    );
    let mut weights = [0f32; DENSE_LEN];
    for (i, w) in sparse {
        if let Some(slot) = weights.get_mut(i as usize) {
            *slot = w;
        }
    }
    DenseModel {
        bias,
        weights,
        threshold: 0.5,
    }
}

/// Contiguous blocks of NewsSD-ENG train (the file keeps each article's sentences together, so
/// a block holds whole articles, give or take its edges) plus val as the last fold: out-of-fold
/// scores measure how a model carries to unseen articles, as test asks.
const TRAIN_BLOCKS: usize = 5;

/// Out-of-fold probabilities of the English model (writer-voice bonus included) on train
/// followed by val: [`TRAIN_BLOCKS`] contiguous blocks of train, each scored by a model fitted
/// on the rest of train and val, and val scored by the model fitted on train alone.
fn grouped_cv(train: &Prepared, val: &Prepared, options: &TrainOptions) -> Vec<f64> {
    let analysed: Vec<&Analysed> = train.analysed.iter().chain(&val.analysed).collect();
    let gold: Vec<bool> = train.gold.iter().chain(&val.gold).copied().collect();
    let xs: Vec<Vec<(u32, f32)>> = analysed
        .iter()
        .map(|a| sparse_features(&options.config, a))
        .collect();
    let n_train = train.gold.len();
    let mut folds: Vec<(usize, usize)> = (0..TRAIN_BLOCKS)
        .map(|k| (k * n_train / TRAIN_BLOCKS, (k + 1) * n_train / TRAIN_BLOCKS))
        .collect();
    folds.push((n_train, gold.len()));
    let mut probabilities = vec![0f64; gold.len()];
    for (lo, hi) in folds {
        let keep: Vec<usize> = (0..gold.len()).filter(|i| *i < lo || *i >= hi).collect();
        let fold_xs: Vec<Vec<(u32, f32)>> = keep.iter().map(|i| xs[*i].clone()).collect();
        let fold_ys: Vec<bool> = keep.iter().map(|i| gold[*i]).collect();
        let (bias, weights) = fit_logistic(
            &fold_xs,
            &fold_ys,
            options.lambda,
            options.iterations,
            options.balanced,
        );
        let model = SparseModel {
            config: options.config,
            bias,
            weights,
            threshold: 0.5,
        };
        for i in lo..hi {
            probabilities[i] = sigmoid(model.margin(&xs[i]) + writer_voice_logit(analysed[i]));
        }
    }
    probabilities
}

/// Trains both models on `<data_dir>/newssd-eng/`: the English model on train and val, its
/// threshold chosen on the out-of-fold scores of [`grouped_cv`] over them; the fallback on
/// train, its threshold chosen on val.
/// Deterministic: the same data gives the same bytes.
pub fn train(
    data_dir: &Path,
    options: &TrainOptions,
) -> Result<(OpinionModel, TrainReport), OpinionError> {
    let dir = data_dir.join("newssd-eng");
    let train_set = read_newssd(&dir.join("train.csv"))?;
    let val_set = read_newssd(&dir.join("val.csv"))?;
    let train = Prepared::new(&train_set);
    let val = Prepared::new(&val_set);

    let out_of_fold = grouped_cv(&train, &val, options);
    let attributed: Vec<bool> = train
        .attributed
        .iter()
        .chain(&val.attributed)
        .copied()
        .collect();
    let gold: Vec<bool> = train.gold.iter().chain(&val.gold).copied().collect();
    let (threshold, cv_f1) = choose_threshold(&out_of_fold, &attributed, &gold);

    // Val's diagnostics come from the model fitted on train alone; the shipped model is then
    // refitted on train and val together (the choices above stay those of the cross-validation).
    let held_out = fit_english(&train, options);
    let english_p: Vec<f64> = val
        .analysed
        .iter()
        .map(|a| {
            sigmoid(held_out.margin(&sparse_features(&held_out.config, a)) + writer_voice_logit(a))
        })
        .collect();
    let both: Vec<LabelledSentence> = train_set.iter().chain(&val_set).cloned().collect();
    let mut english = fit_english(&Prepared::new(&both), options);
    english.threshold = threshold;
    let decide = |p: &[f64], attributed: &[bool], t: f64| -> Vec<bool> {
        p.iter()
            .zip(attributed)
            .map(|(p, a)| *p >= t && !a)
            .collect()
    };
    let (val_threshold, val_threshold_f1) =
        choose_threshold(&english_p, &val.attributed, &val.gold);

    let mut fallback = fit_dense(&train, options);
    let dense_p: Vec<f64> = val
        .analysed
        .iter()
        .map(|a| sigmoid(fallback.margin(&dense_features(a))))
        .collect();
    let (dense_threshold, dense_f1) = choose_threshold(&dense_p, &val.attributed, &val.gold);
    fallback.threshold = dense_threshold;

    let report = TrainReport {
        train_sentences: train_set.len(),
        val_sentences: val_set.len(),
        english_fit_sentences: both.len(),
        english_weights: english.weights.len(),
        english_threshold: threshold,
        english_cv_macro_f1: cv_f1,
        english_cv_macro_f1_at_half: macro_f1(&decide(&out_of_fold, &attributed, 0.5), &gold),
        english_val_macro_f1: macro_f1(
            &decide(&english_p, &val.attributed, threshold as f64),
            &val.gold,
        ),
        english_val_best_threshold: val_threshold,
        english_val_macro_f1_at_best_threshold: val_threshold_f1,
        fallback_threshold: dense_threshold,
        fallback_val_macro_f1: dense_f1,
    };
    Ok((OpinionModel { english, fallback }, report))
}

/// One row of [`tune`].
#[derive(Debug, Clone, Serialize)]
pub struct TuneRow {
    /// Feature families, as `words+bigrams+chars2-5+cues+shape+lexicon`.
    pub features: String,
    /// L2 penalty.
    pub lambda: f64,
    /// Macro-F1 at 0.5 of the grouped cross-validation on train and val ([`grouped_cv`];
    /// attributed sentences objective).
    pub cv_f1_at_half: f64,
    /// The threshold chosen on the cross-validation scores.
    pub cv_threshold: f32,
    /// Cross-validation macro-F1 at that threshold.
    pub cv_f1_at_threshold: f64,
    /// Val macro-F1 (model fitted on train) at 0.5.
    pub val_f1_at_half: f64,
    /// Val macro-F1 at the cross-validation threshold.
    pub val_f1_at_cv_threshold: f64,
    /// Cross-validation macro-F1 at the threshold chosen without the attribution rule (every
    /// sentence scored as a whole, attributed or not).
    pub cv_f1_ignoring_attribution: f64,
}

fn describe(c: &FeatureConfig) -> String {
    let mut parts = Vec::new();
    if c.words {
        parts.push("words".to_string());
    }
    if c.bigrams {
        parts.push("bigrams".into());
    }
    if c.char_min > 0 {
        parts.push(format!("chars{}-{}", c.char_min, c.char_max));
    }
    if c.cues {
        parts.push("cues".into());
    }
    if c.shape {
        parts.push("shape".into());
    }
    if c.lexicon {
        parts.push("lexicon".into());
    }
    parts.join("+")
}

/// Scores a grid of feature families and L2 penalties by grouped cross-validation on NewsSD-ENG
/// train and val ([`grouped_cv`]). `test.csv` is never read.
pub fn tune(data_dir: &Path) -> Result<Vec<TuneRow>, OpinionError> {
    let dir = data_dir.join("newssd-eng");
    let train_set = read_newssd(&dir.join("train.csv"))?;
    let val_set = read_newssd(&dir.join("val.csv"))?;
    let train = Prepared::new(&train_set);
    let val = Prepared::new(&val_set);
    let base = TrainOptions::default();
    let attributed: Vec<bool> = train
        .attributed
        .iter()
        .chain(&val.attributed)
        .copied()
        .collect();
    let gold: Vec<bool> = train.gold.iter().chain(&val.gold).copied().collect();
    let n_train = train.gold.len();
    let mut configs = Vec::new();
    for (char_min, char_max) in [(0, 0), (2, 5)] {
        for cues in [false, true] {
            for lexicon in [false, true] {
                configs.push(FeatureConfig {
                    char_min,
                    char_max,
                    cues,
                    lexicon,
                    ..base.config
                });
            }
        }
    }
    let mut rows = Vec::new();
    for config in configs {
        for lambda in [3e-4, 1e-3, 3e-3] {
            let options = TrainOptions {
                config,
                lambda,
                ..base
            };
            let p = grouped_cv(&train, &val, &options);
            let decide = |lo: usize, t: f64| -> Vec<bool> {
                p[lo..]
                    .iter()
                    .zip(&attributed[lo..])
                    .map(|(p, a)| *p >= t && !a)
                    .collect()
            };
            let (cv_threshold, cv_f1_at_threshold) = choose_threshold(&p, &attributed, &gold);
            let (_, cv_f1_ignoring_attribution) =
                choose_threshold(&p, &vec![false; gold.len()], &gold);
            rows.push(TuneRow {
                features: describe(&config),
                lambda,
                cv_f1_at_half: macro_f1(&decide(0, 0.5), &gold),
                cv_threshold,
                cv_f1_at_threshold,
                val_f1_at_half: macro_f1(&decide(n_train, 0.5), &val.gold),
                val_f1_at_cv_threshold: macro_f1(&decide(n_train, cv_threshold as f64), &val.gold),
                cv_f1_ignoring_attribution,
            });
        }
    }
    Ok(rows)
}
