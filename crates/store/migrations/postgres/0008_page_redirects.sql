-- Where a page lived before it moved to another section, so old links keep working.

CREATE TABLE page_redirects (
    id BIGINT GENERATED ALWAYS AS IDENTITY CONSTRAINT page_redirects_pkey PRIMARY KEY,
    section_id BIGINT NOT NULL CONSTRAINT page_redirects_section_id_fkey REFERENCES sections (id),
    slug TEXT NOT NULL,
    page_id BIGINT NOT NULL CONSTRAINT page_redirects_page_id_fkey REFERENCES pages (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CONSTRAINT page_redirects_section_id_slug_key UNIQUE (section_id, slug)
);

CREATE INDEX page_redirects_page_id_idx ON page_redirects (page_id);
