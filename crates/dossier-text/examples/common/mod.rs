//! Reads labelled sentences from the shared reference data (never copied into the repository).

use std::path::PathBuf;

/// The shared data folder: `$DOSSIER_SHARED` or `../shared` beside the workspace.
pub fn shared_dir() -> PathBuf {
    std::env::var_os("DOSSIER_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared")))
}

fn read(relative: &str) -> Result<String, String> {
    let path = shared_dir().join(relative);
    std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))
}

/// Sentences of the IL-NER Urdu file (one token per line, blank line between sentences).
fn ilner_sentences(relative: &str) -> Result<Vec<String>, String> {
    let text = read(relative)?;
    let mut sentences = Vec::new();
    let mut tokens: Vec<&str> = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() {
            if !tokens.is_empty() {
                sentences.push(tokens.join(" "));
                tokens.clear();
            }
        } else if let Some(token) = line.split('\t').next() {
            tokens.push(token);
        }
    }
    if !tokens.is_empty() {
        sentences.push(tokens.join(" "));
    }
    Ok(sentences)
}

/// The `sentence` column of a CheckThat! TSV file (id, sentence, label).
fn checkthat_sentences(relative: &str) -> Result<Vec<String>, String> {
    Ok(read(relative)?
        .lines()
        .skip(1)
        .filter_map(|line| line.split('\t').nth(1))
        .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|s| !s.is_empty())
        .collect())
}

/// `(language, sentence)` pairs from the development splits: Urdu (IL-NER dev), Arabic and
/// English (CheckThat! 2025 task 1 dev).
pub fn labelled_dev_sentences() -> Result<Vec<(&'static str, String)>, String> {
    let mut out = Vec::new();
    for s in ilner_sentences("data/ner/ilner-urdu/Urdu-dev.txt")? {
        out.push(("ur", s));
    }
    for s in checkthat_sentences("data/subjectivity/checkthat2025-task1/arabic/dev_ar.tsv")? {
        out.push(("ar", s));
    }
    for s in checkthat_sentences("data/subjectivity/checkthat2025-task1/english/dev_en.tsv")? {
        out.push(("en", s));
    }
    Ok(out)
}
