//! Service tests over a real store: on SQLite, and on PostgreSQL too when
//! `BRAID_TEST_POSTGRES_URL` is set.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod accounts;
mod backup;
mod hub;
mod jobs;
mod search;
mod translations;
mod writes;

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
    on_each_backend_with_store(|app, _store| test(app)).await;
}

/// [`on_each_backend`], with the store under the app too: for a test that must write what
/// no service writes (rows an older release left, a failure injected into the database).
pub async fn on_each_backend_with_store<F, Fut>(test: F)
where
    F: Fn(App, braid_store::Store) -> Fut,
    Fut: Future<Output = ()>,
{
    for backend in backends() {
        eprintln!("-- on {backend:?}");
        let db = TestDatabase::create(backend).await;
        let store = db.open_store().await;
        let app = App::new(
            store.clone(),
            Arc::new(SystemClock),
            AccountSettings::insecure_for_tests(),
        )
        .unwrap();
        test(app, store).await;
        // The database (and its temporary directory) lives until the test is done.
        drop(db);
    }
}
