//! `dossier docs`: list stored documents.

use crate::exit;
use clap::Args;
use dossier_store::{DocListQuery, StoreReader};
use std::path::Path;

#[derive(Args)]
pub struct DocsArgs {
    /// How many documents to list.
    #[arg(long, default_value_t = 50)]
    limit: usize,
    /// Skip this many documents first.
    #[arg(long, default_value_t = 0)]
    offset: usize,
    /// Only documents of this outlet (exact name).
    #[arg(long)]
    outlet: Option<String>,
    /// Only documents in this language (ISO 639-1).
    #[arg(long)]
    lang: Option<String>,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

pub fn run(db: &Path, args: DocsArgs) -> anyhow::Result<i32> {
    let store = super::open_store(db)?;
    let query = DocListQuery {
        limit: args.limit,
        offset: args.offset,
        outlet: args.outlet,
        lang: args.lang,
        ..Default::default()
    };
    let docs = store.list_documents(&query)?;
    if args.json {
        super::print_json(&docs)?;
        return Ok(exit::OK);
    }
    if docs.is_empty() {
        println!(
            "no documents in {} (try `dossier ingest PATH`)",
            db.display()
        );
        return Ok(exit::OK);
    }
    println!(
        "{:<16}  {:<10}  {:<4}  {:<24}  headline",
        "id", "published", "lang", "outlet"
    );
    for d in &docs {
        println!(
            "{:<16}  {:<10}  {:<4}  {:<24}  {}",
            d.id,
            d.published.as_deref().unwrap_or("-"),
            d.language,
            crate::render::clip(d.outlet.as_deref().unwrap_or("-"), 24),
            d.headline.as_deref().unwrap_or("(no headline)")
        );
    }
    Ok(exit::OK)
}
