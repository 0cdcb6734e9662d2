//! Translations: choosing a language to translate a page into, the translation editor (the
//! source paragraph by paragraph beside the translation: a plain form, with the glossary's
//! terms and the memory's suggestions), claims, a second translator's review, each
//! language's dashboard and its glossary.

use braid_app::wiki::{Glossary, GlossaryTerm, TranslationClaim};
use braid_app::wiki::{TranslationDashboard, TranslationOutcome, TranslationSave, TranslationWork};
use braid_domain::language::{CONTENT_LANGUAGES, ContentLanguage};
use braid_domain::wiki::TranslationState;

use super::*;

/// This module's routes.
pub(super) fn routes() -> Router<AppState> {
    Router::new()
        .route("/translations", get(dashboard))
        .route("/wiki/{section}/{page}/translate", get(choose))
        .route(
            "/wiki/{section}/{page}/translate/{language}",
            get(edit).post(save),
        )
        .route(
            "/wiki/{section}/{page}/translate/{language}/claim",
            post(claim),
        )
        .route("/wiki/{section}/{page}/review-translation", post(review))
        .route("/translations/glossary", get(glossary).post(save_term))
        .route("/translations/glossary/remove", post(remove_term))
}

/// Claiming a translation, or letting one's claim go.
#[derive(Deserialize)]
pub struct ClaimForm {
    #[serde(default)]
    intent: String,
}

/// Claims the translation for a while, or lets the claim go; back to the editor.
pub async fn claim(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    Path((section, slug, language)): Path<(String, String, String)>,
    Form(form): Form<ClaimForm>,
) -> Result<Response, WebError> {
    state
        .app()
        .wiki()
        .claim_translation(
            &viewer.actor,
            &section,
            &slug,
            &language,
            form.intent == "claim",
        )
        .await?;
    Ok(see_other(&format!(
        "/wiki/{section}/{slug}/translate/{language}"
    )))
}

#[derive(Template)]
#[template(path = "glossary.html")]
struct GlossaryPage {
    chrome: Chrome,
    glossary: Glossary,
    /// The term form as typed, when it comes back with a problem.
    draft: GlossaryTerm,
    problem: Option<String>,
}

impl GlossaryPage {
    fn languages(&self) -> &'static [ContentLanguage] {
        CONTENT_LANGUAGES
    }
}

async fn glossary_page(
    state: &AppState,
    chrome: Chrome,
    viewer: &Viewer,
    language: &str,
) -> Result<GlossaryPage, WebError> {
    let glossary = state.app().wiki().glossary(&viewer.actor, language).await?;
    Ok(GlossaryPage {
        chrome,
        glossary,
        draft: GlossaryTerm {
            id: 0,
            term: String::new(),
            translation: String::new(),
            note: String::new(),
            keep_as_is: false,
        },
        problem: None,
    })
}

/// A language's glossary, with the form to add a term.
pub async fn glossary(
    State(state): State<AppState>,
    chrome: Chrome,
    viewer: Viewer,
    Query(query): Query<DashboardQuery>,
) -> Result<Response, WebError> {
    let language = reader_language(&chrome, &query.language);
    render(&glossary_page(&state, chrome, &viewer, &language).await?)
}

/// A glossary term's fields.
#[derive(Deserialize)]
pub struct TermForm {
    #[serde(default)]
    language: String,
    #[serde(default)]
    term: String,
    #[serde(default)]
    translation: String,
    #[serde(default)]
    note: String,
    #[serde(default)]
    keep_as_is: Option<String>,
    #[serde(default)]
    id: i64,
}

