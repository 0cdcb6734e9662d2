use std::collections::HashSet;

use braid_domain::job::JobKind;
use braid_domain::time::Timestamp;
use braid_store::{JobOutcome, NewJob, Store};

use crate::on_each_backend;

fn job(kind: &str, run_at: i64) -> NewJob {
    NewJob {
        kind: JobKind::new(kind).unwrap(),
        payload: "{}".to_owned(),
        run_at: Timestamp(run_at),
        max_attempts: 3,
        unique_key: None,
    }
}

async fn state_of(store: &Store, id: braid_domain::ids::JobId) -> String {
    store.find_job(id).await.unwrap().unwrap().state
}

#[tokio::test]
async fn due_jobs_are_claimed_in_order_and_future_ones_wait() {
    on_each_backend(|db| async move {
        let store = db.open_store().await;
        let later = store
            .enqueue_job(&job("b", 500), Timestamp(0))
            .await
            .unwrap()
            .unwrap();
        let first = store
            .enqueue_job(&job("a", 100), Timestamp(0))
            .await
            .unwrap()
            .unwrap();
        let claimed = store
            .claim_next_job("w1", Timestamp(200), Timestamp(9_000))
            .await
            .unwrap()
            .unwrap();
        assert_eq!((claimed.id, claimed.attempt), (first, 1));
        assert_eq!(state_of(&store, first).await, "running");
        // The other is not due until 500.
        assert!(
            store
                .claim_next_job("w1", Timestamp(200), Timestamp(9_000))
                .await
                .unwrap()
                .is_none()
        );
        let claimed = store
            .claim_next_job("w1", Timestamp(500), Timestamp(9_000))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(claimed.id, later);
    })
    .await;
}

#[tokio::test]
async fn attempts_are_recorded_and_failures_retry_then_give_up() {
    on_each_backend(|db| async move {
        let store = db.open_store().await;
        let id = store
            .enqueue_job(&job("flaky", 0), Timestamp(0))
            .await
            .unwrap()
            .unwrap();

        let claimed = store
            .claim_next_job("w", Timestamp(1), Timestamp(100))
            .await
            .unwrap()
            .unwrap();
        assert!(
            store
                .finish_job_attempt(
                    &claimed,
                    "w",
                    JobOutcome::Failed,
                    Some("smtp down"),
                    Some(Timestamp(50)),
                    Timestamp(1),
                    Timestamp(2)
                )
                .await
                .unwrap()
        );
        let view = store.find_job(id).await.unwrap().unwrap();
        assert_eq!(
            (view.state.as_str(), view.run_at, view.last_error.as_deref()),
            ("queued", Timestamp(50), Some("smtp down"))
        );
        // Not due before its retry time.
        assert!(
            store
                .claim_next_job("w", Timestamp(49), Timestamp(100))
                .await
                .unwrap()
                .is_none()
        );

        let claimed = store
            .claim_next_job("w", Timestamp(50), Timestamp(200))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(claimed.attempt, 2);
        store
            .finish_job_attempt(
                &claimed,
                "w",
                JobOutcome::Panicked,
                Some("boom"),
                None,
                Timestamp(50),
                Timestamp(51),
            )
            .await
            .unwrap();
        assert_eq!(state_of(&store, id).await, "failed");
        assert!(
            store
                .claim_next_job("w", Timestamp(10_000), Timestamp(20_000))
                .await
                .unwrap()
                .is_none()
        );

        let attempts = store.job_attempts(id).await.unwrap();
        assert_eq!(attempts.len(), 2);
        assert_eq!(
            (attempts[0].attempt, attempts[0].outcome),
            (1, JobOutcome::Failed)
        );
        assert_eq!(
            (
                attempts[1].attempt,
                attempts[1].outcome,
                attempts[1].error.as_deref()
            ),
            (2, JobOutcome::Panicked, Some("boom"))
        );
    })
    .await;
}

