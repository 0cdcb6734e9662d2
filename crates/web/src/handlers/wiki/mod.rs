//! The wiki: a section's tree, a page, writing and editing it (with preview, both without
//! JavaScript), its licence and visibility, suppression, what links here and wanted pages.
//! Its other resources each have a module with its own routes, merged by [`routes`].

use askama::Template;
use axum::Router;
use axum::extract::{Form, Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use braid_app::AppError;
use braid_app::attachments::AttachmentView;
use braid_app::tree::TreeEntry;
use braid_app::wiki::comments::CommentView;
use braid_app::wiki::diff::{LineChange, Row, side_by_side as rows_of};
use braid_app::wiki::{
    HistoryEntry, LabelCount, LabelledPage, PageDraft, PageEdit, PageInFull, PageLink,
    PageTemplate, PageView, RevisionDiff, SaveOutcome, page_href,
};
use braid_domain::ids::CommentId;
use braid_domain::language::{DEFAULT_LANGUAGE, content_language};
use braid_domain::section::Section;
use braid_domain::wiki::{TranslationState, Visibility};
use serde::Deserialize;

use crate::chrome::Chrome;
use crate::handlers::{render, render_with_status};
use crate::public_pages::PublicRequest;
use crate::session::{SignedIn, Viewer};
use crate::{AppState, WebError};

mod bin;
mod comments;
mod export;
mod history;
mod labels;
mod moves;
mod notifications;
mod review;
mod templates;
mod translations;

/// The wiki's routes: this module's and its resources'.
pub fn routes() -> Router<AppState> {
    Router::new()
        .merge(bin::routes())
        .merge(comments::routes())
        .merge(export::routes())
        .merge(history::routes())
        .merge(labels::routes())
        .merge(moves::routes())
        .merge(notifications::routes())
        .merge(review::routes())
        .merge(templates::routes())
        .merge(translations::routes())
        .route("/wiki/{section}", get(show_section))
        .route("/wiki/{section}/licence", post(set_licence))
        .route("/wiki/{section}/visibility", post(set_section_visibility))
        .route("/wanted-pages", get(wanted_pages))
        .route("/wiki/{section}/new", get(new_page).post(create_page))
        .route("/wiki/{section}/{page}", get(show_page))
        .route(
            "/wiki/{section}/{page}/edit",
            get(edit_page).post(save_page),
        )
        .route(
            "/wiki/{section}/{page}/visibility",
            post(set_page_visibility),
        )
        .route("/wiki/{section}/{page}/suppress", post(suppress_revision))
        .route("/wiki/{section}/{page}/links-here", get(links_here))
}

#[derive(Template)]
#[template(path = "section.html")]
struct SectionPage {
    chrome: Chrome,
    section: Section,
    /// The part of the section's tree shown, from `shown_from`.
    pages: Vec<PageLink>,
    /// Where the part shown starts in the tree, and where the previous and next parts start.
    shown_from: usize,
    earlier: Option<usize>,
    later: Option<usize>,
    total: usize,
    may_write: bool,
    may_manage: bool,
    licences: Vec<braid_domain::wiki::Licence>,
    visibilities: Vec<Visibility>,
    previous: Option<Section>,
    next: Option<Section>,
}

/// How many entries of a section's tree one page of it lists: a section of thousands of
/// pages would otherwise be a third of a megabyte (bench/RESULTS.md, issue 27).
const TREE_SHOWN: usize = 200;

/// `?from=N`: the part of a section's tree to show.
#[derive(Deserialize)]
pub struct TreeQuery {
    #[serde(default)]
    from: usize,
}

/// Shows a section's tree of pages, a part at a time, with links to its neighbours in hub
/// order. Anonymous readers get it from the finished pages when it is there.
pub async fn show_section(
    State(state): State<AppState>,
    chrome: Chrome,
    viewer: Viewer,
    headers: HeaderMap,
    Path(slug): Path<String>,
    Query(query): Query<TreeQuery>,
) -> Result<Response, WebError> {
    let public = PublicRequest::of(&state, &chrome, &viewer);
    if let Some(finished) = public.as_ref().and_then(|request| request.finished(&state)) {
        return Ok(finished.response(&headers));
    }
    let mut tree = state
        .app()
        .wiki()
        .section_tree(&viewer.actor, &slug, chrome.content_language().as_ref())
        .await?;
    let total = tree.pages.len();
    let shown_from = query
        .from
        .min(total.saturating_sub(1) / TREE_SHOWN * TREE_SHOWN);
    let pages: Vec<PageLink> = tree
        .pages
        .drain(..)
        .skip(shown_from)
        .take(TREE_SHOWN)
        .collect();
    let earlier = (shown_from > 0).then(|| shown_from.saturating_sub(TREE_SHOWN));
    let later = (shown_from + TREE_SHOWN < total).then_some(shown_from + TREE_SHOWN);
    let mut sections = state.app().sections(&viewer.actor).await?;
    let language = chrome.content_language();
    state
        .app()
        .localise_sections(&mut sections, language.as_ref())
        .await?;
    state
        .app()
        .localise_sections(std::slice::from_mut(&mut tree.section), language.as_ref())
        .await?;
    let position = sections.iter().position(|s| s.id == tree.section.id);
    let previous = position
        .and_then(|i| i.checked_sub(1))
        .and_then(|i| sections.get(i))
        .cloned();
    let next = position.and_then(|i| sections.get(i + 1)).cloned();
    let page = SectionPage {
        chrome,
        section: tree.section,
        pages,
        shown_from,
        earlier,
        later,
        total,
        may_write: tree.may_write,
        may_manage: tree.may_manage,
        licences: braid_domain::wiki::Licence::ALL.to_vec(),
        visibilities: Visibility::ALL.to_vec(),
        previous,
        next,
    };
    PublicRequest::render(public, &state, &page, &headers)
}

#[derive(Template)]
#[template(path = "page.html")]
struct PagePage {
    chrome: Chrome,
    view: PageView,
    /// Whether an older revision is shown.
    old: bool,
    href: String,
    /// The discussion, for members.
    comments: Option<Vec<CommentView>>,
    /// What was typed into the new-comment form, when it comes back with a problem.
    comment_draft: String,
    comment_problem: Option<String>,
    /// The page's files.
    attachments: Vec<AttachmentView>,
    /// Why an upload was refused.
    attachment_problem: Option<String>,
    /// The largest file accepted, in MiB (0: this hub keeps no files).
    attachment_limit_mib: usize,
    /// Why a change to the page's settings (review-by date) was refused.
    settings_problem: Option<String>,
    /// The revision shown was suppressed (only admins get here).
    suppressed: bool,
}

async fn page_page(
    state: &AppState,
    chrome: Chrome,
    viewer: &Viewer,
    section: &str,
    slug: &str,
    revision: Option<i64>,
) -> Result<PagePage, WebError> {
    let PageInFull {
        mut view,
        comments,
        attachments,
    } = state
        .app()
        .wiki()
        .page_in_full(
            &viewer.actor,
            section,
            slug,
            revision,
            chrome.content_language().as_ref(),
        )
        .await?;
    state
        .app()
        .localise_sections(
            std::slice::from_mut(&mut view.section),
            chrome.content_language().as_ref(),
        )
        .await?;
    let old = view.is_old();
    let href = page_href(&view.section, &view.page.slug);
    let suppressed = view.revision.review == braid_domain::wiki::ReviewState::Suppressed;
    Ok(PagePage {
        chrome,
        view,
        old,
        href,
        suppressed,
        comments,
        comment_draft: String::new(),
        comment_problem: None,
        attachments,
        attachment_problem: None,
        attachment_limit_mib: state.app().attachment_limit() / (1024 * 1024),
        settings_problem: None,
    })
}

/// `?revision=N` asks for an older revision.
#[derive(Deserialize)]
pub struct RevisionQuery {
    #[serde(default)]
    revision: Option<i64>,
}

/// Shows a page (or one of its older revisions). Anonymous readers of the current revision
/// get it from the finished pages when it is there (see `public_pages`).
pub async fn show_page(
    State(state): State<AppState>,
    chrome: Chrome,
    viewer: Viewer,
    headers: HeaderMap,
    Path((section, slug)): Path<(String, String)>,
    Query(query): Query<RevisionQuery>,
) -> Result<Response, WebError> {
    let public = match PublicRequest::of(&state, &chrome, &viewer) {
        Some(request) => {
            let version = state.app().wiki().view_version(&section, &slug).await;
            Some(request.at(version))
        }
        None => None,
    };
    if let Some(finished) = public.as_ref().and_then(|request| request.finished(&state)) {
        return Ok(finished.response(&headers));
    }
    match page_page(&state, chrome, &viewer, &section, &slug, query.revision).await {
        Ok(page) => PublicRequest::render(public, &state, &page, &headers),
        Err(WebError::NotFound) => {
            // A page that moved to another section answers at its old address for good.
            match state
                .app()
                .wiki()
                .page_redirect(&viewer.actor, &section, &slug)
                .await?
            {
                Some(href) => Ok(moved_permanently(&href)),
                None => Err(WebError::NotFound),
            }
        }
        Err(other) => Err(other),
    }
}

fn moved_permanently(location: &str) -> Response {
    let mut response = see_other(location);
    *response.status_mut() = StatusCode::MOVED_PERMANENTLY;
    response
}

/// The editor, for a new page or an edit.
#[derive(Template)]
#[template(path = "page_edit.html")]
struct EditPage {
    chrome: Chrome,
    section: Section,
    /// `None` for a new page.
    page_slug: Option<String>,
    action: String,
    base: i64,
    title: String,
    body: String,
    summary: String,
    parent: String,
    visibility: Visibility,
    /// Levels the editor may choose, when choosing is allowed.
    visibility_choices: Vec<Visibility>,
    preview: Option<String>,
    problem: Option<String>,
    /// Set when someone saved meanwhile and the edits overlap.
    conflict: bool,
    their_title: Option<String>,
    /// Comma-separated labels.
    labels: String,
    /// The code of the language it is written in.
    language: String,
    /// Templates to start a new page from.
    templates: Vec<PageTemplate>,
}

impl EditPage {
    /// The editor of the page at `slug`, from revision `base`, its fields empty.
    fn editing(chrome: Chrome, section: Section, slug: &str, base: i64) -> EditPage {
        EditPage {
            chrome,
            action: format!("{}/edit", page_href(&section, slug)),
            page_slug: Some(slug.to_owned()),
            base,
            visibility: Visibility::Public,
            visibility_choices: Vec::new(),
            preview: None,
            problem: None,
            conflict: false,
            their_title: None,
            title: String::new(),
            body: String::new(),
            summary: String::new(),
            parent: String::new(),
            labels: String::new(),
            language: String::new(),
            templates: Vec::new(),
            section,
        }
    }

    /// The editor again after an edit crossed another save: both versions marked.
    fn crossed(mut self, outcome: SaveOutcome) -> EditPage {
        if let SaveOutcome::Conflict {
            body,
            title,
            their_title,
            current,
        } = outcome
        {
            self.body = body;
            self.title = title;
            self.their_title = their_title;
            self.base = current;
            self.conflict = true;
        }
        self
    }
}

/// The editor's fields.
#[derive(Deserialize)]
pub struct EditForm {
    #[serde(default)]
    title: String,
    #[serde(default)]
    body: String,
    #[serde(default)]
    summary: String,
    #[serde(default)]
    base: i64,
    #[serde(default)]
    parent: String,
    #[serde(default)]
    visibility: String,
    /// `preview` shows the text rendered instead of saving.
    #[serde(default)]
    intent: String,
    #[serde(default)]
    labels: String,
    #[serde(default)]
    language: String,
}

/// `?title=…&parent=…` prefill a new page (from a wanted-page link or a parent page).
#[derive(Deserialize)]
pub struct NewQuery {
    #[serde(default)]
    title: String,
    #[serde(default)]
    parent: String,
    /// A template to start from.
    #[serde(default)]
    template: Option<i64>,
}

/// The language a new page starts in: the reader's interface language when pages can be
/// written in it.
fn default_language(interface: String) -> String {
    match content_language(&interface) {
        Ok(language) => language.code.to_owned(),
        Err(_) => DEFAULT_LANGUAGE.to_owned(),
    }
}

/// The interface string naming each visibility level.
pub(crate) trait VisibilityLabel {
    fn label_id(&self) -> &'static str;
}

impl VisibilityLabel for Visibility {
    fn label_id(&self) -> &'static str {
        match self {
            Visibility::Public => "visibility-public",
            Visibility::Members => "visibility-members",
            Visibility::Editors => "visibility-editors",
        }
    }
}

