-- A revision that exposed something (an address, a name) can be suppressed by an admin
-- (issue 27): from then on only admins see it, in history, diffs, recent changes, feeds,
-- contributors and exports. The reason is kept with it; the audit log says who and when.

ALTER TABLE page_revisions ADD COLUMN suppressed_at BIGINT;
ALTER TABLE page_revisions ADD COLUMN suppressed_reason TEXT;
