-- Who wrote a page's first revision (issue 28): a page still waiting for its first review is
-- readable by its author and by reviewers only, and the one access rule (domain::policy) needs
-- to know the author without reading revisions. When the account is deleted it becomes NULL,
-- as a revision's author does, and the page is then the reviewers' alone.

ALTER TABLE pages ADD COLUMN created_by INTEGER CONSTRAINT pages_created_by_fkey REFERENCES users (id) ON DELETE SET NULL;
UPDATE pages SET created_by = (SELECT r.author_id FROM page_revisions r WHERE r.page_id = pages.id AND r.number = 1);
