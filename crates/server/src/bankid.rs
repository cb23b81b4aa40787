//! BankID and Mobile BankID: a client of the BankID Relying Party API v6.0 (`POST
//! {url}/rp/v6.0/auth`, `/collect`, `/cancel`), over mutual TLS with the deployment's relying-party
//! certificate (PKCS#12 and its password) and trusting BankID's CA only; and the animated QR code.
//! What the applicant is told while an order runs is `blankett_core::bankid`'s.
//!
//! Configured in the sign-in file (`eid.rs`):
//!
//! ```toml
//! [bankid]
//! url = "https://appapi2.test.bankid.com"     # BankID's test environment; production: https://appapi2.bankid.com
//! certificate = "FPTestcert5_20240610.p12"    # the relying party's certificate
//! password = "env:BLANKETT_BANKID_PASSWORD"   # or the password itself ("qwerty123" for BankID's test certificate)
//! ca = "bankid-test-ca.pem"                   # BankID's CA for that environment, PEM
//! test = true                                 # labels the method "(test)"
//! ```
//!
//! An order's QR code changes every second: `bankid.{qrStartToken}.{seconds since the order}.
//! {hex HMAC-SHA256 of those seconds, keyed with qrStartSecret}`. The secret stays here; the
//! browser only ever gets the picture of the current code.

use crate::accounts::token_hash;
use crate::store::{random_id, Store};
use blankett_core::bankid::{Collected, Device};
use blankett_core::basics::Millis;
use hmac::{KeyInit, Mac};
use sqlx::Row;
use serde::Deserialize;
use serde_json::{json, Value};

/// How long an order is kept: BankID ends one after three minutes without an identification.
const ORDER_KEPT: Millis = 5 * 60 * 1000;
/// BankID asks relying parties to collect every two seconds.
pub const COLLECT_EVERY: Millis = 2000;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct BankIdConfig {
    url: String,
    certificate: std::path::PathBuf,
    password: String,
    ca: std::path::PathBuf,
    #[serde(default)]
    pub(crate) test: bool,
}

/// The Relying Party API.
pub struct BankId {
    client: reqwest::Client,
    url: String,
    pub(crate) test: bool,
}

/// An order as `/auth` answers it.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct Order {
    pub order_ref: String,
    pub auto_start_token: String,
    pub qr_start_token: String,
    pub qr_start_secret: String,
}

/// Why a request to BankID failed: its `errorCode`, or that it could not be reached.
#[derive(Debug)]
pub struct RpError(pub String);

/// The QR code's content at `seconds` since the order began.
pub fn qr_payload(qr_start_token: &str, qr_start_secret: &str, seconds: u64) -> String {
    let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(qr_start_secret.as_bytes()).expect("HMAC takes a key of any length");
    mac.update(seconds.to_string().as_bytes());
    format!("bankid.{qr_start_token}.{seconds}.{}", hex::encode(mac.finalize().into_bytes()))
}

/// The QR code of `payload` as an SVG picture.
pub fn qr_svg(payload: &str) -> String {
    match qrcode::QrCode::new(payload.as_bytes()) {
        Ok(code) => code.render::<qrcode::render::svg::Color>().min_dimensions(240, 240).quiet_zone(true).build(),
        Err(_) => String::new(),
    }
}

/// The relying party's key and certificates from PKCS#12, as the PEM reqwest takes.
fn identity_pem(p12: &[u8], password: &str) -> Result<Vec<u8>, String> {
    use base64::Engine;
    let store = p12_keystore::KeyStore::from_pkcs12(p12, password, p12_keystore::Pkcs12ImportPolicy::Strict).map_err(|e| format!("the certificate cannot be read with that password: {e}"))?;
    let (_, chain) = store.private_key_chain().ok_or("the certificate file holds no private key with its certificate")?;
    let block = |label: &str, der: &[u8]| {
        let text = base64::engine::general_purpose::STANDARD.encode(der);
        let lines: Vec<&str> = text.as_bytes().chunks(64).map(|line| std::str::from_utf8(line).unwrap_or_default()).collect();
        format!("-----BEGIN {label}-----\n{}\n-----END {label}-----\n", lines.join("\n"))
    };
    let mut pem = block("PRIVATE KEY", chain.key().as_der());
    for certificate in chain.certs() {
        pem.push_str(&block("CERTIFICATE", certificate.as_der()));
    }
    Ok(pem.into_bytes())
}

