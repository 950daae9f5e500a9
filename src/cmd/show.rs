//! `dossier show DOC`: one document in full.

use crate::exit;
use clap::Args;
use dossier_store::{SentenceOpinionRecord, StoreReader};
use std::path::Path;

/// What `show` says of a document the opinion stage has not seen (stored by a dossier older
/// than the stage): the next ingest run that reads it fills the verdicts in.
const NOT_ANALYSED: &str =
    "opinion not analysed for this document yet: ingest its source again to analyse it";

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
            let opinions = store.get_opinions(&doc.id)?;
            if args.json {
                let value = dossier_query::document_json(&doc, opinions.as_ref())?;
                if args.entities {
                    super::print_json(&serde_json::json!({
                        "document": value,
                        "entities": analysis,
                    }))?;
                } else {
                    super::print_json(&value)?;
                }
                if opinions.is_none() {
                    eprintln!("dossier: {NOT_ANALYSED}");
                }
            } else {
                print!("{}", crate::render::document(&doc));
                match &opinions {
                    Some(opinions) => {
                        let flagged: Vec<&SentenceOpinionRecord> = opinions
                            .sentences
                            .iter()
                            .filter(|o| o.score.is_opinion)
                            .collect();
                        if !flagged.is_empty() {
                            println!("\nthe writer's opinion ({} sentences):", flagged.len());
                            for o in flagged {
                                println!(
                                    "  [{}..{}] {}",
                                    o.span.start,
                                    o.span.end,
                                    doc.text(&o.span)
                                );
                            }
                        }
                    }
                    None => println!("\n({NOT_ANALYSED})"),
                }
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
