-- What helps translators (issue 30): a glossary per language, claims so two people do not
-- translate the same page at once, and the memory of paragraphs already translated.

-- A term and how it is said in `language` (or that it stays as it is).
CREATE TABLE glossary_terms (
    id BIGINT GENERATED ALWAYS AS IDENTITY CONSTRAINT glossary_terms_pkey PRIMARY KEY,
    language TEXT NOT NULL,
    term TEXT NOT NULL,
    term_key TEXT NOT NULL,
    translation TEXT NOT NULL,
    note TEXT NOT NULL,
    keep_as_is BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CONSTRAINT glossary_terms_language_term_key_key UNIQUE (language, term_key)
);

-- A member translating a page into a language until a moment.
CREATE TABLE translation_claims (
    source_id BIGINT NOT NULL CONSTRAINT translation_claims_source_id_fkey REFERENCES pages (id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    user_id BIGINT NOT NULL CONSTRAINT translation_claims_user_id_fkey REFERENCES users (id) ON DELETE CASCADE,
    until BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CONSTRAINT translation_claims_pkey PRIMARY KEY (source_id, language)
);

-- A paragraph of a source and its published translation into `language`, found again by
-- the source's words: `source_key` is the paragraph with case and spacing folded. `page_id`
-- is the translation's page, whose readers alone may see the pair suggested.
CREATE TABLE translation_memory (
    language TEXT NOT NULL,
    source_key TEXT NOT NULL,
    page_id BIGINT NOT NULL CONSTRAINT translation_memory_page_id_fkey REFERENCES pages (id) ON DELETE CASCADE,
    source_text TEXT NOT NULL,
    target_text TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CONSTRAINT translation_memory_pkey PRIMARY KEY (language, source_key, page_id)
);

CREATE INDEX translation_memory_page_id_idx ON translation_memory (page_id);
