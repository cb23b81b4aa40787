//! Where applications live: SQLite or PostgreSQL (`database.rs`), created and migrated on open.
//!
//! The rules (retention, versions, confirmation, the lock) are the engine's
//! (`blankett_core::lifecycle`); this module loads an application, lets the engine decide, and
//! writes the result back in one transaction, so that two requests can never both pass a check
//! that only one of them should. Each transaction that decides a write reads its rows locked
//! (`Store::lock`): on PostgreSQL two saves of one version at once, or two confirmations with one
//! Idempotency-Key, are one after the other, and the second is decided on what the first wrote.

use blankett_core::basics::Millis;
use blankett_core::lifecycle::{Application, Receipt, Refusal, State};
use blankett_core::schema::{Form, FormKind, TimeOutPolicy};
use blankett_core::timing::PageClock;
use crate::documents::DocumentInfo;
use crate::database::Dialect;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

/// Why a store operation did not happen: the one error type of the store, for applications,
/// accounts and sessions alike. `crate::error::ApiError` says each to a client.
#[derive(Debug, PartialEq, Eq)]
pub enum StoreError {
    /// No such application for this owner (or it was purged).
    NotFound,
    /// The engine refused the change.
    Refused(Refusal),
    /// The file is not accepted by the document question's limits.
    Document(blankett_core::schema::DocumentRefusal),
    /// The page has had all the extensions of its time the form allows (this many).
    NoMoreTime { allowed: u32 },
    /// The applicant already has this many drafts of the form, the most there may be.
    TooManyDrafts { max: u32 },
    /// The database failed; the message is for the log, never for the applicant.
    Database(String),
    // Accounts and sessions (see `crate::accounts`).
    InvalidEmail,
    WeakPassword,
    /// A confirmed account with this address exists (it cannot be created again or changed).
    Exists,
    /// Email and password do not match a confirmed account. Deliberately the same for an
    /// unknown address, a wrong password, and (when confirming) an address already confirmed.
    WrongCredentials,
    NotVerified,
    WrongCode,
    CodeExpired,
    /// Too many wrong codes: ask for a new one.
    CodeUsedUp,
    /// No session, or it ended (30 minutes without activity, or 12 hours after signing in).
    SignedOut,
    /// Two-step verification is on: signing in is on the sign-in page, which sends the code.
    TwoStepRequired,
    /// A limit was reached; try again after this many seconds.
    TooManyAttempts(u64),
    /// A step of the sign-in pages (the code screen, a new password) was asked for in a browser
    /// that did not begin it, or after it ended.
    NoStep,
}

/// What the status lookup tells (R12): when the application was registered (confirmed), and
/// when a decision was made on it, if one has been.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Status {
    pub registered_at: Millis,
    pub decided_at: Option<Millis>,
}

/// An application as stored.
#[derive(Clone, Debug, PartialEq)]
pub struct Stored {
    pub id: String,
    pub form_id: String,
    pub application: Application,
    /// The answers as the client sent them (JSON text).
    pub answers: String,
    /// The page the applicant was on (R5: continue where you left off).
    pub page: u32,
    /// When the applicant came to that page, or last got more time on it: its deadline counts
    /// from here (R2).
    pub page_started_at: Millis,
    /// How many times the current page got more time (WCAG 2.2.1); 0 again on another page.
    pub page_extensions: u32,
}

impl Stored {
    /// The time of the page the draft is on, for the engine to decide with.
    pub fn page_clock(&self) -> PageClock {
        PageClock { page: self.page as usize, started_at: self.page_started_at, extensions: self.page_extensions }
    }
}

/// A save as the client sends it: the answers and the page, over the version it read.
#[derive(Clone, Copy, Debug)]
pub struct Change<'a> {
    pub based_on: u64,
    pub answers: &'a str,
    pub page: u32,
}

