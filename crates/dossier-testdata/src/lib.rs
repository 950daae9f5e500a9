//! Where the tests find the reference data: `$DOSSIER_SHARED`, else the `shared/` folder beside
//! the repository (`../shared`). Every test that reads real data goes through [`path`], so all of
//! them behave one way when the data is missing: they fail at once, naming the file they wanted
//! and how to provide it. (A silent skip would let a machine without the data pass every
//! quality check; CI always has the folder.)
//!
//! This crate is a dev-dependency only; nothing shipped depends on it.

use std::path::{Path, PathBuf};

/// The reference data folder: `$DOSSIER_SHARED`, else `shared/` beside the repository.
pub fn shared_dir() -> PathBuf {
    std::env::var_os("DOSSIER_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared"))
}

/// `relative` inside the reference data folder (`corpus/seeds`, `data/plover/...`).
///
/// # Panics
/// When it does not exist, with a message naming the path and how to provide it.
pub fn path(relative: &str) -> PathBuf {
    let full = shared_dir().join(relative);
    assert!(
        full.exists(),
        "reference data missing: {} (the tests that read real data need the shared/ folder \
         beside the repository, or DOSSIER_SHARED pointing at it)",
        full.display()
    );
    full
}

/// A seed article's path (`corpus/seeds/NAME`).
///
/// # Panics
/// As [`path`].
pub fn seed(name: &str) -> PathBuf {
    path(&format!("corpus/seeds/{name}"))
}

/// The text of a file inside the reference data folder.
///
/// # Panics
/// As [`path`], or when the file cannot be read as UTF-8 text.
pub fn read_to_string(relative: &str) -> String {
    let full = path(relative);
    std::fs::read_to_string(&full)
        .unwrap_or_else(|e| panic!("reading reference data {}: {e}", full.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_folder_is_beside_the_repository_unless_overridden() {
        if std::env::var_os("DOSSIER_SHARED").is_none() {
            assert!(shared_dir().ends_with("shared"));
        }
    }

    #[test]
    #[should_panic(expected = "reference data missing")]
    fn a_missing_file_fails_with_its_name() {
        path("no/such/file/anywhere.txt");
    }
}
