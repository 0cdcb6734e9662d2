-- Handles of deleted accounts are held, never given to someone new (issue 27): in a
-- community where trust runs through names, a newcomer taking a departed member's handle
-- could be mistaken for them in old pages, mentions and mail.

CREATE TABLE released_handles (
    handle_key TEXT NOT NULL CONSTRAINT released_handles_pkey PRIMARY KEY,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
