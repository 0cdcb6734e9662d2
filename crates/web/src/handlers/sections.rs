//! The page where editors shape the hub: add, describe, order and remove sections.

use askama::Template;
use axum::extract::{Form, Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use braid_app::AppError;
use braid_app::sections::{Direction, SectionDraft, SectionTranslation};
use braid_domain::section::{Section, SectionGroup};
use braid_domain::wiki::Visibility;
use serde::Deserialize;

use crate::chrome::Chrome;
use crate::handlers::wiki::{VisibilityLabel, see_other};
use crate::handlers::{render, render_with_status};
use crate::session::{SignedIn, Viewer};
use crate::{AppState, WebError};

/// The fields of a section, as typed.
#[derive(Deserialize, Default)]
pub struct SectionForm {
    #[serde(default)]
    title: String,
    #[serde(default)]
    summary: String,
    #[serde(default)]
    group: String,
    #[serde(default)]
    visibility: String,
    /// For `translate`: the language of the title and description given.
    #[serde(default)]
    language: String,
    /// On an existing section: `save`, `translate`, `up`, `down` or `remove`.
    #[serde(default)]
    intent: String,
}

impl SectionForm {
    fn draft(&self) -> SectionDraft {
        SectionDraft {
            title: self.title.clone(),
            summary: self.summary.clone(),
            group: self.group.clone(),
        }
    }
}

/// A section in its group's list, knowing whether it can move up or down.
struct Managed {
    section: Section,
    first: bool,
    last: bool,
}

#[derive(Template)]
#[template(path = "sections.html")]
struct SectionsPage {
    chrome: Chrome,
    /// Each group (its stable name) with its sections in order, as the home page lists them.
    groups: Vec<(&'static str, Vec<Managed>)>,
    /// A refused change: the section's address (empty for a new one) and why.
    problem: Option<(String, String)>,
    /// What was typed into the form that was refused, to show it again.
    typed: SectionForm,
    /// Every section's titles and descriptions in other languages.
    translations: Vec<SectionTranslation>,
}

impl SectionsPage {
    /// `section`'s titles and descriptions in other languages.
    fn translations_of(&self, section: &Section) -> Vec<&SectionTranslation> {
        self.translations
            .iter()
            .filter(|translation| translation.section_id == section.id)
            .collect()
    }

    fn content_languages(&self) -> &'static [braid_domain::language::ContentLanguage] {
        braid_domain::language::CONTENT_LANGUAGES
    }

    fn groups(&self) -> [SectionGroup; 3] {
        SectionGroup::ALL
    }

    fn visibilities(&self) -> [Visibility; 3] {
        [Visibility::Public, Visibility::Members, Visibility::Editors]
    }

    /// Whether the refused form was the one for `slug` (empty: the new section's).
    fn refused(&self, slug: &str) -> bool {
        self.problem.as_ref().is_some_and(|(at, _)| at == slug)
    }
}

async fn page(
    state: &AppState,
    chrome: Chrome,
    viewer: &Viewer,
    problem: Option<(String, String)>,
    typed: SectionForm,
) -> Result<SectionsPage, WebError> {
    let sections = state.app().sections_to_manage(&viewer.actor).await?;
    let groups = SectionGroup::ALL
        .iter()
        .map(|&group| {
            let inside: Vec<Section> = sections
                .iter()
                .filter(|section| section.group == group)
                .cloned()
                .collect();
            let count = inside.len();
            let managed = inside
                .into_iter()
                .enumerate()
                .map(|(at, section)| Managed {
                    section,
                    first: at == 0,
                    last: at + 1 == count,
                })
                .collect();
            (group.as_str(), managed)
        })
        .collect();
    let translations = state.app().section_translations().await?.as_ref().clone();
    Ok(SectionsPage {
        chrome,
        groups,
        problem,
        typed,
        translations,
    })
}

/// The sections, each with its forms, and the form for a new one.
pub async fn list(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
) -> Result<Response, WebError> {
    let typed = SectionForm {
        group: SectionGroup::Phase.as_str().to_owned(),
        visibility: Visibility::Public.as_str().to_owned(),
        ..SectionForm::default()
    };
    render(&page(&state, chrome, &viewer, None, typed).await?)
}

/// Shows the page again with why `form` was refused, keeping what was typed.
async fn refused(
    state: &AppState,
    chrome: Chrome,
    viewer: &Viewer,
    slug: &str,
    form: SectionForm,
    error: AppError,
) -> Result<Response, WebError> {
    let problem = match error {
        AppError::Invalid(error) => chrome.problem(&error),
        other => return Err(other.into()),
    };
    let page = page(
        state,
        chrome,
        viewer,
        Some((slug.to_owned(), problem)),
        form,
    )
    .await?;
    render_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
}

/// Adds a section and opens it.
pub async fn add(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
    Form(form): Form<SectionForm>,
) -> Result<Response, WebError> {
    match state
        .app()
        .add_section(&viewer.actor, &form.draft(), &form.visibility)
        .await
    {
        Ok(slug) => Ok(see_other(&format!("/wiki/{slug}"))),
        Err(error) => refused(&state, chrome, &viewer, "", form, error).await,
    }
}

/// Saves, moves or removes a section.
pub async fn change(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
    Path(section): Path<String>,
    Form(form): Form<SectionForm>,
) -> Result<Response, WebError> {
    let app = state.app();
    let outcome = match form.intent.as_str() {
        "up" => {
            app.move_section(&viewer.actor, &section, Direction::Up)
                .await
        }
        "down" => {
            app.move_section(&viewer.actor, &section, Direction::Down)
                .await
        }
        "remove" => app.remove_section(&viewer.actor, &section).await,
        "save" => {
            app.edit_section(&viewer.actor, &section, &form.draft())
                .await
        }
        "translate" => {
            app.translate_section(
                &viewer.actor,
                &section,
                &form.language,
                &form.title,
                &form.summary,
            )
            .await
        }
        _ => return Err(WebError::BadRequest),
    };
    match outcome {
        Ok(()) => Ok(see_other(&format!("/sections#section-{section}"))),
        Err(error) => refused(&state, chrome, &viewer, &section, form, error).await,
    }
}
