//! Discussion: categories, threads and posts, the same on the web and by mail (issue 31).
//!
//! What a category is open to, who starts threads in it and whose posts wait for a
//! facilitator are facts of the category; `policy::may_in_discussion` judges them against the
//! actor.

use crate::DomainError;
use crate::accounts::Role;
use crate::ids::UserId;
use crate::policy::Audience;

/// The URL (and mail) name of a category, e.g. `ask-the-community`: the same rules as a
/// section's slug, so `ask-the-community@hub.example` is a mailbox name any mail system takes
/// for a Latin slug.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CategorySlug(String);

impl CategorySlug {
    /// Validates a slug: letters and digits of any script, separated by single hyphens.
    pub fn new(slug: &str) -> Result<CategorySlug, DomainError> {
        crate::section::check_slug(slug, "category slug").map(CategorySlug)
    }

    /// The slug as it appears in URLs.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Who reads a category and its threads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CategoryReaders {
    /// Everyone, signed in or not: a public archive.
    Public,
    /// Active members (the default).
    Members,
    /// Only holders of these roles (never empty).
    Roles(Vec<Role>),
}

impl CategoryReaders {
    /// The audiences it is open to.
    pub fn audience(&self) -> Audience {
        match self {
            CategoryReaders::Public => Audience::PUBLIC,
            CategoryReaders::Members => Audience::MEMBERS,
            CategoryReaders::Roles(roles) => roles.iter().fold(Audience::NONE, |set, role| {
                set.union(Audience::holding(*role))
            }),
        }
    }

    /// The stored pair: `public`, `members` or `roles`, and the roles as a comma list.
    pub fn to_stored(&self) -> (&'static str, String) {
        match self {
            CategoryReaders::Public => ("public", String::new()),
            CategoryReaders::Members => ("members", String::new()),
            CategoryReaders::Roles(roles) => (
                "roles",
                roles
                    .iter()
                    .map(|role| role.as_str())
                    .collect::<Vec<_>>()
                    .join(","),
            ),
        }
    }

    /// Reads the stored pair back; an unknown value reads as the narrowest (roles nobody
    /// holds), so a damaged row never opens a category.
    pub fn from_stored(readers: &str, roles: &str) -> CategoryReaders {
        match readers {
            "public" => CategoryReaders::Public,
            "members" => CategoryReaders::Members,
            _ => CategoryReaders::Roles(
                roles
                    .split(',')
                    .filter_map(|name| Role::parse(name).ok())
                    .collect(),
            ),
        }
    }
}

/// Who may start a thread in a category (everyone who reads it may reply).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Starters {
    /// Its readers who are members.
    Readers,
    /// Facilitators (and admins) alone: announcements.
    Facilitators,
}

impl Starters {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Starters::Readers => "readers",
            Starters::Facilitators => "facilitators",
        }
    }

    /// Parses a stored or submitted name.
    pub fn parse(name: &str) -> Result<Starters, DomainError> {
        match name {
            "readers" => Ok(Starters::Readers),
            "facilitators" => Ok(Starters::Facilitators),
            _ => Err(DomainError::Invalid {
                field: "starters",
                reason: "use readers or facilitators",
                key: "unknown-starters",
            }),
        }
    }
}

/// Whose posts wait for a facilitator before readers see them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Moderation {
    /// A member's posts until one of them has been published here or anywhere (the default).
    FirstPosts,
    /// Nobody's.
    None,
    /// Everyone's but facilitators'.
    All,
}

impl Moderation {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Moderation::FirstPosts => "first-posts",
            Moderation::None => "none",
            Moderation::All => "all",
        }
    }

    /// Parses a stored or submitted name.
    pub fn parse(name: &str) -> Result<Moderation, DomainError> {
        match name {
            "first-posts" => Ok(Moderation::FirstPosts),
            "none" => Ok(Moderation::None),
            "all" => Ok(Moderation::All),
            _ => Err(DomainError::Invalid {
                field: "moderation",
                reason: "use first-posts, none or all",
                key: "unknown-moderation",
            }),
        }
    }

    /// Whether a post by someone who is not a facilitator waits, given whether they have had
    /// a post published before.
    pub fn holds(self, has_published: bool) -> bool {
        match self {
            Moderation::FirstPosts => !has_published,
            Moderation::None => false,
            Moderation::All => true,
        }
    }
}

/// A category's settings as typed, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CategorySettings {
    /// Its name, e.g. "Ask the community".
    pub name: String,
    /// What it is for.
    pub description: String,
    /// Who reads it.
    pub readers: CategoryReaders,
    /// Who starts threads.
    pub starters: Starters,
    /// Whose posts wait.
    pub moderation: Moderation,
}

impl CategorySettings {
    /// Longest name, in characters.
    pub const MAX_NAME_CHARS: usize = 80;
    /// Longest description, in characters.
    pub const MAX_DESCRIPTION_CHARS: usize = 1000;

