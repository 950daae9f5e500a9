//! The OpenAPI 3.1 document of the API, served at `/openapi.json`.

use axum::Json;
use serde_json::{json, Value};

fn param(name: &str, location: &str, required: bool, schema: Value, description: &str) -> Value {
    json!({
        "name": name, "in": location, "required": required,
        "schema": schema, "description": description
    })
}

fn query(name: &str, schema: Value, description: &str) -> Value {
    param(name, "query", false, schema, description)
}

fn string() -> Value {
    json!({"type": "string"})
}

fn page_params(default: usize) -> Vec<Value> {
    vec![
        query(
            "limit",
            json!({"type": "integer", "minimum": 0, "maximum": crate::api::MAX_LIMIT, "default": default}),
            "How many items to return.",
        ),
        query(
            "offset",
            json!({"type": "integer", "minimum": 0, "default": 0}),
            "How many items to skip.",
        ),
    ]
}

fn event_filters() -> Vec<Value> {
    vec![
        query("actor", string(), "A participant's name contains this."),
        query(
            "type",
            string(),
            "PLOVER type (CONSULT, AGREE, ...) or kind (ceremony).",
        ),
        query(
            "since",
            json!({"type": "string", "pattern": "^\\d{4}(-\\d{2}(-\\d{2})?)?$"}),
            "Dated on or after (YYYY, YYYY-MM or YYYY-MM-DD).",
        ),
        query(
            "until",
            json!({"type": "string", "pattern": "^\\d{4}(-\\d{2}(-\\d{2})?)?$"}),
            "Dated on or before.",
        ),
        query(
            "place",
            string(),
            "The place name, city or country code contains this.",
        ),
        query(
            "doc",
            string(),
            "Only events of this document (id or unique prefix).",
        ),
    ]
}

fn ok(description: &str, schema: Value) -> Value {
    json!({
        "200": {"description": description, "content": {"application/json": {"schema": schema}}},
        "400": {"$ref": "#/components/responses/BadRequest"},
        "401": {"$ref": "#/components/responses/Unauthorized"}
    })
}

fn ok_or_404(description: &str, schema: Value) -> Value {
    let mut r = ok(description, schema);
    r["404"] = json!({"$ref": "#/components/responses/NotFound"});
    r
}

fn list_of(item: Value) -> Value {
    json!({
        "type": "object",
        "required": ["items"],
        "properties": {
            "items": {"type": "array", "items": item},
            "limit": {"type": "integer"},
            "offset": {"type": "integer"},
            "total": {"type": "integer"}
        }
    })
}

fn any_object(description: &str) -> Value {
    json!({"type": "object", "description": description, "additionalProperties": true})
}

