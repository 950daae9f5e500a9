//! The SQLite schema, as an ordered list of migration steps.
//!
//! `PRAGMA user_version` holds the number of steps applied. Opening a store applies the
//! missing steps in order, all in one transaction; a store whose version is higher than
//! [`MIGRATIONS`]`.len()` was written by a newer build and is refused. Later tables
//! (entities, events, stories, opinions, reconciliations) are added by appending steps; existing steps never change.

/// `PRAGMA application_id` of a dossier store ("DOSS" in ASCII), so that a SQLite file of
/// another program is recognised and left alone.
pub(crate) const APPLICATION_ID: i32 = 0x444F_5353;

/// One schema migration step: SQL run as a batch inside the migration transaction.
pub(crate) type Migration = &'static str;

/// Version 1: documents and their full-text index.
///
/// - `documents`: one row per document. `seq` is the ingest order (and the rowid, never
///   reused thanks to AUTOINCREMENT); `id` is the content-derived document id, unique;
///   `json` is the full versioned [`dossier_model::Document`] JSON. The other columns are
///   copies of document fields for filtering and listing without parsing the JSON.
///   `published` is the `YYYY[-MM[-DD]]` date string or NULL when unknown.
/// - `documents_fts`: FTS5 over headline and body (rowid = `documents.seq`), written in the
///   same transaction as the row. It keeps its own copy of the indexed text (with optional
///   Arabic-script marks removed) so that `snippet()` works.
const V1_DOCUMENTS: Migration = r#"
CREATE TABLE documents (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    id           TEXT    NOT NULL UNIQUE,
    headline     TEXT,
    outlet       TEXT,
    outlet_domain TEXT,
    url          TEXT,
    published    TEXT,
    language     TEXT    NOT NULL,
    source_path  TEXT    NOT NULL,
    source_format TEXT   NOT NULL,
    source_record INTEGER,
    body_len     INTEGER NOT NULL,
    n_sentences  INTEGER NOT NULL,
    ingested_at  TEXT    NOT NULL,
    json         TEXT    NOT NULL
);
CREATE INDEX documents_by_published ON documents (published DESC, seq DESC);
CREATE INDEX documents_by_outlet ON documents (outlet COLLATE NOCASE);
CREATE INDEX documents_by_language ON documents (language);
CREATE VIRTUAL TABLE documents_fts USING fts5 (
    headline,
    body,
    tokenize = 'unicode61 remove_diacritics 2'
);
"#;

/// Version 2: what the entities stage derived from each document.
///
/// - `document_entities`: one row per analysed document: the whole
///   [`dossier_model::DocumentEntities`] JSON (entities, dates, quantities) and the version of
///   the pipeline that produced it, so that a newer build can tell stale analyses.
/// - `entities`: one row per entity of a document, for listing and filtering by type and
///   name without parsing every analysis; `json` is the [`dossier_model::Entity`].
const V2_ENTITIES: Migration = r#"
CREATE TABLE document_entities (
    doc_id    TEXT    PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    pipeline  INTEGER NOT NULL,
    json      TEXT    NOT NULL
);
CREATE TABLE entities (
    doc_id    TEXT    NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    n         INTEGER NOT NULL,
    type      TEXT    NOT NULL,
    name      TEXT    NOT NULL,
    country   TEXT,
    sector    TEXT,
    json      TEXT    NOT NULL,
    PRIMARY KEY (doc_id, n)
);
CREATE INDEX entities_by_name ON entities (name COLLATE NOCASE);
CREATE INDEX entities_by_type ON entities (type, name COLLATE NOCASE);
"#;

/// Version 3: events.
/// - `document_events`: one row per coded document: the [`dossier_model::DocumentEvents`]
///   JSON and the version of the events stage that produced it.
/// - `events`: one row per event, with its type, date and the fields filters use; `json` is
///   the [`dossier_model::Event`].
const V3_EVENTS: Migration = r#"
CREATE TABLE document_events (
    doc_id    TEXT    PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    pipeline  INTEGER NOT NULL,
    json      TEXT    NOT NULL
);
CREATE TABLE events (
    doc_id    TEXT    NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    n         INTEGER NOT NULL,
    type      TEXT,
    date      TEXT,
    json      TEXT    NOT NULL,
    PRIMARY KEY (doc_id, n)
);
CREATE INDEX events_by_type ON events (type, date);
CREATE INDEX events_by_date ON events (date);
"#;

