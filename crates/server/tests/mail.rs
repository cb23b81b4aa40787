//! Delivering the outbox by SMTP, against a small SMTP server in the test: a verification code
//! reaches the mail server once and is marked sent; while the mail server is down nothing is lost
//! and the next attempt waits longer.

mod common;

use blankett_server::mail::{deliver_due, retry_after, Mailer};
use common::smtp_server;
use blankett_server::store::Store;
use tokio::net::TcpListener;

const T0: i64 = 1_795_244_400_000;

fn database() -> String {
    let dir = std::env::temp_dir().join(format!("blankett-mail-{}-{}", std::process::id(), rand_suffix()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join("blankett.sqlite").display().to_string()
}

fn rand_suffix() -> i64 {
    use std::sync::atomic::{AtomicI64, Ordering};
    static NEXT: AtomicI64 = AtomicI64::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

#[tokio::test]
async fn a_verification_code_is_delivered_once_and_marked_sent() {
    let (port, received) = smtp_server().await;
    let store = Store::open(&database(), 2).await.unwrap();
    store.queue_mail("ada@example.com", "Your verification code", "Your verification code is 204816.", T0).await.unwrap();
    let mailer = Mailer::new(&format!("smtp://127.0.0.1:{port}"), "Blankett <no-reply@example.org>").unwrap();

    assert_eq!(deliver_due(&store, &mailer, T0).await.unwrap(), 1);
    let lines = received.lock().unwrap().join("\n");
    assert!(lines.contains("MAIL FROM:<no-reply@example.org>"), "{lines}");
    assert!(lines.contains("RCPT TO:<ada@example.com>"), "{lines}");
    let code = store.outbox().await.unwrap()[0].body.split(|c: char| !c.is_ascii_digit()).find(|p| p.len() == 6).unwrap().to_string();
    assert!(lines.contains(&code), "the code is in the mail: {lines}");

    assert_eq!(deliver_due(&store, &mailer, T0 + 60_000).await.unwrap(), 0, "sent once");
}

#[tokio::test]
async fn while_the_mail_server_is_down_the_mail_waits_and_is_tried_again_later() {
    // A port with nobody listening.
    let closed = TcpListener::bind("127.0.0.1:0").await.unwrap().local_addr().unwrap().port();
    let store = Store::open(&database(), 2).await.unwrap();
    store.queue_mail("bo@example.com", "Your verification code", "Your verification code is 204816.", T0).await.unwrap();
    let down = Mailer::new(&format!("smtp://127.0.0.1:{closed}"), "no-reply@example.org").unwrap();
    assert_eq!(deliver_due(&store, &down, T0).await.unwrap(), 0);

    let (port, received) = smtp_server().await;
    let up = Mailer::new(&format!("smtp://127.0.0.1:{port}"), "no-reply@example.org").unwrap();
    assert_eq!(deliver_due(&store, &up, T0 + retry_after(1) - 1).await.unwrap(), 0, "not before the pause is over");
    assert!(received.lock().unwrap().is_empty());
    assert_eq!(deliver_due(&store, &up, T0 + retry_after(1)).await.unwrap(), 1);
    assert!(received.lock().unwrap().iter().any(|l| l == "RCPT TO:<bo@example.com>"));
}

#[test]
fn a_mail_server_address_that_cannot_work_is_refused_at_start() {
    assert!(Mailer::new("not a url", "a@example.org").is_err());
    assert!(Mailer::new("smtp://127.0.0.1:25", "not an address").is_err());
}
