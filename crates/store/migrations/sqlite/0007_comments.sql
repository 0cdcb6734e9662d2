-- Comments on wiki pages: threads (a comment without a parent) with replies at any depth.
-- A thread can be resolved and reopened. A deleted comment keeps its place (its replies stay)
-- but loses its text.

CREATE TABLE page_comments (
    id INTEGER NOT NULL CONSTRAINT page_comments_pkey PRIMARY KEY AUTOINCREMENT,
    page_id INTEGER NOT NULL CONSTRAINT page_comments_page_id_fkey REFERENCES pages (id) ON DELETE CASCADE,
    parent_id INTEGER CONSTRAINT page_comments_parent_id_fkey REFERENCES page_comments (id) ON DELETE CASCADE,
    author_id INTEGER CONSTRAINT page_comments_author_id_fkey REFERENCES users (id) ON DELETE SET NULL,
    body TEXT NOT NULL,
    resolved_at INTEGER,
    resolved_by INTEGER CONSTRAINT page_comments_resolved_by_fkey REFERENCES users (id) ON DELETE SET NULL,
    edited_at INTEGER,
    deleted_at INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE INDEX page_comments_page_id_idx ON page_comments (page_id);
CREATE INDEX page_comments_parent_id_idx ON page_comments (parent_id);
CREATE INDEX page_comments_author_id_idx ON page_comments (author_id);
CREATE INDEX page_comments_resolved_by_idx ON page_comments (resolved_by);
