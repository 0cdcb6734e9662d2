-- Foundation: instance settings, sections, the change log and durable jobs.
-- Ids are INTEGER PRIMARY KEY AUTOINCREMENT so an id is never reused: followers of the change
-- log and the job history rely on that. Times are unix milliseconds.

CREATE TABLE instance_settings (
    key TEXT NOT NULL CONSTRAINT instance_settings_pkey PRIMARY KEY,
    value TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE sections (
    id INTEGER NOT NULL CONSTRAINT sections_pkey PRIMARY KEY AUTOINCREMENT,
    slug TEXT NOT NULL CONSTRAINT sections_slug_key UNIQUE,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    group_name TEXT NOT NULL
        CONSTRAINT sections_group_name_check CHECK (group_name IN ('phase', 'practice', 'community')),
    position INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE change_log (
    id INTEGER NOT NULL CONSTRAINT change_log_pkey PRIMARY KEY AUTOINCREMENT,
    entity_kind TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    action TEXT NOT NULL
        CONSTRAINT change_log_action_check CHECK (action IN ('created', 'updated', 'deleted')),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE change_log_cursors (
    consumer TEXT NOT NULL CONSTRAINT change_log_cursors_pkey PRIMARY KEY,
    last_change_id INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE jobs (
    id INTEGER NOT NULL CONSTRAINT jobs_pkey PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    unique_key TEXT CONSTRAINT jobs_unique_key_key UNIQUE,
    state TEXT NOT NULL
        CONSTRAINT jobs_state_check CHECK (state IN ('queued', 'running', 'succeeded', 'failed')),
    run_at INTEGER NOT NULL,
    attempts INTEGER NOT NULL,
    max_attempts INTEGER NOT NULL,
    last_error TEXT,
    locked_by TEXT,
    locked_until INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE INDEX jobs_state_run_at_idx ON jobs (state, run_at);

CREATE TABLE job_attempts (
    id INTEGER NOT NULL CONSTRAINT job_attempts_pkey PRIMARY KEY AUTOINCREMENT,
    job_id INTEGER NOT NULL CONSTRAINT job_attempts_job_id_fkey REFERENCES jobs (id) ON DELETE CASCADE,
    attempt INTEGER NOT NULL,
    worker TEXT NOT NULL,
    outcome TEXT NOT NULL
        CONSTRAINT job_attempts_outcome_check CHECK (outcome IN ('succeeded', 'failed', 'panicked')),
    error TEXT,
    started_at INTEGER NOT NULL,
    finished_at INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE INDEX job_attempts_job_id_idx ON job_attempts (job_id);
