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
    for join in [0.26, 0.28, 0.3] {
        for merge_factor in [1.25] {
            for single_link in [0.25, 0.5] {
                for absorb_max_docs in [0, 8, 12] {
                    for absorb_ratio in [0.3, 0.35] {
                        for absorb_floor in [0.06, 0.1] {
                            if absorb_max_docs == 0 && (absorb_ratio != 0.3 || absorb_floor != 0.06)
                            {
                                continue;
                            }
                            let params = StoryParams {
                                join,
                                merge: join * merge_factor,
                                single_link,
                                absorb_max_docs,
                                absorb_ratio,
                                absorb_floor,
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
                            results.push(((pw[0] + pw[1]) / 2.0, pw[0], pw[1], params));
                        }
                    }
                }
            }
        }
    }
    results.sort_by(|a, b| b.0.total_cmp(&a.0));
    for (mean, dev, train, p) in results.iter().take(25) {
        println!(
            "pairwise mean {mean:.4} dev {dev:.4} train {train:.4}  join {} merge {:.3} single_link {} absorb_max_docs {} absorb_ratio {} absorb_floor {}",
            p.join, p.merge, p.single_link, p.absorb_max_docs, p.absorb_ratio, p.absorb_floor
        );
    }
    Ok(())
}
