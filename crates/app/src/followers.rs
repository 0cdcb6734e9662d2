//! Followers: everything that reacts to a committed change reads the change log.
//!
//! A follower has a name, the kinds of change it follows and a batch apply. The runner reads
//! the log after the follower's durable cursor, hands it the changes of its kinds, and moves
//! the cursor in the same unit of work as whatever the follower wrote: a follower that writes
//! to the database (notification fan-out) applies each change exactly once, even when the
//! server dies between a commit and the apply, or in the middle of an apply. A follower that
//! writes elsewhere (the search index) must be idempotent instead: after a crash it may apply
//! the last batch again.
//!
//! Adding one: implement [`Follower`], list it in `App::followers` (the crate root). The server runs them all
//! twice a second; administrators see each one's cursor, lag and last error.

use std::future::Future;
use std::pin::Pin;

use braid_domain::change::{ChangeAction, EntityKind};
use braid_domain::ids::{ChangeId, CommentId, PageId, PostId, UserId};
use braid_domain::policy::{Action, Actor};
use braid_domain::time::Timestamp;
use braid_store::{Change, UnitOfWork};

use crate::{App, AppError};

/// Changes read from the log at a time.
const BATCH: u32 = 500;

/// A follower's apply, boxed so that followers can be listed together.
pub type Applying<'a> = Pin<Box<dyn Future<Output = Result<(), AppError>> + Send + 'a>>;

/// Something that reacts to the change log. See the module documentation.
pub trait Follower: Send + Sync + 'static {
    /// Its stable name: the cursor's key, and what the status page calls it.
    fn name(&self) -> &'static str;

    /// The kinds of change it is given; it never sees others.
    fn follows(&self) -> &'static [EntityKind];

    /// Applies a batch of changes, oldest first, writing to the database only through `work`
    /// (which the runner commits together with the cursor).
    fn apply<'a>(
        &'a self,
        app: &'a App,
        changes: &'a [Change],
        work: &'a mut UnitOfWork,
    ) -> Applying<'a>;

    /// Called when a catch-up reached the end of the log, having gone past `applied`
    /// changes: a follower may let go of what it holds while idle.
    fn caught_up<'a>(&'a self, _app: &'a App, _applied: usize) -> Applying<'a> {
        Box::pin(async { Ok(()) })
    }
}

/// One follower as administrators see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowerStatus {
    /// Its name.
    pub name: &'static str,
    /// The last change it applied.
    pub cursor: ChangeId,
    /// Changes in the log after its cursor (of any kind).
    pub lag: i64,
    /// Its last failure since it last moved on, and when.
    pub last_error: Option<(String, Timestamp)>,
}

/// The notification fan-out: tells the watchers of a page (who may read it, other than the
/// author) about an edit published to readers and about a new comment.
#[derive(Debug, Clone, Copy)]
pub struct Notifications;

impl Follower for Notifications {
    fn name(&self) -> &'static str {
        "notifications"
    }

    fn follows(&self) -> &'static [EntityKind] {
        &[
            EntityKind::Revision,
            EntityKind::Comment,
            EntityKind::PublishedPost,
        ]
    }

    fn apply<'a>(
        &'a self,
        app: &'a App,
        changes: &'a [Change],
        work: &'a mut UnitOfWork,
    ) -> Applying<'a> {
        Box::pin(async move {
            for change in changes {
                if change.action != ChangeAction::Created {
                    continue;
                }
                match change.entity_kind {
                    Some(EntityKind::Revision) => {
                        let Some((page, revision)) =
                            app.store().revision_by_row(change.entity_id).await?
                        else {
                            continue;
                        };
                        let detail = match revision.summary.trim() {
                            "" => "edited",
                            summary => summary,
                        };
                        app.notify_watchers(work, page, revision.author_id, "page_changed", detail)
                            .await?;
                    }
                    Some(EntityKind::Comment) => {
                        let Some(comment) = app
                            .store()
                            .find_comment(CommentId(change.entity_id))
                            .await?
                            .filter(|comment| comment.deleted_at.is_none())
                        else {
                            continue;
                        };
                        let detail: String = comment.body.chars().take(120).collect();
                        app.notify_watchers(
                            work,
                            comment.page_id,
                            comment.author_id,
                            "comment",
                            &detail,
                        )
                        .await?;
                    }
                    Some(EntityKind::PublishedPost) => {
                        app.discussion()
                            .tell_of_post(work, PostId(change.entity_id))
                            .await?;
                    }
                    _ => {}
                }
            }
            Ok(())
        })
    }
}

