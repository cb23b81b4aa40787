CREATE TABLE accounts (
    email TEXT PRIMARY KEY,
    password_hash TEXT NOT NULL,
    verified INTEGER NOT NULL DEFAULT 0,
    code TEXT,
    failed_codes INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
);
CREATE TABLE sessions (token_hash TEXT PRIMARY KEY, email TEXT NOT NULL, last_activity INTEGER NOT NULL);
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    sent_at INTEGER
);
