//! Training: an averaged structured perceptron with Viterbi decoding over BILOU tags.

use std::path::{Path, PathBuf};
use std::time::Instant;

use rustc_hash::FxHashMap;
use serde::Serialize;

use crate::clusters::{case_ratios, read_unlabelled, word_clusters, SplitMix};
use crate::data::{read_labelled, LabelledDocument};
use crate::decode::{document_infos, viterbi_with_cost, SentenceFeatures};
use crate::features::{
    phrase_key, transition_rows, DocumentMemory, Lexicon, NameLists, TokenInfo, WeightTable,
    MAX_NAME_TOKENS,
};
use crate::model::NerModel;
use crate::scoring::{score_documents, LabelFilter, NerScores};
use crate::tags::{bilou_from_spans, spans_from_tags, START_TAG, TAG_COUNT};
use crate::NerError;

/// Training settings.
#[derive(Debug, Clone, Serialize)]
pub struct TrainOptions {
    /// The weight table has `2^row_bits` rows of hashed features.
    pub row_bits: u8,
    /// Most passes over the training data; the pass with the best dev F1 is kept.
    pub max_epochs: usize,
    /// Stop after this many passes without a better dev F1.
    pub patience: usize,
    /// Seed of the document order (run k uses `seed + k`).
    pub seed: u64,
    /// Perceptron runs with different document orders whose weights are averaged.
    pub seeds: usize,
    /// Cost added in training to every wrong tag (cost-augmented decoding): an update is made
    /// unless the gold tags win by this margin per token. 0 is the plain perceptron.
    pub margin: f32,
    /// Folds for the name lists: the lists used on a training document leave out its fold,
    /// so that the model does not learn to trust lists that always contain the answer.
    pub name_list_folds: usize,
    /// Weights (after averaging) with a smaller magnitude are dropped from the artifact.
    pub prune_below: f32,
    /// Roots of unlabelled text for the word clusters (see [`crate::clusters::read_unlabelled`]);
    /// the training file's own tokens are always used too.
    pub unlabelled: Vec<PathBuf>,
    /// When set, run `k` trains exactly `fixed_epochs[k]` passes and keeps the last one,
    /// without looking at dev (for the final model trained on train + dev with the pass counts
    /// chosen on dev by an earlier run; see [`train_on_train_and_dev`]).
    #[serde(default)]
    pub fixed_epochs: Option<Vec<usize>>,
    /// The shared reference data folder whose Phoenix actor dictionaries (`petrarch2/`) and
    /// GeoNames places (`geonames/`) become the external gazetteer features; none without it.
    pub gazetteer: Option<PathBuf>,
}

impl TrainOptions {
    /// Defaults, with the unlabelled text found under `shared_data` (the `data/` folder of the
    /// shared reference data): ECB+ articles, UD English-EWT training documents and the GUM
    /// news documents; and the gazetteer built from its `petrarch2/` and `geonames/` folders.
    pub fn with_shared_data(shared_data: &Path) -> TrainOptions {
        TrainOptions {
            unlabelled: vec![
                shared_data.join("ecbplus").join("xml"),
                shared_data.join("ud").join("en-ewt"),
                shared_data.join("ud").join("en-gum-news"),
            ],
            gazetteer: Some(shared_data.to_path_buf()),
            ..TrainOptions::default()
        }
    }
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            row_bits: 21,
            max_epochs: 25,
            patience: 4,
            seed: 2003,
            seeds: 4,
            margin: 0.0,
            name_list_folds: 5,
            prune_below: 0.0,
            unlabelled: Vec::new(),
            gazetteer: None,
            fixed_epochs: None,
        }
    }
}

/// What training did.
#[derive(Debug, Clone, Serialize)]
pub struct TrainReport {
    /// Settings used.
    pub options: TrainOptions,
    /// Training documents, sentences and tokens.
    pub train_documents: usize,
    /// Training sentences.
    pub train_sentences: usize,
    /// Training tokens.
    pub train_tokens: usize,
    /// Sentences of unlabelled text used for clusters and case statistics (training text
    /// included).
    pub unlabelled_sentences: usize,
    /// Words that received clusters.
    pub clustered_words: usize,
    /// Dev F1 after each pass.
    pub dev_f1_by_epoch: Vec<f64>,
    /// The pass whose weights were kept (1-based), of the first run.
    pub best_epoch: usize,
    /// The pass kept by each run (1-based).
    pub best_epochs: Vec<usize>,
    /// Dev scores of the kept (quantised, pruned) model.
    pub dev: NerScores,
    /// Non-empty weight rows stored.
    pub stored_rows: usize,
    /// Wall-clock seconds, clusters included.
    pub seconds: f64,
}

