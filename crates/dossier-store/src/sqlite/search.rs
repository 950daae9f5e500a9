//! Full-text search over the documents' FTS5 index: the user's query made safe
//! ([`crate::query::to_fts_match`]), ranked by BM25 with headline matches weighted up, with a
//! marked snippet per hit. Kept apart from the document rows it reads.

use super::handle::{backend, to_i64, SqliteStore};
use crate::error::StoreError;
use crate::query::to_fts_match;
use crate::records::{SearchHit, SNIPPET_ELLIPSIS, SNIPPET_MATCH_END, SNIPPET_MATCH_START};
use dossier_model::DocId;
use rusqlite::params;

/// Tokens of context in a search snippet.
const SNIPPET_TOKENS: u32 = 24;

/// BM25 weight of a headline match relative to a body match.
const HEADLINE_WEIGHT: f64 = 5.0;

pub(super) fn search(
    store: &SqliteStore,
    query: &str,
    limit: usize,
) -> Result<Vec<SearchHit>, StoreError> {
    let Some(expression) = to_fts_match(query) else {
        return Ok(Vec::new());
    };
    if limit == 0 {
        return Ok(Vec::new());
    }
    let read = || backend(&store.location, "searching");
    let sql = format!(
        "SELECT d.id, d.headline, d.outlet,
                snippet(documents_fts, -1, ?3, ?4, ?5, {SNIPPET_TOKENS}),
                bm25(documents_fts, {HEADLINE_WEIGHT:.1}, 1.0) AS rank
         FROM documents_fts JOIN documents AS d ON d.seq = documents_fts.rowid
         WHERE documents_fts MATCH ?1
         ORDER BY rank, d.seq
         LIMIT ?2"
    );
    let mut stmt = store.conn.prepare_cached(&sql).map_err(read())?;
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
