-- Recent changes read revisions newest first: an index in that order lets the database stop
-- after the first screenful instead of sorting every revision of the hub on each request.

CREATE INDEX page_revisions_created_at_idx ON page_revisions (created_at, id);
