CREATE TABLE feedback (
    id TEXT PRIMARY KEY,
    day TEXT NOT NULL,
    page TEXT NOT NULL,
    part TEXT,
    language TEXT NOT NULL,
    helpful INTEGER NOT NULL,
    comment TEXT,
    commented INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX feedback_by_day ON feedback (day);
