//! The ingest benchmark: documents/s and MB/s through source reading and document assembly,
//! for plain text and for HTML, and for text with the SQLite store behind it.

use crate::EvalError;
use dossier_ingest::{read_bytes, Limits};
use dossier_model::Document;
use dossier_store::{DocumentStore, SqliteStore};
use flate2::read::GzDecoder;
use serde::Serialize;
use std::io::Read;
use std::path::Path;
use std::time::Instant;

/// Throughput of one run.
#[derive(Debug, Clone, Serialize)]
pub struct Throughput {
    pub documents: u64,
    pub rejected: u64,
    pub megabytes: f64,
    pub seconds: f64,
    pub docs_per_s: f64,
    pub mb_per_s: f64,
}

/// What `dossier eval ingest --json` prints.
#[derive(Debug, Clone, Serialize)]
pub struct IngestSpeedReport {
    pub suite: &'static str,
    /// Plain-text articles (seeds and demo texts, replicated with distinct bodies).
    pub text: Throughput,
    /// The 181 Zyte benchmark pages, three passes.
    pub html: Throughput,
    /// The same text articles, read and written to a fresh SQLite store in batches of 200.
    pub text_with_store: Throughput,
}

const TEXT_REPLICAS: usize = 200;
const HTML_PASSES: usize = 3;

fn throughput(documents: u64, rejected: u64, bytes: usize, seconds: f64) -> Throughput {
    let secs = seconds.max(1e-9);
    let megabytes = bytes as f64 / 1e6;
    Throughput {
        documents,
        rejected,
        megabytes,
        seconds,
        docs_per_s: documents as f64 / secs,
        mb_per_s: megabytes / secs,
    }
}

fn text_inputs(shared: &Path, demo: &[(&str, &[u8])]) -> Result<Vec<(String, Vec<u8>)>, EvalError> {
    let mut base: Vec<(String, Vec<u8>)> = Vec::new();
    let seeds = shared.join("corpus/seeds");
    let entries = std::fs::read_dir(&seeds).map_err(|e| EvalError::io(&seeds, e))?;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "txt") {
            let bytes = std::fs::read(&path).map_err(|e| EvalError::io(&path, e))?;
            base.push((path.display().to_string(), bytes));
        }
    }
    for (name, bytes) in demo {
        if name.ends_with(".txt") {
            base.push((name.to_string(), bytes.to_vec()));
        }
    }
    base.sort();
    let mut out = Vec::with_capacity(base.len() * TEXT_REPLICAS);
    for k in 0..TEXT_REPLICAS {
        for (name, bytes) in &base {
            let mut b = bytes.clone();
            b.extend_from_slice(format!("\n\nReplica {k} of this article.\n").as_bytes());
            out.push((format!("{name}#{k}.txt"), b));
        }
    }
    Ok(out)
}

fn html_inputs(shared: &Path) -> Result<Vec<(String, Vec<u8>)>, EvalError> {
    let dir = shared.join("data/html-extraction/zyte/html");
    let mut out = Vec::new();
    let entries = std::fs::read_dir(&dir).map_err(|e| EvalError::io(&dir, e))?;
    for entry in entries.flatten() {
        let path = entry.path();
        let gz = std::fs::read(&path).map_err(|e| EvalError::io(&path, e))?;
        let mut html = Vec::new();
        GzDecoder::new(gz.as_slice())
            .read_to_end(&mut html)
            .map_err(|e| EvalError::io(&path, e))?;
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("page.html.gz")
            .trim_end_matches(".gz")
            .to_string();
        out.push((name, html));
    }
    out.sort();
    Ok(out)
}

fn read_all(
    inputs: &[(String, Vec<u8>)],
    passes: usize,
    limits: &Limits,
) -> (Throughput, Vec<Document>) {
    let started = Instant::now();
    let (mut ok, mut bad, mut bytes) = (0u64, 0u64, 0usize);
    let mut kept = Vec::new();
    for pass in 0..passes {
        for (name, data) in inputs {
            bytes += data.len();
            for item in read_bytes(name, data, limits) {
                match item {
                    Ok(doc) => {
                        ok += 1;
                        if pass == 0 {
                            kept.push(doc);
                        }
                    }
                    Err(_) => bad += 1,
                }
            }
        }
    }
    (
        throughput(ok, bad, bytes, started.elapsed().as_secs_f64()),
        kept,
    )
}

/// Runs the benchmark. `shared` is the `../shared` folder; `demo` the built-in demo files.
pub fn ingest_speed(shared: &Path, demo: &[(&str, &[u8])]) -> Result<IngestSpeedReport, EvalError> {
    let limits = Limits::default();
    let texts = text_inputs(shared, demo)?;
    let pages = html_inputs(shared)?;
    let (text, _) = read_all(&texts, 1, &limits);
    let (html, _) = read_all(&pages, HTML_PASSES, &limits);

    let dir = tempfile::tempdir().map_err(|e| EvalError::io(Path::new("tempdir"), e))?;
    let db = dir.path().join("bench.db");
    let mut store = SqliteStore::open(&db).map_err(|e| EvalError::Other(e.to_string()))?;
    let started = Instant::now();
    let (mut ok, mut bad, mut bytes) = (0u64, 0u64, 0usize);
    let mut batch = Vec::with_capacity(200);
    for (name, data) in &texts {
        bytes += data.len();
        for item in read_bytes(name, data, &limits) {
            match item {
                Ok(doc) => {
                    ok += 1;
                    batch.push(doc);
                }
                Err(_) => bad += 1,
            }
        }
        if batch.len() >= 200 {
            store
                .put_documents(&batch)
                .map_err(|e| EvalError::Other(e.to_string()))?;
            batch.clear();
        }
    }
    store
        .put_documents(&batch)
        .map_err(|e| EvalError::Other(e.to_string()))?;
    let text_with_store = throughput(ok, bad, bytes, started.elapsed().as_secs_f64());
    Ok(IngestSpeedReport {
        suite: "ingest",
        text,
        html,
        text_with_store,
    })
}

/// The benchmark as a short table.
pub fn render_ingest_speed(r: &IngestSpeedReport) -> String {
    let row = |name: &str, t: &Throughput| {
        format!(
            "{name:<16} {:>7} docs {:>8.2} MB {:>7.2} s {:>9.0} docs/s {:>7.2} MB/s  ({} rejected)\n",
            t.documents, t.megabytes, t.seconds, t.docs_per_s, t.mb_per_s, t.rejected
        )
    };
    let mut out = String::from("ingest benchmark (one core, release build)\n");
    out.push_str(&row("text", &r.text));
    out.push_str(&row("html", &r.html));
    out.push_str(&row("text + sqlite", &r.text_with_store));
    out
}
