-- The licence a section's pages are shared under (CC BY-SA 4.0 unless editors choose another).

ALTER TABLE sections ADD COLUMN licence TEXT NOT NULL DEFAULT 'CC-BY-SA-4.0';
