-- Where a page lived before it moved to another section, so old links keep working.

CREATE TABLE page_redirects (
    id INTEGER NOT NULL CONSTRAINT page_redirects_pkey PRIMARY KEY AUTOINCREMENT,
    section_id INTEGER NOT NULL CONSTRAINT page_redirects_section_id_fkey REFERENCES sections (id),
    slug TEXT NOT NULL,
    page_id INTEGER NOT NULL CONSTRAINT page_redirects_page_id_fkey REFERENCES pages (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    CONSTRAINT page_redirects_section_id_slug_key UNIQUE (section_id, slug)
);

CREATE INDEX page_redirects_page_id_idx ON page_redirects (page_id);
