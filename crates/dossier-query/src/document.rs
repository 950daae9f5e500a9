//! One document as the CLI's `show --json` and the API's document endpoint give it: its
//! versioned JSON with the opinion stage's stored verdict on each sentence.

use dossier_model::Document;
use dossier_store::DocumentOpinions;

/// A document's versioned JSON with each sentence's `opinion` flag (the writer's own opinion,
/// not reporting and not an opinion attributed to a named source), its `stance` and the
/// classifier's probability that it is subjective (`subjectivity`), from the opinion stage's
/// stored verdicts. With `opinions` `None` (the stage has not seen the document) the sentences
/// carry none of these fields: the document reads as not analysed.
pub fn document_json(
    doc: &Document,
    opinions: Option<&DocumentOpinions>,
) -> serde_json::Result<serde_json::Value> {
    let mut value = serde_json::to_value(doc)?;
    let Some(opinions) = opinions else {
        return Ok(value);
    };
    if let Some(sentences) = value.get_mut("sentences").and_then(|s| s.as_array_mut()) {
        for o in &opinions.sentences {
            let Some(sentence) = sentences
                .get_mut(o.sentence)
                .and_then(|s| s.as_object_mut())
            else {
                continue;
            };
            sentence.insert("opinion".into(), o.score.is_opinion.into());
            sentence.insert("stance".into(), o.score.stance.name().into());
            sentence.insert(
                "subjectivity".into(),
                serde_json::json!((f64::from(o.score.probability) * 1000.0).round() / 1000.0),
            );
        }
    }
    Ok(value)
}
