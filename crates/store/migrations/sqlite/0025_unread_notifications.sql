-- Every signed-in request counts the member's unread notifications, in the session's lookup
-- (issue 29). Through the index of their unread ones alone, the count does not grow with the
-- notifications they have already read.
CREATE INDEX notifications_unread_idx ON notifications (user_id) WHERE read_at IS NULL;
