ALTER TABLE accounts ADD COLUMN phone TEXT;
ALTER TABLE sign_in_steps ADD COLUMN kind TEXT NOT NULL DEFAULT 'confirm-email';
ALTER TABLE sign_in_steps ADD COLUMN phone TEXT;
ALTER TABLE sign_in_steps ADD COLUMN code TEXT;
ALTER TABLE sign_in_steps ADD COLUMN code_sent_at INTEGER;
ALTER TABLE sign_in_steps ADD COLUMN failed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN channel TEXT NOT NULL DEFAULT 'mail';
