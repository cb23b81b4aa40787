//! Text messages (two-step verification's codes). Each is written to the outbox in the same
//! transaction as its step, like mail, and delivered by an SMS provider's HTTP API when one is
//! configured (`--sms URL` or `BLANKETT_SMS_URL`); without one it stays in the outbox, where
//! development reads it (`/api/dev/outbox`, `to` the phone number).
//!
//! The adapter speaks the API of 46elks, a Swedish SMS provider: `POST` of a form with `from`, `to`
//! and `message`, HTTP Basic authentication with the API user and secret, 200 when accepted. The
//! URL carries the credentials: `https://USER:SECRET@api.46elks.com/a1/sms`. A provider that takes
//! the same request works too; another needs an adapter beside this one.

use crate::store::{Store, StoreError};
use blankett_core::basics::Millis;
use std::sync::Arc;

/// Writes a text message to the outbox.
pub(crate) async fn queue(connection: &mut sqlx::AnyConnection, phone: &str, message: &str, now: Millis) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO outbox (recipient, subject, body, created_at, channel) VALUES ($1, 'Text message', $2, $3, 'text')").bind(phone).bind(message).bind(now).execute(connection).await?;
    Ok(())
}

pub struct Gateway {
    client: reqwest::Client,
    url: reqwest::Url,
    user: String,
    secret: String,
    from: String,
}

impl Gateway {
    /// `url` is the provider's endpoint with `user:secret@`; `from` the sender shown on the phone
    /// (at most 11 letters and digits, or a phone number).
    pub fn new(url: &str, from: &str) -> Result<Gateway, String> {
        let mut url: reqwest::Url = url.parse().map_err(|e| format!("the SMS address {url:?} cannot be used: {e}"))?;
        if !matches!(url.scheme(), "https" | "http") {
            return Err(format!("the SMS address must be https:// (or http:// to a test listener), not {}", url.scheme()));
        }
        let user = url.username().to_string();
        let secret = url.password().unwrap_or_default().to_string();
        if user.is_empty() || secret.is_empty() {
            return Err("the SMS address must carry the API user and secret: https://USER:SECRET@host/path".into());
        }
        let (_, _) = (url.set_username(""), url.set_password(None));
        let sender_ok = (from.len() <= 11 && from.chars().all(|c| c.is_ascii_alphanumeric())) || blankett_core::account::phone_number(from).is_some();
        if from.is_empty() || !sender_ok {
            return Err(format!("the SMS sender {from:?} must be at most 11 letters and digits, or a phone number"));
        }
        crate::install_crypto();
        let client = reqwest::Client::builder().timeout(std::time::Duration::from_secs(20)).build().map_err(|e| e.to_string())?;
        Ok(Gateway { client, url, user, secret, from: from.to_string() })
    }

    async fn send(&self, to: &str, message: &str) -> Result<(), String> {
        let response = self
            .client
            .post(self.url.clone())
            .basic_auth(&self.user, Some(&self.secret))
            .form(&[("from", self.from.as_str()), ("to", to), ("message", message)])
            .send()
            .await
            .map_err(|e| e.to_string())?;
        match response.status() {
            status if status.is_success() => Ok(()),
            status => Err(format!("the SMS provider answered {status}")),
        }
    }
}

/// Sends every text message that is due; returns how many were delivered.
pub async fn deliver_due(store: &Store, gateway: &Gateway, now: Millis) -> Result<usize, StoreError> {
    crate::mail::deliver(store, "text", now, |text| async move { gateway.send(&text.recipient, &text.body).await }).await
}

/// Delivers text messages every second for as long as the server runs: a code is waited for.
pub fn spawn_delivery(state: Arc<crate::AppState>, gateway: Gateway) {
    tokio::spawn(async move {
        loop {
            if let Err(error) = deliver_due(&state.store, &gateway, state.clock.now()).await {
                tracing::error!("delivering text messages: {error:?}");
            }
            tokio::time::sleep(std::time::Duration::from_secs(1)).await;
        }
    });
}
