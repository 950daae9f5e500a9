//! End-to-end tests of the `dossier` binary: ingest, re-ingest, bad input, show, search, demo.

use assert_cmd::Command;
use std::path::{Path, PathBuf};

/// The reference data folder (the test fails, naming it, when it is missing).
fn shared() -> PathBuf {
    dossier_testdata::path("")
}

fn seeds() -> PathBuf {
    shared().join("corpus/seeds")
}

fn dossier(db: &Path) -> Command {
    let mut cmd = Command::cargo_bin("dossier").expect("binary");
    cmd.env("DOSSIER_DB", db);
    cmd
}

fn json_of(out: &[u8]) -> serde_json::Value {
    serde_json::from_slice(out).expect("JSON output")
}

#[test]
fn ingesting_both_seeds_twice_leaves_two_documents() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    for round in 0..2 {
        let out = dossier(&db)
            .args(["ingest", "--json"])
            .arg(seeds().join("000_f7077eb1f7c7a540.txt"))
            .arg(seeds().join("001_ed0f8eca4efca57a.txt"))
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let summary = json_of(&out.stdout);
        assert_eq!(summary["documents"], 2);
        assert_eq!(summary["added"], if round == 0 { 2 } else { 0 });
        assert_eq!(summary["store_documents"], 2);
    }
    let out = dossier(&db).args(["docs", "--json"]).output().unwrap();
    assert_eq!(json_of(&out.stdout).as_array().map(Vec::len), Some(2));
}

#[test]
fn bad_inputs_are_named_and_the_rest_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let good = dir.path().join("good.txt");
    std::fs::write(
        &good,
        "The envoy of Arnor met the Steward of Gondor in Minas Tirith on Monday. \
         They discussed the defence of the fords of the Isen.\n",
    )
    .unwrap();
    let binary = dir.path().join("junk.bin");
    std::fs::write(
        &binary,
        [0u8, 159, 146, 150, 0, 0, 1, 2, 3, 255, 0, 7].repeat(100),
    )
    .unwrap();
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, "").unwrap();
    let out = dossier(&db)
        .args(["ingest", "--json"])
        .arg(&binary)
        .arg(&good)
        .arg(&empty)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "partial success exit code");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("junk.bin"), "{stderr}");
    assert!(stderr.contains("empty.txt"), "{stderr}");
    let summary = json_of(&out.stdout);
    assert_eq!(summary["added"], 1);
    assert_eq!(summary["errors"], 2);

    // A second run with only junk changes nothing already stored.
    let out = dossier(&db).args(["ingest"]).arg(&binary).output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    let out = dossier(&db).args(["docs", "--json"]).output().unwrap();
    assert_eq!(json_of(&out.stdout).as_array().map(Vec::len), Some(1));
}

#[test]
fn show_and_search_find_the_stored_article() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let out = dossier(&db)
        .args(["ingest", "--quiet"])
        .arg(seeds())
        .output()
        .unwrap();
    // The seeds folder also holds gold.json, which is not an article: it is rejected by name
    // while both articles are stored.
    assert_eq!(out.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&out.stderr).contains("gold.json"));
    let out = dossier(&db)
        .args(["search", "--json", "naval", "headquarters"])
        .output()
        .unwrap();
    let hits = json_of(&out.stdout);
    let hits = hits.as_array().expect("array");
    assert!(!hits.is_empty());
    let id = hits[0]["doc_id"].as_str().expect("id").to_string();
    let out = dossier(&db).args(["show", &id[..6]]).output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains(&id), "{text}");
    let out = dossier(&db).args(["show", "--json", &id]).output().unwrap();
    let doc = json_of(&out.stdout);
    assert_eq!(doc["id"], id.as_str());
    assert_eq!(doc["schema_version"], 1);
    let out = dossier(&db)
        .args(["show", "ffffffffffff"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
}

#[test]
fn stdin_is_a_source() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let out = dossier(&db)
        .args(["ingest", "--json", "-"])
        .write_stdin("Gondor's fleet sailed from Pelargir on Tuesday. The admiral said the patrol would last a month.\n")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(json_of(&out.stdout)["added"], 1);
}

#[test]
fn demo_runs_on_the_built_in_corpus() {
    let dir = tempfile::tempdir().unwrap();
    let saved = dir.path().join("demo.db");
    let out = Command::cargo_bin("dossier")
        .unwrap()
        .args(["demo", "--json", "--save"])
        .arg(&saved)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report = json_of(&out.stdout);
    assert!(report["documents"].as_u64().unwrap_or(0) >= 10, "{report}");
    assert!(report["outlets"].as_object().map(|o| o.len()).unwrap_or(0) >= 4);
    let langs = report["languages"].as_object().expect("languages");
    for lang in ["en", "ur", "ar"] {
        assert!(
            langs.contains_key(lang),
            "demo has no {lang} paragraph: {report}"
        );
    }
    let out = dossier(&saved).args(["docs", "--json"]).output().unwrap();
    assert!(json_of(&out.stdout).as_array().map(Vec::len).unwrap_or(0) >= 10);
}

