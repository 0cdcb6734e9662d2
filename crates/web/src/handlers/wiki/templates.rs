//! Templates for new pages (editors).

use super::*;

/// This module's routes.
pub(super) fn routes() -> Router<AppState> {
    Router::new().route("/templates", get(templates).post(save_template))
}

#[derive(Template)]
#[template(path = "templates.html")]
struct TemplatesPage {
    chrome: Chrome,
    templates: Vec<PageTemplate>,
    name: String,
    body: String,
    problem: Option<String>,
}

/// The templates for new pages, to change (editors).
pub async fn templates(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
) -> Result<Response, WebError> {
    let templates = state
        .app()
        .wiki()
        .templates_to_manage(&viewer.actor)
        .await?;
    render(&TemplatesPage {
        chrome,
        templates,
        name: String::new(),
        body: String::new(),
        problem: None,
    })
}

/// A template's fields; `intent=delete` deletes it.
#[derive(Deserialize)]
pub struct TemplateForm {
    #[serde(default)]
    id: Option<i64>,
    #[serde(default)]
    name: String,
    #[serde(default)]
    body: String,
    #[serde(default)]
    language: String,
    #[serde(default)]
    intent: String,
}

/// Creates, changes or deletes a template (editors).
pub async fn save_template(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
    Form(form): Form<TemplateForm>,
) -> Result<Response, WebError> {
    // A form without a language (an older page) writes in the reader's.
    let language = match form.language.as_str() {
        "" => chrome.lang().to_owned(),
        chosen => chosen.to_owned(),
    };
    let outcome = match (form.intent.as_str(), form.id) {
        ("delete", Some(id)) => state.app().wiki().delete_template(&viewer.actor, id).await,
        _ => {
            state
                .app()
                .wiki()
                .save_template(&viewer.actor, form.id, &form.name, &form.body, &language)
                .await
        }
    };
    let problem = match outcome {
        Ok(()) => return Ok(see_other("/templates")),
        Err(AppError::Invalid(error)) => chrome.problem(&error),
        Err(AppError::Conflict(_)) => chrome.t("template-exists"),
        Err(other) => return Err(other.into()),
    };
    let templates = state
        .app()
        .wiki()
        .templates_to_manage(&viewer.actor)
        .await?;
    render_with_status(
        StatusCode::UNPROCESSABLE_ENTITY,
        &TemplatesPage {
            chrome,
            templates,
            name: form.name,
            body: form.body,
            problem: Some(problem),
        },
    )
}
