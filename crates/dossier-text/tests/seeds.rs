//! Checks on the real seed articles in the shared reference data (read at test time, never copied
//! into the repository). Set DOSSIER_SHARED to point elsewhere.

use std::path::PathBuf;

use dossier_text::{detect_language, paragraph_spans, sentence_spans};

/// The reference data folder (the test fails, naming it, when it is missing).
fn shared_dir() -> PathBuf {
    dossier_testdata::path("")
}

fn seed(prefix: &str) -> String {
    let dir = shared_dir().join("corpus/seeds");
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.starts_with(prefix) && name.ends_with(".txt") {
            return std::fs::read_to_string(&path).unwrap();
        }
    }
    panic!("no seed {prefix}* in {}", dir.display());
}

#[test]
fn urdu_post_paragraph_of_seed_000_is_urdu() {
    let body = seed("000_");
    let paragraphs = paragraph_spans(&body);
    let urdu: Vec<&str> = paragraphs
        .iter()
        .map(|s| s.text(&body).unwrap())
        .filter(|p| p.chars().any(|c| ('\u{600}'..='\u{6FF}').contains(&c)))
        .collect();
    assert_eq!(urdu.len(), 1);
    let paragraph = urdu[0];
    assert!(paragraph.contains("PTVNewsOfficial"));
    let guess = detect_language(paragraph);
    assert_eq!(guess.lang, "ur", "{guess:?}");
    assert!(guess.confidence > 0.9, "{guess:?}");

    // The Arabic-script part alone, without the Latin attribution and link.
    let arabic_part: String = paragraph
        .split_whitespace()
        .filter(|w| w.chars().any(|c| ('\u{600}'..='\u{6FF}').contains(&c)))
        .collect::<Vec<_>>()
        .join(" ");
    assert_eq!(detect_language(&arabic_part).lang, "ur");

    // Every other paragraph is English.
    for span in &paragraphs {
        let text = span.text(&body).unwrap();
        if text != paragraph {
            assert_eq!(detect_language(text).lang, "en", "{text}");
        }
    }
    assert_eq!(detect_language(&body).lang, "en");
}

#[test]
fn seed_sentences_cover_their_paragraphs() {
    for prefix in ["000_", "001_"] {
        let body = seed(prefix);
        for paragraph in paragraph_spans(&body) {
            let text = paragraph.text(&body).unwrap();
            let sentences = sentence_spans(text);
            assert!(!sentences.is_empty());
            let joined: String = sentences
                .iter()
                .map(|s| s.text(text).unwrap())
                .collect::<Vec<_>>()
                .concat();
            let squeezed: String = text.chars().filter(|c| !c.is_whitespace()).collect();
            assert_eq!(
                joined
                    .chars()
                    .filter(|c| !c.is_whitespace())
                    .collect::<String>(),
                squeezed
            );
        }
    }
}

#[test]
fn seed_000_urdu_post_splits_before_the_link() {
    let body = seed("000_");
    let paragraph = paragraph_spans(&body)
        .into_iter()
        .map(|s| s.text(&body).unwrap().to_string())
        .find(|p| p.contains("PTVNewsOfficial"))
        .unwrap();
    let sentences: Vec<&str> = sentence_spans(&paragraph)
        .iter()
        .map(|s| s.text(&paragraph).unwrap())
        .collect();
    assert_eq!(sentences.len(), 2, "{sentences:#?}");
    assert!(sentences[0].ends_with('…'));
    assert!(sentences[1].starts_with("pic.twitter.com/"));
}

/// Every sentence that gold.json quotes from a document is exactly one sentence span of it.
#[test]
fn gold_sentences_are_whole_sentence_spans() {
    let gold_path = shared_dir().join("corpus/seeds/gold.json");
    let gold: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&gold_path).unwrap()).unwrap();
    let mut checked = 0;
    for document in gold["documents"].as_array().unwrap() {
        let file = document["file"].as_str().unwrap();
        let body = seed(&file[..4]);
        let sentences: Vec<&str> = paragraph_spans(&body)
            .iter()
            .flat_map(|p| {
                let text = p.text(&body).unwrap();
                sentence_spans(text)
                    .into_iter()
                    .map(move |s| s.text(text).unwrap())
            })
            .collect();
        for key in ["opinion_sentences", "evaluative_sentences"] {
            for quoted in document[key].as_array().into_iter().flatten() {
                let quoted = quoted.as_str().unwrap();
                assert!(
                    sentences.contains(&quoted),
                    "{file}: not a sentence: {quoted}"
                );
                checked += 1;
            }
        }
    }
    assert!(checked >= 5, "only {checked} gold sentences found");
}
