//! How many database statements one signed-in page view costs (issues 28 and 29): counted from sqlx's
//! own per-statement events, so every statement on every connection is seen. A test binary of
//! its own, because the count is process-wide.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use axum::body::Body;
use axum::http::Request;
use braid_app::{AccountSettings, App, SecretString, SystemClock};
use braid_domain::accounts::Role;
use braid_domain::policy::Actor;
use braid_store::testing::{TestBackend, TestDatabase};
use braid_web::{AppState, WebConfig};
use tower::ServiceExt;

/// Counts the statements sqlx finishes (its `sqlx::query` events) while `counting` is on,
/// and writes each one's summary down.
struct StatementCounter {
    counting: AtomicBool,
    statements: AtomicUsize,
    seen: std::sync::Mutex<Vec<String>>,
}

struct Recorded<'a>(&'a mut String);

impl tracing::field::Visit for Recorded<'_> {
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        if field.name() == "summary" || field.name() == "db.statement" {
            self.0.push_str(&format!("{value:?}"));
        }
    }
}

impl tracing::Subscriber for &'static StatementCounter {
    fn enabled(&self, metadata: &tracing::Metadata<'_>) -> bool {
        metadata.target() == "sqlx::query"
    }
    fn new_span(&self, _: &tracing::span::Attributes<'_>) -> tracing::span::Id {
        tracing::span::Id::from_u64(1)
    }
    fn record(&self, _: &tracing::span::Id, _: &tracing::span::Record<'_>) {}
    fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}
    fn event(&self, event: &tracing::Event<'_>) {
        if self.counting.load(Ordering::SeqCst) && event.metadata().target() == "sqlx::query" {
            self.statements.fetch_add(1, Ordering::SeqCst);
            let mut summary = String::new();
            event.record(&mut Recorded(&mut summary));
            self.seen.lock().unwrap().push(summary);
        }
    }
    fn enter(&self, _: &tracing::span::Id) {}
    fn exit(&self, _: &tracing::span::Id) {}
}

static COUNTER: StatementCounter = StatementCounter {
    counting: AtomicBool::new(false),
    statements: AtomicUsize::new(0),
    seen: std::sync::Mutex::new(Vec::new()),
};

#[tokio::test]
async fn a_signed_in_page_view_costs_one_statement_and_a_touch_of_the_session_at_most() {
    tracing::subscriber::set_global_default(&COUNTER).unwrap();
    let db = TestDatabase::create(TestBackend::Sqlite).await;
    let app = App::new(
        db.open_store().await,
        Arc::new(SystemClock),
        AccountSettings::insecure_for_tests(),
    )
    .unwrap();
    app.initialise(true).await.unwrap();
    let password = SecretString::new("a long and quiet river".to_owned());
    app.accounts()
        .create_member(&Actor::System, "ana", &password, Role::Editor)
        .await
        .unwrap();
    let router = braid_web::router(
        AppState::new(
            app.clone(),
            WebConfig {
                community_name: "Test Hub".to_owned(),
                public_url: "http://hub.test".to_owned(),
                default_language: "en".to_owned(),
                request_timeout: Duration::from_secs(10),
                max_body_bytes: 16 * 1024,
                trusted_proxies: Vec::new(),
            },
        )
        .unwrap(),
    );
    let signed_in = router
        .clone()
        .oneshot(
            Request::post("/sign-in")
                .header("content-type", "application/x-www-form-urlencoded")
                .header("origin", "http://hub.test")
                .header("sec-fetch-site", "same-origin")
                .body(Body::from("handle=ana&password=a+long+and+quiet+river"))
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(signed_in.status(), 303);
    let cookie = signed_in.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    let view = || {
        Request::get("/wiki/discover/first-conversations")
            .header("cookie", &cookie)
            .body(Body::empty())
            .unwrap()
    };
    // A first view fills what is kept between requests; the second is what every later
    // reader's view costs.
    assert_eq!(router.clone().oneshot(view()).await.unwrap().status(), 200);
    COUNTER.counting.store(true, Ordering::SeqCst);
    let response = router.clone().oneshot(view()).await.unwrap();
    COUNTER.counting.store(false, Ordering::SeqCst);
    assert_eq!(response.status(), 200);
    let statements = COUNTER.statements.load(Ordering::SeqCst);
    let seen = COUNTER.seen.lock().unwrap().clone();
    eprintln!("{statements} statements: {seen:#?}");
    // The session's lookup (with the unread count); now and then, marking it seen.
    assert!(statements <= 2, "{statements} statements: {seen:#?}");
}
