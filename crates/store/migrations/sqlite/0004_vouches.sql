-- Vouches: who vouched for whom. The invitation is the first vouch; a hub can require a second
-- one before a newcomer becomes a full member. The voucher is NULL for the operator's CLI.

CREATE TABLE vouches (
    id INTEGER NOT NULL CONSTRAINT vouches_pkey PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NOT NULL CONSTRAINT vouches_user_id_fkey REFERENCES users (id) ON DELETE CASCADE,
    voucher_id INTEGER CONSTRAINT vouches_voucher_id_fkey REFERENCES users (id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    CONSTRAINT vouches_user_id_voucher_id_key UNIQUE (user_id, voucher_id)
);

CREATE INDEX vouches_voucher_id_idx ON vouches (voucher_id);
