use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

use braid_app::App;
use braid_app::jobs::{JobRunner, JobSettings};
use braid_domain::ids::JobId;
use braid_domain::job::{Job, JobFailure, RetryPolicy};
use braid_store::JobOutcome;
use serde::{Deserialize, Serialize};
use tokio::sync::watch;

use crate::{on_each_backend, on_each_backend_with_store};

/// Declares job types for these tests: each a struct with its kind name.
macro_rules! test_jobs {
    ($($name:ident = $kind:literal { $($field:ident: $type:ty),* }),* $(,)?) => {$(
        #[derive(Debug, Default, Serialize, Deserialize)]
        struct $name { $($field: $type),* }
        impl Job for $name {
            const KIND: &'static str = $kind;
        }
    )*};
}

test_jobs! {
    FlakyDelivery = "flaky_delivery" { to: String },
    Explodes = "explodes" {},
    Afterwards = "afterwards" {},
    FromANewerRelease = "from_a_newer_release" {},
    Hangs = "hangs" {},
    Noop = "noop" {},
    BadAddress = "bad_address" { to: String },
}

fn fast_settings() -> JobSettings {
    JobSettings {
        workers: 2,
        poll_interval: Duration::from_millis(20),
        lease: Duration::from_secs(30),
        retry: RetryPolicy {
            max_attempts: 5,
            base_delay: Duration::from_millis(10),
            max_delay: Duration::from_millis(100),
        },
        node: "test".to_owned(),
        ..JobSettings::default()
    }
}