impl App {
    /// Lets every follower catch up with the log; returns the changes they applied in all.
    /// A follower that fails is reported (and recorded for the status page) without holding
    /// the others back.
    pub async fn catch_up(&self) -> Result<usize, AppError> {
        let mut applied = 0;
        let mut first_error = None;
        for follower in self.followers() {
            match self.follow(follower.as_ref()).await {
                Ok(count) => applied += count,
                Err(error) => {
                    tracing::warn!(follower = follower.name(), %error, "a follower could not catch up");
                    first_error.get_or_insert(error);
                }
            }
        }
        match first_error {
            Some(error) => Err(error),
            None => Ok(applied),
        }
    }

    /// Applies the changes after `follower`'s cursor, a batch at a time, each batch in one
    /// unit of work with the cursor's move; returns how many changes it went past.
    pub async fn follow(&self, follower: &dyn Follower) -> Result<usize, AppError> {
        let name = follower.name();
        let mut applied = 0;
        loop {
            let cursor = self.store().change_cursor(name).await?;
            let changes = self.store().changes_after(cursor, BATCH).await?;
            let Some(last) = changes.last().map(|change| change.id) else {
                follower.caught_up(self, applied).await?;
                return Ok(applied);
            };
            let followed: Vec<Change> = changes
                .into_iter()
                .filter(|change| {
                    change
                        .entity_kind
                        .is_some_and(|kind| follower.follows().contains(&kind))
                })
                .collect();
            let mut work = self.write();
            let result = async {
                if !followed.is_empty() {
                    follower.apply(self, &followed, &mut work).await?;
                }
                work.advance_change_cursor(name, last).await?;
                self.commit(work).await
            }
            .await;
            if let Err(error) = result {
                self.store()
                    .record_follower_error(name, &error.with_causes(), self.now())
                    .await?;
                return Err(error);
            }
            applied += usize::try_from(last.0 - cursor.0).unwrap_or(0);
        }
    }

    /// Each follower's cursor, lag and last error (administrators).
    pub async fn follower_status(&self, actor: &Actor) -> Result<Vec<FollowerStatus>, AppError> {
        Self::require(actor, Action::ViewHubStatus)?;
        let latest = self.store().latest_change_id().await?;
        let cursors = self.store().follower_cursors().await?;
        Ok(self
            .followers()
            .iter()
            .map(|follower| {
                let cursor = cursors
                    .iter()
                    .find(|cursor| cursor.consumer == follower.name());
                let at = cursor.map_or(ChangeId(0), |cursor| cursor.cursor);
                FollowerStatus {
                    name: follower.name(),
                    cursor: at,
                    lag: (latest.0 - at.0).max(0),
                    last_error: cursor.and_then(|cursor| cursor.last_error.clone()),
                }
            })
            .collect())
    }

    /// Tells the watchers of a page (who may read it, other than `author`) what happened,
    /// as part of `work`.
    pub(crate) async fn notify_watchers(
        &self,
        work: &mut UnitOfWork,
        page: PageId,
        author: Option<UserId>,
        kind: &str,
        detail: &str,
    ) -> Result<(), AppError> {
        let Some(record) = self.store().find_page_by_id(page).await? else {
            return Ok(());
        };
        let mut told = Vec::new();
        for watcher in self.store().watchers(page, record.section_id).await? {
            if Some(watcher) == author {
                continue;
            }
            let Some(actor) = self.member_actor(watcher).await? else {
                continue;
            };
            // A watcher who may no longer read the page hears nothing of it.
            match self.wiki().page_href_by_id(&actor, page).await {
                Ok(_) => told.push(watcher),
                Err(AppError::NotFound | AppError::Forbidden) => {}
                Err(other) => return Err(other),
            }
        }
        if !told.is_empty() {
            work.notify(&told, kind, Some(page), detail).await?;
        }
        Ok(())
    }
}
