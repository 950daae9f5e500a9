//! Throughput of `analyse` (temporal + numeric, one scan): reads the given text files (or the
//! seed articles under `$DOSSIER_SHARED/corpus/seeds`), repeats them to about 20 MB and
//! prints MB/s and words/s on one core.
//!
//! `cargo run --release -p dossier-temporal --example temporal_speed [FILE...]`

use dossier_model::PartialDate;
use dossier_temporal::{analyse, TemporalOptions};
use std::time::Instant;

fn main() {
    let mut files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        let shared = std::env::var("DOSSIER_SHARED")
            .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared").into());
        let dir = format!("{shared}/corpus/seeds");
        if let Ok(entries) = std::fs::read_dir(&dir) {
            for e in entries.flatten() {
                let p = e.path();
                if p.extension().is_some_and(|x| x == "txt") {
                    files.push(p.to_string_lossy().into_owned());
                }
            }
        }
    }
    let mut texts = Vec::new();
    for f in &files {
        match std::fs::read_to_string(f) {
            Ok(t) => texts.push(t),
            Err(e) => eprintln!("{f}: {e}"),
        }
    }
    if texts.is_empty() {
        eprintln!("no input texts");
        std::process::exit(1);
    }
    let one_pass: usize = texts.iter().map(|t| t.len()).sum();
    let repeats = (20_000_000 / one_pass.max(1)).max(1);
    let words: usize = texts
        .iter()
        .map(|t| t.split_whitespace().count())
        .sum::<usize>()
        * repeats;
    let options = TemporalOptions {
        anchor: PartialDate::from_ymd(2025, 7, 19),
        ..TemporalOptions::default()
    };
    // Warm up (builds the lexicon).
    let mut mentions = 0usize;
    for t in &texts {
        mentions += analyse(t, &options).temporal.len();
    }
    let start = Instant::now();
    let mut found = 0usize;
    for _ in 0..repeats {
        for t in &texts {
            let a = analyse(t, &options);
            found += a.temporal.len() + a.numeric.len();
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let bytes = one_pass * repeats;
    println!(
        "{} files x {repeats}: {:.1} MB in {secs:.2} s = {:.1} MB/s, {:.0} words/s, {found} mentions ({mentions} temporal per pass)",
        texts.len(),
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / secs,
        words as f64 / secs
    );
}
