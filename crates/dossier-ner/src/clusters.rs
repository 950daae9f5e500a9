//! Word clusters and case statistics computed from unlabelled text.
//!
//! Clusters are a fast alternative to Brown clustering: each frequent word is described by
//! the positive pointwise mutual information of its left and right neighbours (among the most
//! frequent words), projected to a few dense dimensions with a fixed random projection, and
//! grouped by spherical k-means at three granularities. Everything is deterministic.

use std::path::Path;

use rustc_hash::FxHashMap;

use crate::features::{lower_key, word_key};
use crate::NerError;

/// Cluster counts of the three granularities.
pub const CLUSTER_COUNTS: [usize; 3] = [64, 256, 1024];
const MIN_WORD_COUNT: u32 = 3;
const MAX_VOCABULARY: usize = 40_000;
const CONTEXT_WORDS: usize = 800;
const DIMENSIONS: usize = 96;
const ITERATIONS: usize = 10;

/// Reads unlabelled sentences under `root`: ECB+ token XML (`*.xml`) and CoNLL-U (`*.conllu`)
/// files. When `root/file-lists/files.train` exists (Universal Dependencies English-EWT), only
/// the training documents it lists under `root/sources` are read, so that no dev or test text
/// is used.
pub fn read_unlabelled(root: &Path) -> Result<Vec<Vec<String>>, NerError> {
    let train_list = root.join("file-lists").join("files.train");
    let mut files = Vec::new();
    if train_list.is_file() {
        let list =
            std::fs::read_to_string(&train_list).map_err(|e| NerError::io(&train_list, e))?;
        for name in list.lines().map(str::trim).filter(|l| !l.is_empty()) {
            let path = root.join("sources").join(name);
            if path.is_file() {
                files.push(path);
            }
        }
    } else {
        collect_files(root, &mut files)?;
    }
    files.sort();
    let mut sentences = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).map_err(|e| NerError::io(&file, e))?;
        match file.extension().and_then(|e| e.to_str()) {
            Some("xml") => read_token_xml(&text, &mut sentences),
            Some("conllu") => read_conllu(&text, &mut sentences),
            _ => {}
        }
    }
    Ok(sentences)
}