fn secret(value: &str) -> Result<String, String> {
    match value.strip_prefix("env:") {
        Some(variable) => std::env::var(variable).map_err(|_| format!("the environment has no {variable}")),
        None => Ok(value.to_string()),
    }
}

impl BankId {
    /// The client, from the sign-in file's `[bankid]` (paths relative to the file's folder).
    pub(crate) fn new(config: &BankIdConfig, folder: &std::path::Path) -> Result<BankId, String> {
        let read = |path: &std::path::Path| std::fs::read(folder.join(path)).map_err(|e| format!("{}: {e}", path.display()));
        let identity = identity_pem(&read(&config.certificate)?, &secret(&config.password)?)?;
        let identity = reqwest::Identity::from_pem(&identity).map_err(|e| format!("the certificate: {e}"))?;
        let ca = reqwest::Certificate::from_pem(&read(&config.ca)?).map_err(|e| format!("the CA: {e}"))?;
        crate::install_crypto();
        let client = reqwest::Client::builder()
            .identity(identity)
            // BankID's CA, and no other: a certificate any public CA issued is not BankID.
            .tls_certs_only([ca])
            .redirect(reqwest::redirect::Policy::none())
            .timeout(std::time::Duration::from_secs(20))
            .build()
            .map_err(|e| e.to_string())?;
        Ok(BankId { client, url: config.url.trim_end_matches('/').to_string(), test: config.test })
    }

    async fn call(&self, operation: &str, body: Value) -> Result<Value, RpError> {
        let response = self.client.post(format!("{}/rp/v6.0/{operation}", self.url)).json(&body).send().await.map_err(|e| RpError(format!("unreachable: {e}")))?;
        let status = response.status();
        let answer: Value = response.json().await.unwrap_or(Value::Null);
        if status.is_success() {
            Ok(answer)
        } else {
            Err(RpError(answer["errorCode"].as_str().unwrap_or("internalError").to_string()))
        }
    }

    /// Starts an identification for the applicant at `end_user_ip`.
    pub async fn auth(&self, end_user_ip: &str) -> Result<Order, RpError> {
        let answer = self.call("auth", json!({ "endUserIp": end_user_ip })).await?;
        serde_json::from_value(answer).map_err(|e| RpError(format!("an /auth answer not as documented: {e}")))
    }

    /// How the order is going; on completion, the personal identity number of the user.
    pub async fn collect(&self, order_ref: &str) -> (Collected, Option<String>) {
        match self.call("collect", json!({ "orderRef": order_ref })).await {
            Ok(answer) => {
                let hint = answer["hintCode"].as_str().unwrap_or_default().to_string();
                match answer["status"].as_str() {
                    Some("complete") => (Collected::Complete, answer["completionData"]["user"]["personalNumber"].as_str().map(str::to_string)),
                    Some("failed") => (Collected::Failed { hint }, None),
                    _ => (Collected::Pending { hint }, None),
                }
            }
            Err(RpError(code)) => (Collected::Error { code }, None),
        }
    }

    pub async fn cancel(&self, order_ref: &str) -> Result<(), RpError> {
        self.call("cancel", json!({ "orderRef": order_ref })).await.map(|_| ())
    }
}

/// An order as kept for the browser that started it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kept {
    pub order: Order,
    pub device: Device,
    pub started_at: Millis,
    pub collected_at: Option<Millis>,
    pub collected: Collected,
    pub personal_number: Option<String>,
    pub next: String,
}

impl Kept {
    /// The QR code's content now.
    pub fn qr_now(&self, now: Millis) -> String {
        qr_payload(&self.order.qr_start_token, &self.order.qr_start_secret, (now - self.started_at).max(0) as u64 / 1000)
    }

    pub fn collect_due(&self, now: Millis) -> bool {
        matches!(self.collected, Collected::Pending { .. }) && self.collected_at.is_none_or(|at| now - at >= COLLECT_EVERY)
    }
}

fn collected_name(collected: &Collected) -> (&'static str, &str) {
    match collected {
        Collected::Pending { hint } => ("pending", hint),
        Collected::Failed { hint } => ("failed", hint),
        Collected::Complete => ("complete", ""),
        Collected::Error { code } => ("error", code),
    }
}