/// A 303 to a local path; slugs in other scripts are percent-encoded, as headers are ASCII.
pub(crate) fn see_other(location: &str) -> Response {
    let mut encoded = String::with_capacity(location.len());
    for c in location.chars() {
        if c.is_ascii_graphic() {
            encoded.push(c);
        } else {
            let mut bytes = [0; 4];
            for byte in c.encode_utf8(&mut bytes).bytes() {
                encoded.push_str(&format!("%{byte:02X}"));
            }
        }
    }
    let mut response = StatusCode::SEE_OTHER.into_response();
    if let Ok(value) = HeaderValue::from_str(&encoded) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
}

/// The form to write a new page.
pub async fn new_page(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
    Path(section): Path<String>,
    Query(query): Query<NewQuery>,
) -> Result<Response, WebError> {
    let chrome_lang = chrome.lang().to_owned();
    let section = state
        .app()
        .wiki()
        .readable_section(&viewer.actor, &section)
        .await?;
    let templates = state
        .app()
        .wiki()
        .templates(&viewer.actor, &chrome_lang)
        .await?;
    let body = query
        .template
        .and_then(|id| templates.iter().find(|t| t.id == id))
        .map(|t| t.body.clone())
        .unwrap_or_default();
    render(&EditPage {
        chrome,
        action: format!("/wiki/{}/new", section.slug.as_str()),
        visibility: section.visibility,
        section,
        page_slug: None,
        base: 0,
        labels: String::new(),
        language: default_language(chrome_lang),
        templates,
        title: query.title.chars().take(150).collect(),
        body,
        summary: String::new(),
        parent: query.parent,
        visibility_choices: state.app().wiki().visibility_choices(&viewer.actor),
        preview: None,
        problem: None,
        conflict: false,
        their_title: None,
    })
}

