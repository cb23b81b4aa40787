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
use sqlx::Row;

/// Mails a code for choosing a new password, if an account has `email`; returns the token of the
/// browser's step either way.
pub async fn request(state: &AppState, client: &Client, email: &str, locale: &blankett_core::basics::text::Locale) -> Result<String, StoreError> {
    let email = normalise(email);
    let now = state.clock.now();
    state.limits.allow(&[key("resets from", &client.0, RESETS_PER_CLIENT)], now).await?;
    state.limits.allow(&[key("codes to", &email, CODES_PER_ADDRESS)], now).await?;
    let token = random_id() + &random_id();
    let code = new_code();
    state.store.begin_reset(&email, &token, &code, &reset_mail(&code, locale), now).await?;
    Ok(token)
}

/// Sets a new password with the code mailed for this browser's step; ends every session of the
/// account and returns a new one.
pub async fn reset(state: &AppState, token: &str, typed: &str, new_password: &str) -> Result<String, StoreError> {
    let now = state.clock.now();
    let (email, code) = state.store.reset_step(token, now).await?.ok_or(StoreError::NoStep)?;
    match code.check(typed, now) {
        Err(CodeRefusal::Expired) => return Err(StoreError::CodeExpired),
        Err(refusal) => {
            state.store.reset_failed(token).await?;
            return Err(if refusal == CodeRefusal::UsedUp { StoreError::CodeUsedUp } else { StoreError::WrongCode });
        }
        // No account has the address: nobody was mailed this code, so no code is right.
        Ok(()) if !state.store.has_account(&email).await? => {
            state.store.reset_failed(token).await?;
            return Err(StoreError::WrongCode);
        }
        Ok(()) => {}
    }
    if new_password.chars().count() < MIN_PASSWORD_LENGTH {
        return Err(StoreError::WeakPassword);
    }
    let hash = state.passwords.hash(new_password.to_string()).await?;
    state.store.set_password(&email, &hash).await?;
    state.store.open_session(&email, state.clock.now()).await
}

impl Store {
    /// Records a step and, if an account has `email`, mails its code, in one transaction.
    async fn begin_reset(&self, email: &str, token: &str, code: &str, (subject, body): &(String, String), now: Millis) -> Result<(), StoreError> {
        let exists = self.has_account(email).await?;
        let mut transaction = self.begin().await?;
        sqlx::query("INSERT INTO password_resets (token_hash, email, code, created_at) VALUES ($1, $2, $3, $4)").bind(token_hash(token)).bind(email).bind(code).bind(now).execute(&mut *transaction).await?;
        if exists {
            queue(&mut transaction, email, subject, body, now).await?;
        }
        transaction.commit().await?;
        Ok(())
    }

    /// The address and code of a step that has not ended.
    async fn reset_step(&self, token: &str, now: Millis) -> Result<Option<(String, Code)>, StoreError> {
        let row = sqlx::query("SELECT email, code, created_at, failed FROM password_resets WHERE token_hash = $1 AND created_at + $2 > $3")
            .bind(token_hash(token))
            .bind(CODE_LIFETIME)
            .bind(now)
            .fetch_optional(&mut *self.reading().await?)
            .await?;
        let Some(r) = row else { return Ok(None) };
        Ok(Some((r.try_get(0)?, Code { value: r.try_get(1)?, sent_at: r.try_get(2)?, failed: r.try_get::<i64, _>(3)? as u32 })))
    }

    /// Whether a forgotten-password step has this token and has not ended.
    pub async fn has_reset_step(&self, token: &str, now: Millis) -> bool {
        matches!(self.reset_step(token, now).await, Ok(Some(_)))
    }

    async fn reset_failed(&self, token: &str) -> Result<(), StoreError> {
        sqlx::query("UPDATE password_resets SET failed = failed + 1 WHERE token_hash = $1").bind(token_hash(token)).execute(self.writer()).await?;
        Ok(())
    }

    /// The new password, and the address confirmed (the mail reached it); every session, step and
    /// other request of the account ends with the old password.
    async fn set_password(&self, email: &str, hash: &str) -> Result<(), StoreError> {
        let mut transaction = self.begin().await?;
        sqlx::query("UPDATE accounts SET password_hash = $1, verified = 1, code = NULL, failed_codes = 0 WHERE email = $2").bind(hash).bind(email).execute(&mut *transaction).await?;
        for table in ["sessions", "sign_in_steps", "password_resets"] {
            sqlx::query(&format!("DELETE FROM {table} WHERE email = $1")).bind(email).execute(&mut *transaction).await?;
        }
        transaction.commit().await?;
        Ok(())
    }

    /// Forgets ended steps (their tokens are refused anyway).
    pub async fn forget_ended_resets(&self, now: Millis) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM password_resets WHERE created_at + $1 <= $2").bind(CODE_LIFETIME).bind(now).execute(self.writer()).await?;
        Ok(())
    }
}

fn reset_mail(code: &str, locale: &blankett_core::basics::text::Locale) -> (String, String) {
    use blankett_core::messages::catalog::page_words::key;
    crate::mail::in_language_and_swedish(locale, key::CODE_MAIL_RESET_SUBJECT, key::CODE_MAIL_RESET_BODY, &[code.into()])
}
