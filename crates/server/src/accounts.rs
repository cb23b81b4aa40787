//! Accounts, sessions, sign-in steps and the outbox.
//!
//! An account is an email address and a password; the address is confirmed with a code sent to it
//! and can never be changed afterwards (R1). The rules:
//! - Signing in always needs the password. A code only confirms an address not yet confirmed,
//!   once, within [`CODE_LIFETIME`], and only for whoever gave the account's password: over the
//!   API with it, on the sign-in pages in the browser that gave it a moment before (a sign-in
//!   step, `steps.rs`). So a stranger can neither sign in with a code nor use one up.
//! - An address that was registered but never confirmed can be registered again (a new password
//!   and a new code): whoever squatted it cannot keep its owner out.
//! - An unknown address, a confirmed one and a wrong password get the same answer after the same
//!   work (a password hash is checked either way).
//! - Password hashes are slow on purpose, so they are computed on the blocking pool, a few at a
//!   time, never while holding the database ([`Passwords`]).
//!
//! A session is a random token in an HttpOnly cookie; the database keeps only a hash of it, so a
//! copy of the database signs nobody in. It ends after 30 minutes without activity (R10) and 12
//! hours after signing in, decided by `blankett_core::timing`. Outgoing mail is written to the
//! outbox table, delivered by SMTP when configured (`mail.rs`); in development it is read from
//! `/api/dev/outbox`.

use blankett_core::basics::text::Locale;
use crate::limits::{Client, Key};
use crate::store::{random_id, Store, StoreError};
use crate::AppState;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use argon2::Argon2;
use blake2::{Blake2s256, Digest};
use blankett_core::account::{Code, CodeRefusal, Identifier, Limit, ACCOUNTS_PER_CLIENT, CODES_PER_ADDRESS, FAILED_SIGN_INS_PER_CLIENT, SIGN_INS_PER_ADDRESS};
use blankett_core::basics::Millis;
use sqlx::Row;
use std::sync::OnceLock;

pub use blankett_core::account::MIN_PASSWORD_LENGTH;




#[derive(Debug, PartialEq, Eq)]
pub struct Mail {
    pub id: i64,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub created_at: Millis,
}

/// An account as stored.
struct Account {
    password_hash: String,
    verified: bool,
    code: Option<Code>,
    /// Where two-step verification's codes go, if it is on.
    phone: Option<String>,
}

pub fn normalise(email: &str) -> String {
    email.trim().to_ascii_lowercase()
}

pub(crate) fn token_hash(token: &str) -> String {
    Blake2s256::digest(token.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

pub(crate) fn new_code() -> String {
    let mut bytes = [0u8; 4];
    getrandom::fill(&mut bytes).expect("the operating system's random source");
    format!("{:06}", u32::from_le_bytes(bytes) % 1_000_000)
}

fn database(error: impl std::fmt::Display) -> StoreError {
    StoreError::Database(error.to_string())
}

/// Password hashing, off the async runtime and outside every lock, at most as many at once as
/// the machine has cores: a crowd signing in slows sign-ins, never anyone else's requests.
pub struct Passwords {
    permits: tokio::sync::Semaphore,
}

impl Default for Passwords {
    fn default() -> Self {
        let cores = std::thread::available_parallelism().map_or(1, usize::from);
        Passwords { permits: tokio::sync::Semaphore::new(cores) }
    }
}

/// A hash of a password nobody knows, with the same parameters as every account's: checked for
/// an unknown address so that it takes as long as a known one.
fn unknown_address_hash() -> &'static str {
    static HASH: OnceLock<String> = OnceLock::new();
    HASH.get_or_init(|| Argon2::default().hash_password(random_id().as_bytes()).expect("hashing a random password").to_string())
}

impl Passwords {
    async fn blocking<T: Send + 'static>(&self, work: impl FnOnce() -> T + Send + 'static) -> Result<T, StoreError> {
        let _permit = self.permits.acquire().await.map_err(database)?;
        tokio::task::spawn_blocking(work).await.map_err(database)
    }

    pub async fn hash(&self, password: String) -> Result<String, StoreError> {
        self.blocking(move || Argon2::default().hash_password(password.as_bytes()).map(|hash| hash.to_string())).await?.map_err(database)
    }

    /// Whether `password` matches `hash`; for no hash (an unknown address) the same work is done
    /// and the answer is no.
    pub async fn matches(&self, hash: Option<String>, password: String) -> Result<bool, StoreError> {
        self.blocking(move || {
            let known = hash.is_some();
            let hash = hash.unwrap_or_else(|| unknown_address_hash().to_string());
            let matches = PasswordHash::new(&hash).is_ok_and(|parsed| Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok());
            known && matches
        })
        .await
    }
}

