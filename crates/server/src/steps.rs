//! Sign-in steps: what a browser may do next on the sign-in pages because it has just proved
//! something (the password, usually). A step is a random token in a cookie for `/sign-in` only;
//! the database keeps its hash, the account's address, what the step is for, and, where it waits
//! for one, its own code. A step ends after [`STEP_LIFETIME`], or when it is used.
//!
//! - Confirm the address (`ConfirmEmail`): the password was right for an unconfirmed account; the
//!   code is the account's mailed code. A phone number given when the account was created waits
//!   here until the address is confirmed.
//! - Two-step verification (`SecondStep`): the password was right; a code goes by text message to
//!   the account's phone, and only it opens the session.
//! - A lost phone (`LostPhone`): instead of the text message, a code by mail, which turns two-step
//!   verification off. The password and the mailbox together are what an account is.
//! - A new phone number (`ConfirmPhone`): a code by text message to the new number proves it is
//!   the applicant's before codes are sent there; from the account page (the password given
//!   again) or for a new account.

use blankett_core::basics::text::Locale;
use crate::accounts::{key, new_code, normalise, queue, token_hash};
use crate::store::StoreError;
use crate::store::{random_id, Store};
use crate::AppState;
use blankett_core::account::{Code, CodeRefusal, CODES_PER_ADDRESS, CODE_LIFETIME, TEXT_CODE_LIFETIME};
use blankett_core::basics::Millis;
use sqlx::Row;

/// How long a step lasts: as long as a mailed code.
pub const STEP_LIFETIME: Millis = CODE_LIFETIME;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepKind {
    ConfirmEmail,
    SecondStep,
    LostPhone,
    ConfirmPhone { new_account: bool },
    /// Signed in with e-identification for the first time: the address for the agency's mail.
    EidEmail,
    /// That address's mailed code, which confirms it and links it to the personal number.
    EidConfirm,
}

impl StepKind {
    fn name(self) -> &'static str {
        match self {
            StepKind::ConfirmEmail => "confirm-email",
            StepKind::SecondStep => "second-step",
            StepKind::LostPhone => "lost-phone",
            StepKind::ConfirmPhone { new_account: false } => "confirm-phone",
            StepKind::ConfirmPhone { new_account: true } => "confirm-phone-new-account",
            StepKind::EidEmail => "eid-email",
            StepKind::EidConfirm => "eid-confirm",
        }
    }

    fn read(name: &str) -> Option<StepKind> {
        [
            StepKind::ConfirmEmail,
            StepKind::SecondStep,
            StepKind::LostPhone,
            StepKind::ConfirmPhone { new_account: false },
            StepKind::ConfirmPhone { new_account: true },
            StepKind::EidEmail,
            StepKind::EidConfirm,
        ]
            .into_iter()
            .find(|kind| kind.name() == name)
    }

    /// Whether its code goes by text message (to `Step::phone`) rather than by mail.
    fn by_text(self) -> bool {
        matches!(self, StepKind::SecondStep | StepKind::ConfirmPhone { .. })
    }
}

/// A step as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    pub email: String,
    pub kind: StepKind,
    /// The step's own code, if it waits for one (the address's confirmation uses the account's).
    pub code: Option<Code>,
    /// The phone number the codes go to, or (confirming the address) the one given for later.
    pub phone: Option<String>,
    /// The personal identity number an identity provider vouched for (e-identification's steps).
    pub personal_number: Option<String>,
}

/// Begins a step for `email` and returns its token; a step that waits for a code of its own gets
/// one, sent by text message or mail, within the limit of codes to one destination.
/// A code goes in `locale`'s language and in Swedish.
pub async fn begin(state: &AppState, email: &str, kind: StepKind, phone: Option<&str>, locale: &Locale) -> Result<String, StoreError> {
    begin_with(state, email, kind, phone, None, locale).await
}

/// The same, for e-identification's steps, which carry the personal identity number.
pub async fn begin_with(state: &AppState, email: &str, kind: StepKind, phone: Option<&str>, personal_number: Option<&str>, locale: &Locale) -> Result<String, StoreError> {
    let now = state.clock.now();
    let email = normalise(email);
    let code = match kind {
        StepKind::ConfirmEmail | StepKind::EidEmail => None,
        _ => {
            let destination = if kind.by_text() { phone.unwrap_or_default() } else { email.as_str() };
            state.limits.allow(&[key("codes to", destination, CODES_PER_ADDRESS)], now).await?;
            Some(new_code())
        }
    };
    let token = random_id() + &random_id();
    state.store.insert_step(&token, &email, kind, (phone, personal_number), code.as_deref(), locale, now).await?;
    Ok(token)
}

/// The step of this token, if it has not ended.
pub async fn find(state: &AppState, token: &str) -> Option<Step> {
    state.store.step(token, state.clock.now()).await.ok().flatten()
}

/// Checks a step's own code: a text message's works for 10 minutes, a mail's for 30; five wrong
/// tries end it.
pub async fn check_code(state: &AppState, token: &str, step: &Step, typed: &str) -> Result<(), StoreError> {
    let code = step.code.as_ref().ok_or(StoreError::NoStep)?;
    let lifetime = if step.kind.by_text() { TEXT_CODE_LIFETIME } else { CODE_LIFETIME };
    match code.check_within(typed, state.clock.now(), lifetime) {
        Ok(()) => Ok(()),
        Err(CodeRefusal::Expired) => Err(StoreError::CodeExpired),
        Err(refusal) => {
            state.store.step_failed(token).await?;
            Err(if refusal == CodeRefusal::UsedUp { StoreError::CodeUsedUp } else { StoreError::WrongCode })
        }
    }
}

