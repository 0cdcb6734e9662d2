-- A new page goes after its last sibling (issue 29): finding that one read every page of the
-- section, 1.7 ms a save at 20,000 pages. With this index it is one step down the index.
CREATE INDEX pages_siblings_position_idx ON pages (section_id, parent_id, position);
