//! Who may do what: pure functions over the actor and the action, called by the services on
//! every read and write. The web layer never decides; it asks a service, which asks this.

use std::collections::BTreeSet;

use crate::accounts::{AccountStatus, Handle, Role};
use crate::discussion::{CategoryAccess, DiscussionAction, Starters, ThreadAccess};
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
    /// Start threads and post in the discussion categories one reads.
    Discuss,
    /// Approve and reject held posts, lock threads (in the categories one reads); manage
    /// categories when also an admin.
    ModerateDiscussion,
}

impl Action {
    /// Every action, for exhaustive policy tests.
    pub const ALL: [Action; 15] = [
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
        Action::Discuss,
        Action::ModerateDiscussion,
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
            | Action::EditPages
            | Action::Discuss => member.is_active(),
            Action::ModerateDiscussion => {
                member.is_active() && (member.has(Role::Facilitator) || member.has(Role::Admin))
            }
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

/// A set of audiences: who a resource is open to, or which an actor belongs to. One bit per
/// audience, so a search index can store a document's readers and filter by the reader's set
/// in one step, and narrower audiences (a private discussion category, a group) get bits of
/// their own without being ranked on one line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Audience(u64);

impl Audience {
    /// Nobody.
    pub const NONE: Audience = Audience(0);
    /// Everyone, signed in or not.
    pub const PUBLIC: Audience = Audience(1);
    /// Active members.
    pub const MEMBERS: Audience = Audience(1 << 1);
    /// Those who read editors-only pages.
    pub const EDITORS: Audience = Audience(1 << 2);
    /// Those who review edits, and so see pages waiting for their first review.
    pub const REVIEWERS: Audience = Audience(1 << 3);
    /// Facilitators.
    pub const FACILITATORS: Audience = Audience(1 << 4);
    /// The response team.
    pub const RESPONSE_TEAM: Audience = Audience(1 << 5);
    /// Admins.
    pub const ADMINS: Audience = Audience(1 << 6);

    /// Those who hold `role` (a category restricted to it): editors are those who read
    /// editors-only pages.
    pub const fn holding(role: Role) -> Audience {
        match role {
            Role::Member => Audience::MEMBERS,
            Role::Editor => Audience::EDITORS,
            Role::Facilitator => Audience::FACILITATORS,
            Role::ResponseTeam => Audience::RESPONSE_TEAM,
            Role::Admin => Audience::ADMINS,
        }
    }

    /// The audiences in either set.
    pub const fn union(self, other: Audience) -> Audience {
        Audience(self.0 | other.0)
    }

    /// Whether the two sets share an audience: a resource open to `self` is open to an actor
    /// who belongs to `other`.
    pub const fn meets(self, other: Audience) -> bool {
        self.0 & other.0 != 0
    }

    /// The bits, as an index stores them.
    pub const fn bits(self) -> u64 {
        self.0
    }

    /// The set from stored bits.
    pub const fn from_bits(bits: u64) -> Audience {
        Audience(bits)
    }

    /// The audiences `actor` belongs to.
    pub fn of(actor: &Actor) -> Audience {
        let mut set = Audience::PUBLIC;
        for (action, audience) in [
            (Action::ReadMembersOnly, Audience::MEMBERS),
            (Action::ReadEditorsOnly, Audience::EDITORS),
            (Action::ManageWiki, Audience::REVIEWERS),
        ] {
            if permits(actor, action) {
                set = set.union(audience);
            }
        }
        if let Actor::Member(member) = actor
            && permits(actor, Action::ReadMembersOnly)
        {
            for role in [Role::Facilitator, Role::ResponseTeam, Role::Admin] {
                if member.has(role) {
                    set = set.union(Audience::holding(role));
                }
            }
        }
        set
    }

    /// Who may read what is visible at `visibility`.
    pub fn reading(visibility: Visibility) -> Audience {
        match visibility {
            Visibility::Public => Audience::PUBLIC,
            Visibility::Members => Audience::MEMBERS,
            Visibility::Editors => Audience::EDITORS,
        }
    }
}

/// The facts that decide who may do what with one page, read without building its view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageAccess {
    /// The most private of its section's, its ancestors' and its own visibility.
    pub visibility: Visibility,
    /// Readers have seen a revision of it (its first one was approved).
    pub published: bool,
    /// Who wrote its first revision.
    pub created_by: Option<UserId>,
}

impl PageAccess {
    /// Who the page is open to: those its visibility lets read, or while its first revision
    /// waits for review, reviewers alone (and its author, see [`may_on_page`]).
    pub fn readers(&self) -> Audience {
        if self.published {
            Audience::reading(self.visibility)
        } else {
            Audience::REVIEWERS
        }
    }
}

/// What an actor may want to do with a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageAction {
    /// See it, in its place in the tree, in lists, links, feeds, search and notifications.
    Read,
    /// Save an edit of it.
    Edit,
    /// Approve or send back its pending edits, move it, delete it.
    Review,
}

