//! The opinion classifier on the two seed articles, against ../shared/corpus/seeds/gold.json:
//! both opinion sentences of seed 001 are the writer's opinion, and no sentence outside the
//! gold opinion and evaluative sentences is.

use dossier_ingest::{read_path, Limits};
use dossier_model::Document;
use dossier_opinion::{classify_document, SentenceStance};
use std::path::PathBuf;

/// The reference data folder (the test fails, naming it, when it is missing).
fn shared() -> PathBuf {
    dossier_testdata::path("")
}

fn seed(name: &str) -> Document {
    let path = shared().join("corpus/seeds").join(name);
    read_path(&path, &Limits::default())
        .next()
        .expect("one document")
        .expect("readable seed")
}

fn gold() -> serde_json::Value {
    let text = std::fs::read_to_string(shared().join("corpus/seeds/gold.json")).expect("gold");
    serde_json::from_str(&text).expect("gold json")
}

fn strings(value: &serde_json::Value) -> Vec<String> {
    value
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|s| s.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// Whitespace-folded form, for comparing ingested sentences with gold strings.
fn fold(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn seed_opinions_are_flagged_and_reporting_is_not() {
    let gold = gold();
    for document in gold["documents"].as_array().expect("documents") {
        let file = document["file"].as_str().expect("file");
        let opinions = strings(&document["opinion_sentences"]);
        let evaluative = strings(&document["evaluative_sentences"]);
        let doc = seed(file);
        let verdicts = classify_document(&doc);
        assert_eq!(verdicts.len(), doc.sentences.len());
        let mut flagged_opinions = 0;
        for v in &verdicts {
            let text = fold(doc.text(&v.span));
            let is_gold_opinion = opinions.iter().any(|o| fold(o) == text);
            let allowed = is_gold_opinion || evaluative.iter().any(|e| fold(e) == text);
            let flagged = v.score.stance == SentenceStance::Opinion;
            assert_eq!(flagged, v.score.is_opinion);
            if flagged {
                assert!(
                    allowed,
                    "{file}: reporting flagged as opinion (p = {:.3}): {text}",
                    v.score.probability
                );
            }
            if is_gold_opinion {
                assert!(
                    flagged,
                    "{file}: opinion not flagged (p = {:.3}, {:?}): {text}",
                    v.score.probability, v.score.stance
                );
                flagged_opinions += 1;
            }
        }
        assert_eq!(
            flagged_opinions,
            opinions.len(),
            "{file}: every gold opinion is a sentence"
        );
    }
}
