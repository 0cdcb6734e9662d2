//! The unit of work: one write transaction that a service holds for a whole operation.
//!
//! Everything one operation writes (a revision, its labels and language; the change-log rows
//! that tell followers about it; the jobs it causes) goes through one [`UnitOfWork`] and is
//! committed once, or not at all. That makes the jobs table an outbox: a job exists if and
//! only if the write that caused it was committed.
//!
//! The transaction begins at the first write, not when the unit is made, so a service can
//! read (through the [`Store`]) before it writes without holding SQLite's write lock.

use braid_domain::change::{ChangeAction, EntityKind};
use braid_domain::ids::{ChangeId, JobId, PageId};
use braid_domain::job::{Job, JobKind};
use braid_domain::time::Timestamp;

use crate::changes::Scope;
use crate::jobs::NewJob;
use crate::{Backend, Store, StoreError, changes};

/// An open write: see the module documentation. Dropping it without [`UnitOfWork::commit`]
/// rolls everything back.
#[derive(Debug)]
pub struct UnitOfWork {
    store: Store,
    now: Timestamp,
    transaction: Option<sqlx::Transaction<'static, sqlx::Any>>,
    /// Changes appended so far, so one operation logs each entity's change once.
    logged: Vec<(EntityKind, i64, ChangeAction)>,
    /// Their ids in the log.
    appended: Vec<ChangeId>,
    /// The page each is about, where it is about one page's own content.
    about: Vec<Option<PageId>>,
    /// The one page this unit's changes are confined to, as the service declared.
    confined_to: Option<PageId>,
    enqueued: bool,
}

/// What a committed unit of work did, for the caller to act on.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Committed {
    /// It appended to the change log (readers' kept pages are now stale).
    pub logged: bool,
    /// It enqueued at least one job (a local worker may want waking).
    pub enqueued: bool,
}

/// When and how often an enqueued job runs.
#[derive(Debug, Clone, Default)]
pub struct JobOptions {
    /// When it may run first (`None`: at once).
    pub run_at: Option<Timestamp>,
    /// Attempts in all before it is given up (`None`: the worker's policy, at least 1).
    pub max_attempts: Option<u32>,
    /// Idempotency key: a second job with the same key is not enqueued while the first
    /// exists (e.g. `prune_finished_jobs:20412`, so several nodes schedule it once).
    pub unique_key: Option<String>,
}

/// Attempts a job gets when neither the caller nor a policy says otherwise.
const DEFAULT_ATTEMPTS: u32 = 8;

impl Store {
    /// Opens a unit of work whose writes are stamped `now`.
    pub fn unit_of_work(&self, now: Timestamp) -> UnitOfWork {
        UnitOfWork {
            store: self.clone(),
            now,
            transaction: None,
            logged: Vec::new(),
            appended: Vec::new(),
            about: Vec::new(),
            confined_to: None,
            enqueued: false,
        }
    }
}

impl Store {
    /// Runs `write` in a unit of work of its own and commits it: for one write alone (a
    /// script, a test). A service that writes more than once holds a [`UnitOfWork`] instead.
    pub async fn write<T>(
        &self,
        now: Timestamp,
        write: impl AsyncFnOnce(&mut UnitOfWork) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let mut work = self.unit_of_work(now);
        let value = write(&mut work).await?;
        work.commit().await?;
        Ok(value)
    }
}

impl UnitOfWork {
    /// The time every write in this unit is stamped with.
    pub fn now(&self) -> Timestamp {
        self.now
    }

    /// The backend, for statements that differ between dialects.
    pub(crate) fn backend(&self) -> Backend {
        self.store.backend
    }

