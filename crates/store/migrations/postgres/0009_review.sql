-- Review of edits by members not yet trusted: readers see a page's approved revision; later
-- revisions wait for an editor. Pages written before this migration count as approved.

ALTER TABLE pages ADD COLUMN approved_revision BIGINT NOT NULL DEFAULT 0;
UPDATE pages SET approved_revision = current_revision;
ALTER TABLE users ADD COLUMN wiki_trusted_at BIGINT;
