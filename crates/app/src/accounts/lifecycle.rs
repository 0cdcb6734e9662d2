//! A member's own export, and deleting their account.

use super::*;

impl Accounts<'_> {
    /// Everything Braid holds about the member, as JSON they can keep.
    pub async fn export_account(&self, actor: &Actor) -> Result<serde_json::Value, AppError> {
        let member = App::own_member(actor)?;
        let user = self
            .store()
            .find_user(member.id)
            .await?
            .ok_or(AppError::NotFound)?;
        let now = self.now();
        // Every member holds `member`; the store keeps only the roles beyond it.
        let roles: Vec<serde_json::Value> =
            std::iter::once(serde_json::json!({"role": Role::Member.as_str(), "until": null}))
                .chain(self.store().user_roles(member.id).await?.into_iter().map(|g| {
                    serde_json::json!({"role": g.role.as_str(), "until": g.until.map(Timestamp::format_utc)})
                }))
                .collect();
        let contributions = self.contributions_of(member.id).await?;
        let sessions: Vec<serde_json::Value> = self
            .store()
            .list_sessions(member.id, now)
            .await?
            .into_iter()
            .map(|s| serde_json::json!({"browser": s.device_label, "signed_in": s.created_at.format_utc(), "last_active": s.last_seen_at.format_utc()}))
            .collect();
        let events: Vec<serde_json::Value> = self
            .store()
            .audit_events(Some(member.id), 10_000)
            .await?
            .into_iter()
            .map(|e| {
                // Details are named values; older ones are text.
                let detail = serde_json::from_str::<serde_json::Value>(&e.detail)
                    .unwrap_or(serde_json::Value::String(e.detail));
                serde_json::json!({"at": e.created_at.format_utc(), "event": e.kind, "detail": detail})
            })
            .collect();
        let invitations: Vec<serde_json::Value> = self
            .store()
            .invitations_by(member.id)
            .await?
            .into_iter()
            .map(|(note, role, created, used)| serde_json::json!({"note": note, "role": role, "created": created.format_utc(), "used": used.map(Timestamp::format_utc)}))
            .collect();
        let second_factor = self.second_factor_status(actor).await?;
        let passkeys: Vec<serde_json::Value> = self
            .passkeys(actor)
            .await?
            .into_iter()
            .map(|p| serde_json::json!({"name": p.name, "added": p.created_at.format_utc(), "last_used": p.last_used_at.map(Timestamp::format_utc)}))
            .collect();
        Ok(serde_json::json!({
            "format": "braid-account-export",
            "version": 1,
            "exported_at": now.format_utc(),
            "handle": user.handle.as_str(),
            "display_name": user.display_name,
            "pronouns": user.pronouns,
            "languages": user.languages,
            "region": user.region,
            "interface_language": user.interface_language,
            "email": self.store().email_of(member.id).await?.map(|(address, confirmed)| serde_json::json!({"address": address, "confirmed": confirmed})),
            "status": user.status.as_str(),
            "joined": user.created_at.format_utc(),
            "roles": roles,
            "second_factor": {"authenticator_app": second_factor.totp, "passkeys": passkeys, "recovery_codes_left": second_factor.recovery_codes_left},
            "sessions": sessions,
            "invitations_sent": invitations,
            "security_events": events,
            "page_revisions": contributions.0,
            "comments": contributions.1,
            "posts": self.posts_of(member.id).await?,
        }))
    }

    /// What the member wrote, for their export: every revision they saved (where, when, its
    /// summary and review state; the texts are on the pages) and every comment with its text.
    async fn contributions_of(
        &self,
        member: UserId,
    ) -> Result<(Vec<serde_json::Value>, Vec<serde_json::Value>), AppError> {
        let sections = self.all_sections().await?;
        let section_slug = |id| {
            sections
                .iter()
                .find(|section| section.id == id)
                .map(|section| section.slug.as_str().to_owned())
                .unwrap_or_default()
        };
        let revisions = self
            .store()
            .recent_revisions(None, Some(member), 0, 100_000)
            .await?
            .into_iter()
            // Suppressed revisions are for admins only, their author included.
            .filter(|recent| recent.revision.review != braid_domain::wiki::ReviewState::Suppressed)
            .map(|recent| {
                serde_json::json!({
                    "page": format!("/wiki/{}/{}", section_slug(recent.section_id), recent.slug),
                    "revision": recent.revision.number,
                    "title": recent.revision.title,
                    "saved": recent.revision.created_at.format_utc(),
                    "summary": recent.revision.summary,
                    "state": recent.revision.review.as_str(),
                })
            })
            .collect();
        let mut comments = Vec::new();
        for comment in self.store().comments_by(member).await? {
            let page = self.store().find_page_by_id(comment.page_id).await?;
            comments.push(serde_json::json!({
                "page": page.map(|page| format!("/wiki/{}/{}", section_slug(page.section_id), page.slug)),
                "written": comment.created_at.format_utc(),
                "edited": comment.edited_at.map(Timestamp::format_utc),
                "deleted": comment.deleted_at.map(Timestamp::format_utc),
                "text": comment.body,
            }));
        }
        Ok((revisions, comments))
    }

    /// The member's discussion posts, with their texts and where they are, for their export.
    /// A post a facilitator rejected is theirs too, with the note they were given.
    async fn posts_of(&self, member: UserId) -> Result<Vec<serde_json::Value>, AppError> {
        Ok(self
            .store()
            .posts_by(member)
            .await?
            .into_iter()
            .map(|(post, category, title)| {
                serde_json::json!({
                    "thread": format!("/discussion/{category}/{}", post.thread_id),
                    "thread_title": title,
                    "written": post.created_at.format_utc(),
                    "edited": post.edited_at.map(Timestamp::format_utc),
                    "deleted": post.deleted_at.map(Timestamp::format_utc),
                    "state": post.state.as_str(),
                    "moderation_note": post.moderation_note,
                    "text": post.body,
                })
            })
            .collect())
    }

    /// Deletes the member's own account after checking their password. Their sessions end;
    /// what they wrote for others stays, attributed to "former member".
    pub async fn delete_account(
        &self,
        actor: &Actor,
        current_password: &SecretString,
    ) -> Result<(), AppError> {
        let member = App::own_member(actor)?;
        self.check_current_password(member, current_password)
            .await?;
        let entry = AuditEntry {
            user_id: None,
            actor_id: None,
            kind: "account_deleted",
            detail: details(&[]),
        };
        self.store()
            .delete_user(member.id, &entry, self.now())
            .await?;
        Ok(())
    }
}