/// Sends a step a new code (the old one stops working), within the limit.
pub async fn new_code_for(state: &AppState, token: &str, step: &Step, locale: &Locale) -> Result<(), StoreError> {
    let now = state.clock.now();
    let destination = if step.kind.by_text() { step.phone.clone().unwrap_or_default() } else { step.email.clone() };
    state.limits.allow(&[key("codes to", &destination, CODES_PER_ADDRESS)], now).await?;
    state.store.replace_step_code(token, step, &new_code(), locale, now).await
}

/// Ends a step: it has been used.
pub async fn end(state: &AppState, token: &str) {
    let _ = state.store.delete_step(token).await;
}

impl Store {
    #[allow(clippy::too_many_arguments)]
    async fn insert_step(&self, token: &str, email: &str, kind: StepKind, (phone, personal_number): (Option<&str>, Option<&str>), code: Option<&str>, locale: &Locale, now: Millis) -> Result<(), StoreError> {
        let mut transaction = self.begin().await?;
        sqlx::query("INSERT INTO sign_in_steps (token_hash, email, created_at, kind, phone, code, code_sent_at, personal_number) VALUES ($1, $2, $3, $4, $5, $6, $3, $7)")
            .bind(token_hash(token))
            .bind(email)
            .bind(now)
            .bind(kind.name())
            .bind(phone)
            .bind(code)
            .bind(personal_number)
            .execute(&mut *transaction)
            .await?;
        if let Some(code) = code {
            send(&mut transaction, email, kind, phone, code, locale, now).await?;
        }
        transaction.commit().await?;
        Ok(())
    }

    async fn step(&self, token: &str, now: Millis) -> Result<Option<Step>, StoreError> {
        let row = sqlx::query(
            "SELECT email, kind, code, COALESCE(code_sent_at, created_at), failed, phone, personal_number FROM sign_in_steps WHERE token_hash = $1 AND created_at + $2 > $3",
        )
        .bind(token_hash(token))
        .bind(STEP_LIFETIME)
        .bind(now)
        .fetch_optional(&mut *self.reading().await?)
        .await?;
        let Some(r) = row else { return Ok(None) };
        let (sent_at, failed) = (r.try_get(3)?, r.try_get::<i64, _>(4)? as u32);
        let code = r.try_get::<Option<String>, _>(2)?.map(|value| Code { value, sent_at, failed });
        let (email, kind, phone, personal_number): (String, String, Option<String>, Option<String>) = (r.try_get(0)?, r.try_get(1)?, r.try_get(5)?, r.try_get(6)?);
        Ok(StepKind::read(&kind).map(|kind| Step { email, kind, code, phone, personal_number }))
    }

    async fn step_failed(&self, token: &str) -> Result<(), StoreError> {
        sqlx::query("UPDATE sign_in_steps SET failed = failed + 1 WHERE token_hash = $1").bind(token_hash(token)).execute(self.writer()).await?;
        Ok(())
    }

    async fn replace_step_code(&self, token: &str, step: &Step, code: &str, locale: &Locale, now: Millis) -> Result<(), StoreError> {
        let mut transaction = self.begin().await?;
        sqlx::query("UPDATE sign_in_steps SET code = $1, code_sent_at = $2, failed = 0 WHERE token_hash = $3").bind(code).bind(now).bind(token_hash(token)).execute(&mut *transaction).await?;
        send(&mut transaction, &step.email, step.kind, step.phone.as_deref(), code, locale, now).await?;
        transaction.commit().await?;
        Ok(())
    }

    async fn delete_step(&self, token: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM sign_in_steps WHERE token_hash = $1").bind(token_hash(token)).execute(self.writer()).await?;
        Ok(())
    }
}

/// Writes a step's code to the outbox: a text message to the phone, or a mail, in `locale`'s
/// language and in Swedish.
async fn send(connection: &mut sqlx::AnyConnection, email: &str, kind: StepKind, phone: Option<&str>, code: &str, locale: &Locale, now: Millis) -> Result<(), sqlx::Error> {
    use blankett_core::messages::catalog::{page_words::key, say_page};
    match (kind.by_text(), phone) {
        (true, Some(phone)) => {
            let said = say_page(locale, key::CODE_TEXT, &[code.into()]);
            let swedish = say_page(&Locale::new("sv"), key::CODE_TEXT, &[code.into()]);
            let text = if locale.language() == "sv" { format!("Blankett: {swedish}") } else { format!("Blankett: {said} {swedish}") };
            crate::texts::queue(connection, phone, &text, now).await
        }
        _ if kind == StepKind::EidConfirm => {
            let (subject, body) = crate::accounts::verification_mail(code, locale, false);
            queue(connection, email, &subject, &body, now).await
        }
        _ => {
            let (subject, body) = crate::mail::in_language_and_swedish(locale, key::CODE_MAIL_SIGN_IN_SUBJECT, key::CODE_MAIL_SIGN_IN_BODY, &[code.into()]);
            queue(connection, email, &subject, &body, now).await
        }
    }
}
