-- The interface language a member chose (a shipped language's tag), so the hub speaks it on
-- every device they sign in from, and in mail written to them; empty until they choose
-- (issue 30). The browser's languages decide meanwhile.
ALTER TABLE users ADD COLUMN interface_language TEXT NOT NULL DEFAULT '';