/// Whether `actor` may do `action` with the page: the one rule that every route, list, feed,
/// search filter and notification asks. A thread in a private category, a conduct report or
/// an engagement will follow the same pattern: facts about the resource (its audience, the
/// people named on it), judged here against the actor.
pub fn may_on_page(actor: &Actor, action: PageAction, page: &PageAccess) -> bool {
    let own_waiting_page = !page.published
        && matches!(actor, Actor::Member(member) if page.created_by == Some(member.id))
        && may_read(actor, page.visibility);
    let reads = own_waiting_page || Audience::of(actor).meets(page.readers());
    reads
        && match action {
            PageAction::Read => true,
            PageAction::Edit => permits(actor, Action::EditPages),
            PageAction::Review => permits(actor, Action::ManageWiki),
        }
}

/// Whether `actor` may do `action` in a category (`thread`: in one of its threads). Reading
/// follows the category's audience alone: admins do not read a category restricted to the
/// response team unless they are on it. Starting and posting need an active member; a
/// category for announcements takes new threads from facilitators only; a locked thread
/// takes posts from facilitators only; a thread's starter marks its answer, as facilitators
/// may.
pub fn may_in_discussion(
    actor: &Actor,
    action: DiscussionAction,
    category: &CategoryAccess,
    thread: Option<&ThreadAccess>,
) -> bool {
    if !Audience::of(actor).meets(category.readers) {
        return false;
    }
    let moderates = permits(actor, Action::ModerateDiscussion);
    let discusses = permits(actor, Action::Discuss);
    match action {
        DiscussionAction::Read => true,
        DiscussionAction::Start => {
            discusses && (category.starters == Starters::Readers || moderates)
        }
        DiscussionAction::Reply => {
            discusses && (moderates || thread.is_some_and(|thread| !thread.locked))
        }
        DiscussionAction::MarkSolved => {
            discusses
                && (moderates
                    || matches!((actor, thread), (Actor::Member(member), Some(thread))
                        if thread.started_by == Some(member.id)))
        }
        DiscussionAction::Moderate => moderates,
    }
}

/// [`may_on_page`] with [`PageAction::Read`] for many pages at once (a section's tree, a
/// list): what it asks of the actor is worked out once, so each page costs a comparison
/// rather than three role lookups. Answers exactly as `may_on_page` does (tested below).
#[derive(Debug, Clone, Copy)]
pub struct PageReader {
    audience: Audience,
    member: Option<crate::ids::UserId>,
    /// `may_read` at each visibility, for the member's own pages waiting for review.
    reads_at: [bool; 3],
}

impl PageReader {
    /// The reader `actor` is.
    pub fn of(actor: &Actor) -> PageReader {
        PageReader {
            audience: Audience::of(actor),
            member: match actor {
                Actor::Member(member) => Some(member.id),
                Actor::Anonymous | Actor::System => None,
            },
            reads_at: Visibility::ALL.map(|level| may_read(actor, level)),
        }
    }

