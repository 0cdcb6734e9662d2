//! Comments on wiki pages: threads with replies, resolved and reopened, in Markdown.
//!
//! Members discuss; readers who are not signed in see the page but not the discussion (what
//! practitioners say about a page is for the community). A comment is visible to whoever may
//! read its page and is a member; only its author edits or deletes it; its thread's starter
//! and editors resolve it.

use std::collections::HashMap;

use braid_domain::DomainError;
use braid_domain::ids::{CommentId, UserId};
use braid_domain::policy::{Action, Actor, permits};
use braid_domain::time::Timestamp;
use braid_store::CommentRecord;

use crate::wiki::{PageView, Wiki};
use crate::{App, AppError};

/// The longest comment, in bytes.
pub const MAX_COMMENT_BYTES: usize = 20_000;

/// A comment as a reader sees it, in thread order.
#[derive(Debug, Clone)]
pub struct CommentView {
    /// Its id.
    pub id: CommentId,
    /// How deep in its thread (0 for a thread's first comment).
    pub depth: usize,
    /// The author's handle ("former member" for deleted accounts).
    pub author: String,
    /// Its text rendered; empty once deleted.
    pub html: String,
    /// Its Markdown, for its author's edit form.
    pub body: String,
    /// When it was written.
    pub created_at: Timestamp,
    /// Whether its author changed it since.
    pub edited: bool,
    /// Whether it was deleted (it keeps its place for its replies).
    pub deleted: bool,
    /// For a thread's first comment: whether the thread is resolved.
    pub resolved: bool,
    /// Whether the reader may edit and delete it.
    pub mine: bool,
    /// Whether the reader may resolve or reopen its thread.
    pub may_resolve: bool,
}

fn comment_body(body: &str) -> Result<String, DomainError> {
    let body = body.replace("\r\n", "\n");
    let body = body.trim();
    if body.is_empty() {
        return Err(DomainError::Empty { field: "comment" });
    }
    if body.len() > MAX_COMMENT_BYTES {
        return Err(DomainError::TooLong {
            field: "comment",
            max: MAX_COMMENT_BYTES,
        });
    }
    Ok(body.to_owned())
}

fn member_id(actor: &Actor) -> Option<UserId> {
    match actor {
        Actor::Member(member) => Some(member.id),
        Actor::Anonymous | Actor::System => None,
    }
}

