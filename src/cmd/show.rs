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
    /// Also show the entities, dates and quantities found in it (with --json: print
    /// `{"document": ..., "entities": ...}`).
    #[arg(long)]
    entities: bool,
}

pub fn run(db: &Path, args: ShowArgs) -> anyhow::Result<i32> {
    let store = super::open_store(db)?;
    match store.get_document(&args.doc)? {
        None => {
            eprintln!("dossier: no document {} in {}", args.doc, db.display());
            Ok(exit::NOT_FOUND)
        }
        Some(doc) => {
            let analysis = if args.entities {
                store.get_entities(&doc.id)?
            } else {
                None
            };
            if args.json && args.entities {
                super::print_json(&serde_json::json!({
                    "document": doc,
                    "entities": analysis,
                }))?;
            } else if args.json {
                super::print_json(&doc)?;
            } else {
                print!("{}", crate::render::document(&doc));
                if args.entities {
                    match &analysis {
                        Some(a) => print!("{}", crate::render::document_entities(a)),
                        None => println!("\n(no entities stored for this document)"),
                    }
                }
            }
            Ok(exit::OK)
        }
    }
}
