//! Canonical events as files the field's tools open as they are, pure functions from records
//! to text:
//!
//! - [`events_csv`]: one row per canonical event (UTF-8 with a byte-order mark so that Excel
//!   reads the names right; pandas reads it with `pd.read_csv(path)`).
//! - [`events_geojson`]: an RFC 7946 FeatureCollection of the events that have coordinates
//!   (QGIS, geopandas); an event without coordinates is left out, never guessed.
//! - [`who_met_whom`] and [`gexf`]: the graph of people and organisations that take part in
//!   the same events, as GEXF 1.3 (Gephi), edges weighted by the number of shared events.
//!
//! - [`ExportFormat`]: the one list of formats (these three and the per-document event data:
//!   dossier's event JSON lines, PLOVER JSON lines and CAMEO TSV from [`event_data`]) with their
//!   names, media types and extensions and one writer, used by the CLI and the server alike.
//!
//! Every row, feature and edge names its events, and every event its source documents, so a
//! fact in a file can be traced back to the sentence that supports it.

pub mod event_data;
mod format;

pub use format::{ExportError, ExportFormat, ExportInput, ExportRecords};

use dossier_model::{CanonicalEvent, Event, ParticipantRole, ResolvedEntity};
use quick_xml::escape::escape;
use serde::Serialize;
use serde_json::{json, Value};
use std::collections::BTreeMap;

/// The columns of [`events_csv`].
pub const CSV_COLUMNS: [&str; 22] = [
    "event_id",
    "story_id",
    "type",
    "mode",
    "cameo",
    "status",
    "date",
    "date_precision",
    "place",
    "city",
    "country",
    "lat",
    "lon",
    "actors",
    "actor_countries",
    "recipients",
    "recipient_countries",
    "topics",
    "corroboration",
    "outlets",
    "doc_ids",
    "evidence",
];

fn type_of(e: &Event) -> String {
    e.event_type
        .clone()
        .or_else(|| e.kind.clone())
        .unwrap_or_default()
}

fn names(e: &Event, role: ParticipantRole) -> (String, String) {
    let actors: Vec<_> = e.with_role(role).collect();
    let names = actors
        .iter()
        .map(|a| a.name.as_str())
        .collect::<Vec<_>>()
        .join("; ");
    let countries = actors
        .iter()
        .map(|a| a.country.as_deref().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("; ");
    (names, countries)
}

fn outlets(e: &Event) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for s in &e.sources {
        let o = s.outlet.clone().unwrap_or_else(|| s.doc_id.to_string());
        if !out.contains(&o) {
            out.push(o);
        }
    }
    out
}

/// Cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) get a leading
/// apostrophe, as OWASP advises against CSV injection; numbers are written as numbers.
fn cell(text: &str) -> String {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_string(),
    }
}

/// The events as CSV: a header row ([`CSV_COLUMNS`]) and one row per event; several values
/// in a cell are joined by `; `; `evidence` is the first evidence sentence of the first source.
pub fn events_csv(events: &[CanonicalEvent]) -> Result<String, csv::Error> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    w.write_record(CSV_COLUMNS)?;
    for c in events {
        let e = &c.event;
        let (actors, actor_countries) = names(e, ParticipantRole::Actor);
        let (recipients, recipient_countries) = names(e, ParticipantRole::Recipient);
        let place = e.place.as_ref();
        let coord = |v: Option<f64>| v.map(|x| format!("{x:.5}")).unwrap_or_default();
        let row: Vec<String> = vec![
            e.id.clone(),
            c.story_id.clone().unwrap_or_default(),
            type_of(e),
            e.mode.clone().unwrap_or_default(),
            e.cameo.clone().unwrap_or_default(),
            e.status.as_str().to_string(),
            e.date
                .as_ref()
                .map(|d| d.value.to_string())
                .unwrap_or_default(),
            e.date
                .as_ref()
                .map(|d| format!("{:?}", d.precision).to_lowercase())
                .unwrap_or_default(),
            place.map(|p| p.name.clone()).unwrap_or_default(),
            place.and_then(|p| p.city.clone()).unwrap_or_default(),
            place.and_then(|p| p.country.clone()).unwrap_or_default(),
            coord(place.and_then(|p| p.lat)),
            coord(place.and_then(|p| p.lon)),
            actors,
            actor_countries,
            recipients,
            recipient_countries,
            e.topics.join("; "),
            c.corroboration.to_string(),
            outlets(e).join("; "),
            e.sources
                .iter()
                .map(|s| s.doc_id.as_str())
                .collect::<Vec<_>>()
                .join("; "),
            e.sources
                .first()
                .and_then(|s| s.evidence.first())
                .map(|ev| ev.text.clone())
                .unwrap_or_default(),
        ];
        w.write_record(row.iter().map(|v| cell(v)))?;
    }
    let bytes = w.into_inner().map_err(|e| e.into_error())?;
    let mut out = String::from('\u{feff}');
    out.push_str(&String::from_utf8_lossy(&bytes));
    Ok(out)
}

