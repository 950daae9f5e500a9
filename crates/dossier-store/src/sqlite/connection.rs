//! Opening a [`SqliteStore`]: checking that the file is a dossier store, setting the
//! connection up (WAL journal, busy timeout, foreign keys) and migrating its schema
//! (`PRAGMA user_version`, see [`crate::schema`]). Kept apart from the tables' reads and
//! writes, which assume an open, current store.

use super::handle::{backend, SqliteStore};
use crate::error::StoreError;
use crate::schema::{Migration, APPLICATION_ID, MIGRATIONS};
use rusqlite::{Connection, ErrorCode, OpenFlags, TransactionBehavior};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How long a call waits for another process's write lock before failing.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// The location shown in errors of an in-memory store.
const IN_MEMORY: &str = ":memory:";

/// Maps a failure while opening or preparing the file to a clear error.
pub(super) fn open_failure(store: &Path, e: rusqlite::Error) -> StoreError {
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

    /// Opens an existing store file for reading only, as one of several readers beside a
    /// writer (in this process or another). Nothing in the file is changed: the store must
    /// exist and already have this build's schema (opening it once with [`SqliteStore::open`]
    /// migrates it). Every write through the handle fails.
    pub fn open_read_only(path: impl AsRef<Path>) -> Result<Self, StoreError> {
        let path = path.as_ref();
        check_path(path)?;
        if !path.is_file() {
            return Err(StoreError::Open {
                store: path.to_path_buf(),
                reason: "the file does not exist (a read-only store is never created)".into(),
            });
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(|e| open_failure(path, e))?;
        let fail = |e| open_failure(path, e);
        conn.busy_timeout(BUSY_TIMEOUT).map_err(fail)?;
        let application_id: i32 = conn
            .pragma_query_value(None, "application_id", |r| r.get(0))
            .map_err(fail)?;
        if application_id != APPLICATION_ID {
            return Err(StoreError::NotAStore {
                store: path.to_path_buf(),
                reason: format!(
                    "it has no dossier application id (application_id {application_id:#x})"
                ),
            });
        }
        let version = user_version(&conn).map_err(fail)?;
        let supported = Self::SCHEMA_VERSION;
        if version > supported {
            return Err(StoreError::NewerSchema {
                store: path.to_path_buf(),
                found: version,
                supported,
            });
        }
        if version < supported {
            return Err(StoreError::Open {
                store: path.to_path_buf(),
                reason: format!(
                    "its schema version {version} is older than this build's {supported}, and a \
                     read-only handle cannot migrate it; open it once for writing first"
                ),
            });
        }
        Ok(SqliteStore {
            conn,
            location: path.to_path_buf(),
        })
    }

    pub(super) fn open_with_migrations(
        path: &Path,
        migrations: &[Migration],
    ) -> Result<Self, StoreError> {
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

    /// The schema version of the open store.
    pub fn schema_version(&self) -> Result<u32, StoreError> {
        user_version(&self.conn).map_err(backend(&self.location, "reading the schema version"))
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
