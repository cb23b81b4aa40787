//! Accounts, sessions and the outbox.
//!
//! An account is an email address and a password; the address is confirmed with a code sent to it
//! and can never be changed afterwards (R1). A session is a random token in an HttpOnly cookie;
//! the database keeps only a hash of it, so a copy of the database signs nobody in. A session
//! ends after 30 minutes without activity (R10), decided by `blankett_core::session`. Outgoing
//! mail is written to the outbox table, delivered by SMTP when configured (`mail.rs`); in
//! development it is read from `/api/dev/outbox`.

use crate::store::{random_id, Store, StoreError};
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use argon2::Argon2;
use blake2::{Blake2s256, Digest};
use blankett_core::lifecycle::Millis;
use rusqlite::{params, OptionalExtension};

// One rule for the app and the server: the app checks before sending, the server decides.
/// Wrong codes allowed before a code stops working.
const CODE_ATTEMPTS: i64 = blankett_core::account::CODE_ATTEMPTS as i64;
pub use blankett_core::account::MIN_PASSWORD_LENGTH;

#[derive(Debug, PartialEq, Eq)]
pub enum AccountError {
    InvalidEmail,
    WeakPassword,
    /// An account with this address exists (it cannot be created again or changed).
    Exists,
    /// Email and password do not match an account. Deliberately the same for an unknown address.
    WrongCredentials,
    NotVerified,
    WrongCode,
    /// Too many wrong codes: ask for a new one.
    CodeUsedUp,
    /// No session, or it ended after 30 minutes without activity.
    SignedOut,
    Store(StoreError),
}

impl From<rusqlite::Error> for AccountError {
    fn from(error: rusqlite::Error) -> Self {
        AccountError::Store(error.into())
    }
}

#[derive(Debug, PartialEq, Eq)]
pub struct Mail {
    pub id: i64,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub created_at: Millis,
}

fn normalise(email: &str) -> String {
    email.trim().to_ascii_lowercase()
}

