//! The `documents` table and its full-text index: storing a batch of documents (each row
//! with its FTS5 row, in one transaction), looking one up by id or id prefix, listing and
//! counting them. Searching the index is in [`super::search`].

use super::generation;
use super::handle::{backend, to_i64, SqliteStore};
use crate::error::StoreError;
use crate::query::fold_for_index;
use crate::records::{DocListQuery, DocSummary, PutReport, MIN_ID_PREFIX};
use dossier_model::{DocId, Document, SourceFormat};
use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, TransactionBehavior};

/// Most ambiguous candidates listed in [`StoreError::AmbiguousId`].
const MAX_CANDIDATES: usize = 10;

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

fn summary_from_row(
    store: &SqliteStore,
    row: &rusqlite::Row<'_>,
) -> Result<DocSummary, StoreError> {
    let read = backend(&store.location, "reading a document listing");
    let id: String = row.get(0).map_err(read)?;
    let get = |i: usize| -> Result<Value, StoreError> {
        row.get::<_, Value>(i)
            .map_err(backend(&store.location, "reading a document listing"))
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
        store: store.location.clone(),
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
/// Lower bound and exclusive upper bound of ids starting with a lowercase hex `prefix`:
/// every id is lowercase hex, and `g` sorts after every hex digit.
fn prefix_range(prefix: &str) -> (String, String) {
    (prefix.to_string(), format!("{prefix}g"))
}

pub(super) fn put(store: &mut SqliteStore, docs: &[Document]) -> Result<PutReport, StoreError> {
    for doc in docs {
        doc.validate()
            .map_err(|reason| StoreError::InvalidDocument {
                id: doc.id.to_string(),
                source_path: doc.source.path.clone(),
                reason,
            })?;
    }
    let ingested_at = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    let location = &store.location;
    let tx = store
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
            .prepare_cached("INSERT INTO documents_fts (rowid, headline, body) VALUES (?1, ?2, ?3)")
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
    if !report.added.is_empty() {
        generation::raise(&tx, location)?;
    }
    tx.commit()
        .map_err(backend(location, "committing a batch of documents"))?;
    Ok(report)
}

pub(super) fn get(store: &SqliteStore, id_or_prefix: &str) -> Result<Option<Document>, StoreError> {
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
    let read = || backend(&store.location, "looking up a document");
    let (low, high) = prefix_range(&wanted);
    let mut stmt = store
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
                    store: store.location.clone(),
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

pub(super) fn list(
    store: &SqliteStore,
    query: &DocListQuery,
) -> Result<Vec<DocSummary>, StoreError> {
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
    let read = || backend(&store.location, "listing documents");
    let mut stmt = store.conn.prepare_cached(&sql).map_err(read())?;
    let mut rows = stmt.query(params_from_iter(args)).map_err(read())?;
    let mut out = Vec::new();
    while let Some(row) = rows.next().map_err(read())? {
        out.push(summary_from_row(store, row)?);
    }
    Ok(out)
}

pub(super) fn count(store: &SqliteStore) -> Result<u64, StoreError> {
    let n: i64 = store
        .conn
        .query_row("SELECT count(*) FROM documents", [], |r| r.get(0))
        .map_err(backend(&store.location, "counting documents"))?;
    Ok(u64::try_from(n).unwrap_or(0))
}
