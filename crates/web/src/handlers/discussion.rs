//! Discussion on the web: categories, their threads, posts, moderation and categories'
//! settings (issue 31).

use askama::Template;
use axum::Router;
use axum::extract::{Form, Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use braid_app::AppError;
use braid_app::discussion::{
    CategoryDraft, CategorySummary, CategoryView, Discussion, HeldPost, PostView, ThreadView,
};
use braid_domain::accounts::Role;
use braid_domain::discussion::{CategoryReaders, Moderation, PostState, Starters};
use braid_domain::ids::{PostId, ThreadId};
use braid_domain::time::Timestamp;
use serde::Deserialize;

use crate::chrome::Chrome;
use crate::handlers::wiki::see_other;
use crate::handlers::{render, render_with_status};
use crate::session::{SignedIn, Viewer};
use crate::{AppState, WebError};

/// This resource's routes.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/discussion", get(categories))
        .route("/discussion/{category}", get(category))
        .route("/discussion/{category}/threads", post(start_thread))
        .route("/discussion/{category}/watch", post(watch_category))
        .route("/discussion/{category}/delivery", post(set_delivery))
        .route(
            "/unsubscribe/{token}",
            get(unsubscribe_form).post(unsubscribe),
        )
        .route("/discussion/{category}/{thread}", get(thread))
        .route("/discussion/{category}/{thread}/reply", post(reply))
        .route("/threads/{thread}/mute", post(mute_thread))
        .route("/threads/{thread}/solved", post(mark_solved))
        .route("/threads/{thread}/lock", post(lock_thread))
        .route("/posts/{post}/edit", get(edit_post_form).post(edit_post))
        .route("/posts/{post}/delete", post(delete_post))
        .route("/posts/{post}/history", get(post_history))
        .route("/posts/{post}/moderate", post(moderate_post))
        .route("/moderation", get(held_posts))
        .route(
            "/categories/new",
            get(new_category_form).post(create_category),
        )
        .route(
            "/categories/{category}/settings",
            get(category_settings_form).post(update_category),
        )
}

#[derive(Template)]
#[template(path = "discussion.html")]
struct CategoriesPage {
    chrome: Chrome,
    categories: Vec<CategorySummary>,
    may_manage: bool,
}

/// The categories the reader may read.
pub async fn categories(
    State(state): State<AppState>,
    chrome: Chrome,
    viewer: Viewer,
) -> Result<Response, WebError> {
    let categories = state.app().discussion().categories(&viewer.actor).await?;
    render(&CategoriesPage {
        chrome,
        categories,
        may_manage: Discussion::may_manage_categories(&viewer.actor),
    })
}

/// A new thread's fields.
#[derive(Deserialize, Default)]
pub struct ThreadForm {
    #[serde(default)]
    title: String,
    #[serde(default)]
    body: String,
}

#[derive(Template)]
#[template(path = "category.html")]
struct CategoryPage {
    chrome: Chrome,
    view: CategoryView,
    typed: ThreadForm,
    problem: Option<String>,
}

impl CategoryPage {
    fn readers(&self) -> String {
        readers_label(&self.chrome, &self.view.category.settings.readers)
    }
}

/// The readers of a category, in the reader's words.
fn readers_label(chrome: &Chrome, readers: &CategoryReaders) -> String {
    match readers {
        CategoryReaders::Public => chrome.t("category-readers-public"),
        CategoryReaders::Members => chrome.t("category-readers-members"),
        CategoryReaders::Roles(roles) => {
            let names: Vec<String> = roles
                .iter()
                .map(|role| chrome.t(&format!("role-{}", role.as_str())))
                .collect();
            chrome
                .t
                .t_str("category-readers-roles", "roles", &names.join(", "))
        }
    }
}

/// Which part of a list.
#[derive(Deserialize, Default)]
pub struct PartQuery {
    #[serde(default)]
    after: Option<String>,
}

