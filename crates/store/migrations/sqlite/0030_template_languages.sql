-- A template is written in a language, so each language can have its own (issue 30): the
-- editor offers the templates of the new page's language first.
ALTER TABLE page_templates ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
