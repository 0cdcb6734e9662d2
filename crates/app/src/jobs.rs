//! The worker loop that runs durable jobs: claims due jobs, runs their handlers, records every
//! attempt, retries failures with exponential backoff, and survives handlers that panic.

use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use braid_domain::ids::JobId;
use braid_domain::job::{AfterFailure, JobKind, RetryPolicy};
use braid_domain::time::Timestamp;
use braid_store::{ClaimedJob, JobOutcome, NewJob};
use tokio::sync::{Notify, watch};
use tokio::task::JoinHandle;

use crate::{App, AppError};

/// What a handler returns: `Err` with a message to record, and the job is retried.
pub type JobResult = Result<(), String>;

/// A handler's future.
pub type JobFuture = Pin<Box<dyn Future<Output = JobResult> + Send>>;

/// Runs jobs of one kind. It must be idempotent: after a crash a job may run again.
pub trait JobHandler: Send + Sync + 'static {
    /// Runs the job with its JSON payload.
    fn run(&self, payload: String) -> JobFuture;
}

impl<F, Fut> JobHandler for F
where
    F: Fn(String) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = JobResult> + Send + 'static,
{
    fn run(&self, payload: String) -> JobFuture {
        Box::pin(self(payload))
    }
}

/// How the workers behave.
#[derive(Debug, Clone)]
pub struct JobSettings {
    /// Worker loops on this node.
    pub workers: usize,
    /// How long an idle worker sleeps before looking for due jobs again (a job enqueued on
    /// this node wakes it at once).
    pub poll_interval: Duration,
    /// How long a claimed job stays with its worker; a handler still running then is cut off,
    /// and the job may be claimed again.
    pub lease: Duration,
    /// Retries and backoff for failed attempts.
    pub retry: RetryPolicy,
    /// Succeeded jobs are deleted this long after they finished.
    pub keep_succeeded_for: Duration,
    /// A name for this node, recorded with each attempt.
    pub node: String,
}

impl Default for JobSettings {
    fn default() -> Self {
        JobSettings {
            workers: 2,
            poll_interval: Duration::from_secs(1),
            lease: Duration::from_secs(300),
            retry: RetryPolicy::default(),
            keep_succeeded_for: Duration::from_secs(7 * 24 * 3600),
            node: "node".to_owned(),
        }
    }
}

/// The kind of the housekeeping job that deletes old succeeded jobs and expired sign-in
/// challenges and passkey ceremonies, scheduled daily.
pub const PRUNE_JOBS: &str = "prune_finished_jobs";

/// The kind of the job that ends roles whose term has passed, scheduled hourly.
pub const LAPSE_ROLES: &str = "lapse_role_terms";

/// The kind of the job that reminds watchers of pages past their review-by date, daily.
pub const REMIND_REVIEWS: &str = "remind_reviews";

/// Jobs the runner schedules itself: (kind, period). Each period's job is enqueued once, even
/// with several nodes, thanks to a unique key per period.
const SCHEDULE: [(&str, Duration); 3] = [
    (PRUNE_JOBS, Duration::from_secs(86_400)),
    (LAPSE_ROLES, Duration::from_secs(3_600)),
    (REMIND_REVIEWS, Duration::from_secs(86_400)),
];

/// Holds the handlers and runs worker loops.
pub struct JobRunner {
    app: App,
    settings: JobSettings,
    handlers: HashMap<String, Arc<dyn JobHandler>>,
    wake: Arc<Notify>,
}

impl std::fmt::Debug for JobRunner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("JobRunner")
            .field("settings", &self.settings)
            .field("kinds", &self.handlers.keys().collect::<Vec<_>>())
            .finish()
    }
}

