//! A small pool of read-only store handles, written by hand over `std::sync` (the r2d2 SQLite
//! adapter targets an older rusqlite than the store's). Requests take a handle, read through
//! it, and give it back when the guard drops; at most `max` handles are open at once, opened
//! on first need, and a request that finds them all busy waits for one.

use dossier_store::{StoreError, StoreReader};
use std::ops::Deref;
use std::path::PathBuf;
use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::Duration;

/// A read-only store handle as the pool keeps it.
pub type Reader = Box<dyn StoreReader + Send>;

/// Opens one more read-only handle on the store.
pub type ReaderOpener = Box<dyn Fn() -> Result<Reader, StoreError> + Send + Sync>;

/// How long a request waits for a busy pool before it gives up.
const WAIT_FOR_READER: Duration = Duration::from_secs(30);

/// The pool's handles.
struct Handles {
    /// Open handles nobody holds.
    idle: Vec<Reader>,
    /// Handles open or being opened, held or idle.
    open: usize,
}

/// At most `max` read-only handles on one store, shared by the requests.
pub struct ReaderPool {
    location: PathBuf,
    max: usize,
    opener: ReaderOpener,
    handles: Mutex<Handles>,
    returned: Condvar,
}

impl ReaderPool {
    /// A pool of at most `max` (at least 1) handles on the store at `location` (named in
    /// errors), each opened by `opener` when first needed.
    pub fn new(location: PathBuf, max: usize, opener: ReaderOpener) -> ReaderPool {
        ReaderPool {
            location,
            max: max.max(1),
            opener,
            handles: Mutex::new(Handles {
                idle: Vec::new(),
                open: 0,
            }),
            returned: Condvar::new(),
        }
    }

    /// Most handles open at once.
    pub fn max(&self) -> usize {
        self.max
    }

    fn lock(&self) -> MutexGuard<'_, Handles> {
        // The pool's counts stay whole even if a holder panicked: recover them.
        self.handles
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// A handle for one request: an idle one, a newly opened one while fewer than `max` are
    /// open, or the first one given back (waiting at most 30 seconds). Blocks: call it from a
    /// blocking thread.
    pub fn get(&self) -> Result<PooledReader<'_>, StoreError> {
        let mut handles = self.lock();
        loop {
            if let Some(reader) = handles.idle.pop() {
                return Ok(PooledReader {
                    pool: self,
                    reader: Some(reader),
                });
            }
            if handles.open < self.max {
                handles.open += 1;
                drop(handles);
                return match (self.opener)() {
                    Ok(reader) => Ok(PooledReader {
                        pool: self,
                        reader: Some(reader),
                    }),
                    Err(err) => {
                        self.lock().open -= 1;
                        self.returned.notify_one();
                        Err(err)
                    }
                };
            }
            let (next, timeout) = self
                .returned
                .wait_timeout(handles, WAIT_FOR_READER)
                .unwrap_or_else(|poisoned| poisoned.into_inner());
            handles = next;
            if timeout.timed_out() && handles.idle.is_empty() && handles.open >= self.max {
                return Err(StoreError::Backend {
                    store: self.location.clone(),
                    operation: "waiting for a free read connection",
                    source: format!(
                        "all {} read connections stayed busy for {} s",
                        self.max,
                        WAIT_FOR_READER.as_secs()
                    )
                    .into(),
                });
            }
        }
    }

    fn give_back(&self, reader: Reader) {
        self.lock().idle.push(reader);
        self.returned.notify_one();
    }
}

/// A read-only handle lent to one request; it goes back to the pool when dropped.
pub struct PooledReader<'a> {
    pool: &'a ReaderPool,
    /// Always `Some` until the guard drops.
    reader: Option<Reader>,
}

impl Deref for PooledReader<'_> {
    type Target = dyn StoreReader + Send;

    fn deref(&self) -> &Self::Target {
        match &self.reader {
            Some(reader) => reader.as_ref(),
            None => unreachable!("a pooled reader is given back only when its guard drops"),
        }
    }
}

impl Drop for PooledReader<'_> {
    fn drop(&mut self) {
        if let Some(reader) = self.reader.take() {
            self.pool.give_back(reader);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_store::SqliteStore;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;

    fn pool(max: usize, opened: Arc<AtomicUsize>) -> ReaderPool {
        ReaderPool::new(
            PathBuf::from(":memory:"),
            max,
            Box::new(move || {
                opened.fetch_add(1, Ordering::SeqCst);
                Ok(Box::new(SqliteStore::open_in_memory()?) as Reader)
            }),
        )
    }

    #[test]
    fn handles_are_opened_on_need_reused_and_never_more_than_max() {
        let opened = Arc::new(AtomicUsize::new(0));
        let pool = Arc::new(pool(2, opened.clone()));
        {
            let a = pool.get().expect("a reader");
            let b = pool.get().expect("a second reader");
            assert_eq!(a.count_documents().expect("count"), 0);
            assert_eq!(b.count_documents().expect("count"), 0);
            assert_eq!(opened.load(Ordering::SeqCst), 2);
            // A third request waits until one is given back.
            let waiter = {
                let pool = pool.clone();
                std::thread::spawn(move || pool.get().map(|r| r.count_documents().is_ok()))
            };
            std::thread::sleep(Duration::from_millis(50));
            assert!(!waiter.is_finished());
            drop(a);
            assert!(waiter.join().expect("joined").expect("a reader"));
        }
        for _ in 0..5 {
            assert!(pool.get().is_ok());
        }
        assert_eq!(opened.load(Ordering::SeqCst), 2);
    }

    #[test]
    fn a_failed_open_is_reported_and_frees_its_place() {
        let pool = ReaderPool::new(
            PathBuf::from("gondor.db"),
            1,
            Box::new(|| {
                SqliteStore::open_read_only("/nonexistent/gondor.db").map(|s| Box::new(s) as Reader)
            }),
        );
        for _ in 0..3 {
            assert!(matches!(pool.get().err(), Some(StoreError::Open { .. })));
        }
    }
}
