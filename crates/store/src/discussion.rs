//! Discussion: categories, threads, posts, their earlier texts, who watches and who muted,
//! and the record of moderation.

use braid_domain::change::{ChangeAction, EntityKind};
use braid_domain::discussion::{
    Category, CategoryReaders, CategorySettings, CategorySlug, Moderation, PostState, Starters,
};
use braid_domain::ids::{CategoryId, PostId, ThreadId, UserId};
use braid_domain::time::Timestamp;

use crate::{Store, StoreError, UnitOfWork};

/// A thread as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThreadRecord {
    /// Its id.
    pub id: ThreadId,
    /// Its category.
    pub category_id: CategoryId,
    /// Its title (the subject of its mail).
    pub title: String,
    /// Who started it; `None` once their account is deleted.
    pub author_id: Option<UserId>,
    /// Their handle, when the account exists.
    pub author: Option<String>,
    /// The post its starter or a facilitator marked as its answer.
    pub solution_post_id: Option<PostId>,
    /// When a facilitator locked it.
    pub locked_at: Option<Timestamp>,
    /// How many of its posts readers see (0 while its first post waits).
    pub post_count: i64,
    /// When its latest published post was written.
    pub last_post_at: Timestamp,
    /// When it was started.
    pub created_at: Timestamp,
}

/// A post as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostRecord {
    /// Its id.
    pub id: PostId,
    /// Its thread.
    pub thread_id: ThreadId,
    /// Who wrote it; `None` once their account is deleted.
    pub author_id: Option<UserId>,
    /// Their handle, when the account exists.
    pub author: Option<String>,
    /// The post it quotes or answers.
    pub quoted_id: Option<PostId>,
    /// Markdown; empty once deleted.
    pub body: String,
    /// Published, held or rejected.
    pub state: PostState,
    /// A facilitator's note on rejecting it.
    pub moderation_note: String,
    /// Whether it came by mail (its text is then the mail's whole text).
    pub by_mail: bool,
    /// When its author last changed it.
    pub edited_at: Option<Timestamp>,
    /// When it was deleted.
    pub deleted_at: Option<Timestamp>,
    /// When it was written.
    pub created_at: Timestamp,
}

/// An earlier text of a post.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostRevisionRecord {
    /// What it said.
    pub body: String,
    /// Until when it said it (the edit that replaced it).
    pub replaced_at: Timestamp,
}

named_row!(CategoryRow {
    id: i64,
    slug: String,
    name: String,
    description: String,
    readers: String,
    reader_roles: String,
    starters: String,
    moderation: String,
    position: i64,
});

fn category_from_row(row: CategoryRow) -> Result<Category, StoreError> {
    let corrupt = |what: &str| StoreError::Corrupt(format!("category {}: {what}", row.id));
    Ok(Category {
        id: CategoryId(row.id),
        slug: CategorySlug::new(&row.slug).map_err(|_| corrupt("slug"))?,
        settings: CategorySettings {
            name: row.name.clone(),
            description: row.description.clone(),
            readers: CategoryReaders::from_stored(&row.readers, &row.reader_roles),
            starters: Starters::parse(&row.starters).map_err(|_| corrupt("starters"))?,
            moderation: Moderation::parse(&row.moderation).map_err(|_| corrupt("moderation"))?,
        },
        position: row.position,
    })
}

const CATEGORY_COLUMNS: &str =
    "id, slug, name, description, readers, reader_roles, starters, moderation, position";

named_row!(ThreadRow {
    id: i64,
    category_id: i64,
    title: String,
    author_id: Option<i64>,
    author: Option<String>,
    solution_post_id: Option<i64>,
    locked_at: Option<i64>,
    post_count: i64,
    last_post_at: i64,
    created_at: i64,
});

fn thread_from_row(row: ThreadRow) -> ThreadRecord {
    ThreadRecord {
        id: ThreadId(row.id),
        category_id: CategoryId(row.category_id),
        title: row.title,
        author_id: row.author_id.map(UserId),
        author: row.author,
        solution_post_id: row.solution_post_id.map(PostId),
        locked_at: row.locked_at.map(Timestamp),
        post_count: row.post_count,
        last_post_at: Timestamp(row.last_post_at),
        created_at: Timestamp(row.created_at),
    }
}

