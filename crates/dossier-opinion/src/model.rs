//! The trained weights: a logistic-regression model over hashed sparse features for English and
//! a small one over language-independent dense features, with their decision thresholds, and
//! their binary form.

use crate::features::{
    dense_features, sparse_features, Analysed, FeatureConfig, DENSE_LEN, HASH_BITS,
};
use crate::lexicon::{MAX_WRITER_VOICE_CUES, WRITER_VOICE_LOGIT};
use crate::OpinionError;
use std::sync::OnceLock;

const MAGIC: &[u8; 8] = b"DSOPIN02";

const DEFAULT_MODEL_BYTES: &[u8] = include_bytes!("../model/opinion-en.bin");

/// Logistic regression over a sparse feature space.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct SparseModel {
    pub config: FeatureConfig,
    pub bias: f32,
    /// (feature id, weight), sorted by id, ids unique, no zero weights.
    pub weights: Vec<(u32, f32)>,
    /// Probability at or above which a sentence is subjective.
    pub threshold: f32,
}

/// Logistic regression over [`dense_features`].
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct DenseModel {
    pub bias: f32,
    pub weights: [f32; DENSE_LEN],
    pub threshold: f32,
}

/// The two models of the opinion classifier.
#[derive(Debug, Clone, PartialEq)]
pub struct OpinionModel {
    pub(crate) english: SparseModel,
    pub(crate) fallback: DenseModel,
}

/// The log-odds the writer-voice cues of a sentence add.
pub(crate) fn writer_voice_logit(a: &Analysed) -> f64 {
    let n = a.cues.iter().filter(|c| c.writer_voice).count();
    n.min(MAX_WRITER_VOICE_CUES) as f64 * WRITER_VOICE_LOGIT
}

pub(crate) fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + (-z).exp())
}

impl SparseModel {
    pub(crate) fn margin(&self, x: &[(u32, f32)]) -> f64 {
        let mut z = self.bias as f64;
        for (id, v) in x {
            if let Ok(at) = self.weights.binary_search_by_key(id, |(i, _)| *i) {
                z += self.weights[at].1 as f64 * *v as f64;
            }
        }
        z
    }
}

impl DenseModel {
    pub(crate) fn margin(&self, x: &[f32; DENSE_LEN]) -> f64 {
        self.bias as f64
            + self
                .weights
                .iter()
                .zip(x)
                .map(|(w, v)| *w as f64 * *v as f64)
                .sum::<f64>()
    }
}

/// Which model scored a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ScoredBy {
    /// The English model (words, bigrams, character n-grams, cues, shape).
    English,
    /// The language-independent model (cue classes, punctuation, numbers, length), used for
    /// text mostly in Arabic script.
    LanguageIndependent,
}

