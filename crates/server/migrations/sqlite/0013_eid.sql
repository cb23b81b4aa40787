CREATE TABLE eid_logins (
    state_hash TEXT PRIMARY KEY,
    method TEXT NOT NULL,
    nonce TEXT NOT NULL,
    verifier TEXT NOT NULL,
    next TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE TABLE identities (personal_number TEXT PRIMARY KEY, email TEXT NOT NULL, created_at INTEGER NOT NULL);
ALTER TABLE sign_in_steps ADD COLUMN personal_number TEXT;
