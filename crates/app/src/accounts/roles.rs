//! Roles with terms, suspension and reinstatement (admins).

use super::*;

impl Accounts<'_> {
    /// Grants a role (with an optional end of term), or with `Role::Member` removes all others.
    /// Admins and the operator only; audited; the member's sessions are rotated by the caller.
    pub async fn set_role(
        &self,
        actor: &Actor,
        handle: &str,
        role: Role,
        until: Option<Timestamp>,
    ) -> Result<(), AppError> {
        App::require(actor, Action::ManageRoles)?;
        let user = self.find_member(handle).await?;
        let now = self.now();
        if until.is_some_and(|until| until <= now) {
            return Err(DomainError::Invalid {
                field: "until",
                reason: "the end of the term must be in the future",
                key: "term-in-past",
            }
            .into());
        }
        let until_text = until.map(Timestamp::format_utc);
        let detail = details(&[
            ("role", role.as_str()),
            ("until", until_text.as_deref().unwrap_or("none")),
        ]);
        let entry = audit(Some(user.id), actor, "role_changed", detail);
        self.store()
            .set_role(user.id, RoleGrant { role, until }, &entry, now)
            .await?;
        // The operator giving a role to a member still waiting for approval approves them:
        // otherwise `braid admin set-role` would leave an administrator unable to act.
        if matches!(actor, Actor::System) && user.status == AccountStatus::Pending {
            let entry = audit(
                Some(user.id),
                actor,
                "reinstated",
                details(&[("how", "role")]),
            );
            self.store()
                .set_account_status(user.id, AccountStatus::Active, None, &entry, now)
                .await?;
        }
        // A change of privilege ends the member's sessions: the next sign-in gets a new
        // session id with the new roles (SECURITY-PLAN T16).
        self.store()
            .revoke_sessions(user.id, None, None, None, now)
            .await?;
        Ok(())
    }

    /// Ends every role whose term has passed: the grant is removed, the member's sessions end,
    /// and a `role_lapsed` event tells the member and the admins. Run hourly as a job; safe to
    /// run twice. Returns how many lapsed.
    pub async fn lapse_role_terms(&self) -> Result<usize, AppError> {
        let now = self.now();
        let mut lapsed = 0;
        for (user, grant) in self.store().lapsed_roles(now).await? {
            let ended = grant.until.map(Timestamp::format_utc).unwrap_or_default();
            let detail = details(&[("role", grant.role.as_str()), ("until", &ended)]);
            let entry = AuditEntry {
                user_id: Some(user),
                actor_id: None,
                kind: "role_lapsed",
                detail,
            };
            if self.store().remove_role(user, grant, &entry, now).await? {
                lapsed += 1;
            }
        }
        Ok(lapsed)
    }

    /// Suspends a member (admins and the operator), with a reason kept on record; their
    /// sessions end at once and they cannot sign in.
    pub async fn suspend(&self, actor: &Actor, handle: &str, reason: &str) -> Result<(), AppError> {
        App::require(actor, Action::ManageAccounts)?;
        let reason = optional_text(reason, "reason", 500)?;
        if reason.is_empty() {
            return Err(DomainError::Empty { field: "reason" }.into());
        }
        let user = self.find_member(handle).await?;
        if let Actor::Member(member) = actor
            && member.id == user.id
        {
            return Err(DomainError::Invalid {
                field: "handle",
                reason: "you cannot suspend yourself",
                key: "cannot-suspend-self",
            }
            .into());
        }
        let entry = audit(
            Some(user.id),
            actor,
            "suspended",
            details(&[("reason", &reason)]),
        );
        self.store()
            .set_account_status(
                user.id,
                AccountStatus::Suspended,
                Some(&reason),
                &entry,
                self.now(),
            )
            .await?;
        Ok(())
    }

    /// Makes a suspended or pending member active again (admins and the operator).
    pub async fn reinstate(&self, actor: &Actor, handle: &str) -> Result<(), AppError> {
        App::require(actor, Action::ManageAccounts)?;
        let user = self.find_member(handle).await?;
        let entry = audit(Some(user.id), actor, "reinstated", details(&[]));
        self.store()
            .set_account_status(user.id, AccountStatus::Active, None, &entry, self.now())
            .await?;
        Ok(())
    }

    pub(super) async fn find_member(&self, handle: &str) -> Result<UserRecord, AppError> {
        let handle = Handle::new(handle).map_err(|_| AppError::NotFound)?;
        self.store()
            .find_user_by_handle(&handle)
            .await?
            .ok_or(AppError::NotFound)
    }
}
