-- Discussion (issue 31): categories, their threads and posts, the same on the web and by mail.
-- Who reads a category is decided in policy from `readers` (and `reader_roles`); who starts
-- threads from `starters`; whose posts wait for a facilitator from `moderation`.

CREATE TABLE categories (
    id BIGINT GENERATED ALWAYS AS IDENTITY CONSTRAINT categories_pkey PRIMARY KEY,
    slug TEXT NOT NULL CONSTRAINT categories_slug_key UNIQUE,
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    -- 'public', 'members' or 'roles' (then `reader_roles`, comma-separated role names)
    readers TEXT NOT NULL,
    reader_roles TEXT NOT NULL,
    -- 'readers' or 'facilitators'
    starters TEXT NOT NULL,
    -- 'first-posts', 'none' or 'all'
    moderation TEXT NOT NULL,
    position BIGINT NOT NULL,
    -- Threads readers see (with a published post) and when the latest post was written:
    -- kept here so that the list of categories reads one row per category.
    thread_count BIGINT NOT NULL,
    last_post_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

-- `last_post_at` and `post_count` follow the thread's published posts, so a category's list
-- is read from this table alone.
CREATE TABLE threads (
    id BIGINT GENERATED ALWAYS AS IDENTITY CONSTRAINT threads_pkey PRIMARY KEY,
    category_id BIGINT NOT NULL CONSTRAINT threads_category_id_fkey REFERENCES categories (id),
    title TEXT NOT NULL,
    author_id BIGINT CONSTRAINT threads_author_id_fkey REFERENCES users (id) ON DELETE SET NULL,
    solution_post_id BIGINT,
    locked_at BIGINT,
    post_count BIGINT NOT NULL,
    last_post_at BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE INDEX threads_category_id_last_post_at_idx ON threads (category_id, last_post_at);
CREATE INDEX threads_author_id_idx ON threads (author_id);

-- A post: 'published', 'held' (waiting for a facilitator) or 'rejected' (with the note).
CREATE TABLE posts (
    id BIGINT GENERATED ALWAYS AS IDENTITY CONSTRAINT posts_pkey PRIMARY KEY,
    thread_id BIGINT NOT NULL CONSTRAINT posts_thread_id_fkey REFERENCES threads (id) ON DELETE CASCADE,
    author_id BIGINT CONSTRAINT posts_author_id_fkey REFERENCES users (id) ON DELETE SET NULL,
    quoted_id BIGINT CONSTRAINT posts_quoted_id_fkey REFERENCES posts (id) ON DELETE SET NULL,
    body TEXT NOT NULL,
    state TEXT NOT NULL,
    moderation_note TEXT NOT NULL,
    edited_at BIGINT,
    deleted_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE INDEX posts_thread_id_idx ON posts (thread_id, id);
CREATE INDEX posts_author_id_idx ON posts (author_id);
CREATE INDEX posts_held_idx ON posts (thread_id) WHERE state = 'held';

-- What a post said before each edit of it.
CREATE TABLE post_revisions (
    id BIGINT GENERATED ALWAYS AS IDENTITY CONSTRAINT post_revisions_pkey PRIMARY KEY,
    post_id BIGINT NOT NULL CONSTRAINT post_revisions_post_id_fkey REFERENCES posts (id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    edited_by BIGINT CONSTRAINT post_revisions_edited_by_fkey REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE INDEX post_revisions_post_id_idx ON post_revisions (post_id);

CREATE TABLE category_watches (
    category_id BIGINT NOT NULL CONSTRAINT category_watches_category_id_fkey REFERENCES categories (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL CONSTRAINT category_watches_user_id_fkey REFERENCES users (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CONSTRAINT category_watches_pkey PRIMARY KEY (category_id, user_id)
);

CREATE INDEX category_watches_user_id_idx ON category_watches (user_id);

CREATE TABLE thread_mutes (
    thread_id BIGINT NOT NULL CONSTRAINT thread_mutes_thread_id_fkey REFERENCES threads (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL CONSTRAINT thread_mutes_user_id_fkey REFERENCES users (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CONSTRAINT thread_mutes_pkey PRIMARY KEY (thread_id, user_id)
);

CREATE INDEX thread_mutes_user_id_idx ON thread_mutes (user_id);

-- Every moderation action, for the transparency report: who, what, on which thread or post,
-- and the note they gave.
CREATE TABLE moderation_actions (
    id BIGINT GENERATED ALWAYS AS IDENTITY CONSTRAINT moderation_actions_pkey PRIMARY KEY,
    actor_id BIGINT CONSTRAINT moderation_actions_actor_id_fkey REFERENCES users (id) ON DELETE SET NULL,
    action TEXT NOT NULL,
    thread_id BIGINT CONSTRAINT moderation_actions_thread_id_fkey REFERENCES threads (id) ON DELETE SET NULL,
    post_id BIGINT CONSTRAINT moderation_actions_post_id_fkey REFERENCES posts (id) ON DELETE SET NULL,
    note TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE INDEX moderation_actions_thread_id_idx ON moderation_actions (thread_id);
CREATE INDEX moderation_actions_post_id_idx ON moderation_actions (post_id);
CREATE INDEX moderation_actions_actor_id_idx ON moderation_actions (actor_id);

-- A notification may be about a thread instead of a page.
ALTER TABLE notifications ADD COLUMN thread_id BIGINT CONSTRAINT notifications_thread_id_fkey REFERENCES threads (id) ON DELETE CASCADE;
CREATE INDEX notifications_thread_id_idx ON notifications (thread_id);