/// The OpenAPI document.
pub fn openapi_document() -> Value {
    let span = json!({
        "type": "object",
        "description": "A span of the stored body of a document: UTF-8 byte offsets, end exclusive.",
        "required": ["start", "end"],
        "properties": {"start": {"type": "integer"}, "end": {"type": "integer"}, "text": {"type": "string"}}
    });
    let id_path = |what: &str| vec![param("id", "path", true, string(), what)];
    let mut paths = serde_json::Map::new();
    paths.insert("/api/health".into(), json!({"get": {
        "summary": "Server status (never needs the token).", "security": [],
        "responses": {"200": {"description": "Status", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Health"}}}}}
    }}));
    let mut doc_params = page_params(50);
    doc_params.extend([
        query("outlet", string(), "Only this outlet."),
        query("lang", string(), "Only this language (ISO 639-1)."),
        query("since", string(), "Published on or after."),
        query("until", string(), "Published on or before."),
    ]);
    paths.insert("/api/documents".into(), json!({"get": {
        "summary": "Stored documents, newest first.", "parameters": doc_params,
        "responses": ok("Documents", list_of(json!({"$ref": "#/components/schemas/DocumentSummary"})))
    }}));
    paths.insert("/api/documents/{id}".into(), json!({"get": {
        "summary": "One document with its body, paragraphs, sentences (opinion marked), entities and events.",
        "parameters": id_path("Document id or unique prefix (4+ characters)."),
        "responses": ok_or_404("The document", json!({
            "type": "object",
            "required": ["document", "entities", "events"],
            "properties": {
                "document": {"$ref": "#/components/schemas/Document"},
                "story_id": {"type": ["string", "null"]},
                "entities": {"type": "array", "items": {"$ref": "#/components/schemas/Entity"}},
                "events": {"type": "array", "items": {"$ref": "#/components/schemas/Event"}},
                "not_analysed": {
                    "type": "array",
                    "description": "The stages that have not seen the document yet (stored by an older dossier): their parts read as empty, and without `opinion` the sentences carry no opinion marks. The next ingest run that reads the document fills them in.",
                    "items": {"type": "string", "enum": ["entities", "events", "opinion"]}
                }
            }
        }))
    }}));
    paths.insert("/api/search".into(), json!({"get": {
        "summary": "Full-text search over headlines and bodies (BM25).",
        "parameters": [param("q", "query", true, json!({"type": "string", "minLength": 1, "pattern": "\\S"}), "Words, \"phrases\", OR."), query("limit", json!({"type": "integer", "default": 20}), "How many hits.")],
        "responses": ok("Hits", list_of(json!({
            "type": "object",
            "properties": {
                "doc_id": {"type": "string"}, "headline": {"type": ["string", "null"]},
                "outlet": {"type": ["string", "null"]}, "story_id": {"type": ["string", "null"]},
                "score": {"type": "number"},
                "snippet": {"type": "array", "items": {"type": "object", "properties": {"text": {"type": "string"}, "match": {"type": "boolean"}}}}
            }
        })))
    }}));
    let mut entity_params = page_params(100);
    entity_params.extend([
        query(
            "type",
            json!({"type": "string", "enum": ["person", "org", "place", "misc"]}),
            "Entity type.",
        ),
        query("name", string(), "A name contains this."),
        query("doc", string(), "Only entities of this document."),
    ]);
    paths.insert("/api/entities".into(), json!({"get": {
        "summary": "People (with ranks and roles), organisations and places found in documents.",
        "parameters": entity_params,
        "responses": ok("Entities", list_of(json!({"$ref": "#/components/schemas/Entity"})))
    }}));
    let mut event_params = page_params(100);
    event_params.extend(event_filters());
    paths.insert(
        "/api/events".into(),
        json!({"get": {
            "summary": "Events coded from each document (PLOVER), one per source report.",
            "parameters": event_params,
            "responses": ok("Events", list_of(json!({"$ref": "#/components/schemas/Event"})))
        }}),
    );
    paths.insert("/api/events/{id}".into(), json!({"get": {
        "summary": "One canonical event: what each source says, with evidence, corroboration and discrepancies.",
        "parameters": id_path("A canonical event id (ev:DOC:eN) or the id of any per-document event it merges (DOC:eN)."),
        "responses": ok_or_404("The canonical event", json!({"$ref": "#/components/schemas/CanonicalEvent"}))
    }}));
    paths.insert("/api/stories".into(), json!({"get": {
        "summary": "Stories (articles of several outlets about the same events), largest first.",
        "parameters": page_params(50),
        "responses": ok("Stories", list_of(json!({"$ref": "#/components/schemas/StorySummary"})))
    }}));
    paths.insert("/api/stories/{id}".into(), json!({"get": {
        "summary": "One story: each outlet's body with evidence spans and opinion sentences, canonical events, discrepancies.",
        "parameters": id_path("Story id (story:...)."),
        "responses": ok_or_404("The story", json!({"$ref": "#/components/schemas/StoryPage"}))
    }}));
    paths.insert("/api/actors".into(), json!({"get": {
        "summary": "People and organisations whose names contain a text: names, ranks and roles over time, discrepancies, timeline.",
        "parameters": [param("name", "query", true, json!({"type": "string", "minLength": 1, "pattern": "\\S"}), "A name or part of one.")],
        "responses": ok("Actors", list_of(any_object("ResolvedEntity with roles_over_time, discrepancies and timeline (canonical events).")))
    }}));
    paths.insert("/api/map".into(), json!({"get": {
        "summary": "Canonical events with coordinates as a GeoJSON FeatureCollection of points.",
        "parameters": event_filters(),
        "responses": ok("GeoJSON", any_object("RFC 7946 FeatureCollection"))
    }}));
    paths.insert("/api/graph".into(), json!({"get": {
        "summary": "Who met whom: people and organisations joined by shared canonical events.",
        "parameters": event_filters(),
        "responses": ok("Graph", json!({
            "type": "object",
            "properties": {
                "nodes": {"type": "array", "items": {"type": "object", "properties": {"id": {"type": "string"}, "name": {"type": "string"}, "type": {"type": "string"}, "country": {"type": ["string", "null"]}, "sector": {"type": ["string", "null"]}, "events": {"type": "integer"}}}},
                "edges": {"type": "array", "items": {"type": "object", "properties": {"source": {"type": "string"}, "target": {"type": "string"}, "weight": {"type": "integer"}, "events": {"type": "array", "items": {"type": "string"}}}}}
            }
        }))
    }}));
    let formats = dossier_export::ExportFormat::ALL;
    let names: Vec<&str> = formats.iter().map(|f| f.name()).collect();
    let per_input = |input: dossier_export::ExportInput| {
        formats
            .iter()
            .filter(|f| f.input() == input)
            .map(|f| f.name())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut export_params = vec![query(
        "format",
        json!({"type": "string", "enum": names, "default": "jsonl"}),
        &format!(
            "{}: per-document events; {}: canonical events.",
            per_input(dossier_export::ExportInput::DocumentEvents),
            per_input(dossier_export::ExportInput::CanonicalEvents)
        ),
    )];
    let mut media = serde_json::Map::new();
    for f in formats {
        let essence = f
            .media_type()
            .split(';')
            .next()
            .unwrap_or_default()
            .to_string();
        let schema = if f == dossier_export::ExportFormat::Geojson {
            json!({"schema": {"type": "object"}})
        } else {
            json!({"schema": {"type": "string"}})
        };
        media.insert(essence, schema);
    }
    export_params.extend(page_params(usize::MAX).into_iter().map(|mut p| {
        p["schema"] = json!({"type": "integer", "minimum": 0});
        p
    }));
    export_params.extend(event_filters());
    paths.insert("/api/export".into(), json!({"get": {
        "summary": "Events as a file (attachment): JSON lines, CSV, PLOVER, CAMEO, GeoJSON or GEXF.",
        "parameters": export_params,
        "responses": {
            "200": {"description": "The file", "content": media},
            "400": {"$ref": "#/components/responses/BadRequest"},
            "401": {"$ref": "#/components/responses/Unauthorized"}
        }
    }}));
    paths.insert("/api/ingest".into(), json!({"post": {
        "summary": "Ingest one file (text, HTML, JSONL, RSS/Atom, WARC) sent as the request body; every stage runs.",
        "parameters": [query("name", string(), "The file's name; its extension decides the format (.txt, .html, .jsonl, .xml, .warc).")],
        "requestBody": {"required": true, "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}, "text/plain": {"schema": {"type": "string"}}}},
        "responses": {
            "200": {"description": "What was stored and what was rejected", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/IngestSummary"}}}},
            "400": {"$ref": "#/components/responses/BadRequest"},
            "401": {"$ref": "#/components/responses/Unauthorized"},
            "403": {"description": "The server is read-only", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
            "413": {"description": "The body is over the server's limit"},
            "422": {"description": "Nothing in the file could be stored", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/IngestSummary"}}}}
        }
    }}));
    paths.insert(
        "/openapi.json".into(),
        json!({"get": {
            "summary": "This document.",
            "responses": ok("OpenAPI 3.1", any_object("OpenAPI document"))
        }}),
    );
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "dossier API",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "News turned into a verified, evidence-linked event record. Every span is a UTF-8 byte span of the stored body of the document it names.",
            "license": {"name": "Apache-2.0", "identifier": "Apache-2.0"}
        },
        "servers": [{"url": "/"}],
        "security": [{"bearer": []}, {}],
        "paths": paths,
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer", "description": "Needed when the server was started with a token."}},
            "responses": {
                "BadRequest": {"description": "Bad parameters", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
                "Unauthorized": {"description": "Token missing or wrong", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
                "NotFound": {"description": "No such item", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
            },
            "schemas": {
                "Error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "string"}}},
                "Span": span,
                "Health": {"type": "object", "required": ["ok", "auth_required", "read_only", "documents"], "properties": {
                    "ok": {"type": "boolean"}, "auth_required": {"type": "boolean"}, "read_only": {"type": "boolean"},
                    "documents": {"type": "integer"}, "version": {"type": "string"}}},
                "DocumentSummary": {"type": "object", "properties": {
                    "id": {"type": "string"}, "headline": {"type": ["string", "null"]}, "outlet": {"type": ["string", "null"]},
                    "published": {"type": ["string", "null"]}, "language": {"type": "string"}, "source_path": {"type": "string"},
                    "format": {"type": "string"}, "body_len": {"type": "integer"}, "n_sentences": {"type": "integer"}}},
                "Document": any_object("A document: id, source, outlet, url, headline, published, language, body, paragraphs, sentences (with opinion, stance, subjectivity), embedded_posts, removed."),
                "Entity": any_object("An entity of one document: id, type, names, roles (rank/role, organisation, country, sector, evidence), mentions (doc_id, start, end), place."),
                "Event": any_object("A PLOVER event of one document: id, type, mode, status, actors, place, date, topics, sources with evidence spans."),
                "CanonicalEvent": any_object("An Event merged across sources, with story_id, corroboration (independent outlets), single_source, mentions, claims per field and source, discrepancies, visit, documents."),
                "StorySummary": any_object("id, headline, documents, outlets, first_published, last_published, events (one line each), visits, discrepancies (count)."),
                "StoryPage": any_object("id, headline, outlets, documents (body, paragraphs, sentences with opinion flags, evidence spans per canonical event, and not_analysed: the stages that have not seen the document yet, when any), events (canonical), visits, discrepancies."),
                "IngestSummary": any_object("files, bytes, documents, added, unchanged, errors, by_format, rejected (path, record, reason), warnings, seconds, store_documents.")
            }
        }
    })
}

pub async fn serve_openapi() -> Json<Value> {
    Json(openapi_document())
}
