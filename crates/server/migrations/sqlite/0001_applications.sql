CREATE TABLE applications (
    id TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    form_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    answers TEXT NOT NULL DEFAULT '{}',
    page INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL,
    saved_at INTEGER NOT NULL,
    reference TEXT,
    confirmed_at INTEGER,
    confirmation_key TEXT
);
CREATE INDEX applications_by_owner ON applications(owner);
CREATE TABLE reference_numbers (year INTEGER PRIMARY KEY, last INTEGER NOT NULL);