/// Saves a new page, or shows its preview.
pub async fn create_page(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
    Path(section): Path<String>,
    Form(form): Form<EditForm>,
) -> Result<Response, WebError> {
    let section = state
        .app()
        .wiki()
        .readable_section(&viewer.actor, &section)
        .await?;
    let visibility = Visibility::parse(&form.visibility).unwrap_or(section.visibility);
    let language = match form.language.as_str() {
        "" => default_language(chrome.lang().to_owned()),
        chosen => chosen.to_owned(),
    };
    let mut page = EditPage {
        chrome,
        action: format!("/wiki/{}/new", section.slug.as_str()),
        section,
        page_slug: None,
        base: 0,
        visibility,
        visibility_choices: state.app().wiki().visibility_choices(&viewer.actor),
        preview: None,
        problem: None,
        conflict: false,
        their_title: None,
        templates: Vec::new(),
        title: form.title,
        body: form.body,
        summary: form.summary,
        parent: form.parent,
        labels: form.labels,
        language,
    };
    if form.intent == "preview" {
        page.preview = Some(
            state
                .app()
                .wiki()
                .render_markdown(
                    &viewer.actor,
                    &page.section,
                    &page.body,
                    page.chrome.content_language().as_ref(),
                )
                .await?
                .html
                .clone(),
        );
        return render(&page);
    }
    let draft = PageDraft {
        title: page.title.clone(),
        body: page.body.clone(),
        summary: page.summary.clone(),
        parent: Some(page.parent.clone()),
        visibility,
        labels: page.labels.clone(),
        language: page.language.clone(),
    };
    match state
        .app()
        .wiki()
        .create_page(&viewer.actor, page.section.slug.as_str(), &draft)
        .await
    {
        Ok(slug) => Ok(see_other(&page_href(&page.section, &slug))),
        Err(AppError::Invalid(error)) => {
            page.problem = Some(page.chrome.problem(&error));
            render_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(AppError::Conflict(_)) => {
            page.problem = Some(page.chrome.t("page-exists"));
            render_with_status(StatusCode::CONFLICT, &page)
        }
        Err(other) => Err(other.into()),
    }
}

/// The form to edit a page, at its latest revision.
pub async fn edit_page(
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
    let (visibility, visibility_choices) = state
        .app()
        .wiki()
        .page_visibility_choices(&viewer.actor, &section, &slug)
        .await?;
    render(&EditPage {
        chrome,
        action: format!("{}/edit", page_href(&view.section, &view.page.slug)),
        page_slug: Some(view.page.slug.clone()),
        base: view.revision.number,
        title: view.revision.title,
        body: view.revision.body,
        summary: String::new(),
        parent: String::new(),
        visibility,
        visibility_choices,
        labels: view.labels.join(", "),
        language: view.page.language.to_string(),
        templates: Vec::new(),
        section: view.section,
        preview: None,
        problem: None,
        conflict: false,
        their_title: None,
    })
}

/// Saves an edit (merging with any save since it started), or shows its preview.
pub async fn save_page(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
    Path((section, slug)): Path<(String, String)>,
    Form(form): Form<EditForm>,
) -> Result<Response, WebError> {
    let section = state
        .app()
        .wiki()
        .readable_section(&viewer.actor, &section)
        .await?;
    let href = page_href(&section, &slug);
    let mut page = EditPage::editing(chrome, section, &slug, form.base);
    page.title = form.title;
    page.body = form.body;
    page.summary = form.summary;
    page.labels = form.labels;
    page.language = form.language;
    if form.intent == "preview" {
        page.preview = Some(
            state
                .app()
                .wiki()
                .render_markdown(
                    &viewer.actor,
                    &page.section,
                    &page.body,
                    page.chrome.content_language().as_ref(),
                )
                .await?
                .html
                .clone(),
        );
        return render(&page);
    }
    let edit = PageEdit {
        base: page.base,
        title: page.title.clone(),
        body: page.body.clone(),
        summary: page.summary.clone(),
        labels: Some(page.labels.clone()),
        language: Some(page.language.clone()).filter(|code| !code.is_empty()),
    };
    match state
        .app()
        .wiki()
        .save_page(&viewer.actor, page.section.slug.as_str(), &slug, &edit)
        .await
    {
        Ok(SaveOutcome::Saved(_) | SaveOutcome::Merged(_) | SaveOutcome::Unchanged) => {
            Ok(see_other(&href))
        }
        Ok(SaveOutcome::Deleted) => {
            page.problem = Some(page.chrome.t("page-deleted-while-editing"));
            render_with_status(StatusCode::CONFLICT, &page)
        }
        Ok(outcome @ SaveOutcome::Conflict { .. }) => {
            render_with_status(StatusCode::CONFLICT, &page.crossed(outcome))
        }
        Err(AppError::Invalid(error)) => {
            page.problem = Some(page.chrome.problem(&error));
            render_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(other) => Err(other.into()),
    }
}

/// The page again with a refused upload's reason (422), keeping everything else as it was.
pub(crate) async fn show_page_with_problem(
    state: &AppState,
    chrome: Chrome,
    viewer: &Viewer,
    section: &str,
    slug: &str,
    problem: String,
) -> Result<Response, WebError> {
    let mut page = page_page(state, chrome, viewer, section, slug, None).await?;
    page.attachment_problem = Some(problem);
    render_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
}

/// The licence chosen for a section.
#[derive(Deserialize)]
pub struct LicenceForm {
    #[serde(default)]
    licence: String,
}

/// Sets the licence of a section's pages (editors).
pub async fn set_licence(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    Path(section): Path<String>,
    Form(form): Form<LicenceForm>,
) -> Result<Response, WebError> {
    state
        .app()
        .wiki()
        .set_section_licence(&viewer.actor, &section, &form.licence)
        .await?;
    Ok(see_other(&format!("/wiki/{section}")))
}

/// Who may read a section.
#[derive(Deserialize)]
pub struct SectionVisibilityForm {
    #[serde(default)]
    visibility: String,
}

/// Sets who may read a page (editors; members whose edits skip review may only narrow it).
pub async fn set_page_visibility(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    Path((section, slug)): Path<(String, String)>,
    Form(form): Form<SectionVisibilityForm>,
) -> Result<Response, WebError> {
    state
        .app()
        .wiki()
        .set_page_visibility(&viewer.actor, &section, &slug, &form.visibility)
        .await?;
    Ok(see_other(&format!("/wiki/{section}/{slug}")))
}

/// The suppression form: which revision and why.
#[derive(Deserialize)]
pub struct SuppressForm {
    revision: i64,
    #[serde(default)]
    reason: String,
}

/// Suppresses a revision that exposed something (admins); a refusal comes back on the
/// revision's page with the reason.
pub async fn suppress_revision(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
    Path((section, slug)): Path<(String, String)>,
    Form(form): Form<SuppressForm>,
) -> Result<Response, WebError> {
    match state
        .app()
        .wiki()
        .suppress_revision(&viewer.actor, &section, &slug, form.revision, &form.reason)
        .await
    {
        Ok(()) | Err(AppError::Conflict(_)) => {
            Ok(see_other(&format!("/wiki/{section}/{slug}/history")))
        }
        Err(AppError::Invalid(error)) => {
            let mut page = page_page(
                &state,
                chrome,
                &viewer,
                &section,
                &slug,
                Some(form.revision),
            )
            .await?;
            page.settings_problem = Some(page.chrome.problem(&error));
            render_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(other) => Err(other.into()),
    }
}

/// Sets who may read a section and its pages (editors).
pub async fn set_section_visibility(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    Path(section): Path<String>,
    Form(form): Form<SectionVisibilityForm>,
) -> Result<Response, WebError> {
    state
        .app()
        .wiki()
        .set_section_visibility(&viewer.actor, &section, &form.visibility)
        .await?;
    Ok(see_other(&format!("/wiki/{section}")))
}

#[derive(Template)]
#[template(path = "links_here.html")]
struct LinksHerePage {
    chrome: Chrome,
    view: PageView,
    href: String,
    links: Vec<PageLink>,
}

/// The pages that link to this one with `[[its title]]` ("what links here").
pub async fn links_here(
    State(state): State<AppState>,
    chrome: Chrome,
    viewer: Viewer,
    headers: HeaderMap,
    Path((section, slug)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let public = PublicRequest::of(&state, &chrome, &viewer);
    if let Some(finished) = public.as_ref().and_then(|request| request.finished(&state)) {
        return Ok(finished.response(&headers));
    }
    let (view, links) = state
        .app()
        .links_here(&viewer.actor, &section, &slug)
        .await?;
    let href = page_href(&view.section, &view.page.slug);
    let page = LinksHerePage {
        chrome,
        view,
        href,
        links,
    };
    PublicRequest::render(public, &state, &page, &headers)
}

#[derive(Template)]
#[template(path = "wanted.html")]
struct WantedPage {
    chrome: Chrome,
    wanted: std::sync::Arc<braid_app::links::WantedPages>,
}

/// Pages linked to but not yet written.
pub async fn wanted_pages(
    State(state): State<AppState>,
    chrome: Chrome,
    viewer: Viewer,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let public = PublicRequest::of(&state, &chrome, &viewer);
    if let Some(finished) = public.as_ref().and_then(|request| request.finished(&state)) {
        return Ok(finished.response(&headers));
    }
    let wanted = state.app().wanted_pages(&viewer.actor).await?;
    PublicRequest::render(public, &state, &WantedPage { chrome, wanted }, &headers)
}
