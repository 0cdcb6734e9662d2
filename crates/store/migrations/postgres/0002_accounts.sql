-- Accounts: members, their roles, sessions, invitations (each a vouch) and security events.
-- The same tables as migrations/sqlite/0002_accounts.sql.

CREATE TABLE users (
    id BIGINT GENERATED ALWAYS AS IDENTITY CONSTRAINT users_pkey PRIMARY KEY,
    public_id TEXT NOT NULL CONSTRAINT users_public_id_key UNIQUE,
    handle TEXT NOT NULL,
    handle_key TEXT NOT NULL CONSTRAINT users_handle_key_key UNIQUE,
    display_name TEXT NOT NULL,
    pronouns TEXT NOT NULL,
    languages TEXT NOT NULL,
    region TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    status TEXT NOT NULL
        CONSTRAINT users_status_check CHECK (status IN ('active', 'pending', 'suspended')),
    suspended_reason TEXT,
    guidelines_accepted_at BIGINT,
    failed_sign_ins BIGINT NOT NULL,
    sign_in_blocked_until BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE user_roles (
    user_id BIGINT NOT NULL CONSTRAINT user_roles_user_id_fkey REFERENCES users (id) ON DELETE CASCADE,
    role TEXT NOT NULL
        CONSTRAINT user_roles_role_check CHECK (role IN ('editor', 'facilitator', 'response_team', 'admin')),
    until BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CONSTRAINT user_roles_pkey PRIMARY KEY (user_id, role)
);

CREATE TABLE sessions (
    id BIGINT GENERATED ALWAYS AS IDENTITY CONSTRAINT sessions_pkey PRIMARY KEY,
    token_hash TEXT NOT NULL CONSTRAINT sessions_token_hash_key UNIQUE,
    user_id BIGINT NOT NULL CONSTRAINT sessions_user_id_fkey REFERENCES users (id) ON DELETE CASCADE,
    device_label TEXT NOT NULL,
    last_seen_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    revoked_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE INDEX sessions_user_id_idx ON sessions (user_id);

CREATE TABLE invitations (
    id BIGINT GENERATED ALWAYS AS IDENTITY CONSTRAINT invitations_pkey PRIMARY KEY,
    token_hash TEXT NOT NULL CONSTRAINT invitations_token_hash_key UNIQUE,
    invited_by BIGINT CONSTRAINT invitations_invited_by_fkey REFERENCES users (id) ON DELETE SET NULL,
    note TEXT NOT NULL,
    role TEXT NOT NULL
        CONSTRAINT invitations_role_check CHECK (role IN ('member', 'editor', 'facilitator', 'response_team', 'admin')),
    expires_at BIGINT NOT NULL,
    used_at BIGINT,
    used_by BIGINT CONSTRAINT invitations_used_by_fkey REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE INDEX invitations_invited_by_idx ON invitations (invited_by);

CREATE TABLE audit_events (
    id BIGINT GENERATED ALWAYS AS IDENTITY CONSTRAINT audit_events_pkey PRIMARY KEY,
    user_id BIGINT CONSTRAINT audit_events_user_id_fkey REFERENCES users (id) ON DELETE SET NULL,
    actor_id BIGINT CONSTRAINT audit_events_actor_id_fkey REFERENCES users (id) ON DELETE SET NULL,
    kind TEXT NOT NULL,
    detail TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE INDEX audit_events_user_id_idx ON audit_events (user_id, id);
