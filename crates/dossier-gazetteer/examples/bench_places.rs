//! Measures gazetteer load time and place lookup speed (find + resolve + facilities) over the
//! article bodies of the Zyte benchmark's `ground-truth.json` (English news pages).
//!
//! `cargo run --release -p dossier-gazetteer --example bench_places -- ../shared/data/html-extraction/zyte/ground-truth.json`

use dossier_gazetteer::{Gazetteer, ResolveContext};
use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: bench_places GROUND_TRUTH.json");
        return ExitCode::FAILURE;
    };
    let json: serde_json::Value = match std::fs::read_to_string(&path)
        .map_err(|e| e.to_string())
        .and_then(|t| serde_json::from_str(&t).map_err(|e| e.to_string()))
    {
        Ok(v) => v,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let bodies: Vec<String> = json
        .as_object()
        .map(|o| {
            o.values()
                .filter_map(|v| v["articleBody"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    let bytes: usize = bodies.iter().map(String::len).sum();

    let started = Instant::now();
    let gazetteer = Gazetteer::embedded();
    let load = started.elapsed();

    let rounds = 5;
    let started = Instant::now();
    let (mut mentions, mut facilities) = (0, 0);
    for _ in 0..rounds {
        for body in &bodies {
            let places = gazetteer.places_in(body, &ResolveContext::default());
            mentions += places.len();
            facilities += gazetteer.facilities_with(body, &places).len();
        }
    }
    let secs = started.elapsed().as_secs_f64();
    let started = Instant::now();
    let mut found = 0;
    for _ in 0..rounds {
        for body in &bodies {
            found += gazetteer.find_places(body).len();
        }
    }
    let find_secs = started.elapsed().as_secs_f64();
    let mb = (bytes * rounds) as f64 / 1e6;
    println!(
        "{} documents, {:.2} MB x {rounds}; load {:.0} ms; find_places {:.1} MB/s ({} mentions); \
         find+resolve+facilities {:.1} MB/s ({} places, {} facilities)",
        bodies.len(),
        bytes as f64 / 1e6,
        load.as_secs_f64() * 1e3,
        mb / find_secs,
        found / rounds,
        mb / secs,
        mentions / rounds,
        facilities / rounds
    );
    ExitCode::SUCCESS
}
