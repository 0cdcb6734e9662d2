//! The invitations a member has out, and withdrawing one before it is used.

use braid_domain::accounts::Role;
use braid_domain::ids::InvitationId;
use braid_domain::policy::{Action, Actor};
use braid_domain::time::Timestamp;

use crate::accounts::audit;
use crate::{App, AppError};

/// An open invitation, as its maker (or an admin) sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvitationView {
    /// To withdraw it.
    pub id: InvitationId,
    /// Who made it: empty for the operator's.
    pub by: String,
    /// The note kept with it.
    pub note: String,
    /// The role it grants.
    pub role: Role,
    /// When it was made.
    pub created_at: Timestamp,
    /// When it stops working.
    pub expires_at: Timestamp,
}

impl App {
    /// The open invitations the actor may withdraw: their own; an admin's are all of them.
    pub async fn open_invitations(&self, actor: &Actor) -> Result<Vec<InvitationView>, AppError> {
        Self::require(actor, Action::InviteMembers)?;
        let by = Self::maker_filter(actor)?;
        let mut views = Vec::new();
        for invitation in self.store().open_invitations(by, self.now()).await? {
            let by = match invitation.invited_by {
                Some(id) => self
                    .store()
                    .find_user(id)
                    .await?
                    .map(|user| user.handle.as_str().to_owned())
                    .unwrap_or_default(),
                None => String::new(),
            };
            views.push(InvitationView {
                id: invitation.id,
                by,
                note: invitation.note,
                role: invitation.role,
                created_at: invitation.created_at,
                expires_at: invitation.expires_at,
            });
        }
        Ok(views)
    }

    /// Withdraws an open invitation: its link stops working at once. Someone else's (unless
    /// an admin asks), a used or an expired one is not found.
    pub async fn withdraw_invitation(
        &self,
        actor: &Actor,
        invitation: InvitationId,
    ) -> Result<(), AppError> {
        Self::require(actor, Action::InviteMembers)?;
        let by = Self::maker_filter(actor)?;
        let now = self.now();
        let open = self.store().open_invitations(by, now).await?;
        let Some(found) = open.iter().find(|open| open.id == invitation) else {
            return Err(AppError::NotFound);
        };
        let entry = audit(
            None,
            actor,
            "invitation_withdrawn",
            crate::accounts::details(&[("role", found.role.as_str())]),
        );
        if self
            .store()
            .withdraw_invitation(invitation, &entry, now)
            .await?
        {
            Ok(())
        } else {
            Err(AppError::NotFound)
        }
    }

    /// Whose invitations the actor manages: `None` means everyone's.
    fn maker_filter(actor: &Actor) -> Result<Option<braid_domain::ids::UserId>, AppError> {
        match actor {
            Actor::System => Ok(None),
            Actor::Member(member) if member.has(Role::Admin) => Ok(None),
            Actor::Member(member) => Ok(Some(member.id)),
            Actor::Anonymous => Err(AppError::Forbidden),
        }
    }
}
