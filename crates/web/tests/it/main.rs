//! Web tests: the real router, services and database, driven in-process.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod accounts;
mod discussion;
mod errors;
mod headers;
mod i18n;
mod mail;
mod matrix;
mod pages;
mod wiki;

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, Response};
use braid_app::{AccountSettings, App, SystemClock};
use braid_store::testing::{TestBackend, TestDatabase};
use braid_web::{AppState, WebConfig};
use http_body_util::BodyExt;
use tower::ServiceExt;

/// The public URL tests pretend to be served at.
pub const ORIGIN: &str = "http://hub.test";

/// A router over a fresh database with the demo community.
#[allow(missing_debug_implementations)]
pub struct TestApp {
    pub app: App,
    pub router: Router,
    _db: TestDatabase,
}

impl TestApp {
    pub async fn new() -> TestApp {
        TestApp::with_public_url(ORIGIN).await
    }

    pub async fn with_public_url(public_url: &str) -> TestApp {
        TestApp::build(public_url, None).await
    }

    /// A hub that sends its mail to `smtp_url`, as `hub.test`.
    pub async fn with_mail(smtp_url: &str) -> TestApp {
        TestApp::build(ORIGIN, Some(smtp_url)).await
    }

    async fn build(public_url: &str, smtp_url: Option<&str>) -> TestApp {
        let db = TestDatabase::create(TestBackend::Sqlite).await;
        let mut app = App::new(
            db.open_store().await,
            Arc::new(SystemClock),
            AccountSettings::insecure_for_tests(),
        )
        .unwrap();
        if let Some(smtp_url) = smtp_url {
            app = app
                .with_mail(braid_app::mail::MailSettings {
                    domain: "hub.test".to_owned(),
                    public_url: public_url.to_owned(),
                    community_name: "Test Hub".to_owned(),
                    smtp_url: smtp_url.to_owned(),
                    default_language: "en".to_owned(),
                    retry_base: Duration::from_millis(1),
                    retry_max: Duration::from_millis(1),
                })
                .unwrap();
        }
        let app = app.with_attachments(braid_app::attachments::AttachmentSettings {
            dir: db.data_dir.join("attachments"),
            max_bytes: 1024 * 1024,
        });
        app.initialise(true).await.unwrap();
        let state = AppState::new(
            app.clone(),
            WebConfig {
                community_name: "Test Hub".to_owned(),
                public_url: public_url.to_owned(),
                default_language: "en".to_owned(),
                request_timeout: Duration::from_secs(10),
                max_body_bytes: 16 * 1024,
                trusted_proxies: Vec::new(),
            },
        )
        .unwrap();
        TestApp {
            app,
            router: braid_web::router(state),
            _db: db,
        }
    }

    pub async fn send(&self, request: Request<Body>) -> Response<Body> {
        self.router.clone().oneshot(request).await.unwrap()
    }

    pub async fn get(&self, path: &str) -> Response<Body> {
        self.send(Request::get(path).body(Body::empty()).unwrap())
            .await
    }

    /// A same-origin form POST, as a browser sends it.
    pub async fn post_form(&self, path: &str, form: &str) -> Response<Body> {
        self.send(
            Request::post(path)
                .header("content-type", "application/x-www-form-urlencoded")
                .header("origin", ORIGIN)
                .header("sec-fetch-site", "same-origin")
                .body(Body::from(form.to_owned()))
                .unwrap(),
        )
        .await
    }
}

pub async fn text(response: Response<Body>) -> String {
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    String::from_utf8(bytes.to_vec()).unwrap()
}

/// This crate's directory, as cargo names it when it runs the tests: a test binary reused from
/// a shared target directory may have been built in another checkout, where `env!` points.
pub fn crate_dir() -> std::path::PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR").map_or_else(
        || env!("CARGO_MANIFEST_DIR").into(),
        std::path::PathBuf::from,
    )
}

pub fn header<'a>(response: &'a Response<Body>, name: &str) -> &'a str {
    response
        .headers()
        .get(name)
        .map(|v| v.to_str().unwrap())
        .unwrap_or("")
}
