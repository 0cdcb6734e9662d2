//! Checking and changing a member's password.

use super::*;

impl Accounts<'_> {
    pub(crate) async fn check_current_password(
        &self,
        member: &MemberActor,
        password: &SecretString,
    ) -> Result<(), AppError> {
        let now = self.now();
        let user = self
            .store()
            .find_user(member.id)
            .await?
            .ok_or(AppError::NotFound)?;
        // A stolen session must not become a way to guess the password without limit: wrong
        // current passwords count with wrong sign-in passwords, and wait alike (T11).
        if user.sign_in_blocked_until > now || user.failed_sign_ins >= FAILURES_BEFORE_LOCKOUT {
            self.verify_password(password, None).await?;
            return Err(DomainError::Invalid {
                field: "current password",
                reason: "too many wrong passwords: wait a few minutes, then try again",
                key: "current-password-wait",
            }
            .into());
        }
        match self
            .verify_password(password, Some(user.password_hash))
            .await?
        {
            Verification::Valid { .. } => {
                if user.failed_sign_ins > 0 {
                    self.store().clear_failed_sign_ins(member.id, now).await?;
                }
                Ok(())
            }
            Verification::Invalid => {
                let failures = user.failed_sign_ins.saturating_add(1);
                let entry = audit(
                    Some(member.id),
                    &Actor::Member(member.clone()),
                    "password_check_failed",
                    details(&[("count", &failures.to_string())]),
                );
                self.store()
                    .record_failed_sign_in(
                        member.id,
                        now.plus(wait_after_failures(failures)),
                        &entry,
                        now,
                    )
                    .await?;
                Err(DomainError::Invalid {
                    field: "current password",
                    reason: "that is not your current password",
                    key: "wrong-current-password",
                }
                .into())
            }
        }
    }

    /// Changes the password after checking the current one. The rules allow a shorter password
    /// when a second factor is enrolled (NIST SP 800-63B-4). With `sign_out_elsewhere`, every
    /// other session ends (keeping `keep`). Audited.
    pub async fn change_password(
        &self,
        actor: &Actor,
        current_password: &SecretString,
        new_password: &SecretString,
        sign_out_elsewhere: bool,
        keep: Option<SessionId>,
    ) -> Result<(), AppError> {
        let member = App::own_member(actor)?;
        self.check_current_password(member, current_password)
            .await?;
        let second_factor = self
            .store()
            .totp(member.id)
            .await?
            .is_some_and(|t| t.confirmed_at.is_some());
        password_rules::check(
            new_password.expose(),
            second_factor,
            &[member.handle.as_str()],
        )?;
        let hash = self.hash_password(new_password).await?;
        let now = self.now();
        self.store()
            .set_password_hash(member.id, &hash, now)
            .await?;
        let entry = audit(Some(member.id), actor, "password_changed", String::new());
        self.store().record_audit(&entry, now).await?;
        if sign_out_elsewhere {
            self.sign_out_everywhere(actor, keep).await?;
        }
        Ok(())
    }
}
