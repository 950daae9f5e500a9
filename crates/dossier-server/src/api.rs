//! The JSON API handlers. Each runs its store work on a blocking thread: reads with a
//! read-only handle from the pool, ingest with the one writer; errors are `{"error": "..."}`
//! with a status that says whose fault it is.

use crate::state::AppState;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use dossier_export::{ExportFormat, ExportInput, ExportRecords};
use dossier_model::{DocId, EntityType, PartialDate};
use dossier_query::{CanonicalFilter, Corpus, EventLookup, NotAnalysed};
use dossier_store::{
    DocListQuery, EntityQuery, EventQuery, StoreError, StoreReader, StoreWriter, SNIPPET_MATCH_END,
    SNIPPET_MATCH_START,
};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use std::sync::Arc;

/// The largest page any list returns.
pub const MAX_LIMIT: usize = 1000;

/// An API error: a status and a message for the caller.
pub struct ApiError {
    status: StatusCode,
    message: String,
}

impl ApiError {
    fn new(status: StatusCode, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            message: message.into(),
        }
    }
    fn bad_request(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, message)
    }
    fn not_found(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::NOT_FOUND, message)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.status, Json(json!({ "error": self.message }))).into_response()
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> ApiError {
        let status = match e {
            StoreError::InvalidId { .. } | StoreError::AmbiguousId { .. } => {
                StatusCode::BAD_REQUEST
            }
            StoreError::InvalidDocument { .. } => StatusCode::UNPROCESSABLE_ENTITY,
            _ => StatusCode::INTERNAL_SERVER_ERROR,
        };
        ApiError::new(status, e.to_string())
    }
}

impl From<anyhow::Error> for ApiError {
    fn from(e: anyhow::Error) -> ApiError {
        match e.downcast::<StoreError>() {
            Ok(store) => store.into(),
            Err(e) => ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, format!("{e:#}")),
        }
    }
}

impl From<serde_json::Error> for ApiError {
    fn from(e: serde_json::Error) -> ApiError {
        ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string())
    }
}

type ApiResult<T> = Result<T, ApiError>;

/// Runs `f` on a blocking thread.
async fn blocking<T, F>(f: F) -> ApiResult<T>
where
    T: Send + 'static,
    F: FnOnce() -> ApiResult<T> + Send + 'static,
{
    tokio::task::spawn_blocking(f).await.map_err(|e| {
        ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("request failed: {e}"),
        )
    })?
}

/// Runs `f` on a blocking thread with a read-only store handle from the pool.
async fn with_reader<T, F>(state: Arc<AppState>, f: F) -> ApiResult<T>
where
    T: Send + 'static,
    F: FnOnce(&dyn StoreReader, &AppState) -> ApiResult<T> + Send + 'static,
{
    blocking(move || {
        let reader = state.readers.get()?;
        f(&*reader, &state)
    })
    .await
}

/// Runs `f` on a blocking thread with the store's one writer (one request at a time).
async fn with_writer<T, F>(state: Arc<AppState>, f: F) -> ApiResult<T>
where
    T: Send + 'static,
    F: FnOnce(&mut dyn StoreWriter, &AppState) -> ApiResult<T> + Send + 'static,
{
    blocking(move || {
        let Some(writer) = &state.writer else {
            return Err(ApiError::new(
                StatusCode::FORBIDDEN,
                "this server is read-only (started with --read-only)",
            ));
        };
        // A panic while the lock was held rolled its transaction back; the store is usable.
        let mut writer = writer
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        f(writer.as_mut(), &state)
    })
    .await
}

fn page(limit: Option<usize>, offset: Option<usize>, default: usize) -> (usize, usize) {
    (limit.unwrap_or(default).min(MAX_LIMIT), offset.unwrap_or(0))
}

fn list<T: Serialize>(items: Vec<T>, limit: usize, offset: usize) -> Json<Value> {
    Json(json!({ "items": items, "limit": limit, "offset": offset }))
}

