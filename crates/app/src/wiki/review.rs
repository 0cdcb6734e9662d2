//! Edits waiting for review, approving them and sending them back (editors).

use super::*;

/// A page with a revision waiting for review.
#[derive(Debug, Clone)]
pub struct ReviewItem {
    /// Its section.
    pub section: Section,
    /// The page.
    pub page: Page,
    /// The revision waiting.
    pub pending: Revision,
    /// What changed since the revision readers see (all of it for a new page).
    pub diff: RevisionDiff,
}

impl Wiki<'_> {
    /// Whether the actor's wiki edits are seen by readers at once: editors, admins, the hub
    /// itself, and members an editor (or the operator) trusted.
    pub(crate) async fn edits_skip_review(&self, actor: &Actor) -> Result<bool, AppError> {
        Ok(match actor {
            Actor::System => true,
            Actor::Anonymous => false,
            Actor::Member(member) => {
                permits(actor, Action::ManageWiki)
                    || self.store().is_wiki_trusted(member.id).await?
            }
        })
    }

    /// Pages with edits waiting for review (editors).
    pub async fn review_queue(&self, actor: &Actor) -> Result<Vec<ReviewItem>, AppError> {
        App::require(actor, Action::ManageWiki)?;
        let sections = self.store().list_sections().await?;
        let mut items = Vec::new();
        for (page, pending) in self.store().pages_awaiting_review().await? {
            let Some(section) = sections.iter().find(|s| s.id == page.section_id) else {
                continue;
            };
            // A pending revision hidden from this editor (suppressed) is left out; any other
            // failure is reported rather than shortening the queue silently.
            let view = match self
                .page(actor, section.slug.as_str(), &page.slug, Some(pending))
                .await
            {
                Ok(view) => view,
                Err(AppError::NotFound) => continue,
                Err(other) => return Err(other),
            };
            let approved = match page.approved_revision {
                0 => None,
                number => self.store().revision(page.id, number).await?,
            };
            let mut from = approved.unwrap_or_else(|| Revision {
                number: 0,
                body: String::new(),
                title: String::new(),
                ..view.revision.clone()
            });
            author_name(&mut from);
            items.push(ReviewItem {
                diff: RevisionDiff {
                    hunks: hunks(&from.body, &view.revision.body),
                    from,
                    to: view.revision.clone(),
                },
                section: section.clone(),
                page,
                pending: view.revision,
            });
        }
        Ok(items)
    }

    /// Approves a page's pending revision `number` (it must still be the latest), and with
    /// `trust_author` lets its author's later edits skip review (editors).
    pub async fn approve_revision(
        &self,
        actor: &Actor,
        page: PageId,
        number: i64,
        trust_author: bool,
    ) -> Result<(), AppError> {
        let item = self
            .review_queue(actor)
            .await?
            .into_iter()
            .find(|item| item.page.id == page)
            .ok_or(AppError::NotFound)?;
        let mut work = self.write();
        if item.pending.number != number
            || !work
                .approve_revision(
                    page,
                    number,
                    &braid_text::markdown::wiki_link_titles(&item.pending.body),
                )
                .await?
        {
            return Err(AppError::Conflict("revision_superseded".to_owned()));
        }
        if trust_author && let Some(author) = item.pending.author_id {
            work.trust_for_wiki(author).await?;
        }
        work.log_published(page, number).await?;
        self.commit(work).await
    }

    /// Sends a pending revision back with a note: the page returns to the text readers see,
    /// as a new revision whose summary carries the note (editors). A new page waiting for its
    /// first review goes to the recycle bin.
    pub async fn send_back_revision(
        &self,
        actor: &Actor,
        page: PageId,
        number: i64,
        note: &str,
    ) -> Result<(), AppError> {
        let note = edit_summary(note)?;
        if note.is_empty() {
            return Err(DomainError::Empty { field: "note" }.into());
        }
        let item = self
            .review_queue(actor)
            .await?
            .into_iter()
            .find(|item| item.page.id == page)
            .ok_or(AppError::NotFound)?;
        if item.pending.number != number {
            return Err(AppError::Conflict("revision_superseded".to_owned()));
        }
        let mut work = self.write();
        if !work.send_back_revision(page, number).await? {
            return Err(AppError::Conflict("revision_superseded".to_owned()));
        }
        if item.page.approved_revision == 0 {
            work.set_page_deleted(page, true).await?;
            return self.commit(work).await;
        }
        // When the refused edit was the latest, the page's latest text becomes the published
        // one again, as a revision that carries the note to its author.
        if item.page.current_revision != number {
            return self.commit(work).await;
        }
        let (author_id, author_label) = author_of(actor)?;
        let summary = format!("Sent back: {note}");
        let saved = work
            .save_revision(
                page,
                number,
                &NewRevision {
                    base_number: Some(number),
                    author_id,
                    author_label,
                    title: &item.diff.from.title,
                    body: &item.diff.from.body,
                    summary: &summary,
                    links: &braid_text::markdown::wiki_link_titles(&item.diff.from.body),
                },
                true,
            )
            .await?;
        match saved {
            Some(_) => self.commit(work).await,
            None => Err(AppError::Conflict("revision_superseded".to_owned())),
        }
    }
}
