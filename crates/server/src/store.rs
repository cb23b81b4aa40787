//! Where applications live: an embedded SQLite database, created and migrated on open.
//!
//! The rules (retention, versions, confirmation, the lock) are the engine's
//! (`blankett_core::lifecycle`); this module loads an application, lets the engine decide, and
//! writes the result back in one transaction, so that two requests can never both pass a check
//! that only one of them should.

use blankett_core::basics::Millis;
use blankett_core::lifecycle::{Application, Receipt, Refusal, State};
use blankett_core::schema::{Form, FormKind, TimeOutPolicy};
use blankett_core::timing::PageClock;
use crate::documents::DocumentInfo;
use rusqlite::{params, Connection, OptionalExtension};
use std::path::Path;
use std::sync::Mutex;
use crate::migrations::MIGRATIONS;

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

impl From<rusqlite::Error> for StoreError {
    fn from(error: rusqlite::Error) -> Self {
        StoreError::Database(error.to_string())
    }
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
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Saved {
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

pub struct Store {
    connection: Mutex<Connection>,
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

impl Store {
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        Self::open_at(path, MIGRATIONS.len())
    }

    /// Opens the database migrated only as far as `version`: the file an earlier version of the
    /// server left, for tests of the migrations that follow.
    #[doc(hidden)]
    pub fn open_at(path: &Path, version: usize) -> Result<Store, StoreError> {
        let connection = Connection::open(path)?;
        // WAL lets readers go on while a save is written; a busy timeout waits for the writer
        // instead of failing a request.
        connection.pragma_update(None, "journal_mode", "WAL")?;
        // An application's documents go with it (ON DELETE CASCADE) only when this is on.
        connection.pragma_update(None, "foreign_keys", "ON")?;
        connection.busy_timeout(std::time::Duration::from_secs(5))?;
        let applied: i64 = connection.pragma_query_value(None, "user_version", |row| row.get(0))?;
        for (index, migration) in MIGRATIONS.iter().enumerate().take(version).skip(applied as usize) {
            connection.execute_batch(migration)?;
            connection.pragma_update(None, "user_version", index as i64 + 1)?;
        }
        Ok(Store { connection: Mutex::new(connection) })
    }

    pub(crate) fn connection(&self) -> std::sync::MutexGuard<'_, Connection> {
        // A panic while holding the lock leaves SQLite consistent (transactions roll back), so a
        // poisoned lock is safe to use.
        self.connection.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Starts a draft. The owner's records of expired drafts of the same form go: the applicant
    /// has started again, so the app has nothing left to explain about them.
    pub fn create(&self, owner: &str, form_id: &str, kind: FormKind, now: Millis) -> Result<Stored, StoreError> {
        self.create_once(owner, form_id, kind, None, now)
    }

    /// Starts a draft, once per `key` (the request's Idempotency-Key): a retry with the same key
    /// gets the draft the first request made, if it still exists. At most
    /// [`MAX_DRAFTS_PER_FORM`] drafts of a form at a time.
    pub fn create_once(&self, owner: &str, form_id: &str, kind: FormKind, key: Option<&str>, now: Millis) -> Result<Stored, StoreError> {
        let mut connection = self.connection();
        let transaction = connection.transaction()?;
        if let Some(key) = key {
            let earlier: Option<String> = transaction
                .query_row("SELECT id FROM applications WHERE owner = ?1 AND creation_key = ?2", params![owner, key], |row| row.get(0))
                .optional()?;
            if let Some(id) = earlier {
                drop(transaction);
                drop(connection);
                return self.read(owner, &id, now);
            }
        }
        let drafts: u32 = transaction.query_row(
            "SELECT COUNT(*) FROM applications WHERE owner = ?1 AND form_id = ?2 AND reference IS NULL",
            params![owner, form_id],
            |row| row.get(0),
        )?;
        if drafts >= MAX_DRAFTS_PER_FORM {
            return Err(StoreError::TooManyDrafts { max: MAX_DRAFTS_PER_FORM });
        }
        let stored = Stored { id: random_id(), form_id: form_id.to_string(), application: Application::new(kind, now), answers: "{}".into(), page: 0, page_started_at: now, page_extensions: 0 };
        transaction.execute(
            "INSERT INTO applications (id, owner, form_id, kind, version, saved_at, page_started_at, creation_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?7)",
            params![stored.id, owner, form_id, kind_name(kind), stored.application.version as i64, now, key],
        )?;
        transaction.execute("DELETE FROM expired_drafts WHERE owner = ?1 AND form_id = ?2", params![owner, form_id])?;
        transaction.commit()?;
        Ok(stored)
    }

    /// Loads an application of `owner`. An id that only has a record of an expired draft (within
    /// `EXPIRED_RECORD_KEPT`) is `Expired` rather than `NotFound`, every time, so that every route
    /// can tell the applicant why their draft is gone; another owner's ids are `NotFound`.
    pub(crate) fn load(connection: &Connection, owner: &str, id: &str, now: Millis) -> Result<Stored, StoreError> {
        match Self::load_row(connection, owner, id)? {
            Some(stored) => Ok(stored),
            None if Self::has_expired_record(connection, owner, id, now)? => Err(StoreError::Refused(Refusal::Expired)),
            None => Err(StoreError::NotFound),
        }
    }

    fn has_expired_record(connection: &Connection, owner: &str, id: &str, now: Millis) -> Result<bool, rusqlite::Error> {
        connection
            .query_row(
                "SELECT 1 FROM expired_drafts WHERE id = ?1 AND owner = ?2 AND expired_at + ?3 > ?4",
                params![id, owner, EXPIRED_RECORD_KEPT, now],
                |_| Ok(()),
            )
            .optional()
            .map(|found| found.is_some())
    }

    fn load_row(connection: &Connection, owner: &str, id: &str) -> Result<Option<Stored>, rusqlite::Error> {
        connection
            .query_row(
                "SELECT form_id, kind, answers, page, version, saved_at, reference, confirmed_at, confirmation_key, page_started_at,
                        page_extensions
                 FROM applications WHERE id = ?1 AND owner = ?2",
                params![id, owner],
                |row| {
                    let state = match (row.get::<_, Option<String>>(6)?, row.get::<_, Option<i64>>(7)?) {
                        (Some(reference), Some(confirmed_at)) => State::Confirmed(Receipt { reference, confirmed_at }),
                        _ => State::Draft,
                    };
                    Ok(Stored {
                        id: id.to_string(),
                        form_id: row.get(0)?,
                        application: Application {
                            kind: kind_of(&row.get::<_, String>(1)?),
                            state,
                            version: row.get::<_, i64>(4)? as u64,
                            saved_at: row.get(5)?,
                            confirmation_key: row.get(8)?,
                        },
                        answers: row.get(2)?,
                        page: row.get::<_, i64>(3)? as u32,
                        // Drafts saved before this column existed count from their last save.
                        page_started_at: row.get::<_, Option<Millis>>(9)?.unwrap_or(row.get(5)?),
                        page_extensions: row.get(10)?,
                    })
                },
            )
            .optional()
    }

    /// Deletes a draft whose retention time has run out and keeps the record of it, in one
    /// transaction, so that a draft is never gone without the record that explains it.
    fn expire(connection: &mut Connection, owner: &str, id: &str, form_id: &str, app: &Application) -> Result<(), rusqlite::Error> {
        let transaction = connection.transaction()?;
        // Only a draft expires, and a draft always has an expiry time.
        let expired_at = app.expires_at().unwrap_or(app.saved_at);
        transaction.execute(
            "INSERT INTO expired_drafts (id, owner, form_id, kind, saved_at, expired_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![id, owner, form_id, kind_name(app.kind), app.saved_at, expired_at],
        )?;
        transaction.execute("DELETE FROM applications WHERE id = ?1", params![id])?;
        transaction.commit()
    }

    /// Reads an application. An expired draft is deleted here (as well as by `purge_expired`),
    /// so that it can never be read after its time, whatever the purge schedule; its record
    /// answers `Expired` from then on.
    pub fn read(&self, owner: &str, id: &str, now: Millis) -> Result<Stored, StoreError> {
        let mut connection = self.connection();
        let stored = Self::load(&connection, owner, id, now)?;
        if stored.application.is_expired(now) {
            Self::expire(&mut connection, owner, id, &stored.form_id, &stored.application)?;
            return Err(StoreError::Refused(Refusal::Expired));
        }
        Ok(stored)
    }

    /// The owner's records of expired drafts, the latest expiry first. Records past
    /// `EXPIRED_RECORD_KEPT` are left out here (and deleted by `purge_expired`), whatever the
    /// purge schedule. Call after `list`, which turns drafts that have just expired into records.
    pub fn expired_drafts(&self, owner: &str, now: Millis) -> Result<Vec<ExpiredDraft>, StoreError> {
        let connection = self.connection();
        let mut statement = connection.prepare(
            "SELECT id, form_id, kind, saved_at, expired_at FROM expired_drafts WHERE owner = ?1 AND expired_at + ?2 > ?3
             ORDER BY expired_at DESC, rowid DESC",
        )?;
        let rows = statement.query_map(params![owner, EXPIRED_RECORD_KEPT, now], |row| {
            Ok(ExpiredDraft { id: row.get(0)?, form_id: row.get(1)?, kind: kind_of(&row.get::<_, String>(2)?), saved_at: row.get(3)?, expired_at: row.get(4)? })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The owner's applications, the most recently saved first. Expired drafts are deleted here
    /// rather than listed, as `read` does.
    pub fn list(&self, owner: &str, now: Millis) -> Result<Vec<Stored>, StoreError> {
        let ids: Vec<String> = {
            let connection = self.connection();
            let mut statement = connection.prepare("SELECT id FROM applications WHERE owner = ?1 ORDER BY saved_at DESC, rowid DESC")?;
            let rows = statement.query_map(params![owner], |row| row.get(0))?;
            rows.collect::<Result<_, _>>()?
        };
        let mut list = Vec::new();
        for id in ids {
            match self.read(owner, &id, now) {
                Ok(stored) => list.push(stored),
                Err(StoreError::Refused(Refusal::Expired) | StoreError::NotFound) => {}
                Err(error) => return Err(error),
            }
        }
        Ok(list)
    }

    /// Saves answers and the current page over version `based_on`, without a form's page-time
    /// rules (see [`Store::save_timed`]). Returns the new version.
    pub fn save(&self, owner: &str, id: &str, based_on: u64, answers: &str, page: u32, now: Millis) -> Result<u64, StoreError> {
        self.save_timed(owner, id, Change { based_on, answers, page }, None, now).map(|saved| saved.version)
    }

    /// Saves answers and the current page over the version the client read, under the page-time
    /// rules of `form` (R2; none if the form is no longer offered). Moving to another page starts
    /// its time and its extensions afresh; saving on the same page keeps both. A save at or after
    /// the deadline of the page the draft was on is still saved (a time limit never costs an
    /// answer), and then the form's `on_time_out` policy applies: `save-and-continue` starts the
    /// page's time again here; `save-and-sign-out` is returned for the caller to end the session.
    pub fn save_timed(&self, owner: &str, id: &str, change: Change<'_>, form: Option<&Form>, now: Millis) -> Result<Saved, StoreError> {
        let mut connection = self.connection();
        let transaction = connection.transaction()?;
        let mut stored = Self::load(&transaction, owner, id, now)?;
        let version = stored.application.save(change.based_on, now).map_err(StoreError::Refused)?;
        // The engine decides the page's time (R2); the store keeps what it decided.
        let (clock, timed_out) = stored.page_clock().saved(form, change.page as usize, now);
        transaction.execute(
            "UPDATE applications SET answers = ?1, page = ?2, page_started_at = ?3, page_extensions = ?4, version = ?5, saved_at = ?6 WHERE id = ?7",
            params![change.answers, change.page as i64, clock.started_at, clock.extensions, version as i64, now, id],
        )?;
        transaction.commit()?;
        Ok(Saved { version, timed_out })
    }

    /// Gives the current page of a draft its full time again from `now`, at most `allowed` times
    /// on one page (WCAG 2.2.1). Nothing the applicant wrote changes, so neither does the version.
    pub fn extend(&self, owner: &str, id: &str, allowed: u32, now: Millis) -> Result<Stored, StoreError> {
        let mut connection = self.connection();
        let transaction = connection.transaction()?;
        let mut stored = Self::load(&transaction, owner, id, now)?;
        stored.application.writable(now).map_err(StoreError::Refused)?;
        let clock = stored.page_clock().extended(allowed, now).ok_or(StoreError::NoMoreTime { allowed })?;
        transaction.execute("UPDATE applications SET page_started_at = ?1, page_extensions = ?2 WHERE id = ?3", params![clock.started_at, clock.extensions, id])?;
        transaction.commit()?;
        stored.page_started_at = clock.started_at;
        stored.page_extensions = clock.extensions;
        Ok(stored)
    }

    /// Starts the time on the current page again for each of `owner`'s drafts, as they sign in,
    /// as the engine's [`PageClock::signed_in`] says: signing in again after a time-out continues
    /// on the same page with its full time.
    pub(crate) fn restart_page_times(connection: &Connection, owner: &str, now: Millis) -> Result<(), rusqlite::Error> {
        let mut drafts = connection.prepare("SELECT id, page, page_started_at, page_extensions FROM applications WHERE owner = ?1 AND reference IS NULL")?;
        let clocks = drafts
            .query_map(params![owner], |row| Ok((row.get::<_, String>(0)?, PageClock { page: row.get::<_, u32>(1)? as usize, started_at: row.get(2)?, extensions: row.get(3)? })))?
            .collect::<Result<Vec<_>, _>>()?;
        for (id, clock) in clocks {
            let clock = clock.signed_in(now);
            connection.execute("UPDATE applications SET page_started_at = ?1, page_extensions = ?2 WHERE id = ?3", params![clock.started_at, clock.extensions, id])?;
        }
        Ok(())
    }

    /// Confirms an application, once: the same key returns the same receipt. `birth_date` is the
    /// applicant's date of birth from the answers, kept for the status lookup (R12). Nothing is
    /// checked about the answers and no mail is written (see [`Store::confirm_checked`]).
    pub fn confirm(&self, owner: &str, id: &str, key: &str, birth_date: Option<&str>, now: Millis) -> Result<Receipt, StoreError> {
        let birth_date = birth_date.map(str::to_string);
        self.confirm_checked(owner, id, key, now, |_, _| Ok::<_, StoreError>(birth_date), |_| None)
    }

    /// Confirms a draft, once, if `check` passes it: `check` sees the draft and its documents in
    /// the transaction that confirms it, so that no save or removal can come between the check
    /// and the confirmation, and returns the applicant's date of birth to keep for the status
    /// lookup (R12), or why the draft cannot be confirmed. `mail` writes the confirmation (R9) to
    /// the owner, as a subject and a body, in the same transaction: one mail with each
    /// confirmation, none without. An application already confirmed is neither checked nor
    /// mailed again: the same key returns its receipt, another key is `AlreadyConfirmed`.
    pub fn confirm_checked<E: From<StoreError>>(
        &self,
        owner: &str,
        id: &str,
        key: &str,
        now: Millis,
        check: impl FnOnce(&Stored, &[DocumentInfo]) -> Result<Option<String>, E>,
        mail: impl FnOnce(&Receipt) -> Option<(String, String)>,
    ) -> Result<Receipt, E> {
        let mut connection = self.connection();
        let transaction = connection.transaction().map_err(StoreError::from)?;
        let mut stored = Self::load(&transaction, owner, id, now)?;
        if stored.application.state != State::Draft {
            return stored.application.confirm(key, String::new, now).map_err(|refusal| StoreError::Refused(refusal).into());
        }
        // An expired draft is gone, whatever its answers.
        stored.application.writable(now).map_err(StoreError::Refused)?;
        let documents = Self::documents_of(&transaction, id).map_err(StoreError::from)?;
        let birth_date = check(&stored, &documents)?;
        // Numbered inside the transaction: if the engine refuses, the number is rolled back with it.
        let reference = next_reference(&transaction, now).map_err(StoreError::from)?;
        let receipt = stored.application.confirm(key, || reference, now).map_err(StoreError::Refused)?;
        transaction
            .execute(
                "UPDATE applications SET reference = ?1, confirmed_at = ?2, confirmation_key = ?3, version = ?4, birth_date = ?5 WHERE id = ?6",
                params![receipt.reference, receipt.confirmed_at, key, stored.application.version as i64, birth_date, id],
            )
            .map_err(StoreError::from)?;
        if let Some((subject, body)) = mail(&receipt) {
            crate::accounts::queue(&transaction, owner, &subject, &body, now).map_err(StoreError::from)?;
        }
        transaction.commit().map_err(StoreError::from)?;
        Ok(receipt)
    }

    /// The status of a confirmed application, for whoever knows its reference number and the
    /// applicant's date of birth (R12). Anything that does not match is `NotFound`, without
    /// saying which of the two was wrong.
    pub fn status(&self, reference: &str, birth_date: &str) -> Result<Status, StoreError> {
        let row: Option<(Option<String>, Option<i64>, Option<i64>)> = self
            .connection()
            .query_row("SELECT birth_date, confirmed_at, decided_at FROM applications WHERE reference = ?1", params![reference.trim()], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .optional()?;
        match row {
            Some((Some(stored), Some(registered_at), decided_at)) if same_date(&stored, birth_date) => Ok(Status { registered_at, decided_at }),
            _ => Err(StoreError::NotFound),
        }
    }

    /// Records that a decision has been made (by the agency's case handling; in test mode by the
    /// conformance suite).
    pub fn record_decision(&self, reference: &str, now: Millis) -> Result<(), StoreError> {
        let changed = self.connection().execute("UPDATE applications SET decided_at = ?1 WHERE reference = ?2", params![now, reference])?;
        if changed == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(())
    }

    /// Deletes every draft whose retention time has run out (R4), keeping a record of each, and
    /// the records older than `EXPIRED_RECORD_KEPT`. Returns how many drafts.
    pub fn purge_expired(&self, now: Millis) -> Result<usize, StoreError> {
        let mut connection = self.connection();
        let expired: Vec<(String, String, String, Application)> = {
            let mut statement = connection.prepare("SELECT id, owner, form_id, kind, saved_at FROM applications WHERE reference IS NULL")?;
            let rows = statement.query_map([], |row| {
                let application = Application { kind: kind_of(&row.get::<_, String>(3)?), state: State::Draft, version: 1, saved_at: row.get(4)?, confirmation_key: None };
                Ok((row.get(0)?, row.get(1)?, row.get(2)?, application))
            })?;
            // A row that cannot be read is left for `read` to report, as before, rather than stopping the purge.
            rows.filter_map(Result::ok).filter(|(_, _, _, application)| application.is_expired(now)).collect()
        };
        for (id, owner, form_id, application) in &expired {
            Self::expire(&mut connection, owner, id, form_id, application)?;
        }
        connection.execute("DELETE FROM expired_drafts WHERE expired_at + ?1 <= ?2", params![EXPIRED_RECORD_KEPT, now])?;
        Ok(expired.len())
    }
}

/// A new reference number: the year and eight random digits, `BL-2026-4821-0736`. Not counted
/// up, so that nobody can guess another applicant's number from their own (and try dates of
/// birth for it in the status lookup); digits only, so that it is read out on the phone alike in
/// every language. Drawn again in the rare case it is taken.
fn next_reference(connection: &Connection, now: Millis) -> Result<String, rusqlite::Error> {
    let year = chrono_year(now);
    loop {
        let mut bytes = [0u8; 8];
        getrandom::fill(&mut bytes).expect("the operating system's random source");
        let number = u64::from_le_bytes(bytes) % 100_000_000;
        let reference = format!("BL-{year}-{:04}-{:04}", number / 10_000, number % 10_000);
        let taken = connection.query_row("SELECT 1 FROM applications WHERE reference = ?1", params![reference], |_| Ok(())).optional()?.is_some();
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
