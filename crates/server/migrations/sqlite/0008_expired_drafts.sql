CREATE TABLE expired_drafts (
    id TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    form_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    saved_at INTEGER NOT NULL,
    expired_at INTEGER NOT NULL
);
CREATE INDEX expired_drafts_by_owner ON expired_drafts(owner, form_id);
