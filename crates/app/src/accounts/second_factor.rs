//! Second factors: an authenticator app (TOTP) enrolled and removed.

use super::*;

impl Accounts<'_> {
    /// The member's second factors.
    pub async fn second_factor_status(
        &self,
        actor: &Actor,
    ) -> Result<SecondFactorStatus, AppError> {
        let member = App::own_member(actor)?;
        let totp = self
            .store()
            .totp(member.id)
            .await?
            .is_some_and(|t| t.confirmed_at.is_some());
        Ok(SecondFactorStatus {
            totp,
            passkeys: self.store().passkey_count(member.id).await?,
            recovery_codes_left: self.store().unused_recovery_codes(member.id).await?,
        })
    }

    /// Starts TOTP enrolment after checking the current password: a new secret, pending until
    /// a code from the app confirms it.
    pub async fn start_totp_enrolment(
        &self,
        actor: &Actor,
        current_password: &SecretString,
        issuer: &str,
    ) -> Result<TotpEnrolment, AppError> {
        let member = App::own_member(actor)?;
        self.check_current_password(member, current_password)
            .await?;
        self.pending_totp(member, issuer).await
    }

    /// The pending enrolment again (after a mistyped code), or a new one.
    async fn pending_totp(
        &self,
        member: &MemberActor,
        issuer: &str,
    ) -> Result<TotpEnrolment, AppError> {
        let secret = match self.store().totp(member.id).await? {
            Some(existing) if existing.confirmed_at.is_some() => {
                return Err(AppError::Conflict("totp_already_enrolled".to_owned()));
            }
            Some(pending) => self.open_totp_secret(member.id, &pending.secret)?,
            None => {
                let secret = TotpSecret::generate();
                let sealed = self.seal_totp_secret(member.id, &secret.to_base32());
                if !self
                    .store()
                    .save_pending_totp(member.id, &sealed, self.now())
                    .await?
                {
                    return Err(AppError::Conflict("totp_already_enrolled".to_owned()));
                }
                secret
            }
        };
        let uri = secret
            .provisioning_uri(issuer, member.handle.as_str())
            .ok_or_else(|| AppError::Internal("cannot build the otpauth address".into()))?;
        let qr_svg =
            qr_svg(&uri).ok_or_else(|| AppError::Internal("cannot draw the QR code".into()))?;
        Ok(TotpEnrolment {
            secret: secret.to_base32(),
            uri,
            qr_svg,
        })
    }

    /// The enrolment pending for the member (to show the QR code again after a wrong code).
    pub async fn pending_totp_enrolment(
        &self,
        actor: &Actor,
        issuer: &str,
    ) -> Result<TotpEnrolment, AppError> {
        let member = App::own_member(actor)?;
        self.pending_totp(member, issuer).await
    }

    /// Confirms enrolment with a code from the app; returns the recovery codes, shown once.
    pub async fn confirm_totp_enrolment(
        &self,
        actor: &Actor,
        code: &str,
    ) -> Result<Vec<SecretString>, AppError> {
        let member = App::own_member(actor)?;
        let now = self.now();
        let pending = match self.store().totp(member.id).await? {
            Some(pending) if pending.confirmed_at.is_none() => pending,
            _ => return Err(AppError::NotFound),
        };
        let secret = self.open_totp_secret(member.id, &pending.secret)?;
        let step = secret
            .matching_step(code, u64::try_from(now.as_millis() / 1000).unwrap_or(0))
            .ok_or(DomainError::Invalid {
                field: "code",
                reason: "that code does not match; check the time on your device and try the next code",
                key: "code-mismatch",
            })?;
        let codes: Vec<SecretString> = (0..RECOVERY_CODES).map(|_| recovery_code()).collect();
        let hashes: Vec<String> = codes.iter().map(|code| token_hash(code.expose())).collect();
        let entry = audit(
            Some(member.id),
            actor,
            "totp_enabled",
            details(&[("codes", &RECOVERY_CODES.to_string())]),
        );
        if !self
            .store()
            .confirm_totp(
                member.id,
                i64::try_from(step).unwrap_or(i64::MAX),
                &hashes,
                &entry,
                now,
            )
            .await?
        {
            return Err(AppError::NotFound);
        }
        Ok(codes)
    }

    /// Removes the authenticator and recovery codes, after checking the current password.
    pub async fn remove_totp(
        &self,
        actor: &Actor,
        current_password: &SecretString,
    ) -> Result<(), AppError> {
        let member = App::own_member(actor)?;
        self.check_current_password(member, current_password)
            .await?;
        let entry = audit(Some(member.id), actor, "totp_removed", String::new());
        self.store()
            .remove_totp(member.id, &entry, self.now())
            .await?;
        Ok(())
    }
}
