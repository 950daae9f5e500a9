//! Readers for the labelled corpora: NewsSD-ENG (CSV, `Sentence,Label,Solved conflict`, fields
//! quoted and holding line breaks) and CheckThat! 2025 Task 1 (TSV, `sentence_id`, `sentence`,
//! `label`, ...).

use crate::OpinionError;
use std::path::Path;

/// One labelled sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LabelledSentence {
    /// The sentence, trimmed.
    pub text: String,
    /// True for `SUBJ`, false for `OBJ`.
    pub subjective: bool,
}

fn read(path: &Path) -> Result<String, OpinionError> {
    std::fs::read_to_string(path).map_err(|source| OpinionError::Io {
        path: path.display().to_string(),
        source,
    })
}

fn label(value: &str, path: &Path, row: usize) -> Result<bool, OpinionError> {
    match value.trim() {
        "SUBJ" => Ok(true),
        "OBJ" => Ok(false),
        other => Err(OpinionError::Format(format!(
            "{}: row {row}: label {other:?} is neither SUBJ nor OBJ",
            path.display()
        ))),
    }
}

/// Splits RFC 4180 CSV text into rows of fields.
fn csv_rows(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    field.push('"');
                    chars.next();
                } else {
                    quoted = false;
                }
            } else {
                field.push(c);
            }
            continue;
        }
        match c {
            '"' if field.is_empty() => quoted = true,
            ',' => row.push(std::mem::take(&mut field)),
            '\r' => {}
            '\n' => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            _ => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

/// Reads a NewsSD-ENG split (`train.csv`, `val.csv`, `test.csv`).
pub fn read_newssd(path: &Path) -> Result<Vec<LabelledSentence>, OpinionError> {
    let text = read(path)?;
    let mut out = Vec::new();
    for (i, row) in csv_rows(&text).into_iter().enumerate().skip(1) {
        if row.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let (Some(sentence), Some(value)) = (row.first(), row.get(1)) else {
            return Err(OpinionError::Format(format!(
                "{}: row {i} has fewer than two fields",
                path.display()
            )));
        };
        out.push(LabelledSentence {
            text: sentence.trim().to_string(),
            subjective: label(value, path, i)?,
        });
    }
    Ok(out)
}

/// Reads a CheckThat! 2025 Task 1 TSV file (no quoting; the sentence is the second column and
/// the label the third).
pub fn read_checkthat(path: &Path) -> Result<Vec<LabelledSentence>, OpinionError> {
    let text = read(path)?;
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate().skip(1) {
        if line.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let (Some(sentence), Some(value)) = (fields.get(1), fields.get(2)) else {
            return Err(OpinionError::Format(format!(
                "{}: line {} has fewer than three fields",
                path.display(),
                i + 1
            )));
        };
        out.push(LabelledSentence {
            text: sentence.trim().to_string(),
            subjective: label(value, path, i + 1)?,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_keep_commas_quotes_and_line_breaks() {
        let rows = csv_rows("a,b\n\"x, \"\"y\"\"\nz\",SUBJ\nw,OBJ");
        assert_eq!(
            rows,
            vec![
                vec!["a".to_string(), "b".into()],
                vec!["x, \"y\"\nz".into(), "SUBJ".into()],
                vec!["w".into(), "OBJ".into()],
            ]
        );
    }
}