/// What a save did.
#[derive(Clone, Debug, PartialEq)]
pub struct Saved {
    /// The application as saved, for the answer (no second read).
    pub stored: Stored,
    pub version: u64,
    /// The save came at or after the deadline of the page the draft was on: the answers are
    /// saved, and this policy of the form now applies (`SaveAndContinue` has already restarted
    /// the page's time; `SaveAndSignOut` is the caller's to carry out).
    pub timed_out: Option<TimeOutPolicy>,
}

/// What is left of a draft deleted when its retention time ran out (R4): enough for the app to
/// say which draft expired and when, and none of its answers or documents.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExpiredDraft {
    pub id: String,
    pub form_id: String,
    pub kind: FormKind,
    /// Its last save, from which its retention time counted.
    pub saved_at: Millis,
    /// When it expired: `saved_at` plus the kind's retention (`Application::expires_at`).
    pub expired_at: Millis,
}

/// The store: cheap to clone (its pools are shared).
#[derive(Clone)]
pub struct Store {
    pub(crate) writer: sqlx::AnyPool,
    pub(crate) reader: sqlx::AnyPool,
    pub(crate) dialect: Dialect,
}


/// The most drafts of one form an applicant may have at a time. The app continues the newest;
/// more than a few are only a way to fill the database.
pub const MAX_DRAFTS_PER_FORM: u32 = 5;

/// How long the record of an expired draft is kept after it expired: long enough for an applicant
/// who comes back late to a work-permit draft to be told what happened to it, and no longer,
/// since even the record says that someone once started this form.
pub const EXPIRED_RECORD_KEPT: Millis = 30 * 24 * 60 * 60 * 1000;

fn kind_name(kind: FormKind) -> &'static str {
    FormKind::ALL.iter().find(|(_, k)| *k == kind).map(|(name, _)| *name).unwrap_or("other")
}

fn kind_of(name: &str) -> FormKind {
    FormKind::ALL.iter().find(|(n, _)| *n == name).map(|(_, kind)| *kind).unwrap_or(FormKind::Other)
}

/// Whether two dates of birth are the same day: as the form's date question keeps it
/// (`1990-03-27`) and as the lookup was typed.
fn same_date(stored: &str, typed: &str) -> bool {
    use blankett_core::support::status::parse_birth_date;
    match (parse_birth_date(stored), parse_birth_date(typed)) {
        (Some(stored), Some(typed)) => stored == typed,
        _ => false,
    }
}

/// An unguessable id: 128 random bits as hex.
pub fn random_id() -> String {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).expect("the operating system's random source");
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}


/// The columns `stored` reads, in its order.
const STORED_COLUMNS: &str = "id, form_id, kind, answers, page, version, saved_at, reference, confirmed_at, confirmation_key, page_started_at, page_extensions";

/// An application from a row of [`STORED_COLUMNS`].
fn stored(row: &AnyRow) -> Result<Stored, sqlx::Error> {
    let state = match (row.try_get::<Option<String>, _>(7)?, row.try_get::<Option<i64>, _>(8)?) {
        (Some(reference), Some(confirmed_at)) => State::Confirmed(Receipt { reference, confirmed_at }),
        _ => State::Draft,
    };
    let saved_at: i64 = row.try_get(6)?;
    Ok(Stored {
        id: row.try_get(0)?,
        form_id: row.try_get(1)?,
        application: Application {
            kind: kind_of(&row.try_get::<String, _>(2)?),
            state,
            version: row.try_get::<i64, _>(5)? as u64,
            saved_at,
            confirmation_key: row.try_get(9)?,
        },
        answers: row.try_get(3)?,
        page: row.try_get::<i64, _>(4)? as u32,
        // Drafts saved before this column existed count from their last save.
        page_started_at: row.try_get::<Option<i64>, _>(10)?.unwrap_or(saved_at),
        page_extensions: row.try_get::<i64, _>(11)? as u32,
    })
}

impl Store {
    /// Starts a draft. The owner's records of expired drafts of the same form go: the applicant
    /// has started again, so the app has nothing left to explain about them.
    pub async fn create(&self, owner: &str, form_id: &str, kind: FormKind, now: Millis) -> Result<Stored, StoreError> {
        self.create_once(owner, form_id, kind, None, now).await
    }

