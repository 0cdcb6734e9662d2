-- A section's title and description in another language, for readers of that language
-- (issue 30): the home page, the section's page and the breadcrumbs show them, and fall back
-- to the section's own.

CREATE TABLE section_translations (
    section_id BIGINT NOT NULL CONSTRAINT section_translations_section_id_fkey REFERENCES sections (id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CONSTRAINT section_translations_pkey PRIMARY KEY (section_id, language)
);
