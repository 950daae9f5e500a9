//! One module per subcommand.

pub mod build;
pub mod demo;
pub mod docs;
pub mod entities;
pub mod eval;
pub mod events;
pub mod ingest;
pub mod search;
pub mod serve;
pub mod show;
pub mod stories;

use anyhow::Context;
use dossier_store::SqliteStore;
use std::path::Path;

/// Opens (creating if needed) the store file named by `--db` / `DOSSIER_DB`.
pub fn open_store(db: &Path) -> anyhow::Result<SqliteStore> {
    SqliteStore::open(db).with_context(|| format!("cannot open store {}", db.display()))
}

/// Prints a value as pretty JSON on stdout.
pub fn print_json<T: serde::Serialize>(value: &T) -> anyhow::Result<()> {
    println!("{}", serde_json::to_string_pretty(value)?);
    Ok(())
}
