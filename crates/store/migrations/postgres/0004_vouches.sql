-- Vouches: who vouched for whom. The invitation is the first vouch; a hub can require a second
-- one before a newcomer becomes a full member. The voucher is NULL for the operator's CLI.

CREATE TABLE vouches (
    id BIGINT GENERATED ALWAYS AS IDENTITY CONSTRAINT vouches_pkey PRIMARY KEY,
    user_id BIGINT NOT NULL CONSTRAINT vouches_user_id_fkey REFERENCES users (id) ON DELETE CASCADE,
    voucher_id BIGINT CONSTRAINT vouches_voucher_id_fkey REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CONSTRAINT vouches_user_id_voucher_id_key UNIQUE (user_id, voucher_id)
);

CREATE INDEX vouches_voucher_id_idx ON vouches (voucher_id);
