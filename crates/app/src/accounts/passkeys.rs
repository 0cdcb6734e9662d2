//! Passkeys (WebAuthn): registering them, signing in with one alone, and using one as the
//! second step after a password.
//!
//! A passkey sign-in is two factors in one: possession of the key and the user verification
//! (PIN or biometric) the authenticator must report, which every ceremony here requires. The
//! ceremony state the library produces is kept server-side (in the database, so any node can
//! take the answer) and is deleted when the answer comes: an answer is accepted at most once.

use std::time::Duration;

use braid_crypt::{SecretString, Token, base64, recovery_code, token_hash};
use braid_domain::DomainError;
use braid_domain::accounts::AccountStatus;
use braid_domain::ids::{PasskeyId, UserId};
use braid_domain::policy::Actor;
use braid_domain::time::Timestamp;
use braid_store::{NewCeremony, PasskeyRecord};
use webauthn_rs::prelude::{
    DiscoverableAuthentication, Passkey, PasskeyAuthentication, PasskeyRegistration,
    PublicKeyCredential, RegisterPublicKeyCredential, Url, Uuid,
};
use webauthn_rs::{Webauthn, WebauthnBuilder};

use crate::accounts::{Accounts, RECOVERY_CODES, SignInOutcome, audit};
use crate::{App, AppError};

/// How long the browser may take to answer a ceremony.
const CEREMONY_LIFETIME: Duration = Duration::from_secs(5 * 60);
/// The longest name a member may give a passkey.
const MAX_NAME_CHARS: usize = 60;
const REGISTER: &str = "register";
const SIGN_IN: &str = "sign_in";

/// A ceremony for the browser to perform with `navigator.credentials`.
#[derive(Debug)]
pub struct PasskeyCeremony {
    /// Names the ceremony; the page sends it back with the answer.
    pub token: Token,
    /// The options, as JSON, for `navigator.credentials.create` or `.get`.
    pub options: String,
}

/// A registered passkey, as its owner sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PasskeyView {
    /// Its id.
    pub id: PasskeyId,
    /// The owner's name for it.
    pub name: String,
    /// When it was registered.
    pub created_at: Timestamp,
    /// When it last signed in.
    pub last_used_at: Option<Timestamp>,
}

/// The relying party for the hub's public address, or `None` when the address is an IP
/// address or otherwise unusable: WebAuthn needs a domain name (`localhost` counts).
pub(crate) fn relying_party(public_url: &str, community_name: &str) -> Option<Webauthn> {
    let origin = Url::parse(public_url).ok()?;
    let host = origin.host_str()?;
    if host.starts_with('[') || host.parse::<std::net::IpAddr>().is_ok() {
        return None;
    }
    WebauthnBuilder::new(host, &origin)
        .ok()?
        .rp_name(community_name)
        .build()
        .ok()
}

fn failed() -> AppError {
    DomainError::Invalid {
        field: "passkey",
        reason: "the passkey did not answer as expected; try again",
        key: "passkey-failed",
    }
    .into()
}

/// A ceremony the browser ran at another address than the hub's public one: the usual
/// cause is a hub opened by its IP address or a second name while `public_url` says otherwise.
fn refused(error: &webauthn_rs::prelude::WebauthnError) -> AppError {
    match error {
        webauthn_rs::prelude::WebauthnError::InvalidRPOrigin => DomainError::Invalid {
            field: "passkey",
            reason: "the browser is at another address than the hub's public address",
            key: "passkey-wrong-address",
        }
        .into(),
        _ => failed(),
    }
}

fn unreadable(what: &str) -> AppError {
    AppError::Internal(format!("stored passkey {what} unreadable"))
}

fn to_json(value: &impl serde::Serialize) -> Result<String, AppError> {
    serde_json::to_string(value).map_err(|e| AppError::Internal(e.to_string()))
}

