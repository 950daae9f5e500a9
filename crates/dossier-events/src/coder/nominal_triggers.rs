//! Events named by a noun with no light verb to carry them: "X's meeting with Y", "talks
//! between A and B", "an agreement to", "protests were held", and the laying of a wreath (a
//! ceremony PLOVER does not code). Separate from the light-verb nouns because these triggers
//! stand on their own, are marked nominal and give way to any coded verb over the same words.

use super::hit::Hit;
use super::sentence::SentenceView;
use crate::verbs::PloverCoding;
use dossier_model::EventStatus;

/// A nominal trigger's CAMEO code, non-PLOVER kind, and PLOVER type with mode.
type NominalCoding<'a> = (
    &'a str,
    Option<&'static str>,
    Option<(&'a str, Option<&'a str>)>,
);

/// Events named by nouns: "X's meeting with Y", "talks with", "an agreement to", and the
/// laying of a wreath (a ceremony PLOVER does not code).
pub(super) fn nominal_hits(view: &SentenceView, hits: &mut Vec<Hit>) {
    let n = view.words.len();
    let used_by_verbs = |k: usize, hits: &[Hit]| {
        hits.iter().any(|h| {
            h.coding.is_some() && (h.pattern_words.contains(&k) || (h.first..=h.last).contains(&k))
        })
    };
    for k in 0..n {
        let w = view.lower(k);
        let (cameo, kind, plover): NominalCoding = match w {
            "meeting" | "meetings" | "talks" | "consultations"
                if (1..=3).any(|d| view.lower(k + d) == "with")
                    || (1..=8).any(|d| view.lower(k + d) == "between") =>
            {
                ("040", None, Some(("CONSULT", None)))
            }
            "agreement" | "accord" | "deal" if matches!(view.lower(k + 1), "to" | "on" | "for") => {
                ("030", None, Some(("AGREE", None)))
            }
            // "teacher protests were held", "demonstrations erupted"
            "protest" | "protests" | "demonstration" | "demonstrations" | "rally" | "rallies"
            | "riots"
                if (1..=3).any(|d| {
                    matches!(
                        view.lower(k + d),
                        "held" | "staged" | "erupted" | "broke" | "took" | "spread" | "continued"
                    )
                }) =>
            {
                ("141", None, Some(("PROTEST", Some("demo"))))
            }
            "wreath" | "wreaths"
                if (1..=4).any(|d| {
                    k >= d
                        && matches!(
                            view.lower(k - d),
                            "lay" | "laid" | "laying" | "lays" | "placed" | "placing"
                        )
                }) =>
            {
                ("", Some("ceremony"), None)
            }
            _ => continue,
        };
        if used_by_verbs(k, hits) {
            continue;
        }
        let mut first = k;
        if kind == Some("ceremony") {
            while first > 0 && k - first < 4 {
                first -= 1;
                if matches!(
                    view.lower(first),
                    "lay" | "laid" | "laying" | "lays" | "placed" | "placing"
                ) {
                    break;
                }
            }
        }
        hits.push(Hit {
            first,
            last: k,
            pattern_words: Vec::new(),
            cameo: cameo.to_string(),
            coding: plover.map(|(t, m)| PloverCoding {
                event_type: t.to_string(),
                mode: m.map(str::to_string),
                contexts: Vec::new(),
            }),
            kind,
            passive: false,
            passive_code: false,
            nominal: true,
            status: EventStatus::Reported,
            reporting: false,
            complement: None,
            subordinate: false,
        });
    }
    hits.sort_by_key(|h| h.first);
}

#[cfg(test)]
mod tests {
    use super::super::test_sentences::{coded_hit, read, word};
    use super::*;

    /// First word, last word, CAMEO code, PLOVER type and kind of a nominal hit.
    type Nominal = (String, String, String, Option<String>, Option<&'static str>);

    /// The nominal hits of `sentence`.
    fn nominals(sentence: &str) -> Vec<Nominal> {
        let text = read(sentence);
        let view = text.view();
        let mut hits = Vec::new();
        nominal_hits(&view, &mut hits);
        assert!(hits.iter().all(|h| h.nominal));
        hits.iter()
            .map(|h| {
                (
                    view.lower(h.first).to_string(),
                    view.lower(h.last).to_string(),
                    h.cameo.clone(),
                    h.coding.as_ref().map(|c| c.event_type.clone()),
                    h.kind,
                )
            })
            .collect()
    }

    #[test]
    fn meetings_with_or_between_are_consultations() {
        let hits = nominals("The minister's meeting with the Arnor envoy was cordial.");
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].2, "040");
        assert_eq!(hits[0].3.as_deref(), Some("CONSULT"));
        assert_eq!(nominals("The meeting ended early.").len(), 0);
    }

    #[test]
    fn agreements_and_protests_named_by_nouns() {
        let hits = nominals("The agreement on fishing rights pleased Rohan.");
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].3.as_deref(), Some("AGREE"));
        let hits = nominals("Teacher protests were held in Edoras.");
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].2, "141");
        assert_eq!(hits[0].3.as_deref(), Some("PROTEST"));
    }

    #[test]
    fn a_laid_wreath_is_an_uncoded_ceremony_from_the_verb() {
        let hits = nominals("The king laid a wreath at the memorial.");
        assert_eq!(
            hits,
            [(
                "laid".to_string(),
                "wreath".to_string(),
                String::new(),
                None,
                Some("ceremony")
            )]
        );
    }

    #[test]
    fn a_noun_a_coded_verb_covers_is_no_second_event() {
        let text = read("The minister's meeting with the Arnor envoy was cordial.");
        let view = text.view();
        let meeting = word(&view, "meeting");
        let mut hits = vec![coded_hit(meeting, meeting, "040", "CONSULT")];
        nominal_hits(&view, &mut hits);
        assert_eq!(hits.len(), 1);
        assert!(!hits[0].nominal);
    }
}
