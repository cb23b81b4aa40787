CREATE TABLE password_resets (
    token_hash TEXT PRIMARY KEY,
    email TEXT NOT NULL,
    code TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    failed INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX password_resets_by_email ON password_resets(email);
