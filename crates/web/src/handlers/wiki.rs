//! The wiki: `GET /wiki/{section}` (its tree), a page and its revisions, writing and editing
//! (with preview, both without JavaScript), history, diffs and restoring.

use askama::Template;
use axum::extract::{Form, Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use braid_app::AppError;
use braid_app::attachments::AttachmentView;
use braid_app::comments::CommentView;
use braid_app::tree::TreeEntry;
use braid_app::wiki::diff::{LineChange, Row, side_by_side as rows_of};
use braid_app::wiki::{
    HistoryEntry, LabelCount, LabelledPage, PageDraft, PageEdit, PageInFull, PageLink,
    PageTemplate, PageView, RevisionDiff, SaveOutcome, page_href,
};
use braid_domain::ids::CommentId;
use braid_domain::language::{DEFAULT_LANGUAGE, content_language};
use braid_domain::section::Section;
use braid_domain::wiki::Visibility;
use serde::Deserialize;

use crate::chrome::Chrome;
use crate::handlers::{render, render_with_status};
use crate::public_pages::PublicRequest;
use crate::session::{SignedIn, Viewer};
use crate::{AppState, WebError};

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
    let mut tree = state.app().section_tree(&viewer.actor, &slug).await?;
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
    let sections = state.app().sections(&viewer.actor).await?;
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
        view,
        comments,
        attachments,
    } = state
        .app()
        .page_in_full(&viewer.actor, section, slug, revision)
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
    let public = PublicRequest::of(&state, &chrome, &viewer);
    if let Some(finished) = public.as_ref().and_then(|request| request.finished(&state)) {
        return Ok(finished.response(&headers));
    }
    match page_page(&state, chrome, &viewer, &section, &slug, query.revision).await {
        Ok(page) => PublicRequest::render(public, &state, &page, &headers),
        Err(WebError::NotFound) => {
            // A page that moved to another section answers at its old address for good.
            match state
                .app()
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

#[derive(Template)]
#[template(path = "page_move.html")]
struct MovePage {
    chrome: Chrome,
    view: PageView,
    href: String,
    sections: Vec<Section>,
    /// Pages of the current section that can take it, as (slug, title).
    parents: Vec<(String, String)>,
    /// The slug of the page it sits under now (empty at the top).
    current_parent: String,
    problem: Option<String>,
}

/// Where to move a page: a section and, optionally, a page of it (by slug).
#[derive(Deserialize)]
pub struct MoveForm {
    #[serde(default)]
    section: String,
    #[serde(default)]
    parent: String,
}

async fn move_page_form(
    state: &AppState,
    chrome: Chrome,
    viewer: &Viewer,
    section: &str,
    slug: &str,
    problem: Option<String>,
) -> Result<MovePage, WebError> {
    let view = state.app().page(&viewer.actor, section, slug, None).await?;
    if !view.may_manage {
        return Err(WebError::Forbidden);
    }
    let href = page_href(&view.section, &view.page.slug);
    let parents = state
        .app()
        .section_tree(&viewer.actor, section)
        .await?
        .pages
        .into_iter()
        .filter(|link| link.slug != view.page.slug)
        .map(|link| (link.slug, link.title))
        .collect();
    let current_parent = view
        .ancestors
        .last()
        .map(|parent| parent.slug.clone())
        .unwrap_or_default();
    Ok(MovePage {
        chrome,
        current_parent,
        sections: state.app().sections(&viewer.actor).await?,
        view,
        href,
        parents,
        problem,
    })
}

/// The form to move a page (editors).
pub async fn move_form(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
    Path((section, slug)): Path<(String, String)>,
) -> Result<Response, WebError> {
    render(&move_page_form(&state, chrome, &viewer, &section, &slug, None).await?)
}

/// Moves a page, with its sub-pages (editors).
pub async fn move_page(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
    Path((section, slug)): Path<(String, String)>,
    Form(form): Form<MoveForm>,
) -> Result<Response, WebError> {
    match state
        .app()
        .move_page(
            &viewer.actor,
            &section,
            &slug,
            &form.section,
            Some(form.parent.as_str()),
        )
        .await
    {
        Ok(href) => Ok(see_other(&href)),
        Err(error @ (AppError::Invalid(_) | AppError::Conflict(_))) => {
            let problem = match &error {
                AppError::Invalid(error) => chrome.problem(error),
                _ => chrome.t("page-move-taken"),
            };
            let page =
                move_page_form(&state, chrome, &viewer, &section, &slug, Some(problem)).await?;
            render_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(other) => Err(other.into()),
    }
}

/// `direction=up` or `down`.
#[derive(Deserialize)]
pub struct ReorderForm {
    #[serde(default)]
    direction: String,
}

/// Moves a page one place up or down among its siblings (editors).
pub async fn reorder(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    Path((section, slug)): Path<(String, String)>,
    Form(form): Form<ReorderForm>,
) -> Result<Response, WebError> {
    let href = state
        .app()
        .reorder_page(&viewer.actor, &section, &slug, form.direction == "up")
        .await?;
    Ok(see_other(&href))
}

/// A new comment's fields.
#[derive(Deserialize)]
pub struct CommentForm {
    #[serde(default)]
    body: String,
    /// The comment replied to.
    #[serde(default)]
    parent: Option<i64>,
}

/// Adds a comment or a reply.
pub async fn add_comment(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
    Path((section, slug)): Path<(String, String)>,
    Form(form): Form<CommentForm>,
) -> Result<Response, WebError> {
    match state
        .app()
        .add_comment(
            &viewer.actor,
            &section,
            &slug,
            form.parent.map(CommentId),
            &form.body,
        )
        .await
    {
        Ok(id) => {
            let href = state
                .app()
                .page(&viewer.actor, &section, &slug, None)
                .await
                .map(|view| page_href(&view.section, &view.page.slug))?;
            Ok(see_other(&format!("{href}#comment-{id}")))
        }
        Err(AppError::Invalid(error)) => {
            let problem = chrome.problem(&error);
            let mut page = page_page(&state, chrome, &viewer, &section, &slug, None).await?;
            page.comment_draft = form.body;
            page.comment_problem = Some(problem);
            render_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(other) => Err(other.into()),
    }
}

#[derive(Template)]
#[template(path = "comment_edit.html")]
struct CommentEditPage {
    chrome: Chrome,
    id: i64,
    body: String,
    problem: String,
}

/// Changes one's own comment.
pub async fn edit_comment(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
    Path(id): Path<i64>,
    Form(form): Form<CommentForm>,
) -> Result<Response, WebError> {
    match state
        .app()
        .edit_comment(&viewer.actor, CommentId(id), &form.body)
        .await
    {
        Ok(href) => Ok(see_other(&format!("{href}#comment-{id}"))),
        Err(AppError::Invalid(error)) => {
            let problem = chrome.problem(&error);
            render_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &CommentEditPage {
                    chrome,
                    id,
                    body: form.body,
                    problem,
                },
            )
        }
        Err(other) => Err(other.into()),
    }
}

/// Deletes one's own comment.
pub async fn delete_comment(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    let href = state
        .app()
        .delete_comment(&viewer.actor, CommentId(id))
        .await?;
    Ok(see_other(&format!("{href}#comment-{id}")))
}

/// `resolved=true` resolves the thread, anything else reopens it.
#[derive(Deserialize)]
pub struct ResolveForm {
    #[serde(default)]
    resolved: String,
}

/// Resolves or reopens a thread.
pub async fn resolve_comment(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    Path(id): Path<i64>,
    Form(form): Form<ResolveForm>,
) -> Result<Response, WebError> {
    let href = state
        .app()
        .resolve_comment(&viewer.actor, CommentId(id), form.resolved == "true")
        .await?;
    Ok(see_other(&format!("{href}#comment-{id}")))
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
        .readable_section(&viewer.actor, &section)
        .await?;
    let templates = state.app().templates(&viewer.actor).await?;
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
        visibility_choices: state.app().visibility_choices(&viewer.actor),
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
        visibility_choices: state.app().visibility_choices(&viewer.actor),
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
                .render_markdown(&viewer.actor, &page.section, &page.body)
                .await?
                .html,
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
        .page(&viewer.actor, &section, &slug, None)
        .await?;
    if !view.may_edit {
        return Err(WebError::Forbidden);
    }
    let (visibility, visibility_choices) = state
        .app()
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
        language: view.page.language,
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
        .readable_section(&viewer.actor, &section)
        .await?;
    let href = page_href(&section, &slug);
    let mut page = EditPage {
        chrome,
        action: format!("{href}/edit"),
        page_slug: Some(slug.clone()),
        base: form.base,
        visibility: Visibility::Public,
        visibility_choices: Vec::new(),
        preview: None,
        problem: None,
        conflict: false,
        their_title: None,
        title: form.title,
        body: form.body,
        summary: form.summary,
        parent: String::new(),
        labels: form.labels,
        language: form.language,
        templates: Vec::new(),
        section,
    };
    if form.intent == "preview" {
        page.preview = Some(
            state
                .app()
                .render_markdown(&viewer.actor, &page.section, &page.body)
                .await?
                .html,
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
        Ok(SaveOutcome::Conflict {
            body,
            title,
            their_title,
            current,
        }) => {
            page.body = body;
            page.title = title;
            page.their_title = their_title;
            page.base = current;
            page.conflict = true;
            render_with_status(StatusCode::CONFLICT, &page)
        }
        Err(AppError::Invalid(error)) => {
            page.problem = Some(page.chrome.problem(&error));
            render_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(other) => Err(other.into()),
    }
}

#[derive(Template)]
#[template(path = "page_history.html")]
struct HistoryPage {
    chrome: Chrome,
    view: PageView,
    href: String,
    entries: Vec<HistoryEntry>,
}

/// Lists a page's revisions, with a form to compare any two.
pub async fn history(
    State(state): State<AppState>,
    chrome: Chrome,
    viewer: Viewer,
    Path((section, slug)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let (view, entries) = state
        .app()
        .page_history(&viewer.actor, &section, &slug)
        .await?;
    let href = page_href(&view.section, &view.page.slug);
    render(&HistoryPage {
        chrome,
        view,
        href,
        entries,
    })
}

#[derive(Template)]
#[template(path = "page_diff.html")]
struct DiffPage {
    chrome: Chrome,
    view: PageView,
    href: String,
    diff: RevisionDiff,
    side_by_side: bool,
    rows: Vec<Vec<Row>>,
}

/// `?from=A&to=B&layout=side`.
#[derive(Deserialize)]
pub struct DiffQuery {
    #[serde(default)]
    from: Option<i64>,
    #[serde(default)]
    to: Option<i64>,
    #[serde(default)]
    layout: String,
}

/// Shows what changed between two revisions, inline or side by side.
pub async fn diff(
    State(state): State<AppState>,
    chrome: Chrome,
    viewer: Viewer,
    Path((section, slug)): Path<(String, String)>,
    Query(query): Query<DiffQuery>,
) -> Result<Response, WebError> {
    // By default, the change that made the text the reader sees.
    let current = state
        .app()
        .page(&viewer.actor, &section, &slug, None)
        .await?
        .revision
        .number;
    let to = query.to.unwrap_or(current);
    let from = query.from.unwrap_or(to - 1).max(1);
    let (older, newer) = if from <= to { (from, to) } else { (to, from) };
    let (view, diff) = state
        .app()
        .page_diff(&viewer.actor, &section, &slug, older, newer)
        .await?;
    let side_by_side = query.layout == "side";
    let rows = if side_by_side {
        diff.hunks.iter().map(rows_of).collect()
    } else {
        Vec::new()
    };
    let href = page_href(&view.section, &view.page.slug);
    render(&DiffPage {
        chrome,
        view,
        href,
        diff,
        side_by_side,
        rows,
    })
}

/// The revision to restore.
#[derive(Deserialize)]
pub struct RestoreForm {
    #[serde(default)]
    revision: i64,
}

/// Makes an old revision the latest again (as a new revision).
pub async fn restore(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    Path((section, slug)): Path<(String, String)>,
    Form(form): Form<RestoreForm>,
) -> Result<Response, WebError> {
    match state
        .app()
        .restore_revision(&viewer.actor, &section, &slug, form.revision)
        .await?
    {
        SaveOutcome::Conflict { .. } => Err(WebError::Conflict),
        SaveOutcome::Deleted => Err(WebError::NotFound),
        SaveOutcome::Saved(_) | SaveOutcome::Merged(_) | SaveOutcome::Unchanged => {
            let view = state
                .app()
                .page(&viewer.actor, &section, &slug, None)
                .await?;
            Ok(see_other(&page_href(&view.section, &view.page.slug)))
        }
    }
}

/// Moves a page to the recycle bin (editors).
pub async fn delete(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    Path((section, slug)): Path<(String, String)>,
) -> Result<Response, WebError> {
    match state
        .app()
        .delete_page(&viewer.actor, &section, &slug)
        .await
    {
        Ok(()) => Ok(see_other(&format!("/wiki/{section}"))),
        Err(AppError::Invalid(_)) => Err(WebError::BadRequest),
        Err(other) => Err(other.into()),
    }
}

#[derive(Template)]
#[template(path = "recycle_bin.html")]
struct BinPage {
    chrome: Chrome,
    entries: Vec<braid_app::wiki::BinEntry>,
    problem: Option<String>,
}

/// The recycle bin (editors).
pub async fn recycle_bin(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
) -> Result<Response, WebError> {
    let entries = state.app().recycle_bin(&viewer.actor).await?;
    render(&BinPage {
        chrome,
        entries,
        problem: None,
    })
}

/// The page to take out of the bin.
#[derive(Deserialize)]
pub struct BinForm {
    #[serde(default)]
    page: i64,
}

/// Takes a page out of the recycle bin (editors).
pub async fn restore_from_bin(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
    Form(form): Form<BinForm>,
) -> Result<Response, WebError> {
    match state
        .app()
        .restore_page(&viewer.actor, braid_domain::ids::PageId(form.page))
        .await
    {
        Ok(href) => Ok(see_other(&href)),
        Err(AppError::Invalid(error)) => {
            let problem = Some(chrome.problem(&error));
            let entries = state.app().recycle_bin(&viewer.actor).await?;
            render_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &BinPage {
                    chrome,
                    entries,
                    problem,
                },
            )
        }
        Err(other) => Err(other.into()),
    }
}

fn attachment_name(slug: &str, extension: &str) -> String {
    // ASCII for the plain `filename`, the slug itself (any script) for `filename*`.
    let ascii: String = slug
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let encoded: String = form_urlencoded::byte_serialize(slug.as_bytes())
        .collect::<String>()
        .replace('+', "%20");
    format!("attachment; filename=\"{ascii}.{extension}\"; filename*=UTF-8''{encoded}.{extension}")
}

/// The page's Markdown, with its title, licence and contributors in a front-matter block.
pub async fn export_markdown(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((section, slug)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let view = state
        .app()
        .page(&viewer.actor, &section, &slug, None)
        .await?;
    let yaml_string =
        |value: &str| format!("\"{}\"", value.replace('\\', "\\\\").replace('"', "\\\""));
    let text = format!(
        "---\ntitle: {}\nsection: {}\nsource: {}\nrevision: {}\nlicence: {}\ncontributors: [{}]\n---\n\n{}",
        yaml_string(&view.revision.title),
        yaml_string(&view.section.title),
        yaml_string(&source_url(&state, &view)),
        view.revision.number,
        view.section.licence.id(),
        view.contributors
            .iter()
            .map(|c| yaml_string(c))
            .collect::<Vec<_>>()
            .join(", "),
        view.revision.body
    );
    Ok((
        [
            (
                header::CONTENT_TYPE,
                "text/markdown; charset=utf-8".to_owned(),
            ),
            (
                header::CONTENT_DISPOSITION,
                attachment_name(&view.page.slug, "md"),
            ),
        ],
        text,
    )
        .into_response())
}

/// Where an exported page lives on the hub, for readers of the file to find it again.
fn source_url(state: &AppState, view: &PageView) -> String {
    format!(
        "{}{}",
        state.shared.config.public_url,
        page_href(&view.section, &view.page.slug)
    )
}

#[derive(Template)]
#[template(path = "page_export.html")]
struct ExportPage {
    chrome: Chrome,
    view: PageView,
    /// The page's text, its links made absolute so that they work from a file on disk.
    html: String,
    source: String,
    style: &'static str,
}

/// The page as one self-contained HTML file (its styles inline, no outside requests).
pub async fn export_html(
    State(state): State<AppState>,
    chrome: Chrome,
    viewer: Viewer,
    Path((section, slug)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let view = state
        .app()
        .page(&viewer.actor, &section, &slug, None)
        .await?;
    let name = attachment_name(&view.page.slug, "html");
    let public = &state.shared.config.public_url;
    // The sanitiser writes every attribute in double quotes; site-relative addresses start
    // with one slash (protocol-relative ones never pass it).
    let html = view
        .rendered
        .html
        .replace("href=\"/", &format!("href=\"{public}/"))
        .replace("src=\"/", &format!("src=\"{public}/"));
    let source = source_url(&state, &view);
    let html = ExportPage {
        chrome,
        view,
        html,
        source,
        style: EXPORT_STYLE,
    }
    .render()
    .map_err(|error| WebError::Internal(format!("template: {error}")))?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8".to_owned()),
            (header::CONTENT_DISPOSITION, name),
        ],
        html,
    )
        .into_response())
}

/// The exported file's own styles: it is opened from disk, where our stylesheet is not.
const EXPORT_STYLE: &str = "body{font-family:system-ui,sans-serif;max-width:70ch;margin:2rem auto;padding:0 1rem;line-height:1.55;color:#1f2328}\
table{border-collapse:collapse}th,td{border:1px solid #d9d5cc;padding:.3rem .5rem}pre{overflow-x:auto;background:#f4f2ee;padding:.75rem}\
.align-left{text-align:start}.align-center{text-align:center}.align-right{text-align:end}footer{color:#575d66;font-size:.9rem;border-top:1px solid #d9d5cc;margin-top:2rem}";

#[derive(Template)]
#[template(path = "review.html")]
struct ReviewPage {
    chrome: Chrome,
    items: Vec<braid_app::wiki::ReviewItem>,
    /// Files waiting for an editor, with the address of their page.
    files: Vec<(String, AttachmentView)>,
    problem: Option<String>,
}

/// Edits waiting for review (editors).
pub async fn review_queue(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
) -> Result<Response, WebError> {
    let items = state.app().review_queue(&viewer.actor).await?;
    let files = state.app().waiting_attachments(&viewer.actor).await?;
    render(&ReviewPage {
        chrome,
        items,
        files,
        problem: None,
    })
}

/// A review decision's fields.
#[derive(Deserialize)]
pub struct ReviewForm {
    #[serde(default)]
    page: i64,
    #[serde(default)]
    revision: i64,
    #[serde(default)]
    trust: Option<String>,
    #[serde(default)]
    note: String,
    /// `approve` or `send-back`.
    #[serde(default)]
    decision: String,
}

/// Approves a pending revision or sends it back with a note (editors).
pub async fn review_decide(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
    Form(form): Form<ReviewForm>,
) -> Result<Response, WebError> {
    let page = braid_domain::ids::PageId(form.page);
    let outcome = if form.decision == "send-back" {
        state
            .app()
            .send_back_revision(&viewer.actor, page, form.revision, &form.note)
            .await
    } else {
        state
            .app()
            .approve_revision(&viewer.actor, page, form.revision, form.trust.is_some())
            .await
    };
    let problem = match outcome {
        Ok(()) => return Ok(see_other("/review")),
        Err(AppError::Invalid(error)) => chrome.problem(&error),
        Err(AppError::Conflict(_)) => chrome.t("review-superseded"),
        Err(other) => return Err(other.into()),
    };
    let items = state.app().review_queue(&viewer.actor).await?;
    let files = state.app().waiting_attachments(&viewer.actor).await?;
    render_with_status(
        StatusCode::UNPROCESSABLE_ENTITY,
        &ReviewPage {
            chrome,
            items,
            files,
            problem: Some(problem),
        },
    )
}

#[derive(Template)]
#[template(path = "labels.html")]
struct LabelsPage {
    chrome: Chrome,
    labels: Vec<LabelCount>,
}

/// Every label in use, with how many pages carry it.
pub async fn labels(
    State(state): State<AppState>,
    chrome: Chrome,
    viewer: Viewer,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let public = PublicRequest::of(&state, &chrome, &viewer);
    if let Some(finished) = public.as_ref().and_then(|request| request.finished(&state)) {
        return Ok(finished.response(&headers));
    }
    let labels = state.app().labels(&viewer.actor).await?;
    PublicRequest::render(public, &state, &LabelsPage { chrome, labels }, &headers)
}

#[derive(Template)]
#[template(path = "label.html")]
struct LabelPage {
    chrome: Chrome,
    label: String,
    pages: Vec<LabelledPage>,
}

/// The pages with one label.
pub async fn label(
    State(state): State<AppState>,
    chrome: Chrome,
    viewer: Viewer,
    headers: HeaderMap,
    Path(label): Path<String>,
) -> Result<Response, WebError> {
    let public = PublicRequest::of(&state, &chrome, &viewer);
    if let Some(finished) = public.as_ref().and_then(|request| request.finished(&state)) {
        return Ok(finished.response(&headers));
    }
    let pages = state.app().label_pages(&viewer.actor, &label).await?;
    if pages.is_empty() {
        return Err(WebError::NotFound);
    }
    let page = LabelPage {
        chrome,
        label,
        pages,
    };
    PublicRequest::render(public, &state, &page, &headers)
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
    let templates = state.app().templates_to_manage(&viewer.actor).await?;
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
    intent: String,
}

/// Creates, changes or deletes a template (editors).
pub async fn save_template(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
    Form(form): Form<TemplateForm>,
) -> Result<Response, WebError> {
    let outcome = match (form.intent.as_str(), form.id) {
        ("delete", Some(id)) => state.app().delete_template(&viewer.actor, id).await,
        _ => {
            state
                .app()
                .save_template(&viewer.actor, form.id, &form.name, &form.body)
                .await
        }
    };
    let problem = match outcome {
        Ok(()) => return Ok(see_other("/templates")),
        Err(AppError::Invalid(error)) => chrome.problem(&error),
        Err(AppError::Conflict(_)) => chrome.t("template-exists"),
        Err(other) => return Err(other.into()),
    };
    let templates = state.app().templates_to_manage(&viewer.actor).await?;
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

/// `target=page|section`, `on=true|false`.
#[derive(Deserialize)]
pub struct WatchForm {
    #[serde(default)]
    target: String,
    #[serde(default)]
    on: String,
}

/// Starts or stops watching a page or its section.
pub async fn watch(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    Path((section, slug)): Path<(String, String)>,
    Form(form): Form<WatchForm>,
) -> Result<Response, WebError> {
    let target = if form.target == "section" {
        braid_app::watches::WatchTarget::Section
    } else {
        braid_app::watches::WatchTarget::Page
    };
    state
        .app()
        .watch(&viewer.actor, &section, &slug, target, form.on == "true")
        .await?;
    let view = state
        .app()
        .page(&viewer.actor, &section, &slug, None)
        .await?;
    Ok(see_other(&page_href(&view.section, &view.page.slug)))
}

/// The review-by date (`YYYY-MM-DD`, empty to clear).
#[derive(Deserialize)]
pub struct ReviewByForm {
    #[serde(default)]
    date: String,
}

/// Sets when a page's advice should be checked again (editors).
pub async fn set_review_by(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
    Path((section, slug)): Path<(String, String)>,
    Form(form): Form<ReviewByForm>,
) -> Result<Response, WebError> {
    match state
        .app()
        .set_review_by(&viewer.actor, &section, &slug, &form.date)
        .await
    {
        Ok(()) => {
            let view = state
                .app()
                .page(&viewer.actor, &section, &slug, None)
                .await?;
            Ok(see_other(&page_href(&view.section, &view.page.slug)))
        }
        Err(AppError::Invalid(error)) => {
            let problem = chrome.problem(&error);
            let mut page = page_page(&state, chrome, &viewer, &section, &slug, None).await?;
            page.settings_problem = Some(problem);
            render_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(other) => Err(other.into()),
    }
}

#[derive(Template)]
#[template(path = "notifications.html")]
struct NotificationsPage {
    chrome: Chrome,
    notifications: Vec<braid_app::watches::NotificationView>,
}

/// The member's notifications.
pub async fn notifications(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
) -> Result<Response, WebError> {
    let notifications = state.app().notifications(&viewer.actor).await?;
    render(&NotificationsPage {
        chrome,
        notifications,
    })
}

/// Marks every notification read.
pub async fn mark_notifications_read(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
) -> Result<Response, WebError> {
    state.app().mark_notifications_read(&viewer.actor).await?;
    Ok(see_other("/notifications"))
}

#[derive(Template)]
#[template(path = "review_due.html")]
struct DuePage {
    chrome: Chrome,
    pages: Vec<braid_app::watches::DuePage>,
}

/// Pages whose advice is due to be checked again.
pub async fn review_due(
    State(state): State<AppState>,
    chrome: Chrome,
    viewer: Viewer,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    // Pages fall due as days pass, without any change to the content: kept for a day at most.
    let today = state.app().now().format_utc();
    let public =
        PublicRequest::of(&state, &chrome, &viewer).map(|request| request.for_day(&today[..10]));
    if let Some(finished) = public.as_ref().and_then(|request| request.finished(&state)) {
        return Ok(finished.response(&headers));
    }
    let pages = state.app().pages_due_for_review(&viewer.actor).await?;
    PublicRequest::render(public, &state, &DuePage { chrome, pages }, &headers)
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
