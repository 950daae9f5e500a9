//! Chooses the story-clustering thresholds on the ECB+ development and training topics (never
//! the test topics): prints pairwise F1 for a grid of parameters, averaged over three arrival
//! orders, on each (split and number weight included). Usage: `cargo run --release -p dossier-eval --example ecb_tune [ECB_DIR]`.

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
    let mut grid = Vec::new();
    for join in [0.26, 0.28, 0.3, 0.32] {
        for single_link in [0.25, 0.5] {
            for (absorb_max_docs, absorb_ratio, absorb_floor) in
                [(8, 0.3, 0.06), (8, 0.35, 0.06), (8, 0.3, 0.1)]
            {
                for split_ratio in [0.0, 0.5] {
                    for split_min_part in [5] {
                        for number_weight in [1.0, 1.5, 2.0, 3.0] {
                            grid.push(StoryParams {
                                join,
                                merge: join * 1.25,
                                single_link,
                                absorb_max_docs,
                                absorb_ratio,
                                absorb_floor,
                                split_ratio,
                                split_min_part,
                                number_weight,
                                ..StoryParams::default()
                            });
                        }
                    }
                }
            }
        }
    }
    let mut results = Vec::new();
    for params in grid {
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
    results.sort_by(|a, b| b.0.total_cmp(&a.0));
    for (mean, dev, train, p) in results.iter().take(40) {
        println!(
            "pairwise mean {mean:.4} dev {dev:.4} train {train:.4}  join {} merge {:.3} single_link {} absorb_max_docs {} absorb_ratio {} absorb_floor {} split_ratio {} split_min_part {} number_weight {}",
            p.join, p.merge, p.single_link, p.absorb_max_docs, p.absorb_ratio, p.absorb_floor, p.split_ratio, p.split_min_part, p.number_weight
        );
    }
    Ok(())
}
