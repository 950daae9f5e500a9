//! Readers of token-per-line NER corpora: CoNLL-2003 (`token POS chunk tag`) and Universal NER
//! (`index token tag ...`, with `# newdoc` comments).

use std::path::Path;

use crate::tags::Tag;
use crate::NerError;

/// One annotated sentence.
#[derive(Debug, Clone, Default)]
pub struct LabelledSentence {
    /// Tokens.
    pub words: Vec<String>,
    /// Gold IOB2 tag of each token.
    pub tags: Vec<Tag>,
}

/// A document: sentences that share document-level evidence.
pub type LabelledDocument = Vec<LabelledSentence>;

/// Reads a CoNLL-2003 or Universal NER file into documents.
///
/// Documents start at `-DOCSTART-` lines and `# newdoc` comments. Copies of CoNLL-2003 without
/// `-DOCSTART-` lines are split where a Reuters dateline (`BRUSSELS 1996-08-22`) follows the
/// headline sentence of a new story.
pub fn read_labelled(path: &Path) -> Result<Vec<LabelledDocument>, NerError> {
    let text = std::fs::read_to_string(path).map_err(|e| NerError::io(path, e))?;
    let mut documents: Vec<LabelledDocument> = vec![Vec::new()];
    let mut sentence = LabelledSentence::default();
    let mut saw_docstart = false;
    let flush = |sentence: &mut LabelledSentence, documents: &mut Vec<LabelledDocument>| {
        if !sentence.words.is_empty() {
            if let Some(document) = documents.last_mut() {
                document.push(std::mem::take(sentence));
            }
        }
    };
    for (number, line) in text.lines().enumerate() {
        let line = line.trim_end();
        if line.is_empty() {
            flush(&mut sentence, &mut documents);
            continue;
        }
        if line.starts_with("# newdoc") || line.starts_with("-DOCSTART-") {
            flush(&mut sentence, &mut documents);
            saw_docstart = true;
            if documents.last().is_some_and(|d| !d.is_empty()) {
                documents.push(Vec::new());
            }
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = if line.contains('\t') {
            line.split('\t').collect()
        } else {
            line.split_whitespace().collect()
        };
        let universal = line.contains('\t')
            && fields.len() >= 3
            && fields[0].bytes().all(|b| b.is_ascii_digit());
        let (word, tag) = if universal {
            (fields[1], fields[2])
        } else {
            match (fields.first(), fields.last()) {
                (Some(word), Some(tag)) if fields.len() >= 2 => (*word, *tag),
                _ => {
                    return Err(NerError::Format(format!(
                        "{}:{}: expected a token and a tag",
                        path.display(),
                        number + 1
                    )))
                }
            }
        };
        let tag = Tag::parse(tag).ok_or_else(|| {
            NerError::Format(format!(
                "{}:{}: unknown tag {tag}",
                path.display(),
                number + 1
            ))
        })?;
        sentence.words.push(word.to_string());
        sentence.tags.push(tag);
    }
    flush(&mut sentence, &mut documents);
    documents.retain(|d| !d.is_empty());
    if saw_docstart {
        return Ok(documents);
    }
    Ok(documents.into_iter().flat_map(split_at_datelines).collect())
}

/// A Reuters dateline: capitalised place words followed by an ISO date.
fn is_dateline(sentence: &LabelledSentence) -> bool {
    let Some((last, place)) = sentence.words.split_last() else {
        return false;
    };
    let is_date = last.len() == 10
        && last.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    is_date
        && !place.is_empty()
        && place.len() <= 5
        && place.iter().all(|w| !w.chars().any(char::is_lowercase))
}

fn split_at_datelines(document: LabelledDocument) -> Vec<LabelledDocument> {
    let mut out: Vec<LabelledDocument> = vec![Vec::new()];
    let n = document.len();
    let starts: Vec<bool> = (0..n)
        .map(|i| i + 1 < n && is_dateline(&document[i + 1]))
        .collect();
    for (sentence, starts_story) in document.into_iter().zip(starts) {
        if starts_story && out.last().is_some_and(|d| !d.is_empty()) {
            out.push(Vec::new());
        }
        if let Some(current) = out.last_mut() {
            current.push(sentence);
        }
    }
    out.retain(|d| !d.is_empty());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_both_formats_and_splits_stories() {
        let dir = std::env::temp_dir().join(format!("dossier-ner-data-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let conll = dir.join("conll.txt");
        std::fs::write(
            &conll,
            "ARNOR NNP B-NP B-LOC\nWINS VBZ B-VP O\n\nMINAS NNP B-NP B-LOC\nTIRITH NNP I-NP I-LOC\n3019-03-25 CD I-NP O\n\nAragorn NNP B-NP B-PER\nwon VBD B-VP O\n\nGONDOR NNP B-NP B-LOC\nLOSES VBZ B-VP O\n\nOSGILIATH NNP B-NP B-LOC\n3019-03-26 CD I-NP O\n\n",
        )
        .unwrap();
        let documents = read_labelled(&conll).unwrap();
        assert_eq!(documents.len(), 2);
        assert_eq!(documents[0].len(), 3);
        assert_eq!(documents[0][1].tags[1], Tag::I(crate::NerLabel::Loc));

        let uner = dir.join("uner.iob2");
        std::fs::write(
            &uner,
            "# newdoc id = a\n# text = Faramir left\n1\tFaramir\tB-PER\t-\t-\n2\tleft\tO\t-\t-\n\n# newdoc id = b\n1\tRohan\tB-LOC\t-\t-\n\n",
        )
        .unwrap();
        let documents = read_labelled(&uner).unwrap();
        assert_eq!(documents.len(), 2);
        assert_eq!(documents[0][0].words, ["Faramir", "left"]);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
