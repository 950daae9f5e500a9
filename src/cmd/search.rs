//! `dossier search QUERY`: full-text search with snippets.

use crate::exit;
use clap::Args;
use dossier_store::StoreReader;
use std::path::Path;

#[derive(Args)]
pub struct SearchArgs {
    /// Words (all must match), "quoted phrases", and OR.
    #[arg(required = true)]
    query: Vec<String>,
    /// Most hits to show.
    #[arg(long, default_value_t = 20)]
    limit: usize,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

pub fn run(db: &Path, args: SearchArgs) -> anyhow::Result<i32> {
    let store = super::open_store(db)?;
    let query = args.query.join(" ");
    let hits = store.search(&query, args.limit)?;
    if args.json {
        super::print_json(&hits)?;
        return Ok(exit::OK);
    }
    if hits.is_empty() {
        println!("no match for {query:?}");
        return Ok(exit::OK);
    }
    for h in &hits {
        println!(
            "{}  {}  [{}]",
            h.doc_id,
            h.headline.as_deref().unwrap_or("(no headline)"),
            h.outlet.as_deref().unwrap_or("-")
        );
        println!("    {}", h.snippet.replace('\n', " "));
    }
    Ok(exit::OK)
}
