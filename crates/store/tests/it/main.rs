//! Store tests. Each runs on SQLite, and again on PostgreSQL when `BRAID_TEST_POSTGRES_URL` is
//! set (CI sets it), on a fresh database.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod accounts;
mod changes;
mod durability;
mod jobs;
mod pages;
mod parity;
mod schema;
mod second_factors;
mod sections;

use std::future::Future;

use braid_store::testing::{TestDatabase, backends};

/// Runs `test` once per available backend, each on a fresh migrated database.
pub async fn on_each_backend<F, Fut>(test: F)
where
    F: Fn(TestDatabase) -> Fut,
    Fut: Future<Output = ()>,
{
    for backend in backends() {
        eprintln!("-- on {backend:?}");
        test(TestDatabase::create(backend).await).await;
    }
}