    /// Starts a draft, once per `key` (the request's Idempotency-Key): a retry with the same key
    /// gets the draft the first request made, if it still exists. At most
    /// [`MAX_DRAFTS_PER_FORM`] drafts of a form at a time.
    pub async fn create_once(&self, owner: &str, form_id: &str, kind: FormKind, key: Option<&str>, now: Millis) -> Result<Stored, StoreError> {
        let mut transaction = self.begin().await?;
        // One creation at a time per applicant, so that two at once can neither both pass the
        // count nor both miss the other's key (SQLite's writer is one at a time already).
        if self.dialect == Dialect::Postgres {
            sqlx::query("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext($1))) AS locked").bind(owner).fetch_one(&mut *transaction).await?;
        }
        if let Some(key) = key {
            let earlier = sqlx::query("SELECT id FROM applications WHERE owner = $1 AND creation_key = $2")
                .bind(owner)
                .bind(key)
                .fetch_optional(&mut *transaction)
                .await?;
            if let Some(earlier) = earlier {
                let id: String = earlier.try_get(0)?;
                drop(transaction);
                return self.read(owner, &id, now).await;
            }
        }
        let drafts: i64 = sqlx::query("SELECT COUNT(*) FROM applications WHERE owner = $1 AND form_id = $2 AND reference IS NULL")
            .bind(owner)
            .bind(form_id)
            .fetch_one(&mut *transaction)
            .await?
            .try_get(0)?;
        if drafts >= MAX_DRAFTS_PER_FORM as i64 {
            return Err(StoreError::TooManyDrafts { max: MAX_DRAFTS_PER_FORM });
        }
        let stored = Stored { id: random_id(), form_id: form_id.to_string(), application: Application::new(kind, now), answers: "{}".into(), page: 0, page_started_at: now, page_extensions: 0 };
        sqlx::query("INSERT INTO applications (id, owner, form_id, kind, version, saved_at, page_started_at, creation_key) VALUES ($1, $2, $3, $4, $5, $6, $6, $7)")
            .bind(&stored.id)
            .bind(owner)
            .bind(form_id)
            .bind(kind_name(kind))
            .bind(stored.application.version as i64)
            .bind(now)
            .bind(key)
            .execute(&mut *transaction)
            .await?;
        sqlx::query("DELETE FROM expired_drafts WHERE owner = $1 AND form_id = $2").bind(owner).bind(form_id).execute(&mut *transaction).await?;
        transaction.commit().await?;
        Ok(stored)
    }

    /// Loads an application of `owner` in a transaction that decides a write, locking its row
    /// until the transaction ends. An id that only has a record of an expired draft (within
    /// `EXPIRED_RECORD_KEPT`) is `Expired` rather than `NotFound`, every time, so that every route
    /// can tell the applicant why their draft is gone; another owner's ids are `NotFound`.
    pub(crate) async fn load(&self, connection: &mut AnyConnection, owner: &str, id: &str, now: Millis) -> Result<Stored, StoreError> {
        let query = format!("SELECT {STORED_COLUMNS} FROM applications WHERE id = $1 AND owner = $2{}", self.lock());
        match sqlx::query(&query).bind(id).bind(owner).fetch_optional(&mut *connection).await? {
            Some(row) => Ok(stored(&row)?),
            None if Self::has_expired_record(connection, owner, id, now).await? => Err(StoreError::Refused(Refusal::Expired)),
            None => Err(StoreError::NotFound),
        }
    }

    async fn has_expired_record(connection: &mut AnyConnection, owner: &str, id: &str, now: Millis) -> Result<bool, sqlx::Error> {
        let found = sqlx::query("SELECT 1 FROM expired_drafts WHERE id = $1 AND owner = $2 AND expired_at + $3 > $4")
            .bind(id)
            .bind(owner)
            .bind(EXPIRED_RECORD_KEPT)
            .bind(now)
            .fetch_optional(connection)
            .await?;
        Ok(found.is_some())
    }

