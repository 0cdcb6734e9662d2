//! Discussion: categories of threads, the same on the web and by mail (issue 31, design
//! 0008). Every question of who may read, start, reply, mark an answer or moderate is put to
//! `policy::may_in_discussion` with the category's and thread's facts; lists, notifications
//! and (later) mail ask it too.

use std::sync::Arc;

use braid_domain::DomainError;
use braid_domain::discussion::{
    Category, CategoryReaders, CategorySettings, CategorySlug, DiscussionAction, PostState,
    ThreadAccess, post_body, thread_title,
};
use braid_domain::ids::{PostId, ThreadId, UserId};
use braid_domain::policy::{Action, Actor, may_in_discussion, permits};
use braid_domain::time::Timestamp;
use braid_store::{PostRecord, ThreadRecord, UnitOfWork};
use braid_text::markdown::{Rendered, WikiTarget, render};

use crate::{App, AppError};

/// How many threads a category's page lists at once.
pub const THREADS_PER_PAGE: u32 = 30;

/// The discussion service. Reached as [`App::discussion`].
#[derive(Debug, Clone, Copy)]
pub struct Discussion<'a> {
    app: &'a App,
}

impl std::ops::Deref for Discussion<'_> {
    type Target = App;

    fn deref(&self) -> &App {
        self.app
    }
}

impl App {
    /// The discussion service.
    pub fn discussion(&self) -> Discussion<'_> {
        Discussion { app: self }
    }
}

/// A category in the list of categories.
#[derive(Debug, Clone)]
pub struct CategorySummary {
    /// The category.
    pub category: Category,
    /// How many threads readers see in it.
    pub threads: i64,
    /// When its latest post was written.
    pub last_post_at: Option<Timestamp>,
}

/// A thread in its category's list.
#[derive(Debug, Clone)]
pub struct ThreadSummary {
    /// Its id.
    pub id: ThreadId,
    /// Its title.
    pub title: String,
    /// Who started it (`None`: a former member).
    pub author: Option<String>,
    /// Posts readers see.
    pub posts: i64,
    /// Latest post.
    pub last_post_at: Timestamp,
    /// Whether a post is marked as its answer.
    pub solved: bool,
    /// Whether it is locked.
    pub locked: bool,
    /// Whether its first post still waits for a facilitator (shown to its author only).
    pub waiting: bool,
}

/// One part of a category's threads.
#[derive(Debug, Clone)]
pub struct CategoryView {
    /// The category.
    pub category: Category,
    /// Its threads, latest activity first.
    pub threads: Vec<ThreadSummary>,
    /// Where the next part starts (`?after=`), when there is one.
    pub next: Option<String>,
    /// Whether the reader may start a thread.
    pub may_start: bool,
    /// Whether the reader may change its settings.
    pub may_manage: bool,
    /// Whether the reader watches it (`None`: not signed in).
    pub watching: Option<bool>,
    /// How the reader follows it by mail, when the hub sends mail and they are signed in.
    pub delivery: Option<Delivery>,
}

/// How a member follows a category by mail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Delivery {
    /// `every` (each post) or `web` (nothing by mail).
    pub mode: String,
    /// Their confirmed address, where the mail goes (`None`: they have none yet).
    pub address: Option<String>,
}

/// The ways to follow a category by mail: each post, a daily digest, or nothing.
pub const DELIVERY_MODES: [&str; 3] = ["every", "digest", "web"];

/// A post as its reader sees it.
#[derive(Debug, Clone)]
pub struct PostView {
    /// Its id.
    pub id: PostId,
    /// Its author's handle (`None`: a former member).
    pub author: Option<String>,
    /// Its text rendered; empty once deleted.
    pub html: String,
    /// For a post that came by mail: what it quoted and its signature, rendered, for the web
    /// to fold (empty when there is none).
    pub folded: String,
    /// Its Markdown, for its author's edit form.
    pub body: String,
    /// The post it answers: its id and author. (Its words are in the reply's own text,
    /// which starts from a Markdown quote of them.)
    pub quoted: Option<(PostId, Option<String>)>,
    /// Published, held or rejected.
    pub state: PostState,
    /// A facilitator's note, shown to its author when it was rejected.
    pub moderation_note: String,
    /// When it was written.
    pub created_at: Timestamp,
    /// Whether it was edited (its history is then open to readers).
    pub edited: bool,
    /// Whether it was deleted.
    pub deleted: bool,
    /// Whether the reader wrote it (and may edit and delete it).
    pub mine: bool,
    /// Whether it is the thread's answer.
    pub solution: bool,
}