const THREAD_SELECT: &str = "SELECT t.id, t.category_id, t.title, t.author_id, u.handle AS author, \
     t.solution_post_id, t.locked_at, t.post_count, t.last_post_at, t.created_at \
     FROM threads t LEFT JOIN users u ON u.id = t.author_id";

named_row!(PostRow {
    id: i64,
    thread_id: i64,
    author_id: Option<i64>,
    author: Option<String>,
    quoted_id: Option<i64>,
    body: String,
    state: String,
    moderation_note: String,
    source: String,
    edited_at: Option<i64>,
    deleted_at: Option<i64>,
    created_at: i64,
});

fn post_from_row(row: PostRow) -> PostRecord {
    PostRecord {
        id: PostId(row.id),
        thread_id: ThreadId(row.thread_id),
        author_id: row.author_id.map(UserId),
        author: row.author,
        quoted_id: row.quoted_id.map(PostId),
        body: row.body,
        state: PostState::parse(&row.state),
        moderation_note: row.moderation_note,
        by_mail: row.source == "mail",
        edited_at: row.edited_at.map(Timestamp),
        deleted_at: row.deleted_at.map(Timestamp),
        created_at: Timestamp(row.created_at),
    }
}

const POST_SELECT: &str = "SELECT p.id, p.thread_id, p.author_id, u.handle AS author, p.quoted_id, \
     p.body, p.state, p.moderation_note, p.source, p.edited_at, p.deleted_at, p.created_at \
     FROM posts p LEFT JOIN users u ON u.id = p.author_id";

