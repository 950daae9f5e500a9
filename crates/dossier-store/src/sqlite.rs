//! [`SqliteStore`]: the embedded, single-file implementation of [`DocumentStore`].

use crate::query::{fold_for_index, to_fts_match};
use crate::schema::{Migration, APPLICATION_ID, MIGRATIONS};
use crate::{
    DocListQuery, DocSummary, DocumentStore, EntityQuery, EventQuery, PutReport, SearchHit,
    StoreError, StoryMembership, MIN_ID_PREFIX, SNIPPET_ELLIPSIS, SNIPPET_MATCH_END,
    SNIPPET_MATCH_START,
};
use dossier_model::{
    DocId, Document, DocumentEntities, DocumentEvents, Entity, Event, SourceFormat,
};
use rusqlite::types::Value;
use rusqlite::{
    params, params_from_iter, Connection, ErrorCode, OpenFlags, OptionalExtension,
    TransactionBehavior,
};
use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How long a call waits for another process's write lock before failing.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// Most ambiguous candidates listed in [`StoreError::AmbiguousId`].
const MAX_CANDIDATES: usize = 10;

/// Tokens of context in a search snippet.
const SNIPPET_TOKENS: u32 = 24;

/// BM25 weight of a headline match relative to a body match.
const HEADLINE_WEIGHT: f64 = 5.0;

/// The location shown in errors of an in-memory store.
const IN_MEMORY: &str = ":memory:";

/// A [`DocumentStore`] in one SQLite file (or in memory, for tests).
///
/// The file uses the WAL journal, so readers in other processes do not block the writer;
/// writers wait up to 10 seconds for each other. The schema is versioned with
/// `PRAGMA user_version` and migrated on open.
pub struct SqliteStore {
    conn: Connection,
    location: PathBuf,
}

impl fmt::Debug for SqliteStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SqliteStore")
            .field("location", &self.location)
            .finish()
    }
}

/// An error-mapping closure for a backend failure during `operation`.
fn backend<'a>(
    store: &'a Path,
    operation: &'static str,
) -> impl FnOnce(rusqlite::Error) -> StoreError + 'a {
    move |e| StoreError::Backend {
        store: store.to_path_buf(),
        operation,
        source: Box::new(e),
    }
}

/// Maps a failure while opening or preparing the file to a clear error.
fn open_failure(store: &Path, e: rusqlite::Error) -> StoreError {
    let code = e.sqlite_error_code();
    let reason = match code {
        Some(ErrorCode::NotADatabase) => {
            return StoreError::NotAStore {
                store: store.to_path_buf(),
                reason: "the file is not a SQLite database".into(),
            }
        }
        Some(ErrorCode::CannotOpen) => format!(
            "the file cannot be created or opened; check that its directory exists and is \
             writable ({e})"
        ),
        Some(ErrorCode::ReadOnly) => {
            format!("the file or its directory is read-only ({e})")
        }
        Some(ErrorCode::PermissionDenied) => format!("permission denied ({e})"),
        Some(ErrorCode::DatabaseCorrupt) => format!("the database file is damaged ({e})"),
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => {
            format!("the file is locked by another process ({e})")
        }
        _ => e.to_string(),
    };
    StoreError::Open {
        store: store.to_path_buf(),
        reason,
    }
}

/// Checks what SQLite would only report as "unable to open database file".
fn check_path(path: &Path) -> Result<(), StoreError> {
    let fail = |reason: String| StoreError::Open {
        store: path.to_path_buf(),
        reason,
    };
    if path.as_os_str().is_empty() {
        return Err(fail("the path is empty".into()));
    }
    if path.is_dir() {
        return Err(fail("it is a directory, not a file".into()));
    }
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if !parent.exists() {
        return Err(fail(format!(
            "directory {} does not exist",
            parent.display()
        )));
    }
    if !parent.is_dir() {
        return Err(fail(format!("{} is not a directory", parent.display())));
    }
    Ok(())
}

