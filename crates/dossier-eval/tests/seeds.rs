//! gold.json of the founding example, reproduced across the two seed articles: every gold
//! event found with exactly its gold sources, no extra event, the two Haftars apart, both
//! opinion sentences flagged and nothing outside the evaluative list, corroboration 2 for the
//! two meetings both outlets report.

use std::path::PathBuf;

fn corpus() -> PathBuf {
    dossier_testdata::path("corpus")
}

#[test]
fn gold_record_is_reproduced() {
    let report = dossier_eval::seeds::eval_seeds(&corpus()).expect("seeds evaluate");
    let json = serde_json::to_string_pretty(&report).expect("json");
    assert_eq!(report.actors_found, report.actors_total, "{json}");
    assert_eq!(report.events_found, report.events_total, "{json}");
    assert_eq!(report.extra_events, 0, "{json}");
    assert!(report.evidence_ok, "{json}");
    assert!(report.haftars_apart, "{json}");
    assert!(report.visit_ok, "{json}");
    assert_eq!(report.opinion_flagged, report.opinion_total, "{json}");
    assert_eq!(report.opinion_false_positives, 0, "{json}");
    assert!(report.documents_ok, "{json}");
    for id in ["naval_hq_meeting", "ghq_meeting"] {
        let e = report
            .events
            .iter()
            .find(|e| e.id == id)
            .expect("gold event");
        assert_eq!(e.corroboration, Some(2), "{id}: {json}");
    }
    for id in ["pm_house_meeting", "ghq_agreement", "wreath_laying"] {
        let e = report
            .events
            .iter()
            .find(|e| e.id == id)
            .expect("gold event");
        assert_eq!(e.corroboration, Some(1), "{id}: {json}");
    }
}