impl Store {
    /// Every category, in their order.
    pub async fn categories(&self) -> Result<Vec<Category>, StoreError> {
        let rows: Vec<CategoryRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {CATEGORY_COLUMNS} FROM categories ORDER BY position, id"
        )))
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter().map(category_from_row).collect()
    }

    /// The category with this slug.
    pub async fn category_by_slug(&self, slug: &str) -> Result<Option<Category>, StoreError> {
        let row: Option<CategoryRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {CATEGORY_COLUMNS} FROM categories WHERE slug = $1"
        )))
        .bind(slug)
        .fetch_optional(&self.pool)
        .await?;
        row.map(category_from_row).transpose()
    }

    /// The category with this id.
    pub async fn find_category(&self, id: CategoryId) -> Result<Option<Category>, StoreError> {
        let row: Option<CategoryRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {CATEGORY_COLUMNS} FROM categories WHERE id = $1"
        )))
        .bind(id.0)
        .fetch_optional(&self.pool)
        .await?;
        row.map(category_from_row).transpose()
    }

    /// A category's threads with published posts, latest activity first, after the thread
    /// `after` (its last post time and id: the end of the previous part), at most `limit`;
    /// and, for `own`, their threads whose first post still waits.
    pub async fn threads_in(
        &self,
        category: CategoryId,
        after: Option<(Timestamp, ThreadId)>,
        own: Option<UserId>,
        limit: u32,
    ) -> Result<Vec<ThreadRecord>, StoreError> {
        let (before_at, before_id) = after.map_or((i64::MAX, i64::MAX), |(at, id)| (at.0, id.0));
        let rows: Vec<ThreadRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "{THREAD_SELECT} WHERE t.category_id = $1 \
               AND (t.post_count > 0 OR t.author_id = $2) \
               AND (t.last_post_at < $3 OR (t.last_post_at = $3 AND t.id < $4)) \
             ORDER BY t.last_post_at DESC, t.id DESC LIMIT $5"
        )))
        .bind(category.0)
        .bind(own.map_or(0, |user| user.0))
        .bind(before_at)
        .bind(before_id)
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(thread_from_row).collect())
    }

    /// Per category, how many threads readers see and when the latest post was written.
    pub async fn category_activity(
        &self,
    ) -> Result<Vec<(CategoryId, i64, Option<Timestamp>)>, StoreError> {
        let rows: Vec<(i64, i64, Option<i64>)> =
            sqlx::query_as("SELECT id, thread_count, last_post_at FROM categories")
                .fetch_all(&self.pool)
                .await?;
        Ok(rows
            .into_iter()
            .map(|(id, count, at)| (CategoryId(id), count, at.map(Timestamp)))
            .collect())
    }

    /// One thread.
    pub async fn find_thread(&self, id: ThreadId) -> Result<Option<ThreadRecord>, StoreError> {
        let row: Option<ThreadRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "{THREAD_SELECT} WHERE t.id = $1"
        )))
        .bind(id.0)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(thread_from_row))
    }

    /// A thread's posts, oldest first, whatever their state (the service decides who sees
    /// which).
    pub async fn thread_posts(&self, thread: ThreadId) -> Result<Vec<PostRecord>, StoreError> {
        let rows: Vec<PostRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "{POST_SELECT} WHERE p.thread_id = $1 ORDER BY p.id"
        )))
        .bind(thread.0)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(post_from_row).collect())
    }

    /// One post.
    pub async fn find_post(&self, id: PostId) -> Result<Option<PostRecord>, StoreError> {
        let row: Option<PostRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "{POST_SELECT} WHERE p.id = $1"
        )))
        .bind(id.0)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(post_from_row))
    }

    /// A member's posts, oldest first, each with its thread's address parts (the category's
    /// slug and the thread's id) and title: for their own export.
    pub async fn posts_by(
        &self,
        author: UserId,
    ) -> Result<Vec<(PostRecord, String, String)>, StoreError> {
        let rows: Vec<PostRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "{POST_SELECT} WHERE p.author_id = $1 ORDER BY p.id"
        )))
        .bind(author.0)
        .fetch_all(&self.pool)
        .await?;
        let places: Vec<(i64, String, String)> = sqlx::query_as(
            "SELECT t.id, c.slug, t.title FROM threads t JOIN categories c ON c.id = t.category_id \
             WHERE t.id IN (SELECT thread_id FROM posts WHERE author_id = $1)",
        )
        .bind(author.0)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(post_from_row)
            .map(|post| {
                let (slug, title) = places
                    .iter()
                    .find(|(id, ..)| *id == post.thread_id.0)
                    .map(|(_, slug, title)| (slug.clone(), title.clone()))
                    .unwrap_or_default();
                (post, slug, title)
            })
            .collect())
    }

    /// The category's published, undeleted posts written in `[since, until)`, oldest first.
    pub async fn posts_published_between(
        &self,
        category: CategoryId,
        since: Timestamp,
        until: Timestamp,
    ) -> Result<Vec<PostRecord>, StoreError> {
        let rows: Vec<PostRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "{POST_SELECT} JOIN threads t ON t.id = p.thread_id \
             WHERE t.category_id = $1 AND p.state = 'published' AND p.deleted_at IS NULL \
               AND p.created_at >= $2 AND p.created_at < $3 ORDER BY p.thread_id, p.id"
        )))
        .bind(category.0)
        .bind(since.0)
        .bind(until.0)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(post_from_row).collect())
    }

    /// What a post said before each of its edits, oldest first.
    pub async fn post_revisions(
        &self,
        post: PostId,
    ) -> Result<Vec<PostRevisionRecord>, StoreError> {
        let rows: Vec<(String, i64)> = sqlx::query_as(
            "SELECT body, created_at FROM post_revisions WHERE post_id = $1 ORDER BY id",
        )
        .bind(post.0)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(body, at)| PostRevisionRecord {
                body,
                replaced_at: Timestamp(at),
            })
            .collect())
    }

    /// Posts waiting for a facilitator, oldest first, at most `limit`: each with its thread
    /// and whether it is the thread's first post (it would start the thread).
    pub async fn held_posts(
        &self,
        limit: u32,
    ) -> Result<Vec<(PostRecord, ThreadRecord, bool)>, StoreError> {
        let rows: Vec<PostRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "{POST_SELECT} WHERE p.state = 'held' ORDER BY p.id LIMIT $1"
        )))
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await?;
        let firsts: Vec<(i64, i64)> = sqlx::query_as(
            "SELECT thread_id, MIN(id) FROM posts \
             WHERE thread_id IN (SELECT thread_id FROM posts WHERE state = 'held') \
             GROUP BY thread_id",
        )
        .fetch_all(&self.pool)
        .await?;
        let mut threads: std::collections::HashMap<ThreadId, Option<ThreadRecord>> =
            std::collections::HashMap::new();
        let mut held = Vec::with_capacity(rows.len());
        for post in rows.into_iter().map(post_from_row) {
            let thread = match threads.get(&post.thread_id) {
                Some(thread) => thread.clone(),
                None => {
                    let thread = self.find_thread(post.thread_id).await?;
                    threads.insert(post.thread_id, thread.clone());
                    thread
                }
            };
            if let Some(thread) = thread {
                let first = firsts.contains(&(thread.id.0, post.id.0));
                held.push((post, thread, first));
            }
        }
        Ok(held)
    }

    /// Whether the member has had a post published (their posts then skip first-post
    /// moderation).
    pub async fn has_published_post(&self, user: UserId) -> Result<bool, StoreError> {
        let found: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM posts WHERE author_id = $1 AND state = 'published' LIMIT 1",
        )
        .bind(user.0)
        .fetch_optional(&self.pool)
        .await?;
        Ok(found.is_some())
    }

    /// Whether the member watches the category, and whether they muted the thread.
    pub async fn discussion_choices(
        &self,
        user: UserId,
        category: CategoryId,
        thread: Option<ThreadId>,
    ) -> Result<(bool, bool), StoreError> {
        let (watching, muted): (i64, i64) = sqlx::query_as(
            "SELECT (SELECT COUNT(*) FROM category_watches WHERE user_id = $1 AND category_id = $2), \
                    (SELECT COUNT(*) FROM thread_mutes WHERE user_id = $1 AND thread_id = $3)",
        )
        .bind(user.0)
        .bind(category.0)
        .bind(thread.map_or(0, |thread| thread.0))
        .fetch_one(&self.pool)
        .await?;
        Ok((watching > 0, muted > 0))
    }

    /// Who should hear of a new post in the thread: those watching its category and those
    /// who wrote in it, less those who muted it. The service then keeps only those who may
    /// read it.
    pub async fn thread_audience(
        &self,
        thread: ThreadId,
        category: CategoryId,
    ) -> Result<Vec<UserId>, StoreError> {
        let ids: Vec<i64> = sqlx::query_scalar(
            "SELECT user_id FROM category_watches WHERE category_id = $1 \
             UNION SELECT author_id FROM posts WHERE thread_id = $2 AND author_id IS NOT NULL \
             EXCEPT SELECT user_id FROM thread_mutes WHERE thread_id = $2",
        )
        .bind(category.0)
        .bind(thread.0)
        .fetch_all(&self.pool)
        .await?;
        Ok(ids.into_iter().map(UserId).collect())
    }

    /// Starts (`on`) or stops watching a category. Nothing else reads it between requests,
    /// so it is not logged.
    pub async fn set_category_watch(
        &self,
        user: UserId,
        category: CategoryId,
        on: bool,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        self.set_choice(MemberChoice::Watch, user, category.0, on, now)
            .await
    }

    /// Mutes (`on`) or unmutes a thread for the member.
    pub async fn set_thread_mute(
        &self,
        user: UserId,
        thread: ThreadId,
        on: bool,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        self.set_choice(MemberChoice::Mute, user, thread.0, on, now)
            .await
    }

    /// Records (`on`) or forgets a member's choice about one category or thread.
    async fn set_choice(
        &self,
        choice: MemberChoice,
        user: UserId,
        about: i64,
        on: bool,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        let (forget, record) = match choice {
            MemberChoice::Watch => (
                "DELETE FROM category_watches WHERE user_id = $1 AND category_id = $2",
                "INSERT INTO category_watches (category_id, user_id, created_at, updated_at) \
                 VALUES ($2, $1, $3, $3)",
            ),
            MemberChoice::Mute => (
                "DELETE FROM thread_mutes WHERE user_id = $1 AND thread_id = $2",
                "INSERT INTO thread_mutes (thread_id, user_id, created_at, updated_at) \
                 VALUES ($2, $1, $3, $3)",
            ),
        };
        let mut transaction = self.begin_write().await?;
        sqlx::query(forget)
            .bind(user.0)
            .bind(about)
            .execute(&mut *transaction)
            .await?;
        if on {
            sqlx::query(record)
                .bind(user.0)
                .bind(about)
                .bind(now.as_millis())
                .execute(&mut *transaction)
                .await?;
        }
        transaction.commit().await?;
        Ok(())
    }
}

