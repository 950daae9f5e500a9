//! `dossier demo`: the whole pipeline on the built-in demo corpus, in a temporary store.

use crate::exit;
use anyhow::Context;
use clap::Args;
use dossier_ingest::{read_bytes, Limits};
use dossier_model::Document;
use dossier_store::{DocListQuery, SqliteStore, StoreReader, StoreWriter};
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::PathBuf;

#[derive(Args)]
pub struct DemoArgs {
    /// Keep the demo store in this file (instead of a temporary one) to explore it afterwards
    /// with `dossier --db FILE docs|show|search`.
    #[arg(long)]
    save: Option<PathBuf>,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

/// What the demo reports.
#[derive(Serialize)]
struct DemoReport {
    files: usize,
    documents: usize,
    rejected: Vec<String>,
    outlets: BTreeMap<String, usize>,
    languages: BTreeMap<String, usize>,
    documents_list: Vec<DemoDoc>,
}

#[derive(Serialize)]
struct DemoDoc {
    id: String,
    file: String,
    format: String,
    outlet: Option<String>,
    headline: Option<String>,
    published: Option<String>,
    crawled: Option<String>,
    paragraph_languages: Vec<String>,
    sentences: usize,
    removed_chrome: Vec<String>,
    embedded_posts: Vec<String>,
}

fn describe(doc: &Document) -> DemoDoc {
    DemoDoc {
        id: doc.id.to_string(),
        file: doc.source.path.clone(),
        format: doc.source.format.to_string(),
        outlet: doc.outlet.name.clone(),
        headline: doc.headline.clone(),
        published: doc.published.value.map(|d| d.to_string()),
        crawled: doc.crawled.map(|d| d.to_string()),
        paragraph_languages: doc.paragraphs.iter().map(|p| p.lang.clone()).collect(),
        sentences: doc.sentences.len(),
        removed_chrome: doc
            .removed
            .iter()
            .map(|r| {
                let kind = serde_json::to_string(&r.kind).unwrap_or_default();
                format!("{}: {}", kind.trim_matches('"'), r.text)
            })
            .collect(),
        embedded_posts: doc
            .embedded_posts
            .iter()
            .map(|p| {
                format!(
                    "{} post by {} {} dated {} in {}",
                    p.platform,
                    p.author.as_deref().unwrap_or("?"),
                    p.handle.as_deref().unwrap_or(""),
                    p.date.map(|d| d.to_string()).unwrap_or_else(|| "?".into()),
                    p.lang
                )
            })
            .collect(),
    }
}

pub fn run(args: DemoArgs) -> anyhow::Result<i32> {
    let tmp = tempfile::tempdir().context("creating a temporary directory")?;
    let db = args
        .save
        .clone()
        .unwrap_or_else(|| tmp.path().join("demo.db"));
    let mut store = super::open_store(&db)?;
    let limits = Limits::default();
    let files = crate::demo::articles();
    let mut docs = Vec::new();
    let mut rejected = Vec::new();
    for (name, bytes) in &files {
        for item in read_bytes(name, bytes, &limits) {
            match item {
                Ok(doc) => docs.push(doc),
                Err(e) => rejected.push(e.to_string()),
            }
        }
    }
    store
        .put_documents(&docs)
        .context("writing the demo corpus to the store")?;
    dossier_pipeline::analyse_missing(&mut store, &docs)?;
    let stored = store.list_documents(&DocListQuery {
        limit: 1000,
        ..Default::default()
    })?;
    let mut outlets = BTreeMap::new();
    let mut languages = BTreeMap::new();
    for d in &docs {
        *outlets
            .entry(d.outlet.name.clone().unwrap_or_else(|| "(unknown)".into()))
            .or_insert(0) += 1;
        for p in &d.paragraphs {
            *languages.entry(p.lang.clone()).or_insert(0) += 1;
        }
    }
    let report = DemoReport {
        files: files.len(),
        documents: stored.len(),
        rejected,
        outlets,
        languages,
        documents_list: docs.iter().map(describe).collect(),
    };
    if args.json {
        super::print_json(&report)?;
    } else {
        print!("{}", render(&report, &store, args.save.as_ref())?);
    }
    Ok(if report.rejected.is_empty() {
        exit::OK
    } else {
        exit::PARTIAL
    })
}

fn render(r: &DemoReport, store: &SqliteStore, saved: Option<&PathBuf>) -> anyhow::Result<String> {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "dossier demo: {} built-in files -> {} documents from {} outlets",
        r.files,
        r.documents,
        r.outlets.len()
    );
    let langs: Vec<String> = r
        .languages
        .iter()
        .map(|(l, n)| format!("{l} {n}"))
        .collect();
    let _ = writeln!(out, "paragraph languages: {}", langs.join(", "));
    for e in &r.rejected {
        let _ = writeln!(out, "rejected: {e}");
    }
    for d in &r.documents_list {
        let _ = writeln!(
            out,
            "\n{}  {}  [{}]",
            d.id,
            d.headline.as_deref().unwrap_or("(no headline)"),
            d.format
        );
        let _ = writeln!(
            out,
            "  file {}  outlet {}  published {}  crawled {}",
            d.file,
            d.outlet.as_deref().unwrap_or("-"),
            d.published.as_deref().unwrap_or("-"),
            d.crawled.as_deref().unwrap_or("-")
        );
        let _ = writeln!(
            out,
            "  {} sentences; paragraph languages: {}",
            d.sentences,
            d.paragraph_languages.join(" ")
        );
        for c in &d.removed_chrome {
            let _ = writeln!(out, "  removed {}", crate::render::clip(c, 90));
        }
        for p in &d.embedded_posts {
            let _ = writeln!(out, "  embedded {p}");
        }
    }
    let query = "minister";
    let hits = store.search(query, 3)?;
    let _ = writeln!(out, "\nsearch {query:?}: {} hits", hits.len());
    for h in hits {
        let _ = writeln!(out, "  {}  {}", h.doc_id, h.snippet.replace('\n', " "));
    }
    match saved {
        Some(path) => {
            let _ = writeln!(
                out,
                "\nstore saved: explore with `dossier --db {} docs`",
                path.display()
            );
        }
        None => {
            let _ = writeln!(
                out,
                "\n(temporary store; `dossier demo --save demo.db` keeps it)"
            );
        }
    }
    Ok(out)
}
