//! Writing a page and saving edits: one unit of work per save, merged with any save made
//! since its base revision.

use super::*;

impl Wiki<'_> {
    /// Writes a new page; returns its slug.
    pub async fn create_page(
        &self,
        actor: &Actor,
        section: &str,
        draft: &PageDraft,
    ) -> Result<String, AppError> {
        App::require(actor, Action::EditPages)?;
        if draft.visibility == Visibility::Editors {
            App::require(actor, Action::ManageWiki)?;
        }
        let section = self.readable_section(actor, section).await?;
        let title = page_title(&draft.title)?;
        let body = page_body(&draft.body)?;
        let summary = edit_summary(&draft.summary)?;
        let labels = braid_domain::wiki::labels(&draft.labels)?;
        let language = content_language(&draft.language)?;
        reject_conflict_markers(&body)?;
        let base_slug = slugify(&title).ok_or(DomainError::Invalid {
            field: "title",
            reason: "use at least one letter or digit",
            key: "title-needs-letters",
        })?;
        let parent = match draft.parent.as_deref().filter(|p| !p.is_empty()) {
            Some(parent) => Some(self.readable_page_alone(actor, &section, parent).await?.id),
            None => None,
        };
        let (author_id, author_label) = author_of(actor)?;
        let approved = self.edits_skip_review(actor).await?;
        let links = braid_text::markdown::wiki_link_titles(&body);
        // The address is the title's slug, or the first of slug-2, slug-3… that is free. Only
        // a page the writer can see with the same title is "already there": a hidden, waiting
        // or deleted page, or another title cut to the same slug, must neither block the new
        // page nor reveal itself (issue 27, finding 8).
        let mut suffix = 1;
        let slug = loop {
            let candidate = if suffix == 1 {
                base_slug.clone()
            } else {
                let stem: String = base_slug
                    .chars()
                    .take(braid_text::slug::MAX_CHARS - 4)
                    .collect();
                format!("{}-{suffix}", stem.trim_end_matches('-'))
            };
            suffix += 1;
            if suffix > 100 {
                return Err(AppError::Conflict("page_busy".to_owned()));
            }
            if let Some(existing) = self.store().find_page(section.id, &candidate).await? {
                let same_title = braid_text::slug::same_title(&existing.title, &title);
                let visible = existing.deleted_at.is_none()
                    && match self.readable_page_alone(actor, &section, &candidate).await {
                        Ok(_) => true,
                        Err(AppError::NotFound) => false,
                        Err(other) => return Err(other),
                    };
                if same_title && visible {
                    return Err(AppError::Conflict("page_exists".to_owned()));
                }
                continue;
            }
            // One unit of work per candidate: a taken slug fails the statement, and on
            // PostgreSQL a failed statement ends its transaction.
            let mut work = self.write();
            let created = work
                .create_page(&NewPage {
                    section_id: section.id,
                    parent_id: parent,
                    slug: &candidate,
                    visibility: draft.visibility,
                    language: language.code,
                    approved,
                    revision: NewRevision {
                        base_number: None,
                        author_id,
                        author_label,
                        title: &title,
                        body: &body,
                        summary: &summary,
                        links: &links,
                    },
                })
                .await;
            match created {
                Ok(page) => {
                    if !labels.is_empty() {
                        work.set_page_labels(page, &labels).await?;
                    }
                    self.commit(work).await?;
                    break candidate;
                }
                // Taken meanwhile: look again.
                Err(StoreError::Conflict { .. }) => suffix -= 1,
                Err(other) => return Err(other.into()),
            }
        };
        Ok(slug)
    }

    /// Saves an edit, merging it with any save made since its base revision, and sets the
    /// page's labels and language when the text was saved (or needed no saving): all in one
    /// commit, with the change that tells watchers when the edit is published.
    pub async fn save_page(
        &self,
        actor: &Actor,
        section: &str,
        slug: &str,
        edit: &PageEdit,
    ) -> Result<SaveOutcome, AppError> {
        self.save_edit(actor, section, slug, edit, None).await
    }

    /// Saves an edit as [`Wiki::save_page`] does. For a translation, records what the new
    /// revision was made from: `translation`'s, or (an edit outside the translation editor)
    /// what its published revision was made from; and, when it is published, remembers the
    /// paragraphs `translation` pairs.
    pub(super) async fn save_edit(
        &self,
        actor: &Actor,
        section: &str,
        slug: &str,
        edit: &PageEdit,
        translation: Option<super::translations::TranslationUpdate>,
    ) -> Result<SaveOutcome, AppError> {
        App::require(actor, Action::EditPages)?;
        let labels = edit
            .labels
            .as_deref()
            .map(braid_domain::wiki::labels)
            .transpose()?;
        let language = edit.language.as_deref().map(content_language).transpose()?;
        let title = page_title(&edit.title)?;
        let body = page_body(&edit.body)?;
        let summary = edit_summary(&edit.summary)?;
        reject_conflict_markers(&body)?;
        let (author_id, author_label) = author_of(actor)?;
        let approve = self.edits_skip_review(actor).await?;
        // A race lost between reading and saving just means one more merge.
        for _ in 0..5 {
            let view = match self.page(actor, section, slug, None).await {
                Ok(view) => view,
                Err(AppError::NotFound) if self.deleted_page(actor, section, slug).await? => {
                    return Ok(SaveOutcome::Deleted);
                }
                Err(other) => return Err(other),
            };
            let page = view.page.id;
            let mut work = self.write();
            let outcome = match self.merge_edit(actor, &view, edit, &title, &body).await? {
                Merged::Unchanged => SaveOutcome::Unchanged,
                Merged::Conflict(conflict) => return Ok(conflict),
                Merged::Text {
                    title: new_title,
                    body: new_body,
                    merged,
                } => {
                    let saved = work
                        .save_revision(
                            page,
                            view.page.current_revision,
                            &NewRevision {
                                base_number: Some(edit.base),
                                author_id,
                                author_label,
                                title: &new_title,
                                body: &new_body,
                                summary: &summary,
                                links: &braid_text::markdown::wiki_link_titles(&new_body),
                            },
                            approve,
                        )
                        .await?;
                    let Some(number) = saved else { continue };
                    if approve {
                        work.log_published(page, number).await?;
                    }
                    if let Some(facts) = &view.translation
                        && let Some(from) = translation
                            .as_ref()
                            .map(|update| update.from)
                            .or(facts.from)
                    {
                        work.record_translated_from(page, number, from).await?;
                    }
                    if let Some(update) = &translation
                        && approve
                        && view.translation.is_some()
                    {
                        work.remember_translation(page, update.language.as_str(), &update.memory)
                            .await?;
                    }
                    // A new text of a published page under the same title changes that page
                    // alone: other pages' views, trees and links stay as they were. Not
                    // when translations are involved: a source's new text outdates them, and
                    // a translation's its standing on its source's page.
                    let language_kept = language
                        .as_ref()
                        .is_none_or(|language| view.page.language == language.code);
                    if new_title == view.page.title
                        && view.page.approved_revision > 0
                        && language_kept
                        && !view.has_translations
                        && view.translation.is_none()
                    {
                        work.confine_to_page(page);
                    }
                    if merged {
                        SaveOutcome::Merged(number)
                    } else {
                        SaveOutcome::Saved(number)
                    }
                }
            };
            // Labels and language follow a save, or an unchanged text.
            if let Some(labels) = &labels
                && *labels != view.labels
            {
                work.set_page_labels(page, labels).await?;
            }
            if let Some(language) = &language
                && view.page.language != language.code
            {
                work.set_page_language(page, language.code).await?;
            }
            self.commit(work).await?;
            return Ok(outcome);
        }
        Err(AppError::Conflict("page_busy".to_owned()))
    }

    /// Merges an edit with the text it builds on, as it stands in `view`.
    async fn merge_edit(
        &self,
        actor: &Actor,
        view: &PageView,
        edit: &PageEdit,
        title: &str,
        body: &str,
    ) -> Result<Merged, AppError> {
        // Merge with the text this save builds on: the latest revision when it is the
        // saver's own pending edit (they go on with it) or a new page not yet reviewed,
        // the published text otherwise. So a trusted save never takes in, and publishes,
        // a pending edit nobody reviewed, and no merge shows anyone an edit they may not
        // see (issue 27, finding 3).
        let page = view.page.id;
        let latest = self
            .store()
            .revision(page, view.page.current_revision)
            .await?
            .ok_or(AppError::NotFound)?;
        let own_pending = latest.review == ReviewState::Pending
            && matches!(actor, Actor::Member(member) if latest.author_id == Some(member.id));
        let current = if own_pending
            || view.page.approved_revision == 0
            || latest.number == view.page.approved_revision
        {
            latest
        } else {
            self.store()
                .revision(page, view.page.approved_revision)
                .await?
                .ok_or(AppError::NotFound)?
        };
        if edit.base == current.number {
            if title == current.title && body == current.body {
                return Ok(Merged::Unchanged);
            }
            return Ok(Merged::Text {
                title: title.to_owned(),
                body: body.to_owned(),
                merged: false,
            });
        }
        let base = self
            .store()
            .revision(page, edit.base)
            .await?
            .filter(|_| edit.base < current.number)
            .ok_or_else(|| AppError::BadInput("that revision is not one this page had".into()))?;
        let their_title =
            (current.title != base.title && title != base.title && title != current.title)
                .then(|| current.title.clone());
        let merged_title = if title == base.title {
            current.title.clone()
        } else {
            title.to_owned()
        };
        Ok(
            match (merge(&base.body, body, &current.body), their_title) {
                (Merge::Clean(merged), None) => Merged::Text {
                    title: merged_title,
                    body: merged,
                    merged: true,
                },
                (Merge::Clean(text) | Merge::Conflict(text), their_title) => {
                    Merged::Conflict(SaveOutcome::Conflict {
                        body: text,
                        title: title.to_owned(),
                        their_title,
                        current: current.number,
                    })
                }
            },
        )
    }
}
