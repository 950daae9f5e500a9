//! The trained model: its compact file format, loading, and tagging of token sequences and
//! raw text.

use std::io::{Read, Write};
use std::sync::OnceLock;

use dossier_model::Span;
use flate2::read::ZlibDecoder;
use flate2::write::ZlibEncoder;
use flate2::Compression;
use serde::{Deserialize, Serialize};

use crate::decode::{document_infos, tag_document};
use crate::features::{Lexicon, WeightTable};
use crate::tags::{iob_from_bilou, spans_from_tags, NerLabel, Tag, TAG_COUNT};
use crate::NerError;

/// The model trained on CoNLL-2003 English, embedded in the library.
static DEFAULT_MODEL_BYTES: &[u8] = include_bytes!("../model/ner-en.bin");

const MAGIC: &[u8; 8] = b"DNER\x00\x02\x00\x00";

/// Weight rows quantised to `i16`; only rows with a non-zero weight are stored.
#[derive(Debug, Clone)]
pub(crate) struct QuantisedWeights {
    /// Row (hash bucket) -> 1 + index into `values` / [`TAG_COUNT`]; 0 for an empty row.
    index: Vec<u32>,
    values: Vec<i16>,
    scale: f32,
}

impl WeightTable for QuantisedWeights {
    #[inline]
    fn add_row(&self, row: u32, scores: &mut [f32; TAG_COUNT]) {
        let slot = self.index.get(row as usize).copied().unwrap_or(0) as usize;
        if slot == 0 {
            return;
        }
        let start = (slot - 1) * TAG_COUNT;
        if let Some(values) = self.values.get(start..start + TAG_COUNT) {
            for (score, &value) in scores.iter_mut().zip(values) {
                *score += f32::from(value) * self.scale;
            }
        }
    }
}

/// A named-entity mention found in text.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct EntityMention {
    /// Byte span in the text given to [`NerModel::recognise`].
    pub span: Span,
    /// Entity type.
    pub label: NerLabel,
    /// Confidence in `[0, 1]`: a logistic squashing of the smallest margin of the mention's
    /// tags over their best alternative.
    pub score: f32,
}

/// A trained named-entity recogniser.
#[derive(Debug, Clone)]
pub struct NerModel {
    pub(crate) lexicon: Lexicon,
    pub(crate) weights: QuantisedWeights,
    pub(crate) row_bits: u8,
}

