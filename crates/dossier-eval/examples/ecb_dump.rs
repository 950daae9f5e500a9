//! Writes the story features of every ECB+ article (topics 1-45) as JSON lines with the gold
//! story, for prototyping the clustering outside Rust.
//! Usage: `cargo run --release -p dossier-eval --example ecb_dump [ECB_DIR] > features.jsonl`.

use dossier_eval::ecb::{features_of, read_articles};
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let data = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("../shared/data/ecbplus"));
    let topics: Vec<u32> = (1..=45)
        .filter(|t| data.join("xml").join(t.to_string()).is_dir())
        .collect();
    let articles = read_articles(&data, &topics)?;
    for a in &articles {
        let f = features_of(a)?;
        let line = serde_json::json!({
            "name": a.name, "topic": a.topic, "gold": a.gold_story, "text": a.text,
            "features": f,
        });
        println!("{line}");
    }
    Ok(())
}