/// Version 4: stories.
/// - `document_stories`: one row per clustered document: the story it belongs to, the earlier
///   document it reprints (if any), its arrival order in the clustering (`seq`) and the JSON of
///   the features the clustering compared, so the story index can be rebuilt without re-running
///   the earlier stages.
const V4_STORIES: Migration = r#"
CREATE TABLE document_stories (
    doc_id            TEXT    PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    seq               INTEGER NOT NULL,
    pipeline          INTEGER NOT NULL,
    story_id          TEXT    NOT NULL,
    near_duplicate_of TEXT,
    features          TEXT    NOT NULL
);
CREATE INDEX document_stories_by_story ON document_stories (story_id, seq);
CREATE INDEX document_stories_by_seq ON document_stories (seq);
"#;

/// Version 5: the story index's state between runs.
/// - `story_snapshots`: the bytes of the story index (`dossier_stories::StoryIndex::to_snapshot`)
///   of one clustering version, in parts of at most 64 MB (`part` from 0), so that the next run
///   need not assign every stored article again. Derived data: dropping it costs one rebuild.
const V5_STORY_SNAPSHOTS: Migration = r#"
CREATE TABLE story_snapshots (
    pipeline INTEGER NOT NULL,
    part     INTEGER NOT NULL,
    bytes    BLOB    NOT NULL,
    PRIMARY KEY (pipeline, part)
);
"#;

/// Version 6: the opinion stage.
/// - `document_opinions`: one row per document the opinion stage has seen: its verdict on
///   every sentence ([`crate::DocumentOpinions`] JSON) and the version of the stage that
///   produced it. Documents stored before this version have no row until the next ingest run
///   that reads them analyses them; until then they read as not analysed.
const V6_OPINIONS: Migration = r#"
CREATE TABLE document_opinions (
    doc_id    TEXT    PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    pipeline  INTEGER NOT NULL,
    json      TEXT    NOT NULL
);
"#;

/// Version 7: the store's write generation.
/// - `store_generation`: one row whose `n` every write transaction raises by one (in the same
///   transaction), whichever handle or process writes. A reader that saw the same `n` before
///   sees the same content, so caches of derived views are keyed by it (the document count
///   misses writes that add no document, such as a re-analysis).
const V7_GENERATION: Migration = r#"
CREATE TABLE store_generation (
    id INTEGER PRIMARY KEY CHECK (id = 0),
    n  INTEGER NOT NULL
);
INSERT INTO store_generation (id, n) VALUES (0, 0);
"#;

/// Version 8: the reconciliation stage.
/// - `story_reconciliations`: one row per story the pipeline has reconciled: the
///   [`dossier_model::Reconciliation`] JSON of the story's documents, the version of the stage
///   that produced it, `members` (the [`crate::membership_key`] of the memberships it was
///   computed from, so a reader can tell it is current for the story's present documents) and
///   `outlets` (the independent outlets among those documents). Stores of version 7 gain the
///   empty table; their stories read as not reconciled until the next ingest run reconciles
///   them.
const V8_RECONCILIATIONS: Migration = r#"
CREATE TABLE story_reconciliations (
    story_id  TEXT    PRIMARY KEY,
    pipeline  INTEGER NOT NULL,
    members   TEXT    NOT NULL,
    outlets   INTEGER NOT NULL,
    json      TEXT    NOT NULL
);
"#;

/// All migration steps, oldest first. Step `i` brings the store to version `i + 1`.
pub(crate) const MIGRATIONS: &[Migration] = &[
    V1_DOCUMENTS,
    V2_ENTITIES,
    V3_EVENTS,
    V4_STORIES,
    V5_STORY_SNAPSHOTS,
    V6_OPINIONS,
    V7_GENERATION,
    V8_RECONCILIATIONS,
];