fn to_i64(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

fn parse_format(s: &str) -> Option<SourceFormat> {
    Some(match s {
        "text" => SourceFormat::Text,
        "html" => SourceFormat::Html,
        "jsonl" => SourceFormat::Jsonl,
        "rss" => SourceFormat::Rss,
        "atom" => SourceFormat::Atom,
        "warc" => SourceFormat::Warc,
        _ => return None,
    })
}

impl SqliteStore {
    /// The newest schema version this build knows (and migrates stores to).
    pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

    /// Opens the store file at `path`, creating it (but not its directory) when missing,
    /// and migrating an older schema. Refuses files that are not SQLite databases, SQLite
    /// databases of other programs, and stores written by a newer dossier.
    pub fn open(path: impl AsRef<Path>) -> Result<Self, StoreError> {
        Self::open_with_migrations(path.as_ref(), MIGRATIONS)
    }

    /// A fresh store that lives in memory and vanishes when dropped (for tests).
    pub fn open_in_memory() -> Result<Self, StoreError> {
        Self::open_in_memory_with_migrations(MIGRATIONS)
    }

    fn open_with_migrations(path: &Path, migrations: &[Migration]) -> Result<Self, StoreError> {
        check_path(path)?;
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(|e| open_failure(path, e))?;
        Self::init(conn, path.to_path_buf(), migrations)
    }

    fn open_in_memory_with_migrations(migrations: &[Migration]) -> Result<Self, StoreError> {
        let location = PathBuf::from(IN_MEMORY);
        let conn = Connection::open_in_memory().map_err(|e| open_failure(&location, e))?;
        Self::init(conn, location, migrations)
    }

    /// Checks the file is ours, sets the connection up and migrates the schema.
    fn init(
        mut conn: Connection,
        location: PathBuf,
        migrations: &[Migration],
    ) -> Result<Self, StoreError> {
        let fail = |e| open_failure(&location, e);
        conn.busy_timeout(BUSY_TIMEOUT).map_err(fail)?;
        // Identify the file before changing anything in it (setting WAL rewrites the header).
        let application_id: i32 = conn
            .pragma_query_value(None, "application_id", |r| r.get(0))
            .map_err(fail)?;
        let version = user_version(&conn).map_err(fail)?;
        let n_tables: i64 = conn
            .query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))
            .map_err(fail)?;
        let not_ours = |reason: String| StoreError::NotAStore {
            store: location.clone(),
            reason,
        };
        if application_id != APPLICATION_ID && application_id != 0 {
            return Err(not_ours(format!(
                "it is a SQLite database of another program (application_id {application_id:#x})"
            )));
        }
        if application_id == 0 && (version != 0 || n_tables != 0) {
            return Err(not_ours(
                "it is a SQLite database of another program (it has tables but no dossier \
                 application id)"
                    .into(),
            ));
        }
        let supported = migrations.len() as u32;
        if version > supported {
            return Err(StoreError::NewerSchema {
                store: location,
                found: version,
                supported,
            });
        }
        conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get::<_, String>(0))
            .map_err(fail)?;
        conn.pragma_update(None, "synchronous", "NORMAL")
            .map_err(fail)?;
        conn.pragma_update(None, "foreign_keys", true)
            .map_err(fail)?;
        migrate(&mut conn, &location, migrations)?;
        Ok(SqliteStore { conn, location })
    }

    /// Where the store lives: its file path, or `:memory:`.
    pub fn location(&self) -> &Path {
        &self.location
    }

    /// The schema version of the open store.
    pub fn schema_version(&self) -> Result<u32, StoreError> {
        user_version(&self.conn).map_err(backend(&self.location, "reading the schema version"))
    }

    /// Closes the store, reporting any error SQLite meets while doing so (dropping the
    /// store also closes it, silently).
    pub fn close(self) -> Result<(), StoreError> {
        let SqliteStore { conn, location } = self;
        conn.close()
            .map_err(|(_, e)| backend(&location, "closing the store")(e))
    }

    /// The documents among `ids` with no row in `table` (a per-document stage output table:
    /// `document_entities`, `document_events`) from `pipeline` or newer.
    fn missing_in(
        &self,
        table: &'static str,
        ids: &[DocId],
        pipeline: u32,
    ) -> Result<Vec<DocId>, StoreError> {
        let read = || backend(&self.location, "looking up analysed documents");
        let mut stmt = self
            .conn
            .prepare_cached(&format!(
                "SELECT 1 FROM {table} WHERE doc_id = ?1 AND pipeline >= ?2"
            ))
            .map_err(read())?;
        let mut missing = Vec::new();
        for id in ids {
            if !stmt
                .exists(params![id.as_str(), i64::from(pipeline)])
                .map_err(read())?
            {
                missing.push(id.clone());
            }
        }
        Ok(missing)
    }

    /// The stage output stored for one document in `table`, if any.
    fn document_json<T: serde::de::DeserializeOwned>(
        &self,
        table: &'static str,
        doc_id: &DocId,
    ) -> Result<Option<T>, StoreError> {
        let json: Option<String> = self
            .conn
            .query_row(
                &format!("SELECT json FROM {table} WHERE doc_id = ?1"),
                params![doc_id.as_str()],
                |r| r.get(0),
            )
            .optional()
            .map_err(backend(&self.location, "reading a document's analysis"))?;
        json.map(|j| {
            serde_json::from_str(&j).map_err(|e| StoreError::CorruptRecord {
                store: self.location.clone(),
                id: doc_id.to_string(),
                reason: e.to_string(),
            })
        })
        .transpose()
    }

    fn summary_from_row(&self, row: &rusqlite::Row<'_>) -> Result<DocSummary, StoreError> {
        let read = backend(&self.location, "reading a document listing");
        let id: String = row.get(0).map_err(read)?;
        let get = |i: usize| -> Result<Value, StoreError> {
            row.get::<_, Value>(i)
                .map_err(backend(&self.location, "reading a document listing"))
        };
        let text = |v: Value| match v {
            Value::Text(s) => Some(s),
            _ => None,
        };
        let count = |v: Value| match v {
            Value::Integer(n) => usize::try_from(n).ok(),
            _ => None,
        };
        let corrupt = |what: &str| StoreError::CorruptRecord {
            store: self.location.clone(),
            id: id.clone(),
            reason: format!("bad {what} column"),
        };
        let format_text = text(get(6)?).ok_or_else(|| corrupt("source_format"))?;
        Ok(DocSummary {
            id: DocId(id.clone()),
            headline: text(get(1)?),
            outlet: text(get(2)?),
            published: text(get(3)?),
            language: text(get(4)?).ok_or_else(|| corrupt("language"))?,
            source_path: text(get(5)?).ok_or_else(|| corrupt("source_path"))?,
            format: parse_format(&format_text).ok_or_else(|| corrupt("source_format"))?,
            body_len: count(get(7)?).ok_or_else(|| corrupt("body_len"))?,
            n_sentences: count(get(8)?).ok_or_else(|| corrupt("n_sentences"))?,
        })
    }
}

