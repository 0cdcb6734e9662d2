//! The pages a reader sees, without JavaScript.

use axum::body::Body;
use axum::http::Request;
use std::io::Read;

use crate::{TestApp, header, text};

#[tokio::test]
async fn the_home_page_shows_the_demo_community_grouped_by_phase() {
    let hub = TestApp::new().await;
    let response = hub.get("/").await;
    assert_eq!(response.status(), 200);
    let html = text(response).await;
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">"));
    assert!(html.contains("<bdi>Test Hub</bdi>"));
    for heading in ["Phases of support", "Across every phase", "Our community"] {
        assert!(html.contains(heading), "{heading}");
    }
    for (slug, title) in [
        ("discover", "Discover"),
        ("create-space-and-buy-in", "Create Space &#38; Buy-in"),
        ("community-guidelines", "Community guidelines"),
    ] {
        assert!(
            html.contains(&format!("<a href=\"/wiki/{slug}\">{title}</a>")),
            "{slug}"
        );
    }
    // The header has search, the language switcher and the sign-in link; the footer the licence.
    assert!(html.contains("action=\"/search\" method=\"get\""));
    assert!(html.contains("action=\"/language\" method=\"post\""));
    assert!(html.contains("href=\"/sign-in\""));
    assert!(html.contains("CC BY-SA 4.0"));
    // No script at all, and nothing fetched from elsewhere.
    assert!(!html.contains("<script"));
    assert!(!html.contains("style="));
    for attribute in ["src=\"http", "href=\"//"] {
        assert!(!html.contains(attribute), "{attribute}");
    }
}

#[tokio::test]
async fn a_section_page_has_breadcrumbs_and_neighbours() {
    let hub = TestApp::new().await;
    let html = text(hub.get("/wiki/strategise").await).await;
    assert!(html.contains("<title>Strategise · Test Hub</title>"));
    assert!(html.contains("aria-current=\"page\""));
    assert!(html.contains("rel=\"prev\" href=\"/wiki/discover\""));
    assert!(html.contains("rel=\"next\" href=\"/wiki/actualise\""));
    let first = text(hub.get("/wiki/discover").await).await;
    assert!(!first.contains("rel=\"prev\""));
}

#[tokio::test]
async fn search_finds_sections_and_escapes_the_query() {
    let hub = TestApp::new().await;
    let html = text(hub.get("/search?q=digital+physical").await).await;
    assert!(html.contains("One result."), "{html}");
    assert!(html.contains("href=\"/wiki/strategise\""));
    let html = text(
        hub.get("/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E")
            .await,
    )
    .await;
    assert!(!html.contains("<script>alert(1)"));
    assert!(
        html.contains("value=\"&#60;script&#62;alert(1)&#60;/script&#62;\"")
            || html.contains("value=\"&lt;script&gt;"),
        "{html}"
    );
    assert!(html.contains("Nothing found."));
    let html = text(hub.get("/search").await).await;
    assert!(html.contains("Type a word or two"));
}

#[tokio::test]
async fn the_stylesheet_is_fingerprinted_compressed_and_revalidatable() {
    let hub = TestApp::new().await;
    let html = text(hub.get("/").await).await;
    let path = html
        .split("rel=\"stylesheet\" href=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    assert!(
        path.starts_with("/assets/style.")
            && path.ends_with(".css")
            && path.len() > "/assets/style..css".len() + 8
    );

    let plain = hub.get(&path).await;
    assert_eq!(header(&plain, "content-type"), "text/css; charset=utf-8");
    let etag = header(&plain, "etag").to_owned();
    let css = text(plain).await;
    assert!(css.contains("margin-inline"), "logical properties");

    let (compressed_len, unpacked) = gzipped_get(&hub, &path, "gzip, br").await;
    assert!(compressed_len < css.len() / 2);
    assert_eq!(unpacked, css);

    let revalidated = hub
        .send(
            Request::get(&path)
                .header("if-none-match", &etag)
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(revalidated.status(), 304);
}

#[tokio::test]
async fn html_is_compressed_for_slow_links() {
    let hub = TestApp::new().await;
    let response = get_accepting(&hub, "/", "gzip").await;
    assert_eq!(header(&response, "content-encoding"), "gzip");
}

/// GETs `path` with `accept` as `Accept-Encoding`.
async fn get_accepting(hub: &TestApp, path: &str, accept: &str) -> axum::http::Response<Body> {
    hub.send(
        Request::get(path)
            .header("accept-encoding", accept)
            .body(Body::empty())
            .unwrap(),
    )
    .await
}

/// GETs `path` with `accept` as `Accept-Encoding`, checks the answer is gzip that varies by
/// it, and gives the compressed length and the text unzipped.
async fn gzipped_get(hub: &TestApp, path: &str, accept: &str) -> (usize, String) {
    let gzipped = get_accepting(hub, path, accept).await;
    assert_eq!(header(&gzipped, "content-encoding"), "gzip", "{accept}");
    assert!(header(&gzipped, "vary").contains("accept-encoding"));
    let compressed = http_body_util::BodyExt::collect(gzipped.into_body())
        .await
        .unwrap()
        .to_bytes();
    let mut unpacked = String::new();
    flate2::read::GzDecoder::new(&compressed[..])
        .read_to_string(&mut unpacked)
        .unwrap();
    (compressed.len(), unpacked)
}

#[tokio::test]
async fn rendered_pages_are_gzipped_only_for_browsers_that_take_it() {
    let hub = TestApp::new().await;
    // A search is rendered for each request (not a kept finished page).
    let path = "/search?q=phone";
    let plain = hub.get(path).await;
    assert_eq!(header(&plain, "content-encoding"), "");
    assert_eq!(header(&plain, "vary"), "accept-encoding");
    let plain = text(plain).await;
    for accept in ["gzip", "br;q=1, gzip;q=0.8"] {
        let (compressed_len, unpacked) = gzipped_get(&hub, path, accept).await;
        assert!(compressed_len < plain.len() / 2);
        assert_eq!(unpacked, plain);
    }
    let refused = get_accepting(&hub, path, "gzip;q=0, identity").await;
    assert_eq!(header(&refused, "content-encoding"), "");
    // A body of a few bytes is not worth the gzip framing.
    let tiny = get_accepting(&hub, "/healthz", "gzip").await;
    assert_eq!(header(&tiny, "content-encoding"), "");
}

#[tokio::test]
async fn the_language_switcher_returns_only_to_local_pages() {
    let hub = TestApp::new().await;
    let response = hub
        .post_form("/language", "lang=ar&return_to=%2Fwiki%2Fdiscover")
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(header(&response, "location"), "/wiki/discover");
    for hostile in [
        "https%3A%2F%2Fevil.example",
        "%2F%2Fevil.example",
        "%2F%5Cevil.example",
    ] {
        let response = hub
            .post_form("/language", &format!("lang=ar&return_to={hostile}"))
            .await;
        assert_eq!(header(&response, "location"), "/", "{hostile}");
    }
}
