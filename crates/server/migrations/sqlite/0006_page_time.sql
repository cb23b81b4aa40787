ALTER TABLE applications ADD COLUMN page_started_at INTEGER;