/// The events that have coordinates as an RFC 7946 FeatureCollection of Points
/// (`[lon, lat]`), with the event's type, date, place, participants, corroboration, outlets,
/// source documents and evidence sentences as properties.
pub fn events_geojson(events: &[CanonicalEvent]) -> Value {
    let features: Vec<Value> = events
        .iter()
        .filter_map(|c| {
            let e = &c.event;
            let p = e.place.as_ref()?;
            let (lat, lon) = (p.lat?, p.lon?);
            if !(lat.is_finite() && lon.is_finite()) {
                return None;
            }
            Some(json!({
                "type": "Feature",
                "id": e.id,
                "geometry": {"type": "Point", "coordinates": [lon, lat]},
                "properties": {
                    "event_id": e.id,
                    "story_id": c.story_id,
                    "type": type_of(e),
                    "mode": e.mode,
                    "date": e.date.as_ref().map(|d| d.value.to_string()),
                    "place": p.name,
                    "city": p.city,
                    "country": p.country,
                    "precision": p.precision,
                    "participants": e.actors.iter().map(|a| a.name.as_str()).collect::<Vec<_>>(),
                    "corroboration": c.corroboration,
                    "outlets": outlets(e),
                    "doc_ids": e.sources.iter().map(|s| s.doc_id.as_str()).collect::<Vec<_>>(),
                    "evidence": e.sources.iter().flat_map(|s| s.evidence.iter().map(|ev| ev.text.as_str())).collect::<Vec<_>>(),
                }
            }))
        })
        .collect();
    json!({"type": "FeatureCollection", "features": features})
}

/// A participant in the who-met-whom graph.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GraphNode {
    /// The resolved entity id (`person:saddam-khalifa-haftar`).
    pub id: String,
    pub name: String,
    /// `PERSON`, `ORG`, ...
    #[serde(rename = "type")]
    pub kind: String,
    pub country: Option<String>,
    pub sector: Option<String>,
    /// Number of events the participant takes part in.
    pub events: usize,
}

/// Two participants who take part in the same events.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GraphEdge {
    pub source: String,
    pub target: String,
    /// Number of shared events.
    pub weight: usize,
    /// The shared events' ids.
    pub events: Vec<String>,
}

/// Who met whom: people and organisations as nodes, shared events as weighted edges.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Graph {
    pub nodes: Vec<GraphNode>,
    pub edges: Vec<GraphEdge>,
}

