//! Cost of story clustering per article as the store grows: the features of the ECB+ training
//! topics' articles are replicated with their names, places, distinctive terms and dates
//! perturbed per copy and its dates moved 100 days on (so every copy is a different story of
//! the same shape), and assigned to
//! one `StoryIndex`; prints the mean time per article over the last 10% of the articles at 1k,
//! 10k and 100k articles (so the periodic idf refreshes are counted at their share), and the
//! time to read the stories once (the consolidation of small stories and the split of stories
//! that read as two, once per batch), then the cost of starting a run on that index: assigning
//! every article again (the rebuild) against writing and reading back its snapshot. Usage:
//! `cargo run --release -p dossier-eval --example cluster_cost [ECB_DIR]`.

use dossier_eval::ecb::{features_of, read_articles, DEV_TOPICS, TEST_TOPICS};
use dossier_stories::{StoryFeatures, StoryIndex};
use std::path::PathBuf;
use std::time::Instant;

fn perturbed(f: &StoryFeatures, copy: usize) -> StoryFeatures {
    let tag = format!("x{copy}");
    let mut g = f.clone();
    g.doc_id = format!("{}#{copy}", f.doc_id);
    g.entities = f.entities.iter().map(|e| format!("{e}{tag}")).collect();
    g.places = f.places.iter().map(|p| format!("{p}{tag}")).collect();
    // The rarer half of the terms become this copy's own.
    let half = f.terms.len() / 2;
    g.terms = f
        .terms
        .iter()
        .enumerate()
        .map(|(i, (t, c))| {
            if i >= half {
                (format!("{t}{tag}"), *c)
            } else {
                (t.clone(), *c)
            }
        })
        .collect();
    g.minhash = f
        .minhash
        .iter()
        .map(|h| h.rotate_left((copy % 31) as u32 + 1) ^ copy as u32)
        .collect();
    g.date = f
        .date
        .or(chrono::NaiveDate::from_ymd_opt(2020, 1, 1))
        .map(|d| d + chrono::Duration::days(100 * copy as i64));
    g
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let data = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("../shared/data/ecbplus"));
    // The training topics present in the release (15 and 17 are not).
    let train: Vec<u32> = (1..=45)
        .filter(|t| !DEV_TOPICS.contains(t) && !TEST_TOPICS.contains(t))
        .filter(|t| data.join("xml").join(t.to_string()).is_dir())
        .collect();
    let articles = read_articles(&data, &train)?;
    let base = articles
        .iter()
        .map(features_of)
        .collect::<Result<Vec<_>, _>>()?;
    println!("{} real articles replicated", base.len());
    let mut index = StoryIndex::new();
    let mut n = 0usize;
    let mut window = Instant::now();
    // Time spent assigning so far: what rebuilding the index from the stored features costs.
    let mut assigning = 0.0_f64;
    for target in [1_000usize, 10_000, 100_000] {
        let started = Instant::now();
        while n < target {
            if n == target - target / 10 {
                window = Instant::now();
            }
            let copy = n / base.len();
            index.assign(perturbed(&base[n % base.len()], copy));
            n += 1;
        }
        assigning += started.elapsed().as_secs_f64();
        let per = window.elapsed().as_secs_f64() / (target / 10) as f64;
        // Reading the stories runs the consolidation of small stories and the split over the
        // whole index (once per ingest batch in the pipeline).
        let read = Instant::now();
        let stories = index.stories().len();
        println!(
            "{n:>7} articles, {stories:>6} stories: {:.1} µs per article (mean of the last 10%, idf refreshes included); reading the stories {:.1} ms",
            per * 1e6,
            read.elapsed().as_secs_f64() * 1e3
        );
        let write = Instant::now();
        let bytes = index.to_snapshot()?;
        let write = write.elapsed().as_secs_f64();
        let load = Instant::now();
        let back = StoryIndex::from_snapshot(&bytes)?;
        let load = load.elapsed().as_secs_f64();
        assert_eq!(back.len(), index.len());
        println!(
            "{:>7} articles: rebuilding the index {:.2} s (every assign again); snapshot {:.1} MB, written in {:.0} ms, read back in {:.0} ms",
            n,
            assigning,
            bytes.len() as f64 / 1e6,
            write * 1e3,
            load * 1e3
        );
    }
    Ok(())
}