fn user_version(conn: &Connection) -> rusqlite::Result<u32> {
    let v: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    // user_version is a signed 32-bit header field; a negative one is no version of ours.
    Ok(u32::try_from(v).unwrap_or(u32::MAX))
}

/// Applies the missing migration steps in one transaction and records the new version.
fn migrate(
    conn: &mut Connection,
    location: &Path,
    migrations: &[Migration],
) -> Result<(), StoreError> {
    let fail = |e| open_failure(location, e);
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(fail)?;
    // Read again under the write lock: another process may have migrated meanwhile.
    let version = user_version(&tx).map_err(fail)?;
    let supported = migrations.len() as u32;
    if version > supported {
        return Err(StoreError::NewerSchema {
            store: location.to_path_buf(),
            found: version,
            supported,
        });
    }
    if version == supported {
        return Ok(());
    }
    for (index, step) in migrations.iter().enumerate().skip(version as usize) {
        tx.execute_batch(step)
            .map_err(|e| match e.sqlite_error_code() {
                Some(ErrorCode::ReadOnly | ErrorCode::CannotOpen | ErrorCode::PermissionDenied) => {
                    open_failure(location, e)
                }
                _ => StoreError::Migration {
                    store: location.to_path_buf(),
                    version: index as u32 + 1,
                    source: Box::new(e),
                },
            })?;
    }
    tx.pragma_update(None, "user_version", supported)
        .map_err(fail)?;
    tx.pragma_update(None, "application_id", APPLICATION_ID)
        .map_err(fail)?;
    tx.commit().map_err(fail)
}

/// Lower bound and exclusive upper bound of ids starting with a lowercase hex `prefix`:
/// every id is lowercase hex, and `g` sorts after every hex digit.
fn prefix_range(prefix: &str) -> (String, String) {
    (prefix.to_string(), format!("{prefix}g"))
}

/// Largest part of a story index snapshot in one row (SQLite refuses values over 1 GB).
const SNAPSHOT_PART_BYTES: usize = 64 << 20;

