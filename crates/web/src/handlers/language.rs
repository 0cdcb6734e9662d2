//! `POST /language`: the reader picks the interface language.

use axum::extract::{Form, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use crate::chrome::language_cookie_name;
use crate::handlers::local_path;
use crate::session::Viewer;
use crate::{AppState, WebError};

/// The language switcher's fields.
#[derive(Debug, Deserialize)]
pub struct LanguageForm {
    /// The chosen language tag.
    lang: String,
    /// The page to return to.
    #[serde(default)]
    return_to: String,
}

/// Remembers the choice in a cookie (and, for a signed-in member, with their account, so
/// their other devices follow) and goes back to the page the reader was on.
pub async fn choose(
    State(state): State<AppState>,
    viewer: Viewer,
    Form(form): Form<LanguageForm>,
) -> Result<Response, WebError> {
    let shared = &state.shared;
    if !shared.locales.has(&form.lang) {
        return Err(WebError::BadRequest);
    }
    if viewer.session.is_some() {
        state
            .app()
            .accounts()
            .choose_interface_language(&viewer.actor, &form.lang)
            .await?;
    }
    let secure = if shared.secure_transport {
        "; Secure"
    } else {
        ""
    };
    let cookie = format!(
        "{}={}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly{secure}",
        language_cookie_name(shared.secure_transport),
        form.lang
    );
    let location = local_path(&form.return_to).unwrap_or("/");
    let cookie = HeaderValue::from_str(&cookie).map_err(|_| WebError::BadRequest)?;
    let location = HeaderValue::from_str(location).map_err(|_| WebError::BadRequest)?;
    Ok((
        StatusCode::SEE_OTHER,
        [(header::SET_COOKIE, cookie), (header::LOCATION, location)],
    )
        .into_response())
}

#[cfg(test)]
mod tests {
    use crate::handlers::local_path;

    #[test]
    fn only_local_paths_are_followed() {
        assert_eq!(local_path("/wiki/discover?x=1"), Some("/wiki/discover?x=1"));
        for hostile in [
            "",
            "https://evil.example",
            "//evil.example",
            "/\\evil.example",
            "/\\/evil",
            "javascript:alert(1)",
            "/a\r\nSet-Cookie: x",
            "/\tx",
        ] {
            assert_eq!(local_path(hostile), None, "{hostile:?}");
        }
    }
}
