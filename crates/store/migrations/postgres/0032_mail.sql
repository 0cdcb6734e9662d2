-- Mail (issue 31): a member's address, confirmed before anything is sent to it, and how they
-- follow each category (no row: every message, the fixed point for a new member).
ALTER TABLE users ADD COLUMN email TEXT;
ALTER TABLE users ADD COLUMN email_confirmed_at BIGINT;
-- Hard bounces in a row from the member's address; at the third, mail to it stops
-- (`mail_stopped_at`) until they confirm an address again.
ALTER TABLE users ADD COLUMN mail_bounces BIGINT NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN mail_stopped_at BIGINT;
CREATE UNIQUE INDEX users_email_key ON users (email);

-- 'every' (each post by mail) or 'web' (nothing by mail); the daily digest comes with its job.
CREATE TABLE category_deliveries (
    category_id BIGINT NOT NULL CONSTRAINT category_deliveries_category_id_fkey REFERENCES categories (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL CONSTRAINT category_deliveries_user_id_fkey REFERENCES users (id) ON DELETE CASCADE,
    mode TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CONSTRAINT category_deliveries_pkey PRIMARY KEY (category_id, user_id)
);

CREATE INDEX category_deliveries_user_id_idx ON category_deliveries (user_id);

-- An address a member asked for, until they open the link sent to it (the token is kept as
-- its SHA-256, like every token).
CREATE TABLE email_confirmations (
    token_hash TEXT NOT NULL CONSTRAINT email_confirmations_pkey PRIMARY KEY,
    user_id BIGINT NOT NULL CONSTRAINT email_confirmations_user_id_fkey REFERENCES users (id) ON DELETE CASCADE,
    address TEXT NOT NULL,
    expires_at BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE INDEX email_confirmations_user_id_idx ON email_confirmations (user_id);

-- Whether a post came by mail ('mail') or was written on the web ('web'): a post that came
-- by mail keeps its whole text, and the web folds what it quotes.
ALTER TABLE posts ADD COLUMN source TEXT NOT NULL DEFAULT 'web';
