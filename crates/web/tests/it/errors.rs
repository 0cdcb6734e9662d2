//! One error page for every failure: the request id, never an internal message.

use axum::body::Body;
use axum::http::Request;

use crate::{TestApp, header, text};

#[tokio::test]
async fn not_found_is_a_page_with_the_request_id() {
    let hub = TestApp::new().await;
    for path in [
        "/no/such/page",
        "/wiki/no-such-section",
        "/wiki/..%2F..%2Fetc%2Fpasswd",
        "/assets/style.css",
    ] {
        let response = hub.get(path).await;
        assert_eq!(response.status(), 404, "{path}");
        assert!(header(&response, "content-type").starts_with("text/html"));
        let id = header(&response, "x-request-id").to_owned();
        let html = text(response).await;
        assert!(html.contains("Page not found"), "{path}");
        assert!(
            html.contains(&format!("<code>{id}</code>")),
            "{path}: request id shown"
        );
    }
}

#[tokio::test]
async fn a_database_outage_is_a_generic_500_that_leaks_nothing() {
    let hub = TestApp::new().await;
    hub.app.close().await;
    let response = hub.get("/").await;
    assert_eq!(response.status(), 500);
    let id = header(&response, "x-request-id").to_owned();
    let html = text(response).await;
    assert!(html.contains("Something went wrong on our side"));
    assert!(html.contains(&id));
    for leak in ["sqlx", "pool", "database", "sqlite", "closed", "Internal"] {
        assert!(
            !html.to_lowercase().contains(&leak.to_lowercase()),
            "page leaks {leak:?}"
        );
    }
    // Health checks say so plainly, for monitors.
    let health = hub.get("/healthz").await;
    assert_eq!(health.status(), 503);
    assert_eq!(text(health).await, "unavailable\n");
}

#[tokio::test]
async fn a_wrong_method_keeps_its_allow_header() {
    let hub = TestApp::new().await;
    let response = hub
        .send(
            Request::delete("/wiki/discover")
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(response.status(), 405);
    assert!(header(&response, "allow").contains("GET"));
    assert!(text(response).await.contains("Not possible here"));
}

#[tokio::test]
async fn cross_origin_posts_are_refused() {
    // SECURITY-PLAN T8 (server side): a form on another site cannot change anything here.
    let hub = TestApp::new().await;
    let response = hub
        .send(
            Request::post("/language")
                .header("origin", "http://evil.example")
                .header("content-type", "application/x-www-form-urlencoded")
                .body(Body::from("lang=ar&return_to=%2F"))
                .unwrap(),
        )
        .await;
    assert_eq!(response.status(), 403);
    assert!(response.headers().get("set-cookie").is_none());
    assert!(text(response).await.contains("Not allowed"));
}

#[tokio::test]
async fn oversized_and_malformed_bodies_get_clear_pages() {
    let hub = TestApp::new().await;
    let huge = format!("lang=en&return_to=/{}", "a".repeat(64 * 1024));
    let response = hub.post_form("/language", &huge).await;
    assert_eq!(response.status(), 413);
    assert!(text(response).await.contains("Too large"));
    let response = hub.post_form("/language", "nonsense").await;
    assert!(response.status().is_client_error());
    assert!(text(response).await.contains("could not be understood"));
    let response = hub.post_form("/language", "lang=xx").await;
    assert_eq!(response.status(), 400);
}