fn token_hash(token: &str) -> String {
    Blake2s256::digest(token.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

fn new_code() -> String {
    let mut bytes = [0u8; 4];
    getrandom::fill(&mut bytes).expect("the operating system's random source");
    format!("{:06}", u32::from_le_bytes(bytes) % 1_000_000)
}

impl Store {
    /// Creates an unverified account and mails its verification code.
    pub fn create_account(&self, email: &str, password: &str, now: Millis) -> Result<(), AccountError> {
        let email = normalise(email);
        if !blankett_core::validate::is_email(&email) {
            return Err(AccountError::InvalidEmail);
        }
        if password.chars().count() < MIN_PASSWORD_LENGTH {
            return Err(AccountError::WeakPassword);
        }
        let hash = Argon2::default().hash_password(password.as_bytes()).map_err(|e| AccountError::Store(StoreError::Database(e.to_string())))?.to_string();
        let code = new_code();
        let connection = self.connection();
        let inserted = connection.execute(
            "INSERT INTO accounts (email, password_hash, code, created_at) VALUES (?1, ?2, ?3, ?4) ON CONFLICT(email) DO NOTHING",
            params![email, hash, code, now],
        )?;
        if inserted == 0 {
            return Err(AccountError::Exists);
        }
        queue(&connection, &email, "Your verification code / Din verifieringskod", &verification_mail(&code), now)?;
        Ok(())
    }

    pub fn verify_account(&self, email: &str, code: &str) -> Result<(), AccountError> {
        let email = normalise(email);
        let connection = self.connection();
        let row: Option<(Option<String>, i64, bool)> = connection
            .query_row("SELECT code, failed_codes, verified FROM accounts WHERE email = ?1", params![email], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .optional()?;
        let Some((expected, failed, verified)) = row else { return Err(AccountError::WrongCode) };
        if verified {
            return Ok(());
        }
        if failed >= CODE_ATTEMPTS {
            return Err(AccountError::CodeUsedUp);
        }
        if expected.as_deref() != Some(code.trim()) {
            connection.execute("UPDATE accounts SET failed_codes = failed_codes + 1 WHERE email = ?1", params![email])?;
            return Err(if failed + 1 >= CODE_ATTEMPTS { AccountError::CodeUsedUp } else { AccountError::WrongCode });
        }
        connection.execute("UPDATE accounts SET verified = 1, code = NULL WHERE email = ?1", params![email])?;
        Ok(())
    }

    /// Signs in; returns the session token for the cookie.
    pub fn sign_in(&self, email: &str, password: &str, now: Millis) -> Result<String, AccountError> {
        let email = normalise(email);
        let connection = self.connection();
        let row: Option<(String, bool)> = connection
            .query_row("SELECT password_hash, verified FROM accounts WHERE email = ?1", params![email], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        let Some((hash, verified)) = row else { return Err(AccountError::WrongCredentials) };
        let parsed = PasswordHash::new(&hash).map_err(|e| AccountError::Store(StoreError::Database(e.to_string())))?;
        if Argon2::default().verify_password(password.as_bytes(), &parsed).is_err() {
            return Err(AccountError::WrongCredentials);
        }
        if !verified {
            return Err(AccountError::NotVerified);
        }
        drop(connection);
        self.open_session(&email, now)
    }

    /// Starts a session for a verified account; returns the token for the cookie. The time on the
    /// current page of each of the account's drafts starts again, with all its extensions: an
    /// applicant signed out when a page's time ran out continues on that page with its full time.
    pub fn open_session(&self, email: &str, now: Millis) -> Result<String, AccountError> {
        let token = random_id() + &random_id();
        let email = normalise(email);
        let mut connection = self.connection();
        let transaction = connection.transaction()?;
        transaction.execute("INSERT INTO sessions (token_hash, email, last_activity) VALUES (?1, ?2, ?3)", params![token_hash(&token), email, now])?;
        Store::restart_page_times(&transaction, &email, now)?;
        transaction.commit()?;
        Ok(token)
    }

    /// The signed-in account's email, counting this request as activity. A session that has been
    /// inactive for 30 minutes is deleted and refused.
    pub fn session(&self, token: &str, now: Millis) -> Result<String, AccountError> {
        let hash = token_hash(token);
        let connection = self.connection();
        let row: Option<(String, Millis)> = connection
            .query_row("SELECT email, last_activity FROM sessions WHERE token_hash = ?1", params![hash], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        let Some((email, last_activity)) = row else { return Err(AccountError::SignedOut) };
        if blankett_core::session::has_ended(last_activity, now) {
            connection.execute("DELETE FROM sessions WHERE token_hash = ?1", params![hash])?;
            return Err(AccountError::SignedOut);
        }
        connection.execute("UPDATE sessions SET last_activity = ?1 WHERE token_hash = ?2", params![now, hash])?;
        Ok(email)
    }

    pub fn sign_out(&self, token: &str) -> Result<(), AccountError> {
        self.connection().execute("DELETE FROM sessions WHERE token_hash = ?1", params![token_hash(token)])?;
        Ok(())
    }

    pub fn queue_mail(&self, recipient: &str, subject: &str, body: &str, now: Millis) -> Result<(), StoreError> {
        queue(&self.connection(), recipient, subject, body, now).map_err(StoreError::from)
    }

    /// Mail not yet delivered whose next attempt is due, oldest first (see `mail.rs`).
    pub fn due_mail(&self, now: Millis, max_attempts: u32) -> Result<Vec<Mail>, StoreError> {
        let connection = self.connection();
        let mut statement = connection.prepare(
            "SELECT id, recipient, subject, body, created_at FROM outbox
             WHERE sent_at IS NULL AND attempts < ?1 AND next_attempt_at <= ?2 ORDER BY id",
        )?;
        let mails = statement
            .query_map(params![max_attempts, now], |r| Ok(Mail { id: r.get(0)?, recipient: r.get(1)?, subject: r.get(2)?, body: r.get(3)?, created_at: r.get(4)? }))?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(mails)
    }

    pub fn mail_sent(&self, id: i64, now: Millis) -> Result<(), StoreError> {
        self.connection().execute("UPDATE outbox SET sent_at = ?1, last_error = NULL WHERE id = ?2", params![now, id])?;
        Ok(())
    }

    /// Records a failed attempt; the next waits longer (`mail::retry_after`).
    pub fn mail_failed(&self, id: i64, error: &str, now: Millis) -> Result<(), StoreError> {
        let connection = self.connection();
        let attempts: u32 = connection.query_row("SELECT attempts + 1 FROM outbox WHERE id = ?1", params![id], |r| r.get(0))?;
        connection.execute(
            "UPDATE outbox SET attempts = ?1, next_attempt_at = ?2, last_error = ?3 WHERE id = ?4",
            params![attempts, now + crate::mail::retry_after(attempts), error, id],
        )?;
        Ok(())
    }

    /// Every mail written, newest first (development and tests only).
    pub fn outbox(&self) -> Result<Vec<Mail>, StoreError> {
        let connection = self.connection();
        let mut statement = connection.prepare("SELECT id, recipient, subject, body, created_at FROM outbox ORDER BY id DESC")?;
        let mails = statement
            .query_map([], |r| Ok(Mail { id: r.get(0)?, recipient: r.get(1)?, subject: r.get(2)?, body: r.get(3)?, created_at: r.get(4)? }))?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(mails)
    }
}

pub(crate) fn queue(connection: &rusqlite::Connection, recipient: &str, subject: &str, body: &str, now: Millis) -> Result<(), rusqlite::Error> {
    connection.execute("INSERT INTO outbox (recipient, subject, body, created_at) VALUES (?1, ?2, ?3, ?4)", params![recipient, subject, body, now])?;
    Ok(())
}

fn verification_mail(code: &str) -> String {
    format!(
        "Din verifieringskod är {code}. Skriv in den där du skapade ditt konto.\n\nYour verification code is {code}. Enter it where you created your account.\n"
    )
}
