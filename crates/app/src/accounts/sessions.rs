//! Sessions: the member behind a cookie, the second-factor policy it is held to, signing out.

use super::*;

impl Accounts<'_> {
    /// The member behind a session cookie, if the session is still good: not revoked, within
    /// its absolute and idle limits, and its member not suspended.
    pub async fn current_session(&self, token: &str) -> Result<Option<CurrentSession>, AppError> {
        if !token.starts_with("braid_s_") {
            return Ok(None);
        }
        let Some(found) = self.store().find_session(&token_hash(token)).await? else {
            return Ok(None);
        };
        let session = found.session;
        let now = self.now();
        let idle_limit = session
            .last_seen_at
            .plus(self.machinery().settings.session_idle);
        if session.revoked_at.is_some() || session.expires_at <= now || idle_limit <= now {
            return Ok(None);
        }
        if found.status == AccountStatus::Suspended {
            return Ok(None);
        }
        if session.last_seen_at.plus(TOUCH_INTERVAL) <= now {
            self.store().touch_session(session.id, now).await?;
        }
        let roles = App::roles_in_force(&found.roles, now);
        let required = self.second_factor_required_for().await?;
        let second_factor_missing = !roles.is_disjoint(&required) && !found.has_second_factor;
        Ok(Some(CurrentSession {
            session: session.id,
            member: MemberActor {
                id: session.user_id,
                handle: found.handle,
                roles,
                status: found.status,
                second_factor_missing,
            },
            unread_notifications: found.unread_notifications,
            interface_language: Some(found.interface_language).filter(|tag| !tag.is_empty()),
        }))
    }

    /// The roles whose members must have a second factor (set by admins; none at first).
    pub async fn second_factor_required_for(&self) -> Result<BTreeSet<Role>, AppError> {
        // Asked on every signed-in request, so kept while the content version stands.
        let version = self.content_version();
        let value = self
            .kept()
            .settings
            .get_or_load(SECOND_FACTOR_REQUIRED_FOR, version, || async {
                Ok::<_, AppError>(self.store().setting(SECOND_FACTOR_REQUIRED_FOR).await?)
            })
            .await?
            .unwrap_or_default();
        Ok(value
            .split(',')
            .filter_map(|name| Role::parse(name).ok())
            .collect())
    }

    /// Whether the member has a confirmed authenticator app or a passkey.
    async fn has_second_factor(&self, user: UserId) -> Result<bool, AppError> {
        Ok(self
            .store()
            .totp(user)
            .await?
            .is_some_and(|t| t.confirmed_at.is_some())
            || self.store().passkey_count(user).await? > 0)
    }

    /// Requires a second factor for members holding any of `roles` (admins and the operator).
    /// An admin without one who would be held to it at once is asked first (`confirmed`):
    /// until they add one, they could do nothing else.
    pub async fn require_second_factor_for(
        &self,
        actor: &Actor,
        roles: &BTreeSet<Role>,
        confirmed: bool,
    ) -> Result<SecondFactorPolicyChange, AppError> {
        App::require(actor, Action::ManageAccounts)?;
        if let Actor::Member(member) = actor
            && !confirmed
        {
            let limiting: Vec<Role> = member.roles.intersection(roles).copied().collect();
            if !limiting.is_empty() && !self.has_second_factor(member.id).await? {
                return Ok(SecondFactorPolicyChange::WouldLimitYou(limiting));
            }
        }
        let value: Vec<&str> = roles.iter().map(|role| role.as_str()).collect();
        let value = value.join(",");
        let entry = audit(None, actor, "policy_changed", details(&[("roles", &value)]));
        self.store()
            .set_setting(SECOND_FACTOR_REQUIRED_FOR, &value, &entry, self.now())
            .await?;
        Ok(SecondFactorPolicyChange::Saved)
    }

    /// Ends the current session.
    pub async fn sign_out(&self, current: &CurrentSession) -> Result<(), AppError> {
        let entry = audit(
            Some(current.member.id),
            &Actor::Member(current.member.clone()),
            "signed_out",
            String::new(),
        );
        self.store()
            .revoke_sessions(
                current.member.id,
                Some(current.session),
                None,
                Some(&entry),
                self.now(),
            )
            .await?;
        Ok(())
    }

    /// The member's open sessions.
    pub async fn sessions(&self, actor: &Actor) -> Result<Vec<SessionRecord>, AppError> {
        App::require(actor, Action::ManageOwnAccount)?;
        let Actor::Member(member) = actor else {
            return Err(AppError::Forbidden);
        };
        Ok(self.store().list_sessions(member.id, self.now()).await?)
    }

    /// Revokes one of the member's own sessions. Someone else's session is "not found".
    pub async fn revoke_session(&self, actor: &Actor, session: SessionId) -> Result<(), AppError> {
        App::require(actor, Action::ManageOwnAccount)?;
        let Actor::Member(member) = actor else {
            return Err(AppError::Forbidden);
        };
        let entry = audit(Some(member.id), actor, "session_revoked", details(&[]));
        let revoked = self
            .store()
            .revoke_sessions(member.id, Some(session), None, Some(&entry), self.now())
            .await?;
        if revoked == 0 {
            Err(AppError::NotFound)
        } else {
            Ok(())
        }
    }

    /// Ends every session of the member, or every one but `keep`. Returns how many ended.
    pub async fn sign_out_everywhere(
        &self,
        actor: &Actor,
        keep: Option<SessionId>,
    ) -> Result<u64, AppError> {
        App::require(actor, Action::ManageOwnAccount)?;
        let Actor::Member(member) = actor else {
            return Err(AppError::Forbidden);
        };
        let detail = details(&[("which", if keep.is_some() { "others" } else { "all" })]);
        let entry = audit(
            Some(member.id),
            actor,
            "signed_out_everywhere",
            detail.to_owned(),
        );
        Ok(self
            .store()
            .revoke_sessions(member.id, None, keep, Some(&entry), self.now())
            .await?)
    }
}