fn date_param(value: &Option<String>, name: &str) -> ApiResult<Option<PartialDate>> {
    match value.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(v) => PartialDate::parse(v).map(Some).ok_or_else(|| {
            ApiError::bad_request(format!("{name}={v}: expected YYYY, YYYY-MM or YYYY-MM-DD"))
        }),
    }
}

fn nonempty(v: &Option<String>) -> Option<String> {
    v.as_deref()
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_string)
}

pub async fn not_found() -> ApiError {
    ApiError::not_found("no such page or API endpoint (see /openapi.json)")
}

pub async fn health(State(state): State<Arc<AppState>>) -> ApiResult<Json<Value>> {
    with_reader(state, |store, state| {
        let config = &state.config;
        Ok(Json(json!({
            "ok": true,
            "auth_required": config.token.is_some(),
            "read_only": config.read_only,
            "documents": store.count_documents()?,
            "version": env!("CARGO_PKG_VERSION"),
        })))
    })
    .await
}

#[derive(Deserialize)]
pub struct DocumentsParams {
    limit: Option<usize>,
    offset: Option<usize>,
    outlet: Option<String>,
    lang: Option<String>,
    since: Option<String>,
    until: Option<String>,
}

pub async fn documents(
    State(state): State<Arc<AppState>>,
    Query(p): Query<DocumentsParams>,
) -> ApiResult<Json<Value>> {
    let (limit, offset) = page(p.limit, p.offset, 50);
    let q = DocListQuery {
        limit,
        offset,
        outlet: nonempty(&p.outlet),
        lang: nonempty(&p.lang),
        since: date_param(&p.since, "since")?,
        until: date_param(&p.until, "until")?,
    };
    with_reader(state, move |store, _| {
        let items = store.list_documents(&q)?;
        let total = store.count_documents()?;
        Ok(Json(json!({
            "items": items, "limit": limit, "offset": offset, "total": total
        })))
    })
    .await
}

pub async fn document(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
) -> ApiResult<Json<Value>> {
    with_reader(state, move |store, _| {
        let Some(doc) = store.get_document(&id)? else {
            return Err(ApiError::not_found(format!("no document {id}")));
        };
        let entities = store.get_entities(&doc.id)?;
        let events = store.get_events(&doc.id)?;
        let opinions = store.get_opinions(&doc.id)?;
        let story_id = store.story_of(&doc.id)?;
        let not_analysed: Vec<NotAnalysed> = [
            (entities.is_none(), NotAnalysed::Entities),
            (events.is_none(), NotAnalysed::Events),
            (opinions.is_none(), NotAnalysed::Opinion),
        ]
        .into_iter()
        .filter_map(|(missing, stage)| missing.then_some(stage))
        .collect();
        Ok(Json(json!({
            "document": dossier_query::document_json(&doc, opinions.as_ref())?,
            "story_id": story_id,
            "entities": entities.map(|e| e.entities).unwrap_or_default(),
            "events": events.map(|e| e.events).unwrap_or_default(),
            "not_analysed": not_analysed,
        })))
    })
    .await
}

#[derive(Deserialize)]
pub struct SearchParams {
    q: Option<String>,
    limit: Option<usize>,
}

/// A snippet cut into plain text and matched terms.
fn snippet_parts(snippet: &str) -> Vec<Value> {
    let mut parts = Vec::new();
    let mut rest = snippet;
    while let Some(i) = rest.find(SNIPPET_MATCH_START) {
        let after = &rest[i + SNIPPET_MATCH_START.len()..];
        let Some(j) = after.find(SNIPPET_MATCH_END) else {
            break;
        };
        if i > 0 {
            parts.push(json!({"text": &rest[..i], "match": false}));
        }
        parts.push(json!({"text": &after[..j], "match": true}));
        rest = &after[j + SNIPPET_MATCH_END.len()..];
    }
    if !rest.is_empty() {
        parts.push(json!({"text": rest, "match": false}));
    }
    parts
}

