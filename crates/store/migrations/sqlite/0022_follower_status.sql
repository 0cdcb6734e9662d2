-- Followers of the change log (the search index, notification fan-out; next mail and
-- reminders) show their state to administrators (issue 28): the last failure since the
-- cursor last moved, and when. A successful apply clears it.

ALTER TABLE change_log_cursors ADD COLUMN last_error TEXT;
ALTER TABLE change_log_cursors ADD COLUMN last_error_at INTEGER;