fn collect_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) -> Result<(), NerError> {
    let entries = std::fs::read_dir(dir).map_err(|e| NerError::io(dir, e))?;
    for entry in entries {
        let path = entry.map_err(|e| NerError::io(dir, e))?.path();
        if path.is_dir() {
            collect_files(&path, out)?;
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("xml" | "conllu")
        ) {
            out.push(path);
        }
    }
    Ok(())
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// ECB+ style: `<token t_id="1" sentence="0" number="0">word</token>`.
fn read_token_xml(text: &str, out: &mut Vec<Vec<String>>) {
    let mut current: Vec<String> = Vec::new();
    let mut current_sentence: Option<&str> = None;
    for line in text.lines() {
        let line = line.trim();
        let Some(rest) = line.strip_prefix("<token ") else {
            continue;
        };
        let Some((attributes, body)) = rest.split_once('>') else {
            continue;
        };
        let Some(word) = body.strip_suffix("</token>") else {
            continue;
        };
        let sentence = attributes
            .split_once("sentence=\"")
            .and_then(|(_, s)| s.split_once('"'))
            .map(|(id, _)| id);
        if sentence != current_sentence && !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
        current_sentence = sentence;
        let word = unescape(word.trim());
        if !word.is_empty() {
            current.push(word);
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
}

fn read_conllu(text: &str, out: &mut Vec<Vec<String>>) {
    let mut current = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let mut fields = line.split('\t');
        let (Some(id), Some(form)) = (fields.next(), fields.next()) else {
            continue;
        };
        if id.bytes().all(|b| b.is_ascii_digit()) {
            current.push(form.to_string());
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
}

/// Deterministic pseudo-random numbers (splitmix64).
pub(crate) struct SplitMix(pub(crate) u64);

impl SplitMix {
    pub(crate) fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Roughly normal: a sum of three uniforms, centred.
    fn normal(&mut self) -> f32 {
        (0..3)
            .map(|_| (self.next() >> 40) as f32 / (1u64 << 24) as f32)
            .sum::<f32>()
            - 1.5
    }
}

/// Cluster ids (coarse, medium, fine) of frequent words, keyed by [`word_key`].
pub(crate) fn word_clusters(sentences: &[Vec<String>]) -> FxHashMap<u64, [u16; 3]> {
    let mut counts: FxHashMap<&str, u32> = FxHashMap::default();
    for sentence in sentences {
        for word in sentence {
            *counts.entry(word.as_str()).or_default() += 1;
        }
    }
    let mut by_count: Vec<(&str, u32)> = counts.into_iter().collect();
    by_count.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let vocabulary: Vec<&str> = by_count
        .iter()
        .take_while(|(_, c)| *c >= MIN_WORD_COUNT)
        .take(MAX_VOCABULARY)
        .map(|(w, _)| *w)
        .collect();
    let ids: FxHashMap<&str, usize> = vocabulary
        .iter()
        .enumerate()
        .map(|(i, w)| (*w, i))
        .collect();
    // Context ids: 0..CONTEXT_WORDS for frequent words, then "other", then sentence boundary.
    let other = CONTEXT_WORDS;
    let boundary = CONTEXT_WORDS + 1;
    let side = CONTEXT_WORDS + 2;
    let context_of = |word: Option<&String>| match word {
        None => boundary,
        Some(w) => ids
            .get(w.as_str())
            .copied()
            .filter(|&i| i < CONTEXT_WORDS)
            .unwrap_or(other),
    };
    let mut cooccurrence: Vec<FxHashMap<u32, f32>> = vec![FxHashMap::default(); vocabulary.len()];
    let mut context_totals = vec![0f64; 2 * side];
    let mut word_totals = vec![0f64; vocabulary.len()];
    for sentence in sentences {
        for (i, word) in sentence.iter().enumerate() {
            let Some(&id) = ids.get(word.as_str()) else {
                continue;
            };
            let left = context_of(i.checked_sub(1).and_then(|j| sentence.get(j)));
            let right = side + context_of(sentence.get(i + 1));
            for context in [left, right] {
                *cooccurrence[id].entry(context as u32).or_default() += 1.0;
                context_totals[context] += 1.0;
                word_totals[id] += 1.0;
            }
        }
    }
    let total: f64 = word_totals.iter().sum();
    let mut random = SplitMix(0x00D0_551E_4000_0001);
    let projection: Vec<[f32; DIMENSIONS]> = (0..2 * side)
        .map(|_| std::array::from_fn(|_| random.normal()))
        .collect();
    let vectors: Vec<[f32; DIMENSIONS]> = cooccurrence
        .iter()
        .enumerate()
        .map(|(id, contexts)| {
            let mut v = [0f32; DIMENSIONS];
            for (&context, &count) in contexts {
                let pmi = ((f64::from(count) * total)
                    / (word_totals[id] * context_totals[context as usize]))
                    .ln();
                if pmi > 0.0 {
                    for (x, r) in v.iter_mut().zip(&projection[context as usize]) {
                        *x += pmi as f32 * r;
                    }
                }
            }
            normalise(&mut v);
            v
        })
        .collect();
    let assignments: Vec<Vec<u16>> = CLUSTER_COUNTS
        .iter()
        .map(|&k| spherical_kmeans(&vectors, k))
        .collect();
    vocabulary
        .iter()
        .enumerate()
        .map(|(i, word)| {
            (
                word_key(word),
                [assignments[0][i], assignments[1][i], assignments[2][i]],
            )
        })
        .collect()
}

fn normalise(v: &mut [f32; DIMENSIONS]) {
    let norm = v.iter().map(|x| x * x).sum::<f32>().sqrt();
    if norm > 0.0 {
        v.iter_mut().for_each(|x| *x /= norm);
    }
}

fn spherical_kmeans(vectors: &[[f32; DIMENSIONS]], k: usize) -> Vec<u16> {
    let n = vectors.len();
    if n == 0 {
        return Vec::new();
    }
    let k = k.min(n);
    let mut centroids: Vec<[f32; DIMENSIONS]> = (0..k).map(|c| vectors[c * n / k]).collect();
    let mut assignment = vec![0u16; n];
    for _ in 0..ITERATIONS {
        for (v, slot) in vectors.iter().zip(assignment.iter_mut()) {
            let mut best = (f32::NEG_INFINITY, 0usize);
            for (c, centroid) in centroids.iter().enumerate() {
                let dot: f32 = v.iter().zip(centroid).map(|(a, b)| a * b).sum();
                if dot > best.0 {
                    best = (dot, c);
                }
            }
            *slot = best.1 as u16;
        }
        let mut sums = vec![[0f32; DIMENSIONS]; k];
        for (v, &c) in vectors.iter().zip(&assignment) {
            for (s, x) in sums[c as usize].iter_mut().zip(v) {
                *s += x;
            }
        }
        for (centroid, mut sum) in centroids.iter_mut().zip(sums) {
            if sum.iter().any(|&x| x != 0.0) {
                normalise(&mut sum);
                *centroid = sum;
            }
        }
    }
    assignment
}

/// How often each lower-cased word is capitalised away from the start of a sentence, bucketed
/// (see [`crate::features::Lexicon::case_ratio`]); words seen fewer than twice are left out.
pub(crate) fn case_ratios(sentences: &[Vec<String>]) -> FxHashMap<u64, u8> {
    let mut counts: FxHashMap<u64, (u32, u32)> = FxHashMap::default();
    for sentence in sentences {
        let headline = sentence
            .iter()
            .filter(|w| w.chars().any(char::is_alphabetic))
            .all(|w| !w.chars().any(char::is_lowercase));
        if headline {
            continue;
        }
        for word in sentence.iter().skip(1) {
            let Some(first) = word.chars().next() else {
                continue;
            };
            if !first.is_alphabetic() {
                continue;
            }
            let entry = counts.entry(lower_key(word)).or_default();
            entry.0 += u32::from(first.is_uppercase());
            entry.1 += 1;
        }
    }
    counts
        .into_iter()
        .filter(|(_, (_, total))| *total >= 2)
        .map(|(key, (capitalised, total))| {
            let ratio = f64::from(capitalised) / f64::from(total);
            let bucket = match ratio {
                r if r < 0.1 => 0,
                r if r < 0.5 => 1,
                r if r < 0.9 => 2,
                _ => 3,
            };
            (key, bucket)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn similar_contexts_share_clusters_deterministically() {
        let mut sentences = Vec::new();
        for (king, city) in [
            ("Aragorn", "Gondor"),
            ("Elendil", "Arnor"),
            ("Theoden", "Rohan"),
        ] {
            for verb in ["rules", "governs", "defends", "leaves", "visits"] {
                for _ in 0..3 {
                    sentences.push(
                        ["King", king, verb, "the", "city", "of", city, "."]
                            .map(String::from)
                            .to_vec(),
                    );
                }
            }
        }
        let first = word_clusters(&sentences);
        let second = word_clusters(&sentences);
        assert_eq!(first, second);
        let gondor = first[&word_key("Gondor")];
        let arnor = first[&word_key("Arnor")];
        assert_eq!(gondor[0], arnor[0]);
        let ratios = case_ratios(&sentences);
        assert_eq!(ratios[&lower_key("gondor")], 3);
        assert_eq!(ratios[&lower_key("city")], 0);
    }

    #[test]
    fn reads_token_xml() {
        let mut out = Vec::new();
        read_token_xml(
            "<token t_id=\"1\" sentence=\"0\" number=\"0\">Faramir</token>\n<token t_id=\"2\" sentence=\"0\" number=\"1\">&amp;</token>\n<token t_id=\"3\" sentence=\"1\" number=\"0\">Eowyn</token>\n",
            &mut out,
        );
        assert_eq!(
            out,
            vec![
                vec!["Faramir".to_string(), "&".to_string()],
                vec!["Eowyn".to_string()]
            ]
        );
    }
}