/// A member's own choice about a category or a thread.
#[derive(Debug, Clone, Copy)]
enum MemberChoice {
    /// Watching a category.
    Watch,
    /// Muting a thread.
    Mute,
}

impl UnitOfWork {
    /// Gives each of `users` a notification about a thread.
    pub async fn notify_thread(
        &mut self,
        users: &[UserId],
        kind: &str,
        thread: ThreadId,
        detail: &str,
    ) -> Result<(), StoreError> {
        let now = self.now().as_millis();
        let transaction = self.transaction().await?;
        for user in users {
            sqlx::query(
                "INSERT INTO notifications (user_id, kind, page_id, thread_id, detail, read_at, \
                                            created_at, updated_at) \
                 VALUES ($1, $2, NULL, $3, $4, NULL, $5, $5)",
            )
            .bind(user.0)
            .bind(kind)
            .bind(thread.0)
            .bind(detail)
            .bind(now)
            .execute(&mut **transaction)
            .await?;
        }
        Ok(())
    }

    /// Creates a category at the end of the list.
    pub async fn create_category(
        &mut self,
        slug: &CategorySlug,
        settings: &CategorySettings,
    ) -> Result<CategoryId, StoreError> {
        let now = self.now().as_millis();
        let (readers, roles) = settings.readers.to_stored();
        let transaction = self.transaction().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO categories (slug, name, description, readers, reader_roles, starters, \
                                     moderation, position, thread_count, last_post_at, \
                                     created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, \
                     (SELECT COALESCE(MAX(position), 0) + 1 FROM categories), 0, NULL, $8, $8) \
             RETURNING id",
        )
        .bind(slug.as_str())
        .bind(&settings.name)
        .bind(&settings.description)
        .bind(readers)
        .bind(roles)
        .bind(settings.starters.as_str())
        .bind(settings.moderation.as_str())
        .bind(now)
        .fetch_one(&mut **transaction)
        .await?;
        self.log(EntityKind::Category, id, ChangeAction::Created)
            .await?;
        Ok(CategoryId(id))
    }

    /// Changes a category's settings.
    pub async fn update_category(
        &mut self,
        id: CategoryId,
        settings: &CategorySettings,
    ) -> Result<(), StoreError> {
        let now = self.now().as_millis();
        let (readers, roles) = settings.readers.to_stored();
        let transaction = self.transaction().await?;
        sqlx::query(
            "UPDATE categories SET name = $1, description = $2, readers = $3, reader_roles = $4, \
                                   starters = $5, moderation = $6, updated_at = $7 WHERE id = $8",
        )
        .bind(&settings.name)
        .bind(&settings.description)
        .bind(readers)
        .bind(roles)
        .bind(settings.starters.as_str())
        .bind(settings.moderation.as_str())
        .bind(now)
        .bind(id.0)
        .execute(&mut **transaction)
        .await?;
        self.log(EntityKind::Category, id.0, ChangeAction::Updated)
            .await
    }

    /// Starts a thread with its first post; returns both.
    pub async fn start_thread(
        &mut self,
        category: CategoryId,
        title: &str,
        author: UserId,
        body: &str,
        state: PostState,
        by_mail: bool,
    ) -> Result<(ThreadId, PostId), StoreError> {
        let now = self.now().as_millis();
        let transaction = self.transaction().await?;
        let thread: i64 = sqlx::query_scalar(
            "INSERT INTO threads (category_id, title, author_id, solution_post_id, locked_at, \
                                  post_count, last_post_at, created_at, updated_at) \
             VALUES ($1, $2, $3, NULL, NULL, 0, $4, $4, $4) RETURNING id",
        )
        .bind(category.0)
        .bind(title)
        .bind(author.0)
        .bind(now)
        .fetch_one(&mut **transaction)
        .await?;
        self.log(EntityKind::Thread, thread, ChangeAction::Created)
            .await?;
        let post = self
            .add_post(ThreadId(thread), author, None, body, state, by_mail)
            .await?;
        Ok((ThreadId(thread), post))
    }

    /// Adds a post to a thread; a published one counts at once.
    pub async fn add_post(
        &mut self,
        thread: ThreadId,
        author: UserId,
        quoted: Option<PostId>,
        body: &str,
        state: PostState,
        by_mail: bool,
    ) -> Result<PostId, StoreError> {
        let now = self.now().as_millis();
        let transaction = self.transaction().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO posts (thread_id, author_id, quoted_id, body, state, moderation_note, \
                                source, edited_at, deleted_at, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, '', $7, NULL, NULL, $6, $6) RETURNING id",
        )
        .bind(thread.0)
        .bind(author.0)
        .bind(quoted.map(|post| post.0))
        .bind(body)
        .bind(state.as_str())
        .bind(now)
        .bind(if by_mail { "mail" } else { "web" })
        .fetch_one(&mut **transaction)
        .await?;
        self.log(EntityKind::Post, id, ChangeAction::Created)
            .await?;
        if state == PostState::Published {
            self.post_published(thread, PostId(id)).await?;
        }
        Ok(PostId(id))
    }

    /// Counts a post readers can now see in its thread (and the thread in its category, at
    /// its first), and logs it for those to be told.
    async fn post_published(&mut self, thread: ThreadId, post: PostId) -> Result<(), StoreError> {
        let transaction = self.transaction().await?;
        sqlx::query(
            "UPDATE categories SET \
                 thread_count = thread_count + \
                     (SELECT CASE WHEN post_count = 0 THEN 1 ELSE 0 END FROM threads WHERE id = $2), \
                 last_post_at = CASE \
                     WHEN last_post_at IS NULL OR last_post_at < (SELECT created_at FROM posts WHERE id = $1) \
                     THEN (SELECT created_at FROM posts WHERE id = $1) ELSE last_post_at END \
             WHERE id = (SELECT category_id FROM threads WHERE id = $2)",
        )
        .bind(post.0)
        .bind(thread.0)
        .execute(&mut **transaction)
        .await?;
        sqlx::query(
            "UPDATE threads SET post_count = post_count + 1, \
                 last_post_at = CASE \
                     WHEN post_count = 0 OR last_post_at < (SELECT created_at FROM posts WHERE id = $1) \
                     THEN (SELECT created_at FROM posts WHERE id = $1) ELSE last_post_at END \
             WHERE id = $2",
        )
        .bind(post.0)
        .bind(thread.0)
        .execute(&mut **transaction)
        .await?;
        self.log(EntityKind::Thread, thread.0, ChangeAction::Updated)
            .await?;
        self.log(EntityKind::PublishedPost, post.0, ChangeAction::Created)
            .await
    }

    /// Replaces a post's text, keeping what it said before.
    pub async fn edit_post(
        &mut self,
        post: PostId,
        body: &str,
        editor: UserId,
    ) -> Result<(), StoreError> {
        let now = self.now().as_millis();
        let transaction = self.transaction().await?;
        sqlx::query(
            "INSERT INTO post_revisions (post_id, body, edited_by, created_at, updated_at) \
             SELECT id, body, $1, $2, $2 FROM posts WHERE id = $3",
        )
        .bind(editor.0)
        .bind(now)
        .bind(post.0)
        .execute(&mut **transaction)
        .await?;
        sqlx::query("UPDATE posts SET body = $1, edited_at = $2, updated_at = $2 WHERE id = $3")
            .bind(body)
            .bind(now)
            .bind(post.0)
            .execute(&mut **transaction)
            .await?;
        self.log(EntityKind::Post, post.0, ChangeAction::Updated)
            .await
    }

    /// Deletes a post's text and its earlier texts, keeping its place for the posts that
    /// quote it.
    pub async fn delete_post(&mut self, post: PostId) -> Result<(), StoreError> {
        let now = self.now().as_millis();
        let transaction = self.transaction().await?;
        sqlx::query("DELETE FROM post_revisions WHERE post_id = $1")
            .bind(post.0)
            .execute(&mut **transaction)
            .await?;
        sqlx::query("UPDATE posts SET body = '', deleted_at = $1, updated_at = $1 WHERE id = $2")
            .bind(now)
            .bind(post.0)
            .execute(&mut **transaction)
            .await?;
        self.log(EntityKind::Post, post.0, ChangeAction::Deleted)
            .await
    }

    /// Publishes a held post or rejects it with a note, and records who did it.
    pub async fn moderate_post(
        &mut self,
        post: &PostRecord,
        publish: bool,
        moderator: UserId,
        note: &str,
    ) -> Result<(), StoreError> {
        let now = self.now().as_millis();
        let state = if publish {
            PostState::Published
        } else {
            PostState::Rejected
        };
        let transaction = self.transaction().await?;
        sqlx::query(
            "UPDATE posts SET state = $1, moderation_note = $2, updated_at = $3 \
             WHERE id = $4 AND state = 'held'",
        )
        .bind(state.as_str())
        .bind(note)
        .bind(now)
        .bind(post.id.0)
        .execute(&mut **transaction)
        .await?;
        self.log(EntityKind::Post, post.id.0, ChangeAction::Updated)
            .await?;
        if publish {
            self.post_published(post.thread_id, post.id).await?;
        }
        let action = if publish { "approve" } else { "reject" };
        self.record_moderation(moderator, action, post.thread_id, Some(post.id), note)
            .await
    }

    /// Locks (`true`) or unlocks a thread, and records who did it.
    pub async fn set_thread_locked(
        &mut self,
        thread: ThreadId,
        locked: bool,
        moderator: UserId,
        note: &str,
    ) -> Result<(), StoreError> {
        let now = self.now().as_millis();
        let transaction = self.transaction().await?;
        sqlx::query("UPDATE threads SET locked_at = $1, updated_at = $2 WHERE id = $3")
            .bind(locked.then_some(now))
            .bind(now)
            .bind(thread.0)
            .execute(&mut **transaction)
            .await?;
        self.log(EntityKind::Thread, thread.0, ChangeAction::Updated)
            .await?;
        let action = if locked { "lock" } else { "unlock" };
        self.record_moderation(moderator, action, thread, None, note)
            .await
    }

    /// Marks a post as the thread's answer (`None`: unmarks it).
    pub async fn set_thread_solution(
        &mut self,
        thread: ThreadId,
        post: Option<PostId>,
    ) -> Result<(), StoreError> {
        let now = self.now().as_millis();
        let transaction = self.transaction().await?;
        sqlx::query("UPDATE threads SET solution_post_id = $1, updated_at = $2 WHERE id = $3")
            .bind(post.map(|post| post.0))
            .bind(now)
            .bind(thread.0)
            .execute(&mut **transaction)
            .await?;
        self.log(EntityKind::Thread, thread.0, ChangeAction::Updated)
            .await
    }

    async fn record_moderation(
        &mut self,
        moderator: UserId,
        action: &str,
        thread: ThreadId,
        post: Option<PostId>,
        note: &str,
    ) -> Result<(), StoreError> {
        let now = self.now().as_millis();
        let transaction = self.transaction().await?;
        sqlx::query(
            "INSERT INTO moderation_actions (actor_id, action, thread_id, post_id, note, \
                                             created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $6)",
        )
        .bind(moderator.0)
        .bind(action)
        .bind(thread.0)
        .bind(post.map(|post| post.0))
        .bind(note)
        .bind(now)
        .execute(&mut **transaction)
        .await?;
        Ok(())
    }
}