/// A category's threads, latest activity first, and the form to start one.
pub async fn category(
    State(state): State<AppState>,
    chrome: Chrome,
    viewer: Viewer,
    Path(slug): Path<String>,
    Query(part): Query<PartQuery>,
) -> Result<Response, WebError> {
    let view = state
        .app()
        .discussion()
        .category(&viewer.actor, &slug, part.after.as_deref())
        .await?;
    render(&CategoryPage {
        chrome,
        view,
        typed: ThreadForm::default(),
        problem: None,
    })
}

/// Starts a thread and opens it.
pub async fn start_thread(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
    Path(slug): Path<String>,
    Form(form): Form<ThreadForm>,
) -> Result<Response, WebError> {
    let discussion = state.app().discussion();
    match discussion
        .start_thread(&viewer.actor, &slug, &form.title, &form.body)
        .await
    {
        Ok(posted) => Ok(see_other(&format!(
            "/discussion/{slug}/{}#post-{}",
            posted.thread, posted.post
        ))),
        Err(AppError::Invalid(error)) => {
            let problem = Some(chrome.problem(&error));
            let view = discussion.category(&viewer.actor, &slug, None).await?;
            render_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &CategoryPage {
                    chrome,
                    view,
                    typed: form,
                    problem,
                },
            )
        }
        Err(other) => Err(other.into()),
    }
}

/// `watching=true` starts watching, anything else stops.
#[derive(Deserialize)]
pub struct WatchForm {
    #[serde(default)]
    watching: String,
}

/// Starts or stops watching a category.
pub async fn watch_category(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    Path(slug): Path<String>,
    Form(form): Form<WatchForm>,
) -> Result<Response, WebError> {
    let href = state
        .app()
        .discussion()
        .watch_category(&viewer.actor, &slug, form.watching == "true")
        .await?;
    Ok(see_other(&href))
}

/// How to follow a category by mail.
#[derive(Deserialize)]
pub struct DeliveryForm {
    #[serde(default)]
    mode: String,
}

/// Sets how the member follows a category by mail.
pub async fn set_delivery(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    Path(slug): Path<String>,
    Form(form): Form<DeliveryForm>,
) -> Result<Response, WebError> {
    let href = state
        .app()
        .discussion()
        .set_delivery(&viewer.actor, &slug, &form.mode)
        .await?;
    Ok(see_other(&href))
}

#[derive(Template)]
#[template(path = "unsubscribe.html")]
struct UnsubscribePage {
    chrome: Chrome,
    token: String,
    category: String,
    done: bool,
}

/// The page an unsubscribe link opens: one button, for readers whose mail client does not
/// unsubscribe in one press itself.
pub async fn unsubscribe_form(
    State(state): State<AppState>,
    chrome: Chrome,
    Path(token): Path<String>,
) -> Result<Response, WebError> {
    let category = state.app().discussion().unsubscribe_target(&token).await?;
    render(&UnsubscribePage {
        chrome,
        token,
        category,
        done: false,
    })
}

/// Stops a category's mail to the member the link names: from that page's button, or in one
/// press from a mail client (RFC 8058: a `POST` of `List-Unsubscribe=One-Click`, no cookie).
/// The link is the proof; nobody needs to sign in.
pub async fn unsubscribe(
    State(state): State<AppState>,
    chrome: Chrome,
    Path(token): Path<String>,
) -> Result<Response, WebError> {
    let category = state.app().discussion().unsubscribe(&token).await?;
    render(&UnsubscribePage {
        chrome,
        token,
        category,
        done: true,
    })
}

#[derive(Template)]
#[template(path = "thread.html")]
struct ThreadPage {
    chrome: Chrome,
    view: ThreadView,
    /// The reply form's text (a quote to start from, or what was typed and refused).
    draft: String,
    /// The post the reply quotes.
    quoting: Option<i64>,
    problem: Option<String>,
}

impl ThreadPage {
    fn href(&self) -> String {
        braid_app::discussion::thread_href(&self.view.category, self.view.thread.id)
    }

    fn author(&self, author: &Option<String>) -> String {
        author
            .clone()
            .unwrap_or_else(|| self.chrome.t("former-member"))
    }
}

