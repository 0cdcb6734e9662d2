//! Invitations with vouching, and joining through one.

use super::*;

impl Accounts<'_> {
    /// Creates an invitation vouched for by `actor`. Members invite members; only admins (and
    /// the operator) may invite into a higher role. Returns the token to put in the link.
    pub async fn invite(
        &self,
        actor: &Actor,
        note: &str,
        role: Role,
    ) -> Result<(Token, Timestamp), AppError> {
        App::require(actor, Action::InviteMembers)?;
        let now = self.now();
        let note = optional_text(note, "note", 500)?;
        let invited_by = match actor {
            Actor::Member(member) => {
                if role != Role::Member && !member.has(Role::Admin) {
                    return Err(AppError::Forbidden);
                }
                if !member.has(Role::Admin) {
                    let open = self.store().open_invitations_by(member.id, now).await?;
                    if open >= self.machinery().settings.max_open_invitations {
                        return Err(AppError::Conflict("too_many_open_invitations".to_owned()));
                    }
                }
                Some(member.id)
            }
            Actor::System => None,
            Actor::Anonymous => return Err(AppError::Forbidden),
        };
        let token = Token::generate("inv");
        let expires_at = now.plus(self.machinery().settings.invitation_lifetime);
        let invitation = NewInvitation {
            token_hash: token.hash(),
            invited_by,
            note: note.clone(),
            role,
            expires_at,
        };
        let entry = audit(
            invited_by,
            actor,
            "invitation_created",
            details(&[("role", role.as_str()), ("note", &note)]),
        );
        self.store()
            .create_invitation(&invitation, &entry, now)
            .await?;
        Ok((token, expires_at))
    }

    /// What an invitation link leads to.
    pub async fn invitation_state(&self, token: &str) -> Result<InvitationState, AppError> {
        let Some(invitation) = self.store().find_invitation(&token_hash(token)).await? else {
            return Ok(InvitationState::Unknown);
        };
        if invitation.used_at.is_some() {
            return Ok(InvitationState::Used);
        }
        if invitation.expires_at <= self.now() {
            return Ok(InvitationState::Expired);
        }
        let invited_by = match invitation.invited_by {
            Some(id) => self
                .store()
                .find_user(id)
                .await?
                .map(|user| user.handle.as_str().to_owned()),
            None => None,
        };
        Ok(InvitationState::Open {
            invited_by,
            role: invitation.role,
        })
    }

    /// Refuses a new handle that reads like a member's (or a former member's, or a reserved
    /// one) without being it: in a community where trust runs through names, `mаria` in
    /// Cyrillic must not pass for `maria` (UTS #39 skeletons). The same handle is left to the
    /// store's unique key, which answers "taken".
    pub(super) async fn refuse_lookalike(&self, handle: &Handle) -> Result<(), AppError> {
        let taken = self.store().handle_keys_in_use().await?;
        if handle.is_confusable_with(taken.iter().map(String::as_str)) {
            return Err(DomainError::Invalid {
                field: "handle",
                reason: "that handle looks like another member's; choose another",
                key: "handle-lookalike",
            }
            .into());
        }
        Ok(())
    }

    /// Joins with an invitation: creates the account (active, or pending approval) and signs
    /// the newcomer in.
    pub async fn join(&self, token: &str, request: JoinRequest) -> Result<SignedIn, AppError> {
        let invitation = match self.store().find_invitation(&token_hash(token)).await? {
            Some(invitation)
                if invitation.used_at.is_none() && invitation.expires_at > self.now() =>
            {
                invitation
            }
            _ => return Err(AppError::NotFound),
        };
        let handle = Handle::new(&request.handle)?;
        if handle.is_reserved() {
            return Err(DomainError::Invalid {
                field: "handle",
                reason: "that handle is kept for the hub's own use; choose another",
                key: "handle-reserved",
            }
            .into());
        }
        self.refuse_lookalike(&handle).await?;
        if !request.accepted_guidelines {
            return Err(DomainError::Invalid {
                field: "guidelines",
                reason: "accept the community guidelines and code of conduct to join",
                key: "guidelines-not-accepted",
            }
            .into());
        }
        password_rules::check(request.password.expose(), false, &[handle.as_str()])?;
        let profile = crate::accounts::profile::checked(&braid_store::Profile {
            display_name: request.display_name.clone(),
            pronouns: request.pronouns.clone(),
            languages: request.languages.clone(),
            region: request.region.clone(),
        })?;
        let user = NewUser {
            public_id: public_id(),
            handle: handle.clone(),
            display_name: profile.display_name,
            pronouns: profile.pronouns,
            languages: profile.languages,
            region: profile.region,
            password_hash: self.hash_password(&request.password).await?,
            // The operator's invitation (`braid admin invite`) is the operator's approval: the
            // first administrator must not wait for an approval nobody can give.
            status: if invitation.invited_by.is_some()
                && (self.machinery().settings.require_approval
                    || self.machinery().settings.vouches_required > 1)
            {
                AccountStatus::Pending
            } else {
                AccountStatus::Active
            },
            guidelines_accepted_at: Some(self.now()),
        };
        let grants = [RoleGrant {
            role: invitation.role,
            until: None,
        }];
        let entry = AuditEntry {
            user_id: None,
            actor_id: None,
            kind: "joined",
            detail: details(&[("role", invitation.role.as_str())]),
        };
        // The account and its first session are one commit: a newcomer is never left with an
        // account they cannot sign in to because the session failed after it.
        let mut work = self.write();
        let user_id = work
            .accept_invitation(invitation.id, &user, &grants, invitation.invited_by, &entry)
            .await
            .map_err(|error| match error {
                StoreError::Conflict { constraint } if constraint == "invitation_used" => {
                    AppError::NotFound
                }
                StoreError::Conflict { .. } => AppError::Conflict("handle_taken".to_owned()),
                other => other.into(),
            })?;
        self.open_session(
            work,
            user_id,
            0,
            None,
            &request.device_label,
            "session opened on joining",
        )
        .await
    }
}