#[tokio::test]
async fn a_job_whose_worker_died_is_claimed_again_after_its_lease() {
    on_each_backend(|db| async move {
        let store = db.open_store().await;
        let id = store
            .enqueue_job(&job("send_mail", 0), Timestamp(0))
            .await
            .unwrap()
            .unwrap();
        let lost = store
            .claim_next_job("dead-worker", Timestamp(1), Timestamp(1_000))
            .await
            .unwrap()
            .unwrap();
        // Still leased: nobody else gets it.
        assert!(
            store
                .claim_next_job("w2", Timestamp(999), Timestamp(2_000))
                .await
                .unwrap()
                .is_none()
        );
        let retaken = store
            .claim_next_job("w2", Timestamp(1_001), Timestamp(2_000))
            .await
            .unwrap()
            .unwrap();
        assert_eq!((retaken.id, retaken.attempt), (id, 2));
        // The dead worker's late report does not overwrite the new owner's state.
        assert!(
            !store
                .finish_job_attempt(
                    &lost,
                    "dead-worker",
                    JobOutcome::Succeeded,
                    None,
                    None,
                    Timestamp(1),
                    Timestamp(1_002)
                )
                .await
                .unwrap()
        );
        assert_eq!(state_of(&store, id).await, "running");
        assert!(
            store
                .finish_job_attempt(
                    &retaken,
                    "w2",
                    JobOutcome::Succeeded,
                    None,
                    None,
                    Timestamp(1_001),
                    Timestamp(1_003)
                )
                .await
                .unwrap()
        );
        assert_eq!(state_of(&store, id).await, "succeeded");
    })
    .await;
}

#[tokio::test]
async fn a_unique_key_enqueues_once() {
    on_each_backend(|db| async move {
        let store = db.open_store().await;
        let mut daily = job("prune_finished_jobs", 0);
        daily.unique_key = Some("prune_finished_jobs:2026-11-22".to_owned());
        assert!(
            store
                .enqueue_job(&daily, Timestamp(0))
                .await
                .unwrap()
                .is_some()
        );
        assert!(
            store
                .enqueue_job(&daily, Timestamp(1))
                .await
                .unwrap()
                .is_none()
        );
    })
    .await;
}

#[tokio::test]
async fn concurrent_workers_never_claim_the_same_job() {
    on_each_backend(|db| async move {
        let store = db.open_store().await;
        let mut expected = HashSet::new();
        for n in 0..40 {
            expected.insert(
                store
                    .enqueue_job(&job("work", n), Timestamp(0))
                    .await
                    .unwrap()
                    .unwrap(),
            );
        }
        let mut workers = Vec::new();
        for w in 0..4 {
            let store = store.clone();
            workers.push(tokio::spawn(async move {
                let name = format!("w{w}");
                let mut mine = Vec::new();
                while let Some(job) = store
                    .claim_next_job(&name, Timestamp(100), Timestamp(1_000_000))
                    .await
                    .unwrap()
                {
                    mine.push(job.id);
                }
                mine
            }));
        }
        let mut claimed = Vec::new();
        for worker in workers {
            claimed.extend(worker.await.unwrap());
        }
        let unique: HashSet<_> = claimed.iter().copied().collect();
        assert_eq!(claimed.len(), unique.len(), "a job was claimed twice");
        assert_eq!(unique, expected);
    })
    .await;
}

#[tokio::test]
async fn pruning_removes_old_succeeded_jobs_only() {
    on_each_backend(|db| async move {
        let store = db.open_store().await;
        let done = store
            .enqueue_job(&job("a", 0), Timestamp(0))
            .await
            .unwrap()
            .unwrap();
        let failed = store
            .enqueue_job(&job("b", 0), Timestamp(0))
            .await
            .unwrap()
            .unwrap();
        for _ in 0..2 {
            let claimed = store
                .claim_next_job("w", Timestamp(1), Timestamp(10))
                .await
                .unwrap()
                .unwrap();
            let outcome = if claimed.id == done {
                JobOutcome::Succeeded
            } else {
                JobOutcome::Failed
            };
            store
                .finish_job_attempt(
                    &claimed,
                    "w",
                    outcome,
                    None,
                    None,
                    Timestamp(1),
                    Timestamp(2),
                )
                .await
                .unwrap();
        }
        assert_eq!(store.prune_succeeded_jobs(Timestamp(3)).await.unwrap(), 1);
        assert!(store.find_job(done).await.unwrap().is_none());
        assert!(store.job_attempts(done).await.unwrap().is_empty());
        assert_eq!(state_of(&store, failed).await, "failed");
    })
    .await;
}