/// A thread with the posts its reader sees.
#[derive(Debug, Clone)]
pub struct ThreadView {
    /// Its category.
    pub category: Category,
    /// The thread.
    pub thread: ThreadRecord,
    /// Its posts, oldest first.
    pub posts: Vec<PostView>,
    /// Whether the reader may post in it.
    pub may_reply: bool,
    /// Whether the reader may mark its answer.
    pub may_mark_solved: bool,
    /// Whether the reader moderates it.
    pub may_moderate: bool,
    /// Whether the reader muted it (`None`: not signed in).
    pub muted: Option<bool>,
}

/// A post waiting for a facilitator, in the moderation queue.
#[derive(Debug, Clone)]
pub struct HeldPost {
    /// The post.
    pub post: PostView,
    /// Its thread's title and address.
    pub thread: (String, String),
    /// Whether it would start the thread.
    pub starts_thread: bool,
}

/// What became of a new post.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Posted {
    /// Its thread.
    pub thread: ThreadId,
    /// The post.
    pub post: PostId,
    /// Whether it waits for a facilitator.
    pub held: bool,
}

/// Where a post comes from.
#[derive(Debug, Clone, Copy)]
enum Origin {
    /// Written on the web.
    Web,
    /// Came by mail; `hold`: wait for a facilitator whoever sent it.
    Mail { hold: bool },
}

impl Origin {
    fn holds(self) -> bool {
        matches!(self, Origin::Mail { hold: true })
    }

    fn by_mail(self) -> bool {
        matches!(self, Origin::Mail { .. })
    }
}

fn member_id(actor: &Actor) -> Option<UserId> {
    match actor {
        Actor::Member(member) => Some(member.id),
        Actor::Anonymous | Actor::System => None,
    }
}

/// A thread's address.
pub fn thread_href(category: &Category, thread: ThreadId) -> String {
    format!("/discussion/{}/{thread}", category.slug.as_str())
}

