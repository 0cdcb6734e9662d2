//! `GET /sign-in`: where members sign in.

use askama::Template;
use axum::response::Response;

use crate::WebError;
use crate::chrome::Chrome;
use crate::handlers::render;

#[derive(Template)]
#[template(path = "sign_in.html")]
struct SignInPage {
    chrome: Chrome,
}

/// Explains how membership works on this hub.
pub async fn show(chrome: Chrome) -> Result<Response, WebError> {
    render(&SignInPage { chrome })
}