async fn wait_for_state(app: &App, id: JobId, state: &str) {
    let started = Instant::now();
    loop {
        let job = app.job(id).await.unwrap().unwrap();
        if job.state == state {
            return;
        }
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "job stuck in {job:?}"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

#[tokio::test]
async fn a_job_that_fails_twice_then_succeeds_runs_once_to_success() {
    on_each_backend(|app| async move {
        let calls = Arc::new(AtomicU32::new(0));
        let successes = Arc::new(AtomicU32::new(0));
        let mut runner = JobRunner::new(app.clone(), fast_settings());
        let (c, s) = (calls.clone(), successes.clone());
        runner.register(move |job: FlakyDelivery| {
            let (c, s) = (c.clone(), s.clone());
            async move {
                assert_eq!(job.to, "ana");
                if c.fetch_add(1, Ordering::SeqCst) < 2 {
                    return Err(JobFailure::Retry("smtp: 421 try again later".to_owned()));
                }
                s.fetch_add(1, Ordering::SeqCst);
                Ok(())
            }
        });
        let runner = Arc::new(runner);
        let (stop, shutdown) = watch::channel(false);
        let tasks = runner.clone().spawn(shutdown);
        let id = runner
            .enqueue(
                &FlakyDelivery {
                    to: "ana".to_owned(),
                },
                Duration::ZERO,
                None,
            )
            .await
            .unwrap()
            .unwrap();
        wait_for_state(&app, id, "succeeded").await;
        // Let the workers look again: a finished job must not run again.
        tokio::time::sleep(Duration::from_millis(150)).await;
        stop.send(true).unwrap();
        for task in tasks {
            task.await.unwrap();
        }
        assert_eq!(calls.load(Ordering::SeqCst), 3);
        assert_eq!(successes.load(Ordering::SeqCst), 1);
        let attempts = app.job_attempts(id).await.unwrap();
        let outcomes: Vec<_> = attempts.iter().map(|a| (a.attempt, a.outcome)).collect();
        assert_eq!(
            outcomes,
            [
                (1, JobOutcome::Failed),
                (2, JobOutcome::Failed),
                (3, JobOutcome::Succeeded)
            ]
        );
        assert_eq!(
            attempts[0].error.as_deref(),
            Some("smtp: 421 try again later")
        );
        assert_eq!(app.job(id).await.unwrap().unwrap().attempts, 3);
    })
    .await;
}

#[tokio::test]
async fn a_panicking_job_does_not_take_the_worker_down() {
    on_each_backend(|app| async move {
        let mut settings = fast_settings();
        settings.workers = 1;
        settings.retry.max_attempts = 2;
        let mut runner = JobRunner::new(app.clone(), settings);
        runner.register(|_: Explodes| async move {
            if true {
                panic!("handler bug");
            }
            Ok(())
        });
        let ran = Arc::new(AtomicU32::new(0));
        let r = ran.clone();
        runner.register(move |_: Afterwards| {
            let r = r.clone();
            async move {
                r.fetch_add(1, Ordering::SeqCst);
                Ok(())
            }
        });
        let runner = Arc::new(runner);
        let (stop, shutdown) = watch::channel(false);
        let tasks = runner.clone().spawn(shutdown);
        let bad = runner
            .enqueue(&Explodes::default(), Duration::ZERO, None)
            .await
            .unwrap()
            .unwrap();
        wait_for_state(&app, bad, "failed").await;
        // The one worker is still alive and runs the next job.
        let good = runner
            .enqueue(&Afterwards::default(), Duration::ZERO, None)
            .await
            .unwrap()
            .unwrap();
        wait_for_state(&app, good, "succeeded").await;
        stop.send(true).unwrap();
        for task in tasks {
            task.await.unwrap();
        }
        assert_eq!(ran.load(Ordering::SeqCst), 1);
        let attempts = app.job_attempts(bad).await.unwrap();
        assert_eq!(attempts.len(), 2);
        assert!(attempts.iter().all(|a| a.outcome == JobOutcome::Panicked));
        assert_eq!(attempts[0].error.as_deref(), Some("panic: handler bug"));
    })
    .await;
}

#[tokio::test]
async fn a_job_without_handler_is_retried_not_lost() {
    on_each_backend(|app| async move {
        let runner = JobRunner::new(app.clone(), fast_settings());
        let id = runner
            .enqueue(&FromANewerRelease::default(), Duration::ZERO, None)
            .await
            .unwrap()
            .unwrap();
        assert!(runner.run_one("w").await.unwrap());
        let job = app.job(id).await.unwrap().unwrap();
        assert_eq!(job.state, "queued");
        assert!(job.last_error.unwrap().contains("no handler"));
    })
    .await;
}

#[tokio::test]
async fn a_handler_past_its_lease_is_stopped_and_retried() {
    on_each_backend(|app| async move {
        let mut settings = fast_settings();
        settings.lease = Duration::from_millis(200);
        let mut runner = JobRunner::new(app.clone(), settings);
        runner.register(|_: Hangs| async move {
            tokio::time::sleep(Duration::from_secs(3600)).await;
            Ok(())
        });
        let id = runner
            .enqueue(&Hangs::default(), Duration::ZERO, None)
            .await
            .unwrap()
            .unwrap();
        assert!(runner.run_one("w").await.unwrap());
        let job = app.job(id).await.unwrap().unwrap();
        assert_eq!(job.state, "queued");
        assert!(job.last_error.unwrap().contains("past its lease"));
    })
    .await;
}

#[tokio::test]
async fn the_housekeeping_job_prunes_old_succeeded_jobs() {
    on_each_backend(|app| async move {
        let mut settings = fast_settings();
        settings.keep_succeeded_for = Duration::ZERO;
        let mut runner = JobRunner::new(app.clone(), settings);
        runner.register(|_: Noop| async move { Ok(()) });
        let done = runner
            .enqueue(&Noop::default(), Duration::ZERO, None)
            .await
            .unwrap()
            .unwrap();
        assert!(runner.run_one("w").await.unwrap());
        tokio::time::sleep(Duration::from_millis(5)).await;
        let prune = runner
            .enqueue(
                &braid_app::jobs::PruneFinishedJobs {},
                Duration::ZERO,
                Some("prune:test".into()),
            )
            .await
            .unwrap()
            .unwrap();
        assert!(runner.run_one("w").await.unwrap());
        assert!(
            app.job(done).await.unwrap().is_none(),
            "old succeeded job pruned"
        );
        assert_eq!(app.job(prune).await.unwrap().unwrap().state, "succeeded");
    })
    .await;
}

#[tokio::test]
async fn a_job_that_gives_up_fails_at_once_with_its_reason() {
    on_each_backend(|app| async move {
        let mut runner = JobRunner::new(app.clone(), fast_settings());
        runner.register(|job: BadAddress| async move {
            Err(JobFailure::GiveUp(format!(
                "smtp: 550 no such mailbox {}",
                job.to
            )))
        });
        let id = runner
            .enqueue(
                &BadAddress {
                    to: "nobody@example.org".to_owned(),
                },
                Duration::ZERO,
                None,
            )
            .await
            .unwrap()
            .unwrap();
        assert!(runner.run_one("w").await.unwrap());
        let job = app.job(id).await.unwrap().unwrap();
        assert_eq!(job.state, "failed", "no retry can help");
        assert_eq!(job.attempts, 1);
        assert_eq!(
            job.last_error.as_deref(),
            Some("smtp: 550 no such mailbox nobody@example.org")
        );
        assert!(!runner.run_one("w").await.unwrap(), "nothing left to run");
    })
    .await;
}

#[tokio::test]
async fn a_job_whose_input_no_longer_reads_is_given_up() {
    on_each_backend_with_store(|app, store| async move {
        let mut runner = JobRunner::new(app.clone(), fast_settings());
        runner.register(|_: BadAddress| async move { Ok(()) });
        // Written by an older release, before the job had an address.
        let id = store
            .enqueue_job(
                &braid_store::NewJob {
                    kind: braid_domain::job::JobKind::new(BadAddress::KIND).unwrap(),
                    payload: "{}".to_owned(),
                    run_at: app.now(),
                    max_attempts: 5,
                    unique_key: None,
                },
                app.now(),
            )
            .await
            .unwrap()
            .unwrap();
        assert!(runner.run_one("w").await.unwrap());
        let job = app.job(id).await.unwrap().unwrap();
        assert_eq!(job.state, "failed");
        assert!(
            job.last_error
                .unwrap()
                .contains("does not read as a bad_address job")
        );
    })
    .await;
}
