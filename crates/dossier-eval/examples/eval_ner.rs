//! Prints the NER measurement as JSON:
//! `cargo run --release -p dossier-eval --example eval_ner -- ../shared/data/ner/conll2003 [MODEL.bin]`
//! (the embedded model unless a model file is given).

use std::path::PathBuf;

use anyhow::{Context, Result};
use dossier_ner::NerModel;

fn main() -> Result<()> {
    let mut args = std::env::args().skip(1);
    let data: PathBuf = args
        .next()
        .context("usage: eval_ner CONLL2003_DIR [MODEL]")?
        .into();
    let report = match args.next() {
        Some(path) => {
            let bytes = std::fs::read(&path).with_context(|| format!("reading {path}"))?;
            dossier_eval::ner::eval_ner_with(&NerModel::from_bytes(&bytes)?, &data)?
        }
        None => dossier_eval::ner::eval_ner(&data)?,
    };
    println!("{}", serde_json::to_string_pretty(&report)?);
    Ok(())
}
