//! Security events: every member's for admins, one's own for each member.

use super::*;

impl Accounts<'_> {
    /// Every member's security events, newest first, with handles (admins only).
    pub async fn audit_log(&self, actor: &Actor, limit: u32) -> Result<Vec<AuditView>, AppError> {
        let events = self.security_events(actor, true, limit).await?;
        let handles: std::collections::HashMap<UserId, String> = self
            .store()
            .list_users()
            .await?
            .into_iter()
            .map(|user| (user.id, user.handle.as_str().to_owned()))
            .collect();
        let name = |id: Option<UserId>, none: &str| match id {
            Some(id) => handles
                .get(&id)
                .cloned()
                .unwrap_or_else(|| "former member".to_owned()),
            None => none.to_owned(),
        };
        Ok(events
            .into_iter()
            .map(|event| AuditView {
                at: event.created_at,
                member: name(event.user_id, ""),
                actor: name(event.actor_id, "operator"),
                kind: event.kind,
                detail: event.detail,
            })
            .collect())
    }

    /// Failed attempts on the member's account since their previous sign-in, so the account
    /// page can tell them what they mean: wrong passwords may be guessing; wrong second-factor
    /// answers came after the right password, so the password is known to someone.
    pub async fn failed_attempts_since_previous_sign_in(
        &self,
        actor: &Actor,
    ) -> Result<FailedAttempts, AppError> {
        let events = self.security_events(actor, false, 500).await?;
        // Newest first: skip this session's own sign-in, count failures until the one before.
        let since_previous = events
            .iter()
            .skip_while(|e| !e.kind.starts_with("signed_in"))
            .skip(1)
            .take_while(|e| !e.kind.starts_with("signed_in"));
        let mut failed = FailedAttempts::default();
        for event in since_previous {
            match event.kind.as_str() {
                "sign_in_failed" => failed.passwords += 1,
                "second_factor_failed" => failed.second_factor += 1,
                _ => {}
            }
        }
        Ok(failed)
    }

    /// Security events the actor may see: their own, or (with `everyone`) all, for admins.
    pub async fn security_events(
        &self,
        actor: &Actor,
        everyone: bool,
        limit: u32,
    ) -> Result<Vec<AuditRecord>, AppError> {
        if everyone {
            App::require(actor, Action::ViewAllAuditEvents)?;
            return Ok(self.store().audit_events(None, limit).await?);
        }
        App::require(actor, Action::ManageOwnAccount)?;
        let Actor::Member(member) = actor else {
            return Err(AppError::Forbidden);
        };
        Ok(self.store().audit_events(Some(member.id), limit).await?)
    }
}
