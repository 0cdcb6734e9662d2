-- Where each revision stands in review (issue 27, finding 3). Before, a revision above the
-- page's approved one was pending, and a sent-back edit, once the page moved past it, looked
-- published everywhere; and a trusted save on top of a pending edit approved it unseen.
-- Pending and sent-back revisions are seen only by their author and by editors.

ALTER TABLE page_revisions ADD COLUMN review_state TEXT NOT NULL DEFAULT 'published'
    CONSTRAINT page_revisions_review_state_check
    CHECK (review_state IN ('published', 'pending', 'sent_back'));

UPDATE page_revisions SET review_state = 'pending'
WHERE number > (SELECT approved_revision FROM pages WHERE pages.id = page_revisions.page_id);

-- A sent-back edit was followed by an editor's revision based on it that restored the text
-- readers saw, its summary starting "Sent back: ".
UPDATE page_revisions SET review_state = 'sent_back'
WHERE review_state = 'published' AND EXISTS (
    SELECT 1 FROM page_revisions restoring
    WHERE restoring.page_id = page_revisions.page_id
      AND restoring.number = page_revisions.number + 1
      AND restoring.base_number = page_revisions.number
      AND restoring.summary LIKE 'Sent back: %'
);

CREATE INDEX page_revisions_pending_idx ON page_revisions (page_id) WHERE review_state = 'pending';
