//! The architecture invariants of ARCHITECTURE.md that a machine can check: which crate may
//! depend on which, where SQL and file formats live, how long a source file may grow.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Each workspace crate's normal (not dev) dependencies, read from its Cargo.toml.
fn dependencies() -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    let crates = root().join("crates");
    for entry in std::fs::read_dir(&crates).expect("crates folder") {
        let dir = entry.expect("entry").path();
        let manifest = dir.join("Cargo.toml");
        let Ok(text) = std::fs::read_to_string(&manifest) else {
            continue;
        };
        let value: toml::Value = toml::from_str(&text).expect("Cargo.toml parses");
        let name = value["package"]["name"]
            .as_str()
            .expect("package name")
            .to_string();
        let deps = value
            .get("dependencies")
            .and_then(|d| d.as_table())
            .map(|t| t.keys().cloned().collect())
            .unwrap_or_default();
        out.insert(name, deps);
    }
    out
}

/// The stages: pure functions over typed data.
const STAGES: &[&str] = &[
    "dossier-text",
    "dossier-html",
    "dossier-ner",
    "dossier-gazetteer",
    "dossier-actors",
    "dossier-temporal",
    "dossier-entities",
    "dossier-events",
    "dossier-opinion",
    "dossier-reconcile",
    "dossier-stories",
];

#[test]
fn stage_crates_depend_on_neither_sources_nor_store() {
    let deps = dependencies();
    for stage in STAGES {
        let d = &deps[*stage];
        for banned in [
            "dossier-ingest",
            "dossier-store",
            "dossier-pipeline",
            "dossier-query",
            "dossier-server",
            "dossier-export",
            "dossier-eval",
        ] {
            assert!(!d.contains(banned), "{stage} depends on {banned}");
        }
    }
}

#[test]
fn only_the_pipeline_writes_and_query_reads() {
    let deps = dependencies();
    for (name, d) in &deps {
        if d.contains("dossier-store") {
            assert!(
                [
                    "dossier-pipeline",
                    "dossier-query",
                    "dossier-server",
                    "dossier-eval"
                ]
                .contains(&name.as_str()),
                "{name} depends on the store"
            );
        }
    }
    for stage in STAGES {
        assert!(
            !deps["dossier-query"].contains(*stage),
            "dossier-query runs {stage}"
        );
    }
}

#[test]
fn only_the_store_speaks_sql() {
    for (name, d) in dependencies() {
        if name != "dossier-store" {
            assert!(!d.contains("rusqlite"), "{name} depends on rusqlite");
        }
    }
}

#[test]
fn only_export_knows_output_formats() {
    for (name, d) in dependencies() {
        if name != "dossier-export" {
            assert!(!d.contains("csv"), "{name} depends on csv");
        }
    }
    // The media types of the export formats are named in one place.
    let mut files = Vec::new();
    rust_files(&root().join("crates"), &mut files);
    rust_files(&root().join("src"), &mut files);
    for f in files {
        // Tests may name a format to check a response.
        if f.starts_with(root().join("crates/dossier-export"))
            || f.components().any(|c| c.as_os_str() == "tests")
        {
            continue;
        }
        let text = std::fs::read_to_string(&f).unwrap_or_default();
        for media in [
            "application/x-ndjson",
            "text/csv",
            "application/geo+json",
            "application/gexf+xml",
        ] {
            assert!(!text.contains(media), "{} names {media}", f.display());
        }
    }
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            if path
                .file_name()
                .is_some_and(|n| n == "target" || n == "node_modules")
            {
                continue;
            }
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Files that are tables of data, not code: allowed to be long.
const DATA_FILES: &[&str] = &["crates/dossier-gazetteer/src/tables.rs"];

#[test]
fn no_source_file_over_900_lines() {
    let mut files = Vec::new();
    rust_files(&root().join("crates"), &mut files);
    rust_files(&root().join("src"), &mut files);
    let mut long = Vec::new();
    for f in files {
        let rel = f
            .strip_prefix(root())
            .unwrap_or(&f)
            .to_string_lossy()
            .replace('\\', "/");
        if DATA_FILES.contains(&rel.as_str()) {
            continue;
        }
        let lines = std::fs::read_to_string(&f)
            .map(|t| t.lines().count())
            .unwrap_or(0);
        if lines > 900 {
            long.push(format!("{rel}: {lines} lines"));
        }
    }
    assert!(
        long.is_empty(),
        "source files over 900 lines:\n{}",
        long.join("\n")
    );
}

/// The top-level modules of a crate (`src/NAME.rs` or `src/NAME/`) and, for each, the other
/// top-level modules its code names as `crate::NAME` (comments and test modules left out).
fn module_imports(src: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let mut files = Vec::new();
    rust_files(src, &mut files);
    let mut imports: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for f in &files {
        let rel = f.strip_prefix(src).unwrap_or(f);
        let Some(first) = rel.components().next() else {
            continue;
        };
        let top = first
            .as_os_str()
            .to_string_lossy()
            .trim_end_matches(".rs")
            .to_string();
        let text = std::fs::read_to_string(f).unwrap_or_default();
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        let entry = imports.entry(top).or_default();
        for line in code.lines().filter(|l| !l.trim_start().starts_with("//")) {
            for (i, _) in line.match_indices("crate::") {
                let name: String = line[i + 7..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                entry.insert(name);
            }
        }
    }
    let names: BTreeSet<String> = imports.keys().cloned().collect();
    for (module, deps) in imports.iter_mut() {
        deps.retain(|d| names.contains(d) && d != module && d != "lib" && d != "main");
    }
    imports.remove("lib");
    imports.remove("main");
    imports
}

/// A cycle among the modules, if any (depth-first search).
fn find_cycle(edges: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        edges: &BTreeMap<String, BTreeSet<String>>,
        done: &mut BTreeSet<String>,
        path: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|p| p == node) {
            let mut cycle = path[at..].to_vec();
            cycle.push(node.to_string());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_string());
        for next in edges.get(node).into_iter().flatten() {
            if let Some(c) = visit(next, edges, done, path) {
                return Some(c);
            }
        }
        path.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    for node in edges.keys() {
        if let Some(c) = visit(node, edges, &mut done, &mut Vec::new()) {
            return Some(c);
        }
    }
    None
}

#[test]
fn no_modules_import_each_other_in_a_circle() {
    let mut cycles = Vec::new();
    let crates = root().join("crates");
    for entry in std::fs::read_dir(&crates).expect("crates folder").flatten() {
        let src = entry.path().join("src");
        if let Some(cycle) = find_cycle(&module_imports(&src)) {
            cycles.push(format!(
                "{}: {}",
                entry.file_name().to_string_lossy(),
                cycle.join(" -> ")
            ));
        }
    }
    cycles.sort();
    assert!(cycles.is_empty(), "module cycles:\n{}", cycles.join("\n"));
}
