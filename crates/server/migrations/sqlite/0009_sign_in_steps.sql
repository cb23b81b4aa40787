ALTER TABLE accounts ADD COLUMN code_sent_at INTEGER;
ALTER TABLE sessions ADD COLUMN signed_in_at INTEGER;
CREATE TABLE sign_in_steps (token_hash TEXT PRIMARY KEY, email TEXT NOT NULL, created_at INTEGER NOT NULL);
ALTER TABLE applications ADD COLUMN creation_key TEXT;
CREATE UNIQUE INDEX applications_by_creation_key ON applications(owner, creation_key);