impl DocumentStore for SqliteStore {
    fn put_documents(&mut self, docs: &[Document]) -> Result<PutReport, StoreError> {
        for doc in docs {
            doc.validate()
                .map_err(|reason| StoreError::InvalidDocument {
                    id: doc.id.to_string(),
                    source_path: doc.source.path.clone(),
                    reason,
                })?;
        }
        let ingested_at = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
        let location = &self.location;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(backend(location, "starting a write transaction"))?;
        let mut report = PutReport::default();
        {
            let write = || backend(location, "writing a document");
            let mut insert_doc = tx
                .prepare_cached(
                    "INSERT INTO documents (id, headline, outlet, outlet_domain, url, published,
                         language, source_path, source_format, source_record, body_len,
                         n_sentences, ingested_at, json)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
                     ON CONFLICT (id) DO NOTHING",
                )
                .map_err(write())?;
            let mut insert_fts = tx
                .prepare_cached(
                    "INSERT INTO documents_fts (rowid, headline, body) VALUES (?1, ?2, ?3)",
                )
                .map_err(write())?;
            for doc in docs {
                let inserted = insert_doc
                    .execute(params![
                        doc.id.as_str(),
                        doc.headline,
                        doc.outlet.name,
                        doc.outlet.domain,
                        doc.url,
                        doc.published.value.map(|d| d.to_string()),
                        doc.language,
                        doc.source.path,
                        doc.source.format.as_str(),
                        doc.source
                            .record
                            .map(|r| i64::try_from(r).unwrap_or(i64::MAX)),
                        to_i64(doc.body.len()),
                        to_i64(doc.sentences.len()),
                        ingested_at,
                        doc.to_json(),
                    ])
                    .map_err(write())?;
                if inserted == 0 {
                    report.unchanged.push(doc.id.clone());
                    continue;
                }
                let seq = tx.last_insert_rowid();
                let headline = doc.headline.as_deref().unwrap_or("");
                insert_fts
                    .execute(params![
                        seq,
                        fold_for_index(headline).as_ref(),
                        fold_for_index(&doc.body).as_ref()
                    ])
                    .map_err(write())?;
                report.added.push(doc.id.clone());
            }
        }
        tx.commit()
            .map_err(backend(location, "committing a batch of documents"))?;
        Ok(report)
    }

    fn get_document(&self, id_or_prefix: &str) -> Result<Option<Document>, StoreError> {
        let wanted = id_or_prefix.trim().to_ascii_lowercase();
        let invalid = |reason: &str| StoreError::InvalidId {
            input: id_or_prefix.to_string(),
            reason: reason.to_string(),
        };
        if wanted.is_empty() || !wanted.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(invalid("document ids are hexadecimal (0-9, a-f)"));
        }
        if wanted.len() < MIN_ID_PREFIX {
            return Err(invalid(&format!(
                "give at least {MIN_ID_PREFIX} characters of the id"
            )));
        }
        let read = || backend(&self.location, "looking up a document");
        let (low, high) = prefix_range(&wanted);
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT id, json FROM documents WHERE id >= ?1 AND id < ?2 ORDER BY id LIMIT ?3",
            )
            .map_err(read())?;
        let rows: Vec<(String, String)> = stmt
            .query_map(params![low, high, to_i64(MAX_CANDIDATES + 1)], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .map_err(read())?
            .collect::<Result<_, _>>()
            .map_err(read())?;
        match rows.len() {
            0 => Ok(None),
            1 => {
                let (id, json) = &rows[0];
                Document::from_json(json)
                    .map(Some)
                    .map_err(|reason| StoreError::CorruptRecord {
                        store: self.location.clone(),
                        id: id.clone(),
                        reason,
                    })
            }
            n => Err(StoreError::AmbiguousId {
                prefix: wanted,
                candidates: rows
                    .into_iter()
                    .take(MAX_CANDIDATES)
                    .map(|(id, _)| id)
                    .collect(),
                truncated: n > MAX_CANDIDATES,
            }),
        }
    }

    fn list_documents(&self, query: &DocListQuery) -> Result<Vec<DocSummary>, StoreError> {
        let mut sql = String::from(
            "SELECT id, headline, outlet, published, language, source_path, source_format,
                    body_len, n_sentences
             FROM documents WHERE 1 = 1",
        );
        let mut args: Vec<Value> = Vec::new();
        if let Some(outlet) = &query.outlet {
            args.push(Value::Text(outlet.trim().to_string()));
            sql.push_str(&format!(" AND outlet = ?{} COLLATE NOCASE", args.len()));
        }
        if let Some(lang) = &query.lang {
            args.push(Value::Text(lang.trim().to_ascii_lowercase()));
            sql.push_str(&format!(" AND language = ?{}", args.len()));
        }
        // Dates are `YYYY[-MM[-DD]]` strings, so comparing them cut to the coarser of the two
        // precisions compares the periods they name.
        if let Some(since) = &query.since {
            args.push(Value::Text(since.to_string()));
            sql.push_str(&format!(
                " AND published IS NOT NULL AND substr(?{0}, 1, length(published)) <= published",
                args.len()
            ));
        }
        if let Some(until) = &query.until {
            args.push(Value::Text(until.to_string()));
            sql.push_str(&format!(
                " AND published IS NOT NULL AND substr(published, 1, length(?{0})) <= ?{0}",
                args.len()
            ));
        }
        args.push(Value::Integer(to_i64(query.limit)));
        args.push(Value::Integer(to_i64(query.offset)));
        sql.push_str(&format!(
            " ORDER BY published DESC, seq DESC LIMIT ?{} OFFSET ?{}",
            args.len() - 1,
            args.len()
        ));
        let read = || backend(&self.location, "listing documents");
        let mut stmt = self.conn.prepare_cached(&sql).map_err(read())?;
        let mut rows = stmt.query(params_from_iter(args)).map_err(read())?;
        let mut out = Vec::new();
        while let Some(row) = rows.next().map_err(read())? {
            out.push(self.summary_from_row(row)?);
        }
        Ok(out)
    }

    fn count_documents(&self) -> Result<u64, StoreError> {
        let n: i64 = self
            .conn
            .query_row("SELECT count(*) FROM documents", [], |r| r.get(0))
            .map_err(backend(&self.location, "counting documents"))?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    fn search(&self, query: &str, limit: usize) -> Result<Vec<SearchHit>, StoreError> {
        let Some(expression) = to_fts_match(query) else {
            return Ok(Vec::new());
        };
        if limit == 0 {
            return Ok(Vec::new());
        }
        let read = || backend(&self.location, "searching");
        let sql = format!(
            "SELECT d.id, d.headline, d.outlet,
                    snippet(documents_fts, -1, ?3, ?4, ?5, {SNIPPET_TOKENS}),
                    bm25(documents_fts, {HEADLINE_WEIGHT:.1}, 1.0) AS rank
             FROM documents_fts JOIN documents AS d ON d.seq = documents_fts.rowid
             WHERE documents_fts MATCH ?1
             ORDER BY rank, d.seq
             LIMIT ?2"
        );
        let mut stmt = self.conn.prepare_cached(&sql).map_err(read())?;
        let hits = stmt
            .query_map(
                params![
                    expression,
                    to_i64(limit),
                    SNIPPET_MATCH_START,
                    SNIPPET_MATCH_END,
                    SNIPPET_ELLIPSIS
                ],
                |r| {
                    let rank: f64 = r.get(4)?;
                    Ok(SearchHit {
                        doc_id: DocId(r.get(0)?),
                        headline: r.get(1)?,
                        outlet: r.get(2)?,
                        snippet: r.get::<_, Option<String>>(3)?.unwrap_or_default(),
                        score: -rank,
                    })
                },
            )
            .map_err(read())?
            .collect::<Result<Vec<_>, _>>()
            .map_err(read())?;
        Ok(hits)
    }

    fn put_entities(
        &mut self,
        batch: &[DocumentEntities],
        pipeline: u32,
    ) -> Result<(), StoreError> {
        let location = &self.location;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(backend(location, "starting a write transaction"))?;
        {
            let write = || backend(location, "writing entities");
            let mut exists = tx
                .prepare_cached("SELECT 1 FROM documents WHERE id = ?1")
                .map_err(write())?;
            let mut clear = tx
                .prepare_cached("DELETE FROM entities WHERE doc_id = ?1")
                .map_err(write())?;
            let mut put_doc = tx
                .prepare_cached(
                    "INSERT INTO document_entities (doc_id, pipeline, json) VALUES (?1, ?2, ?3)
                     ON CONFLICT (doc_id) DO UPDATE SET pipeline = excluded.pipeline,
                         json = excluded.json",
                )
                .map_err(write())?;
            let mut put_entity = tx
                .prepare_cached(
                    "INSERT INTO entities (doc_id, n, type, name, country, sector, json)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                )
                .map_err(write())?;
            for analysis in batch {
                let id = analysis.doc_id.as_str();
                if !exists.exists(params![id]).map_err(write())? {
                    return Err(StoreError::UnknownDocument {
                        store: location.clone(),
                        id: id.to_string(),
                    });
                }
                clear.execute(params![id]).map_err(write())?;
                let json =
                    serde_json::to_string(analysis).map_err(|e| StoreError::CorruptRecord {
                        store: location.clone(),
                        id: id.to_string(),
                        reason: e.to_string(),
                    })?;
                put_doc
                    .execute(params![id, i64::from(pipeline), json])
                    .map_err(write())?;
                for (n, entity) in analysis.entities.iter().enumerate() {
                    let json =
                        serde_json::to_string(entity).map_err(|e| StoreError::CorruptRecord {
                            store: location.clone(),
                            id: id.to_string(),
                            reason: e.to_string(),
                        })?;
                    put_entity
                        .execute(params![
                            id,
                            to_i64(n),
                            entity.kind.as_str(),
                            entity.name,
                            entity.country,
                            entity.sector,
                            json
                        ])
                        .map_err(write())?;
                }
            }
        }
        tx.commit()
            .map_err(backend(location, "committing a batch of entities"))
    }

    fn missing_entities(&self, ids: &[DocId], pipeline: u32) -> Result<Vec<DocId>, StoreError> {
        self.missing_in("document_entities", ids, pipeline)
    }

    fn get_entities(&self, doc_id: &DocId) -> Result<Option<DocumentEntities>, StoreError> {
        self.document_json("document_entities", doc_id)
    }

    fn list_entities(&self, query: &EntityQuery) -> Result<Vec<Entity>, StoreError> {
        let mut sql = String::from(
            "SELECT e.doc_id, e.json FROM entities e JOIN documents d ON d.id = e.doc_id WHERE 1 = 1",
        );
        let mut args: Vec<Value> = Vec::new();
        if let Some(kind) = query.kind {
            sql.push_str(" AND e.type = ?");
            args.push(Value::Text(kind.as_str().to_string()));
        }
        if let Some(doc) = &query.doc_id {
            sql.push_str(" AND e.doc_id = ?");
            args.push(Value::Text(doc.to_string()));
        }
        if let Some(name) = &query.name {
            // Names are matched in the JSON's `names` list as well as the canonical name.
            sql.push_str(" AND (instr(lower(e.json), lower(?)) > 0)");
            args.push(Value::Text(name.clone()));
        }
        sql.push_str(" ORDER BY d.seq, e.n LIMIT ? OFFSET ?");
        args.push(Value::Integer(to_i64(query.limit)));
        args.push(Value::Integer(to_i64(query.offset)));
        let read = || backend(&self.location, "listing entities");
        let mut stmt = self.conn.prepare(&sql).map_err(read())?;
        let rows = stmt
            .query_map(params_from_iter(args), |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
            })
            .map_err(read())?;
        let mut out = Vec::new();
        for row in rows {
            let (doc_id, json) = row.map_err(read())?;
            let entity: Entity =
                serde_json::from_str(&json).map_err(|e| StoreError::CorruptRecord {
                    store: self.location.clone(),
                    id: doc_id,
                    reason: e.to_string(),
                })?;
            if let Some(name) = &query.name {
                let wanted = name.to_lowercase();
                if !entity
                    .names
                    .iter()
                    .any(|n| n.to_lowercase().contains(&wanted))
                    && !entity.name.to_lowercase().contains(&wanted)
                {
                    continue;
                }
            }
            out.push(entity);
        }
        Ok(out)
    }

    fn put_events(&mut self, batch: &[DocumentEvents], pipeline: u32) -> Result<(), StoreError> {
        let location = &self.location;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(backend(location, "starting a write transaction"))?;
        {
            let write = || backend(location, "writing events");
            let corrupt = |id: &str, e: serde_json::Error| StoreError::CorruptRecord {
                store: location.clone(),
                id: id.to_string(),
                reason: e.to_string(),
            };
            let mut exists = tx
                .prepare_cached("SELECT 1 FROM documents WHERE id = ?1")
                .map_err(write())?;
            let mut clear = tx
                .prepare_cached("DELETE FROM events WHERE doc_id = ?1")
                .map_err(write())?;
            let mut put_doc = tx
                .prepare_cached(
                    "INSERT INTO document_events (doc_id, pipeline, json) VALUES (?1, ?2, ?3)
                     ON CONFLICT (doc_id) DO UPDATE SET pipeline = excluded.pipeline,
                         json = excluded.json",
                )
                .map_err(write())?;
            let mut put_event = tx
                .prepare_cached(
                    "INSERT INTO events (doc_id, n, type, date, json) VALUES (?1, ?2, ?3, ?4, ?5)",
                )
                .map_err(write())?;
            for coded in batch {
                let id = coded.doc_id.as_str();
                if !exists.exists(params![id]).map_err(write())? {
                    return Err(StoreError::UnknownDocument {
                        store: location.clone(),
                        id: id.to_string(),
                    });
                }
                clear.execute(params![id]).map_err(write())?;
                let json = serde_json::to_string(coded).map_err(|e| corrupt(id, e))?;
                put_doc
                    .execute(params![id, i64::from(pipeline), json])
                    .map_err(write())?;
                for (n, event) in coded.events.iter().enumerate() {
                    let json = serde_json::to_string(event).map_err(|e| corrupt(id, e))?;
                    let kind = event.event_type.clone().or_else(|| event.kind.clone());
                    let date = event.date.as_ref().map(|d| d.value.to_string());
                    put_event
                        .execute(params![id, to_i64(n), kind, date, json])
                        .map_err(write())?;
                }
            }
        }
        tx.commit()
            .map_err(backend(location, "committing a batch of events"))
    }

    fn missing_events(&self, ids: &[DocId], pipeline: u32) -> Result<Vec<DocId>, StoreError> {
        self.missing_in("document_events", ids, pipeline)
    }

    fn get_events(&self, doc_id: &DocId) -> Result<Option<DocumentEvents>, StoreError> {
        self.document_json("document_events", doc_id)
    }

    fn list_events(&self, query: &EventQuery) -> Result<Vec<Event>, StoreError> {
        let mut sql = String::from(
            "SELECT e.doc_id, e.json FROM events e JOIN documents d ON d.id = e.doc_id WHERE 1 = 1",
        );
        let mut args: Vec<Value> = Vec::new();
        if let Some(t) = &query.event_type {
            sql.push_str(" AND upper(e.type) = upper(?)");
            args.push(Value::Text(t.clone()));
        }
        if let Some(doc) = &query.doc_id {
            sql.push_str(" AND e.doc_id = ?");
            args.push(Value::Text(doc.to_string()));
        }
        // Partial dates compare as text: "2025-07" >= "2025-07" and "2025-07-18" <= "2025-07~".
        if let Some(since) = &query.since {
            sql.push_str(" AND e.date IS NOT NULL AND e.date >= ?");
            args.push(Value::Text(since.clone()));
        }
        if let Some(until) = &query.until {
            sql.push_str(" AND e.date IS NOT NULL AND e.date <= ?");
            args.push(Value::Text(format!("{until}~")));
        }
        sql.push_str(" ORDER BY d.seq, e.n");
        let read = || backend(&self.location, "listing events");
        let mut stmt = self.conn.prepare(&sql).map_err(read())?;
        let rows = stmt
            .query_map(params_from_iter(args), |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
            })
            .map_err(read())?;
        let actor = query.actor.as_ref().map(|a| a.to_lowercase());
        let place = query.place.as_ref().map(|p| p.to_lowercase());
        let mut out = Vec::new();
        let mut skipped = 0;
        for row in rows {
            let (doc_id, json) = row.map_err(read())?;
            let event: Event =
                serde_json::from_str(&json).map_err(|e| StoreError::CorruptRecord {
                    store: self.location.clone(),
                    id: doc_id,
                    reason: e.to_string(),
                })?;
            if let Some(a) = &actor {
                if !event
                    .actors
                    .iter()
                    .any(|x| x.name.to_lowercase().contains(a.as_str()))
                {
                    continue;
                }
            }
            if let Some(p) = &place {
                let Some(ep) = &event.place else { continue };
                let hay = [Some(&ep.name), ep.city.as_ref(), ep.country.as_ref()];
                if !hay
                    .iter()
                    .flatten()
                    .any(|h| h.to_lowercase().contains(p.as_str()))
                {
                    continue;
                }
            }
            if skipped < query.offset {
                skipped += 1;
                continue;
            }
            if out.len() >= query.limit {
                break;
            }
            out.push(event);
        }
        Ok(out)
    }

    fn put_story_memberships(
        &mut self,
        rows: &[StoryMembership],
        merged: &[(String, String)],
        pipeline: u32,
    ) -> Result<(), StoreError> {
        let location = &self.location;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(backend(location, "starting a write transaction"))?;
        {
            let write = || backend(location, "writing story memberships");
            let mut rename = tx
                .prepare_cached("UPDATE document_stories SET story_id = ?2 WHERE story_id = ?1")
                .map_err(write())?;
            for (from, into) in merged {
                rename.execute(params![from, into]).map_err(write())?;
            }
            let mut exists = tx
                .prepare_cached("SELECT 1 FROM documents WHERE id = ?1")
                .map_err(write())?;
            let next_seq: i64 = tx
                .query_row(
                    "SELECT COALESCE(MAX(seq), -1) + 1 FROM document_stories",
                    [],
                    |r| r.get(0),
                )
                .map_err(write())?;
            let mut put = tx
                .prepare_cached(
                    "INSERT INTO document_stories
                         (doc_id, seq, pipeline, story_id, near_duplicate_of, features)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                     ON CONFLICT (doc_id) DO UPDATE SET pipeline = excluded.pipeline,
                         story_id = excluded.story_id,
                         near_duplicate_of = excluded.near_duplicate_of,
                         features = excluded.features",
                )
                .map_err(write())?;
            for (i, row) in rows.iter().enumerate() {
                let id = row.doc_id.as_str();
                if !exists.exists(params![id]).map_err(write())? {
                    return Err(StoreError::UnknownDocument {
                        store: location.clone(),
                        id: id.to_string(),
                    });
                }
                put.execute(params![
                    id,
                    next_seq + to_i64(i),
                    i64::from(pipeline),
                    row.story_id,
                    row.near_duplicate_of.as_ref().map(|d| d.as_str()),
                    row.features
                ])
                .map_err(write())?;
            }
        }
        tx.commit()
            .map_err(backend(location, "committing story memberships"))
    }

    fn missing_stories(&self, ids: &[DocId], pipeline: u32) -> Result<Vec<DocId>, StoreError> {
        self.missing_in("document_stories", ids, pipeline)
    }

    fn put_story_snapshot(&mut self, pipeline: u32, bytes: &[u8]) -> Result<(), StoreError> {
        let location = &self.location;
        let write = || backend(location, "writing the story index snapshot");
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(backend(location, "starting a write transaction"))?;
        tx.execute(
            "DELETE FROM story_snapshots WHERE pipeline = ?1",
            params![i64::from(pipeline)],
        )
        .map_err(write())?;
        {
            let mut put = tx
                .prepare_cached(
                    "INSERT INTO story_snapshots (pipeline, part, bytes) VALUES (?1, ?2, ?3)",
                )
                .map_err(write())?;
            for (i, part) in bytes.chunks(SNAPSHOT_PART_BYTES).enumerate() {
                put.execute(params![i64::from(pipeline), to_i64(i), part])
                    .map_err(write())?;
            }
        }
        tx.commit()
            .map_err(backend(location, "committing the story index snapshot"))
    }

    fn story_snapshot(&self, pipeline: u32) -> Result<Option<Vec<u8>>, StoreError> {
        let read = || backend(&self.location, "reading the story index snapshot");
        let mut stmt = self
            .conn
            .prepare_cached("SELECT bytes FROM story_snapshots WHERE pipeline = ?1 ORDER BY part")
            .map_err(read())?;
        let mut rows = stmt.query(params![i64::from(pipeline)]).map_err(read())?;
        let mut out: Option<Vec<u8>> = None;
        while let Some(row) = rows.next().map_err(read())? {
            let part: Vec<u8> = row.get(0).map_err(read())?;
            out.get_or_insert_with(Vec::new).extend_from_slice(&part);
        }
        Ok(out)
    }

    fn story_memberships(&self, story: Option<&str>) -> Result<Vec<StoryMembership>, StoreError> {
        let read = || backend(&self.location, "reading story memberships");
        let sql = match story {
            Some(_) => {
                "SELECT doc_id, story_id, near_duplicate_of, features FROM document_stories
                 WHERE story_id = ?1 ORDER BY seq"
            }
            None => {
                "SELECT doc_id, story_id, near_duplicate_of, features FROM document_stories
                 WHERE ?1 IS NULL ORDER BY seq"
            }
        };
        let mut stmt = self.conn.prepare_cached(sql).map_err(read())?;
        let rows = stmt
            .query_map(params![story], |r| {
                Ok(StoryMembership {
                    doc_id: DocId(r.get(0)?),
                    story_id: r.get(1)?,
                    near_duplicate_of: r.get::<_, Option<String>>(2)?.map(DocId),
                    features: r.get(3)?,
                })
            })
            .map_err(read())?;
        rows.collect::<Result<Vec<_>, _>>().map_err(read())
    }

    fn story_of(&self, doc_id: &DocId) -> Result<Option<String>, StoreError> {
        self.conn
            .query_row(
                "SELECT story_id FROM document_stories WHERE doc_id = ?1",
                params![doc_id.as_str()],
                |r| r.get(0),
            )
            .optional()
            .map_err(backend(&self.location, "reading a document's story"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_model::{DatedValue, Outlet, SourceRef, SCHEMA_VERSION};

    fn document(body: &str) -> Document {
        Document {
            schema_version: SCHEMA_VERSION,
            id: DocId::for_body(body),
            source: SourceRef {
                path: "fixtures/migration.txt".into(),
                format: SourceFormat::Text,
                record: Some(3),
            },
            outlet: Outlet::default(),
            url: None,
            headline: Some("Migration test".into()),
            byline: None,
            published: DatedValue::unknown(),
            published_evidence: None,
            crawled: None,
            language: "en".into(),
            body: body.to_string(),
            paragraphs: vec![],
            sentences: vec![],
            embedded_posts: vec![],
            removed: vec![],
            warnings: vec![],
        }
    }

    /// A step a later version might add.
    /// A step appended after every real one, as a future build would.
    const NEXT_STEP: Migration =
        "CREATE TABLE widgets (id INTEGER PRIMARY KEY, name TEXT NOT NULL);";

    fn table_exists(store: &SqliteStore, name: &str) -> bool {
        store
            .conn
            .query_row(
                "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?1",
                [name],
                |r| r.get::<_, i64>(0),
            )
            .unwrap()
            == 1
    }

    #[test]
    fn a_story_snapshot_is_kept_whole_per_version_and_replaced() {
        let mut store = SqliteStore::open_in_memory().unwrap();
        assert_eq!(store.story_snapshot(4).unwrap(), None);
        // Larger than one part: read back whole, in order.
        let big: Vec<u8> = (0..SNAPSHOT_PART_BYTES + 3)
            .map(|i| (i % 251) as u8)
            .collect();
        store.put_story_snapshot(4, &big).unwrap();
        store.put_story_snapshot(5, b"five").unwrap();
        assert_eq!(store.story_snapshot(4).unwrap().as_deref(), Some(&big[..]));
        store.put_story_snapshot(4, b"smaller").unwrap();
        assert_eq!(
            store.story_snapshot(4).unwrap().as_deref(),
            Some(&b"smaller"[..])
        );
        assert_eq!(
            store.story_snapshot(5).unwrap().as_deref(),
            Some(&b"five"[..])
        );
    }

    #[test]
    fn story_memberships_keep_arrival_order_and_follow_merges() {
        let mut store = SqliteStore::open_in_memory().unwrap();
        let docs: Vec<Document> = [
            "Arnor's envoy reached Minas Tirith.",
            "Gondor received the envoy of Arnor.",
            "Rohan mustered its riders at Edoras.",
        ]
        .iter()
        .map(|b| document(b))
        .collect();
        store.put_documents(&docs).unwrap();
        let row = |d: &Document, story: &str| StoryMembership {
            doc_id: d.id.clone(),
            story_id: story.to_string(),
            near_duplicate_of: None,
            features: "{}".to_string(),
        };
        store
            .put_story_memberships(&[row(&docs[0], "s:a"), row(&docs[2], "s:c")], &[], 1)
            .unwrap();
        assert_eq!(
            store
                .missing_stories(&[docs[0].id.clone(), docs[1].id.clone()], 1)
                .unwrap(),
            vec![docs[1].id.clone()]
        );
        let mut bridge = row(&docs[1], "s:a");
        bridge.near_duplicate_of = Some(docs[0].id.clone());
        store
            .put_story_memberships(&[bridge], &[("s:c".to_string(), "s:a".to_string())], 1)
            .unwrap();
        let all = store.story_memberships(None).unwrap();
        let ids: Vec<&DocId> = all.iter().map(|m| &m.doc_id).collect();
        assert_eq!(ids, vec![&docs[0].id, &docs[2].id, &docs[1].id]);
        assert!(all.iter().all(|m| m.story_id == "s:a"));
        assert_eq!(store.story_memberships(Some("s:a")).unwrap().len(), 3);
        assert_eq!(store.story_memberships(Some("s:c")).unwrap().len(), 0);
        assert_eq!(store.story_of(&docs[1].id).unwrap().as_deref(), Some("s:a"));
        assert_eq!(all[2].near_duplicate_of.as_ref(), Some(&docs[0].id));
        let ghost = document("Nobody stored this one.");
        assert!(store
            .put_story_memberships(&[row(&ghost, "s:x")], &[], 1)
            .is_err());
    }

    #[test]
    fn an_old_store_is_migrated_and_keeps_its_data() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.db");
        let doc = document("Arnor's archive moved to Fornost.");
        {
            let mut old = SqliteStore::open_with_migrations(&path, &MIGRATIONS[..1]).unwrap();
            assert_eq!(old.schema_version().unwrap(), 1);
            old.put_documents(std::slice::from_ref(&doc)).unwrap();
        }
        let steps: Vec<Migration> = MIGRATIONS.iter().copied().chain([NEXT_STEP]).collect();
        let new = SqliteStore::open_with_migrations(&path, &steps).unwrap();
        assert_eq!(new.schema_version().unwrap(), steps.len() as u32);
        assert!(table_exists(&new, "entities"));
        assert!(table_exists(&new, "widgets"));
        assert_eq!(new.get_document(doc.id.as_str()).unwrap(), Some(doc));
        assert_eq!(new.search("Fornost", 5).unwrap().len(), 1);
        drop(new);
        // Reopening at the newest version applies nothing again.
        let again = SqliteStore::open_with_migrations(&path, &steps).unwrap();
        assert_eq!(again.schema_version().unwrap(), steps.len() as u32);
        drop(again);
        // The build that knows only version 1 now refuses the file.
        let err = SqliteStore::open_with_migrations(&path, &MIGRATIONS[..1]).unwrap_err();
        assert!(matches!(err, StoreError::NewerSchema { supported: 1, .. }));
    }

    #[test]
    fn a_fresh_store_gets_every_step() {
        let store = SqliteStore::open_in_memory().unwrap();
        assert_eq!(store.schema_version().unwrap(), SqliteStore::SCHEMA_VERSION);
        assert!(table_exists(&store, "documents"));
        assert!(table_exists(&store, "documents_fts"));
        let app: i32 = store
            .conn
            .pragma_query_value(None, "application_id", |r| r.get(0))
            .unwrap();
        assert_eq!(app, APPLICATION_ID);
    }

    #[test]
    fn a_failing_step_leaves_the_store_at_its_old_version() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("store.db");
        let doc = document("Minas Anor kept its records.");
        {
            let mut store = SqliteStore::open_with_migrations(&path, MIGRATIONS).unwrap();
            store.put_documents(std::slice::from_ref(&doc)).unwrap();
        }
        let broken: Vec<Migration> = MIGRATIONS
            .iter()
            .copied()
            .chain([NEXT_STEP, "CREATE TABLE events (oops"])
            .collect();
        let err = SqliteStore::open_with_migrations(&path, &broken).unwrap_err();
        match &err {
            StoreError::Migration { version, .. } => {
                assert_eq!(*version as usize, MIGRATIONS.len() + 2)
            }
            other => panic!("{other:?}"),
        }
        assert!(err.to_string().contains("store.db"), "{err}");
        let store = SqliteStore::open_with_migrations(&path, MIGRATIONS).unwrap();
        assert_eq!(store.schema_version().unwrap(), SqliteStore::SCHEMA_VERSION);
        assert!(!table_exists(&store, "widgets"));
        assert_eq!(store.get_document(doc.id.as_str()).unwrap(), Some(doc));
    }

    #[test]
    fn a_version_zero_store_is_migrated_from_scratch() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("v0.db");
        drop(SqliteStore::open_with_migrations(&path, &[]).unwrap());
        let store = SqliteStore::open(&path).unwrap();
        assert_eq!(store.schema_version().unwrap(), SqliteStore::SCHEMA_VERSION);
        assert_eq!(store.count_documents().unwrap(), 0);
    }

    #[test]
    fn a_damaged_record_is_reported_by_id() {
        let mut store = SqliteStore::open_in_memory().unwrap();
        let doc = document("Rivendell sent no reply.");
        store.put_documents(std::slice::from_ref(&doc)).unwrap();
        store
            .conn
            .execute("UPDATE documents SET json = '{}'", [])
            .unwrap();
        let err = store.get_document(doc.id.as_str()).unwrap_err();
        assert!(matches!(err, StoreError::CorruptRecord { .. }));
        assert!(err.to_string().contains(doc.id.as_str()), "{err}");
    }
}
