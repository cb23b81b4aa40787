//! Rate limits: at most so many attempts per key (an email address, a network address, a
//! reference number) within a sliding window, decided by `blankett_core::attempts` with the limits
//! of `blankett_core::account`. Kept in the database (`rate_limits`, by a hash of the key), so
//! that every instance behind a load balancer counts the same attempts and a restart forgets
//! nothing.
//!
//! The network address a limit counts is the peer's, or, when the peer is a proxy the deployment
//! trusts (`--trusted-proxy`), the one that proxy saw: the right-most address of
//! `X-Forwarded-For` that is not itself a trusted proxy. Whatever a client writes in the header
//! itself stands left of that, so it cannot choose its own key.

use crate::store::{Store, StoreError};
use crate::AppState;
use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use blankett_core::account::Limit;
use blankett_core::attempts::Attempts;
use blankett_core::basics::Millis;
use sqlx::Row;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

/// The network address a request came from, as a key for limits. Requests without one (tests
/// that call the router directly) share one key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Client(pub String);

impl FromRequestParts<Arc<AppState>> for Client {
    type Rejection = std::convert::Infallible;
    async fn from_request_parts(parts: &mut Parts, state: &Arc<AppState>) -> Result<Self, Self::Rejection> {
        let peer = parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|ConnectInfo(address)| address.ip());
        let forwarded = parts.headers.get_all("x-forwarded-for").iter().filter_map(|value| value.to_str().ok()).collect::<Vec<_>>().join(",");
        let address = peer.map(|peer| client_address(peer, &forwarded, &state.config.trusted_proxies));
        Ok(Client(address.map_or_else(|| "unknown".into(), |address| address.to_string())))
    }
}

/// A proxy the deployment trusts to say who its client was: an address, or a network
/// (`10.0.0.0/8`, `fd00::/8`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Proxy {
    network: IpAddr,
    prefix: u8,
}

impl Proxy {
    pub fn parse(text: &str) -> Result<Proxy, String> {
        let text = text.trim();
        let (address, prefix) = text.split_once('/').map_or((text, None), |(a, p)| (a, Some(p)));
        let network: IpAddr = address.parse().map_err(|_| format!("{text:?} is not an IP address or network (like 10.0.0.5 or 10.0.0.0/8)"))?;
        let longest = if network.is_ipv4() { 32 } else { 128 };
        let prefix = match prefix {
            None => longest,
            Some(p) => p.parse::<u8>().ok().filter(|p| *p <= longest).ok_or_else(|| format!("{text:?}: the prefix length is 0 to {longest}"))?,
        };
        Ok(Proxy { network, prefix })
    }

    pub fn contains(&self, address: IpAddr) -> bool {
        let address = match address {
            IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(address, IpAddr::V4),
            v4 => v4,
        };
        let bits = |a: IpAddr| match a {
            IpAddr::V4(v4) => (u128::from(u32::from(v4)), 32),
            IpAddr::V6(v6) => (u128::from(v6), 128),
        };
        let ((network, width), (address, other)) = (bits(self.network), bits(address));
        if width != other {
            return false;
        }
        let shift = width - u32::from(self.prefix);
        shift >= width || network >> shift == address >> shift
    }
}

/// The client's address: the peer's, unless the peer is a trusted proxy; then, walking
/// `X-Forwarded-For` (`client, proxy1, proxy2`) from the right, the first address that is not a
/// trusted proxy. If every hop is trusted, the left-most; if a hop cannot be read, the last
/// trusted hop before it, since whatever stands there was not written by a proxy we trust.
pub fn client_address(peer: IpAddr, forwarded_for: &str, trusted: &[Proxy]) -> IpAddr {
    let is_trusted = |address: IpAddr| trusted.iter().any(|proxy| proxy.contains(address));
    if !is_trusted(peer) {
        return peer;
    }
    let mut client = peer;
    for hop in forwarded_for.split(',').map(str::trim).filter(|hop| !hop.is_empty()).rev() {
        let Some(address) = hop_address(hop) else { return client };
        client = address;
        if !is_trusted(address) {
            return address;
        }
    }
    client
}

/// One entry of X-Forwarded-For: an address, perhaps with a port (`[::1]:443`, `1.2.3.4:80`).
fn hop_address(hop: &str) -> Option<IpAddr> {
    hop.parse()
        .ok()
        .or_else(|| hop.parse::<SocketAddr>().ok().map(|address| address.ip()))
        .or_else(|| hop.strip_prefix('[').and_then(|rest| rest.strip_suffix(']')).and_then(|inner| inner.parse().ok()))
}

/// One limited thing: a key and its limit.
pub type Key = (String, Limit);

/// The limits, over the store's `rate_limits` table.
#[derive(Clone)]
pub struct Limiter {
    store: Store,
}

/// The stored attempts of a key, oldest first: `1795244400000,1795244460000`.
fn read_times(text: &str) -> Attempts {
    Attempts::from_times(text.split(',').filter_map(|t| t.parse().ok()).collect())
}

fn write_times(attempts: &Attempts) -> String {
    attempts.times().iter().map(|t| t.to_string()).collect::<Vec<_>>().join(",")
}

/// Keys are kept hashed: the table says how often something was tried, not which address.
fn key_hash(key: &str) -> String {
    crate::accounts::token_hash(key)
}

fn too_many(wait: Millis) -> StoreError {
    StoreError::TooManyAttempts((wait as u64).div_ceil(1000))
}

impl Limiter {
    pub fn new(store: Store) -> Limiter {
        Limiter { store }
    }

