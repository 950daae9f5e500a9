//! Lists the entity errors of a model on a CoNLL-format file (for error analysis on dev):
//! `cargo run --release -p dossier-ner --example ner_errors -- MODEL.bin ../shared/data/ner/conll2003/valid.txt`.
//! Prints one line per wrong or missed span (`FN`, `FP`, or a type confusion) with its sentence.

use std::collections::BTreeMap;
use std::path::PathBuf;

use anyhow::{Context, Result};
use dossier_ner::{read_labelled, spans_from_tags, NerModel};

fn main() -> Result<()> {
    let mut args = std::env::args().skip(1);
    let model_path: PathBuf = args.next().context("usage: ner_errors MODEL FILE")?.into();
    let data: PathBuf = args.next().context("usage: ner_errors MODEL FILE")?.into();
    let model = NerModel::from_bytes(&std::fs::read(&model_path)?)?;
    let mut kinds: BTreeMap<String, usize> = BTreeMap::new();
    for document in read_labelled(&data)? {
        let words: Vec<Vec<&str>> = document
            .iter()
            .map(|s| s.words.iter().map(String::as_str).collect())
            .collect();
        for (sentence, predicted) in document.iter().zip(model.tag_document(&words)) {
            let gold = spans_from_tags(&sentence.tags);
            let guess = spans_from_tags(&predicted);
            let text = |s: &dossier_ner::TokenSpan| sentence.words[s.start..s.end].join(" ");
            for g in &gold {
                if guess.contains(g) {
                    continue;
                }
                let kind = match guess.iter().find(|p| p.start == g.start && p.end == g.end) {
                    Some(p) => format!("{}->{}", g.label.as_str(), p.label.as_str()),
                    None => format!("FN {}", g.label.as_str()),
                };
                *kinds.entry(kind.clone()).or_default() += 1;
                println!("{kind}\t{}\t| {}", text(g), sentence.words.join(" "));
            }
            for p in &guess {
                if gold.contains(p) || gold.iter().any(|g| g.start == p.start && g.end == p.end) {
                    continue;
                }
                let kind = format!("FP {}", p.label.as_str());
                *kinds.entry(kind.clone()).or_default() += 1;
                println!("{kind}\t{}\t| {}", text(p), sentence.words.join(" "));
            }
        }
    }
    for (kind, n) in kinds {
        eprintln!("{n:6} {kind}");
    }
    Ok(())
}