pub(crate) fn key(what: &str, value: &str, limit: Limit) -> Key {
    (format!("{what} {value}"), limit)
}

/// Creates an unconfirmed account and mails its code; an address registered but never confirmed
/// is registered again (a new password, a new code, earlier sign-in steps end).
/// The code is mailed in `locale`'s language and in Swedish.
pub async fn create_account(state: &AppState, client: &Client, email: &str, password: &str, locale: &Locale) -> Result<(), StoreError> {
    let email = normalise(email);
    if !blankett_core::run::validate::is_email(&email) {
        return Err(StoreError::InvalidEmail);
    }
    if password.chars().count() < MIN_PASSWORD_LENGTH {
        return Err(StoreError::WeakPassword);
    }
    let now = state.clock.now();
    state.limits.allow(&[key("accounts from", &client.0, ACCOUNTS_PER_CLIENT)], now).await?;
    // Refused before the slow hash: asking costs nothing for an address that exists.
    if state.store.account(&email).await?.is_some_and(|account| account.verified) {
        return Err(StoreError::Exists);
    }
    state.limits.allow(&[key("codes to", &email, CODES_PER_ADDRESS)], now).await?;
    let hash = state.passwords.hash(password.to_string()).await?;
    let code = new_code();
    state.store.register(&email, &hash, &code, &verification_mail(&code, locale, false), state.clock.now()).await
}

/// Checks who is signing in (`who`: an email address, or the six-character username of an
/// account from before 4 December 2018) and the password, within the sign-in limits; returns the
/// account's address and whether it is confirmed. A wrong password counts against the client.
async fn check_password(state: &AppState, client: &Client, who: &str, password: &str) -> Result<(String, bool), StoreError> {
    let now = state.clock.now();
    let typed = normalise(who);
    let per_client = [key("failed sign-ins from", &client.0, FAILED_SIGN_INS_PER_CLIENT)];
    state.limits.check(&per_client, now).await?;
    state.limits.allow(&[key("sign-ins to", &typed, SIGN_INS_PER_ADDRESS)], now).await?;
    let email = match Identifier::read(&typed) {
        Some(Identifier::Email(email)) => Some(email),
        Some(Identifier::Username(username)) => state.store.email_of_username(&username).await?,
        None => None,
    };
    let account = match &email {
        Some(email) => state.store.account(email).await?,
        None => None,
    };
    let verified = account.as_ref().is_some_and(|account| account.verified);
    let matches = state.passwords.matches(account.map(|account| account.password_hash), password.to_string()).await?;
    match email {
        Some(email) if matches => Ok((email, verified)),
        _ => {
            state.limits.record(&per_client, now).await?;
            Err(StoreError::WrongCredentials)
        }
    }
}

/// What the right password leads to.
#[derive(Debug, PartialEq, Eq)]
pub enum PasswordGiven {
    /// Signed in: the session token for the cookie, and the account's address.
    SignedIn { token: String, email: String },
    /// The address is not confirmed yet (said only after the right password, so that it tells a
    /// stranger nothing). Accounts with a username are imported confirmed, so this is an address.
    NotConfirmed(String),
    /// Two-step verification: a code goes to this phone before the session begins.
    SecondStep { email: String, phone: String },
}

