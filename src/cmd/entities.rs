//! `dossier entities`: people, organisations and places found in stored documents.

use crate::exit;
use anyhow::Context;
use clap::{Args, ValueEnum};
use dossier_model::EntityType;
use dossier_store::{EntityQuery, StoreReader};
use std::path::Path;

#[derive(Clone, Copy, ValueEnum)]
pub enum TypeArg {
    Person,
    Org,
    Loc,
    Misc,
}

impl From<TypeArg> for EntityType {
    fn from(t: TypeArg) -> Self {
        match t {
            TypeArg::Person => EntityType::Person,
            TypeArg::Org => EntityType::Organisation,
            TypeArg::Loc => EntityType::Place,
            TypeArg::Misc => EntityType::Misc,
        }
    }
}

#[derive(Args)]
pub struct EntitiesArgs {
    /// Only entities of this type.
    #[arg(long = "type", value_enum)]
    kind: Option<TypeArg>,
    /// Only entities one of whose names contains this text (case-insensitive).
    #[arg(long)]
    name: Option<String>,
    /// Only entities of this document (id or unique prefix).
    #[arg(long)]
    doc: Option<String>,
    /// How many entities to list.
    #[arg(long, default_value_t = 100)]
    limit: usize,
    /// Skip this many first.
    #[arg(long, default_value_t = 0)]
    offset: usize,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

pub fn run(db: &Path, args: EntitiesArgs) -> anyhow::Result<i32> {
    let store = super::open_store(db)?;
    let doc_id = match &args.doc {
        Some(prefix) => match store.get_document(prefix)? {
            Some(doc) => Some(doc.id),
            None => {
                eprintln!("dossier: no document {prefix} in {}", db.display());
                return Ok(exit::NOT_FOUND);
            }
        },
        None => None,
    };
    let entities = store
        .list_entities(&EntityQuery {
            limit: args.limit,
            offset: args.offset,
            kind: args.kind.map(Into::into),
            name: args.name.clone(),
            doc_id,
        })
        .context("listing entities")?;
    if args.json {
        super::print_json(&entities)?;
        return Ok(exit::OK);
    }
    if entities.is_empty() {
        println!("no entities (ingest documents first: `dossier ingest PATH`)");
        return Ok(exit::OK);
    }
    for e in &entities {
        print!("{}", crate::render::entity(e));
    }
    Ok(exit::OK)
}