impl Accounts<'_> {
    fn relying_party(&self) -> Result<&Webauthn, AppError> {
        self.machinery().passkeys.as_ref().ok_or_else(|| {
            DomainError::Invalid {
                field: "passkey",
                reason: "passkeys need the hub to be reached by a domain name, not an IP address",
                key: "passkeys-unavailable",
            }
            .into()
        })
    }

    /// Whether this hub can use passkeys (its public address is a domain name).
    pub fn passkeys_available(&self) -> bool {
        self.machinery().passkeys.is_some()
    }

    /// The member's own passkeys.
    pub async fn passkeys(&self, actor: &Actor) -> Result<Vec<PasskeyView>, AppError> {
        let member = App::own_member(actor)?;
        Ok(self
            .store()
            .passkeys(member.id)
            .await?
            .into_iter()
            .map(|record| PasskeyView {
                id: record.id,
                name: record.name,
                created_at: record.created_at,
                last_used_at: record.last_used_at,
            })
            .collect())
    }

    /// Starts registering a passkey, after checking the current password.
    pub async fn start_passkey_registration(
        &self,
        actor: &Actor,
        current_password: &SecretString,
        name: &str,
    ) -> Result<PasskeyCeremony, AppError> {
        let member = App::own_member(actor)?;
        let relying_party = self.relying_party()?;
        let name = name.trim();
        if name.chars().count() > MAX_NAME_CHARS {
            return Err(DomainError::TooLong {
                field: "name",
                max: MAX_NAME_CHARS,
            }
            .into());
        }
        let name = if name.is_empty() { "Passkey" } else { name };
        self.check_current_password(member, current_password)
            .await?;
        let candidate = Uuid::new_v4().to_string();
        let handle = self
            .store()
            .webauthn_handle(member.id, &candidate)
            .await?
            .ok_or(AppError::NotFound)?;
        let handle = Uuid::parse_str(&handle).map_err(|_| unreadable("user handle"))?;
        let existing = self
            .store()
            .passkeys(member.id)
            .await?
            .iter()
            .map(|record| {
                serde_json::from_str::<Passkey>(&record.credential)
                    .map(|passkey| passkey.cred_id().clone())
                    .map_err(|_| unreadable("credential"))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let (options, state) = relying_party
            .start_passkey_registration(
                handle,
                member.handle.as_str(),
                member.handle.as_str(),
                Some(existing),
            )
            .map_err(|e| AppError::Internal(format!("cannot start a passkey registration: {e}")))?;
        // Ask for a discoverable credential where the authenticator can store one, so the
        // passkey can also sign in without a password (the library asks for none).
        let mut options =
            serde_json::to_value(&options).map_err(|e| AppError::Internal(e.to_string()))?;
        if let Some(selection) = options
            .pointer_mut("/publicKey/authenticatorSelection")
            .and_then(serde_json::Value::as_object_mut)
        {
            selection.insert("residentKey".to_owned(), "preferred".into());
        }
        self.save_ceremony(REGISTER, Some(member.id), name, &state, &options)
            .await
    }

    /// Finishes registering a passkey with the browser's answer. Returns new recovery codes
    /// (to show once) when the member had none left, so losing the passkey never locks them
    /// out; otherwise none.
    pub async fn finish_passkey_registration(
        &self,
        actor: &Actor,
        ceremony_token: &str,
        answer: &str,
    ) -> Result<Vec<SecretString>, AppError> {
        let member = App::own_member(actor)?;
        let relying_party = self.relying_party()?;
        let now = self.now();
        let ceremony = self
            .store()
            .take_ceremony(&token_hash(ceremony_token), REGISTER, now)
            .await?
            .filter(|ceremony| ceremony.user_id == Some(member.id))
            .ok_or_else(failed)?;
        let state: PasskeyRegistration =
            serde_json::from_str(&ceremony.state).map_err(|_| unreadable("ceremony"))?;
        let answer: RegisterPublicKeyCredential =
            serde_json::from_str(answer).map_err(|_| failed())?;
        let passkey = relying_party
            .finish_passkey_registration(&answer, &state)
            .map_err(|error| {
                tracing::info!(%error, "passkey registration refused");
                refused(&error)
            })?;
        let codes: Vec<SecretString> = if self.store().unused_recovery_codes(member.id).await? == 0
        {
            (0..RECOVERY_CODES).map(|_| recovery_code()).collect()
        } else {
            Vec::new()
        };
        let hashes: Vec<String> = codes.iter().map(|code| token_hash(code.expose())).collect();
        let issued = if codes.is_empty() {
            "none".to_owned()
        } else {
            codes.len().to_string()
        };
        let detail = crate::accounts::details(&[("name", &ceremony.name), ("codes", &issued)]);
        let entry = audit(Some(member.id), actor, "passkey_added", detail);
        let added = self
            .store()
            .add_passkey(
                member.id,
                &base64(passkey.cred_id()),
                &ceremony.name,
                &to_json(&passkey)?,
                &hashes,
                &entry,
                now,
            )
            .await?;
        if !added {
            return Err(AppError::Conflict("passkey_already_registered".to_owned()));
        }
        Ok(codes)
    }

    /// Removes one of the member's passkeys, after checking the current password.
    pub async fn remove_passkey(
        &self,
        actor: &Actor,
        current_password: &SecretString,
        passkey: PasskeyId,
    ) -> Result<(), AppError> {
        let member = App::own_member(actor)?;
        self.check_current_password(member, current_password)
            .await?;
        let name = self
            .store()
            .passkeys(member.id)
            .await?
            .into_iter()
            .find(|record| record.id == passkey)
            .map(|record| record.name)
            .ok_or(AppError::NotFound)?;
        let entry = audit(
            Some(member.id),
            actor,
            "passkey_removed",
            crate::accounts::details(&[("name", &name)]),
        );
        if self
            .store()
            .remove_passkey(member.id, passkey, &entry, self.now())
            .await?
        {
            Ok(())
        } else {
            Err(AppError::NotFound)
        }
    }

    /// Keeps a ceremony's state under a fresh token until it ends or expires, and gives the
    /// browser the token and the options to answer.
    async fn save_ceremony(
        &self,
        purpose: &str,
        user_id: Option<UserId>,
        name: &str,
        state: &impl serde::Serialize,
        options: &impl serde::Serialize,
    ) -> Result<PasskeyCeremony, AppError> {
        let token = Token::generate("k");
        let now = self.now();
        self.store()
            .save_ceremony(
                &NewCeremony {
                    token_hash: &token.hash(),
                    purpose,
                    user_id,
                    name,
                    state: &to_json(state)?,
                    expires_at: now.plus(CEREMONY_LIFETIME),
                },
                now,
            )
            .await?;
        Ok(PasskeyCeremony {
            token,
            options: to_json(options)?,
        })
    }

    /// Starts a password-less sign-in: the browser offers the passkeys it holds for this hub,
    /// and the one chosen says whose it is.
    pub async fn start_passkey_sign_in(&self) -> Result<PasskeyCeremony, AppError> {
        let relying_party = self.relying_party()?;
        let (mut options, state) = relying_party
            .start_discoverable_authentication()
            .map_err(|e| AppError::Internal(format!("cannot start a passkey sign-in: {e}")))?;
        // The library prepares autofill ("conditional") mediation; our page asks on a button.
        options.mediation = None;
        self.save_ceremony(SIGN_IN, None, "", &state, &options)
            .await
    }

    /// Finishes a password-less sign-in. Every failure reads the same, as with passwords.
    pub async fn finish_passkey_sign_in(
        &self,
        ceremony_token: &str,
        answer: &str,
        device_label: &str,
    ) -> Result<SignInOutcome, AppError> {
        let relying_party = self.relying_party()?;
        let now = self.now();
        let Some(ceremony) = self
            .store()
            .take_ceremony(&token_hash(ceremony_token), SIGN_IN, now)
            .await?
        else {
            return Ok(SignInOutcome::Refused);
        };
        let state: DiscoverableAuthentication =
            serde_json::from_str(&ceremony.state).map_err(|_| unreadable("ceremony"))?;
        let Ok(answer) = serde_json::from_str::<PublicKeyCredential>(answer) else {
            return Ok(SignInOutcome::Refused);
        };
        let Ok((handle, credential_id)) =
            relying_party.identify_discoverable_authentication(&answer)
        else {
            return Ok(SignInOutcome::Refused);
        };
        let Some(user_id) = self
            .store()
            .find_user_by_webauthn_handle(&handle.to_string())
            .await?
        else {
            return Ok(SignInOutcome::Refused);
        };
        let Some(record) = self
            .store()
            .find_passkey_by_credential(&base64(credential_id))
            .await?
            .filter(|record| record.user_id == user_id)
        else {
            return Ok(SignInOutcome::Refused);
        };
        let mut passkey: Passkey =
            serde_json::from_str(&record.credential).map_err(|_| unreadable("credential"))?;
        let verified =
            relying_party.finish_discoverable_authentication_v2(&answer, state, passkey.clone());
        let user = self
            .store()
            .find_user(user_id)
            .await?
            .ok_or(AppError::NotFound)?;
        let result = match verified {
            Ok(result) if user.status != AccountStatus::Suspended => result,
            outcome => {
                let why = match outcome {
                    Ok(_) => crate::accounts::details(&[("why", "suspended")]),
                    Err(error) => {
                        tracing::info!(%error, "passkey sign-in refused");
                        crate::accounts::details(&[("why", "passkey"), ("name", &record.name)])
                    }
                };
                let entry = audit(Some(user_id), &Actor::Anonymous, "sign_in_refused", why);
                self.store().record_audit(&entry, now).await?;
                return Ok(SignInOutcome::Refused);
            }
        };
        passkey.update_credential(&result);
        // The counter moves with the session it opens, in one commit.
        let mut work = self.write();
        work.passkey_used(record.id, &to_json(&passkey)?).await?;
        let signed_in = self
            .open_session(
                work,
                user_id,
                user.failed_sign_ins,
                None,
                device_label,
                &crate::accounts::details(&[("how", "passkey"), ("name", &record.name)]),
            )
            .await?;
        Ok(SignInOutcome::SignedIn(signed_in))
    }

    /// Starts the passkey half of a sign-in's second step, for a member with passkeys:
    /// the options for the page and the state to keep with the pending sign-in.
    pub(crate) fn start_second_factor_passkey(
        &self,
        passkeys: &[PasskeyRecord],
    ) -> Result<Option<(String, String)>, AppError> {
        let Some(relying_party) = self.machinery().passkeys.as_ref() else {
            return Ok(None);
        };
        if passkeys.is_empty() {
            return Ok(None);
        }
        let credentials = passkeys
            .iter()
            .map(|record| serde_json::from_str::<Passkey>(&record.credential))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|_| unreadable("credential"))?;
        let (options, state) = relying_party
            .start_passkey_authentication(&credentials)
            .map_err(|e| AppError::Internal(format!("cannot start a passkey check: {e}")))?;
        Ok(Some((to_json(&options)?, to_json(&state)?)))
    }

    /// Checks the browser's answer to the passkey half of a second step. On success, records
    /// the use and returns the passkey's name.
    pub(crate) async fn check_second_factor_passkey(
        &self,
        user: UserId,
        state: Option<&str>,
        answer: &str,
    ) -> Result<Option<String>, AppError> {
        let (Some(relying_party), Some(state)) = (self.machinery().passkeys.as_ref(), state) else {
            return Ok(None);
        };
        let state: PasskeyAuthentication =
            serde_json::from_str(state).map_err(|_| unreadable("ceremony"))?;
        let Ok(answer) = serde_json::from_str::<PublicKeyCredential>(answer) else {
            return Ok(None);
        };
        let Some(record) = self
            .store()
            .find_passkey_by_credential(&base64(answer.get_credential_id()))
            .await?
            .filter(|record| record.user_id == user)
        else {
            return Ok(None);
        };
        let Ok(result) = relying_party.finish_passkey_authentication(&answer, &state) else {
            return Ok(None);
        };
        let mut passkey: Passkey =
            serde_json::from_str(&record.credential).map_err(|_| unreadable("credential"))?;
        passkey.update_credential(&result);
        let mut work = self.write();
        work.passkey_used(record.id, &to_json(&passkey)?).await?;
        self.commit(work).await?;
        Ok(Some(record.name))
    }
}
