//! `dossier serve`: the JSON API and the web UI over the store (see crates/dossier-server).

use anyhow::Context;
use clap::Args;
use dossier_server::{ServerConfig, ServerStores, DEFAULT_READERS};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

#[derive(Args)]
pub struct ServeArgs {
    /// Address to listen on. Anything but loopback needs --token.
    #[arg(long, default_value = "127.0.0.1:8080")]
    addr: SocketAddr,
    /// Token every API call must carry (`Authorization: Bearer TOKEN`), 8 characters or more.
    #[arg(long, env = "DOSSIER_TOKEN", hide_env_values = true)]
    token: Option<String>,
    /// Refuse ingest (POST /api/ingest answers 403); the store must already exist.
    #[arg(long)]
    read_only: bool,
    /// Largest request body (an ingested file) accepted, in MiB.
    #[arg(long, default_value_t = 16, value_parser = clap::value_parser!(u64).range(1..=1024))]
    max_body_mib: u64,
    /// Most read-only store connections open at once (requests beyond wait for one).
    #[arg(long, default_value_t = DEFAULT_READERS as u64, value_parser = clap::value_parser!(u64).range(1..=64))]
    readers: u64,
    /// Serve the UI files from this folder instead of the embedded copies (UI development).
    #[arg(long, env = "DOSSIER_ASSETS_DIR", hide = true)]
    assets_dir: Option<PathBuf>,
}

pub fn run(db: &Path, args: ServeArgs) -> anyhow::Result<i32> {
    if args.read_only && !db.exists() {
        eprintln!(
            "dossier: {} does not exist (read-only mode serves an existing store)",
            db.display()
        );
        return Ok(crate::exit::USAGE);
    }
    let config = ServerConfig {
        addr: args.addr,
        token: args.token.filter(|t| !t.is_empty()),
        read_only: args.read_only,
        max_body_bytes: (args.max_body_mib as usize).saturating_mul(1 << 20),
        assets_dir: args.assets_dir,
        readers: args.readers as usize,
    };
    if let Err(why) = config.check() {
        eprintln!("dossier: {why}");
        return Ok(crate::exit::USAGE);
    }
    let stores = ServerStores::open_sqlite(db, config.read_only, config.readers)
        .with_context(|| format!("cannot open store {}", db.display()))?;
    dossier_server::serve(stores, config)?;
    Ok(crate::exit::OK)
}
