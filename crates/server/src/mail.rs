//! Delivering the outbox by SMTP when a mail server is configured (`--smtp URL` or
//! `BLANKETT_SMTP_URL`, e.g. `smtps://user:password@mail.example.org` or
//! `smtp://relay.internal:25`). Every mail is first written to the outbox in the same transaction
//! as what caused it (an account, a confirmation), so nothing is lost if the mail server is down:
//! delivery retries with a growing pause, and the outbox shows what was sent.

use crate::accounts::Mail;
use blankett_core::basics::text::Locale;
use crate::store::{Store, StoreError};
use blankett_core::basics::Millis;
use lettre::message::{header::ContentType, Mailbox};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::sync::Arc;

/// A mail's subject and text (messages of `catalogs/pages`) in the applicant's language and in
/// Swedish, the agency's language (once, for a Swedish reader).
pub fn in_language_and_swedish(locale: &Locale, subject: usize, body: usize, args: &[blankett_core::messages::catalog::Arg]) -> (String, String) {
    use blankett_core::messages::catalog::say_page;
    written_and_in_swedish(locale, |locale| (say_page(locale, subject, &[]), say_page(locale, body, args)))
}

/// A mail as `write` writes it in a language (subject, text), in `locale`'s language and in
/// Swedish: the subjects joined by " / ", the texts one after the other.
pub fn written_and_in_swedish(locale: &Locale, write: impl Fn(&Locale) -> (String, String)) -> (String, String) {
    let (subject_sv, body_sv) = write(&Locale::new("sv"));
    if locale.language() == "sv" {
        return (subject_sv, format!("{body_sv}\n"));
    }
    let (subject, body) = write(locale);
    (format!("{subject} / {subject_sv}"), format!("{body}\n\n{body_sv}\n"))
}

/// Attempts before a mail is given up (and left in the outbox with its last error).
pub const MAX_ATTEMPTS: u32 = 10;

/// The pause after the `attempts`-th failed attempt: 30 seconds, doubling, at most an hour.
pub fn retry_after(attempts: u32) -> Millis {
    let seconds = 30u64.saturating_mul(1 << attempts.saturating_sub(1).min(7)).min(3600);
    seconds as Millis * 1000
}

pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl Mailer {
    /// `url` as lettre reads it: `smtp://` (plain, for a relay on a trusted network), `smtp://…?tls=required`
    /// (STARTTLS) or `smtps://` (TLS), with optional `user:password@`.
    pub fn new(url: &str, from: &str) -> Result<Mailer, String> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url).map_err(|e| format!("the SMTP address {url:?} cannot be used: {e}"))?.build();
        let from = from.parse().map_err(|e| format!("the sender {from:?} is not an email address: {e}"))?;
        Ok(Mailer { transport, from })
    }

    async fn send(&self, mail: &Mail) -> Result<(), String> {
        let message = Message::builder()
            .from(self.from.clone())
            .to(mail.recipient.parse().map_err(|e| format!("the recipient is not an address: {e}"))?)
            .subject(&mail.subject)
            .header(ContentType::TEXT_PLAIN)
            .body(mail.body.clone())
            .map_err(|e| e.to_string())?;
        self.transport.send(message).await.map(|_| ()).map_err(|e| e.to_string())
    }
}

/// Sends every mail that is due; returns how many were delivered.
pub async fn deliver_due(store: &Store, mailer: &Mailer, now: Millis) -> Result<usize, StoreError> {
    deliver(store, "mail", now, |mail| async move { mailer.send(&mail).await }).await
}

/// How long an instance has to send a message it claimed before another may claim it: longer
/// than any send takes (SMTP and the SMS provider time out sooner), so that a message is sent
/// twice only if the instance sending it died after sending and before recording it.
pub const CLAIM_FOR: Millis = 5 * 60 * 1000;

/// Sends what the outbox holds for `channel` that is due, each with `send`, recording each
/// delivery or failure (a failure is tried again later, `retry_after`); returns how many were
/// delivered. Mail and text messages alike. Each message is claimed in the database before it is
/// sent (`Store::claim_due`), so that with several instances each is sent by one.
pub(crate) async fn deliver<F, Sent>(store: &Store, channel: &str, now: Millis, send: F) -> Result<usize, StoreError>
where
    F: Fn(Mail) -> Sent,
    Sent: std::future::Future<Output = Result<(), String>>,
{
    let mut delivered = 0;
    while let Some(item) = store.claim_due(now, now + CLAIM_FOR, MAX_ATTEMPTS, channel).await? {
        let id = item.id;
        match send(item).await {
            Ok(()) => {
                store.mail_sent(id, now).await?;
                delivered += 1;
            }
            Err(error) => {
                // The log names the message by its id, never by its recipient.
                tracing::warn!(channel, id, "not delivered: {error}");
                store.mail_failed(id, &error, now).await?;
            }
        }
    }
    Ok(delivered)
}

/// Delivers the outbox every few seconds for as long as the server runs.
pub fn spawn_delivery(state: Arc<crate::AppState>, mailer: Mailer) {
    tokio::spawn(async move {
        loop {
            if let Err(error) = deliver_due(&state.store, &mailer, state.clock.now()).await {
                tracing::error!("delivering mail: {error:?}");
            }
            tokio::time::sleep(std::time::Duration::from_secs(5)).await;
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failing_mail_server_is_tried_less_and_less_often() {
        assert_eq!(retry_after(1), 30_000);
        assert_eq!(retry_after(2), 60_000);
        assert_eq!(retry_after(5), 480_000);
        assert_eq!(retry_after(8), 3_600_000);
        assert_eq!(retry_after(40), 3_600_000);
    }
}
