//! The members directory, vouching for newcomers, and the members list for admins.

use super::*;

impl Accounts<'_> {
    /// Vouches for a pending newcomer. With enough vouches (and no admin approval required)
    /// they become a full member. Returns whether they did.
    pub async fn vouch(&self, actor: &Actor, handle: &str) -> Result<bool, AppError> {
        App::require(actor, Action::InviteMembers)?;
        let Actor::Member(member) = actor else {
            return Err(AppError::Forbidden);
        };
        let newcomer = self.find_member(handle).await?;
        if newcomer.status != AccountStatus::Pending || newcomer.id == member.id {
            return Err(AppError::NotFound);
        }
        let now = self.now();
        let entry = audit(
            Some(newcomer.id),
            actor,
            "vouched",
            details(&[("handle", member.handle.as_str())]),
        );
        let count = self
            .store()
            .add_vouch(newcomer.id, Some(member.id), &entry, now)
            .await
            .map_err(|error| match error {
                StoreError::Conflict { .. } => AppError::Conflict("already_vouched".to_owned()),
                other => other.into(),
            })?;
        let settings = &self.machinery().settings;
        if count >= settings.vouches_required && !settings.require_approval {
            let entry = audit(
                Some(newcomer.id),
                actor,
                "activated",
                details(&[("count", &count.to_string())]),
            );
            self.store()
                .set_account_status(newcomer.id, AccountStatus::Active, None, &entry, now)
                .await?;
            return Ok(true);
        }
        Ok(false)
    }

    /// Newcomers waiting to become full members, with the handles of those who vouched, for
    /// members who may vouch.
    pub async fn pending_members(
        &self,
        actor: &Actor,
    ) -> Result<Vec<(String, Vec<String>)>, AppError> {
        App::require(actor, Action::ViewMembers)?;
        let users = self.store().list_users().await?;
        let handle_of =
            |id: Option<UserId>| match id.and_then(|id| users.iter().find(|u| u.id == id)) {
                Some(user) => user.handle.as_str().to_owned(),
                None => "operator".to_owned(),
            };
        let mut pending = Vec::new();
        for user in users.iter().filter(|u| u.status == AccountStatus::Pending) {
            let vouchers = self
                .store()
                .vouchers(user.id)
                .await?
                .into_iter()
                .map(handle_of)
                .collect();
            pending.push((user.handle.as_str().to_owned(), vouchers));
        }
        Ok(pending)
    }

    /// The members directory: active members, with only the profile fields each chose to fill
    /// in, filtered by language and region (words contained, any case).
    pub async fn directory(
        &self,
        actor: &Actor,
        language: &str,
        region: &str,
    ) -> Result<Vec<DirectoryEntry>, AppError> {
        App::require(actor, Action::ViewMembers)?;
        let language = language.trim().to_lowercase();
        let region = region.trim().to_lowercase();
        Ok(self
            .store()
            .list_users()
            .await?
            .into_iter()
            .filter(|user| user.status == AccountStatus::Active)
            .filter(|user| language.is_empty() || user.languages.to_lowercase().contains(&language))
            .filter(|user| region.is_empty() || user.region.to_lowercase().contains(&region))
            .map(|user| DirectoryEntry {
                handle: user.handle.as_str().to_owned(),
                display_name: user.display_name,
                pronouns: user.pronouns,
                languages: user.languages,
                region: user.region,
            })
            .collect())
    }

    /// Every member with their roles in force (admins and the operator).
    pub async fn members(&self, actor: &Actor) -> Result<Vec<MemberSummary>, AppError> {
        App::require(actor, Action::ManageAccounts)?;
        let now = self.now();
        let mut members = Vec::new();
        for user in self.store().list_users().await? {
            let grants = self.store().user_roles(user.id).await?;
            let in_force = App::roles_in_force(&grants, now);
            let roles = grants
                .into_iter()
                .filter(|g| in_force.contains(&g.role))
                .collect();
            members.push(MemberSummary { user, roles });
        }
        Ok(members)
    }
}
