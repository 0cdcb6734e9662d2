//! `GET /assets/{name}`: fingerprinted, immutable static files.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::{AppState, WebError};

/// Serves an asset, gzip-compressed when the client accepts it.
pub async fn serve(
    State(state): State<AppState>,
    Path(name): Path<String>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let asset = state.shared.assets.get(&name).ok_or(WebError::NotFound)?;
    let etag = HeaderValue::from_str(&asset.etag).map_err(|_| WebError::NotFound)?;
    let caching = [
        (
            header::CACHE_CONTROL,
            HeaderValue::from_static("public, max-age=31536000, immutable"),
        ),
        (header::ETAG, etag),
        (header::VARY, HeaderValue::from_static("accept-encoding")),
    ];
    if headers
        .get(header::IF_NONE_MATCH)
        .is_some_and(|tag| tag.as_bytes() == asset.etag.as_bytes())
    {
        return Ok((StatusCode::NOT_MODIFIED, caching).into_response());
    }
    let content_type = (
        header::CONTENT_TYPE,
        HeaderValue::from_static(asset.content_type),
    );
    let accepts_gzip = headers
        .get(header::ACCEPT_ENCODING)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|coding| coding.trim().starts_with("gzip")));
    Ok(match (&asset.gzip, accepts_gzip) {
        (Some(gzip), true) => (
            caching,
            [
                content_type,
                (header::CONTENT_ENCODING, HeaderValue::from_static("gzip")),
            ],
            gzip.clone(),
        )
            .into_response(),
        _ => (caching, [content_type], asset.identity.clone()).into_response(),
    })
}
