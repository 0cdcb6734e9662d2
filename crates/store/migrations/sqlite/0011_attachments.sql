-- Files attached to wiki pages. The bytes live in the data directory under their SHA-256
-- (content-addressed, written before the row that names them); the row says what they are.
-- Public ids are random, so they reveal neither counts nor order.

CREATE TABLE attachments (
    id INTEGER NOT NULL CONSTRAINT attachments_pkey PRIMARY KEY AUTOINCREMENT,
    public_id TEXT NOT NULL CONSTRAINT attachments_public_id_key UNIQUE,
    page_id INTEGER NOT NULL CONSTRAINT attachments_page_id_fkey REFERENCES pages (id) ON DELETE CASCADE,
    uploader_id INTEGER CONSTRAINT attachments_uploader_id_fkey REFERENCES users (id) ON DELETE SET NULL,
    file_name TEXT NOT NULL,
    kind TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE INDEX attachments_page_id_idx ON attachments (page_id);
CREATE INDEX attachments_uploader_id_idx ON attachments (uploader_id);
