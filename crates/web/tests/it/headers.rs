//! SECURITY-PLAN T7 (subset): the header set on every kind of response.

use axum::body::Body;
use axum::http::Request;

use crate::{TestApp, header};

const CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; \
                   frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

fn assert_strict_headers(response: &axum::http::Response<Body>, what: &str) {
    assert_eq!(header(response, "content-security-policy"), CSP, "{what}");
    assert_eq!(
        header(response, "x-content-type-options"),
        "nosniff",
        "{what}"
    );
    assert_eq!(header(response, "x-frame-options"), "DENY", "{what}");
    assert_eq!(header(response, "referrer-policy"), "no-referrer", "{what}");
    assert_eq!(
        header(response, "cross-origin-opener-policy"),
        "same-origin",
        "{what}"
    );
    assert_eq!(
        header(response, "cross-origin-resource-policy"),
        "same-origin",
        "{what}"
    );
    assert_eq!(
        header(response, "cross-origin-embedder-policy"),
        "require-corp",
        "{what}"
    );
    let permissions = header(response, "permissions-policy");
    assert!(
        permissions.contains("camera=()") && permissions.contains("geolocation=()"),
        "{what}"
    );
    assert!(
        permissions.contains("publickey-credentials-get=(self)"),
        "{what}: passkeys must stay possible"
    );
    assert_eq!(header(response, "x-request-id").len(), 16, "{what}");
    for (name, value) in response.headers() {
        let value = value.to_str().unwrap_or("");
        assert!(
            !value.contains("unsafe-inline") && !value.contains("unsafe-eval"),
            "{what}: {name}"
        );
    }
    assert!(
        response.headers().get("server").is_none(),
        "{what}: no version banner"
    );
}

#[tokio::test]
async fn every_kind_of_response_carries_the_strict_headers() {
    let hub = TestApp::new().await;
    let home = hub.get("/").await;
    let style = crate::text(hub.get("/").await)
        .await
        .split("href=\"/assets/")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .map(|name| format!("/assets/{name}"))
        .unwrap();
    let cases = vec![
        ("home", home),
        ("section", hub.get("/wiki/discover").await),
        ("suggestions", hub.get("/search/suggest?q=ri").await),
        ("health", hub.get("/healthz").await),
        ("asset", hub.get(&style).await),
        ("404", hub.get("/no/such/page").await),
        (
            "405",
            hub.send(Request::delete("/").body(Body::empty()).unwrap())
                .await,
        ),
        (
            "403",
            hub.send(
                Request::post("/language")
                    .header("origin", "http://evil.example")
                    .header("sec-fetch-site", "cross-site")
                    .header("content-type", "application/x-www-form-urlencoded")
                    .body(Body::from("lang=ar"))
                    .unwrap(),
            )
            .await,
        ),
        (
            "303",
            hub.post_form("/language", "lang=ar&return_to=%2F").await,
        ),
    ];
    for (what, response) in &cases {
        assert_strict_headers(response, what);
    }
    // HTML and other dynamic responses are never cached; fingerprinted assets are, for a year.
    for (what, response) in &cases {
        let expected = if *what == "asset" {
            "public, max-age=31536000, immutable"
        } else {
            "no-store"
        };
        assert_eq!(header(response, "cache-control"), expected, "{what}");
    }
    // Only a page that loads our script (passkeys, search suggestions) may run scripts, and
    // only ours, which may ask only us.
    let search = hub.get("/search?q=risk").await;
    assert_eq!(
        header(&search, "content-security-policy"),
        CSP.replace(
            "default-src 'none'; ",
            "default-src 'none'; script-src 'self'; connect-src 'self'; "
        )
    );
    let sign_in = hub.get("/sign-in").await;
    assert!(
        crate::text(hub.get("/sign-in").await)
            .await
            .contains("<script src=\"/assets/passkey.")
    );
    assert_eq!(
        header(&sign_in, "content-security-policy"),
        header(&search, "content-security-policy")
    );
    // Over plain HTTP there is no HSTS.
    assert!(
        cases[0]
            .1
            .headers()
            .get("strict-transport-security")
            .is_none()
    );
}

#[tokio::test]
async fn https_deployments_send_hsts_and_secure_host_cookies() {
    let hub = TestApp::with_public_url("https://hub.example.org").await;
    let response = hub.get("/").await;
    assert_eq!(
        header(&response, "strict-transport-security"),
        "max-age=63072000; includeSubDomains"
    );
    let response = hub
        .send(
            Request::post("/language")
                .header("origin", "https://hub.example.org")
                .header("content-type", "application/x-www-form-urlencoded")
                .body(Body::from("lang=ar&return_to=%2Fsearch"))
                .unwrap(),
        )
        .await;
    assert_eq!(response.status(), 303);
    let cookie = header(&response, "set-cookie");
    assert!(cookie.starts_with("__Host-braid_lang=ar;"), "{cookie}");
    for part in ["Path=/", "Secure", "HttpOnly", "SameSite=Lax"] {
        assert!(cookie.contains(part), "{cookie} lacks {part}");
    }
}

#[tokio::test]
async fn onion_services_get_secure_cookies_but_no_hsts() {
    let hub = TestApp::with_public_url(
        "http://braidhubexampleaddressxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.onion",
    )
    .await;
    assert!(
        hub.get("/")
            .await
            .headers()
            .get("strict-transport-security")
            .is_none()
    );
    let response = hub.post_form("/language", "lang=en").await;
    // The origin differs from the onion address here, but Sec-Fetch-Site says same-origin.
    assert_eq!(response.status(), 303);
    assert!(header(&response, "set-cookie").starts_with("__Host-braid_lang=en;"));
}
