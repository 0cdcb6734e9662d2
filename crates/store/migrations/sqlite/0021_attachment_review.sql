-- Files uploaded by members whose edits wait for review wait too (issue 27): until an editor
-- approves one, only its uploader and editors can list or fetch it. Earlier files stay live.

ALTER TABLE attachments ADD COLUMN approved_at INTEGER;
UPDATE attachments SET approved_at = created_at;
CREATE INDEX attachments_waiting_idx ON attachments (page_id) WHERE approved_at IS NULL;
