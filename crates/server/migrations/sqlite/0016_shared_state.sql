-- What several instances of the server share through the database (issue 23): the rate limits'
-- recent attempts, kept by a hash of their key (an address, a reference number), and a claim on
-- each message of the outbox, so that one instance sends it.
CREATE TABLE rate_limits (
    key_hash TEXT PRIMARY KEY,
    times TEXT NOT NULL,
    last_at INTEGER NOT NULL
);
ALTER TABLE outbox ADD COLUMN claimed_until INTEGER;
CREATE INDEX outbox_due ON outbox (channel, sent_at, next_attempt_at);
CREATE INDEX sessions_by_email ON sessions (email);
