-- The language each page is written in (a BCP 47 code): search analyses it with that
-- language's stemmer, and the page's text carries it as `lang`.

ALTER TABLE pages ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
