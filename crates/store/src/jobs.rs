//! The durable jobs table: outbound mail, digests, reminders and re-indexing run from here.
//!
//! A job is claimed by one worker at a time with a lease (`locked_until`); a worker that dies
//! mid-job loses its lease and the job is claimed again. Every attempt is recorded in
//! `job_attempts`. Handlers must be idempotent, because a job may run again after a crash.

use braid_domain::ids::JobId;
use braid_domain::job::JobKind;
use braid_domain::time::Timestamp;

use crate::{Backend, Store, StoreError};

/// A job to enqueue.
#[derive(Debug, Clone)]
pub struct NewJob {
    /// Which handler runs it.
    pub kind: JobKind,
    /// Its input, as JSON text.
    pub payload: String,
    /// When it may run first.
    pub run_at: Timestamp,
    /// Attempts in all before it is marked failed.
    pub max_attempts: u32,
    /// If set, a second job with the same key is not enqueued while the first exists
    /// (e.g. `prune_finished_jobs:2026-11-22`, so several nodes schedule it once).
    pub unique_key: Option<String>,
}

/// A job a worker has claimed and must now run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimedJob {
    /// Its id.
    pub id: JobId,
    /// Which handler runs it (as stored; may be unknown to this build).
    pub kind: String,
    /// Its input, as JSON text.
    pub payload: String,
    /// This attempt's number, 1 for the first.
    pub attempt: u32,
    /// Attempts in all before it is marked failed.
    pub max_attempts: u32,
}

/// How an attempt ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JobOutcome {
    /// The handler finished its work.
    Succeeded,
    /// The handler returned an error.
    Failed,
    /// The handler panicked; the worker caught it and carried on.
    Panicked,
}

impl JobOutcome {
    fn as_str(self) -> &'static str {
        match self {
            JobOutcome::Succeeded => "succeeded",
            JobOutcome::Failed => "failed",
            JobOutcome::Panicked => "panicked",
        }
    }

    fn parse(text: &str) -> Result<JobOutcome, StoreError> {
        match text {
            "succeeded" => Ok(JobOutcome::Succeeded),
            "failed" => Ok(JobOutcome::Failed),
            "panicked" => Ok(JobOutcome::Panicked),
            other => Err(StoreError::Corrupt(format!(
                "unknown job outcome {other:?}"
            ))),
        }
    }
}

/// A job as an operator sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobView {
    /// Its id.
    pub id: JobId,
    /// Its handler.
    pub kind: String,
    /// `queued`, `running`, `succeeded` or `failed`.
    pub state: String,
    /// Attempts made so far.
    pub attempts: u32,
    /// The error of the last failed attempt.
    pub last_error: Option<String>,
    /// When it runs next (or ran).
    pub run_at: Timestamp,
}

/// One recorded attempt of a job.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobAttemptView {
    /// The attempt's number, 1 for the first.
    pub attempt: u32,
    /// How it ended.
    pub outcome: JobOutcome,
    /// The error, for failed and panicked attempts.
    pub error: Option<String>,
}

fn to_u32(value: i64, what: &str) -> Result<u32, StoreError> {
    u32::try_from(value).map_err(|_| StoreError::Corrupt(format!("{what} is {value}")))
}

impl Store {
    /// Adds a job to the queue. Returns `None` when `unique_key` is already taken.
    pub async fn enqueue_job(
        &self,
        job: &NewJob,
        now: Timestamp,
    ) -> Result<Option<JobId>, StoreError> {
        let mut work = self.unit_of_work(now);
        let id = work.enqueue_raw(job).await?;
        work.commit().await?;
        Ok(id)
    }

    /// Claims the next due job for `worker` until `lease_until`, or returns `None` when nothing
    /// is due. A running job whose lease has expired (its worker died) counts as due.
    pub async fn claim_next_job(
        &self,
        worker: &str,
        now: Timestamp,
        lease_until: Timestamp,
    ) -> Result<Option<ClaimedJob>, StoreError> {
        // On PostgreSQL, SKIP LOCKED lets workers on several nodes claim different jobs without
        // waiting on each other; SQLite has one writer at a time, so the single UPDATE is atomic.
        let sql = match self.backend {
            Backend::Sqlite => {
                "UPDATE jobs SET state = 'running', attempts = attempts + 1, locked_by = $1, \
                        locked_until = $2, updated_at = $3 \
                 WHERE id = (SELECT id FROM jobs \
                             WHERE (state = 'queued' AND run_at <= $3) \
                                OR (state = 'running' AND locked_until < $3) \
                             ORDER BY run_at, id LIMIT 1) \
                 RETURNING id, kind, payload, attempts, max_attempts"
            }
            Backend::Postgres => {
                "UPDATE jobs SET state = 'running', attempts = attempts + 1, locked_by = $1, \
                        locked_until = $2, updated_at = $3 \
                 WHERE id = (SELECT id FROM jobs \
                             WHERE (state = 'queued' AND run_at <= $3) \
                                OR (state = 'running' AND locked_until < $3) \
                             ORDER BY run_at, id LIMIT 1 FOR UPDATE SKIP LOCKED) \
                 RETURNING id, kind, payload, attempts, max_attempts"
            }
        };
        let mut transaction = self.begin_write().await?;
        let row: Option<(i64, String, String, i64, i64)> = sqlx::query_as(sql)
            .bind(worker)
            .bind(lease_until.as_millis())
            .bind(now.as_millis())
            .fetch_optional(&mut *transaction)
            .await?;
        transaction.commit().await?;
        row.map(|(id, kind, payload, attempt, max_attempts)| {
            Ok(ClaimedJob {
                id: JobId(id),
                kind,
                payload,
                attempt: to_u32(attempt, "job attempts")?,
                max_attempts: to_u32(max_attempts, "job max_attempts")?,
            })
        })
        .transpose()
    }