/// Signs in with the password.
pub async fn sign_in(state: &AppState, client: &Client, who: &str, password: &str) -> Result<PasswordGiven, StoreError> {
    let (email, verified) = check_password(state, client, who, password).await?;
    if !verified {
        return Ok(PasswordGiven::NotConfirmed(email));
    }
    if let Some(phone) = state.store.account(&email).await?.and_then(|account| account.phone) {
        return Ok(PasswordGiven::SecondStep { email, phone });
    }
    let token = state.store.open_session(&email, state.clock.now()).await?;
    Ok(PasswordGiven::SignedIn { token, email })
}

/// Checks the password of a signed-in applicant again, before a change to the account.
pub async fn password_again(state: &AppState, client: &Client, email: &str, password: &str) -> Result<(), StoreError> {
    check_password(state, client, email, password).await.map(|_| ())
}

/// The password proves who is asking, for the code screen: an unconfirmed address only.
async fn owner_of_unconfirmed(state: &AppState, client: &Client, email: &str, password: &str) -> Result<String, StoreError> {
    match check_password(state, client, email, password).await? {
        // A confirmed address answers as an unknown one: a code does nothing more for it.
        (_, true) => Err(StoreError::WrongCredentials),
        (email, false) => Ok(email),
    }
}

/// Confirms the address with the mailed code, for whoever gives the account's password.
pub async fn verify(state: &AppState, client: &Client, email: &str, password: &str, code: &str) -> Result<(), StoreError> {
    let email = owner_of_unconfirmed(state, client, email, password).await?;
    confirm_with_code(state, &email, code).await
}

/// Mails a new code (the old one stops working), for whoever gives the account's password.
pub async fn send_new_code(state: &AppState, client: &Client, email: &str, password: &str, locale: &Locale) -> Result<(), StoreError> {
    let email = owner_of_unconfirmed(state, client, email, password).await?;
    mail_new_code(state, &email, locale).await
}

/// Confirms `email` (whose owner has already given the password) with `typed`, once.
pub async fn confirm_with_code(state: &AppState, email: &str, typed: &str) -> Result<(), StoreError> {
    let now = state.clock.now();
    let account = state.store.account(email).await?.filter(|account| !account.verified).ok_or(StoreError::WrongCredentials)?;
    let code = account.code.ok_or(StoreError::CodeUsedUp)?;
    match code.check(typed, now) {
        Ok(()) => state.store.mark_verified(email).await,
        Err(CodeRefusal::Expired) => Err(StoreError::CodeExpired),
        Err(refusal) => {
            state.store.code_failed(email).await?;
            Err(if refusal == CodeRefusal::UsedUp { StoreError::CodeUsedUp } else { StoreError::WrongCode })
        }
    }
}

/// Mails a new code to `email` (whose owner has already given the password), within the limit.
pub async fn mail_new_code(state: &AppState, email: &str, locale: &Locale) -> Result<(), StoreError> {
    let now = state.clock.now();
    state.limits.allow(&[key("codes to", email, CODES_PER_ADDRESS)], now).await?;
    let code = new_code();
    state.store.replace_code(email, &code, &verification_mail(&code, locale, true), now).await
}


impl Store {
    /// The address of the account with this username (from before 4 December 2018), if any.
    async fn email_of_username(&self, username: &str) -> Result<Option<String>, StoreError> {
        let row = sqlx::query("SELECT email FROM accounts WHERE username = $1").bind(username).fetch_optional(&mut *self.reading().await?).await?;
        Ok(row.map(|row| row.try_get(0)).transpose()?)
    }

    /// The phone two-step verification's codes go to, if it is on.
    pub async fn phone_of(&self, email: &str) -> Result<Option<String>, StoreError> {
        Ok(self.account(email).await?.and_then(|account| account.phone))
    }

    /// Turns two-step verification on with `phone`, or off.
    pub async fn set_phone(&self, email: &str, phone: Option<&str>) -> Result<(), StoreError> {
        sqlx::query("UPDATE accounts SET phone = $1 WHERE email = $2").bind(phone).bind(email).execute(self.writer()).await?;
        Ok(())
    }

