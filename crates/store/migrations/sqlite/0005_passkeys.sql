-- Passkeys (WebAuthn): credentials a member registered, and the short-lived state of a
-- ceremony between the challenge the server sent and the browser's answer. Each member has
-- one random WebAuthn user handle, so an authenticator never learns the account id.

ALTER TABLE users ADD COLUMN webauthn_handle TEXT;
CREATE UNIQUE INDEX users_webauthn_handle_key ON users (webauthn_handle);

CREATE TABLE passkeys (
    id INTEGER NOT NULL CONSTRAINT passkeys_pkey PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NOT NULL CONSTRAINT passkeys_user_id_fkey REFERENCES users (id) ON DELETE CASCADE,
    credential_id TEXT NOT NULL CONSTRAINT passkeys_credential_id_key UNIQUE,
    name TEXT NOT NULL,
    credential TEXT NOT NULL,
    last_used_at INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE INDEX passkeys_user_id_idx ON passkeys (user_id);

CREATE TABLE passkey_ceremonies (
    id INTEGER NOT NULL CONSTRAINT passkey_ceremonies_pkey PRIMARY KEY AUTOINCREMENT,
    token_hash TEXT NOT NULL CONSTRAINT passkey_ceremonies_token_hash_key UNIQUE,
    purpose TEXT NOT NULL,
    user_id INTEGER CONSTRAINT passkey_ceremonies_user_id_fkey REFERENCES users (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    state TEXT NOT NULL,
    expires_at INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE INDEX passkey_ceremonies_user_id_idx ON passkey_ceremonies (user_id);
CREATE INDEX passkey_ceremonies_expires_at_idx ON passkey_ceremonies (expires_at);

-- The passkey half of a sign-in's second step, when the member has passkeys.
ALTER TABLE sign_in_challenges ADD COLUMN passkey_state TEXT;