/// Which post a reply quotes.
#[derive(Deserialize, Default)]
pub struct QuoteQuery {
    #[serde(default)]
    quote: Option<i64>,
}

/// A thread with its posts and the reply form (quoting a post when `?quote=` names one).
pub async fn thread(
    State(state): State<AppState>,
    chrome: Chrome,
    viewer: Viewer,
    Path((slug, id)): Path<(String, i64)>,
    Query(quote): Query<QuoteQuery>,
) -> Result<Response, WebError> {
    let view = state
        .app()
        .discussion()
        .thread(&viewer.actor, &slug, ThreadId(id))
        .await?;
    let quoted = quote.quote.and_then(|quoted| {
        view.posts
            .iter()
            .find(|post| post.id.0 == quoted && post.state == PostState::Published && !post.deleted)
    });
    let draft = quoted.map(|post| quote_of(&post.body)).unwrap_or_default();
    let quoting = quoted.map(|post| post.id.0);
    render(&ThreadPage {
        chrome,
        view,
        draft,
        quoting,
        problem: None,
    })
}

/// A post's text as a Markdown quote to reply under.
fn quote_of(body: &str) -> String {
    let mut quote: String = body
        .lines()
        .map(|line| {
            if line.is_empty() {
                ">\n".to_owned()
            } else {
                format!("> {line}\n")
            }
        })
        .collect();
    quote.push('\n');
    quote
}

/// A reply's fields.
#[derive(Deserialize)]
pub struct ReplyForm {
    #[serde(default)]
    body: String,
    #[serde(default)]
    quoted: Option<i64>,
}

/// Posts a reply.
pub async fn reply(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
    Path((slug, id)): Path<(String, i64)>,
    Form(form): Form<ReplyForm>,
) -> Result<Response, WebError> {
    let discussion = state.app().discussion();
    match discussion
        .reply(
            &viewer.actor,
            ThreadId(id),
            form.quoted.map(PostId),
            &form.body,
        )
        .await
    {
        Ok(posted) => Ok(see_other(&format!(
            "/discussion/{slug}/{id}#post-{}",
            posted.post
        ))),
        Err(AppError::Invalid(error)) => {
            let problem = Some(chrome.problem(&error));
            let view = discussion
                .thread(&viewer.actor, &slug, ThreadId(id))
                .await?;
            render_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &ThreadPage {
                    chrome,
                    view,
                    draft: form.body,
                    quoting: form.quoted,
                    problem,
                },
            )
        }
        Err(other) => Err(other.into()),
    }
}

/// `on=true` turns a choice on, anything else off.
#[derive(Deserialize)]
pub struct ToggleForm {
    #[serde(default)]
    on: String,
}

/// Mutes or unmutes a thread.
pub async fn mute_thread(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    Path(id): Path<i64>,
    Form(form): Form<ToggleForm>,
) -> Result<Response, WebError> {
    let href = state
        .app()
        .discussion()
        .mute_thread(&viewer.actor, ThreadId(id), form.on == "true")
        .await?;
    Ok(see_other(&href))
}

/// The post to mark as a thread's answer (none: unmark).
#[derive(Deserialize)]
pub struct SolvedForm {
    #[serde(default)]
    post: Option<i64>,
}

/// Marks or unmarks a thread's answer.
pub async fn mark_solved(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    Path(id): Path<i64>,
    Form(form): Form<SolvedForm>,
) -> Result<Response, WebError> {
    let href = state
        .app()
        .discussion()
        .mark_solved(&viewer.actor, ThreadId(id), form.post.map(PostId))
        .await?;
    Ok(see_other(&href))
}

/// A moderation decision's fields.
#[derive(Deserialize)]
pub struct ModerationForm {
    #[serde(default)]
    on: String,
    #[serde(default)]
    decision: String,
    #[serde(default)]
    note: String,
}

