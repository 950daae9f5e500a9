//! `dossier show DOC`: one document in full.

use crate::exit;
use clap::Args;
use dossier_store::DocumentStore;
use std::path::Path;

#[derive(Args)]
pub struct ShowArgs {
    /// Document id, or a unique prefix of at least 4 characters.
    doc: String,
    /// Print the document's versioned JSON form.
    #[arg(long)]
    json: bool,
}

pub fn run(db: &Path, args: ShowArgs) -> anyhow::Result<i32> {
    let store = super::open_store(db)?;
    match store.get_document(&args.doc)? {
        None => {
            eprintln!("dossier: no document {} in {}", args.doc, db.display());
            Ok(exit::NOT_FOUND)
        }
        Some(doc) => {
            if args.json {
                super::print_json(&doc)?;
            } else {
                print!("{}", crate::render::document(&doc));
            }
            Ok(exit::OK)
        }
    }
}
