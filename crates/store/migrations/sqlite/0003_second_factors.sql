-- Second factors: a TOTP secret per member (confirmed once a code from the app matched), the
-- last accepted step (no code is accepted twice), hashed single-use recovery codes, and
-- short-lived sign-in challenges between the password and the second factor.

CREATE TABLE user_totp (
    user_id INTEGER NOT NULL CONSTRAINT user_totp_pkey PRIMARY KEY
        CONSTRAINT user_totp_user_id_fkey REFERENCES users (id) ON DELETE CASCADE,
    secret TEXT NOT NULL,
    confirmed_at INTEGER,
    last_used_step INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE recovery_codes (
    id INTEGER NOT NULL CONSTRAINT recovery_codes_pkey PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NOT NULL CONSTRAINT recovery_codes_user_id_fkey REFERENCES users (id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL CONSTRAINT recovery_codes_code_hash_key UNIQUE,
    used_at INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE INDEX recovery_codes_user_id_idx ON recovery_codes (user_id);

CREATE TABLE sign_in_challenges (
    id INTEGER NOT NULL CONSTRAINT sign_in_challenges_pkey PRIMARY KEY AUTOINCREMENT,
    token_hash TEXT NOT NULL CONSTRAINT sign_in_challenges_token_hash_key UNIQUE,
    user_id INTEGER NOT NULL CONSTRAINT sign_in_challenges_user_id_fkey REFERENCES users (id) ON DELETE CASCADE,
    device_label TEXT NOT NULL,
    failures INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE INDEX sign_in_challenges_user_id_idx ON sign_in_challenges (user_id);
