//! The vocabulary of the change log: what changed and how.
//!
//! Every write that matters to search, feeds or notifications appends a change in the same
//! transaction; followers read the log in id order and remember how far they got.

/// The kind of thing a change is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntityKind {
    /// A wiki section.
    Section,
    /// A wiki page (its text, title, place or visibility).
    Page,
    /// A revision of a wiki page (by its row id), logged when readers can first see it: saved
    /// by an editor whose edits skip review, or approved. Its page's own change is logged
    /// beside it; this one is for followers that tell people what was published.
    Revision,
    /// A comment on a wiki page.
    Comment,
    /// A member: their deletion (pages then credit a former member) and their watches.
    Member,
    /// An instance setting (the entity id is 0: the log says only that one changed).
    Setting,
    /// A discussion category (its settings).
    Category,
    /// A discussion thread (its title, lock, answer).
    Thread,
    /// A post in a thread: written, edited, held, approved, rejected or deleted.
    Post,
    /// A post, logged when readers can first see it: posted without being held, or
    /// approved. For followers that tell people (notifications, mail).
    PublishedPost,
}

impl EntityKind {
    /// Every kind this build knows.
    pub const ALL: &'static [EntityKind] = &[
        EntityKind::Section,
        EntityKind::Page,
        EntityKind::Revision,
        EntityKind::Comment,
        EntityKind::Member,
        EntityKind::Setting,
        EntityKind::Category,
        EntityKind::Thread,
        EntityKind::Post,
        EntityKind::PublishedPost,
    ];

    /// The stable name stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Section => "section",
            EntityKind::Page => "page",
            EntityKind::Revision => "revision",
            EntityKind::Comment => "comment",
            EntityKind::Member => "member",
            EntityKind::Setting => "setting",
            EntityKind::Category => "category",
            EntityKind::Thread => "thread",
            EntityKind::Post => "post",
            EntityKind::PublishedPost => "published_post",
        }
    }

    /// Whether changes of this kind touch the discussion alone, never what the wiki shows
    /// (so they leave the wiki's kept pages as they are).
    pub fn is_discussion(self) -> bool {
        matches!(
            self,
            EntityKind::Category
                | EntityKind::Thread
                | EntityKind::Post
                | EntityKind::PublishedPost
        )
    }

    /// Parses a stored name; `None` for a kind this build does not know (a newer release may
    /// have written it), which followers skip rather than fail on.
    pub fn parse(name: &str) -> Option<EntityKind> {
        match name {
            "section" => Some(EntityKind::Section),
            "page" => Some(EntityKind::Page),
            "revision" => Some(EntityKind::Revision),
            "comment" => Some(EntityKind::Comment),
            "member" => Some(EntityKind::Member),
            "setting" => Some(EntityKind::Setting),
            "category" => Some(EntityKind::Category),
            "thread" => Some(EntityKind::Thread),
            "post" => Some(EntityKind::Post),
            "published_post" => Some(EntityKind::PublishedPost),
            _ => None,
        }
    }
}

/// What happened to the entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChangeAction {
    /// It was created.
    Created,
    /// It was changed.
    Updated,
    /// It was deleted.
    Deleted,
}

impl ChangeAction {
    /// The stable name stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeAction::Created => "created",
            ChangeAction::Updated => "updated",
            ChangeAction::Deleted => "deleted",
        }
    }

    /// Parses a stored name.
    pub fn parse(name: &str) -> Option<ChangeAction> {
        match name {
            "created" => Some(ChangeAction::Created),
            "updated" => Some(ChangeAction::Updated),
            "deleted" => Some(ChangeAction::Deleted),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for &kind in EntityKind::ALL {
            assert_eq!(EntityKind::parse(kind.as_str()), Some(kind));
        }
        for action in [
            ChangeAction::Created,
            ChangeAction::Updated,
            ChangeAction::Deleted,
        ] {
            assert_eq!(ChangeAction::parse(action.as_str()), Some(action));
        }
        assert_eq!(EntityKind::parse("page-from-the-future"), None);
    }
}