impl JobRunner {
    /// A runner with Braid's own handlers registered.
    pub fn new(app: App, settings: JobSettings) -> JobRunner {
        let mut runner = JobRunner {
            app,
            settings,
            handlers: HashMap::new(),
            wake: Arc::new(Notify::new()),
        };
        let app = runner.app.clone();
        let keep = runner.settings.keep_succeeded_for;
        runner.register(PRUNE_JOBS, move |_payload: String| {
            let app = app.clone();
            async move {
                let before = Timestamp(app.now().as_millis().saturating_sub(millis(keep)));
                let deleted = app
                    .store()
                    .prune_succeeded_jobs(before)
                    .await
                    .map_err(|error| error.to_string())?;
                tracing::info!(jobs.deleted = deleted, "pruned finished jobs");
                let expired = app
                    .store()
                    .prune_expired_ceremonies(app.now())
                    .await
                    .map_err(|error| error.to_string())?;
                tracing::info!(
                    ceremonies.deleted = expired,
                    "pruned expired sign-in challenges and passkey ceremonies"
                );
                Ok(())
            }
        });
        let app = runner.app.clone();
        runner.register(REMIND_REVIEWS, move |_payload: String| {
            let app = app.clone();
            async move {
                let reminded = app
                    .remind_reviews()
                    .await
                    .map_err(|error| error.to_string())?;
                tracing::info!(
                    pages.reminded = reminded,
                    "reminded watchers of reviews due"
                );
                Ok(())
            }
        });
        let app = runner.app.clone();
        runner.register(LAPSE_ROLES, move |_payload: String| {
            let app = app.clone();
            async move {
                let lapsed = app
                    .lapse_role_terms()
                    .await
                    .map_err(|error| error.to_string())?;
                tracing::info!(roles.lapsed = lapsed, "ended roles past their term");
                Ok(())
            }
        });
        runner
    }

    /// Registers the handler for `kind`, replacing any earlier one.
    pub fn register(&mut self, kind: &str, handler: impl JobHandler) {
        self.handlers.insert(kind.to_owned(), Arc::new(handler));
    }

    /// Adds a job to the queue and wakes a local worker. Returns `None` when `unique_key` is
    /// already queued.
    pub async fn enqueue(
        &self,
        kind: &str,
        payload: String,
        delay: Duration,
        unique_key: Option<String>,
    ) -> Result<Option<JobId>, AppError> {
        let now = self.app.now();
        let job = NewJob {
            kind: JobKind::new(kind)?,
            payload,
            run_at: now.plus(delay),
            max_attempts: self.settings.retry.max_attempts,
            unique_key,
        };
        let id = self.app.store().enqueue_job(&job, now).await?;
        self.wake.notify_one();
        Ok(id)
    }

    /// Claims one due job and runs it to the end of this attempt. Returns whether a job ran.
    pub async fn run_one(&self, worker: &str) -> Result<bool, AppError> {
        let store = self.app.store();
        let started = self.app.now();
        let Some(job) = store
            .claim_next_job(worker, started, started.plus(self.settings.lease))
            .await?
        else {
            return Ok(false);
        };
        let (outcome, error) = self.attempt(&job).await;
        let retry_at = match outcome {
            JobOutcome::Succeeded => None,
            // The job's own attempt limit (fixed when it was enqueued) wins over today's policy.
            JobOutcome::Failed | JobOutcome::Panicked if job.attempt >= job.max_attempts => None,
            JobOutcome::Failed | JobOutcome::Panicked => {
                match self.settings.retry.after_failure(job.attempt) {
                    AfterFailure::RetryIn(delay) => Some(self.app.now().plus(delay)),
                    AfterFailure::GiveUp => None,
                }
            }
        };
        match (outcome, retry_at) {
            (JobOutcome::Succeeded, _) => {
                tracing::debug!(job.id = %job.id, job.kind = %job.kind, job.attempt = job.attempt, "job succeeded");
            }
            (_, Some(_)) => {
                tracing::warn!(job.id = %job.id, job.kind = %job.kind, job.attempt = job.attempt,
                    error = error.as_deref().unwrap_or(""), "job attempt failed; will retry");
            }
            (_, None) => {
                tracing::error!(job.id = %job.id, job.kind = %job.kind, job.attempt = job.attempt,
                    error = error.as_deref().unwrap_or(""), "job failed for good");
            }
        }
        let still_ours = store
            .finish_job_attempt(
                &job,
                worker,
                outcome,
                error.as_deref(),
                retry_at,
                started,
                self.app.now(),
            )
            .await?;
        if !still_ours {
            tracing::warn!(job.id = %job.id, "job lease expired while it ran; another worker owns it now");
        }
        Ok(true)
    }

