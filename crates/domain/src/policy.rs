//! Who may do what: pure functions over the actor and the action, called by the services on
//! every read and write. The web layer never decides; it asks a service, which asks this.

use std::collections::BTreeSet;

use crate::accounts::{AccountStatus, Handle, Role};
use crate::ids::UserId;
use crate::wiki::{ReviewState, Revision, Visibility};

/// Whoever is asking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Actor {
    /// Not signed in.
    Anonymous,
    /// A signed-in member.
    Member(MemberActor),
    /// The operator at the command line (`braid admin …`), trusted with everything.
    System,
}

/// A signed-in member as policy sees them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberActor {
    /// Their account.
    pub id: UserId,
    /// Their handle.
    pub handle: Handle,
    /// Their roles in force now (lapsed terms excluded); always includes [`Role::Member`].
    pub roles: BTreeSet<Role>,
    /// Their account status.
    pub status: AccountStatus,
    /// One of their roles requires a second factor they have not enrolled: until they do,
    /// they may only look after their own account.
    pub second_factor_missing: bool,
}

impl MemberActor {
    /// Whether they hold `role` now.
    pub fn has(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }

    fn is_active(&self) -> bool {
        self.status == AccountStatus::Active
    }
}

/// Something an actor may want to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// Read what is public.
    ReadPublic,
    /// Manage one's own account: sessions, password, second factors, export, deletion.
    ManageOwnAccount,
    /// Invite a newcomer (and vouch for them).
    InviteMembers,
    /// See the members directory.
    ViewMembers,
    /// Grant and remove roles.
    ManageRoles,
    /// Suspend and reinstate accounts, approve pending ones.
    ManageAccounts,
    /// Read every member's security events, not only one's own.
    ViewAllAuditEvents,
    /// Read wiki pages for members.
    ReadMembersOnly,
    /// Read wiki pages for editors.
    ReadEditorsOnly,
    /// Write and edit wiki pages.
    EditPages,
    /// Set who may read pages, and (later) move, delete and approve them.
    ManageWiki,
    /// Hide a revision that exposed something from everyone but admins, and see hidden ones.
    SuppressRevisions,
    /// See the hub's background work: how far each follower of the change log got, its last
    /// error, and the jobs that were given up.
    ViewHubStatus,
}

impl Action {
    /// Every action, for exhaustive policy tests.
    pub const ALL: [Action; 13] = [
        Action::ReadPublic,
        Action::ManageOwnAccount,
        Action::InviteMembers,
        Action::ViewMembers,
        Action::ManageRoles,
        Action::ManageAccounts,
        Action::ViewAllAuditEvents,
        Action::ReadMembersOnly,
        Action::ReadEditorsOnly,
        Action::EditPages,
        Action::ManageWiki,
        Action::SuppressRevisions,
        Action::ViewHubStatus,
    ];
}

/// Whether `actor` may do `action`.
pub fn permits(actor: &Actor, action: Action) -> bool {
    match actor {
        Actor::System => true,
        Actor::Anonymous => action == Action::ReadPublic,
        Actor::Member(member) if member.second_factor_missing => {
            matches!(action, Action::ReadPublic | Action::ManageOwnAccount)
        }
        Actor::Member(member) => match action {
            Action::ReadPublic => true,
            // A pending member can still look after their own account.
            Action::ManageOwnAccount => member.status != AccountStatus::Suspended,
            Action::InviteMembers
            | Action::ViewMembers
            | Action::ReadMembersOnly
            | Action::EditPages => member.is_active(),
            Action::ReadEditorsOnly | Action::ManageWiki => {
                member.is_active() && (member.has(Role::Editor) || member.has(Role::Admin))
            }
            Action::ManageRoles
            | Action::ManageAccounts
            | Action::ViewAllAuditEvents
            | Action::SuppressRevisions
            | Action::ViewHubStatus => member.is_active() && member.has(Role::Admin),
        },
    }
}

/// Whether `actor` may read what is visible to `visibility`.
pub fn may_read(actor: &Actor, visibility: Visibility) -> bool {
    permits(
        actor,
        match visibility {
            Visibility::Public => Action::ReadPublic,
            Visibility::Members => Action::ReadMembersOnly,
            Visibility::Editors => Action::ReadEditorsOnly,
        },
    )
}