    /// Whether this reader may read the page.
    pub fn reads(&self, page: &PageAccess) -> bool {
        let own_waiting_page = !page.published
            && self.member.is_some()
            && page.created_by == self.member
            && self.reads_at[page.visibility as usize];
        own_waiting_page || self.audience.meets(page.readers())
    }
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
    fn a_page_reader_answers_as_the_one_rule_does_for_every_actor_and_page() {
        let actors = [
            Actor::Anonymous,
            Actor::System,
            member(&[], AccountStatus::Active),
            member(&[], AccountStatus::Pending),
            member(&[Role::Editor], AccountStatus::Active),
            member(&[Role::Admin], AccountStatus::Active),
            member(&[Role::Editor], AccountStatus::Suspended),
        ];
        for actor in &actors {
            let reader = PageReader::of(actor);
            for visibility in Visibility::ALL {
                for published in [false, true] {
                    for created_by in [None, Some(UserId(1)), Some(UserId(2))] {
                        let page = PageAccess {
                            visibility,
                            published,
                            created_by,
                        };
                        assert_eq!(
                            reader.reads(&page),
                            may_on_page(actor, PageAction::Read, &page),
                            "{actor:?} {page:?}"
                        );
                    }
                }
            }
        }
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
    fn the_page_access_table() {
        use AccountStatus::*;
        use PageAction::*;
        use Visibility::*;
        let member_actor = member(&[], Active);
        let author = member(&[], Active);
        let Actor::Member(author_member) = &author else {
            unreachable!()
        };
        let editor = member(&[Role::Editor], Active);
        let pending = member(&[], Pending);
        let page = |visibility, published, created_by| PageAccess {
            visibility,
            published,
            created_by,
        };
        let others_waiting = page(Public, false, Some(UserId(99)));
        let own_waiting = page(Members, false, Some(author_member.id));
        // (actor, page, actions allowed); every other action must be refused.
        let table: Vec<(&str, &Actor, PageAccess, Vec<PageAction>)> = vec![
            (
                "anonymous, public",
                &Actor::Anonymous,
                page(Public, true, None),
                vec![Read],
            ),
            (
                "anonymous, members'",
                &Actor::Anonymous,
                page(Members, true, None),
                vec![],
            ),
            (
                "anonymous, waiting",
                &Actor::Anonymous,
                others_waiting,
                vec![],
            ),
            (
                "member, public",
                &member_actor,
                page(Public, true, None),
                vec![Read, Edit],
            ),
            (
                "member, members'",
                &member_actor,
                page(Members, true, None),
                vec![Read, Edit],
            ),
            (
                "member, editors'",
                &member_actor,
                page(Editors, true, None),
                vec![],
            ),
            (
                "member, someone's waiting",
                &member_actor,
                others_waiting,
                vec![],
            ),
            (
                "author, own waiting",
                &author,
                own_waiting,
                vec![Read, Edit],
            ),
            (
                "author, own waiting but narrowed past them",
                &author,
                page(Editors, false, Some(author_member.id)),
                vec![],
            ),
            (
                "editor, editors'",
                &editor,
                page(Editors, true, None),
                vec![Read, Edit, Review],
            ),
            (
                "editor, waiting",
                &editor,
                others_waiting,
                vec![Read, Edit, Review],
            ),
            (
                "pending member, public",
                &pending,
                page(Public, true, None),
                vec![Read],
            ),
            (
                "pending member, members'",
                &pending,
                page(Members, true, None),
                vec![],
            ),
            (
                "system, anything",
                &Actor::System,
                others_waiting,
                vec![Read, Edit, Review],
            ),
        ];
        for (name, actor, access, allowed) in table {
            for action in [Read, Edit, Review] {
                assert_eq!(
                    may_on_page(actor, action, &access),
                    allowed.contains(&action),
                    "{name} / {action:?}"
                );
            }
        }
    }

    #[test]
    fn audiences_are_sets_not_ranks() {
        let member = Audience::of(&member(&[], AccountStatus::Active));
        assert!(member.meets(Audience::PUBLIC) && member.meets(Audience::MEMBERS));
        assert!(!member.meets(Audience::EDITORS) && !member.meets(Audience::REVIEWERS));
        assert_eq!(Audience::of(&Actor::Anonymous), Audience::PUBLIC);
        let both = Audience::MEMBERS.union(Audience::EDITORS);
        assert_eq!(Audience::from_bits(both.bits()), both);
        assert!(!Audience::NONE.meets(Audience::of(&Actor::System)));
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
                    Discuss,
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
                    Discuss,
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
                    Discuss,
                    ModerateDiscussion,
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
                    Discuss,
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

    #[test]
    fn the_discussion_access_table() {
        use AccountStatus::*;
        use DiscussionAction::*;
        let member_actor = member(&[], Active);
        let pending = member(&[], Pending);
        let facilitator = member(&[Role::Facilitator], Active);
        let admin = member(&[Role::Admin], Active);
        let responder = member(&[Role::ResponseTeam], Active);
        let category = |readers, starters| CategoryAccess { readers, starters };
        let open = category(Audience::MEMBERS, Starters::Readers);
        let announcements = category(Audience::MEMBERS, Starters::Readers);
        let announcements = CategoryAccess {
            starters: Starters::Facilitators,
            ..announcements
        };
        let team_only = category(Audience::RESPONSE_TEAM, Starters::Readers);
        let public = category(Audience::PUBLIC, Starters::Readers);
        let thread = |category, locked, started_by| ThreadAccess {
            category,
            locked,
            started_by,
        };
        let all = [Read, Start, Reply, MarkSolved, Moderate];
        // (what, actor, category, thread, actions allowed); every other action is refused.
        type Row<'a> = (
            &'a str,
            &'a Actor,
            CategoryAccess,
            Option<ThreadAccess>,
            Vec<DiscussionAction>,
        );
        let table: Vec<Row<'_>> = vec![
            ("anonymous, members'", &Actor::Anonymous, open, None, vec![]),
            (
                "anonymous, public",
                &Actor::Anonymous,
                public,
                Some(thread(public, false, None)),
                vec![Read],
            ),
            ("pending, members'", &pending, open, None, vec![]),
            (
                "member, category",
                &member_actor,
                open,
                None,
                vec![Read, Start],
            ),
            (
                "member, thread",
                &member_actor,
                open,
                Some(thread(open, false, Some(UserId(2)))),
                vec![Read, Start, Reply],
            ),
            (
                "member, own thread",
                &member_actor,
                open,
                Some(thread(open, false, Some(UserId(1)))),
                vec![Read, Start, Reply, MarkSolved],
            ),
            (
                "member, locked",
                &member_actor,
                open,
                Some(thread(open, true, Some(UserId(1)))),
                vec![Read, Start, MarkSolved],
            ),
            (
                "member, announcements",
                &member_actor,
                announcements,
                Some(thread(announcements, false, None)),
                vec![Read, Reply],
            ),
            ("member, team's", &member_actor, team_only, None, vec![]),
            ("admin, team's", &admin, team_only, None, vec![]),
            (
                "responder, team's",
                &responder,
                team_only,
                Some(thread(team_only, false, None)),
                vec![Read, Start, Reply],
            ),
            (
                "facilitator, locked announcements",
                &facilitator,
                announcements,
                Some(thread(announcements, true, None)),
                all.to_vec(),
            ),
            ("facilitator, team's", &facilitator, team_only, None, vec![]),
        ];
        for (what, actor, category, thread, allowed) in table {
            for action in all {
                assert_eq!(
                    may_in_discussion(actor, action, &category, thread.as_ref()),
                    allowed.contains(&action),
                    "{what}: {action:?}"
                );
            }
        }
    }
}
