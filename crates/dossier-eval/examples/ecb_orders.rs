//! How much the story clustering depends on the arrival order: pairwise F1 of the ECB+ split's
//! stories (`dev` or `test`) over ten arrival orders with the default parameters, and their
//! mean. Reports only; parameters are chosen by `ecb_tune` on the development and training
//! topics. Usage: `cargo run --release -p dossier-eval --example ecb_orders [ECB_DIR] [SPLIT]`.

use dossier_eval::ecb::{cluster_scores, features_of, read_articles, DEV_TOPICS, TEST_TOPICS};
use dossier_stories::StoryParams;
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let data = args
        .next()
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("../shared/data/ecbplus"));
    let split = args.next().unwrap_or_else(|| "test".to_string());
    let topics = match split.as_str() {
        "dev" => DEV_TOPICS,
        "test" => TEST_TOPICS,
        other => return Err(format!("unknown split {other:?} (dev or test)").into()),
    };
    let articles = read_articles(&data, topics)?;
    let features = articles
        .iter()
        .map(features_of)
        .collect::<Result<Vec<_>, _>>()?;
    let scores: Vec<f64> = (1..=10u64)
        .map(|seed| {
            cluster_scores(&articles, &features, StoryParams::default(), seed * 7919)
                .pairwise
                .f1
        })
        .collect();
    let mean = scores.iter().sum::<f64>() / scores.len() as f64;
    let min = scores.iter().copied().fold(f64::INFINITY, f64::min);
    let max = scores.iter().copied().fold(0.0, f64::max);
    let shown: Vec<String> = scores.iter().map(|s| format!("{s:.3}")).collect();
    println!("{split}: pairwise F1 over ten arrival orders [{}] mean {mean:.3} min {min:.3} max {max:.3}", shown.join(", "));
    Ok(())
}
