//! Trains the English NER model and writes its compact artifact.
//!
//! `cargo run --release -p dossier-ner --example train_ner -- --data ../shared/data/ner/conll2003
//! --out crates/dossier-ner/model/ner-en.bin [--unlabelled-root ../shared/data] [--prune 0.0]
//! [--row-bits 21] [--no-gazetteer] [--train-and-dev] [--seeds 4] [--margin 0] [--report report.json]`
//!
//! Reads `train.txt` (fitting) and `valid.txt` (choosing the number of passes) only; `test.txt`
//! is never read here.

use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use dossier_ner::{train, train_on_train_and_dev, TrainOptions};

fn main() -> Result<()> {
    let mut data: Option<PathBuf> = None;
    let mut out: Option<PathBuf> = None;
    let mut unlabelled_root: Option<PathBuf> = None;
    let mut report_path: Option<PathBuf> = None;
    let mut prune: Option<f32> = None;
    let mut row_bits: Option<u8> = None;
    let mut no_gazetteer = false;
    let mut train_and_dev = false;
    let mut seeds: Option<usize> = None;
    let mut margin: Option<f32> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().with_context(|| format!("{arg} needs a value"));
        match arg.as_str() {
            "--data" => data = Some(value()?.into()),
            "--out" => out = Some(value()?.into()),
            "--unlabelled-root" => unlabelled_root = Some(value()?.into()),
            "--report" => report_path = Some(value()?.into()),
            "--prune" => prune = Some(value()?.parse()?),
            "--row-bits" => row_bits = Some(value()?.parse()?),
            "--no-gazetteer" => no_gazetteer = true,
            "--train-and-dev" => train_and_dev = true,
            "--seeds" => seeds = Some(value()?.parse()?),
            "--margin" => margin = Some(value()?.parse()?),
            other => bail!("unknown argument {other}"),
        }
    }
    let data = data.context("--data DIR (the CoNLL-2003 folder) is required")?;
    let out = out.context("--out FILE is required")?;
    // Default unlabelled text: the shared data folder two levels above the CoNLL folder.
    let shared = unlabelled_root.unwrap_or_else(|| data.join("..").join(".."));
    let mut options = TrainOptions::with_shared_data(&shared);
    if let Some(prune) = prune {
        options.prune_below = prune;
    }
    if no_gazetteer {
        options.gazetteer = None;
    }
    if let Some(margin) = margin {
        options.margin = margin;
    }
    if let Some(seeds) = seeds {
        options.seeds = seeds;
    }
    if let Some(bits) = row_bits {
        options.row_bits = bits;
    }
    let (model, report) = if train_and_dev {
        let (model, report, chooser) =
            train_on_train_and_dev(&data.join("train.txt"), &data.join("valid.txt"), &options)?;
        eprintln!(
            "passes chosen on dev: {:?} (dev F1 of the train-only model {:.4})",
            chooser.best_epochs, chooser.dev.f1
        );
        (model, report)
    } else {
        train(&data.join("train.txt"), &data.join("valid.txt"), &options)?
    };
    let bytes = model.to_bytes()?;
    std::fs::write(&out, &bytes).with_context(|| format!("writing {}", out.display()))?;
    eprintln!(
        "trained in {:.1}s: best epoch {} dev F1 {:.4}, {} rows, {} bytes -> {}",
        report.seconds,
        report.best_epoch,
        report.dev.f1,
        report.stored_rows,
        bytes.len(),
        out.display()
    );
    let json = serde_json::to_string_pretty(&report)?;
    match report_path {
        Some(path) => {
            std::fs::write(&path, json).with_context(|| format!("writing {}", path.display()))?
        }
        None => println!("{json}"),
    }
    Ok(())
}