impl OpinionModel {
    /// The embedded model (`model/opinion-en.bin`), parsed once.
    ///
    /// # Panics
    /// When the embedded artifact is corrupt, which the crate's tests rule out.
    pub fn load_default() -> &'static OpinionModel {
        static MODEL: OnceLock<OpinionModel> = OnceLock::new();
        MODEL.get_or_init(|| {
            OpinionModel::from_bytes(DEFAULT_MODEL_BYTES)
                .expect("the embedded opinion model (model/opinion-en.bin) is a valid artifact")
        })
    }

    /// The bytes of the embedded model.
    pub fn default_bytes() -> &'static [u8] {
        DEFAULT_MODEL_BYTES
    }

    /// Probability that a sentence is subjective, whether it passes the model's threshold, and
    /// which model scored it.
    pub(crate) fn score(&self, a: &Analysed) -> (f64, bool, ScoredBy) {
        if a.is_arabic() {
            let p = sigmoid(self.fallback.margin(&dense_features(a)));
            (
                p,
                p >= self.fallback.threshold as f64,
                ScoredBy::LanguageIndependent,
            )
        } else {
            let p = sigmoid(self.english_margin(a));
            (p, p >= self.english.threshold as f64, ScoredBy::English)
        }
    }

    /// The English model's log-odds plus the hand-set writer-voice bonus.
    pub(crate) fn english_margin(&self, a: &Analysed) -> f64 {
        self.english
            .margin(&sparse_features(&self.english.config, a))
            + writer_voice_logit(a)
    }

    /// The probability of the language-independent model, whatever the script.
    pub(crate) fn fallback_probability(&self, a: &Analysed) -> f64 {
        sigmoid(self.fallback.margin(&dense_features(a)))
    }

    /// Whether the language-independent model alone flags `text` as the writer's opinion (at
    /// its own threshold; an attributed sentence never is): what it carries from the English
    /// training data, measured by `dossier eval subjectivity`.
    pub fn fallback_flags_opinion(&self, text: &str) -> bool {
        let a = Analysed::new(text);
        self.fallback_probability(&a) >= self.fallback.threshold as f64 && a.attribution.is_none()
    }

    /// The decision threshold of the English model.
    pub fn english_threshold(&self) -> f32 {
        self.english.threshold
    }

    /// Number of non-zero weights of the English model.
    pub fn english_weights(&self) -> usize {
        self.english.weights.len()
    }

    /// The binary form: magic, feature configuration, English bias, threshold and weights,
    /// then the fallback's bias, threshold and weights; little-endian.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(32 + self.english.weights.len() * 8);
        out.extend_from_slice(MAGIC);
        out.push(HASH_BITS as u8);
        out.extend_from_slice(&self.english.config.to_bytes());
        out.extend_from_slice(&self.english.bias.to_le_bytes());
        out.extend_from_slice(&self.english.threshold.to_le_bytes());
        out.extend_from_slice(&(self.english.weights.len() as u32).to_le_bytes());
        for (id, w) in &self.english.weights {
            out.extend_from_slice(&id.to_le_bytes());
            out.extend_from_slice(&w.to_le_bytes());
        }
        out.extend_from_slice(&(DENSE_LEN as u32).to_le_bytes());
        out.extend_from_slice(&self.fallback.bias.to_le_bytes());
        out.extend_from_slice(&self.fallback.threshold.to_le_bytes());
        for w in &self.fallback.weights {
            out.extend_from_slice(&w.to_le_bytes());
        }
        out
    }

    /// Parses [`OpinionModel::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<OpinionModel, OpinionError> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(8)? != MAGIC {
            return Err(OpinionError::Format("not an opinion model".into()));
        }
        if r.take(1)? != [HASH_BITS as u8] {
            return Err(OpinionError::Format(
                "hash size differs from this build".into(),
            ));
        }
        let config = FeatureConfig::from_bytes(r.take(7)?)
            .ok_or_else(|| OpinionError::Format("bad feature configuration".into()))?;
        let bias = r.f32()?;
        let threshold = r.f32()?;
        let n = r.u32()? as usize;
        if n > bytes.len() / 8 {
            return Err(OpinionError::Format("weight count exceeds the file".into()));
        }
        let mut weights = Vec::with_capacity(n);
        for _ in 0..n {
            let id = r.u32()?;
            let w = r.f32()?;
            if weights.last().is_some_and(|(last, _)| *last >= id) {
                return Err(OpinionError::Format("weights are not sorted by id".into()));
            }
            weights.push((id, w));
        }
        if r.u32()? as usize != DENSE_LEN {
            return Err(OpinionError::Format("dense feature count differs".into()));
        }
        let fallback_bias = r.f32()?;
        let fallback_threshold = r.f32()?;
        let mut dense = [0f32; DENSE_LEN];
        for w in dense.iter_mut() {
            *w = r.f32()?;
        }
        if r.at != bytes.len() {
            return Err(OpinionError::Format("trailing bytes".into()));
        }
        Ok(OpinionModel {
            english: SparseModel {
                config,
                bias,
                weights,
                threshold,
            },
            fallback: DenseModel {
                bias: fallback_bias,
                weights: dense,
                threshold: fallback_threshold,
            },
        })
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], OpinionError> {
        let slice = self
            .bytes
            .get(self.at..self.at + n)
            .ok_or_else(|| OpinionError::Format("model file is truncated".into()))?;
        self.at += n;
        Ok(slice)
    }

    fn u32(&mut self) -> Result<u32, OpinionError> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn f32(&mut self) -> Result<f32, OpinionError> {
        Ok(f32::from_bits(self.u32()?))
    }
}