pub async fn search(
    State(state): State<Arc<AppState>>,
    Query(p): Query<SearchParams>,
) -> ApiResult<Json<Value>> {
    let Some(q) = nonempty(&p.q) else {
        return Err(ApiError::bad_request("give a query: /api/search?q=WORDS"));
    };
    let (limit, _) = page(p.limit, None, 20);
    with_reader(state, move |store, _| {
        let hits = store.search(&q, limit)?;
        let mut items = Vec::new();
        for h in hits {
            let story_id = store.story_of(&h.doc_id)?;
            items.push(json!({
                "doc_id": h.doc_id,
                "headline": h.headline,
                "outlet": h.outlet,
                "story_id": story_id,
                "score": h.score,
                "snippet": snippet_parts(&h.snippet),
            }));
        }
        Ok(list(items, limit, 0))
    })
    .await
}

#[derive(Deserialize)]
pub struct EntitiesParams {
    #[serde(rename = "type")]
    kind: Option<String>,
    name: Option<String>,
    doc: Option<String>,
    limit: Option<usize>,
    offset: Option<usize>,
}

fn entity_type(v: &str) -> ApiResult<EntityType> {
    match v.to_ascii_lowercase().as_str() {
        "person" | "per" => Ok(EntityType::Person),
        "org" | "organisation" | "organization" => Ok(EntityType::Organisation),
        "loc" | "place" | "location" => Ok(EntityType::Place),
        "misc" => Ok(EntityType::Misc),
        _ => Err(ApiError::bad_request(format!(
            "type={v}: expected person, org, place or misc"
        ))),
    }
}

pub async fn entities(
    State(state): State<Arc<AppState>>,
    Query(p): Query<EntitiesParams>,
) -> ApiResult<Json<Value>> {
    let (limit, offset) = page(p.limit, p.offset, 100);
    let kind = match nonempty(&p.kind) {
        Some(k) => Some(entity_type(&k)?),
        None => None,
    };
    with_reader(state, move |store, _| {
        let doc_id = match nonempty(&p.doc) {
            Some(d) => match store.get_document(&d)? {
                Some(doc) => Some(doc.id),
                None => return Err(ApiError::not_found(format!("no document {d}"))),
            },
            None => None,
        };
        let items = store.list_entities(&EntityQuery {
            limit,
            offset,
            kind,
            name: nonempty(&p.name),
            doc_id,
        })?;
        Ok(list(items, limit, offset))
    })
    .await
}

#[derive(Deserialize, Default)]
pub struct EventsParams {
    actor: Option<String>,
    #[serde(rename = "type")]
    event_type: Option<String>,
    since: Option<String>,
    until: Option<String>,
    place: Option<String>,
    doc: Option<String>,
    limit: Option<usize>,
    offset: Option<usize>,
    /// Only for /api/export.
    format: Option<String>,
}

impl EventsParams {
    fn check_dates(&self) -> ApiResult<()> {
        date_param(&self.since, "since")?;
        date_param(&self.until, "until")?;
        Ok(())
    }

    fn canonical(&self) -> CanonicalFilter {
        CanonicalFilter {
            actor: nonempty(&self.actor),
            event_type: nonempty(&self.event_type),
            since: nonempty(&self.since),
            until: nonempty(&self.until),
            place: nonempty(&self.place),
            doc: nonempty(&self.doc),
        }
    }
}

fn resolve_doc(store: &dyn StoreReader, doc: &Option<String>) -> ApiResult<Option<DocId>> {
    match nonempty(doc) {
        Some(d) => match store.get_document(&d)? {
            Some(doc) => Ok(Some(doc.id)),
            None => Err(ApiError::not_found(format!("no document {d}"))),
        },
        None => Ok(None),
    }
}

