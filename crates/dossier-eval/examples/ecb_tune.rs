//! Chooses the story-clustering thresholds on the ECB+ development topics (never the test
//! topics): prints pairwise and B-cubed F1 for a grid of parameters, averaged over three
//! arrival orders. Usage: `cargo run --release -p dossier-eval --example ecb_tune [ECB_DIR]`.

use dossier_eval::ecb::{cluster_scores, features_of, read_articles, DEV_TOPICS};
use dossier_stories::StoryParams;
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let data = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("../shared/data/ecbplus"));
    let articles = read_articles(&data, DEV_TOPICS)?;
    let features = articles
        .iter()
        .map(features_of)
        .collect::<Result<Vec<_>, _>>()?;
    let mut results = Vec::new();
    for join in [0.15, 0.2, 0.25, 0.3] {
        for term_weight in [0.6, 0.8, 1.0] {
            for (merge_gap, single_link) in [
                (0.1, 0.0),
                (0.2, 0.0),
                (0.1, 0.5),
                (0.2, 0.5),
                (0.2, 1.0),
                (0.1, 1.0),
            ] {
                let params = StoryParams {
                    join,
                    merge: join + merge_gap,
                    term_weight,
                    single_link,
                    ..StoryParams::default()
                };
                let mut pw = 0.0;
                let mut b3 = 0.0;
                for seed in [1u64, 2, 3] {
                    let s = cluster_scores(&articles, &features, params, seed * 7919);
                    pw += s.pairwise.f1 / 3.0;
                    b3 += s.b3.f1 / 3.0;
                }
                results.push((pw, b3, join, term_weight, merge_gap, single_link));
            }
        }
    }
    results.sort_by(|a, b| b.0.total_cmp(&a.0));
    for (pw, b3, join, tw, mg, sl) in results.iter().take(15) {
        println!(
            "pairwise {pw:.4} b3 {b3:.4}  join {join} term_weight {tw} merge +{mg} single_link {sl}"
        );
    }
    Ok(())
}
