-- A page can be the translation of another, its source, into its own language (issue 30).
-- The translation sits under its source in the page tree, so it is never more public than
-- the source and moves and goes to the bin with it; trees and lists show it in its source's
-- place to readers of its language. One translation per source and language.
-- `reviewed_revision` is the translation's revision a second translator checked (0: none).

CREATE TABLE page_translations (
    page_id BIGINT NOT NULL CONSTRAINT page_translations_page_id_fkey REFERENCES pages (id) ON DELETE CASCADE,
    source_id BIGINT NOT NULL CONSTRAINT page_translations_source_id_fkey REFERENCES pages (id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    reviewed_revision BIGINT NOT NULL DEFAULT 0,
    reviewed_by BIGINT CONSTRAINT page_translations_reviewed_by_fkey REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CONSTRAINT page_translations_pkey PRIMARY KEY (page_id),
    CONSTRAINT page_translations_source_id_language_key UNIQUE (source_id, language)
);

-- What each revision of a translation was made from: the source's revision, and whether its
-- translator left paragraphs untranslated (a draft).
CREATE TABLE translation_revisions (
    page_id BIGINT NOT NULL CONSTRAINT translation_revisions_page_id_fkey REFERENCES pages (id) ON DELETE CASCADE,
    number BIGINT NOT NULL,
    source_revision BIGINT NOT NULL,
    draft BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CONSTRAINT translation_revisions_pkey PRIMARY KEY (page_id, number)
);