    /// Deletes a draft whose retention time has run out and keeps the record of it, in one
    /// transaction, so that a draft is never gone without the record that explains it. Only the
    /// draft as it was read goes (the same last save): another instance may have expired it
    /// already, which is the same outcome, once.
    async fn expire(&self, owner: &str, id: &str, form_id: &str, app: &Application) -> Result<bool, StoreError> {
        let mut transaction = self.begin().await?;
        let deleted = sqlx::query("DELETE FROM applications WHERE id = $1 AND saved_at = $2 AND reference IS NULL")
            .bind(id)
            .bind(app.saved_at)
            .execute(&mut *transaction)
            .await?
            .rows_affected();
        if deleted > 0 {
            // Only a draft expires, and a draft always has an expiry time.
            let expired_at = app.expires_at().unwrap_or(app.saved_at);
            sqlx::query("INSERT INTO expired_drafts (id, owner, form_id, kind, saved_at, expired_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING")
                .bind(id)
                .bind(owner)
                .bind(form_id)
                .bind(kind_name(app.kind))
                .bind(app.saved_at)
                .bind(expired_at)
                .execute(&mut *transaction)
                .await?;
        }
        transaction.commit().await?;
        Ok(deleted > 0)
    }

    /// Reads an application. An expired draft is deleted here (as well as by `purge_expired`),
    /// so that it can never be read after its time, whatever the purge schedule; its record
    /// answers `Expired` from then on.
    pub async fn read(&self, owner: &str, id: &str, now: Millis) -> Result<Stored, StoreError> {
        let stored = {
            let mut connection = self.reading().await?;
            let row = sqlx::query(&format!("SELECT {STORED_COLUMNS} FROM applications WHERE id = $1 AND owner = $2")).bind(id).bind(owner).fetch_optional(&mut *connection).await?;
            match row {
                Some(row) => stored(&row)?,
                None if Self::has_expired_record(&mut connection, owner, id, now).await? => return Err(StoreError::Refused(Refusal::Expired)),
                None => return Err(StoreError::NotFound),
            }
        };
        if stored.application.is_expired(now) {
            self.expire(owner, id, &stored.form_id, &stored.application).await?;
            return Err(StoreError::Refused(Refusal::Expired));
        }
        Ok(stored)
    }

