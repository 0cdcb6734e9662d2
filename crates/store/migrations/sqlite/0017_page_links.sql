-- The [[links]] of each page's approved revision, recorded in the commit that approves it:
-- the wanted pages read them instead of rendering every page on every request (issue 27: that
-- made `/wanted-pages` cost seconds of CPU for one anonymous request). `links_revision` is
-- the approved revision whose links are recorded; pages written before this migration lag
-- and are recorded at the next start.

CREATE TABLE page_links (
    page_id INTEGER NOT NULL CONSTRAINT page_links_page_id_fkey REFERENCES pages (id) ON DELETE CASCADE,
    target_title TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    CONSTRAINT page_links_pkey PRIMARY KEY (page_id, target_title)
);

CREATE INDEX page_links_target_title_idx ON page_links (LOWER(target_title));

ALTER TABLE pages ADD COLUMN links_revision INTEGER NOT NULL DEFAULT 0;

-- `[[Title]]` links find their pages by title, ignoring case: an index, not a scan per link.
CREATE INDEX pages_title_lower_idx ON pages (LOWER(title));
