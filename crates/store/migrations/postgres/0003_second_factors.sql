-- Second factors: a TOTP secret per member (confirmed once a code from the app matched), the
-- last accepted step (no code is accepted twice), hashed single-use recovery codes, and
-- short-lived sign-in challenges between the password and the second factor.

CREATE TABLE user_totp (
    user_id BIGINT NOT NULL CONSTRAINT user_totp_pkey PRIMARY KEY
        CONSTRAINT user_totp_user_id_fkey REFERENCES users (id) ON DELETE CASCADE,
    secret TEXT NOT NULL,
    confirmed_at BIGINT,
    last_used_step BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE recovery_codes (
    id BIGINT GENERATED ALWAYS AS IDENTITY CONSTRAINT recovery_codes_pkey PRIMARY KEY,
    user_id BIGINT NOT NULL CONSTRAINT recovery_codes_user_id_fkey REFERENCES users (id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL CONSTRAINT recovery_codes_code_hash_key UNIQUE,
    used_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE INDEX recovery_codes_user_id_idx ON recovery_codes (user_id);

CREATE TABLE sign_in_challenges (
    id BIGINT GENERATED ALWAYS AS IDENTITY CONSTRAINT sign_in_challenges_pkey PRIMARY KEY,
    token_hash TEXT NOT NULL CONSTRAINT sign_in_challenges_token_hash_key UNIQUE,
    user_id BIGINT NOT NULL CONSTRAINT sign_in_challenges_user_id_fkey REFERENCES users (id) ON DELETE CASCADE,
    device_label TEXT NOT NULL,
    failures BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE INDEX sign_in_challenges_user_id_idx ON sign_in_challenges (user_id);