fn document_events(
    store: &dyn StoreReader,
    p: &EventsParams,
    limit: usize,
    offset: usize,
) -> ApiResult<Vec<dossier_model::Event>> {
    let q = EventQuery {
        limit,
        offset,
        event_type: nonempty(&p.event_type),
        actor: nonempty(&p.actor),
        place: nonempty(&p.place),
        since: nonempty(&p.since),
        until: nonempty(&p.until),
        doc_id: resolve_doc(store, &p.doc)?,
    };
    Ok(store.list_events(&q)?)
}

pub async fn events(
    State(state): State<Arc<AppState>>,
    Query(p): Query<EventsParams>,
) -> ApiResult<Json<Value>> {
    p.check_dates()?;
    let (limit, offset) = page(p.limit, p.offset, 100);
    with_reader(state, move |store, _| {
        Ok(list(
            document_events(store, &p, limit, offset)?,
            limit,
            offset,
        ))
    })
    .await
}

pub async fn canonical_event(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
) -> ApiResult<Json<Value>> {
    with_reader(
        state,
        move |store, _| match dossier_query::canonical_event(store, &id)? {
            EventLookup::Found(page) => Ok(Json(serde_json::to_value(&page)?)),
            EventLookup::BadId => Err(ApiError::bad_request(format!(
                "{id}: expected an event id like ev:DOC:e0 or DOC:e0"
            ))),
            EventLookup::NoDocument(why) => Err(ApiError::not_found(why)),
            EventLookup::NoEvent => Err(ApiError::not_found(format!("no event {id}"))),
            EventLookup::NotAnalysed => Err(ApiError::not_found(format!(
                "no event {id} yet: the story of its document is not reconciled (the next ingest run reconciles it)"
            ))),
        },
    )
    .await
}

#[derive(Deserialize)]
pub struct PageParams {
    limit: Option<usize>,
    offset: Option<usize>,
}

pub async fn stories(
    State(state): State<Arc<AppState>>,
    Query(p): Query<PageParams>,
) -> ApiResult<Json<Value>> {
    let (limit, offset) = page(p.limit, p.offset, 50);
    with_reader(state, move |store, _| {
        let items = dossier_query::story_summaries(store, limit, offset)?;
        Ok(list(items, limit, offset))
    })
    .await
}

pub async fn story(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
) -> ApiResult<Json<Value>> {
    with_reader(state, move |store, _| {
        match dossier_query::story_page(store, &id)? {
            Some(page) => Ok(Json(serde_json::to_value(&page)?)),
            None => Err(ApiError::not_found(format!("no story {id}"))),
        }
    })
    .await
}

#[derive(Deserialize)]
pub struct ActorsParams {
    name: Option<String>,
}

pub async fn actors(
    State(state): State<Arc<AppState>>,
    Query(p): Query<ActorsParams>,
) -> ApiResult<Json<Value>> {
    let Some(name) = nonempty(&p.name) else {
        return Err(ApiError::bad_request(
            "give a name: /api/actors?name=Haftar",
        ));
    };
    with_reader(state, move |store, _| {
        let report = dossier_query::actors(store, &name)?;
        Ok(Json(json!({
            "items": report.records,
            "documents": report.documents,
        })))
    })
    .await
}

/// Every canonical event and entity, rebuilt when the store's write generation moved (any
/// write by any process, not only one that adds documents). The generation is read before the
/// corpus is built, so a write during the build only makes the next read build it again.
fn corpus(store: &dyn StoreReader, state: &AppState) -> ApiResult<Arc<Corpus>> {
    let generation = store.generation()?;
    // Held while building: concurrent readers of a stale corpus wait for one build.
    let mut cached = state
        .corpus
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some((at, corpus)) = cached.as_ref() {
        if *at == generation {
            return Ok(corpus.clone());
        }
    }
    let corpus = Arc::new(dossier_query::corpus(store)?);
    *cached = Some((generation, corpus.clone()));
    Ok(corpus)
}

