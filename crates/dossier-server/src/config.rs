//! How `dossier serve` runs: address, token, read-only mode, body limit, UI folder and the
//! number of read connections; and the check that refuses a configuration that would expose
//! the store without a token.

use std::net::SocketAddr;
use std::path::PathBuf;

/// Read-only store connections a server keeps by default: enough for the requests two cores
/// serve at once, with one to spare for a slow view.
pub const DEFAULT_READERS: usize = 4;

/// How the server runs.
#[derive(Debug, Clone)]
pub struct ServerConfig {
    /// Address to listen on.
    pub addr: SocketAddr,
    /// The token every API call must carry; required when `addr` is not loopback.
    pub token: Option<String>,
    /// Refuse ingest.
    pub read_only: bool,
    /// Largest request body accepted, in bytes (ingest uploads included).
    pub max_body_bytes: usize,
    /// Serve the UI files from this folder instead of the embedded copies (for UI work).
    pub assets_dir: Option<PathBuf>,
    /// Most read-only store connections open at once (requests beyond wait for one).
    pub readers: usize,
}

impl ServerConfig {
    /// Listens on `addr`, no token, writable, 16 MiB bodies, embedded UI, 4 readers.
    pub fn new(addr: SocketAddr) -> ServerConfig {
        ServerConfig {
            addr,
            token: None,
            read_only: false,
            max_body_bytes: 16 << 20,
            assets_dir: None,
            readers: DEFAULT_READERS,
        }
    }

    /// Refuses a configuration that would expose the store without a token.
    pub fn check(&self) -> Result<(), String> {
        if let Some(t) = &self.token {
            if t.trim().len() < 8 {
                return Err("the token must have at least 8 characters".into());
            }
        }
        if self.readers == 0 {
            return Err("the server needs at least one reader".into());
        }
        if !self.addr.ip().is_loopback() && self.token.is_none() {
            return Err(format!(
                "binding to {} (not loopback) requires a token: pass --token or set DOSSIER_TOKEN",
                self.addr
            ));
        }
        Ok(())
    }
}