impl NerModel {
    /// The English model (CoNLL-2003 types) embedded in the library, decoded once.
    ///
    /// # Panics
    /// When the embedded artifact is corrupt, which the crate's tests rule out.
    pub fn load_default() -> &'static NerModel {
        static MODEL: OnceLock<NerModel> = OnceLock::new();
        MODEL.get_or_init(|| {
            NerModel::from_bytes(DEFAULT_MODEL_BYTES)
                .expect("the embedded NER model (model/ner-en.bin) is a valid artifact")
        })
    }

    pub(crate) fn mask(&self) -> usize {
        (1usize << self.row_bits) - 1
    }

    /// Tags one sentence given as tokens (IOB2 tags, one per token).
    pub fn tag(&self, tokens_text: &[&str]) -> Vec<Tag> {
        let sentences = [tokens_text.to_vec()];
        self.tag_document(&sentences).pop().unwrap_or_default()
    }

    /// Tags every sentence of one document; earlier sentences inform later ones (a name tagged
    /// as a person stays a person, case evidence from the whole document).
    pub fn tag_document(&self, sentences: &[Vec<&str>]) -> Vec<Vec<Tag>> {
        self.tag_document_scored(sentences)
            .into_iter()
            .map(|(tags, _)| tags)
            .collect()
    }

    /// Like [`NerModel::tag_document`], with each tag's margin over its best alternative.
    pub(crate) fn tag_document_scored(&self, sentences: &[Vec<&str>]) -> Vec<(Vec<Tag>, Vec<f32>)> {
        let infos = document_infos(sentences, &self.lexicon);
        tag_document(&infos, &self.lexicon, &self.weights, self.mask())
            .into_iter()
            .map(|(tags, margins)| (iob_from_bilou(&tags), margins))
            .collect()
    }

    /// Finds entity mentions in raw text: splits it into paragraphs and sentences, tokenizes,
    /// tags the whole text as one document and merges the tags into spans.
    pub fn recognise(&self, text: &str) -> Vec<EntityMention> {
        let mut sentence_tokens: Vec<Vec<Span>> = Vec::new();
        for paragraph in dossier_text::paragraph_spans(text) {
            let Some(paragraph_text) = paragraph.text(text) else {
                continue;
            };
            for sentence in dossier_text::sentence_spans(paragraph_text) {
                let Some(sentence_text) = sentence.text(paragraph_text) else {
                    continue;
                };
                let base = paragraph.start + sentence.start;
                let spans: Vec<Span> = dossier_text::tokenize(sentence_text)
                    .iter()
                    .map(|t| Span::new(base + t.span.start, base + t.span.end))
                    .collect();
                if !spans.is_empty() {
                    sentence_tokens.push(spans);
                }
            }
        }
        let words: Vec<Vec<&str>> = sentence_tokens
            .iter()
            .map(|spans| spans.iter().map(|s| s.text(text).unwrap_or("")).collect())
            .collect();
        let mut mentions = Vec::new();
        for ((tags, margins), spans) in self
            .tag_document_scored(&words)
            .iter()
            .zip(&sentence_tokens)
        {
            for entity in spans_from_tags(tags) {
                let margin = margins[entity.start..entity.end]
                    .iter()
                    .copied()
                    .fold(f32::INFINITY, f32::min);
                mentions.push(EntityMention {
                    span: Span::new(spans[entity.start].start, spans[entity.end - 1].end),
                    label: entity.label,
                    score: 1.0 / (1.0 + (-margin).exp()),
                });
            }
        }
        mentions
    }

    /// Decodes a model from its compact file form.
    pub fn from_bytes(bytes: &[u8]) -> Result<NerModel, NerError> {
        let mut raw = Vec::new();
        ZlibDecoder::new(bytes)
            .read_to_end(&mut raw)
            .map_err(|e| NerError::Format(format!("not a compressed model: {e}")))?;
        let mut reader = ByteReader { bytes: &raw, at: 0 };
        if reader.take(8)? != MAGIC {
            return Err(NerError::Format("not a dossier NER model".into()));
        }
        let row_bits = reader.u8()?;
        if !(8..=28).contains(&row_bits) {
            return Err(NerError::Format(format!("bad table size 2^{row_bits}")));
        }
        let scale = f32::from_bits(reader.u32()?);
        let mut lexicon = Lexicon::default();
        for _ in 0..reader.u32()? {
            let key = reader.u64()?;
            let ids = [reader.u16()?, reader.u16()?, reader.u16()?];
            lexicon.clusters.insert(key, ids);
        }
        for _ in 0..reader.u32()? {
            let key = reader.u64()?;
            lexicon.case_ratio.insert(key, reader.u8()?);
        }
        for _ in 0..reader.u32()? {
            let key = reader.u64()?;
            lexicon.names.insert(key, reader.u8()?);
        }
        for _ in 0..reader.u32()? {
            let key = reader.u64()?;
            lexicon.gazetteer.insert(key, reader.u8()?);
        }
        let row_count = reader.u32()? as usize;
        let mut index = vec![0u32; 1 << row_bits];
        let mut values = Vec::with_capacity(row_count * TAG_COUNT);
        let mut row = 0usize;
        for slot in 0..row_count {
            row += reader.varint()? as usize;
            let present = u32::from(reader.u8()?)
                | u32::from(reader.u8()?) << 8
                | u32::from(reader.u8()?) << 16;
            let cell = index
                .get_mut(row)
                .ok_or_else(|| NerError::Format(format!("row {row} outside the table")))?;
            *cell = slot as u32 + 1;
            for tag in 0..TAG_COUNT {
                values.push(if present & (1 << tag) != 0 {
                    reader.u16()? as i16
                } else {
                    0
                });
            }
        }
        Ok(NerModel {
            lexicon,
            weights: QuantisedWeights {
                index,
                values,
                scale,
            },
            row_bits,
        })
    }

    /// Quantises dense `f32` weights (`TAG_COUNT` per row, `2^row_bits` rows), dropping weights
    /// whose magnitude is below `prune`.
    pub(crate) fn from_dense(
        lexicon: Lexicon,
        row_bits: u8,
        dense: &[f32],
        prune: f32,
    ) -> NerModel {
        let max = dense.iter().fold(0f32, |m, w| m.max(w.abs()));
        let scale = if max > 0.0 {
            max / f32::from(i16::MAX)
        } else {
            1.0
        };
        let mut index = vec![0u32; 1 << row_bits];
        let mut values = Vec::new();
        for (row, weights) in dense.chunks_exact(TAG_COUNT).enumerate() {
            let quantised: Vec<i16> = weights
                .iter()
                .map(|&w| {
                    if w.abs() < prune {
                        0
                    } else {
                        (w / scale).round().clamp(-32767.0, 32767.0) as i16
                    }
                })
                .collect();
            if quantised.iter().any(|&q| q != 0) {
                values.extend_from_slice(&quantised);
                index[row] = (values.len() / TAG_COUNT) as u32;
            }
        }
        NerModel {
            lexicon,
            weights: QuantisedWeights {
                index,
                values,
                scale,
            },
            row_bits,
        }
    }

    /// Number of non-empty weight rows.
    pub fn stored_rows(&self) -> usize {
        self.weights.values.len() / TAG_COUNT
    }

    /// Encodes the model in its compact file form (zlib-compressed; hashed keys only, no text).
    pub fn to_bytes(&self) -> Result<Vec<u8>, NerError> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.push(self.row_bits);
        out.extend_from_slice(&self.weights.scale.to_bits().to_le_bytes());
        let mut clusters: Vec<_> = self.lexicon.clusters.iter().collect();
        clusters.sort_unstable();
        out.extend_from_slice(&(clusters.len() as u32).to_le_bytes());
        for (key, ids) in clusters {
            out.extend_from_slice(&key.to_le_bytes());
            for id in ids {
                out.extend_from_slice(&id.to_le_bytes());
            }
        }
        for map in [
            &self.lexicon.case_ratio,
            &self.lexicon.names,
            &self.lexicon.gazetteer,
        ] {
            let mut entries: Vec<_> = map.iter().collect();
            entries.sort_unstable();
            out.extend_from_slice(&(entries.len() as u32).to_le_bytes());
            for (key, value) in entries {
                out.extend_from_slice(&key.to_le_bytes());
                out.push(*value);
            }
        }
        out.extend_from_slice(&(self.stored_rows() as u32).to_le_bytes());
        let mut previous = 0usize;
        for (row, &slot) in self.weights.index.iter().enumerate() {
            if slot == 0 {
                continue;
            }
            write_varint(&mut out, (row - previous) as u64);
            previous = row;
            let start = (slot as usize - 1) * TAG_COUNT;
            let weights = &self.weights.values[start..start + TAG_COUNT];
            let present = weights
                .iter()
                .enumerate()
                .filter(|(_, &w)| w != 0)
                .fold(0u32, |m, (tag, _)| m | 1 << tag);
            out.extend_from_slice(&present.to_le_bytes()[..3]);
            for &w in weights.iter().filter(|&&w| w != 0) {
                out.extend_from_slice(&w.to_le_bytes());
            }
        }
        let mut encoder = ZlibEncoder::new(Vec::new(), Compression::best());
        encoder.write_all(&out).map_err(NerError::Encode)?;
        encoder.finish().map_err(NerError::Encode)
    }
}

fn write_varint(out: &mut Vec<u8>, mut value: u64) {
    while value >= 0x80 {
        out.push((value as u8 & 0x7f) | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

struct ByteReader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> ByteReader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], NerError> {
        let slice = self
            .bytes
            .get(self.at..self.at + n)
            .ok_or_else(|| NerError::Format("model file is truncated".into()))?;
        self.at += n;
        Ok(slice)
    }

    fn u8(&mut self) -> Result<u8, NerError> {
        Ok(self.take(1)?[0])
    }

    fn u16(&mut self) -> Result<u16, NerError> {
        let b = self.take(2)?;
        Ok(u16::from_le_bytes([b[0], b[1]]))
    }

    fn u32(&mut self) -> Result<u32, NerError> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn u64(&mut self) -> Result<u64, NerError> {
        let b = self.take(8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(u64::from_le_bytes(a))
    }

    fn varint(&mut self) -> Result<u64, NerError> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.u8()?;
            value |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(NerError::Format("bad varint".into()))
    }
}
