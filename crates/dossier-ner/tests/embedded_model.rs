//! The embedded English model on sentences written for these tests, and on the CoNLL-2003 dev
//! set when the shared reference data is present.

use dossier_ner::{NerLabel, NerModel, Tag};

fn mentions(text: &str) -> Vec<(String, NerLabel)> {
    NerModel::load_default()
        .recognise(text)
        .iter()
        .map(|m| (m.span.text(text).unwrap().to_string(), m.label))
        .collect()
}

#[test]
fn finds_a_ranked_officer_and_a_navy() {
    let text = "Admiral Tariq Mahmood, the chief of the Gondor Navy, visited the naval \
                headquarters in Minas Tirith on Friday, the navy said in a statement.";
    let found = mentions(text);
    // The rank may or may not be inside the person span; titles are parsed by a later stage.
    assert!(
        found
            .iter()
            .any(|(t, l)| *l == NerLabel::Per && t.ends_with("Tariq Mahmood")),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|(t, l)| *l == NerLabel::Org && t.contains("Gondor Navy")),
        "{found:?}"
    );
    for mention in NerModel::load_default().recognise(text) {
        assert!(mention.span.is_valid_for(text));
        assert!((0.0..=1.0).contains(&mention.score));
    }
}

#[test]
fn tags_tokens_and_documents() {
    let model = NerModel::load_default();
    let tags = model.tag(&[
        "Prime", "Minister", "Imran", "Malik", "flew", "to", "London", ".",
    ]);
    assert_eq!(tags.len(), 8);
    assert_eq!(tags[2], Tag::B(NerLabel::Per));
    assert_eq!(tags[3], Tag::I(NerLabel::Per));
    assert_eq!(tags[6], Tag::B(NerLabel::Loc));
    let document = vec![
        vec!["Farid", "Qureshi", "arrived", "in", "Berlin", "."],
        vec!["Qureshi", "said", "the", "talks", "went", "well", "."],
    ];
    let tagged = model.tag_document(&document);
    assert_eq!(tagged[1][0], Tag::B(NerLabel::Per));
    assert!(model.tag(&[]).is_empty());
}

#[test]
fn artifact_round_trips() {
    let model = NerModel::load_default();
    let bytes = model.to_bytes().unwrap();
    let again = NerModel::from_bytes(&bytes).unwrap();
    assert_eq!(again.stored_rows(), model.stored_rows());
    let words = ["The", "Arnor", "Army", "met", "in", "Annuminas", "."];
    assert_eq!(again.tag(&words), model.tag(&words));
    assert!(NerModel::from_bytes(b"not a model").is_err());
}

#[test]
fn conll_dev_f1_stays_high() {
    let dev = dossier_testdata::path("data/ner/conll2003/valid.txt");
    let documents = dossier_ner::read_labelled(&dev).unwrap();
    let scores = dossier_ner::score_documents(
        NerModel::load_default(),
        &documents,
        dossier_ner::LabelFilter::All,
    );
    assert!(scores.f1 > 0.92, "dev F1 {}", scores.f1);
    assert_eq!(scores.per_type.len(), 4);
}
