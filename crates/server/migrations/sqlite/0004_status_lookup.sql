ALTER TABLE applications ADD COLUMN birth_date TEXT;
ALTER TABLE applications ADD COLUMN decided_at INTEGER;
CREATE UNIQUE INDEX applications_by_reference ON applications(reference);
