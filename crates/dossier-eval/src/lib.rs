//! Every measurement of dossier against reference data in `../shared/data`, behind one
//! [`Evaluation`] trait whose [`EvalReport`] prints as JSON or text and names the number a floor
//! guards ([`suites`] lists them: article extraction on Zyte, NER on CoNLL-2003 and UNER, event
//! coding on the PLOVER gold records and the PETRARCH2 unit tests, opinion on NewsSD-ENG and
//! CheckThat!, the founding example, ECB+ story clustering, ingest speed). Stage crates keep only
//! the scoring their training needs (`dossier_ner::score_documents`, `dossier_opinion::macro_f1`);
//! the suites that read test sets live here.

pub mod coref;
pub mod ecb;
mod html;
pub mod ingest_speed;
pub mod ner;
pub mod petrarch;
pub mod plover;
mod report;
pub mod seeds;
pub mod shingles;
pub mod subjectivity;
pub mod suites;

pub use html::{eval_html, render_html_report_text, HtmlEvalReport, PageScore};
pub use report::{check_floor, EvalReport, Evaluation, Headline};
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
