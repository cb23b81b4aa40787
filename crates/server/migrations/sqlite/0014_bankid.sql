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
