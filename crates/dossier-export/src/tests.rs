//! Tests on a fictional story: the Steward of Gondor receives the Prince of Dol Amroth.

use super::*;

fn event(id: &str, place: Option<(&str, f64, f64)>, actors: &[(&str, &str)]) -> CanonicalEvent {
    let place = place.map(|(name, lat, lon)| {
        json!({
            "entity_id": null, "name": name, "city": name, "country": "GO",
            "lat": lat, "lon": lon, "precision": "city",
            "evidence": {"start": 0, "end": 5, "text": name}
        })
    });
    let actors: Vec<Value> = actors
        .iter()
        .enumerate()
        .map(|(i, (id, name))| {
            json!({
                "entity_id": id, "name": name,
                "role": if i == 0 { "actor" } else { "recipient" },
                "country": "GO", "sector": "government", "actor_code": null, "host": false,
                "evidence": {"start": 0, "end": 5, "text": name}
            })
        })
        .collect();
    serde_json::from_value(json!({
        "id": id, "type": "CONSULT", "kind": null, "cameo": "040", "mode": "visit",
        "contexts": [], "status": "reported", "actors": actors, "place": place,
        "date": {"value": "3019-03-25", "precision": "day", "resolution": "absolute",
                 "evidence": {"start": 0, "end": 5, "text": "March 25"}},
        "topics": ["defence"], "topic_mentions": [],
        "sources": [{"doc_id": "aaaa000011112222", "outlet": "=Minas Tirith Herald",
                     "triggers": [], "evidence": [{"start": 0, "end": 40,
                     "text": "The Steward received the Prince, \"at last\"."}]}],
        "confidence": 0.9, "story_id": "story:aaaa000011112222", "corroboration": 2,
        "single_source": false, "mentions": [], "claims": {"actors": [], "place": [], "date": [], "numbers": []},
        "discrepancies": [], "visit": null
    }))
    .expect("a valid fixture event")
}

fn fixture() -> Vec<CanonicalEvent> {
    vec![
        event(
            "ev:a:e0",
            Some(("Minas Tirith", 44.5, 22.25)),
            &[("person:faramir", "Faramir"), ("person:imrahil", "Imrahil")],
        ),
        event(
            "ev:a:e1",
            None,
            &[("person:faramir", "Faramir"), ("person:imrahil", "Imrahil")],
        ),
        event(
            "ev:a:e2",
            Some(("Pelargir", 43.0, 23.5)),
            &[
                ("person:faramir", "Faramir & <Co>"),
                ("org:rangers", "Rangers"),
            ],
        ),
    ]
}

#[test]
fn csv_has_a_header_and_one_row_per_event_and_defuses_formulas() {
    let text = events_csv(&fixture()).expect("csv");
    assert!(text.starts_with('\u{feff}'));
    let mut r = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let headers = r.headers().expect("headers").clone();
    assert_eq!(headers.len(), CSV_COLUMNS.len());
    let rows: Vec<csv::StringRecord> = r.records().map(|x| x.expect("row")).collect();
    assert_eq!(rows.len(), 3);
    let col = |name: &str| headers.iter().position(|h| h == name).expect("column");
    assert_eq!(&rows[0][col("lat")], "44.50000");
    assert_eq!(&rows[0][col("actors")], "Faramir");
    assert_eq!(&rows[0][col("recipients")], "Imrahil");
    assert_eq!(&rows[1][col("lat")], "");
    // A cell that a spreadsheet would evaluate is quoted with an apostrophe.
    assert_eq!(&rows[0][col("outlets")], "'=Minas Tirith Herald");
    assert!(rows[0][col("evidence")].contains("\"at last\""));
}

#[test]
fn geojson_has_points_only_for_events_with_coordinates() {
    let g = events_geojson(&fixture());
    assert_eq!(g["type"], "FeatureCollection");
    let features = g["features"].as_array().expect("features");
    assert_eq!(features.len(), 2);
    assert_eq!(features[0]["geometry"]["type"], "Point");
    assert_eq!(features[0]["geometry"]["coordinates"][0], 22.25);
    assert_eq!(features[0]["geometry"]["coordinates"][1], 44.5);
    assert_eq!(features[0]["properties"]["place"], "Minas Tirith");
    assert_eq!(features[1]["properties"]["participants"][1], "Rangers");
}

#[test]
fn graph_joins_participants_of_shared_events_and_gexf_escapes_names() {
    let graph = who_met_whom(&fixture(), &[]);
    assert_eq!(graph.nodes.len(), 3);
    let faramir = graph
        .nodes
        .iter()
        .find(|n| n.id == "person:faramir")
        .expect("Faramir");
    assert_eq!(faramir.events, 3);
    let edge = graph
        .edges
        .iter()
        .find(|e| e.source == "person:faramir" && e.target == "person:imrahil")
        .expect("edge");
    assert_eq!(edge.weight, 2);
    let xml = gexf(&graph);
    assert!(
        xml.contains("label=\"Faramir &amp; &lt;Co&gt;\"") || xml.contains("label=\"Faramir\"")
    );
    assert!(!xml.contains("<Co>"));
    // Well-formed: every element that opens closes.
    let mut reader = quick_xml::Reader::from_str(&xml);
    let mut depth = 0i32;
    loop {
        match reader.read_event().expect("well-formed XML") {
            quick_xml::events::Event::Start(_) => depth += 1,
            quick_xml::events::Event::End(_) => depth -= 1,
            quick_xml::events::Event::Eof => break,
            _ => {}
        }
    }
    assert_eq!(depth, 0);
}
