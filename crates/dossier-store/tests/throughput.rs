//! Write throughput of the SQLite store (a measurement, not a check). Run with
//! `cargo test --release -p dossier-store --test throughput -- --ignored --nocapture`.

mod common;

use common::{long_body, Fixture};
use dossier_store::{SqliteStore, StoreReader, StoreWriter};
use std::time::Instant;

const DOCS: usize = 10_000;
const BATCH: usize = 100;
const BODY_BYTES: usize = 3_000;

#[test]
#[ignore = "measurement; run in release with --ignored --nocapture"]
fn put_documents_throughput() {
    let bodies: Vec<String> = (0..DOCS).map(|i| long_body(i, BODY_BYTES)).collect();
    let docs: Vec<_> = bodies
        .iter()
        .enumerate()
        .map(|(i, body)| {
            let headline = format!("Dispatch {i} from the northern kingdoms");
            let paragraphs: Vec<&str> = vec![body.as_str()];
            Fixture {
                headline: Some(&headline),
                paragraphs: &paragraphs,
                published: Some("2025-07-18"),
                ..Default::default()
            }
            .build()
        })
        .collect();
    let body_bytes: usize = docs.iter().map(|d| d.body.len()).sum();
    let sentences: usize = docs.iter().map(|d| d.sentences.len()).sum();

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("throughput.db");
    let mut store = SqliteStore::open(&path).unwrap();
    let started = Instant::now();
    for batch in docs.chunks(BATCH) {
        let report = store.put_documents(batch).unwrap();
        assert_eq!(report.added.len(), batch.len());
    }
    let secs = started.elapsed().as_secs_f64();

    let started = Instant::now();
    for batch in docs.chunks(BATCH) {
        store.put_documents(batch).unwrap();
    }
    let again_secs = started.elapsed().as_secs_f64();

    let started = Instant::now();
    let searches = 200;
    let mut hits = 0;
    for i in 0..searches {
        let q = [
            "Pelargir",
            "\"White Tower\"",
            "Halbarad OR Rohan",
            "harvest festival",
        ][i % 4];
        hits += store.search(q, 20).unwrap().len();
    }
    let search_ms = started.elapsed().as_secs_f64() * 1000.0 / searches as f64;

    assert_eq!(store.count_documents().unwrap(), DOCS as u64);
    let file_mb = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0) as f64 / 1e6;
    println!(
        "put_documents: {DOCS} new docs (avg body {} B, {:.1} sentences), batches of {BATCH}: \
         {secs:.2}s = {:.0} docs/s, {:.1} MB/s of body text",
        body_bytes / DOCS,
        sentences as f64 / DOCS as f64,
        DOCS as f64 / secs,
        body_bytes as f64 / 1e6 / secs
    );
    println!(
        "re-put of the same {DOCS} docs (all unchanged): {again_secs:.2}s = {:.0} docs/s",
        DOCS as f64 / again_secs
    );
    println!("search over {DOCS} docs (limit 20): {search_ms:.2} ms/query ({hits} hits total)");
    println!(
        "store file after writes: {file_mb:.1} MB (WAL not yet checkpointed into it may add more)"
    );
}