    /// Records the end of an attempt and moves the job on: `succeeded`; back to `queued` at
    /// `retry_at`; or `failed` when `retry_at` is `None`. Returns `false` if `worker` no longer
    /// held the job (its lease expired and another worker took it), in which case only the
    /// attempt is recorded.
    #[allow(clippy::too_many_arguments)]
    pub async fn finish_job_attempt(
        &self,
        job: &ClaimedJob,
        worker: &str,
        outcome: JobOutcome,
        error: Option<&str>,
        retry_at: Option<Timestamp>,
        started_at: Timestamp,
        now: Timestamp,
    ) -> Result<bool, StoreError> {
        let mut transaction = self.begin_write().await?;
        sqlx::query(
            "INSERT INTO job_attempts (job_id, attempt, worker, outcome, error, started_at, \
                                       finished_at, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $7)",
        )
        .bind(job.id.0)
        .bind(i64::from(job.attempt))
        .bind(worker)
        .bind(outcome.as_str())
        .bind(error)
        .bind(started_at.as_millis())
        .bind(now.as_millis())
        .execute(&mut *transaction)
        .await?;
        let (state, run_at) = match (outcome, retry_at) {
            (JobOutcome::Succeeded, _) => ("succeeded", None),
            (_, Some(retry_at)) => ("queued", Some(retry_at.as_millis())),
            (_, None) => ("failed", None),
        };
        let updated = sqlx::query(
            "UPDATE jobs SET state = $1, run_at = COALESCE($2, run_at), last_error = $3, \
                    locked_by = NULL, locked_until = NULL, updated_at = $4 \
             WHERE id = $5 AND locked_by = $6 AND state = 'running' AND attempts = $7",
        )
        .bind(state)
        .bind(run_at)
        .bind(error)
        .bind(now.as_millis())
        .bind(job.id.0)
        .bind(worker)
        .bind(i64::from(job.attempt))
        .execute(&mut *transaction)
        .await?
        .rows_affected();
        transaction.commit().await?;
        Ok(updated == 1)
    }

    /// A job's current state.
    pub async fn find_job(&self, id: JobId) -> Result<Option<JobView>, StoreError> {
        let row: Option<(i64, String, String, i64, Option<String>, i64)> = sqlx::query_as(
            "SELECT id, kind, state, attempts, last_error, run_at FROM jobs WHERE id = $1",
        )
        .bind(id.0)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|(id, kind, state, attempts, last_error, run_at)| {
            Ok(JobView {
                id: JobId(id),
                kind,
                state,
                attempts: to_u32(attempts, "job attempts")?,
                last_error,
                run_at: Timestamp(run_at),
            })
        })
        .transpose()
    }

    /// Jobs that failed for good (given up, or out of attempts), most recent first.
    pub async fn failed_jobs(&self, limit: u32) -> Result<Vec<JobView>, StoreError> {
        let rows: Vec<(i64, String, String, i64, Option<String>, i64)> = sqlx::query_as(
            "SELECT id, kind, state, attempts, last_error, run_at FROM jobs \
             WHERE state = 'failed' ORDER BY updated_at DESC, id DESC LIMIT $1",
        )
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|(id, kind, state, attempts, last_error, at)| {
                Ok(JobView {
                    id: JobId(id),
                    kind,
                    state,
                    attempts: to_u32(attempts, "job attempts")?,
                    last_error,
                    run_at: Timestamp(at),
                })
            })
            .collect()
    }

    /// Every recorded attempt of a job, first first.
    pub async fn job_attempts(&self, id: JobId) -> Result<Vec<JobAttemptView>, StoreError> {
        let rows: Vec<(i64, String, Option<String>)> = sqlx::query_as(
            "SELECT attempt, outcome, error FROM job_attempts WHERE job_id = $1 ORDER BY id",
        )
        .bind(id.0)
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|(attempt, outcome, error)| {
                Ok(JobAttemptView {
                    attempt: to_u32(attempt, "attempt")?,
                    outcome: JobOutcome::parse(&outcome)?,
                    error,
                })
            })
            .collect()
    }

    /// Deletes succeeded jobs (and their attempts) last touched before `before`. Failed jobs
    /// are kept for an operator to look at.
    pub async fn prune_succeeded_jobs(&self, before: Timestamp) -> Result<u64, StoreError> {
        let mut transaction = self.begin_write().await?;
        sqlx::query(
            "DELETE FROM job_attempts WHERE job_id IN \
             (SELECT id FROM jobs WHERE state = 'succeeded' AND updated_at < $1)",
        )
        .bind(before.as_millis())
        .execute(&mut *transaction)
        .await?;
        let deleted = sqlx::query("DELETE FROM jobs WHERE state = 'succeeded' AND updated_at < $1")
            .bind(before.as_millis())
            .execute(&mut *transaction)
            .await?
            .rows_affected();
        transaction.commit().await?;
        Ok(deleted)
    }
}