    /// Whether an account has this address (confirmed or not).
    pub(crate) async fn has_account(&self, email: &str) -> Result<bool, StoreError> {
        Ok(self.account(email).await?.is_some())
    }

    async fn account(&self, email: &str) -> Result<Option<Account>, StoreError> {
        let row = sqlx::query("SELECT password_hash, verified, code, COALESCE(code_sent_at, created_at), failed_codes, phone FROM accounts WHERE email = $1")
            .bind(email)
            .fetch_optional(&mut *self.reading().await?)
            .await?;
        let Some(r) = row else { return Ok(None) };
        let (sent_at, failed) = (r.try_get(3)?, r.try_get::<i64, _>(4)? as u32);
        let code = r.try_get::<Option<String>, _>(2)?.map(|value| Code { value, sent_at, failed });
        Ok(Some(Account { password_hash: r.try_get(0)?, verified: r.try_get::<i64, _>(1)? != 0, code, phone: r.try_get(5)? }))
    }

    /// Registers `email` with a password hash and a code (and mails the code), or registers an
    /// address that was never confirmed again; `Exists` for a confirmed one.
    async fn register(&self, email: &str, hash: &str, code: &str, (subject, body): &(String, String), now: Millis) -> Result<(), StoreError> {
        let mut transaction = self.begin().await?;
        let changed = sqlx::query(
            "INSERT INTO accounts (email, password_hash, code, code_sent_at, created_at) VALUES ($1, $2, $3, $4, $4)
             ON CONFLICT (email) DO UPDATE SET password_hash = $2, code = $3, code_sent_at = $4, failed_codes = 0 WHERE accounts.verified = 0",
        )
        .bind(email)
        .bind(hash)
        .bind(code)
        .bind(now)
        .execute(&mut *transaction)
        .await?
        .rows_affected();
        if changed == 0 {
            return Err(StoreError::Exists);
        }
        // A step begun with the earlier password is not this one's.
        sqlx::query("DELETE FROM sign_in_steps WHERE email = $1").bind(email).execute(&mut *transaction).await?;
        queue(&mut transaction, email, subject, body, now).await?;
        transaction.commit().await?;
        Ok(())
    }

    async fn code_failed(&self, email: &str) -> Result<(), StoreError> {
        sqlx::query("UPDATE accounts SET failed_codes = failed_codes + 1 WHERE email = $1 AND verified = 0").bind(email).execute(self.writer()).await?;
        Ok(())
    }

    async fn mark_verified(&self, email: &str) -> Result<(), StoreError> {
        let changed = sqlx::query("UPDATE accounts SET verified = 1, code = NULL WHERE email = $1 AND verified = 0").bind(email).execute(self.writer()).await?.rows_affected();
        if changed == 0 {
            return Err(StoreError::WrongCredentials);
        }
        Ok(())
    }

    async fn replace_code(&self, email: &str, code: &str, (subject, body): &(String, String), now: Millis) -> Result<(), StoreError> {
        let mut transaction = self.begin().await?;
        let changed = sqlx::query("UPDATE accounts SET code = $1, code_sent_at = $2, failed_codes = 0 WHERE email = $3 AND verified = 0")
            .bind(code)
            .bind(now)
            .bind(email)
            .execute(&mut *transaction)
            .await?
            .rows_affected();
        if changed == 0 {
            return Err(StoreError::WrongCredentials);
        }
        queue(&mut transaction, email, subject, body, now).await?;
        transaction.commit().await?;
        Ok(())
    }

    /// Starts a session for a verified account; returns the token for the cookie. The time on the
    /// current page of each of the account's drafts starts again, with all its extensions: an
    /// applicant signed out when a page's time ran out continues on that page with its full time.
    pub async fn open_session(&self, email: &str, now: Millis) -> Result<String, StoreError> {
        let token = random_id() + &random_id();
        let email = normalise(email);
        let mut transaction = self.begin().await?;
        sqlx::query("INSERT INTO sessions (token_hash, email, last_activity, signed_in_at) VALUES ($1, $2, $3, $3)")
            .bind(token_hash(&token))
            .bind(&email)
            .bind(now)
            .execute(&mut *transaction)
            .await?;
        self.restart_page_times(&mut transaction, &email, now).await?;
        transaction.commit().await?;
        Ok(token)
    }

