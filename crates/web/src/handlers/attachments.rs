//! Attachments: `POST /wiki/{section}/{page}/attachments` (a file upload, multipart),
//! `GET /attachments/{id}/{name}` and `POST /attachments/{id}/delete`.
//!
//! Files are served with the type their bytes showed on upload, `nosniff`, a sandboxing
//! policy, and `Content-Disposition: attachment` for everything but raster images.

use axum::extract::multipart::MultipartRejection;
use axum::extract::{Form, Multipart, Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use braid_app::AppError;
use serde::Deserialize;

use crate::chrome::Chrome;
use crate::handlers::wiki::{see_other, show_page_with_problem};
use crate::middleware::ServesFile;
use crate::session::{SignedIn, Viewer};
use crate::{AppState, WebError};

/// Attaches the uploaded file to the page, then shows the page at its attachments.
pub async fn upload(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
    Path((section, slug)): Path<(String, String)>,
    form: Result<Multipart, MultipartRejection>,
) -> Result<Response, WebError> {
    let mut form = form.map_err(|_| WebError::BadRequest)?;
    let mut file: Option<(String, Vec<u8>)> = None;
    while let Some(field) = form.next_field().await.map_err(|_| WebError::BadRequest)? {
        if field.name() == Some("file") {
            let name = field.file_name().unwrap_or("file").to_owned();
            let bytes = field.bytes().await.map_err(|_| WebError::BadRequest)?;
            file = Some((name, bytes.to_vec()));
        }
    }
    let Some((name, bytes)) = file.filter(|(_, bytes)| !bytes.is_empty()) else {
        let problem = chrome.t("attachment-choose");
        return show_page_with_problem(&state, chrome, &viewer, &section, &slug, problem).await;
    };
    match state
        .app()
        .attach(&viewer.actor, &section, &slug, &name, &bytes)
        .await
    {
        Ok(_) => {
            let view = state
                .app()
                .wiki()
                .page(&viewer.actor, &section, &slug, None)
                .await?;
            Ok(see_other(&format!(
                "{}#attachments",
                braid_app::wiki::page_href(&view.section, &view.page.slug)
            )))
        }
        Err(AppError::Invalid(error)) => {
            let problem = chrome.problem(&error);
            show_page_with_problem(&state, chrome, &viewer, &section, &slug, problem).await
        }
        Err(other) => Err(other.into()),
    }
}

/// Sends an attachment to whoever may read its page.
pub async fn download(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((id, _name)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let file = state.app().attachment(&viewer.actor, &id).await?;
    let ascii: String = file
        .file_name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || ".-_".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    let encoded: String = form_urlencoded::byte_serialize(file.file_name.as_bytes())
        .collect::<String>()
        .replace('+', "%20");
    let disposition = format!(
        "{}; filename=\"{ascii}\"; filename*=UTF-8''{encoded}",
        if file.inline { "inline" } else { "attachment" }
    );
    let mut response = (StatusCode::OK, file.bytes).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(file.content_type),
    );
    if let Ok(value) = HeaderValue::from_str(&disposition) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    response.extensions_mut().insert(ServesFile);
    Ok(response)
}

/// Removes an attachment (its uploader or an editor).
pub async fn delete(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let href = state.app().delete_attachment(&viewer.actor, &id).await?;
    Ok(see_other(&format!("{href}#attachments")))
}

/// Lets readers see a file that waited for review (editors); back to where they came from.
pub async fn approve(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    Path(id): Path<String>,
    Form(form): Form<ApproveForm>,
) -> Result<Response, WebError> {
    let href = state.app().approve_attachment(&viewer.actor, &id).await?;
    let back = if form.from == "review" {
        "/review#files".to_owned()
    } else {
        format!("{href}#attachments")
    };
    Ok(see_other(&back))
}

/// Where the approval was given: `review` for the review queue, else the page.
#[derive(Deserialize)]
pub struct ApproveForm {
    #[serde(default)]
    from: String,
}