/// Builds the who-met-whom graph of `events`: every pair of resolved participants (generic
/// ones such as "officials" have no entity and are left out; places are never nodes) of an
/// event is joined; `entities` give names, countries and sectors.
pub fn who_met_whom(events: &[CanonicalEvent], entities: &[ResolvedEntity]) -> Graph {
    let info: BTreeMap<&str, &ResolvedEntity> =
        entities.iter().map(|e| (e.id.as_str(), e)).collect();
    let mut nodes: BTreeMap<String, GraphNode> = BTreeMap::new();
    let mut edges: BTreeMap<(String, String), GraphEdge> = BTreeMap::new();
    for c in events {
        let mut ids: Vec<(&str, &dossier_model::EventActor)> = Vec::new();
        for a in &c.event.actors {
            let Some(id) = a.entity_id.as_deref() else {
                continue;
            };
            if info
                .get(id)
                .is_some_and(|e| e.kind == dossier_model::EntityType::Place)
            {
                continue;
            }
            if !ids.iter().any(|(x, _)| *x == id) {
                ids.push((id, a));
            }
        }
        for (id, a) in &ids {
            let node = nodes.entry(id.to_string()).or_insert_with(|| {
                let e = info.get(id);
                GraphNode {
                    id: id.to_string(),
                    name: e.map(|e| e.name.clone()).unwrap_or_else(|| a.name.clone()),
                    kind: e
                        .map(|e| e.kind.as_str().to_string())
                        .unwrap_or_else(|| "PERSON".to_string()),
                    country: e
                        .and_then(|e| e.country.clone())
                        .or_else(|| a.country.clone()),
                    sector: e
                        .and_then(|e| e.sector.clone())
                        .or_else(|| a.sector.clone()),
                    events: 0,
                }
            });
            node.events += 1;
        }
        for i in 0..ids.len() {
            for j in i + 1..ids.len() {
                let (a, b) = if ids[i].0 < ids[j].0 {
                    (ids[i].0, ids[j].0)
                } else {
                    (ids[j].0, ids[i].0)
                };
                let edge = edges
                    .entry((a.to_string(), b.to_string()))
                    .or_insert_with(|| GraphEdge {
                        source: a.to_string(),
                        target: b.to_string(),
                        weight: 0,
                        events: Vec::new(),
                    });
                if !edge.events.contains(&c.event.id) {
                    edge.weight += 1;
                    edge.events.push(c.event.id.clone());
                }
            }
        }
    }
    Graph {
        nodes: nodes.into_values().collect(),
        edges: edges.into_values().collect(),
    }
}

/// The graph as GEXF 1.3 (undirected, static), with node attributes `type`, `country`,
/// `sector`, `events` and edge attribute `events` (the shared events' ids).
pub fn gexf(graph: &Graph) -> String {
    let mut s = String::new();
    s.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    s.push_str(
        "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n",
    );
    s.push_str("  <meta>\n    <creator>dossier</creator>\n    <description>Who met whom: people and organisations that take part in the same events</description>\n  </meta>\n");
    s.push_str("  <graph mode=\"static\" defaultedgetype=\"undirected\">\n");
    s.push_str("    <attributes class=\"node\">\n");
    for (i, (name, kind)) in [
        ("type", "string"),
        ("country", "string"),
        ("sector", "string"),
        ("events", "integer"),
    ]
    .iter()
    .enumerate()
    {
        s.push_str(&format!(
            "      <attribute id=\"{i}\" title=\"{name}\" type=\"{kind}\"/>\n"
        ));
    }
    s.push_str("    </attributes>\n");
    s.push_str("    <attributes class=\"edge\">\n      <attribute id=\"0\" title=\"events\" type=\"string\"/>\n    </attributes>\n");
    s.push_str("    <nodes>\n");
    for n in &graph.nodes {
        s.push_str(&format!(
            "      <node id=\"{}\" label=\"{}\">\n        <attvalues>\n",
            escape(n.id.as_str()),
            escape(n.name.as_str())
        ));
        let values = [
            n.kind.clone(),
            n.country.clone().unwrap_or_default(),
            n.sector.clone().unwrap_or_default(),
            n.events.to_string(),
        ];
        for (i, v) in values.iter().enumerate() {
            s.push_str(&format!(
                "          <attvalue for=\"{i}\" value=\"{}\"/>\n",
                escape(v.as_str())
            ));
        }
        s.push_str("        </attvalues>\n      </node>\n");
    }
    s.push_str("    </nodes>\n    <edges>\n");
    for (i, e) in graph.edges.iter().enumerate() {
        s.push_str(&format!(
            "      <edge id=\"{i}\" source=\"{}\" target=\"{}\" weight=\"{}\">\n        <attvalues>\n          <attvalue for=\"0\" value=\"{}\"/>\n        </attvalues>\n      </edge>\n",
            escape(e.source.as_str()),
            escape(e.target.as_str()),
            e.weight,
            escape(e.events.join(" ").as_str())
        ));
    }
    s.push_str("    </edges>\n  </graph>\n</gexf>\n");
    s
}

#[cfg(test)]
mod tests;