impl Discussion<'_> {
    /// A post's text rendered and sanitised, as readers see it on the web (for its mail).
    pub(crate) fn rendered_post_html(&self, body: &str) -> String {
        self.render_post(body).html.clone()
    }

    /// The facts policy judges a thread by.
    pub(crate) fn thread_access(category: &Category, thread: &ThreadRecord) -> ThreadAccess {
        ThreadAccess {
            category: category.access(),
            locked: thread.locked_at.is_some(),
            started_by: thread.author_id,
        }
    }

    fn may(
        actor: &Actor,
        action: DiscussionAction,
        category: &Category,
        thread: Option<&ThreadRecord>,
    ) -> bool {
        let access = thread.map(|thread| Self::thread_access(category, thread));
        may_in_discussion(actor, action, &category.access(), access.as_ref())
    }

    /// The categories the actor may read, with their activity.
    pub async fn categories(&self, actor: &Actor) -> Result<Vec<CategorySummary>, AppError> {
        let activity = self.store().category_activity().await?;
        Ok(self
            .store()
            .categories()
            .await?
            .into_iter()
            .filter(|category| Self::may(actor, DiscussionAction::Read, category, None))
            .map(|category| {
                let (threads, last_post_at) = activity
                    .iter()
                    .find(|(id, ..)| *id == category.id)
                    .map_or((0, None), |(_, count, at)| (*count, *at));
                CategorySummary {
                    category,
                    threads,
                    last_post_at,
                }
            })
            .collect())
    }

    /// Whether the actor may create and change categories.
    pub fn may_manage_categories(actor: &Actor) -> bool {
        permits(actor, Action::ModerateDiscussion)
    }

    /// The category, if the actor may read it.
    async fn readable_category(&self, actor: &Actor, slug: &str) -> Result<Category, AppError> {
        let category = self
            .store()
            .category_by_slug(slug)
            .await?
            .ok_or(AppError::NotFound)?;
        if !Self::may(actor, DiscussionAction::Read, &category, None) {
            return Err(AppError::NotFound);
        }
        Ok(category)
    }

    /// A part of a category's threads: the first, or the one after `after` (as the previous
    /// part's `next` gave it).
    pub async fn category(
        &self,
        actor: &Actor,
        slug: &str,
        after: Option<&str>,
    ) -> Result<CategoryView, AppError> {
        let category = self.readable_category(actor, slug).await?;
        let after = after.and_then(|after| {
            let (at, id) = after.split_once('.')?;
            Some((Timestamp(at.parse().ok()?), ThreadId(id.parse().ok()?)))
        });
        let me = member_id(actor);
        let mut records = self
            .store()
            .threads_in(category.id, after, me, THREADS_PER_PAGE + 1)
            .await?;
        let next = (records.len() > THREADS_PER_PAGE as usize).then(|| {
            records.truncate(THREADS_PER_PAGE as usize);
            let last = &records[records.len() - 1];
            format!("{}.{}", last.last_post_at.0, last.id)
        });
        let threads = records
            .into_iter()
            .map(|thread| ThreadSummary {
                id: thread.id,
                author: thread.author.clone(),
                posts: thread.post_count,
                last_post_at: thread.last_post_at,
                solved: thread.solution_post_id.is_some(),
                locked: thread.locked_at.is_some(),
                waiting: thread.post_count == 0,
                title: thread.title,
            })
            .collect();
        let watching = match me {
            Some(me) => Some(
                self.store()
                    .discussion_choices(me, category.id, None)
                    .await?
                    .0,
            ),
            None => None,
        };
        let delivery = match me {
            Some(me) if self.sends_mail() => Some(Delivery {
                mode: self.store().category_delivery(me, category.id).await?,
                address: match self.store().mail_stopped_at(me).await? {
                    Some(_) => None,
                    None => self
                        .store()
                        .email_of(me)
                        .await?
                        .filter(|(_, confirmed)| *confirmed)
                        .map(|(address, _)| address),
                },
            }),
            _ => None,
        };
        Ok(CategoryView {
            may_start: Self::may(actor, DiscussionAction::Start, &category, None),
            may_manage: Self::may_manage_categories(actor),
            watching,
            delivery,
            threads,
            next,
            category,
        })
    }

    /// Whether the actor's new post in `category` waits for a facilitator.
    async fn holds(&self, actor: &Actor, category: &Category) -> Result<bool, AppError> {
        if permits(actor, Action::ModerateDiscussion) {
            return Ok(false);
        }
        let Some(me) = member_id(actor) else {
            return Ok(true);
        };
        let has_published = self.store().has_published_post(me).await?;
        Ok(category.settings.moderation.holds(has_published))
    }

    /// Starts a thread in the category.
    pub async fn start_thread(
        &self,
        actor: &Actor,
        slug: &str,
        title: &str,
        body: &str,
    ) -> Result<Posted, AppError> {
        self.start(actor, slug, title, body, Origin::Web).await
    }

    /// Starts a thread from a mail to the category's address. Its sender is known only by
    /// the mail's `From`, which anyone can write, so it always waits for a facilitator.
    pub(crate) async fn start_thread_by_mail(
        &self,
        actor: &Actor,
        slug: &str,
        title: &str,
        body: &str,
    ) -> Result<Posted, AppError> {
        self.start(actor, slug, title, body, Origin::Mail { hold: true })
            .await
    }

    async fn start(
        &self,
        actor: &Actor,
        slug: &str,
        title: &str,
        body: &str,
        origin: Origin,
    ) -> Result<Posted, AppError> {
        let category = self.readable_category(actor, slug).await?;
        if !Self::may(actor, DiscussionAction::Start, &category, None) {
            return Err(AppError::Forbidden);
        }
        let author = member_id(actor).ok_or(AppError::Forbidden)?;
        let title = thread_title(title)?;
        let body = post_body(body)?;
        let held = origin.holds() || self.holds(actor, &category).await?;
        let state = if held {
            PostState::Held
        } else {
            PostState::Published
        };
        let mut work = self.write();
        let (thread, post) = work
            .start_thread(category.id, &title, author, &body, state, origin.by_mail())
            .await?;
        self.commit(work).await?;
        Ok(Posted { thread, post, held })
    }

    /// The thread and its category, if the actor may read them (a thread whose first post
    /// waits is seen by its author and facilitators only).
    async fn readable_thread(
        &self,
        actor: &Actor,
        thread: ThreadId,
    ) -> Result<(Category, ThreadRecord), AppError> {
        let thread = self
            .store()
            .find_thread(thread)
            .await?
            .ok_or(AppError::NotFound)?;
        let category = self
            .store()
            .find_category(thread.category_id)
            .await?
            .ok_or(AppError::NotFound)?;
        let visible = thread.post_count > 0
            || (thread.author_id.is_some() && thread.author_id == member_id(actor))
            || Self::may(actor, DiscussionAction::Moderate, &category, Some(&thread));
        if !visible || !Self::may(actor, DiscussionAction::Read, &category, Some(&thread)) {
            return Err(AppError::NotFound);
        }
        Ok((category, thread))
    }

    /// A thread as the actor sees it, found by its category's slug and its id.
    pub async fn thread(
        &self,
        actor: &Actor,
        slug: &str,
        id: ThreadId,
    ) -> Result<ThreadView, AppError> {
        let (category, thread) = self.readable_thread(actor, id).await?;
        if category.slug.as_str() != slug {
            return Err(AppError::NotFound);
        }
        let moderates = Self::may(actor, DiscussionAction::Moderate, &category, Some(&thread));
        let me = member_id(actor);
        let records = self.store().thread_posts(thread.id).await?;
        let mut posts = Vec::with_capacity(records.len());
        for record in &records {
            let own = me.is_some() && record.author_id == me;
            let shown = match record.state {
                PostState::Published => true,
                PostState::Held => own || moderates,
                PostState::Rejected => own,
            };
            if shown {
                posts.push(self.post_view(actor, record, &records, &thread));
            }
        }
        let muted = match me {
            Some(me) => Some(
                self.store()
                    .discussion_choices(me, category.id, Some(thread.id))
                    .await?
                    .1,
            ),
            None => None,
        };
        Ok(ThreadView {
            may_reply: Self::may(actor, DiscussionAction::Reply, &category, Some(&thread)),
            may_mark_solved: Self::may(
                actor,
                DiscussionAction::MarkSolved,
                &category,
                Some(&thread),
            ),
            may_moderate: moderates,
            muted,
            posts,
            category,
            thread,
        })
    }

    fn post_view(
        &self,
        actor: &Actor,
        record: &PostRecord,
        thread_posts: &[PostRecord],
        thread: &ThreadRecord,
    ) -> PostView {
        let deleted = record.deleted_at.is_some();
        let quoted = record.quoted_id.and_then(|quoted| {
            let post = thread_posts
                .iter()
                .find(|post| post.id == quoted && post.state == PostState::Published)?;
            Some((post.id, post.author.clone()))
        });
        let (main, tail) = if record.by_mail {
            braid_mail::inbound::split_reply(&record.body)
        } else {
            (record.body.as_str(), "")
        };
        PostView {
            id: record.id,
            author: record.author.clone(),
            html: if deleted {
                String::new()
            } else {
                self.render_post(main).html.clone()
            },
            folded: if deleted || tail.is_empty() {
                String::new()
            } else {
                self.render_post(tail).html.clone()
            },
            body: record.body.clone(),
            quoted,
            state: record.state,
            moderation_note: record.moderation_note.clone(),
            created_at: record.created_at,
            edited: record.edited_at.is_some(),
            deleted,
            mine: !deleted && member_id(actor).is_some() && record.author_id == member_id(actor),
            solution: thread.solution_post_id == Some(record.id),
        }
    }

    /// A post's Markdown rendered and sanitised by the wiki's renderer, kept with the wiki's
    /// renderings (the same text renders the same). A `[[title]]` in a post searches the
    /// wiki for that title: a post belongs to no section to resolve it in.
    fn render_post(&self, body: &str) -> Arc<Rendered> {
        let key = {
            use std::hash::{Hash, Hasher};
            let mut hasher = std::collections::hash_map::DefaultHasher::new();
            "post".hash(&mut hasher);
            body.hash(&mut hasher);
            hasher.finish()
        };
        if let Some(rendered) = self.rendered_cache().get(key) {
            return rendered;
        }
        let mut rendered = render(body, &|title| WikiTarget {
            href: format!("/search?q={}", crate::wiki::form_encode(title)),
            exists: true,
        });
        rendered.html.shrink_to_fit();
        let rendered = Arc::new(rendered);
        self.rendered_cache().put(key, Arc::clone(&rendered));
        rendered
    }

    /// Posts a reply in the thread, quoting `quoted` (a published post of the same thread)
    /// when given.
    pub async fn reply(
        &self,
        actor: &Actor,
        thread: ThreadId,
        quoted: Option<PostId>,
        body: &str,
    ) -> Result<Posted, AppError> {
        self.post_reply(actor, thread, quoted, body, Origin::Web)
            .await
    }

    /// Posts a reply that came by mail to the member's own reply address for the thread.
    pub(crate) async fn reply_by_mail(
        &self,
        actor: &Actor,
        thread: ThreadId,
        body: &str,
    ) -> Result<Posted, AppError> {
        self.post_reply(actor, thread, None, body, Origin::Mail { hold: false })
            .await
    }

    async fn post_reply(
        &self,
        actor: &Actor,
        thread: ThreadId,
        quoted: Option<PostId>,
        body: &str,
        origin: Origin,
    ) -> Result<Posted, AppError> {
        let (category, record) = self.readable_thread(actor, thread).await?;
        if !Self::may(actor, DiscussionAction::Reply, &category, Some(&record)) {
            return Err(AppError::Forbidden);
        }
        let author = member_id(actor).ok_or(AppError::Forbidden)?;
        let body = post_body(body)?;
        if let Some(quoted) = quoted {
            let quotable =
                self.store().find_post(quoted).await?.is_some_and(|post| {
                    post.thread_id == thread && post.state == PostState::Published
                });
            if !quotable {
                return Err(AppError::NotFound);
            }
        }
        let held = origin.holds() || self.holds(actor, &category).await?;
        let state = if held {
            PostState::Held
        } else {
            PostState::Published
        };
        let mut work = self.write();
        let post = work
            .add_post(thread, author, quoted, &body, state, origin.by_mail())
            .await?;
        self.commit(work).await?;
        Ok(Posted { thread, post, held })
    }

    /// The post and its thread's address, if the actor may see the post.
    async fn visible_post(
        &self,
        actor: &Actor,
        post: PostId,
    ) -> Result<(PostRecord, Category, ThreadRecord), AppError> {
        let record = self
            .store()
            .find_post(post)
            .await?
            .ok_or(AppError::NotFound)?;
        let (category, thread) = self.readable_thread(actor, record.thread_id).await?;
        let own = record.author_id.is_some() && record.author_id == member_id(actor);
        let seen = match record.state {
            PostState::Published => true,
            PostState::Held => {
                own || Self::may(actor, DiscussionAction::Moderate, &category, Some(&thread))
            }
            PostState::Rejected => own,
        };
        if !seen {
            return Err(AppError::NotFound);
        }
        Ok((record, category, thread))
    }

    /// One's own post, to edit: its text and its thread's address.
    pub async fn own_post(
        &self,
        actor: &Actor,
        post: PostId,
    ) -> Result<(String, String), AppError> {
        let (record, category, thread) = self.own_live_post(actor, post).await?;
        Ok((record.body, thread_href(&category, thread.id)))
    }

    async fn own_live_post(
        &self,
        actor: &Actor,
        post: PostId,
    ) -> Result<(PostRecord, Category, ThreadRecord), AppError> {
        App::require(actor, Action::Discuss)?;
        let (record, category, thread) = self.visible_post(actor, post).await?;
        let own = record.author_id.is_some() && record.author_id == member_id(actor);
        if !own || record.deleted_at.is_some() {
            return Err(AppError::Forbidden);
        }
        Ok((record, category, thread))
    }

    /// Changes one's own post, keeping what it said; returns the thread's address.
    pub async fn edit_post(
        &self,
        actor: &Actor,
        post: PostId,
        body: &str,
    ) -> Result<String, AppError> {
        let (record, category, thread) = self.own_live_post(actor, post).await?;
        let body = post_body(body)?;
        if record.body != body {
            let mut work = self.write();
            work.edit_post(post, &body, member_id(actor).ok_or(AppError::Forbidden)?)
                .await?;
            self.commit(work).await?;
        }
        Ok(thread_href(&category, thread.id))
    }

    /// Deletes one's own post (its earlier texts with it); returns the thread's address.
    pub async fn delete_post(&self, actor: &Actor, post: PostId) -> Result<String, AppError> {
        let (_, category, thread) = self.own_live_post(actor, post).await?;
        let mut work = self.write();
        work.delete_post(post).await?;
        self.commit(work).await?;
        Ok(thread_href(&category, thread.id))
    }

    /// A post's earlier texts, oldest first, with the post as it is and its thread's title
    /// and address.
    pub async fn post_history(
        &self,
        actor: &Actor,
        post: PostId,
    ) -> Result<(PostView, Vec<(String, Timestamp)>, (String, String)), AppError> {
        let (record, category, thread) = self.visible_post(actor, post).await?;
        let revisions = self
            .store()
            .post_revisions(post)
            .await?
            .into_iter()
            .map(|revision| {
                let html = self.render_post(&revision.body).html.clone();
                (html, revision.replaced_at)
            })
            .collect();
        let view = self.post_view(actor, &record, &[], &thread);
        let href = thread_href(&category, thread.id);
        Ok((view, revisions, (thread.title, href)))
    }

    /// Marks a published post of the thread as its answer (`None`: unmarks); returns the
    /// thread's address.
    pub async fn mark_solved(
        &self,
        actor: &Actor,
        thread: ThreadId,
        post: Option<PostId>,
    ) -> Result<String, AppError> {
        let (category, record) = self.readable_thread(actor, thread).await?;
        if !Self::may(
            actor,
            DiscussionAction::MarkSolved,
            &category,
            Some(&record),
        ) {
            return Err(AppError::Forbidden);
        }
        if let Some(post) = post {
            let answers = self.store().find_post(post).await?.is_some_and(|post| {
                post.thread_id == thread
                    && post.state == PostState::Published
                    && post.deleted_at.is_none()
            });
            if !answers {
                return Err(AppError::NotFound);
            }
        }
        let mut work = self.write();
        work.set_thread_solution(thread, post).await?;
        self.commit(work).await?;
        Ok(thread_href(&category, thread))
    }

    /// Mutes (`true`) or unmutes the thread for the actor.
    pub async fn mute_thread(
        &self,
        actor: &Actor,
        thread: ThreadId,
        muted: bool,
    ) -> Result<String, AppError> {
        App::require(actor, Action::Discuss)?;
        let me = member_id(actor).ok_or(AppError::Forbidden)?;
        let (category, record) = self.readable_thread(actor, thread).await?;
        self.store()
            .set_thread_mute(me, record.id, muted, self.now())
            .await?;
        Ok(thread_href(&category, thread))
    }

    /// Starts (`true`) or stops watching the category; returns its address.
    pub async fn watch_category(
        &self,
        actor: &Actor,
        slug: &str,
        watching: bool,
    ) -> Result<String, AppError> {
        App::require(actor, Action::Discuss)?;
        let me = member_id(actor).ok_or(AppError::Forbidden)?;
        let category = self.readable_category(actor, slug).await?;
        self.store()
            .set_category_watch(me, category.id, watching, self.now())
            .await?;
        Ok(format!("/discussion/{}", category.slug.as_str()))
    }

    /// Sets how the actor follows the category by mail (`every` or `web`); returns its
    /// address.
    pub async fn set_delivery(
        &self,
        actor: &Actor,
        slug: &str,
        mode: &str,
    ) -> Result<String, AppError> {
        App::require(actor, Action::Discuss)?;
        let me = member_id(actor).ok_or(AppError::Forbidden)?;
        let category = self.readable_category(actor, slug).await?;
        if !DELIVERY_MODES.contains(&mode) {
            return Err(DomainError::Invalid {
                field: "delivery",
                reason: "use every, digest or web",
                key: "unknown-delivery",
            }
            .into());
        }
        self.store()
            .set_category_delivery(me, category.id, mode, self.now())
            .await?;
        Ok(format!("/discussion/{}", category.slug.as_str()))
    }

    /// The category an unsubscribe link from a message stops, by name; `NotFound` for a link
    /// the hub did not make.
    pub async fn unsubscribe_target(&self, token: &str) -> Result<String, AppError> {
        let (category, _) =
            crate::mail::read_unsubscribe_token(&self.sealing, token).ok_or(AppError::NotFound)?;
        let category = self
            .store()
            .find_category(category)
            .await?
            .ok_or(AppError::NotFound)?;
        Ok(category.settings.name)
    }

    /// Stops the category's mail to the member an unsubscribe link names (one press in their
    /// mail client, RFC 8058, or the button on its page: the link is the proof, no sign-in
    /// needed); returns the category's name.
    pub async fn unsubscribe(&self, token: &str) -> Result<String, AppError> {
        let (category, member) =
            crate::mail::read_unsubscribe_token(&self.sealing, token).ok_or(AppError::NotFound)?;
        let name = self.unsubscribe_target(token).await?;
        self.store()
            .set_category_delivery(member, category, "web", self.now())
            .await?;
        Ok(name)
    }

    /// Posts waiting for the actor to moderate, oldest first.
    pub async fn held_posts(&self, actor: &Actor) -> Result<Vec<HeldPost>, AppError> {
        App::require(actor, Action::ModerateDiscussion)?;
        let categories = self.store().categories().await?;
        let mut held = Vec::new();
        for (post, thread, first) in self.store().held_posts(200).await? {
            let Some(category) = categories.iter().find(|c| c.id == thread.category_id) else {
                continue;
            };
            if !Self::may(actor, DiscussionAction::Moderate, category, Some(&thread)) {
                continue;
            }
            let starts_thread = first && thread.post_count == 0;
            held.push(HeldPost {
                post: self.post_view(actor, &post, &[], &thread),
                thread: (thread.title.clone(), thread_href(category, thread.id)),
                starts_thread,
            });
        }
        Ok(held)
    }

    /// Publishes a held post (`approve`) or rejects it with a note its author sees.
    pub async fn moderate_post(
        &self,
        actor: &Actor,
        post: PostId,
        approve: bool,
        note: &str,
    ) -> Result<(), AppError> {
        let moderator = member_id(actor).ok_or(AppError::Forbidden)?;
        let (record, category, thread) = self.visible_post(actor, post).await?;
        if !Self::may(actor, DiscussionAction::Moderate, &category, Some(&thread)) {
            return Err(AppError::Forbidden);
        }
        let note = moderation_note(note)?;
        if record.state != PostState::Held {
            return Err(AppError::Conflict("post already moderated".to_owned()));
        }
        let mut work = self.write();
        work.moderate_post(&record, approve, moderator, &note)
            .await?;
        self.commit(work).await
    }

    /// Locks or unlocks the thread; returns its address.
    pub async fn lock_thread(
        &self,
        actor: &Actor,
        thread: ThreadId,
        locked: bool,
        note: &str,
    ) -> Result<String, AppError> {
        let moderator = member_id(actor).ok_or(AppError::Forbidden)?;
        let (category, record) = self.readable_thread(actor, thread).await?;
        if !Self::may(actor, DiscussionAction::Moderate, &category, Some(&record)) {
            return Err(AppError::Forbidden);
        }
        let note = moderation_note(note)?;
        let mut work = self.write();
        work.set_thread_locked(thread, locked, moderator, &note)
            .await?;
        self.commit(work).await?;
        Ok(thread_href(&category, thread))
    }

    /// Creates a category (facilitators and admins).
    pub async fn create_category(
        &self,
        actor: &Actor,
        slug: &str,
        draft: &CategoryDraft,
    ) -> Result<Category, AppError> {
        App::require(actor, Action::ModerateDiscussion)?;
        let settings = draft.settings()?;
        let slug = CategorySlug::new(slug.trim())?;
        if self
            .store()
            .category_by_slug(slug.as_str())
            .await?
            .is_some()
        {
            return Err(DomainError::Invalid {
                field: "category slug",
                reason: "another category has this name",
                key: "category-slug-taken",
            }
            .into());
        }
        let mut work = self.write();
        let id = work.create_category(&slug, &settings).await?;
        self.commit(work).await?;
        self.store()
            .find_category(id)
            .await?
            .ok_or_else(|| AppError::Internal("the new category is gone".to_owned()))
    }

    /// The category, for its settings form (facilitators and admins).
    pub async fn category_settings(&self, actor: &Actor, slug: &str) -> Result<Category, AppError> {
        App::require(actor, Action::ModerateDiscussion)?;
        self.store()
            .category_by_slug(slug)
            .await?
            .ok_or(AppError::NotFound)
    }

    /// Changes a category's settings (facilitators and admins).
    pub async fn update_category(
        &self,
        actor: &Actor,
        slug: &str,
        draft: &CategoryDraft,
    ) -> Result<Category, AppError> {
        let category = self.category_settings(actor, slug).await?;
        let settings = draft.settings()?;
        let mut work = self.write();
        work.update_category(category.id, &settings).await?;
        self.commit(work).await?;
        Ok(Category {
            settings,
            ..category
        })
    }

    /// Creates the categories every hub starts with (`demo::CATEGORIES`), open to members.
    pub(crate) async fn seed_categories(&self) -> Result<(), AppError> {
        let mut work = self.write();
        for &(slug, name, description, starters) in crate::demo::CATEGORIES {
            let settings = CategorySettings::new(
                name,
                description,
                CategoryReaders::Members,
                starters,
                braid_domain::discussion::Moderation::FirstPosts,
            )?;
            work.create_category(&CategorySlug::new(slug)?, &settings)
                .await?;
        }
        self.commit(work).await
    }

    /// Tells those following a thread that a post was published in it: watchers of its
    /// category and those who wrote in it, less those who muted it and its author, and only
    /// those who may read it now. Called by the notification follower.
    pub(crate) async fn tell_of_post(
        &self,
        work: &mut UnitOfWork,
        post: PostId,
    ) -> Result<(), AppError> {
        let Some(record) = self
            .store()
            .find_post(post)
            .await?
            .filter(|post| post.state == PostState::Published && post.deleted_at.is_none())
        else {
            return Ok(());
        };
        let Some(thread) = self.store().find_thread(record.thread_id).await? else {
            return Ok(());
        };
        let Some(category) = self.store().find_category(thread.category_id).await? else {
            return Ok(());
        };
        let mut told = Vec::new();
        for member in self.store().thread_audience(thread.id, category.id).await? {
            if Some(member) == record.author_id {
                continue;
            }
            let Some(actor) = self.member_actor(member).await? else {
                continue;
            };
            if Self::may(&actor, DiscussionAction::Read, &category, Some(&thread)) {
                told.push(member);
            }
        }
        if !told.is_empty() {
            let detail: String = braid_text::markdown::plain_text(&record.body)
                .chars()
                .take(120)
                .collect();
            work.notify_thread(&told, "post", thread.id, &detail)
                .await?;
        }
        Ok(())
    }

    /// The title and address of a thread the actor may read (for a notification).
    pub(crate) async fn thread_link(
        &self,
        actor: &Actor,
        thread: ThreadId,
    ) -> Result<Option<(String, String)>, AppError> {
        match self.readable_thread(actor, thread).await {
            Ok((category, thread)) => Ok(Some((
                thread.title.clone(),
                thread_href(&category, thread.id),
            ))),
            Err(AppError::NotFound | AppError::Forbidden) => Ok(None),
            Err(other) => Err(other),
        }
    }
}