impl Wiki<'_> {
    /// The comments on a page the actor was shown, threads in order with their replies under
    /// them; `None` when the actor may not see the discussion at all.
    pub(crate) async fn comments_on(
        &self,
        actor: &Actor,
        view: &PageView,
        records: &[CommentRecord],
    ) -> Result<Option<Vec<CommentView>>, AppError> {
        if !permits(actor, Action::ReadMembersOnly) {
            return Ok(None);
        }
        let me = member_id(actor);
        let manages = permits(actor, Action::ManageWiki);
        let mut children: HashMap<Option<CommentId>, Vec<&CommentRecord>> = HashMap::new();
        for record in records {
            children.entry(record.parent_id).or_default().push(record);
        }
        let mut ordered = Vec::with_capacity(records.len());
        let mut stack: Vec<(&CommentRecord, usize, Option<UserId>)> = children
            .get(&None)
            .map(|threads| threads.iter().rev().map(|c| (*c, 0, c.author_id)).collect())
            .unwrap_or_default();
        while let Some((record, depth, starter)) = stack.pop() {
            let html = if record.deleted_at.is_some() {
                String::new()
            } else {
                self.render_markdown(actor, &view.section, &record.body, None)
                    .await?
                    .html
                    .clone()
            };
            ordered.push(CommentView {
                id: record.id,
                depth,
                author: record
                    .author
                    .clone()
                    .unwrap_or_else(|| "former member".to_owned()),
                html,
                body: record.body.clone(),
                created_at: record.created_at,
                edited: record.edited_at.is_some(),
                deleted: record.deleted_at.is_some(),
                resolved: record.resolved_at.is_some(),
                mine: me.is_some() && record.author_id == me && record.deleted_at.is_none(),
                may_resolve: depth == 0
                    && (manages || (me.is_some() && starter == me))
                    && permits(actor, Action::EditPages),
            });
            if let Some(replies) = children.get(&Some(record.id)) {
                stack.extend(
                    replies
                        .iter()
                        .rev()
                        .map(|reply| (*reply, depth + 1, starter)),
                );
            }
        }
        Ok(Some(ordered))
    }

    /// Adds a comment (a reply when `parent` is given); returns its id.
    pub async fn add_comment(
        &self,
        actor: &Actor,
        section: &str,
        slug: &str,
        parent: Option<CommentId>,
        body: &str,
    ) -> Result<CommentId, AppError> {
        App::require(actor, Action::EditPages)?;
        let author = member_id(actor).ok_or(AppError::Forbidden)?;
        let body = comment_body(body)?;
        let view = self.page(actor, section, slug, None).await?;
        if let Some(parent) = parent {
            let on_this_page = self
                .store()
                .find_comment(parent)
                .await?
                .is_some_and(|record| record.page_id == view.page.id);
            if !on_this_page {
                return Err(AppError::NotFound);
            }
        }
        // The watchers hear of it from the notification follower (`crate::followers`).
        let mut work = self.write();
        let id = work
            .add_comment(view.page.id, parent, author, &body)
            .await?;
        self.commit(work).await?;
        Ok(id)
    }

    /// The comment, if the actor may see its page; with the page's section and slug.
    async fn visible_comment(
        &self,
        actor: &Actor,
        id: CommentId,
    ) -> Result<(CommentRecord, String), AppError> {
        let record = self
            .store()
            .find_comment(id)
            .await?
            .ok_or(AppError::NotFound)?;
        let href = self.page_href_by_id(actor, record.page_id).await?;
        Ok((record, href))
    }

    /// Changes the text of one's own comment; returns the page's address.
    pub async fn edit_comment(
        &self,
        actor: &Actor,
        id: CommentId,
        body: &str,
    ) -> Result<String, AppError> {
        App::require(actor, Action::EditPages)?;
        let body = comment_body(body)?;
        let (record, href) = self.visible_comment(actor, id).await?;
        if record.author_id.is_none()
            || record.author_id != member_id(actor)
            || record.deleted_at.is_some()
        {
            return Err(AppError::Forbidden);
        }
        let mut work = self.write();
        work.change_comment(id, Some(&body)).await?;
        self.commit(work).await?;
        Ok(href)
    }

    /// Deletes one's own comment; returns the page's address.
    pub async fn delete_comment(&self, actor: &Actor, id: CommentId) -> Result<String, AppError> {
        App::require(actor, Action::EditPages)?;
        let (record, href) = self.visible_comment(actor, id).await?;
        if record.author_id.is_none() || record.author_id != member_id(actor) {
            return Err(AppError::Forbidden);
        }
        let mut work = self.write();
        work.change_comment(id, None).await?;
        self.commit(work).await?;
        Ok(href)
    }

    /// Resolves or reopens a thread (its starter, or an editor); returns the page's address.
    pub async fn resolve_comment(
        &self,
        actor: &Actor,
        id: CommentId,
        resolved: bool,
    ) -> Result<String, AppError> {
        App::require(actor, Action::EditPages)?;
        let me = member_id(actor).ok_or(AppError::Forbidden)?;
        let (record, href) = self.visible_comment(actor, id).await?;
        let starter = record.author_id.is_some() && record.author_id == Some(me);
        if record.parent_id.is_some() || !(starter || permits(actor, Action::ManageWiki)) {
            return Err(AppError::Forbidden);
        }
        let mut work = self.write();
        work.set_comment_resolved(id, resolved.then_some(me))
            .await?;
        self.commit(work).await?;
        Ok(href)
    }
}
