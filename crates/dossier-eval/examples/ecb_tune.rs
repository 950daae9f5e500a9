//! Chooses the story-clustering thresholds on the ECB+ development and training topics (never
//! the test topics): prints pairwise F1 for a grid of parameters, averaged over three arrival
//! orders, on each. Usage: `cargo run --release -p dossier-eval --example ecb_tune [ECB_DIR]`.

use dossier_eval::ecb::{cluster_scores, features_of, read_articles, DEV_TOPICS};
use dossier_stories::StoryParams;
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let data = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("../shared/data/ecbplus"));
    // Training topics: every topic that is neither development nor test.
    let train_topics: Vec<u32> = (1..36)
        .filter(|t| !DEV_TOPICS.contains(t) && data.join("xml").join(t.to_string()).is_dir())
        .collect();
    let mut sets = Vec::new();
    for topics in [DEV_TOPICS, train_topics.as_slice()] {
        let articles = read_articles(&data, topics)?;
        let features = articles
            .iter()
            .map(features_of)
            .collect::<Result<Vec<_>, _>>()?;
        sets.push((articles, features));
    }
    let mut results = Vec::new();
    for join in [0.18, 0.2, 0.22] {
        for entity_weight in [1.5, 2.0, 3.0] {
            for merge_factor in [1.5, 2.0] {
                for single_link in [0.5, 0.75, 1.0] {
                    let params = StoryParams {
                        join,
                        merge: join * merge_factor,
                        entity_weight,
                        single_link,
                        ..StoryParams::default()
                    };
                    // Mean pairwise F1 over three arrival orders, on dev and on train.
                    let mut pw = [0.0; 2];
                    for (i, (articles, features)) in sets.iter().enumerate() {
                        for seed in [1u64, 2, 3] {
                            let s = cluster_scores(articles, features, params, seed * 7919);
                            pw[i] += s.pairwise.f1 / 3.0;
                        }
                    }
                    let mean = (pw[0] + pw[1]) / 2.0;
                    results.push((
                        mean,
                        pw[0],
                        pw[1],
                        join,
                        entity_weight,
                        merge_factor,
                        single_link,
                    ));
                }
            }
        }
    }
    results.sort_by(|a, b| b.0.total_cmp(&a.0));
    for (mean, dev, train, join, ew, mf, fy) in results.iter().take(15) {
        println!(
            "pairwise mean {mean:.4} dev {dev:.4} train {train:.4}  join {join} entity_weight {ew} merge x{mf} single_link {fy}"
        );
    }
    Ok(())
}
