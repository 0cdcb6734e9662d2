-- Files attached to wiki pages. The bytes live in the data directory under their SHA-256
-- (content-addressed, written before the row that names them); the row says what they are.
-- Public ids are random, so they reveal neither counts nor order.

CREATE TABLE attachments (
    id BIGINT GENERATED ALWAYS AS IDENTITY CONSTRAINT attachments_pkey PRIMARY KEY,
    public_id TEXT NOT NULL CONSTRAINT attachments_public_id_key UNIQUE,
    page_id BIGINT NOT NULL CONSTRAINT attachments_page_id_fkey REFERENCES pages (id) ON DELETE CASCADE,
    uploader_id BIGINT CONSTRAINT attachments_uploader_id_fkey REFERENCES users (id) ON DELETE SET NULL,
    file_name TEXT NOT NULL,
    kind TEXT NOT NULL,
    size BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE INDEX attachments_page_id_idx ON attachments (page_id);
CREATE INDEX attachments_uploader_id_idx ON attachments (uploader_id);