/// Adds or changes a term; the form comes back with what was typed when it is refused.
pub async fn save_term(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
    Form(form): Form<TermForm>,
) -> Result<Response, WebError> {
    let term = GlossaryTerm {
        id: 0,
        term: form.term,
        translation: form.translation,
        note: form.note,
        keep_as_is: form.keep_as_is.is_some(),
    };
    match state
        .app()
        .wiki()
        .save_glossary_term(&viewer.actor, &form.language, &term)
        .await
    {
        Ok(()) => Ok(see_other(&glossary_href(&form.language))),
        Err(AppError::Invalid(error)) => {
            let mut page = glossary_page(&state, chrome, &viewer, &form.language).await?;
            page.problem = Some(page.chrome.problem(&error));
            page.draft = term;
            render_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(other) => Err(other.into()),
    }
}

/// Removes a term.
pub async fn remove_term(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    Form(form): Form<TermForm>,
) -> Result<Response, WebError> {
    state
        .app()
        .wiki()
        .remove_glossary_term(&viewer.actor, &form.language, form.id)
        .await?;
    Ok(see_other(&glossary_href(&form.language)))
}

/// A language's glossary page (the language is checked before it gets here).
fn glossary_href(language: &str) -> String {
    let encoded: String = form_urlencoded::byte_serialize(language.as_bytes()).collect();
    format!("/translations/glossary?language={encoded}")
}

/// The language a page asks for, or else the reader's.
fn reader_language(chrome: &Chrome, asked: &str) -> String {
    match asked {
        "" => chrome.content_language().map_or_else(
            || DEFAULT_LANGUAGE.to_owned(),
            |code| code.as_str().to_owned(),
        ),
        chosen => chosen.to_owned(),
    }
}

/// A language to translate into, and how the page stands in it.
struct LanguageChoice {
    language: &'static ContentLanguage,
    state: TranslationState,
}

#[derive(Template)]
#[template(path = "translate_choose.html")]
struct ChoosePage {
    chrome: Chrome,
    view: PageView,
    href: String,
    choices: Vec<LanguageChoice>,
}

/// The languages the page can be translated into, with how it stands in each.
pub async fn choose(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
    Path((section, slug)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let view = state
        .app()
        .wiki()
        .page(&viewer.actor, &section, &slug, None)
        .await?;
    if !view.may_edit {
        return Err(WebError::Forbidden);
    }
    // A translation's page leads to its source's choices.
    if let Some(facts) = &view.translation {
        return Ok(see_other(&format!("{}/translate", facts.source.href)));
    }
    let source_language = view.page.language.clone();
    let reader_first = chrome.content_language();
    let mut choices: Vec<LanguageChoice> = CONTENT_LANGUAGES
        .iter()
        .filter(|language| language.code != source_language.as_str())
        .map(|language| LanguageChoice {
            language,
            state: view
                .languages
                .iter()
                .find(|version| version.language.as_str() == language.code)
                .and_then(|version| version.state)
                .unwrap_or(TranslationState::Missing),
        })
        .collect();
    // The reader's own language first.
    choices.sort_by_key(|choice| {
        reader_first
            .as_ref()
            .is_none_or(|first| first.as_str() != choice.language.code)
    });
    let href = page_href(&view.section, &view.page.slug);
    render(&ChoosePage {
        chrome,
        view,
        href,
        choices,
    })
}

#[derive(Template)]
#[template(path = "translate.html")]
struct EditorPage {
    chrome: Chrome,
    /// The optional script that puts a suggestion into its box.
    script_url: String,
    work: TranslationWork,
    action: String,
    /// The translation's text as typed when a save is refused, else as it stands.
    title: String,
    summary: String,
    draft: bool,
    problem: Option<String>,
}

impl EditorPage {
    fn changed(&self) -> i64 {
        self.work.rows.iter().filter(|row| row.changed).count() as i64
    }

    fn dir_of(&self, code: &str) -> &'static str {
        self.chrome.content_dir(code)
    }

    fn percent(&self, value: impl crate::chrome::Count) -> String {
        percent(&self.chrome, value)
    }

    /// Who is translating the page, and until when.
    fn claim_text(&self, claim: &TranslationClaim) -> String {
        if self.work.claimed_by_actor {
            let until = ("date", self.chrome.when(claim.until));
            self.chrome
                .t
                .try_t("translate-claimed-you", &[until])
                .unwrap_or_default()
        } else {
            claimed_by(&self.chrome, claim)
        }
    }
}

/// "Someone is translating this until then", as the reader's language says it.
fn claimed_by(chrome: &Chrome, claim: &TranslationClaim) -> String {
    let args = [
        ("handle", claim.handle.clone()),
        ("date", chrome.when(claim.until)),
    ];
    chrome
        .t
        .try_t("translate-claimed-by", &args)
        .unwrap_or_default()
}

/// `value` per cent, as the reader's language writes it.
fn percent(chrome: &Chrome, value: impl crate::chrome::Count) -> String {
    chrome.t.t_str("percent", "value", &chrome.number(value))
}

fn editor(state: &AppState, chrome: Chrome, work: TranslationWork) -> EditorPage {
    let action = format!("{}/translate/{}", work.source.href, work.language.as_str());
    EditorPage {
        script_url: state.shared.assets.url("translate.js"),
        title: work.title.clone(),
        summary: String::new(),
        draft: work.state == TranslationState::Draft,
        problem: None,
        chrome,
        work,
        action,
    }
}

/// The translation editor.
pub async fn edit(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
    Path((section, slug, language)): Path<(String, String, String)>,
) -> Result<Response, WebError> {
    let work = state
        .app()
        .wiki()
        .translation_work(&viewer.actor, &section, &slug, &language)
        .await?;
    render(&editor(&state, chrome, work))
}

/// Saves a translation; shows the editor again with what was typed when it is refused, and
/// the page editor with both versions marked when someone saved the translation meanwhile.
pub async fn save(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
    Path((section, slug, language)): Path<(String, String, String)>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let field = |name: &str| {
        fields
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.clone())
            .unwrap_or_default()
    };
    let save = TranslationSave {
        title: field("title"),
        paragraphs: fields
            .iter()
            .filter(|(key, _)| key == "p")
            .map(|(_, value)| value.clone())
            .collect(),
        source_revision: field("source_revision")
            .parse()
            .map_err(|_| WebError::BadRequest)?,
        base: field("base").parse().ok(),
        draft: field("draft") == "on",
        summary: field("summary"),
    };
    let wiki = state.app().wiki();
    match wiki
        .save_translation(&viewer.actor, &section, &slug, &language, &save)
        .await
    {
        Ok(TranslationOutcome::Saved(translated)) => {
            Ok(see_other(&format!("/wiki/{section}/{translated}")))
        }
        Ok(TranslationOutcome::Conflict { slug, outcome }) => {
            let section = wiki.readable_section(&viewer.actor, &section).await?;
            let mut page = EditPage::editing(chrome, section, &slug, 0).crossed(outcome);
            page.summary = save.summary;
            page.language = language;
            render_with_status(StatusCode::CONFLICT, &page)
        }
        Err(AppError::Invalid(error)) => {
            let mut work = wiki
                .translation_work(&viewer.actor, &section, &slug, &language)
                .await?;
            // Keep every word typed.
            for (row, typed) in work.rows.iter_mut().zip(&save.paragraphs) {
                typed.clone_into(&mut row.target);
            }
            let mut page = editor(&state, chrome, work);
            page.problem = Some(page.chrome.problem(&error));
            page.title = save.title;
            page.summary = save.summary;
            page.draft = save.draft;
            render_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(other) => Err(other.into()),
    }
}

/// A second translator marks the translation as checked.
pub async fn review(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    Path((section, slug)): Path<(String, String)>,
) -> Result<Response, WebError> {
    state
        .app()
        .wiki()
        .review_translation(&viewer.actor, &section, &slug)
        .await?;
    Ok(see_other(&format!("/wiki/{section}/{slug}")))
}

/// The dashboard's choice of language.
#[derive(Deserialize)]
pub struct DashboardQuery {
    #[serde(default)]
    language: String,
}

#[derive(Template)]
#[template(path = "translations.html")]
struct DashboardPage {
    chrome: Chrome,
    dashboard: TranslationDashboard,
}

impl DashboardPage {
    fn languages(&self) -> &'static [ContentLanguage] {
        CONTENT_LANGUAGES
    }

    fn claimed(&self, claim: &TranslationClaim) -> String {
        claimed_by(&self.chrome, claim)
    }

    fn states(&self) -> [TranslationState; 5] {
        TranslationState::ALL
    }

    fn percent(&self, value: impl crate::chrome::Count) -> String {
        percent(&self.chrome, value)
    }

    /// "`done` of `total` (`percent`)", as the reader's language writes it.
    fn figure(
        &self,
        done: impl crate::chrome::Count,
        total: impl crate::chrome::Count,
        percent: impl crate::chrome::Count,
    ) -> String {
        let args = [
            ("done", self.chrome.number(done)),
            ("total", self.chrome.number(total)),
            ("percent", self.percent(percent)),
        ];
        self.chrome
            .t
            .try_t("translations-done-figure", &args)
            .unwrap_or_default()
    }

    /// Translated and up to date (or reviewed), of all.
    fn done(&self, counts: &[usize; 5]) -> (i64, i64, i64) {
        let done = (counts[3] + counts[4]) as i64;
        let total = counts.iter().sum::<usize>() as i64;
        let percent = if total == 0 { 0 } else { done * 100 / total };
        (done, total, percent)
    }
}

/// How far a language's translations are: by section, and what to translate next.
pub async fn dashboard(
    State(state): State<AppState>,
    chrome: Chrome,
    viewer: Viewer,
    headers: HeaderMap,
    Query(query): Query<DashboardQuery>,
) -> Result<Response, WebError> {
    let public = PublicRequest::of(&state, &chrome, &viewer);
    if let Some(finished) = public.as_ref().and_then(|request| request.finished(&state)) {
        return Ok(finished.response(&headers));
    }
    let language = reader_language(&chrome, &query.language);
    let dashboard = state
        .app()
        .wiki()
        .translation_dashboard(&viewer.actor, &language)
        .await?;
    let page = DashboardPage { chrome, dashboard };
    PublicRequest::render(public, &state, &page, &headers)
}
