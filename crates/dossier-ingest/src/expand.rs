//! Command-line paths to input files: directories walked, stdin passed through.

use crate::plumbing::errors::IngestError;
use std::fs;
use std::path::{Path, PathBuf};

fn is_hidden(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with('.'))
}

fn walk(dir: &Path, out: &mut Vec<Result<PathBuf, IngestError>>) {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            out.push(Err(IngestError::file(
                dir.display().to_string(),
                format!("cannot read directory: {e}"),
            )));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = Vec::new();
    for entry in entries {
        match entry {
            Ok(entry) => paths.push(entry.path()),
            Err(e) => out.push(Err(IngestError::file(
                dir.display().to_string(),
                format!("cannot read directory entry: {e}"),
            ))),
        }
    }
    paths.sort();
    for path in paths {
        if is_hidden(&path) {
            continue;
        }
        // Symbolic links to directories are not followed (no cycles); links to files are.
        let is_link_dir =
            fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink()) && path.is_dir();
        if is_link_dir {
            continue;
        }
        if path.is_dir() {
            walk(&path, out);
        } else if path.is_file() {
            out.push(Ok(path));
        }
    }
}

/// Expands command-line paths into the files to read, in order: a directory becomes its
/// files, recursively, sorted by path, skipping hidden files and directories (names starting
/// with `.`) and symbolic links to directories; `-` (standard input) is passed through;
/// a path that does not exist or cannot be read is an error entry.
pub fn expand_inputs(paths: &[PathBuf]) -> Vec<Result<PathBuf, IngestError>> {
    let mut out = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            out.push(Ok(path.clone()));
            continue;
        }
        match fs::metadata(path) {
            Ok(m) if m.is_dir() => {
                let before = out.len();
                walk(path, &mut out);
                if out.len() == before {
                    out.push(Err(IngestError::file(
                        path.display().to_string(),
                        "directory holds no input files",
                    )));
                }
            }
            Ok(_) => out.push(Ok(path.clone())),
            Err(e) => out.push(Err(IngestError::file(
                path.display().to_string(),
                format!("cannot open: {e}"),
            ))),
        }
    }
    out
}
