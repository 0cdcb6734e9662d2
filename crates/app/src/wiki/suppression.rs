//! Suppressing a revision that exposed something (admins).

use super::*;

impl Wiki<'_> {
    /// Suppresses revision `number` of a page (admins): it exposed something, and from now on
    /// only admins see it anywhere. The published text cannot be suppressed: edit the exposed
    /// part out first, then suppress every revision that still holds it.
    pub async fn suppress_revision(
        &self,
        actor: &Actor,
        section: &str,
        slug: &str,
        number: i64,
        reason: &str,
    ) -> Result<(), AppError> {
        App::require(actor, Action::SuppressRevisions)?;
        let reason = crate::accounts::optional_text(reason, "reason", 500)?;
        if reason.is_empty() {
            return Err(DomainError::Empty { field: "reason" }.into());
        }
        let view = self.page(actor, section, slug, Some(number)).await?;
        if number == view.page.approved_revision {
            return Err(DomainError::Invalid {
                field: "revision",
                reason: "this is the text readers see: edit the exposed part out first",
                key: "revision-is-published",
            }
            .into());
        }
        let entry = crate::accounts::audit(
            None,
            actor,
            "revision_suppressed",
            crate::accounts::details(&[
                ("revision", &number.to_string()),
                ("page", &page_href(&view.section, &view.page.slug)),
                ("reason", &reason),
            ]),
        );
        let mut work = self.write();
        if work
            .suppress_revision(view.page.id, number, &reason, &entry)
            .await?
        {
            self.commit(work).await
        } else {
            Err(AppError::Conflict("revision_suppressed".to_owned()))
        }
    }
}
