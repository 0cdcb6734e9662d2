//! Signing in: the password, throttled per account, then the second factor when there is one.

use super::*;

impl Accounts<'_> {
    pub(crate) async fn open_session(
        &self,
        mut work: braid_store::UnitOfWork,
        user: UserId,
        failed_attempts_before: u32,
        upgraded_hash: Option<&str>,
        device_label: &str,
        detail: &str,
    ) -> Result<SignedIn, AppError> {
        let now = self.now();
        let token = Token::generate("s");
        let session = NewSession {
            token_hash: token.hash(),
            device_label: device_label.chars().take(80).collect(),
            expires_at: now.plus(self.machinery().settings.session_absolute),
        };
        let entry = AuditEntry {
            user_id: Some(user),
            actor_id: Some(user),
            kind: "signed_in",
            // The browser label stays with the session, for its member to recognise it; the
            // audit log, which admins read, does not repeat it.
            detail: detail.to_owned(),
        };
        work.open_session(user, &session, upgraded_hash, &entry)
            .await?;
        self.commit(work).await?;
        Ok(SignedIn {
            token,
            user,
            failed_attempts_before,
        })
    }

    /// Signs in with handle and password, throttled per account (SECURITY-PLAN T11). When the
    /// member has a second factor, the session opens only after [`Self::complete_sign_in`].
    pub async fn sign_in(
        &self,
        handle: &str,
        password: &SecretString,
        device_label: &str,
    ) -> Result<SignInOutcome, AppError> {
        let now = self.now();
        let user = match Handle::new(handle) {
            Ok(handle) => self.store().find_user_by_handle(&handle).await?,
            Err(_) => None,
        };
        let Some(user) = user else {
            // Same work as a real check, so timing does not say whether the account exists.
            self.verify_password(password, None).await?;
            return Ok(SignInOutcome::Refused);
        };
        let locked_out = user.failed_sign_ins >= FAILURES_BEFORE_LOCKOUT;
        if locked_out || user.sign_in_blocked_until > now || user.status == AccountStatus::Suspended
        {
            self.verify_password(password, None).await?;
            let why = if locked_out {
                "locked"
            } else if user.status == AccountStatus::Suspended {
                "suspended"
            } else {
                "waiting"
            };
            let entry = audit(
                Some(user.id),
                &Actor::Anonymous,
                "sign_in_refused",
                details(&[("why", why)]),
            );
            self.store().record_audit(&entry, now).await?;
            return Ok(SignInOutcome::Refused);
        }
        match self
            .verify_password(password, Some(user.password_hash.clone()))
            .await?
        {
            Verification::Valid { needs_rehash } => {
                let upgraded = if needs_rehash {
                    Some(self.hash_password(password).await?)
                } else {
                    None
                };
                let totp = self
                    .store()
                    .totp(user.id)
                    .await?
                    .is_some_and(|t| t.confirmed_at.is_some());
                let passkeys = self.store().passkeys(user.id).await?;
                if totp || !passkeys.is_empty() {
                    if let Some(hash) = &upgraded {
                        self.store().set_password_hash(user.id, hash, now).await?;
                    }
                    let (passkey_options, passkey_state) =
                        self.start_second_factor_passkey(&passkeys)?.unzip();
                    let token = Token::generate("c");
                    let label: String = device_label.chars().take(80).collect();
                    self.store()
                        .create_challenge(
                            user.id,
                            &token.hash(),
                            &label,
                            passkey_state.as_deref(),
                            now.plus(CHALLENGE_LIFETIME),
                            now,
                        )
                        .await?;
                    return Ok(SignInOutcome::SecondFactorDue(SecondFactorChallenge {
                        token,
                        totp,
                        passkey_options,
                    }));
                }
                let signed_in = self
                    .open_session(
                        self.write(),
                        user.id,
                        user.failed_sign_ins,
                        upgraded.as_deref(),
                        device_label,
                        &details(&[("how", "password")]),
                    )
                    .await?;
                Ok(SignInOutcome::SignedIn(signed_in))
            }
            Verification::Invalid => {
                let failures = user.failed_sign_ins.saturating_add(1);
                let blocked_until = now.plus(wait_after_failures(failures));
                let detail = details(&[("count", &failures.to_string())]);
                let entry = audit(Some(user.id), &Actor::Anonymous, "sign_in_failed", detail);
                self.store()
                    .record_failed_sign_in(user.id, blocked_until, &entry, now)
                    .await?;
                Ok(SignInOutcome::Refused)
            }
        }
    }

    /// The second step: a code from the authenticator app (accepted once, within one step of
    /// drift), an unused recovery code, or a passkey. Three wrong answers and the password is
    /// due again; every wrong answer also counts against the account, across challenges, with
    /// the same growing waits as passwords, and the member is told (SECURITY-PLAN T11).
    pub async fn complete_sign_in(
        &self,
        challenge_token: &str,
        proof: SecondFactorProof<'_>,
    ) -> Result<SecondFactorOutcome, AppError> {
        let now = self.now();
        let Some(challenge) = self
            .store()
            .find_challenge(&token_hash(challenge_token))
            .await?
        else {
            return Ok(SecondFactorOutcome::StartAgain);
        };
        if challenge.used_at.is_some()
            || challenge.expires_at <= now
            || challenge.failures >= CODE_TRIES
        {
            return Ok(SecondFactorOutcome::StartAgain);
        }
        let user = challenge.user_id;
        let account = self
            .store()
            .find_user(user)
            .await?
            .ok_or(AppError::NotFound)?;
        if account.second_factor_blocked_until > now {
            // Not checked at all, so waiting is the only way forward for a guesser, and a right
            // password does not start the count again.
            let entry = audit(
                Some(user),
                &Actor::Anonymous,
                "second_factor_refused",
                details(&[]),
            );
            self.store().record_audit(&entry, now).await?;
            return Ok(SecondFactorOutcome::Waiting {
                minutes: minutes_until(now, account.second_factor_blocked_until),
            });
        }
        let (code, passkey_answer) = match proof {
            SecondFactorProof::Code(code) => (code.trim(), None),
            SecondFactorProof::Passkey(answer) => ("", Some(answer)),
        };
        let looks_like_recovery_code =
            code.chars().filter(|c| c.is_ascii_alphanumeric()).count() >= 16;
        let (accepted, how) = if let Some(answer) = passkey_answer {
            match self
                .check_second_factor_passkey(user, challenge.passkey_state.as_deref(), answer)
                .await?
            {
                Some(name) => (true, ("passkey-second", name)),
                None => (false, ("passkey-second", String::new())),
            }
        } else if looks_like_recovery_code {
            let normalised = code.to_lowercase();
            (
                self.store()
                    .use_recovery_code(user, &token_hash(&normalised), now)
                    .await?,
                ("recovery", String::new()),
            )
        } else {
            let step = match self.store().totp(user).await? {
                Some(totp) if totp.confirmed_at.is_some() => self
                    .open_totp_secret(user, &totp.secret)?
                    .matching_step(code, u64::try_from(now.as_millis() / 1000).unwrap_or(0)),
                _ => None,
            };
            let accepted = match step {
                Some(step) => {
                    self.store()
                        .use_totp_step(user, i64::try_from(step).unwrap_or(i64::MAX), now)
                        .await?
                }
                None => false,
            };
            (accepted, ("code", String::new()))
        };
        if !accepted {
            let entry = AuditEntry {
                user_id: Some(user),
                actor_id: None,
                kind: "second_factor_failed",
                detail: details(&[("how", how.0), ("name", &how.1)]),
            };
            let failures = self
                .store()
                .fail_second_factor(&challenge, &entry, now, |on_account| {
                    // The member hears of it once a run of wrong answers reaches the first wait:
                    // whoever typed them knew the password.
                    let notice = (on_account == FREE_FAILURES).then(String::new);
                    (now.plus(wait_after_failures(on_account)), notice)
                })
                .await?;
            let wait = wait_after_failures(failures.on_account);
            return Ok(if !wait.is_zero() {
                SecondFactorOutcome::Waiting {
                    minutes: minutes_until(now, now.plus(wait)),
                }
            } else if failures.on_challenge >= CODE_TRIES {
                SecondFactorOutcome::StartAgain
            } else {
                SecondFactorOutcome::WrongCode {
                    tries_left: CODE_TRIES - failures.on_challenge,
                }
            });
        }
        let token = Token::generate("s");
        let session = NewSession {
            token_hash: token.hash(),
            device_label: challenge.device_label.clone(),
            expires_at: now.plus(self.machinery().settings.session_absolute),
        };
        let entry = AuditEntry {
            user_id: Some(user),
            actor_id: Some(user),
            kind: if looks_like_recovery_code {
                "signed_in_with_recovery_code"
            } else {
                "signed_in"
            },
            detail: details(&[("how", how.0), ("name", &how.1)]),
        };
        match self
            .store()
            .complete_challenge(&challenge, CODE_TRIES, &session, &entry, now)
            .await?
        {
            Some(_) => Ok(SecondFactorOutcome::SignedIn(SignedIn {
                token,
                user,
                failed_attempts_before: 0,
            })),
            None => Ok(SecondFactorOutcome::StartAgain),
        }
    }
}
