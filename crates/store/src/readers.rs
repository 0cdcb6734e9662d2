//! SQLite connections kept between reads on the hottest path, outside sqlx's pool.
//!
//! sqlx pings every connection it gets back (in a task of its own), to flush what a cancelled
//! query may have left behind. An SQLite connection is a thread, so that ping is one more
//! round trip between threads after every query, as costly as the query itself when it is a
//! short one: about a tenth of the server's time for a signed-in page view, whose one query
//! is the session's. A read that finished leaves its connection here instead, ready for the
//! next; one that failed or was cancelled drops it back into the pool, which pings it as
//! before. Reads take turns for the kept connections first come, first served, as the pool's
//! own waiters do: letting a read that just arrived take a connection that came free before
//! one that had waited in the pool's queue made the slowest 1% of signed-in page views at
//! 256 connections 2.5 times as slow (90 ms against 37). PostgreSQL connections always go
//! back to the pool, which pings them before each use too: there, the server at the far end
//! can go away.

use std::ops::{Deref, DerefMut};
use std::sync::{Mutex, PoisonError};

use sqlx::pool::PoolConnection;
use sqlx::{Any, AnyConnection};
use tokio::sync::{Semaphore, SemaphorePermit};

use crate::{Backend, Store, StoreError};

/// Connections kept for reads.
#[derive(Debug)]
pub(crate) struct KeptReaders {
    /// One permit per connection that may be kept.
    turns: Semaphore,
    /// How many: none for PostgreSQL.
    capacity: usize,
    /// Those not in use. Closing [`Self::turns`] ends keeping them.
    idle: Mutex<Vec<PoolConnection<Any>>>,
}

impl KeptReaders {
    /// Keeps up to one connection per core (as many reads as can run at once), and always
    /// leaves the pool at least one of its `max_connections` for writes.
    pub(crate) fn new(backend: Backend, max_connections: u32) -> KeptReaders {
        let cores = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get);
        let spare = usize::try_from(max_connections.saturating_sub(1)).unwrap_or(0);
        let capacity = match backend {
            Backend::Sqlite => cores.min(spare),
            Backend::Postgres => 0,
        };
        KeptReaders {
            turns: Semaphore::new(capacity),
            capacity,
            idle: Mutex::new(Vec::new()),
        }
    }

    fn idle(&self) -> std::sync::MutexGuard<'_, Vec<PoolConnection<Any>>> {
        self.idle.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Closes every kept connection and keeps no more: closing the pool waits for every
    /// connection it lent.
    pub(crate) fn close_all(&self) {
        self.turns.close();
        for connection in self.idle().drain(..) {
            // Out of the pool, so that closing needs no task of its own.
            drop(connection.detach());
        }
    }
}

impl Drop for KeptReaders {
    fn drop(&mut self) {
        self.close_all();
    }
}

/// A connection for one read, [`Reader::finished`] when the read succeeded.
pub(crate) struct Reader<'s> {
    store: &'s Store,
    connection: PoolConnection<Any>,
    /// The turn at a kept connection, if this read may keep one.
    turn: Option<SemaphorePermit<'s>>,
}

impl Store {
    /// A connection for a read: a kept one when there is one, else one from the pool.
    pub(crate) async fn reader(&self) -> Result<Reader<'_>, StoreError> {
        let readers = &self.readers;
        // None kept (PostgreSQL, or a pool of one) or the store closed: the pool's queue only.
        let turn = if readers.capacity == 0 {
            None
        } else {
            readers.turns.acquire().await.ok()
        };
        let kept = turn.as_ref().and_then(|_| readers.idle().pop());
        let connection = match kept {
            Some(connection) => connection,
            None => self.pool.acquire().await?,
        };
        Ok(Reader {
            store: self,
            connection,
            turn,
        })
    }
}

impl Reader<'_> {
    /// Keeps the connection for the next read. Dropping a reader without this (an error, or
    /// the request went away mid-query) returns it to the pool, which checks it.
    pub(crate) fn finished(self) {
        let Reader {
            store,
            connection,
            turn,
        } = self;
        if turn.is_some() {
            let mut idle = store.readers.idle();
            if !store.readers.turns.is_closed() {
                idle.push(connection);
            }
        }
        // The turn passes on only now, with the connection back.
        drop(turn);
    }
}

impl Deref for Reader<'_> {
    type Target = AnyConnection;

    fn deref(&self) -> &AnyConnection {
        &self.connection
    }
}

impl DerefMut for Reader<'_> {
    fn deref_mut(&mut self) -> &mut AnyConnection {
        &mut self.connection
    }
}