impl Store {
    /// Keeps an order for the browser that started it; returns the token of its cookie.
    pub async fn keep_order(&self, order: &Order, device: Device, next: &str, now: Millis) -> Result<String, String> {
        let token = random_id() + &random_id();
        sqlx::query("INSERT INTO bankid_orders (token_hash, order_ref, device, auto_start_token, qr_start_token, qr_start_secret, started_at, next) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)")
            .bind(token_hash(&token))
            .bind(&order.order_ref)
            .bind(device.name())
            .bind(&order.auto_start_token)
            .bind(&order.qr_start_token)
            .bind(&order.qr_start_secret)
            .bind(now)
            .bind(next)
            .execute(self.writer())
            .await
            .map_err(|e| e.to_string())?;
        Ok(token)
    }

    pub async fn order(&self, token: &str, now: Millis) -> Option<Kept> {
        let row = sqlx::query(
            "SELECT order_ref, device, auto_start_token, qr_start_token, qr_start_secret, started_at, collected_at, status, hint, personal_number, next
             FROM bankid_orders WHERE token_hash = $1 AND started_at + $2 > $3",
        )
        .bind(token_hash(token))
        .bind(ORDER_KEPT)
        .bind(now)
        .fetch_optional(self.writer())
        .await
        .ok()??;
        let read = |r: &sqlx::any::AnyRow| -> Result<Kept, sqlx::Error> {
            let order = Order { order_ref: r.try_get(0)?, auto_start_token: r.try_get(2)?, qr_start_token: r.try_get(3)?, qr_start_secret: r.try_get(4)? };
            let (status, hint): (String, String) = (r.try_get(7)?, r.try_get(8)?);
            let collected = match status.as_str() {
                "complete" => Collected::Complete,
                "failed" => Collected::Failed { hint },
                "error" => Collected::Error { code: hint },
                _ => Collected::Pending { hint },
            };
            let device = Device::read(&r.try_get::<String, _>(1)?).unwrap_or(Device::Other);
            Ok(Kept { order, device, started_at: r.try_get(5)?, collected_at: r.try_get(6)?, collected, personal_number: r.try_get(9)?, next: r.try_get(10)? })
        };
        read(&row).ok()
    }

    pub async fn order_collected(&self, token: &str, collected: &Collected, personal_number: Option<&str>, now: Millis) -> Result<(), String> {
        let (status, hint) = collected_name(collected);
        sqlx::query("UPDATE bankid_orders SET status = $1, hint = $2, personal_number = $3, collected_at = $4 WHERE token_hash = $5")
            .bind(status)
            .bind(hint)
            .bind(personal_number)
            .bind(now)
            .bind(token_hash(token))
            .execute(self.writer())
            .await
            .map_err(|e| e.to_string())?;
        Ok(())
    }

    pub async fn forget_order(&self, token: &str, now: Millis) {
        let _ = sqlx::query("DELETE FROM bankid_orders WHERE token_hash = $1 OR started_at + $2 <= $3").bind(token_hash(token)).bind(ORDER_KEPT).bind(now).execute(self.writer()).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_qr_code_follows_bankids_documented_test_vector() {
        let (token, secret) = ("67df3917-fa0d-44e5-b327-edcc928297f8", "d28db9a7-4cde-429e-a983-359be676944c");
        assert_eq!(qr_payload(token, secret, 0), "bankid.67df3917-fa0d-44e5-b327-edcc928297f8.0.dc69358e712458a66a7525beef148ae8526b1c71610eff2c16cdffb4cdac9bf8");
        assert_eq!(qr_payload(token, secret, 1), "bankid.67df3917-fa0d-44e5-b327-edcc928297f8.1.949d559bf23403952a94d103e67743126381eda00f0b3cbddbf7c96b1adcbce2");
        assert!(qr_svg(&qr_payload(token, secret, 1)).starts_with("<?xml"));
    }

    #[test]
    fn the_relying_partys_certificate_is_read_from_pkcs12_with_its_password() {
        let p12 = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/bankid/rp.p12")).unwrap();
        let pem = String::from_utf8(identity_pem(&p12, "qwerty123").unwrap()).unwrap();
        assert!(pem.starts_with("-----BEGIN PRIVATE KEY-----") && pem.contains("-----BEGIN CERTIFICATE-----"));
        assert!(reqwest::Identity::from_pem(pem.as_bytes()).is_ok());
        assert!(identity_pem(&p12, "not the password").is_err());
    }
}