struct DenseWeights<'a>(&'a [f32]);

impl WeightTable for DenseWeights<'_> {
    #[inline]
    fn add_row(&self, row: u32, scores: &mut [f32; TAG_COUNT]) {
        let start = row as usize * TAG_COUNT;
        for (score, w) in scores.iter_mut().zip(&self.0[start..start + TAG_COUNT]) {
            *score += w;
        }
    }
}

type LabelCounts = FxHashMap<u64, [u16; 4]>;

/// Label bit set from label counts: labels with at least a quarter of the occurrences.
fn label_bits(counts: [u16; 4]) -> u8 {
    let total: u32 = counts.iter().map(|&c| u32::from(c)).sum();
    if total == 0 {
        return 0;
    }
    counts
        .iter()
        .enumerate()
        .filter(|(_, &c)| 4 * u32::from(c) >= total)
        .fold(0u8, |bits, (i, _)| bits | 1 << i)
}

/// The training name lists without one fold.
struct NamesWithoutFold<'a> {
    gazetteer: &'a crate::gazetteer::GazetteerEntries,
    total: &'a LabelCounts,
    fold: &'a LabelCounts,
}

impl NameLists for NamesWithoutFold<'_> {
    fn labels(&self, key: u64) -> u8 {
        let Some(total) = self.total.get(&key) else {
            return 0;
        };
        let left_out = self.fold.get(&key).copied().unwrap_or([0; 4]);
        label_bits(std::array::from_fn(|i| total[i] - left_out[i]))
    }

    fn gazetteer(&self, key: u64) -> u8 {
        self.gazetteer.get(&key).copied().unwrap_or(0)
    }
}

fn name_counts(
    documents: &[LabelledDocument],
    infos: &[Vec<Vec<TokenInfo>>],
    folds: usize,
) -> (LabelCounts, Vec<LabelCounts>) {
    let mut total = LabelCounts::default();
    let mut by_fold = vec![LabelCounts::default(); folds];
    for (d, (document, document_infos)) in documents.iter().zip(infos).enumerate() {
        for (sentence, tokens) in document.iter().zip(document_infos) {
            for span in spans_from_tags(&sentence.tags) {
                if span.end - span.start > MAX_NAME_TOKENS {
                    continue;
                }
                let keys: Vec<u64> = tokens[span.start..span.end]
                    .iter()
                    .map(|t| t.lower)
                    .collect();
                let key = phrase_key(&keys);
                total.entry(key).or_default()[span.label.index()] += 1;
                by_fold[d % folds].entry(key).or_default()[span.label.index()] += 1;
            }
        }
    }
    (total, by_fold)
}

/// Trains a model on a CoNLL-format training file, choosing the number of passes on the dev
/// file. Deterministic for given options.
pub fn train(
    train_path: &Path,
    dev_path: &Path,
    options: &TrainOptions,
) -> Result<(NerModel, TrainReport), NerError> {
    let train_documents = read_labelled(train_path)?;
    let dev_documents = read_labelled(dev_path)?;
    train_documents_with(train_documents, dev_documents, options)
}

/// The final model: first [`train`] on the training file with dev choosing each run's number
/// of passes, then the same runs again on the training and dev files together, each for the
/// number of passes chosen for it. Returns the final model, the report of the final training
/// (its dev scores are on data it was trained on and mean nothing) and the report of the first
/// training (its dev scores are the honest ones). The test file is never read.
pub fn train_on_train_and_dev(
    train_path: &Path,
    dev_path: &Path,
    options: &TrainOptions,
) -> Result<(NerModel, TrainReport, TrainReport), NerError> {
    let (_, chooser) = train(train_path, dev_path, options)?;
    let mut documents = read_labelled(train_path)?;
    let dev_documents = read_labelled(dev_path)?;
    documents.extend(dev_documents.iter().cloned());
    let final_options = TrainOptions {
        fixed_epochs: Some(chooser.best_epochs.clone()),
        ..options.clone()
    };
    let (model, report) = train_documents_with(documents, dev_documents, &final_options)?;
    Ok((model, report, chooser))
}