    /// The signed-in account's email, counting this request as activity. A session that has
    /// ended is deleted and refused.
    pub async fn session(&self, token: &str, now: Millis) -> Result<String, StoreError> {
        let hash = token_hash(token);
        let row = sqlx::query("SELECT email, COALESCE(signed_in_at, last_activity), last_activity FROM sessions WHERE token_hash = $1")
            .bind(&hash)
            .fetch_optional(&mut *self.reading().await?)
            .await?;
        let Some(row) = row else { return Err(StoreError::SignedOut) };
        let (email, signed_in_at, last_activity): (String, Millis, Millis) = (row.try_get(0)?, row.try_get(1)?, row.try_get(2)?);
        if blankett_core::timing::has_ended(signed_in_at, last_activity, now) {
            sqlx::query("DELETE FROM sessions WHERE token_hash = $1").bind(&hash).execute(self.writer()).await?;
            return Err(StoreError::SignedOut);
        }
        self.note_activity(&hash, now).await?;
        Ok(email)
    }

    /// Counts this request as the session's activity. Only forward: a request that an instance
    /// with a clock a moment behind answers does not move the activity back. On PostgreSQL the
    /// commit does not wait for the disk (`synchronous_commit = off` for this transaction only):
    /// every request writes this, and a crash of the database could only take back the last
    /// fraction of a second of activity, which ends no session early by more than that. What
    /// the applicant wrote is always committed in full.
    async fn note_activity(&self, hash: &str, now: Millis) -> Result<(), StoreError> {
        let update = sqlx::query("UPDATE sessions SET last_activity = $1 WHERE token_hash = $2 AND last_activity < $1").bind(now).bind(hash);
        match self.dialect {
            crate::database::Dialect::Sqlite => {
                update.execute(self.writer()).await?;
            }
            crate::database::Dialect::Postgres => {
                let mut transaction = self.begin().await?;
                sqlx::query("SET LOCAL synchronous_commit = off").execute(&mut *transaction).await?;
                update.execute(&mut *transaction).await?;
                transaction.commit().await?;
            }
        }
        Ok(())
    }

    pub async fn sign_out(&self, token: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1").bind(token_hash(token)).execute(self.writer()).await?;
        Ok(())
    }

    /// Forgets ended sessions and sign-in steps (their tokens are refused anyway).
    pub async fn forget_ended(&self, now: Millis) -> Result<(), StoreError> {
        use blankett_core::timing::{INACTIVITY_LIMIT, MAX_SESSION};
        sqlx::query("DELETE FROM sessions WHERE last_activity + $1 <= $3 OR COALESCE(signed_in_at, last_activity) + $2 <= $3")
            .bind(INACTIVITY_LIMIT)
            .bind(MAX_SESSION)
            .bind(now)
            .execute(self.writer())
            .await?;
        sqlx::query("DELETE FROM sign_in_steps WHERE created_at + $1 <= $2").bind(crate::steps::STEP_LIFETIME).bind(now).execute(self.writer()).await?;
        Ok(())
    }

    pub async fn queue_mail(&self, recipient: &str, subject: &str, body: &str, now: Millis) -> Result<(), StoreError> {
        queue(&mut *self.writer().acquire().await?, recipient, subject, body, now).await.map_err(StoreError::from)
    }