    /// The open transaction, begun on first use.
    pub(crate) async fn transaction(
        &mut self,
    ) -> Result<&mut sqlx::Transaction<'static, sqlx::Any>, StoreError> {
        let transaction = match self.transaction.take() {
            Some(transaction) => transaction,
            None => self.store.begin_write().await?,
        };
        Ok(self.transaction.insert(transaction))
    }

    /// Records in the change log that `kind` `id` was `action`ed. The same change twice in
    /// one unit is recorded once.
    pub async fn log(
        &mut self,
        kind: EntityKind,
        id: i64,
        action: ChangeAction,
    ) -> Result<(), StoreError> {
        let about = (kind == EntityKind::Page).then_some(PageId(id));
        self.log_about(kind, id, action, about).await
    }

    /// [`Self::log`] for a change that is about one page's own content though it names
    /// another entity (a revision of the page).
    pub(crate) async fn log_about(
        &mut self,
        kind: EntityKind,
        id: i64,
        action: ChangeAction,
        page: Option<PageId>,
    ) -> Result<(), StoreError> {
        if self.logged.contains(&(kind, id, action)) {
            return Ok(());
        }
        let (backend, now) = (self.backend(), self.now);
        let change =
            changes::append(self.transaction().await?, backend, kind, id, action, now).await?;
        self.logged.push((kind, id, action));
        self.appended.push(change);
        self.about.push(page);
        Ok(())
    }

    /// Declares that this unit changes only `page`'s own content: its text but not its title,
    /// its labels, its links. Not its place, title, visibility, language, or whether it is
    /// published: those shape what other pages show. Then, if every change it logs is about
    /// that page, what is kept of other pages stays (see [`Store::page_version`]).
    pub fn confine_to_page(&mut self, page: PageId) {
        self.confined_to = Some(page);
    }

    /// The versions this unit's changes move.
    fn scope(&self) -> Scope {
        match self.confined_to {
            Some(page) if self.about.iter().all(|about| *about == Some(page)) => Scope::Page(page),
            _ if self.logged.iter().all(|(kind, ..)| kind.is_discussion()) => Scope::Discussion,
            _ => Scope::Hub,
        }
    }

    /// [`Self::log`] for the commonest write: something about one page changed.
    pub(crate) async fn log_page_updated(&mut self, page: PageId) -> Result<(), StoreError> {
        self.log(EntityKind::Page, page.0, ChangeAction::Updated)
            .await
    }

    /// Enqueues a typed job, committed with everything else in this unit. Returns `None`
    /// when its unique key is already taken.
    pub async fn enqueue<J: Job>(
        &mut self,
        job: &J,
        options: JobOptions,
    ) -> Result<Option<JobId>, StoreError> {
        let payload = serde_json::to_string(job)
            .map_err(|error| StoreError::Corrupt(format!("job {}: {error}", J::KIND)))?;
        let kind = JobKind::new(J::KIND)
            .map_err(|error| StoreError::Corrupt(format!("job kind {}: {error}", J::KIND)))?;
        let now = self.now;
        self.enqueue_raw(&NewJob {
            kind,
            payload,
            run_at: options.run_at.unwrap_or(now),
            max_attempts: options.max_attempts.unwrap_or(DEFAULT_ATTEMPTS),
            unique_key: options.unique_key,
        })
        .await
    }

    /// Enqueues a job whose kind and payload are already text (one this build may not know,
    /// e.g. from a newer release).
    pub async fn enqueue_raw(&mut self, job: &NewJob) -> Result<Option<JobId>, StoreError> {
        let now = self.now;
        let id: Option<i64> = sqlx::query_scalar(
            "INSERT INTO jobs (kind, payload, unique_key, state, run_at, attempts, max_attempts, \
                               created_at, updated_at) \
             VALUES ($1, $2, $3, 'queued', $4, 0, $5, $6, $6) \
             ON CONFLICT (unique_key) DO NOTHING RETURNING id",
        )
        .bind(job.kind.as_str())
        .bind(&job.payload)
        .bind(job.unique_key.as_deref())
        .bind(job.run_at.as_millis())
        .bind(i64::from(job.max_attempts.max(1)))
        .bind(now.as_millis())
        .fetch_optional(&mut **self.transaction().await?)
        .await?;
        self.enqueued |= id.is_some();
        Ok(id.map(JobId))
    }

    /// Records that follower `consumer` has applied every change up to `to`, in the same
    /// commit as what it wrote for them: applied exactly once. Never moves backwards.
    pub async fn advance_change_cursor(
        &mut self,
        consumer: &str,
        to: ChangeId,
    ) -> Result<(), StoreError> {
        let now = self.now;
        changes::advance_cursor(&mut **self.transaction().await?, consumer, to, now).await
    }

    /// Commits every write of this unit at once. A unit that wrote nothing commits nothing.
    pub async fn commit(mut self) -> Result<Committed, StoreError> {
        let scope = self.scope();
        let Some(transaction) = self.transaction.take() else {
            return Ok(Committed::default());
        };
        transaction.commit().await?;
        let logged = !self.logged.is_empty();
        if logged {
            self.store.committed(&self.appended, scope);
        }
        Ok(Committed {
            logged,
            enqueued: self.enqueued,
        })
    }
}
