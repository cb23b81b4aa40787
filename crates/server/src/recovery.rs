//! A forgotten password (R6): the applicant asks for a code by mail on the sign-in pages, then
//! gives the code with a new password, and every session of the account ends.
//!
//! - The answer to "send me a code" is the same whether or not an account has the address, after
//!   the same work; the limits count unknown addresses too.
//! - Each request is a step of the browser that made it (a cookie for `/sign-in` only, its token
//!   kept hashed) with a code of its own: a stranger's request or wrong guesses do nothing to the
//!   applicant's own code, and a code is taken only from the browser it was asked for in.
//! - A code works once, for 30 minutes, and five wrong tries end it (`blankett_core::account::Code`).
//! - The mail proves the address is the applicant's, so an address never confirmed is confirmed
//!   too; a squatter's password is replaced by the owner's.

use crate::accounts::{key, new_code, normalise, queue, token_hash};
use crate::store::StoreError;
use crate::limits::Client;
use crate::store::{random_id, Store};
use crate::AppState;
use blankett_core::account::{Code, CodeRefusal, CODES_PER_ADDRESS, CODE_LIFETIME, MIN_PASSWORD_LENGTH, RESETS_PER_CLIENT};
use blankett_core::basics::Millis;
use rusqlite::{params, OptionalExtension};

/// Mails a code for choosing a new password, if an account has `email`; returns the token of the
/// browser's step either way.
pub fn request(state: &AppState, client: &Client, email: &str, locale: &blankett_core::basics::text::Locale) -> Result<String, StoreError> {
    let email = normalise(email);
    let now = state.clock.now();
    state.limits.allow(&[key("resets from", &client.0, RESETS_PER_CLIENT)], now)?;
    state.limits.allow(&[key("codes to", &email, CODES_PER_ADDRESS)], now)?;
    let token = random_id() + &random_id();
    let code = new_code();
    state.store.begin_reset(&email, &token, &code, &reset_mail(&code, locale), now)?;
    Ok(token)
}

/// Sets a new password with the code mailed for this browser's step; ends every session of the
/// account and returns a new one.
pub async fn reset(state: &AppState, token: &str, typed: &str, new_password: &str) -> Result<String, StoreError> {
    let now = state.clock.now();
    let (email, code) = state.store.reset_step(token, now)?.ok_or(StoreError::NoStep)?;
    match code.check(typed, now) {
        Err(CodeRefusal::Expired) => return Err(StoreError::CodeExpired),
        Err(refusal) => {
            state.store.reset_failed(token)?;
            return Err(if refusal == CodeRefusal::UsedUp { StoreError::CodeUsedUp } else { StoreError::WrongCode });
        }
        // No account has the address: nobody was mailed this code, so no code is right.
        Ok(()) if !state.store.has_account(&email)? => {
            state.store.reset_failed(token)?;
            return Err(StoreError::WrongCode);
        }
        Ok(()) => {}
    }
    if new_password.chars().count() < MIN_PASSWORD_LENGTH {
        return Err(StoreError::WeakPassword);
    }
    let hash = state.passwords.hash(new_password.to_string()).await?;
    state.store.set_password(&email, &hash)?;
    state.store.open_session(&email, state.clock.now())
}

impl Store {
    /// Records a step and, if an account has `email`, mails its code, in one transaction.
    fn begin_reset(&self, email: &str, token: &str, code: &str, (subject, body): &(String, String), now: Millis) -> Result<(), StoreError> {
        let exists = self.has_account(email)?;
        let mut connection = self.connection();
        let transaction = connection.transaction()?;
        transaction.execute("INSERT INTO password_resets (token_hash, email, code, created_at) VALUES (?1, ?2, ?3, ?4)", params![token_hash(token), email, code, now])?;
        if exists {
            queue(&transaction, email, subject, body, now)?;
        }
        transaction.commit()?;
        Ok(())
    }

    /// The address and code of a step that has not ended.
    fn reset_step(&self, token: &str, now: Millis) -> Result<Option<(String, Code)>, StoreError> {
        let row = self
            .connection()
            .query_row(
                "SELECT email, code, created_at, failed FROM password_resets WHERE token_hash = ?1 AND created_at + ?2 > ?3",
                params![token_hash(token), CODE_LIFETIME, now],
                |r| Ok((r.get(0)?, Code { value: r.get(1)?, sent_at: r.get(2)?, failed: r.get(3)? })),
            )
            .optional()?;
        Ok(row)
    }

    /// Whether a forgotten-password step has this token and has not ended.
    pub fn has_reset_step(&self, token: &str, now: Millis) -> bool {
        matches!(self.reset_step(token, now), Ok(Some(_)))
    }

    fn reset_failed(&self, token: &str) -> Result<(), StoreError> {
        self.connection().execute("UPDATE password_resets SET failed = failed + 1 WHERE token_hash = ?1", params![token_hash(token)])?;
        Ok(())
    }

    /// The new password, and the address confirmed (the mail reached it); every session, step and
    /// other request of the account ends with the old password.
    fn set_password(&self, email: &str, hash: &str) -> Result<(), StoreError> {
        let mut connection = self.connection();
        let transaction = connection.transaction()?;
        transaction.execute("UPDATE accounts SET password_hash = ?1, verified = 1, code = NULL, failed_codes = 0 WHERE email = ?2", params![hash, email])?;
        transaction.execute("DELETE FROM sessions WHERE email = ?1", params![email])?;
        transaction.execute("DELETE FROM sign_in_steps WHERE email = ?1", params![email])?;
        transaction.execute("DELETE FROM password_resets WHERE email = ?1", params![email])?;
        transaction.commit()?;
        Ok(())
    }

    /// Forgets ended steps (their tokens are refused anyway).
    pub fn forget_ended_resets(&self, now: Millis) -> Result<(), StoreError> {
        self.connection().execute("DELETE FROM password_resets WHERE created_at + ?1 <= ?2", params![CODE_LIFETIME, now])?;
        Ok(())
    }
}

fn reset_mail(code: &str, locale: &blankett_core::basics::text::Locale) -> (String, String) {
    use blankett_core::messages::catalog::page_words::key;
    crate::mail::in_language_and_swedish(locale, key::CODE_MAIL_RESET_SUBJECT, key::CODE_MAIL_RESET_BODY, &[code.into()])
}