#[test]
fn usage_errors_exit_2() {
    let out = Command::cargo_bin("dossier")
        .unwrap()
        .args(["ingest"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = Command::cargo_bin("dossier")
        .unwrap()
        .args(["frobnicate"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

/// The demo corpus's three deliberate discrepancies (a date, a rank, a number) appear on the
/// canonical events `dossier event ID` shows; the press release and its reprint are one outlet
/// for corroboration; the seeds make one story whose meetings both outlets report.
#[test]
fn stories_and_events_show_discrepancies_and_corroboration() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let demo = Path::new(env!("CARGO_MANIFEST_DIR")).join("demo");
    let mut articles: Vec<PathBuf> = std::fs::read_dir(&demo)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with(|c: char| c.is_ascii_digit())
        })
        .collect();
    articles.sort();
    let out = dossier(&db).arg("ingest").args(&articles).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = dossier(&db).args(["stories", "--json"]).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stories = json_of(&out.stdout);
    let reprints = stories
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["documents"].as_array().unwrap().iter())
        .filter(|d| !d["near_duplicate_of"].is_null())
        .count();
    assert_eq!(reprints, 1, "{stories:#}");
    let mut kinds = std::collections::BTreeSet::new();
    for story in stories.as_array().unwrap() {
        for e in story["events"].as_array().unwrap() {
            if e["discrepancies"].as_u64().unwrap() == 0 {
                continue;
            }
            let id = e["id"].as_str().unwrap();
            let out = dossier(&db).args(["event", id, "--json"]).output().unwrap();
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            let event = json_of(&out.stdout);
            for d in event["discrepancies"].as_array().unwrap() {
                assert!(d["values"].as_array().unwrap().len() >= 2, "{d:#}");
                for v in d["values"].as_array().unwrap() {
                    for c in v["claims"].as_array().unwrap() {
                        assert!(!c["evidence"]["text"].as_str().unwrap().is_empty());
                    }
                }
                kinds.insert(d["kind"].as_str().unwrap().to_string());
            }
        }
    }
    let expected: std::collections::BTreeSet<String> = ["date", "number", "rank"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert_eq!(kinds, expected);

    let seeds_db = dir.path().join("seeds.db");
    let out = dossier(&seeds_db)
        .arg("ingest")
        .arg(seeds().join("000_f7077eb1f7c7a540.txt"))
        .arg(seeds().join("001_ed0f8eca4efca57a.txt"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = dossier(&seeds_db)
        .args(["stories", "--json"])
        .output()
        .unwrap();
    let stories = json_of(&out.stdout);
    assert_eq!(stories.as_array().unwrap().len(), 1, "{stories:#}");
    let corroborated = stories[0]["events"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["corroboration"] == 2)
        .count();
    assert_eq!(corroborated, 2, "{stories:#}");
    let out = dossier(&seeds_db)
        .args(["actor", "Haftar", "--json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let actors = json_of(&out.stdout);
    assert_eq!(actors[0]["name"], "Saddam Khalifa Haftar");
    assert_eq!(actors[0]["timeline"].as_array().unwrap().len(), 5);
}

#[test]
fn seed_exports_give_a_map_of_islamabad_and_rawalpindi_and_a_graph_of_who_met_whom() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let out = dossier(&db)
        .args(["ingest", "-q"])
        .arg(seeds().join("000_f7077eb1f7c7a540.txt"))
        .arg(seeds().join("001_ed0f8eca4efca57a.txt"))
        .output()
        .unwrap();
    assert!(out.status.success());

    let out = dossier(&db)
        .args(["export", "--format", "geojson"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let geo = json_of(&out.stdout);
    assert_eq!(geo["type"], "FeatureCollection");
    let features = geo["features"].as_array().unwrap();
    let mut cities: Vec<&str> = features
        .iter()
        .map(|f| {
            assert_eq!(f["type"], "Feature");
            assert_eq!(f["geometry"]["type"], "Point");
            let c = f["geometry"]["coordinates"].as_array().unwrap();
            let (lon, lat) = (c[0].as_f64().unwrap(), c[1].as_f64().unwrap());
            // Islamabad and Rawalpindi lie near 33.6N 73.0E; GeoJSON puts longitude first.
            assert!((72.5..73.5).contains(&lon) && (33.0..34.0).contains(&lat));
            f["properties"]["city"].as_str().unwrap()
        })
        .collect();
    cities.sort();
    cities.dedup();
    assert_eq!(cities, ["Islamabad", "Rawalpindi"]);

    let out = dossier(&db)
        .args(["export", "--format", "gexf"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let gexf = String::from_utf8(out.stdout).unwrap();
    assert!(gexf.starts_with("<?xml") && gexf.trim_end().ends_with("</gexf>"));
    for person in [
        "Saddam Khalifa Haftar",
        "Naveed Ashraf",
        "Asim Munir",
        "Shehbaz Sharif",
    ] {
        assert!(
            gexf.contains(&format!("label=\"{person}\"")),
            "{person} in the graph"
        );
    }
    assert_eq!(gexf.matches("<node ").count(), 4);
    assert_eq!(gexf.matches("<edge ").count(), 3);

    let out = dossier(&db)
        .args(["export", "--format", "csv"])
        .output()
        .unwrap();
    let csv = String::from_utf8(out.stdout).unwrap();
    assert!(csv.starts_with("\u{feff}event_id,story_id,type"));
    assert!(csv.lines().count() >= 5);
}