fn moderation_note(typed: &str) -> Result<String, DomainError> {
    const MAX_CHARS: usize = 2000;
    let note = typed.trim();
    if note.chars().count() > MAX_CHARS {
        return Err(DomainError::TooLong {
            field: "moderation note",
            max: MAX_CHARS,
        });
    }
    Ok(note.to_owned())
}

/// A category's settings as a form gives them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CategoryDraft {
    /// Its name.
    pub name: String,
    /// What it is for.
    pub description: String,
    /// `public`, `members` or `roles`.
    pub readers: String,
    /// The roles (by name) that read it when `readers` is `roles`.
    pub roles: Vec<String>,
    /// `readers` or `facilitators`.
    pub starters: String,
    /// `first-posts`, `all` or `none`.
    pub moderation: String,
}

impl CategoryDraft {
    /// The draft of a category's settings as they are.
    pub fn of(settings: &CategorySettings) -> CategoryDraft {
        let (readers, roles) = settings.readers.to_stored();
        CategoryDraft {
            name: settings.name.clone(),
            description: settings.description.clone(),
            readers: readers.to_owned(),
            roles: roles
                .split(',')
                .filter(|role| !role.is_empty())
                .map(str::to_owned)
                .collect(),
            starters: settings.starters.as_str().to_owned(),
            moderation: settings.moderation.as_str().to_owned(),
        }
    }

    fn settings(&self) -> Result<CategorySettings, DomainError> {
        CategorySettings::new(
            &self.name,
            &self.description,
            readers_from_form(&self.readers, &self.roles)?,
            braid_domain::discussion::Starters::parse(&self.starters)?,
            braid_domain::discussion::Moderation::parse(&self.moderation)?,
        )
    }
}

/// The readers a category form chose: `public`, `members`, or roles by name.
fn readers_from_form(kind: &str, roles: &[String]) -> Result<CategoryReaders, DomainError> {
    match kind {
        "public" => Ok(CategoryReaders::Public),
        "members" => Ok(CategoryReaders::Members),
        "roles" => Ok(CategoryReaders::Roles(
            roles
                .iter()
                .map(|role| braid_domain::accounts::Role::parse(role))
                .collect::<Result<Vec<_>, _>>()?,
        )),
        _ => Err(DomainError::Invalid {
            field: "category readers",
            reason: "use public, members or roles",
            key: "category-readers",
        }),
    }
}