    /// The owner's records of expired drafts, the latest expiry first. Records past
    /// `EXPIRED_RECORD_KEPT` are left out here (and deleted by `purge_expired`), whatever the
    /// purge schedule. Call after `list`, which turns drafts that have just expired into records.
    pub async fn expired_drafts(&self, owner: &str, now: Millis) -> Result<Vec<ExpiredDraft>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, form_id, kind, saved_at, expired_at FROM expired_drafts WHERE owner = $1 AND expired_at + $2 > $3
             ORDER BY expired_at DESC, rowid DESC",
        )
        .bind(owner)
        .bind(EXPIRED_RECORD_KEPT)
        .bind(now)
        .fetch_all(&mut *self.reading().await?)
        .await?;
        rows.iter()
            .map(|row| Ok(ExpiredDraft { id: row.try_get(0)?, form_id: row.try_get(1)?, kind: kind_of(&row.try_get::<String, _>(2)?), saved_at: row.try_get(3)?, expired_at: row.try_get(4)? }))
            .collect::<Result<_, sqlx::Error>>()
            .map_err(StoreError::from)
    }

    /// The owner's applications, the most recently saved first. Expired drafts are deleted here
    /// rather than listed, as `read` does.
    pub async fn list(&self, owner: &str, now: Millis) -> Result<Vec<Stored>, StoreError> {
        let rows = sqlx::query(&format!("SELECT {STORED_COLUMNS} FROM applications WHERE owner = $1 ORDER BY saved_at DESC, rowid DESC"))
            .bind(owner)
            .fetch_all(&mut *self.reading().await?)
            .await?;
        let mut list = Vec::with_capacity(rows.len());
        for row in &rows {
            let stored = stored(row)?;
            if stored.application.is_expired(now) {
                self.expire(owner, &stored.id, &stored.form_id, &stored.application).await?;
            } else {
                list.push(stored);
            }
        }
        Ok(list)
    }

    /// Saves answers and the current page over version `based_on`, without a form's page-time
    /// rules (see [`Store::save_timed`]). Returns the new version.
    pub async fn save(&self, owner: &str, id: &str, based_on: u64, answers: &str, page: u32, now: Millis) -> Result<u64, StoreError> {
        self.save_timed(owner, id, Change { based_on, answers, page }, None, now).await.map(|saved| saved.version)
    }

    /// Saves answers and the current page over the version the client read, under the page-time
    /// rules of `form` (R2; none if the form is no longer offered). Moving to another page starts
    /// its time and its extensions afresh; saving on the same page keeps both. A save at or after
    /// the deadline of the page the draft was on is still saved (a time limit never costs an
    /// answer), and then the form's `on_time_out` policy applies: `save-and-continue` starts the
    /// page's time again here; `save-and-sign-out` is returned for the caller to end the session.
    pub async fn save_timed(&self, owner: &str, id: &str, change: Change<'_>, form: Option<&Form>, now: Millis) -> Result<Saved, StoreError> {
        let mut transaction = self.begin().await?;
        let mut stored = self.load(&mut transaction, owner, id, now).await?;
        let version = stored.application.save(change.based_on, now).map_err(StoreError::Refused)?;
        // The engine decides the page's time (R2); the store keeps what it decided.
        let (clock, timed_out) = stored.page_clock().saved(form, change.page as usize, now);
        sqlx::query("UPDATE applications SET answers = $1, page = $2, page_started_at = $3, page_extensions = $4, version = $5, saved_at = $6 WHERE id = $7")
            .bind(change.answers)
            .bind(change.page as i64)
            .bind(clock.started_at)
            .bind(clock.extensions as i64)
            .bind(version as i64)
            .bind(now)
            .bind(id)
            .execute(&mut *transaction)
            .await?;
        transaction.commit().await?;
        stored.answers = change.answers.to_string();
        stored.page = change.page;
        stored.page_started_at = clock.started_at;
        stored.page_extensions = clock.extensions;
        Ok(Saved { stored, version, timed_out })
    }

    /// Gives the current page of a draft its full time again from `now`, at most `allowed` times
    /// on one page (WCAG 2.2.1). Nothing the applicant wrote changes, so neither does the version.
    pub async fn extend(&self, owner: &str, id: &str, allowed: u32, now: Millis) -> Result<Stored, StoreError> {
        let mut transaction = self.begin().await?;
        let mut stored = self.load(&mut transaction, owner, id, now).await?;
        stored.application.writable(now).map_err(StoreError::Refused)?;
        let clock = stored.page_clock().extended(allowed, now).ok_or(StoreError::NoMoreTime { allowed })?;
        sqlx::query("UPDATE applications SET page_started_at = $1, page_extensions = $2 WHERE id = $3")
            .bind(clock.started_at)
            .bind(clock.extensions as i64)
            .bind(id)
            .execute(&mut *transaction)
            .await?;
        transaction.commit().await?;
        stored.page_started_at = clock.started_at;
        stored.page_extensions = clock.extensions;
        Ok(stored)
    }

    /// Starts the time on the current page again for each of `owner`'s drafts, as they sign in,
    /// as the engine's [`PageClock::signed_in`] says: signing in again after a time-out continues
    /// on the same page with its full time.
    pub(crate) async fn restart_page_times(&self, transaction: &mut AnyConnection, owner: &str, now: Millis) -> Result<(), sqlx::Error> {
        let query = format!("SELECT id, page, page_started_at, page_extensions FROM applications WHERE owner = $1 AND reference IS NULL{}", self.lock());
        let rows = sqlx::query(&query).bind(owner).fetch_all(&mut *transaction).await?;
        for row in rows {
            let id: String = row.try_get(0)?;
            let clock = PageClock {
                page: row.try_get::<i64, _>(1)? as usize,
                started_at: row.try_get::<Option<i64>, _>(2)?.unwrap_or_default(),
                extensions: row.try_get::<i64, _>(3)? as u32,
            }
            .signed_in(now);
            sqlx::query("UPDATE applications SET page_started_at = $1, page_extensions = $2 WHERE id = $3")
                .bind(clock.started_at)
                .bind(clock.extensions as i64)
                .bind(id)
                .execute(&mut *transaction)
                .await?;
        }
        Ok(())
    }

    /// Confirms an application, once: the same key returns the same receipt. `birth_date` is the
    /// applicant's date of birth from the answers, kept for the status lookup (R12). Nothing is
    /// checked about the answers and no mail is written (see [`Store::confirm_checked`]).
    pub async fn confirm(&self, owner: &str, id: &str, key: &str, birth_date: Option<&str>, now: Millis) -> Result<Receipt, StoreError> {
        let birth_date = birth_date.map(str::to_string);
        self.confirm_checked(owner, id, key, now, |_, _| Ok::<_, StoreError>(birth_date), |_| None).await
    }

    /// Confirms a draft, once, if `check` passes it: `check` sees the draft and its documents in
    /// the transaction that confirms it, so that no save or removal can come between the check
    /// and the confirmation, and returns the applicant's date of birth to keep for the status
    /// lookup (R12), or why the draft cannot be confirmed. `mail` writes the confirmation (R9) to
    /// the owner, as a subject and a body, in the same transaction: one mail with each
    /// confirmation, none without. An application already confirmed is neither checked nor
    /// mailed again: the same key returns its receipt, another key is `AlreadyConfirmed`.
    pub async fn confirm_checked<E: From<StoreError>>(
        &self,
        owner: &str,
        id: &str,
        key: &str,
        now: Millis,
        check: impl FnOnce(&Stored, &[DocumentInfo]) -> Result<Option<String>, E>,
        mail: impl FnOnce(&Receipt) -> Option<(String, String)>,
    ) -> Result<Receipt, E> {
        let mut transaction = self.begin().await.map_err(E::from)?;
        let mut stored = self.load(&mut transaction, owner, id, now).await?;
        if stored.application.state != State::Draft {
            return stored.application.confirm(key, String::new, now).map_err(|refusal| StoreError::Refused(refusal).into());
        }
        // An expired draft is gone, whatever its answers.
        stored.application.writable(now).map_err(StoreError::Refused)?;
        let documents = Self::documents_of(&mut transaction, id).await.map_err(StoreError::from)?;
        let birth_date = check(&stored, &documents)?;
        // Numbered inside the transaction: if the engine refuses, the number is rolled back with it.
        let reference = next_reference(&mut transaction, now).await.map_err(StoreError::from)?;
        let receipt = stored.application.confirm(key, || reference, now).map_err(StoreError::Refused)?;
        sqlx::query("UPDATE applications SET reference = $1, confirmed_at = $2, confirmation_key = $3, version = $4, birth_date = $5 WHERE id = $6")
            .bind(&receipt.reference)
            .bind(receipt.confirmed_at)
            .bind(key)
            .bind(stored.application.version as i64)
            .bind(birth_date)
            .bind(id)
            .execute(&mut *transaction)
            .await
            .map_err(StoreError::from)?;
        if let Some((subject, body)) = mail(&receipt) {
            crate::accounts::queue(&mut transaction, owner, &subject, &body, now).await.map_err(StoreError::from)?;
        }
        transaction.commit().await.map_err(StoreError::from)?;
        Ok(receipt)
    }

    /// The status of a confirmed application, for whoever knows its reference number and the
    /// applicant's date of birth (R12). Anything that does not match is `NotFound`, without
    /// saying which of the two was wrong.
    pub async fn status(&self, reference: &str, birth_date: &str) -> Result<Status, StoreError> {
        let row = sqlx::query("SELECT birth_date, confirmed_at, decided_at FROM applications WHERE reference = $1")
            .bind(reference.trim())
            .fetch_optional(&mut *self.reading().await?)
            .await?;
        let row = match row {
            Some(row) => Some((row.try_get::<Option<String>, _>(0)?, row.try_get::<Option<i64>, _>(1)?, row.try_get::<Option<i64>, _>(2)?)),
            None => None,
        };
        match row {
            Some((Some(stored), Some(registered_at), decided_at)) if same_date(&stored, birth_date) => Ok(Status { registered_at, decided_at }),
            _ => Err(StoreError::NotFound),
        }
    }

    /// Records that a decision has been made (by the agency's case handling; in test mode by the
    /// conformance suite).
    pub async fn record_decision(&self, reference: &str, now: Millis) -> Result<(), StoreError> {
        let changed = sqlx::query("UPDATE applications SET decided_at = $1 WHERE reference = $2").bind(now).bind(reference).execute(self.writer()).await?.rows_affected();
        if changed == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(())
    }

    /// Deletes every draft whose retention time has run out (R4), keeping a record of each, and
    /// the records older than `EXPIRED_RECORD_KEPT`. Returns how many drafts this run deleted.
    /// Instances may run it at the same time: each draft goes once, with its record, whichever
    /// deletes it (`expire`).
    pub async fn purge_expired(&self, now: Millis) -> Result<usize, StoreError> {
        let rows = sqlx::query("SELECT id, owner, form_id, kind, saved_at FROM applications WHERE reference IS NULL").fetch_all(&mut *self.reading().await?).await?;
        let mut deleted = 0;
        for row in &rows {
            // A row that cannot be read is left for `read` to report, as before, rather than stopping the purge.
            let Ok((id, owner, form_id, kind, saved_at)) = (|| {
                Ok::<_, sqlx::Error>((row.try_get::<String, _>(0)?, row.try_get::<String, _>(1)?, row.try_get::<String, _>(2)?, row.try_get::<String, _>(3)?, row.try_get::<i64, _>(4)?))
            })() else {
                continue;
            };
            let application = Application { kind: kind_of(&kind), state: State::Draft, version: 1, saved_at, confirmation_key: None };
            if application.is_expired(now) && self.expire(&owner, &id, &form_id, &application).await? {
                deleted += 1;
            }
        }
        sqlx::query("DELETE FROM expired_drafts WHERE expired_at + $1 <= $2").bind(EXPIRED_RECORD_KEPT).bind(now).execute(self.writer()).await?;
        Ok(deleted)
    }
}

/// A new reference number: the year and eight random digits, `BL-2026-4821-0736`. Not counted
/// up, so that nobody can guess another applicant's number from their own (and try dates of
/// birth for it in the status lookup); digits only, so that it is read out on the phone alike in
/// every language. Drawn again in the rare case it is taken.
async fn next_reference(connection: &mut AnyConnection, now: Millis) -> Result<String, sqlx::Error> {
    let year = chrono_year(now);
    loop {
        let mut bytes = [0u8; 8];
        getrandom::fill(&mut bytes).expect("the operating system's random source");
        let number = u64::from_le_bytes(bytes) % 100_000_000;
        let reference = format!("BL-{year}-{:04}-{:04}", number / 10_000, number % 10_000);
        let taken = sqlx::query("SELECT 1 FROM applications WHERE reference = $1").bind(&reference).fetch_optional(&mut *connection).await?.is_some();
        if !taken {
            return Ok(reference);
        }
    }
}

/// The calendar year (UTC) of a time in milliseconds.
fn chrono_year(now: Millis) -> i32 {
    use chrono::Datelike;
    chrono::DateTime::from_timestamp_millis(now).map_or(1970, |time| time.year())
}