pub async fn map(
    State(state): State<Arc<AppState>>,
    Query(p): Query<EventsParams>,
) -> ApiResult<Json<Value>> {
    p.check_dates()?;
    with_reader(state, move |store, state| {
        let corpus = corpus(store, state)?;
        let events = corpus.matching(&p.canonical(), usize::MAX, 0);
        Ok(Json(dossier_export::events_geojson(&events)))
    })
    .await
}

pub async fn graph(
    State(state): State<Arc<AppState>>,
    Query(p): Query<EventsParams>,
) -> ApiResult<Json<Value>> {
    p.check_dates()?;
    with_reader(state, move |store, state| {
        let corpus = corpus(store, state)?;
        let events = corpus.matching(&p.canonical(), usize::MAX, 0);
        Ok(Json(serde_json::to_value(dossier_export::who_met_whom(
            &events,
            &corpus.entities,
        ))?))
    })
    .await
}

pub async fn export(
    State(state): State<Arc<AppState>>,
    Query(filters): Query<EventsParams>,
) -> ApiResult<Response> {
    filters.check_dates()?;
    let format: ExportFormat = match nonempty(&filters.format) {
        None => ExportFormat::Jsonl,
        Some(name) => name.parse().map_err(|_| {
            ApiError::bad_request(format!(
                "format={name}: expected {}",
                ExportFormat::names_list()
            ))
        })?,
    };
    let (limit, offset) = (
        filters.limit.unwrap_or(usize::MAX),
        filters.offset.unwrap_or(0),
    );
    let text = with_reader(state, move |store, state| {
        let f = &filters;
        let coder = format!("dossier {}", env!("CARGO_PKG_VERSION"));
        let written = match format.input() {
            ExportInput::CanonicalEvents => {
                let corpus = corpus(store, state)?;
                let events = corpus.matching(&f.canonical(), limit, offset);
                let records = ExportRecords::CanonicalEvents {
                    events: &events,
                    entities: &corpus.entities,
                };
                format.write(records, &coder)
            }
            ExportInput::DocumentEvents => {
                let events = document_events(store, f, limit, offset)?;
                format.write(ExportRecords::DocumentEvents(&events), &coder)
            }
        };
        written.map_err(|e| ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))
    })
    .await?;
    let (mime, ext) = (format.media_type(), format.extension());
    Ok((
        [
            (header::CONTENT_TYPE, mime.to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"dossier-events.{ext}\""),
            ),
        ],
        text,
    )
        .into_response())
}

#[derive(Deserialize)]
pub struct IngestParams {
    name: Option<String>,
}

pub async fn ingest(
    State(state): State<Arc<AppState>>,
    Query(p): Query<IngestParams>,
    body: Bytes,
) -> ApiResult<Response> {
    if state.config.read_only {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "this server is read-only (started with --read-only)",
        ));
    }
    if body.is_empty() {
        return Err(ApiError::bad_request(
            "the request body is empty: POST the bytes of a file",
        ));
    }
    let name = nonempty(&p.name).unwrap_or_else(|| "upload.txt".into());
    // Only the file name's last component counts: it names the upload, it is not a path.
    let name = name
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or("upload.txt")
        .to_string();
    with_writer(state, move |writer, state| {
        let limits = dossier_ingest::Limits {
            max_file_bytes: state.config.max_body_bytes as u64,
            ..Default::default()
        };
        let summary =
            dossier_pipeline::ingest_bytes(writer, &format!("upload:{name}"), &body, &limits, 200)?;
        let status = if summary.documents == 0 && summary.errors > 0 {
            StatusCode::UNPROCESSABLE_ENTITY
        } else {
            StatusCode::OK
        };
        Ok((status, Json(serde_json::to_value(&summary)?)).into_response())
    })
    .await
}