    /// Checks the parts of a category's settings.
    pub fn new(
        name: &str,
        description: &str,
        readers: CategoryReaders,
        starters: Starters,
        moderation: Moderation,
    ) -> Result<CategorySettings, DomainError> {
        let name = name.trim();
        if name.is_empty() {
            return Err(DomainError::Empty {
                field: "category name",
            });
        }
        if name.chars().count() > Self::MAX_NAME_CHARS {
            return Err(DomainError::TooLong {
                field: "category name",
                max: Self::MAX_NAME_CHARS,
            });
        }
        let description = description.trim();
        if description.chars().count() > Self::MAX_DESCRIPTION_CHARS {
            return Err(DomainError::TooLong {
                field: "category description",
                max: Self::MAX_DESCRIPTION_CHARS,
            });
        }
        if matches!(&readers, CategoryReaders::Roles(roles) if roles.is_empty()) {
            return Err(DomainError::Invalid {
                field: "category readers",
                reason: "choose at least one role",
                key: "category-no-roles",
            });
        }
        Ok(CategorySettings {
            name: name.to_owned(),
            description: description.to_owned(),
            readers,
            starters,
            moderation,
        })
    }
}

/// A category as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Category {
    /// Its id.
    pub id: crate::ids::CategoryId,
    /// Its URL and mail name.
    pub slug: CategorySlug,
    /// Its settings.
    pub settings: CategorySettings,
    /// Its place in the list; smaller first.
    pub position: i64,
}

impl Category {
    /// What policy needs to know of it.
    pub fn access(&self) -> CategoryAccess {
        CategoryAccess {
            readers: self.settings.readers.audience(),
            starters: self.settings.starters,
        }
    }
}

/// A thread's title, checked.
pub fn thread_title(typed: &str) -> Result<String, DomainError> {
    /// Longest title, in characters (a mail subject line stays readable).
    const MAX_CHARS: usize = 200;
    let title: String = typed
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let title = title.trim();
    if title.is_empty() {
        return Err(DomainError::Empty {
            field: "thread title",
        });
    }
    if title.chars().count() > MAX_CHARS {
        return Err(DomainError::TooLong {
            field: "thread title",
            max: MAX_CHARS,
        });
    }
    Ok(title.to_owned())
}

/// A post's Markdown, checked: line endings made `\n`, trimmed, not empty, within
/// [`MAX_POST_BYTES`].
pub fn post_body(typed: &str) -> Result<String, DomainError> {
    let body = typed.replace("\r\n", "\n");
    let body = body.trim();
    if body.is_empty() {
        return Err(DomainError::Empty { field: "post" });
    }
    if body.len() > MAX_POST_BYTES {
        return Err(DomainError::TooLong {
            field: "post",
            max: MAX_POST_BYTES,
        });
    }
    Ok(body.to_owned())
}

/// The longest post, in bytes (a long mail, not a book).
pub const MAX_POST_BYTES: usize = 50_000;

/// Where a post stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PostState {
    /// Readers see it.
    Published,
    /// It waits for a facilitator; its author and facilitators see it.
    Held,
    /// A facilitator turned it away with a note; its author sees it and the note.
    Rejected,
}

impl PostState {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            PostState::Published => "published",
            PostState::Held => "held",
            PostState::Rejected => "rejected",
        }
    }

    /// Parses a stored name; an unknown one reads as held (seen by nobody but moderators).
    pub fn parse(name: &str) -> PostState {
        match name {
            "published" => PostState::Published,
            "rejected" => PostState::Rejected,
            _ => PostState::Held,
        }
    }
}

/// The facts that decide who may do what in a category and one of its threads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CategoryAccess {
    /// Who reads it.
    pub readers: Audience,
    /// Who starts threads.
    pub starters: Starters,
}

/// The facts of one thread that policy adds to its category's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ThreadAccess {
    /// Its category's.
    pub category: CategoryAccess,
    /// Whether a facilitator locked it: only facilitators post.
    pub locked: bool,
    /// Who started it (they may mark a post as its answer).
    pub started_by: Option<UserId>,
}

/// What an actor may want to do in the discussion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiscussionAction {
    /// See the category or thread, its published posts, in lists, search and mail.
    Read,
    /// Start a thread in the category.
    Start,
    /// Post in the thread.
    Reply,
    /// Mark one of the thread's posts as its answer, or unmark it.
    MarkSolved,
    /// Approve or reject held posts, lock and unlock the thread.
    Moderate,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readers_round_trip_and_damage_closes() {
        for readers in [
            CategoryReaders::Public,
            CategoryReaders::Members,
            CategoryReaders::Roles(vec![Role::Facilitator, Role::ResponseTeam]),
        ] {
            let (kind, roles) = readers.to_stored();
            assert_eq!(CategoryReaders::from_stored(kind, &roles), readers);
        }
        let damaged = CategoryReaders::from_stored("everyone?", "");
        assert_eq!(damaged.audience(), Audience::NONE);
    }

    #[test]
    fn titles_and_bodies_are_checked() {
        assert_eq!(
            thread_title("  Tor at the border\n ").unwrap(),
            "Tor at the border"
        );
        assert!(thread_title(" \t ").is_err());
        assert!(thread_title(&"x".repeat(201)).is_err());
        assert_eq!(post_body("a\r\nb\r\n").unwrap(), "a\nb");
        assert!(post_body("   ").is_err());
        assert!(post_body(&"x".repeat(MAX_POST_BYTES + 1)).is_err());
    }

    #[test]
    fn moderation_holds_whom_it_says() {
        assert!(Moderation::FirstPosts.holds(false));
        assert!(!Moderation::FirstPosts.holds(true));
        assert!(!Moderation::None.holds(false));
        assert!(Moderation::All.holds(true));
        for moderation in [Moderation::FirstPosts, Moderation::None, Moderation::All] {
            assert_eq!(Moderation::parse(moderation.as_str()), Ok(moderation));
        }
    }
}
