//! Measurements of dossier against reference data in `../shared/data`: the quality of
//! article-body extraction on the Zyte benchmark ([`eval_html`]) and ingest speed
//! ([`ingest_speed`]).

pub mod coref;
pub mod ecb;
mod html;
pub mod ingest_speed;
pub mod petrarch;
pub mod plover;
pub mod seeds;
pub mod shingles;

pub use html::{eval_html, render_html_report_text, HtmlEvalReport, PageScore};
use std::path::{Path, PathBuf};

/// Why a measurement could not run.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// A file or folder could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// What went wrong.
        source: std::io::Error,
    },
    /// The benchmark's ground truth is not what was expected.
    #[error("{path}: {message}")]
    BadData {
        /// The file.
        path: PathBuf,
        /// What is wrong with it.
        message: String,
    },
    /// Any other failure (store errors in the ingest benchmark).
    #[error("{0}")]
    Other(String),
}

impl EvalError {
    /// An I/O error on `path`.
    pub fn io(path: &Path, source: std::io::Error) -> Self {
        EvalError::Io {
            path: path.to_path_buf(),
            source,
        }
    }
}