    /// Refuses (429, with how long to wait) if any key has had its limit within its window.
    pub async fn check(&self, keys: &[Key], now: Millis) -> Result<(), StoreError> {
        let mut connection = self.store.reading().await?;
        let mut wait = None;
        for (key, limit) in keys {
            let row = sqlx::query("SELECT times FROM rate_limits WHERE key_hash = $1").bind(key_hash(key)).fetch_optional(&mut *connection).await?;
            if let Some(row) = row {
                let attempts = read_times(&row.try_get::<String, _>(0)?);
                wait = wait.max(attempts.retry_after(now, limit.max, limit.window));
            }
        }
        wait.map_or(Ok(()), |wait| Err(too_many(wait)))
    }

    /// Counts one attempt under each key.
    pub async fn record(&self, keys: &[Key], now: Millis) -> Result<(), StoreError> {
        self.count(keys, now, false).await
    }

    /// Checks, then counts one attempt under each key, in one transaction that holds the keys'
    /// rows: two instances cannot both let the last allowed attempt through.
    pub async fn allow(&self, keys: &[Key], now: Millis) -> Result<(), StoreError> {
        self.count(keys, now, true).await
    }

    async fn count(&self, keys: &[Key], now: Millis, checked: bool) -> Result<(), StoreError> {
        let mut hashed: Vec<(String, &Limit)> = keys.iter().map(|(key, limit)| (key_hash(key), limit)).collect();
        // Always locked in the same order, so that two requests with the same keys cannot each
        // hold one the other waits for.
        hashed.sort_by(|a, b| a.0.cmp(&b.0));
        let mut transaction = self.store.begin().await?;
        let mut all = Vec::with_capacity(hashed.len());
        for (hash, limit) in &hashed {
            sqlx::query("INSERT INTO rate_limits (key_hash, times, last_at) VALUES ($1, '', $2) ON CONFLICT (key_hash) DO NOTHING")
                .bind(hash)
                .bind(now)
                .execute(&mut *transaction)
                .await?;
            let query = format!("SELECT times FROM rate_limits WHERE key_hash = $1{}", self.store.lock());
            let times: String = sqlx::query(&query).bind(hash).fetch_one(&mut *transaction).await?.try_get(0)?;
            all.push((hash, *limit, read_times(&times)));
        }
        if checked {
            if let Some(wait) = all.iter().filter_map(|(_, limit, attempts)| attempts.retry_after(now, limit.max, limit.window)).max() {
                return Err(too_many(wait));
            }
        }
        for (hash, limit, mut attempts) in all {
            attempts.allow(now, limit.max, limit.window);
            sqlx::query("UPDATE rate_limits SET times = $1, last_at = $2 WHERE key_hash = $3").bind(write_times(&attempts)).bind(now).bind(hash).execute(&mut *transaction).await?;
        }
        transaction.commit().await?;
        Ok(())
    }

    /// Forgets keys with no attempt in the longest window, so that the table cannot grow without
    /// end.
    pub async fn forget_idle(&self, now: Millis, longest: Millis) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM rate_limits WHERE last_at + $1 <= $2").bind(longest).bind(now).execute(self.store.writer()).await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn a_proxy_is_an_address_or_a_network() {
        let network = Proxy::parse("10.0.0.0/8").unwrap();
        assert!(network.contains(ip("10.1.2.3")) && !network.contains(ip("11.0.0.1")));
        assert!(network.contains(ip("::ffff:10.9.9.9")), "IPv4 as IPv6 sockets show it");
        assert!(Proxy::parse("192.168.1.10").unwrap().contains(ip("192.168.1.10")));
        assert!(!Proxy::parse("192.168.1.10").unwrap().contains(ip("192.168.1.11")));
        assert!(Proxy::parse("fd00::/8").unwrap().contains(ip("fd12::1")));
        assert!(Proxy::parse("0.0.0.0/0").unwrap().contains(ip("8.8.8.8")));
        assert!(!Proxy::parse("fd00::/8").unwrap().contains(ip("10.0.0.1")));
        for wrong in ["10.0.0.0/33", "proxy.internal", "10.0.0.0/x", ""] {
            assert!(Proxy::parse(wrong).is_err(), "{wrong}");
        }
    }

    #[test]
    fn the_client_is_the_right_most_address_no_trusted_proxy_wrote() {
        let trusted = [Proxy::parse("10.0.0.0/8").unwrap()];
        let balancer = ip("10.0.0.2");
        // A peer that is no trusted proxy is the client, whatever it writes.
        assert_eq!(client_address(ip("203.0.113.7"), "1.2.3.4", &trusted), ip("203.0.113.7"));
        assert_eq!(client_address(balancer, "198.51.100.4", &trusted), ip("198.51.100.4"));
        // What the client forged stands left of what the balancer appended.
        assert_eq!(client_address(balancer, "1.2.3.4, 198.51.100.4", &trusted), ip("198.51.100.4"));
        assert_eq!(client_address(balancer, "1.2.3.4, 198.51.100.4, 10.0.0.9", &trusted), ip("198.51.100.4"), "through two trusted proxies");
        assert_eq!(client_address(balancer, "garbage, 198.51.100.4", &trusted), ip("198.51.100.4"));
        assert_eq!(client_address(balancer, "198.51.100.4:5000", &trusted), ip("198.51.100.4"));
        assert_eq!(client_address(balancer, "[2001:db8::1]", &trusted), ip("2001:db8::1"));
        // A header without an untrusted hop, or with an unreadable last hop: the last proxy.
        assert_eq!(client_address(balancer, "", &trusted), balancer);
        assert_eq!(client_address(balancer, "10.0.0.7", &trusted), ip("10.0.0.7"));
        assert_eq!(client_address(balancer, "1.2.3.4, unreadable", &trusted), balancer);
        // With no trusted proxies the header is never read.
        assert_eq!(client_address(balancer, "198.51.100.4", &[]), balancer);
    }
}
