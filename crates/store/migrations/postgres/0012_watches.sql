-- Watching pages and sections, in-app notifications, and review-by dates ("security advice
-- goes stale") with the last reminder sent.

CREATE TABLE watches (
    id BIGINT GENERATED ALWAYS AS IDENTITY CONSTRAINT watches_pkey PRIMARY KEY,
    user_id BIGINT NOT NULL CONSTRAINT watches_user_id_fkey REFERENCES users (id) ON DELETE CASCADE,
    page_id BIGINT CONSTRAINT watches_page_id_fkey REFERENCES pages (id) ON DELETE CASCADE,
    section_id BIGINT CONSTRAINT watches_section_id_fkey REFERENCES sections (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CONSTRAINT watches_user_id_page_id_section_id_key UNIQUE (user_id, page_id, section_id)
);

CREATE INDEX watches_page_id_idx ON watches (page_id);
CREATE INDEX watches_section_id_idx ON watches (section_id);

CREATE TABLE notifications (
    id BIGINT GENERATED ALWAYS AS IDENTITY CONSTRAINT notifications_pkey PRIMARY KEY,
    user_id BIGINT NOT NULL CONSTRAINT notifications_user_id_fkey REFERENCES users (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    page_id BIGINT CONSTRAINT notifications_page_id_fkey REFERENCES pages (id) ON DELETE CASCADE,
    detail TEXT NOT NULL,
    read_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE INDEX notifications_user_id_idx ON notifications (user_id);
CREATE INDEX notifications_page_id_idx ON notifications (page_id);

ALTER TABLE pages ADD COLUMN review_by BIGINT;
ALTER TABLE pages ADD COLUMN review_reminded_at BIGINT;
