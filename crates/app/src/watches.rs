//! Watching pages and sections, in-app notifications, and review-by dates with a daily
//! reminder. A watcher is told only about pages they may read; nobody is told about their
//! own edits.

use std::sync::Arc;

use braid_domain::DomainError;
use braid_domain::ids::{PageId, UserId};
use braid_domain::policy::{Action, Actor, MemberActor, permits};
use braid_domain::time::Timestamp;

use crate::{App, AppError};

/// What a member watches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WatchTarget {
    /// The page itself.
    Page,
    /// The page's whole section.
    Section,
}

/// A notification as its member sees it.
#[derive(Debug, Clone)]
pub struct NotificationView {
    /// `page_changed` or `review_due`.
    pub kind: String,
    /// The title and address of the page or thread it is about, if the member may still
    /// read it.
    pub link: Option<(String, String)>,
    /// What to say.
    pub detail: String,
    /// When it was made.
    pub created_at: Timestamp,
    /// Whether it is new.
    pub unread: bool,
}

/// How often a due page's watchers are reminded.
const REMIND_EVERY: std::time::Duration = std::time::Duration::from_secs(7 * 86_400);
/// How far ahead the list of pages due for review looks.
const DUE_SOON: std::time::Duration = std::time::Duration::from_secs(30 * 86_400);

/// A page due for review, as the list shows it.
#[derive(Debug, Clone)]
pub struct DuePage {
    /// Its title.
    pub title: String,
    /// Its address.
    pub href: String,
    /// The date it should be checked by.
    pub review_by: Timestamp,
    /// Whether that date has passed.
    pub overdue: bool,
}

impl App {
    /// The member as policy sees them (for deciding what a watcher may read).
    pub(crate) async fn member_actor(&self, user: UserId) -> Result<Option<Actor>, AppError> {
        let Some(record) = self.store().find_user(user).await? else {
            return Ok(None);
        };
        let roles = Self::roles_in_force(&self.store().user_roles(user).await?, self.now());
        Ok(Some(Actor::Member(MemberActor {
            id: record.id,
            handle: record.handle,
            roles,
            status: record.status,
            second_factor_missing: false,
        })))
    }

    /// Starts or stops watching a page or its section.
    pub async fn watch(
        &self,
        actor: &Actor,
        section: &str,
        slug: &str,
        target: WatchTarget,
        on: bool,
    ) -> Result<(), AppError> {
        Self::require(actor, Action::ReadMembersOnly)?;
        let Actor::Member(member) = actor else {
            return Err(AppError::Forbidden);
        };
        let view = self.wiki().page(actor, section, slug, None).await?;
        let (page, section) = match target {
            WatchTarget::Page => (Some(view.page.id), None),
            WatchTarget::Section => (None, Some(view.section.id)),
        };
        Ok(self
            .store()
            .set_watch(member.id, page, section, on, self.now())
            .await?)
    }

    /// For editors, how many pages have edits to review, for the site navigation (kept per
    /// content version: a pending edit is a logged change); `None` for others. The unread
    /// notifications come with the session ([`crate::accounts::CurrentSession`]).
    pub async fn awaiting_review(&self, actor: &Actor) -> Result<Option<u64>, AppError> {
        if !permits(actor, Action::ManageWiki) {
            return Ok(None);
        }
        let version = self.content_version();
        let count = self
            .kept()
            .awaiting_review
            .get_or_load((), version, || async {
                Ok::<_, AppError>(self.store().pages_awaiting_review_count().await?)
            })
            .await?;
        Ok(Some(count))
    }

    /// The member's notifications, newest first.
    pub async fn notifications(&self, actor: &Actor) -> Result<Vec<NotificationView>, AppError> {
        let member = Self::own_member(actor)?;
        let mut views = Vec::new();
        for record in self.store().notifications(member.id, 100).await? {
            let link = match (record.page_id, record.thread_id) {
                (_, Some(thread)) => self.discussion().thread_link(actor, thread).await?,
                (page, None) => match page {
                    Some(page) => match self.wiki().page_href_by_id(actor, page).await {
                        Ok(href) => self
                            .store()
                            .find_page_by_id(page)
                            .await?
                            .map(|p| (p.title, href)),
                        Err(AppError::NotFound) => None,
                        Err(other) => return Err(other),
                    },
                    None => None,
                },
            };
            views.push(NotificationView {
                kind: record.kind,
                link,
                detail: record.detail,
                created_at: record.created_at,
                unread: record.read_at.is_none(),
            });
        }
        Ok(views)
    }

