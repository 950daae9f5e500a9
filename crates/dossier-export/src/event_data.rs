//! Event exports in the field's formats: PLOVER JSON lines (PLOVER's own field names: `id`,
//! `date`, `actor`, `recipient`, `event`, `mode`, `context`, `event_loc`, `event_text`, `text`,
//! `cite_info`, `coder`) and CAMEO tab-separated lines (date, source code, target code, CAMEO
//! code, the source and target names, place and document, as PETRARCH prints them).
//! Events PLOVER does not code (ceremonies) are left out of both.

use dossier_model::{Event, EventActor, ParticipantRole};
use serde_json::{json, Value};

fn entity_objects(actors: &[&EventActor]) -> Value {
    Value::Array(
        actors
            .iter()
            .map(|a| {
                let mut o = serde_json::Map::new();
                if let Some(code) = &a.actor_code {
                    o.insert("code".into(), json!(code));
                }
                if let Some(country) = &a.country {
                    o.insert("country".into(), json!(country));
                }
                if let Some(sector) = &a.sector {
                    o.insert("sector".into(), json!(sector));
                }
                o.insert("actorText".into(), json!(a.name));
                if let Some(id) = &a.entity_id {
                    o.insert("entity_id".into(), json!(id));
                }
                Value::Object(o)
            })
            .collect(),
    )
}

/// One event as a PLOVER record, or `None` for an event PLOVER does not code.
pub fn plover_record(event: &Event, coder: &str) -> Option<Value> {
    let event_type = event.event_type.as_ref()?;
    let actors: Vec<&EventActor> = event.with_role(ParticipantRole::Actor).collect();
    let recipients: Vec<&EventActor> = event.with_role(ParticipantRole::Recipient).collect();
    let mut r = serde_json::Map::new();
    r.insert("id".into(), json!(event.id));
    if let Some(d) = &event.date {
        r.insert("date".into(), json!(d.value.to_string()));
    }
    r.insert("actor".into(), entity_objects(&actors));
    if !recipients.is_empty() {
        r.insert("recipient".into(), entity_objects(&recipients));
    }
    r.insert("event".into(), json!([event_type]));
    if let Some(mode) = &event.mode {
        r.insert("mode".into(), json!([mode]));
    }
    if !event.contexts.is_empty() {
        r.insert("context".into(), json!(event.contexts));
    }
    if let Some(p) = &event.place {
        r.insert(
            "event_loc".into(),
            json!({
                "placeName": p.name,
                "city": p.city,
                "country_code": p.country,
                "lat": p.lat,
                "lon": p.lon,
                "precision": p.precision,
            }),
        );
    }
    let texts: Vec<&str> = event
        .sources
        .iter()
        .flat_map(|s| s.triggers.iter().map(|t| t.text.as_str()))
        .collect();
    r.insert("event_text".into(), json!(texts));
    if let Some(first) = event.sources.first().and_then(|s| s.evidence.first()) {
        r.insert("text".into(), json!(first.text));
    }
    r.insert(
        "cite_info".into(),
        Value::Array(
            event
                .sources
                .iter()
                .map(|s| {
                    json!({
                        "doc_id": s.doc_id.as_str(),
                        "outlet": s.outlet,
                        "evidence": s.evidence.iter().map(|e| json!({"start": e.start, "end": e.end})).collect::<Vec<_>>(),
                    })
                })
                .collect(),
        ),
    );
    r.insert("status".into(), json!(event.status.as_str()));
    r.insert("coder".into(), json!(coder));
    Some(Value::Object(r))
}

/// Events as PLOVER JSON lines.
pub fn plover_jsonl(events: &[Event], coder: &str) -> String {
    let mut out = String::new();
    for e in events {
        if let Some(r) = plover_record(e, coder) {
            out.push_str(&r.to_string());
            out.push('\n');
        }
    }
    out
}

fn tsv_field(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

/// The CAMEO code of a participant: its actor code, else its country's code, else `---`.
fn cameo_actor(a: Option<&EventActor>) -> String {
    a.and_then(|a| a.actor_code.clone())
        .unwrap_or_else(|| "---".to_string())
}

/// Events as CAMEO TSV: a header, then one line per (actor, recipient) pair.
pub fn cameo_tsv(events: &[Event]) -> String {
    let mut out = String::from(
        "date\tsource\ttarget\tcameo\tplover\tsource_name\ttarget_name\tplace\tcountry\tlat\tlon\tdoc_id\tevent_id\n",
    );
    for e in events {
        let (Some(code), Some(t)) = (&e.cameo, &e.event_type) else {
            continue;
        };
        let date = e
            .date
            .as_ref()
            .map(|d| d.value.to_string().replace('-', ""))
            .unwrap_or_default();
        let actors: Vec<&EventActor> = e.with_role(ParticipantRole::Actor).collect();
        let recipients: Vec<&EventActor> = e.with_role(ParticipantRole::Recipient).collect();
        let targets: Vec<Option<&EventActor>> = if recipients.is_empty() {
            vec![None]
        } else {
            recipients.into_iter().map(Some).collect()
        };
        for a in &actors {
            for r in &targets {
                let place = e.place.as_ref();
                out.push_str(&format!(
                    "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n",
                    date,
                    cameo_actor(Some(a)),
                    cameo_actor(*r),
                    code,
                    t,
                    tsv_field(&a.name),
                    tsv_field(r.map(|r| r.name.as_str()).unwrap_or("")),
                    tsv_field(
                        place
                            .map(|p| p.city.as_deref().unwrap_or(&p.name))
                            .unwrap_or("")
                    ),
                    place.and_then(|p| p.country.clone()).unwrap_or_default(),
                    place
                        .and_then(|p| p.lat)
                        .map(|v| format!("{v:.4}"))
                        .unwrap_or_default(),
                    place
                        .and_then(|p| p.lon)
                        .map(|v| format!("{v:.4}"))
                        .unwrap_or_default(),
                    e.sources.first().map(|s| s.doc_id.as_str()).unwrap_or(""),
                    e.id
                ));
            }
        }
    }
    out
}