fn train_documents_with(
    train_documents: Vec<LabelledDocument>,
    dev_documents: Vec<LabelledDocument>,
    options: &TrainOptions,
) -> Result<(NerModel, TrainReport), NerError> {
    let started = Instant::now();

    let mut unlabelled: Vec<Vec<String>> = train_documents
        .iter()
        .flatten()
        .map(|sentence| sentence.words.clone())
        .collect();
    for root in &options.unlabelled {
        unlabelled.extend(read_unlabelled(root)?);
    }
    let mut lexicon = Lexicon {
        clusters: word_clusters(&unlabelled),
        case_ratio: case_ratios(&unlabelled),
        names: FxHashMap::default(),
        gazetteer: match &options.gazetteer {
            Some(dir) => crate::gazetteer::build_gazetteer(dir)?,
            None => Default::default(),
        },
    };

    let infos_of =
        |documents: &[LabelledDocument], lexicon: &Lexicon| -> Vec<Vec<Vec<TokenInfo>>> {
            documents
                .iter()
                .map(|document| {
                    let words: Vec<Vec<&str>> = document
                        .iter()
                        .map(|s| s.words.iter().map(String::as_str).collect())
                        .collect();
                    document_infos(&words, lexicon)
                })
                .collect()
        };
    let train_infos = infos_of(&train_documents, &lexicon);
    let folds = options.name_list_folds.max(2);
    let (name_total, name_folds) = name_counts(&train_documents, &train_infos, folds);
    lexicon.names = name_total
        .iter()
        .map(|(&key, &counts)| (key, label_bits(counts)))
        .filter(|&(_, bits)| bits != 0)
        .collect();
    let gold: Vec<Vec<Vec<usize>>> = train_documents
        .iter()
        .map(|document| {
            document
                .iter()
                .map(|s| bilou_from_spans(&spans_from_tags(&s.tags), s.tags.len()))
                .collect()
        })
        .collect();

    let row_bits = options.row_bits.clamp(12, 26);
    let mask = (1usize << row_bits) - 1;
    let context = TrainingContext {
        infos: &train_infos,
        gold: &gold,
        name_total: &name_total,
        name_folds: &name_folds,
        lexicon: &lexicon,
        dev_documents: &dev_documents,
        row_bits,
        mask,
    };
    let runs = options.seeds.max(1);
    let mut best_weights: Vec<f32> = Vec::new();
    let mut dev_f1_by_epoch = Vec::new();
    let mut best_epoch = 0;
    let mut best_epochs = Vec::new();
    for run in 0..runs {
        let seed = options.seed.wrapping_add(run as u64);
        let fixed = options
            .fixed_epochs
            .as_ref()
            .map(|e| e.get(run).or(e.last()).copied().unwrap_or(1).max(1));
        let (weights, epoch, f1s) = train_run(&context, options, seed, fixed);
        best_epochs.push(epoch);
        if best_weights.is_empty() {
            best_weights = weights;
            dev_f1_by_epoch = f1s;
            best_epoch = epoch;
        } else {
            for (sum, w) in best_weights.iter_mut().zip(&weights) {
                *sum += w;
            }
        }
    }
    if runs > 1 {
        let scale = 1.0 / runs as f32;
        best_weights.iter_mut().for_each(|w| *w *= scale);
    }
    let model = NerModel::from_dense(lexicon, row_bits, &best_weights, options.prune_below);
    let dev = score_documents(&model, &dev_documents, LabelFilter::All);
    let report = TrainReport {
        options: options.clone(),
        train_documents: train_documents.len(),
        train_sentences: train_documents.iter().map(Vec::len).sum(),
        train_tokens: train_documents
            .iter()
            .flatten()
            .map(|s| s.words.len())
            .sum(),
        unlabelled_sentences: unlabelled.len(),
        clustered_words: model.lexicon.clusters.len(),
        dev_f1_by_epoch,
        best_epoch,
        best_epochs,
        dev,
        stored_rows: model.stored_rows(),
        seconds: started.elapsed().as_secs_f64(),
    };
    Ok((model, report))
}

/// Everything a training run reads.
struct TrainingContext<'a> {
    infos: &'a [Vec<Vec<TokenInfo>>],
    gold: &'a [Vec<Vec<usize>>],
    name_total: &'a LabelCounts,
    name_folds: &'a [LabelCounts],
    lexicon: &'a Lexicon,
    dev_documents: &'a [LabelledDocument],
    row_bits: u8,
    mask: usize,
}