    /// Marks the member's notifications read.
    pub async fn mark_notifications_read(&self, actor: &Actor) -> Result<(), AppError> {
        let member = Self::own_member(actor)?;
        Ok(self
            .store()
            .mark_notifications_read(member.id, self.now())
            .await?)
    }

    /// Sets the date by which a page's advice should be checked again (`YYYY-MM-DD`), or
    /// clears it (empty) (editors).
    pub async fn set_review_by(
        &self,
        actor: &Actor,
        section: &str,
        slug: &str,
        date: &str,
    ) -> Result<(), AppError> {
        Self::require(actor, Action::ManageWiki)?;
        let view = self.wiki().page(actor, section, slug, None).await?;
        let date = date.trim();
        let review_by = if date.is_empty() {
            None
        } else {
            Some(Timestamp::parse_date(date).ok_or(DomainError::Invalid {
                field: "review by",
                reason: "use a date such as 2027-03-31",
                key: "date-format",
            })?)
        };
        Ok(self
            .store()
            .set_review_by(view.page.id, review_by, self.now())
            .await?)
    }

    /// A page's review-by date.
    pub async fn review_by(&self, page: PageId) -> Result<Option<Timestamp>, AppError> {
        Ok(self.store().review_by(page).await?)
    }

    /// Pages the actor may read whose review-by date has passed or comes within 30 days.
    pub async fn pages_due_for_review(&self, actor: &Actor) -> Result<Vec<DuePage>, AppError> {
        let now = self.now();
        let mut due = Vec::new();
        for (page, review_by, _) in self
            .store()
            .pages_due_for_review(now.plus(DUE_SOON))
            .await?
        {
            // A page the reader may not see is left out; any other failure is reported.
            let href = match self.wiki().page_href_by_id(actor, page).await {
                Ok(href) => href,
                Err(AppError::NotFound) => continue,
                Err(other) => return Err(other),
            };
            let Some(record) = self.store().find_page_by_id(page).await? else {
                continue;
            };
            due.push(DuePage {
                title: record.title,
                href,
                review_by,
                overdue: review_by <= now,
            });
        }
        Ok(due)
    }

    /// The daily job: reminds the watchers of each overdue page, at most once a week.
    pub async fn remind_reviews(&self) -> Result<usize, AppError> {
        let now = self.now();
        let mut reminded = 0;
        for (page, review_by, last) in self.store().pages_due_for_review(now).await? {
            if last.is_some_and(|last| last.plus(REMIND_EVERY) > now) {
                continue;
            }
            let detail = format!("due for review since {}", review_by.format_utc());
            // The reminder and its record commit together: a crash never reminds twice.
            let mut work = self.write();
            self.notify_watchers(&mut work, page, None, "review_due", &detail)
                .await?;
            work.review_reminded(page).await?;
            self.commit(work).await?;
            reminded += 1;
        }
        Ok(reminded)
    }

    /// Whether the member watches the page and its section.
    pub async fn watching(
        &self,
        actor: &Actor,
        page: PageId,
        section: braid_domain::ids::SectionId,
    ) -> Result<(bool, bool), AppError> {
        match actor {
            Actor::Member(member) if permits(actor, Action::ReadMembersOnly) => {
                let version = self.content_version();
                let watches = self
                    .kept()
                    .watches
                    .get_or_load(member.id, version, || async {
                        Ok::<_, AppError>(Arc::new(self.store().watches_of(member.id).await?))
                    })
                    .await?;
                Ok((
                    watches.iter().any(|(p, _)| *p == Some(page)),
                    watches.iter().any(|(_, s)| *s == Some(section)),
                ))
            }
            _ => Ok((false, false)),
        }
    }
}