    /// Runs the job's handler in its own task, so a panic ends only this attempt.
    async fn attempt(&self, job: &ClaimedJob) -> (JobOutcome, Option<String>) {
        let Some(handler) = self.handlers.get(&job.kind).cloned() else {
            return (
                JobOutcome::Failed,
                Some(format!(
                    "no handler for job kind {:?} on this node",
                    job.kind
                )),
            );
        };
        let task = tokio::spawn(handler.run(job.payload.clone()));
        let abort = task.abort_handle();
        match tokio::time::timeout(self.settings.lease, task).await {
            Ok(Ok(Ok(()))) => (JobOutcome::Succeeded, None),
            Ok(Ok(Err(message))) => (JobOutcome::Failed, Some(message)),
            Ok(Err(join_error)) if join_error.is_panic() => {
                let payload = join_error.into_panic();
                let message = payload
                    .downcast_ref::<&str>()
                    .map(|s| (*s).to_owned())
                    .or_else(|| payload.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "the handler panicked".to_owned());
                (JobOutcome::Panicked, Some(format!("panic: {message}")))
            }
            Ok(Err(_cancelled)) => (
                JobOutcome::Failed,
                Some("the handler was cancelled".to_owned()),
            ),
            Err(_elapsed) => {
                abort.abort();
                (
                    JobOutcome::Failed,
                    Some("the handler ran past its lease and was stopped".to_owned()),
                )
            }
        }
    }

    /// Starts the worker loops and the daily housekeeping schedule. They stop when `shutdown`
    /// turns true, after finishing the attempt in hand.
    pub fn spawn(self: Arc<Self>, shutdown: watch::Receiver<bool>) -> Vec<JoinHandle<()>> {
        let mut tasks = Vec::new();
        for index in 0..self.settings.workers.max(1) {
            let runner = Arc::clone(&self);
            let shutdown = shutdown.clone();
            let worker = format!("{}/worker-{index}", self.settings.node);
            tasks.push(tokio::spawn(
                async move { runner.work(worker, shutdown).await },
            ));
        }
        let runner = Arc::clone(&self);
        tasks.push(tokio::spawn(async move { runner.schedule(shutdown).await }));
        tasks
    }

    async fn work(&self, worker: String, mut shutdown: watch::Receiver<bool>) {
        while !*shutdown.borrow() {
            match self.run_one(&worker).await {
                Ok(true) => continue,
                Ok(false) => {}
                Err(error) => {
                    tracing::error!(worker = %worker, %error, "job worker could not reach the queue")
                }
            }
            tokio::select! {
                _ = self.wake.notified() => {}
                _ = tokio::time::sleep(self.settings.poll_interval) => {}
                _ = shutdown.changed() => {}
            }
        }
    }

    /// Enqueues each scheduled job once per period; the unique key makes nodes agree on one.
    async fn schedule(&self, mut shutdown: watch::Receiver<bool>) {
        while !*shutdown.borrow() {
            for (kind, period) in SCHEDULE {
                let index = self.app.now().as_millis() / millis(period).max(1);
                let key = format!("{kind}:{index}");
                if let Err(error) = self
                    .enqueue(kind, "{}".to_owned(), Duration::ZERO, Some(key))
                    .await
                {
                    tracing::error!(%error, job.kind = kind, "could not schedule a periodic job");
                }
            }
            tokio::select! {
                _ = tokio::time::sleep(Duration::from_secs(300)) => {}
                _ = shutdown.changed() => {}
            }
        }
    }
}

fn millis(duration: Duration) -> i64 {
    i64::try_from(duration.as_millis()).unwrap_or(i64::MAX)
}

/// A job's state and attempts, for operators and tests.
impl App {
    /// The job's current state, or `None` if it does not exist (or was pruned).
    pub async fn job(&self, id: JobId) -> Result<Option<braid_store::JobView>, AppError> {
        Ok(self.store().find_job(id).await?)
    }

    /// Every recorded attempt of the job.
    pub async fn job_attempts(
        &self,
        id: JobId,
    ) -> Result<Vec<braid_store::JobAttemptView>, AppError> {
        Ok(self.store().job_attempts(id).await?)
    }
}