/// One perceptron run with a given document-order seed: the averaged weights of the pass with
/// the best dev F1, that pass (1-based) and the dev F1 of every pass.
fn train_run(
    context: &TrainingContext<'_>,
    options: &TrainOptions,
    seed: u64,
    fixed_epochs: Option<usize>,
) -> (Vec<f32>, usize, Vec<f64>) {
    let TrainingContext {
        infos: train_infos,
        gold,
        name_total,
        name_folds,
        lexicon,
        dev_documents,
        row_bits,
        mask,
    } = *context;
    let folds = name_folds.len();
    let size = (1usize << row_bits) * TAG_COUNT;
    let mut weights = vec![0f32; size];
    let mut accumulated = vec![0f32; size];
    let mut averaged = vec![0f32; size];
    let mut best_weights: Option<Vec<f32>> = None;
    let mut best_f1 = f64::NEG_INFINITY;
    let mut best_epoch = 0;
    let mut dev_f1_by_epoch = Vec::new();
    let mut step = 1f32;
    let mut order: Vec<usize> = (0..train_infos.len()).collect();
    let mut random = SplitMix(seed);
    let mut features = SentenceFeatures::default();

    let last_epoch = fixed_epochs.unwrap_or(options.max_epochs);
    for epoch in 1..=last_epoch {
        for i in (1..order.len()).rev() {
            let j = (random.next() % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
        for &d in &order {
            let names = NamesWithoutFold {
                gazetteer: &lexicon.gazetteer,
                total: name_total,
                fold: &name_folds[d % folds],
            };
            let mut memory = DocumentMemory::default();
            memory.observe_case(&train_infos[d]);
            for (tokens, gold_tags) in train_infos[d].iter().zip(&gold[d]) {
                features.extract(tokens, &names, &memory, mask);
                let cost = (options.margin > 0.0).then_some((gold_tags.as_slice(), options.margin));
                let (predicted, _) =
                    viterbi_with_cost(tokens, &features, &DenseWeights(&weights), mask, cost);
                if &predicted != gold_tags {
                    let mut update = |row: u32, tag: usize, delta: f32| {
                        let at = row as usize * TAG_COUNT + tag;
                        weights[at] += delta;
                        accumulated[at] += step * delta;
                    };
                    for i in 0..tokens.len() {
                        let (gold_previous, predicted_previous) = if i == 0 {
                            (START_TAG, START_TAG)
                        } else {
                            (gold_tags[i - 1], predicted[i - 1])
                        };
                        if gold_tags[i] != predicted[i] {
                            for &row in features.token(i) {
                                update(row, gold_tags[i], 1.0);
                                update(row, predicted[i], -1.0);
                            }
                        }
                        if gold_tags[i] != predicted[i] || gold_previous != predicted_previous {
                            for row in transition_rows(gold_previous, &tokens[i], mask) {
                                update(row, gold_tags[i], 1.0);
                            }
                            for row in transition_rows(predicted_previous, &tokens[i], mask) {
                                update(row, predicted[i], -1.0);
                            }
                        }
                    }
                }
                step += 1.0;
                memory.remember(tokens, &predicted);
            }
        }
        for ((a, w), u) in averaged.iter_mut().zip(&weights).zip(&accumulated) {
            *a = w - u / step;
        }
        if fixed_epochs.is_some() {
            best_epoch = epoch;
            continue;
        }
        let dev = score_dense(&averaged, lexicon, row_bits, dev_documents);
        dev_f1_by_epoch.push(dev);
        if dev > best_f1 {
            best_f1 = dev;
            best_epoch = epoch;
            best_weights = Some(averaged.clone());
        } else if epoch - best_epoch >= options.patience {
            break;
        }
    }
    (
        best_weights.unwrap_or(averaged),
        best_epoch,
        dev_f1_by_epoch,
    )
}

/// Dev F1 of unquantised weights.
fn score_dense(
    weights: &[f32],
    lexicon: &Lexicon,
    row_bits: u8,
    documents: &[LabelledDocument],
) -> f64 {
    let mask = (1usize << row_bits) - 1;
    let mut counts = crate::scoring::SpanCounts::default();
    for document in documents {
        let words: Vec<Vec<&str>> = document
            .iter()
            .map(|s| s.words.iter().map(String::as_str).collect())
            .collect();
        let infos = document_infos(&words, lexicon);
        let tagged = crate::decode::tag_document(&infos, lexicon, &DenseWeights(weights), mask);
        for (sentence, (tags, _)) in document.iter().zip(tagged) {
            counts.add(
                &sentence.tags,
                &crate::tags::iob_from_bilou(&tags),
                LabelFilter::All,
            );
        }
    }
    counts.scores().f1
}
