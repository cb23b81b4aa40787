//! The database's schema, as the migrations that made it: each applied once, in order, when the
//! store is opened (`Store::open`). A new version of the schema is a new entry at the end; an entry
//! is never changed once released, since databases out there have applied it.

/// Schema versions, applied in order; `PRAGMA user_version` records how far a file has come.
pub const MIGRATIONS: &[&str] = &["
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
", "
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
", "
    CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        application_id TEXT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
        question TEXT NOT NULL,
        name TEXT NOT NULL,
        content_type TEXT NOT NULL,
        size INTEGER NOT NULL,
        content BLOB NOT NULL,
        uploaded_at INTEGER NOT NULL
    );
    CREATE INDEX documents_by_application ON documents(application_id);
", "
    ALTER TABLE applications ADD COLUMN birth_date TEXT;
    ALTER TABLE applications ADD COLUMN decided_at INTEGER;
    CREATE UNIQUE INDEX applications_by_reference ON applications(reference);
", "
    ALTER TABLE outbox ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE outbox ADD COLUMN next_attempt_at INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE outbox ADD COLUMN last_error TEXT;
", "
    ALTER TABLE applications ADD COLUMN page_started_at INTEGER;
", "
    ALTER TABLE applications ADD COLUMN page_extensions INTEGER NOT NULL DEFAULT 0;
", "
    CREATE TABLE expired_drafts (
        id TEXT PRIMARY KEY,
        owner TEXT NOT NULL,
        form_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        saved_at INTEGER NOT NULL,
        expired_at INTEGER NOT NULL
    );
    CREATE INDEX expired_drafts_by_owner ON expired_drafts(owner, form_id);
", "
    ALTER TABLE accounts ADD COLUMN code_sent_at INTEGER;
    ALTER TABLE sessions ADD COLUMN signed_in_at INTEGER;
    CREATE TABLE sign_in_steps (token_hash TEXT PRIMARY KEY, email TEXT NOT NULL, created_at INTEGER NOT NULL);
    ALTER TABLE applications ADD COLUMN creation_key TEXT;
    CREATE UNIQUE INDEX applications_by_creation_key ON applications(owner, creation_key);
", "
    CREATE TABLE password_resets (
        token_hash TEXT PRIMARY KEY,
        email TEXT NOT NULL,
        code TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        failed INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX password_resets_by_email ON password_resets(email);
", "
    ALTER TABLE accounts ADD COLUMN username TEXT;
    CREATE UNIQUE INDEX accounts_by_username ON accounts(username);
", "
    ALTER TABLE accounts ADD COLUMN phone TEXT;
    ALTER TABLE sign_in_steps ADD COLUMN kind TEXT NOT NULL DEFAULT 'confirm-email';
    ALTER TABLE sign_in_steps ADD COLUMN phone TEXT;
    ALTER TABLE sign_in_steps ADD COLUMN code TEXT;
    ALTER TABLE sign_in_steps ADD COLUMN code_sent_at INTEGER;
    ALTER TABLE sign_in_steps ADD COLUMN failed INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE outbox ADD COLUMN channel TEXT NOT NULL DEFAULT 'mail';
", "
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
", "
    CREATE TABLE bankid_orders (
        token_hash TEXT PRIMARY KEY,
        order_ref TEXT NOT NULL,
        device TEXT NOT NULL,
        auto_start_token TEXT NOT NULL,
        qr_start_token TEXT NOT NULL,
        qr_start_secret TEXT NOT NULL,
        started_at INTEGER NOT NULL,
        collected_at INTEGER,
        status TEXT NOT NULL DEFAULT 'pending',
        hint TEXT NOT NULL DEFAULT 'outstandingTransaction',
        personal_number TEXT,
        next TEXT NOT NULL
    );
", "
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
"];
