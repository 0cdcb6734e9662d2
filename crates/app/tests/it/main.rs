//! Service tests over a real store: on SQLite, and on PostgreSQL too when
//! `BRAID_TEST_POSTGRES_URL` is set.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod accounts;
mod backup;
mod hub;
mod jobs;
mod search;

use std::future::Future;
use std::sync::Arc;

use braid_app::{AccountSettings, App, SystemClock};
use braid_store::testing::{TestDatabase, backends};

/// Runs `test` once per available backend with a fresh app on a fresh database.
pub async fn on_each_backend<F, Fut>(test: F)
where
    F: Fn(App) -> Fut,
    Fut: Future<Output = ()>,
{
    for backend in backends() {
        eprintln!("-- on {backend:?}");
        let db = TestDatabase::create(backend).await;
        let app = App::new(
            db.open_store().await,
            Arc::new(SystemClock),
            AccountSettings::insecure_for_tests(),
        )
        .unwrap();
        test(app).await;
        // The database (and its temporary directory) lives until the test is done.
        drop(db);
    }
}
