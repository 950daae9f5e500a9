//! Data-driven snapshot tests: what dossier makes of fixed inputs, record by record, pinned in
//! files under `tests/data/snapshots/`. They are the safety net under any re-layout of the code:
//! a change that moves code must leave every file byte-identical, and a change that means to alter
//! behaviour lands as its own commit with the snapshot diff.
//!
//! Update on purpose with `UPDATE_EXPECT=1 cargo test --profile ci --test snapshots`, then read the
//! diff before committing it.
//!
//! Pinned:
//! - the seed articles (`../shared/corpus/seeds`) and the demo corpus (`demo/`), each ingested by
//!   the pipeline into a fresh store: every document, its entities, its events and the writer's
//!   opinion per sentence; every story with its reconciliation (canonical events, claims,
//!   discrepancies, visits);
//! - every PLOVER gold record's coding (`../shared/data/plover`);
//! - the story of every ECB+ dev-topic article (`../shared/data/ecbplus`).
//!
//! Text from `../shared` is third-party writing and is never committed: in those snapshots every
//! string of four words or more, or longer than 48 bytes, is replaced by its length and a SHA-256
//! prefix, which still pins it. The demo corpus is the project's own writing and stays readable.

mod common;

use common::{map_strings, redact, to_pretty};
use dossier_store::{DocListQuery, SqliteStore, StoreReader};
use expect_test::expect_file;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};

/// Ingests `files` into a fresh store through the pipeline and describes every record.
fn corpus_snapshot(
    files: &[PathBuf],
    root: &Path,
    text_policy: fn(Value) -> Value,
) -> (String, String) {
    let dir = tempfile::tempdir().expect("temporary directory");
    let mut store = SqliteStore::open(dir.path().join("snap.db")).expect("store");
    dossier_pipeline::ingest_paths(
        &mut store,
        files,
        &dossier_ingest::Limits::default(),
        200,
        &mut dossier_pipeline::Quiet,
    )
    .expect("ingest");
    let mut listed = store
        .list_documents(&DocListQuery {
            limit: 10_000,
            ..Default::default()
        })
        .expect("list");
    listed.sort_by(|a, b| a.id.cmp(&b.id));
    let mut documents = Vec::new();
    for summary in &listed {
        let doc = store
            .get_document(summary.id.as_str())
            .expect("read")
            .expect("stored document");
        let entities = store.get_entities(&doc.id).expect("entities");
        let events = store.get_events(&doc.id).expect("events");
        let opinion = dossier_opinion::classify_document(&doc);
        documents.push(json!({
            "document": doc,
            "entities": entities,
            "events": events,
            "opinion": opinion,
        }));
    }
    let summaries = dossier_query::story_summaries(&store, 10_000, 0).expect("stories");
    let mut stories = Vec::new();
    for s in &summaries {
        let page = dossier_query::story_page(&store, &s.id)
            .expect("story page")
            .expect("listed story");
        stories.push(json!({ "summary": s, "page": page }));
    }
    let root = root.to_string_lossy().to_string();
    let render = |v: Value| {
        to_pretty(&text_policy(map_strings(v, &|s| {
            s.replace(&root, "<corpus>")
        })))
    };
    (
        render(Value::Array(documents)),
        render(Value::Array(stories)),
    )
}

fn keep(v: Value) -> Value {
    v
}

#[test]
fn seeds() {
    let dir = dossier_testdata::path("corpus/seeds");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("seeds folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let (documents, stories) = corpus_snapshot(&files, &dir, redact);
    expect_file!["data/snapshots/seeds/documents.json"].assert_eq(&documents);
    expect_file!["data/snapshots/seeds/stories.json"].assert_eq(&stories);
}

#[test]
fn demo_corpus() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("demo");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("demo folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            !name.eq_ignore_ascii_case("README.md") && !name.ends_with("gold.json")
        })
        .collect();
    files.sort();
    let (documents, stories) = corpus_snapshot(&files, &dir, keep);
    expect_file!["data/snapshots/demo/documents.json"].assert_eq(&documents);
    expect_file!["data/snapshots/demo/stories.json"].assert_eq(&stories);
}

#[test]
fn plover_gold_codings() {
    let path = dossier_testdata::path("data/plover/PLOVER_GSR_CAMEO.txt");
    let text = std::fs::read_to_string(&path).expect("PLOVER gold file");
    let records: Vec<Value> = serde_json::from_str(&text).expect("PLOVER gold JSON");
    let coder = dossier_events::EventCoder::embedded();
    let mut out = String::new();
    for r in &records {
        let (Some(id), Some(sentence)) = (
            r.get("id").and_then(Value::as_str),
            r.get("text").and_then(Value::as_str),
        ) else {
            continue;
        };
        let docs: Vec<_> = dossier_ingest::read_bytes(
            &format!("{id}.txt"),
            sentence.as_bytes(),
            &dossier_ingest::Limits::default(),
        )
        .collect();
        let line = match docs.into_iter().next() {
            Some(Ok(doc)) => {
                let entities = dossier_entities::analyse(&doc);
                let events = coder.code(&doc, &entities);
                json!({ "id": id, "events": events.events })
            }
            Some(Err(e)) => json!({ "id": id, "error": e.to_string() }),
            None => json!({ "id": id, "error": "no document" }),
        };
        out.push_str(&serde_json::to_string(&redact(line)).expect("JSON"));
        out.push('\n');
    }
    expect_file!["data/snapshots/plover/codings.jsonl"].assert_eq(&out);
}

#[test]
fn ecb_dev_story_assignments() {
    let assignments = dossier_eval::ecb::story_assignments(
        &dossier_testdata::path("data/ecbplus"),
        "dev",
        dossier_stories::StoryParams::default(),
    )
    .expect("ECB+ dev topics");
    let mut out = String::from("# article\tstory (ECB+ dev topics, the eval's arrival order)\n");
    for (article, story) in assignments {
        out.push_str(&format!("{article}\t{story}\n"));
    }
    expect_file!["data/snapshots/ecb/dev-stories.tsv"].assert_eq(&out);
}
