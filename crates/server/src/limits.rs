//! Rate limits: at most so many attempts per key (an email address, a network address, a
//! reference number) within a sliding window, decided by `blankett_core::attempts` with the limits
//! of `blankett_core::account`. Kept in memory: a restart forgets, which only helps a guesser once.

use crate::store::StoreError;
use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use blankett_core::account::Limit;
use blankett_core::attempts::Attempts;
use blankett_core::basics::Millis;
use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Mutex;

/// The network address a request came from, as a key for limits. Requests without one (tests
/// that call the router directly) share one key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Client(pub String);

impl<S: Send + Sync> FromRequestParts<S> for Client {
    type Rejection = std::convert::Infallible;
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let address = parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|ConnectInfo(address)| address.ip().to_string());
        Ok(Client(address.unwrap_or_else(|| "unknown".into())))
    }
}

/// One limited thing: a key and its limit.
pub type Key = (String, Limit);

#[derive(Default)]
pub struct Limiter {
    attempts: Mutex<HashMap<String, Attempts>>,
}

impl Limiter {
    fn attempts(&self) -> std::sync::MutexGuard<'_, HashMap<String, Attempts>> {
        self.attempts.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Refuses (429, with how long to wait) if any key has had its limit within its window.
    pub fn check(&self, keys: &[Key], now: Millis) -> Result<(), StoreError> {
        let attempts = self.attempts();
        let wait = keys.iter().filter_map(|(key, limit)| attempts.get(key)?.retry_after(now, limit.max, limit.window)).max();
        match wait {
            Some(wait) => Err(StoreError::TooManyAttempts((wait as u64).div_ceil(1000))),
            None => Ok(()),
        }
    }

    /// Counts one attempt under each key.
    pub fn record(&self, keys: &[Key], now: Millis) {
        let mut attempts = self.attempts();
        for (key, limit) in keys {
            attempts.entry(key.clone()).or_default().allow(now, limit.max, limit.window);
        }
    }

    /// Checks, then counts one attempt under each key: for limits on every attempt, not only
    /// failed ones.
    pub fn allow(&self, keys: &[Key], now: Millis) -> Result<(), StoreError> {
        self.check(keys, now)?;
        self.record(keys, now);
        Ok(())
    }

    /// Forgets keys with no attempt in the longest window, so that the table cannot grow without
    /// end.
    pub fn forget_idle(&self, now: Millis, longest: Millis) {
        self.attempts().retain(|_, attempts| !attempts.is_idle(now, longest));
    }
}
