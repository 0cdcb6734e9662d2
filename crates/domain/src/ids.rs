//! Typed ids, so a section id can never be passed where a job id is expected.

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub i64);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

id_type!(
    /// A wiki section (Discover, Strategise, …).
    SectionId
);
id_type!(
    /// A durable background job.
    JobId
);
id_type!(
    /// A row of the change log, which followers (search, notifications) read in order.
    ChangeId
);
id_type!(
    /// A member's account (internal; URLs use random public ids).
    UserId
);
id_type!(
    /// A signed-in session.
    SessionId
);
id_type!(
    /// An invitation to join.
    InvitationId
);
id_type!(
    /// A passkey (WebAuthn credential) a member registered.
    PasskeyId
);
id_type!(
    /// A wiki page.
    PageId
);
id_type!(
    /// A comment on a wiki page.
    CommentId
);
id_type!(
    /// A discussion category.
    CategoryId
);
id_type!(
    /// A discussion thread.
    ThreadId
);
id_type!(
    /// A post in a discussion thread.
    PostId
);