/// Locks or unlocks a thread.
pub async fn lock_thread(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    Path(id): Path<i64>,
    Form(form): Form<ModerationForm>,
) -> Result<Response, WebError> {
    let href = state
        .app()
        .discussion()
        .lock_thread(&viewer.actor, ThreadId(id), form.on == "true", &form.note)
        .await?;
    Ok(see_other(&href))
}

#[derive(Template)]
#[template(path = "post_edit.html")]
struct PostEditPage {
    chrome: Chrome,
    id: i64,
    body: String,
    thread_href: String,
    problem: Option<String>,
}

/// The form to change one's own post.
pub async fn edit_post_form(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    let (body, thread_href) = state
        .app()
        .discussion()
        .own_post(&viewer.actor, PostId(id))
        .await?;
    render(&PostEditPage {
        chrome,
        id,
        body,
        thread_href,
        problem: None,
    })
}

/// A post's new text.
#[derive(Deserialize)]
pub struct PostForm {
    #[serde(default)]
    body: String,
}

/// Changes one's own post.
pub async fn edit_post(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
    Path(id): Path<i64>,
    Form(form): Form<PostForm>,
) -> Result<Response, WebError> {
    let discussion = state.app().discussion();
    match discussion
        .edit_post(&viewer.actor, PostId(id), &form.body)
        .await
    {
        Ok(href) => Ok(see_other(&format!("{href}#post-{id}"))),
        Err(AppError::Invalid(error)) => {
            let problem = Some(chrome.problem(&error));
            let (_, thread_href) = discussion.own_post(&viewer.actor, PostId(id)).await?;
            render_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &PostEditPage {
                    chrome,
                    id,
                    body: form.body,
                    thread_href,
                    problem,
                },
            )
        }
        Err(other) => Err(other.into()),
    }
}

/// Deletes one's own post.
pub async fn delete_post(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    let href = state
        .app()
        .discussion()
        .delete_post(&viewer.actor, PostId(id))
        .await?;
    Ok(see_other(&format!("{href}#post-{id}")))
}

#[derive(Template)]
#[template(path = "post_history.html")]
struct PostHistoryPage {
    chrome: Chrome,
    post: PostView,
    /// Earlier texts, rendered, each with when it was replaced.
    earlier: Vec<(String, Timestamp)>,
    thread: (String, String),
}

/// What a post said before each edit.
pub async fn post_history(
    State(state): State<AppState>,
    chrome: Chrome,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    let (post, earlier, thread) = state
        .app()
        .discussion()
        .post_history(&viewer.actor, PostId(id))
        .await?;
    render(&PostHistoryPage {
        chrome,
        post,
        earlier,
        thread,
    })
}

/// Approves or rejects a held post; a refused note comes back beside its post.
pub async fn moderate_post(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
    Path(id): Path<i64>,
    Form(form): Form<ModerationForm>,
) -> Result<Response, WebError> {
    let approve = match form.decision.as_str() {
        "approve" => true,
        "reject" => false,
        _ => return Err(WebError::BadRequest),
    };
    let discussion = state.app().discussion();
    match discussion
        .moderate_post(&viewer.actor, PostId(id), approve, &form.note)
        .await
    {
        Ok(()) => Ok(see_other("/moderation")),
        Err(AppError::Invalid(error)) => {
            let problem = chrome.problem(&error);
            let held = discussion.held_posts(&viewer.actor).await?;
            render_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &ModerationPage {
                    chrome,
                    held,
                    refused: Some((id, form.note, problem)),
                },
            )
        }
        Err(other) => Err(other.into()),
    }
}

#[derive(Template)]
#[template(path = "moderation.html")]
struct ModerationPage {
    chrome: Chrome,
    held: Vec<HeldPost>,
    /// A refused decision: the post, the note typed and why.
    refused: Option<(i64, String, String)>,
}

impl ModerationPage {
    /// The note typed for `post` and why it was refused, if it was.
    fn refused_for(&self, post: &PostId) -> Option<&(i64, String, String)> {
        self.refused.as_ref().filter(|(id, ..)| *id == post.0)
    }
}

