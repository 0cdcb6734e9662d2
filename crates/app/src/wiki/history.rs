//! A page's history: its revisions, the differences between two, restoring an old one.

use super::*;

impl Wiki<'_> {
    /// A page's history, newest first, with lines added and removed by each revision.
    pub async fn page_history(
        &self,
        actor: &Actor,
        section: &str,
        slug: &str,
    ) -> Result<(PageView, Vec<HistoryEntry>), AppError> {
        let view = self.page(actor, section, slug, None).await?;
        let mut revisions = self.store().revisions(view.page.id, HISTORY_LIMIT).await?;
        revisions.retain(|revision| may_see_revision(actor, revision));
        revisions.iter_mut().for_each(author_name);
        let mut entries = Vec::with_capacity(revisions.len());
        for (index, revision) in revisions.iter().enumerate() {
            let before = revisions
                .get(index + 1)
                .map_or("", |older| older.body.as_str());
            let (added, removed) = line_counts(before, &revision.body);
            entries.push(HistoryEntry {
                revision: revision.clone(),
                added,
                removed,
            });
        }
        Ok((view, entries))
    }

    /// The changes from revision `from` to revision `to`.
    pub async fn page_diff(
        &self,
        actor: &Actor,
        section: &str,
        slug: &str,
        from: i64,
        to: i64,
    ) -> Result<(PageView, RevisionDiff), AppError> {
        let older = self.page(actor, section, slug, Some(from)).await?.revision;
        let view = self.page(actor, section, slug, Some(to)).await?;
        let diff = RevisionDiff {
            hunks: hunks(&older.body, &view.revision.body),
            from: older,
            to: view.revision.clone(),
        };
        Ok((view, diff))
    }

    /// Makes revision `number` the latest again, as a new revision.
    pub async fn restore_revision(
        &self,
        actor: &Actor,
        section: &str,
        slug: &str,
        number: i64,
    ) -> Result<SaveOutcome, AppError> {
        let old = self.page(actor, section, slug, Some(number)).await?;
        // The restore builds on the text the restorer sees (never on an edit still waiting).
        let current = self.page(actor, section, slug, None).await?.revision.number;
        self.save_page(
            actor,
            section,
            slug,
            &PageEdit {
                base: current,
                title: old.revision.title,
                body: old.revision.body,
                summary: format!("Restored revision {number}"),
                labels: None,
                language: None,
            },
        )
        .await
    }
}
