-- Wrong second-factor answers count per account, across password re-entries (SECURITY-PLAN
-- T11): a challenge's own three tries are not a limit when the right password opens a new one.
-- Only a completed sign-in resets the count.

ALTER TABLE users ADD COLUMN failed_second_factors BIGINT NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN second_factor_blocked_until BIGINT NOT NULL DEFAULT 0;
