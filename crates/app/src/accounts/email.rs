//! A member's mail address: asked for on the account page (after the current password, as
//! for every change an account thief would want), confirmed by opening a link sent to it,
//! and only then used. The link's token is kept hashed; the job that mails it carries it
//! sealed, so neither the database nor a backup holds a usable link.

use std::time::Duration;

use braid_crypt::{SecretString, Token, token_hash};
use braid_domain::DomainError;
use braid_domain::ids::UserId;
use braid_domain::job::Job;
use braid_domain::policy::Actor;
use braid_store::JobOptions;
use serde::{Deserialize, Serialize};

use crate::accounts::{Accounts, audit};
use crate::{App, AppError};

/// How long a confirmation link works.
const CONFIRM_WITHIN: Duration = Duration::from_secs(2 * 86_400);

/// A member's address as their account page shows it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EmailSettings {
    /// Their confirmed address, where mail goes.
    pub confirmed: Option<String>,
    /// An address they asked for, waiting for its link to be opened.
    pub requested: Option<String>,
    /// Whether this hub sends mail at all.
    pub hub_sends_mail: bool,
    /// Whether mail to the address stopped after it bounced again and again.
    pub stopped: bool,
}

/// The job that mails a confirmation link.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ConfirmAddress {
    /// Whose address.
    pub member: UserId,
    /// The address.
    pub address: String,
    /// The link's token, sealed for this member (see `App::seal`).
    pub sealed_token: String,
}

impl Job for ConfirmAddress {
    const KIND: &'static str = "confirm_address";
}

fn sealed_for(member: UserId) -> String {
    format!("email-confirmation:{member}")
}

impl Accounts<'_> {
    /// The member's address and the one they asked for.
    pub async fn email_settings(&self, actor: &Actor) -> Result<EmailSettings, AppError> {
        let member = App::own_member(actor)?;
        Ok(EmailSettings {
            confirmed: self
                .store()
                .email_of(member.id)
                .await?
                .filter(|(_, confirmed)| *confirmed)
                .map(|(address, _)| address),
            requested: self.store().requested_email(member.id, self.now()).await?,
            hub_sends_mail: self.sends_mail(),
            stopped: self.store().mail_stopped_at(member.id).await?.is_some(),
        })
    }

    /// Asks for `address` to become the member's: a link is mailed to it, and the address is
    /// theirs once it is opened. An empty address removes theirs at once.
    pub async fn request_email(
        &self,
        actor: &Actor,
        current_password: &SecretString,
        address: &str,
    ) -> Result<(), AppError> {
        let member = App::own_member(actor)?;
        self.check_current_password(member, current_password)
            .await?;
        let now = self.now();
        if address.trim().is_empty() {
            self.store().set_email(member.id, None, None, now).await?;
            let entry = audit(Some(member.id), actor, "email_removed", String::new());
            self.store().record_audit(&entry, now).await?;
            return Ok(());
        }
        if !self.sends_mail() {
            return Err(AppError::BadInput("this hub sends no mail".to_owned()));
        }
        let address = braid_mail::address_to_keep(address).ok_or(DomainError::Invalid {
            field: "email",
            reason: "use an address like name@example.org",
            key: "email-address",
        })?;
        let token = Token::generate("e");
        let expires = braid_domain::time::Timestamp(
            now.as_millis() + i64::try_from(CONFIRM_WITHIN.as_millis()).unwrap_or(i64::MAX),
        );
        self.store()
            .request_email(member.id, &token.hash(), &address, expires, now)
            .await?;
        let mut work = self.write();
        work.enqueue(
            &ConfirmAddress {
                member: member.id,
                sealed_token: self
                    .sealing
                    .seal(token.reveal().as_bytes(), &sealed_for(member.id)),
                address,
            },
            JobOptions::default(),
        )
        .await?;
        self.commit(work).await
    }

    /// Confirms the address a link was mailed to (the link is the proof: no sign-in needed);
    /// returns it. `NotFound` for a link that is unknown, spent or expired; an address another
    /// member confirmed meanwhile is refused.
    pub async fn confirm_email(&self, token: &str) -> Result<String, AppError> {
        let now = self.now();
        let confirmed = match self.store().confirm_email(&token_hash(token), now).await {
            Ok(confirmed) => confirmed,
            Err(braid_store::StoreError::Conflict { .. }) => {
                return Err(DomainError::Invalid {
                    field: "email",
                    reason: "this address cannot be used",
                    key: "email-unusable",
                }
                .into());
            }
            Err(other) => return Err(other.into()),
        };
        let (member, address) = confirmed.ok_or(AppError::NotFound)?;
        let entry = audit(Some(member), &Actor::System, "email_changed", String::new());
        self.store().record_audit(&entry, now).await?;
        Ok(address)
    }
}
