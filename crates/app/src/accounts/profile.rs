//! What members show each other about themselves, set when joining and changed any time.

use braid_domain::DomainError;
use braid_domain::policy::{Action, Actor};
pub use braid_store::Profile;

use crate::accounts::{Accounts, audit, optional_text};
use crate::{App, AppError};

/// The profile's parts trimmed and checked (lengths; no control or direction-override
/// characters, which could disguise a name).
pub(crate) fn checked(profile: &Profile) -> Result<Profile, DomainError> {
    Ok(Profile {
        display_name: optional_text(&profile.display_name, "display name", 80)?,
        pronouns: optional_text(&profile.pronouns, "pronouns", 40)?,
        languages: optional_text(&profile.languages, "languages", 200)?,
        region: optional_text(&profile.region, "region", 80)?,
    })
}

impl Accounts<'_> {
    /// Sets a member's mail address, confirmed, as the operator can (`braid admin
    /// create-user --email`): members confirm theirs by a link sent to it.
    pub async fn set_confirmed_email(
        &self,
        actor: &Actor,
        handle: &str,
        email: &str,
    ) -> Result<(), AppError> {
        if !matches!(actor, Actor::System) {
            return Err(AppError::Forbidden);
        }
        let email = braid_mail::address_to_keep(email).ok_or(DomainError::Invalid {
            field: "email",
            reason: "use an address like name@example.org",
            key: "email-address",
        })?;
        let handle = braid_domain::accounts::Handle::new(handle)?;
        let user = self
            .store()
            .find_user_by_handle(&handle)
            .await?
            .ok_or(AppError::NotFound)?;
        let now = self.now();
        match self
            .store()
            .set_email(user.id, Some(&email), Some(now), now)
            .await
        {
            Err(braid_store::StoreError::Conflict { .. }) => Err(DomainError::Invalid {
                field: "email",
                reason: "another member has this address",
                key: "email-unusable",
            }
            .into()),
            other => Ok(other?),
        }
    }

    /// The member's own profile.
    pub async fn own_profile(&self, actor: &Actor) -> Result<Profile, AppError> {
        App::require(actor, Action::ManageOwnAccount)?;
        let member = App::own_member(actor)?;
        let user = self
            .store()
            .find_user(member.id)
            .await?
            .ok_or(AppError::NotFound)?;
        Ok(Profile {
            display_name: user.display_name,
            pronouns: user.pronouns,
            languages: user.languages,
            region: user.region,
        })
    }

    /// Remembers the interface language the member chose, so every device they sign in from
    /// (and mail to them) speaks it. `tag` is one of the shipped languages: the caller, which
    /// holds them, has checked.
    pub async fn choose_interface_language(
        &self,
        actor: &Actor,
        tag: &str,
    ) -> Result<(), AppError> {
        App::require(actor, Action::ManageOwnAccount)?;
        let member = App::own_member(actor)?;
        Ok(self
            .store()
            .set_interface_language(member.id, tag, self.now())
            .await?)
    }

    /// Replaces the member's own profile.
    pub async fn update_profile(&self, actor: &Actor, profile: &Profile) -> Result<(), AppError> {
        App::require(actor, Action::ManageOwnAccount)?;
        let member = App::own_member(actor)?;
        let profile = checked(profile)?;
        let entry = audit(Some(member.id), actor, "profile_changed", String::new());
        Ok(self
            .store()
            .update_profile(member.id, &profile, &entry, self.now())
            .await?)
    }
}