/// The posts waiting for the reader to moderate.
pub async fn held_posts(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
) -> Result<Response, WebError> {
    let held = state.app().discussion().held_posts(&viewer.actor).await?;
    render(&ModerationPage {
        chrome,
        held,
        refused: None,
    })
}

/// A category form's fields, parsed by hand: the role boxes repeat one field, which the form
/// extractor keeps once. Returns the slug (for a new category) and the draft.
fn category_form(body: &[u8]) -> (String, CategoryDraft) {
    let mut slug = String::new();
    let mut draft = CategoryDraft::default();
    for (key, value) in form_urlencoded::parse(body) {
        let value = value.into_owned();
        match key.as_ref() {
            "slug" => slug = value,
            "name" => draft.name = value,
            "description" => draft.description = value,
            "readers" => draft.readers = value,
            "role" => draft.roles.push(value),
            "starters" => draft.starters = value,
            "moderation" => draft.moderation = value,
            _ => {}
        }
    }
    (slug, draft)
}

#[derive(Template)]
#[template(path = "category_settings.html")]
struct CategorySettingsPage {
    chrome: Chrome,
    /// The category's slug, for an existing one.
    existing: Option<String>,
    /// The slug typed for a new one.
    slug: String,
    typed: CategoryDraft,
    problem: Option<String>,
}

impl CategorySettingsPage {
    fn roles(&self) -> [Role; 4] {
        [
            Role::Editor,
            Role::Facilitator,
            Role::ResponseTeam,
            Role::Admin,
        ]
    }

    fn has_role(&self, role: &Role) -> bool {
        self.typed.roles.iter().any(|typed| typed == role.as_str())
    }
}

fn settings_page(
    chrome: Chrome,
    existing: Option<String>,
    (slug, typed): (String, CategoryDraft),
    error: Option<AppError>,
) -> Result<Response, WebError> {
    let problem = match error {
        None => None,
        Some(AppError::Invalid(error)) => Some(chrome.problem(&error)),
        Some(other) => return Err(other.into()),
    };
    let page = CategorySettingsPage {
        chrome,
        existing,
        slug,
        typed,
        problem,
    };
    if page.problem.is_some() {
        render_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
    } else {
        render(&page)
    }
}

/// The form for a new category.
pub async fn new_category_form(
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
) -> Result<Response, WebError> {
    if !Discussion::may_manage_categories(&viewer.actor) {
        return Err(WebError::Forbidden);
    }
    let typed = CategoryDraft {
        readers: "members".to_owned(),
        starters: Starters::Readers.as_str().to_owned(),
        moderation: Moderation::FirstPosts.as_str().to_owned(),
        ..CategoryDraft::default()
    };
    settings_page(chrome, None, (String::new(), typed), None)
}

/// Creates a category and opens it.
pub async fn create_category(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
    body: axum::body::Bytes,
) -> Result<Response, WebError> {
    let (slug, draft) = category_form(&body);
    match state
        .app()
        .discussion()
        .create_category(&viewer.actor, &slug, &draft)
        .await
    {
        Ok(category) => Ok(see_other(&format!(
            "/discussion/{}",
            category.slug.as_str()
        ))),
        Err(error) => settings_page(chrome, None, (slug, draft), Some(error)),
    }
}

/// A category's settings form.
pub async fn category_settings_form(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    let category = state
        .app()
        .discussion()
        .category_settings(&viewer.actor, &slug)
        .await?;
    let draft = CategoryDraft::of(&category.settings);
    settings_page(chrome, Some(slug.clone()), (slug, draft), None)
}

/// Saves a category's settings.
pub async fn update_category(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
    Path(slug): Path<String>,
    body: axum::body::Bytes,
) -> Result<Response, WebError> {
    let (_, draft) = category_form(&body);
    match state
        .app()
        .discussion()
        .update_category(&viewer.actor, &slug, &draft)
        .await
    {
        Ok(category) => Ok(see_other(&format!(
            "/discussion/{}",
            category.slug.as_str()
        ))),
        Err(error) => settings_page(chrome, Some(slug.clone()), (slug, draft), Some(error)),
    }
}
