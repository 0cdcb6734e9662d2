-- The wiki: pages in sections (nested under other pages), every save a revision, and the old
-- addresses of pages that moved. A page's text is its latest revision's. A revision without
-- an author account carries a label ("Braid" for demo content); with neither, its author
-- deleted their account and is shown as a former member.

ALTER TABLE sections ADD COLUMN visibility TEXT NOT NULL DEFAULT 'public'
    CONSTRAINT sections_visibility_check CHECK (visibility IN ('public', 'members', 'editors'));

CREATE TABLE pages (
    id BIGINT GENERATED ALWAYS AS IDENTITY CONSTRAINT pages_pkey PRIMARY KEY,
    section_id BIGINT NOT NULL CONSTRAINT pages_section_id_fkey REFERENCES sections (id),
    parent_id BIGINT CONSTRAINT pages_parent_id_fkey REFERENCES pages (id),
    slug TEXT NOT NULL,
    title TEXT NOT NULL,
    position BIGINT NOT NULL,
    visibility TEXT NOT NULL
        CONSTRAINT pages_visibility_check CHECK (visibility IN ('public', 'members', 'editors')),
    current_revision BIGINT NOT NULL,
    deleted_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CONSTRAINT pages_section_id_slug_key UNIQUE (section_id, slug)
);

CREATE INDEX pages_parent_id_idx ON pages (parent_id);

CREATE TABLE page_revisions (
    id BIGINT GENERATED ALWAYS AS IDENTITY CONSTRAINT page_revisions_pkey PRIMARY KEY,
    page_id BIGINT NOT NULL CONSTRAINT page_revisions_page_id_fkey REFERENCES pages (id) ON DELETE CASCADE,
    number BIGINT NOT NULL,
    base_number BIGINT,
    author_id BIGINT CONSTRAINT page_revisions_author_id_fkey REFERENCES users (id) ON DELETE SET NULL,
    author_label TEXT,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    summary TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CONSTRAINT page_revisions_page_id_number_key UNIQUE (page_id, number)
);

CREATE INDEX page_revisions_author_id_idx ON page_revisions (author_id);
