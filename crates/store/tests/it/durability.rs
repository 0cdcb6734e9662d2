//! Crash safety (SECURITY-PLAN T32, short form): a writer process acknowledges each commit on
//! stdout and is killed with SIGKILL at a random moment; after reopening, every acknowledged
//! write is there and the database passes its integrity checks.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use braid_domain::ids::JobId;
use braid_domain::job::JobKind;
use braid_domain::section::{NewSection, SectionGroup, SectionSlug};
use braid_domain::time::Timestamp;
use braid_store::testing::TestBackend;
use braid_store::{DatabaseLocation, NewJob, PoolSettings, Store};

use crate::on_each_backend;

const CHILD_VARIABLE: &str = "BRAID_TEST_CRASH_CHILD_DATABASE";

/// The writer, run as a child process of `kill_minus_nine_loses_no_acknowledged_write`.
#[tokio::test]
#[ignore = "run only as the child process of the crash test"]
async fn child_writer() {
    let Ok(target) = std::env::var(CHILD_VARIABLE) else {
        return;
    };
    let location = if target.starts_with("postgres") {
        DatabaseLocation::Postgres(target)
    } else {
        DatabaseLocation::SqliteFile(target.into())
    };
    let store = Store::open(&location, PoolSettings::default())
        .await
        .unwrap();
    let prefix = std::process::id();
    for n in 0.. {
        if n % 2 == 0 {
            let job = NewJob {
                kind: JobKind::new("crash_test").unwrap(),
                payload: format!("{{\"n\":{n}}}"),
                run_at: Timestamp(n),
                max_attempts: 1,
                unique_key: None,
            };
            let id = store
                .enqueue_job(&job, Timestamp(n))
                .await
                .unwrap()
                .unwrap();
            println!("ACK job {}", id.0);
        } else {
            let slug = format!("p{prefix}-n{n}");
            let section = NewSection::new(&slug, &slug, "", SectionGroup::Phase, n).unwrap();
            store.create_section(&section, Timestamp(n)).await.unwrap();
            println!("ACK section {slug}");
        }
    }
}

#[tokio::test]
async fn kill_minus_nine_loses_no_acknowledged_write() {
    on_each_backend(|db| async move {
        let target = match &db.location {
            DatabaseLocation::SqliteFile(path) => path.display().to_string(),
            DatabaseLocation::Postgres(url) => url.clone(),
        };
        db.open_store().await.close().await;
        let mut seed = Timestamp::now().as_millis() as u64 | 1;
        let cycles = if db.backend == TestBackend::Sqlite {
            6
        } else {
            4
        };
        for cycle in 0..cycles {
            // xorshift: a different kill moment every cycle, without a dependency.
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let acks_before_kill = 5 + (seed % 60) as usize;
            let extra_delay = Duration::from_micros(seed % 20_000);

            let mut child = Command::new(std::env::current_exe().unwrap())
                .args([
                    "--ignored",
                    "--exact",
                    "durability::child_writer",
                    "--nocapture",
                    "--test-threads=1",
                ])
                .env(CHILD_VARIABLE, &target)
                .stdout(Stdio::piped())
                .stderr(Stdio::null())
                .spawn()
                .unwrap();
            let stdout = child.stdout.take().unwrap();
            let reader = std::thread::spawn(move || {
                let mut acks = Vec::new();
                let mut lines = BufReader::new(stdout).lines();
                let started = Instant::now();
                while let Some(Ok(line)) = lines.next() {
                    if let Some(ack) = line.strip_prefix("ACK ") {
                        acks.push(ack.to_owned());
                    }
                    if acks.len() == acks_before_kill {
                        break;
                    }
                    assert!(
                        started.elapsed() < Duration::from_secs(60),
                        "writer too slow"
                    );
                }
                (acks, lines)
            });
            let (mut acks, mut lines) = reader.join().unwrap();
            assert_eq!(
                acks.len(),
                acks_before_kill,
                "cycle {cycle}: the writer stopped early"
            );
            std::thread::sleep(extra_delay);
            child.kill().unwrap(); // SIGKILL
            child.wait().unwrap();
            // Acknowledgements printed before the kill count too.
            for line in lines.by_ref().map_while(Result::ok) {
                if let Some(ack) = line.strip_prefix("ACK ") {
                    acks.push(ack.to_owned());
                }
            }

            let store = Store::open(&db.location, PoolSettings::default())
                .await
                .unwrap();
            assert!(
                store.integrity_problems().await.unwrap().is_empty(),
                "cycle {cycle}"
            );
            for ack in &acks {
                let present = match ack.split_once(' ') {
                    Some(("job", id)) => store
                        .find_job(JobId(id.parse().unwrap()))
                        .await
                        .unwrap()
                        .is_some(),
                    Some(("section", slug)) => store
                        .find_section(&SectionSlug::new(slug).unwrap())
                        .await
                        .unwrap()
                        .is_some(),
                    _ => panic!("unexpected acknowledgement {ack:?}"),
                };
                assert!(
                    present,
                    "cycle {cycle}: acknowledged write {ack:?} is missing after SIGKILL"
                );
            }
            store.close().await;
        }
    })
    .await;
}