    /// Claims the oldest message of the outbox for `channel` (`mail`, or `text` for text
    /// messages) that is not delivered, is due, and that no instance is sending: it is this
    /// caller's to send until `claim_until`, after which another may try (an instance that died
    /// while sending). With several instances each message is claimed by one (see `mail.rs`).
    pub async fn claim_due(&self, now: Millis, claim_until: Millis, max_attempts: u32, channel: &str) -> Result<Option<Mail>, StoreError> {
        let skip_locked = match self.dialect {
            crate::database::Dialect::Postgres => " FOR UPDATE SKIP LOCKED",
            crate::database::Dialect::Sqlite => "",
        };
        // The claim is checked again on the row being claimed: on PostgreSQL another instance may
        // have claimed it between the inner SELECT and this UPDATE.
        let query = format!(
            "UPDATE outbox SET claimed_until = $1
             WHERE id = (SELECT id FROM outbox
                         WHERE sent_at IS NULL AND attempts < $2 AND next_attempt_at <= $3 AND channel = $4 AND (claimed_until IS NULL OR claimed_until <= $3)
                         ORDER BY id LIMIT 1{skip_locked})
               AND sent_at IS NULL AND (claimed_until IS NULL OR claimed_until <= $3)
             RETURNING id, recipient, subject, body, created_at"
        );
        let row = sqlx::query(&query).bind(claim_until).bind(max_attempts as i64).bind(now).bind(channel).fetch_optional(self.writer()).await?;
        Ok(row.map(|r| mail(&r)).transpose()?)
    }

    pub async fn mail_sent(&self, id: i64, now: Millis) -> Result<(), StoreError> {
        sqlx::query("UPDATE outbox SET sent_at = $1, last_error = NULL, claimed_until = NULL WHERE id = $2").bind(now).bind(id).execute(self.writer()).await?;
        Ok(())
    }

    /// Records a failed attempt; the next waits longer (`mail::retry_after`).
    pub async fn mail_failed(&self, id: i64, error: &str, now: Millis) -> Result<(), StoreError> {
        let mut transaction = self.begin().await?;
        let query = format!("SELECT attempts + 1 FROM outbox WHERE id = $1{}", self.lock());
        let attempts: i64 = sqlx::query(&query).bind(id).fetch_one(&mut *transaction).await?.try_get(0)?;
        sqlx::query("UPDATE outbox SET attempts = $1, next_attempt_at = $2, last_error = $3, claimed_until = NULL WHERE id = $4")
            .bind(attempts)
            .bind(now + crate::mail::retry_after(attempts as u32))
            .bind(error)
            .bind(id)
            .execute(&mut *transaction)
            .await?;
        transaction.commit().await?;
        Ok(())
    }

    /// Every mail written, newest first (development and tests only).
    pub async fn outbox(&self) -> Result<Vec<Mail>, StoreError> {
        let rows = sqlx::query("SELECT id, recipient, subject, body, created_at FROM outbox ORDER BY id DESC").fetch_all(&mut *self.reading().await?).await?;
        Ok(rows.iter().map(mail).collect::<Result<_, _>>()?)
    }
}

fn mail(r: &sqlx::any::AnyRow) -> Result<Mail, sqlx::Error> {
    Ok(Mail { id: r.try_get(0)?, recipient: r.try_get(1)?, subject: r.try_get(2)?, body: r.try_get(3)?, created_at: r.try_get(4)? })
}

/// Writes a mail to the outbox, in the caller's transaction.
pub(crate) async fn queue(connection: &mut sqlx::AnyConnection, recipient: &str, subject: &str, body: &str, now: Millis) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO outbox (recipient, subject, body, created_at) VALUES ($1, $2, $3, $4)").bind(recipient).bind(subject).bind(body).bind(now).execute(connection).await?;
    Ok(())
}

/// The mail with the code that confirms an address (`again`: a new code for it).
pub(crate) fn verification_mail(code: &str, locale: &Locale, again: bool) -> (String, String) {
    use blankett_core::messages::catalog::page_words::key;
    let subject = if again { key::CODE_MAIL_NEW_SUBJECT } else { key::CODE_MAIL_VERIFY_SUBJECT };
    crate::mail::in_language_and_swedish(locale, subject, key::CODE_MAIL_VERIFY_BODY, &[code.into()])
}