/// Whether `actor`, who may read the page, may change who reads it from `from` to `to`.
/// Editors may widen or narrow it; a member whose edits no longer wait for review may only
/// narrow it (a page made public by mistake), never expose it; newcomers may not change it.
pub fn may_change_page_visibility(
    actor: &Actor,
    trusted: bool,
    from: Visibility,
    to: Visibility,
) -> bool {
    if !may_read(actor, to) {
        return false;
    }
    permits(actor, Action::ManageWiki)
        || (trusted && permits(actor, Action::EditPages) && to > from)
}

/// Whether `actor`, who may read the page, may also see this revision of it: a published
/// one, or a pending or sent-back one when they wrote it or review edits (issue 27: unseen
/// and refused edits stay out of history, diffs, recent changes, feeds and exports).
pub fn may_see_revision(actor: &Actor, revision: &Revision) -> bool {
    if revision.review == ReviewState::Suppressed {
        // Not even its author: their account may be the one that was taken over.
        return permits(actor, Action::SuppressRevisions);
    }
    revision.review == ReviewState::Published
        || permits(actor, Action::ManageWiki)
        || matches!(actor, Actor::Member(member) if revision.author_id == Some(member.id))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member(roles: &[Role], status: AccountStatus) -> Actor {
        let mut set: BTreeSet<Role> = roles.iter().copied().collect();
        set.insert(Role::Member);
        Actor::Member(MemberActor {
            id: UserId(1),
            handle: Handle::new("ana").unwrap(),
            roles: set,
            status,
            second_factor_missing: false,
        })
    }

    #[test]
    fn trusted_members_may_only_narrow_a_pages_readers_and_editors_may_do_both() {
        use Visibility::*;
        let member = member(&[], AccountStatus::Active);
        let editor = super::tests::member(&[Role::Editor], AccountStatus::Active);
        assert!(may_change_page_visibility(&member, true, Public, Members));
        assert!(!may_change_page_visibility(&member, true, Members, Public));
        assert!(
            !may_change_page_visibility(&member, false, Public, Members),
            "newcomers"
        );
        assert!(
            !may_change_page_visibility(&member, true, Members, Editors),
            "cannot read it then"
        );
        assert!(may_change_page_visibility(&editor, false, Editors, Public));
        assert!(!may_change_page_visibility(
            &Actor::Anonymous,
            true,
            Public,
            Members
        ));
    }

    #[test]
    fn the_policy_table() {
        use AccountStatus::*;
        use Action::*;
        // (actor, actions allowed); every other action must be refused.
        let table: Vec<(&str, Actor, Vec<Action>)> = vec![
            ("anonymous", Actor::Anonymous, vec![ReadPublic]),
            (
                "member",
                member(&[], Active),
                vec![
                    ReadPublic,
                    ManageOwnAccount,
                    InviteMembers,
                    ViewMembers,
                    ReadMembersOnly,
                    EditPages,
                ],
            ),
            (
                "editor",
                member(&[Role::Editor], Active),
                vec![
                    ReadPublic,
                    ManageOwnAccount,
                    InviteMembers,
                    ViewMembers,
                    ReadMembersOnly,
                    EditPages,
                    ReadEditorsOnly,
                    ManageWiki,
                ],
            ),
            (
                "facilitator",
                member(&[Role::Facilitator], Active),
                vec![
                    ReadPublic,
                    ManageOwnAccount,
                    InviteMembers,
                    ViewMembers,
                    ReadMembersOnly,
                    EditPages,
                ],
            ),
            (
                "response team",
                member(&[Role::ResponseTeam], Active),
                vec![
                    ReadPublic,
                    ManageOwnAccount,
                    InviteMembers,
                    ViewMembers,
                    ReadMembersOnly,
                    EditPages,
                ],
            ),
            (
                "admin",
                member(&[Role::Admin], Active),
                Action::ALL.to_vec(),
            ),
            (
                "pending",
                member(&[], Pending),
                vec![ReadPublic, ManageOwnAccount],
            ),
            (
                "suspended admin",
                member(&[Role::Admin], Suspended),
                vec![ReadPublic],
            ),
            ("system", Actor::System, Action::ALL.to_vec()),
            (
                "admin without required second factor",
                {
                    let Actor::Member(mut admin) = member(&[Role::Admin], Active) else {
                        unreachable!()
                    };
                    admin.second_factor_missing = true;
                    Actor::Member(admin)
                },
                vec![ReadPublic, ManageOwnAccount],
            ),
        ];
        for (name, actor, allowed) in table {
            for action in Action::ALL {
                assert_eq!(
                    permits(&actor, action),
                    allowed.contains(&action),
                    "{name} / {action:?}"
                );
            }
        }
    }
}
