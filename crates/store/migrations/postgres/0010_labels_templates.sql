-- Labels on pages ("needs review", "exercise", "tool guide"), and the templates editors keep
-- for new pages.

CREATE TABLE page_labels (
    id BIGINT GENERATED ALWAYS AS IDENTITY CONSTRAINT page_labels_pkey PRIMARY KEY,
    page_id BIGINT NOT NULL CONSTRAINT page_labels_page_id_fkey REFERENCES pages (id) ON DELETE CASCADE,
    label TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CONSTRAINT page_labels_page_id_label_key UNIQUE (page_id, label)
);

CREATE INDEX page_labels_label_idx ON page_labels (label);

CREATE TABLE page_templates (
    id BIGINT GENERATED ALWAYS AS IDENTITY CONSTRAINT page_templates_pkey PRIMARY KEY,
    name TEXT NOT NULL CONSTRAINT page_templates_name_key UNIQUE,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
