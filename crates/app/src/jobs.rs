//! The worker loop that runs durable jobs: claims due jobs, runs their handlers, records every
//! attempt, retries failures with exponential backoff, and survives handlers that panic.

use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use braid_domain::ids::JobId;
use braid_domain::job::{AfterFailure, Job, JobFailure, RetryPolicy};
use braid_domain::time::Timestamp;
use braid_store::{ClaimedJob, JobOptions, JobOutcome};
use serde::{Deserialize, Serialize};
use tokio::sync::{Notify, watch};
use tokio::task::JoinHandle;

use crate::{App, AppError};

/// What a handler returns: a failure says whether to retry or give up.
pub type JobResult = Result<(), JobFailure>;

/// A handler's future.
type JobFuture = Pin<Box<dyn Future<Output = JobResult> + Send>>;

/// A handler with its job's type erased: it reads the stored JSON back into the type.
type StoredJobHandler = dyn Fn(String) -> JobFuture + Send + Sync;

impl From<AppError> for JobFailure {
    /// A service's error is taken as passing (the database was busy or away): retried.
    fn from(error: AppError) -> JobFailure {
        JobFailure::Retry(error.to_string())
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

/// The housekeeping job that deletes old succeeded jobs and expired sign-in challenges and
/// passkey ceremonies, scheduled daily.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize)]
pub struct PruneFinishedJobs {}

impl Job for PruneFinishedJobs {
    const KIND: &'static str = "prune_finished_jobs";
}

/// The job that ends roles whose term has passed, scheduled hourly.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize)]
pub struct LapseRoleTerms {}

impl Job for LapseRoleTerms {
    const KIND: &'static str = "lapse_role_terms";
}

/// The job that reminds watchers of pages past their review-by date, daily.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize)]
pub struct RemindReviews {}

impl Job for RemindReviews {
    const KIND: &'static str = "remind_reviews";
}

/// How often the runner schedules its own jobs. Each period's job is enqueued once, even
/// with several nodes, thanks to a unique key per period.
const DAILY: Duration = Duration::from_secs(86_400);
const HOURLY: Duration = Duration::from_secs(3_600);

/// Holds the handlers and runs worker loops.
pub struct JobRunner {
    app: App,
    settings: JobSettings,
    handlers: HashMap<&'static str, Arc<StoredJobHandler>>,
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
        let wake = Arc::clone(&app.jobs_enqueued);
        let mut runner = JobRunner {
            app,
            settings,
            handlers: HashMap::new(),
            wake,
        };
        let app = runner.app.clone();
        let keep = runner.settings.keep_succeeded_for;
        runner.register(move |_: PruneFinishedJobs| {
            let app = app.clone();
            async move {
                let before = Timestamp(app.now().as_millis().saturating_sub(millis(keep)));
                let deleted = app
                    .store()
                    .prune_succeeded_jobs(before)
                    .await
                    .map_err(AppError::from)?;
                tracing::info!(jobs.deleted = deleted, "pruned finished jobs");
                let expired = app
                    .store()
                    .prune_expired_ceremonies(app.now())
                    .await
                    .map_err(AppError::from)?;
                tracing::info!(
                    ceremonies.deleted = expired,
                    "pruned expired sign-in challenges and passkey ceremonies"
                );
                Ok(())
            }
        });
        let app = runner.app.clone();
        runner.register(move |_: RemindReviews| {
            let app = app.clone();
            async move {
                let reminded = app.remind_reviews().await?;
                tracing::info!(
                    pages.reminded = reminded,
                    "reminded watchers of reviews due"
                );
                Ok(())
            }
        });
        let app = runner.app.clone();
        runner.register(move |_: LapseRoleTerms| {
            let app = app.clone();
            async move {
                let lapsed = app.accounts().lapse_role_terms().await?;
                tracing::info!(roles.lapsed = lapsed, "ended roles past their term");
                Ok(())
            }
        });
        let app = runner.app.clone();
        runner.register(move |job: crate::mail::DeliverPost| {
            let app = app.clone();
            async move { app.deliver_post(job).await }
        });
        let app = runner.app.clone();
        runner.register(move |job: crate::mail::SendDigests| {
            let app = app.clone();
            async move { app.send_digests(job).await }
        });
        let app = runner.app.clone();
        runner.register(move |job: crate::mail::DeliverDigest| {
            let app = app.clone();
            async move { app.deliver_digest(job).await }
        });
        let app = runner.app.clone();
        runner.register(move |job: crate::accounts::email::ConfirmAddress| {
            let app = app.clone();
            async move { app.mail_confirmation(job).await }
        });
        runner
    }

    /// Registers the handler for jobs of type `J`, replacing any earlier one. It must be
    /// idempotent: after a crash a job may run again. A stored input that no longer reads as
    /// `J` gives the job up.
    pub fn register<J, F, Fut>(&mut self, handler: F)
    where
        J: Job,
        F: Fn(J) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = JobResult> + Send + 'static,
    {
        let run = move |payload: String| -> JobFuture {
            match serde_json::from_str::<J>(&payload) {
                Ok(job) => Box::pin(handler(job)),
                Err(error) => Box::pin(std::future::ready(Err(JobFailure::GiveUp(format!(
                    "its input does not read as a {} job: {error}",
                    J::KIND
                ))))),
            }
        };
        self.handlers.insert(J::KIND, Arc::new(run));
    }

    /// Adds a job to the queue, after `delay`, and wakes a local worker. Returns `None` when
    /// `unique_key` is already queued. A service enqueues through its unit of work instead, so
    /// the job exists if and only if what caused it was committed.
    pub async fn enqueue<J: Job>(
        &self,
        job: &J,
        delay: Duration,
        unique_key: Option<String>,
    ) -> Result<Option<JobId>, AppError> {
        let mut work = self.app.write();
        let id = work
            .enqueue(
                job,
                JobOptions {
                    run_at: Some(work.now().plus(delay)),
                    max_attempts: Some(self.settings.retry.max_attempts),
                    unique_key,
                },
            )
            .await?;
        self.app.commit(work).await?;
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
        let (outcome, error, give_up) = self.attempt(&job).await;
        let retry_at = match outcome {
            JobOutcome::Succeeded => None,
            _ if give_up => None,
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
    /// Returns how it ended, its error, and whether the handler gave the job up.
    async fn attempt(&self, job: &ClaimedJob) -> (JobOutcome, Option<String>, bool) {
        let Some(handler) = self.handlers.get(job.kind.as_str()).cloned() else {
            // Retried: a node of a newer release may know it.
            return (
                JobOutcome::Failed,
                Some(format!(
                    "no handler for job kind {:?} on this node",
                    job.kind
                )),
                false,
            );
        };
        let task = tokio::spawn(handler(job.payload.clone()));
        let abort = task.abort_handle();
        let (outcome, error) = match tokio::time::timeout(self.settings.lease, task).await {
            Ok(Ok(Ok(()))) => (JobOutcome::Succeeded, None),
            Ok(Ok(Err(JobFailure::GiveUp(reason)))) => {
                return (JobOutcome::Failed, Some(reason), true);
            }
            Ok(Ok(Err(JobFailure::Retry(reason)))) => (JobOutcome::Failed, Some(reason)),
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
        };
        (outcome, error, false)
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
            self.schedule_one(PruneFinishedJobs {}, DAILY).await;
            self.schedule_one(LapseRoleTerms {}, HOURLY).await;
            self.schedule_one(RemindReviews {}, DAILY).await;
            let day = self.app.now().as_millis() / millis(DAILY);
            self.schedule_one(crate::mail::SendDigests { day }, DAILY)
                .await;
            tokio::select! {
                _ = tokio::time::sleep(Duration::from_secs(300)) => {}
                _ = shutdown.changed() => {}
            }
        }
    }

    async fn schedule_one<J: Job>(&self, job: J, period: Duration) {
        let index = self.app.now().as_millis() / millis(period).max(1);
        let key = format!("{}:{index}", J::KIND);
        if let Err(error) = self.enqueue(&job, Duration::ZERO, Some(key)).await {
            tracing::error!(%error, job.kind = J::KIND, "could not schedule a periodic job");
        }
    }
}

fn millis(duration: Duration) -> i64 {
    i64::try_from(duration.as_millis()).unwrap_or(i64::MAX)
}

/// Every job kind this build runs, for names in every language.
pub const KINDS: [&str; 7] = [
    PruneFinishedJobs::KIND,
    LapseRoleTerms::KIND,
    RemindReviews::KIND,
    crate::mail::DeliverPost::KIND,
    crate::accounts::email::ConfirmAddress::KIND,
    crate::mail::SendDigests::KIND,
    crate::mail::DeliverDigest::KIND,
];

/// A job's state and attempts, for operators and tests.
impl App {
    /// The last jobs that failed for good (given up, or out of attempts), newest first, for
    /// the status page (administrators).
    pub async fn failed_jobs(
        &self,
        actor: &braid_domain::policy::Actor,
    ) -> Result<Vec<braid_store::JobView>, AppError> {
        Self::require(actor, braid_domain::policy::Action::ViewHubStatus)?;
        Ok(self.store().failed_jobs(50).await?)
    }

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
