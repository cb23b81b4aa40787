//! The backend on PostgreSQL with several instances on one database (issue 23): requests that
//! race each other on a multi-threaded runtime, and two instances (each its own state, pool and
//! limiter, as two processes behind a load balancer have) taking one applicant's requests in
//! turn. Each test has a schema of its own on the server at `BLANKETT_TEST_POSTGRES`, which
//! scripts/test starts; without it the tests say they are skipped.

mod common;

use axum::http::StatusCode;
use blankett_core::account::Limit;
use blankett_core::lifecycle::Refusal;
use blankett_core::schema::FormKind;
use blankett_server::store::{Store, StoreError};
use common::{applicant, with_documents, Browser, PASSWORD};
use serde_json::json;
use std::sync::Arc;

const T0: i64 = 1_795_244_400_000;

/// A store on a fresh schema, or `None` (the test is skipped) without a PostgreSQL server.
async fn store(test: &str) -> Option<(String, Store)> {
    let server = common::postgres(test)?;
    let address = common::postgres_schema(&server).await;
    let store = Store::open(&address, 8).await.unwrap();
    Some((address, store))
}

/// Runs `n` copies of `work` at once on the runtime's threads and collects their results.
async fn at_once<T: Send + 'static, F: std::future::Future<Output = T> + Send + 'static>(n: usize, work: impl Fn(usize) -> F) -> Vec<T> {
    let barrier = Arc::new(tokio::sync::Barrier::new(n));
    let tasks: Vec<_> = (0..n)
        .map(|i| {
            let (barrier, job) = (barrier.clone(), work(i));
            tokio::spawn(async move {
                barrier.wait().await;
                job.await
            })
        })
        .collect();
    let mut results = Vec::new();
    for task in tasks {
        results.push(task.await.unwrap());
    }
    results
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn of_many_saves_on_one_version_at_once_exactly_one_wins_every_time() {
    let Some((_, store)) = store("of_many_saves_on_one_version_at_once_exactly_one_wins_every_time").await else { return };
    for round in 0..10u64 {
        let owner = format!("applicant-{round}");
        let id = store.create(&owner, "visitor-visa", FormKind::Visit, T0).await.unwrap().id;
        let results = at_once(8, |n| {
            let (store, id, owner) = (store.clone(), id.clone(), owner.clone());
            async move { store.save(&owner, &id, 1, &format!(r#"{{"n":{n}}}"#), 0, T0 + 1).await }
        })
        .await;
        assert_eq!(results.iter().filter(|r| r.is_ok()).count(), 1, "round {round}: {results:?}");
        assert!(results.iter().all(|r| matches!(r, Ok(2) | Err(StoreError::Refused(Refusal::StaleVersion { based_on: 1, current: 2 })))), "{results:?}");
        let read = store.read(&owner, &id, T0 + 2).await.unwrap();
        assert_eq!(read.application.version, 2);
        // The answers kept are the winner's, whole.
        let winner = results.iter().position(|r| r.is_ok()).unwrap();
        assert_eq!(read.answers, format!(r#"{{"n":{winner}}}"#));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn of_many_confirmations_at_once_one_numbers_the_application_and_one_mail_goes() {
    let Some((_, store)) = store("of_many_confirmations_at_once_one_numbers_the_application_and_one_mail_goes").await else { return };
    for _ in 0..5 {
        let id = store.create("ada@example.com", "visitor-visa", FormKind::Visit, T0).await.unwrap().id;
        // The same Idempotency-Key from a client that retried while the first was under way.
        let same_key = at_once(6, |_| {
            let (store, id) = (store.clone(), id.clone());
            async move { store.confirm_checked("ada@example.com", &id, "key-1", T0 + 1, |_, _| Ok::<_, StoreError>(None), |r| Some(("Application received".into(), r.reference.clone()))).await }
        })
        .await;
        let receipts: Vec<_> = same_key.into_iter().map(Result::unwrap).collect();
        assert!(receipts.windows(2).all(|w| w[0] == w[1]), "one receipt for one key: {receipts:?}");
        let mails = store.outbox().await.unwrap().into_iter().filter(|m| m.body == receipts[0].reference).count();
        assert_eq!(mails, 1, "one confirmation mail");
        // Other keys at once: none confirms it again.
        let other_keys = at_once(4, |n| {
            let (store, id) = (store.clone(), id.clone());
            async move { store.confirm("ada@example.com", &id, &format!("other-{n}"), None, T0 + 2).await }
        })
        .await;
        assert!(other_keys.iter().all(|r| *r == Err(StoreError::Refused(Refusal::AlreadyConfirmed))), "{other_keys:?}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn many_creations_with_one_key_make_one_draft_and_the_limit_of_drafts_holds() {
    let Some((_, store)) = store("many_creations_with_one_key_make_one_draft_and_the_limit_of_drafts_holds").await else { return };
    let created = at_once(6, |_| {
        let store = store.clone();
        async move { store.create_once("ada", "visitor-visa", FormKind::Visit, Some("k"), T0).await.unwrap().id }
    })
    .await;
    assert!(created.windows(2).all(|w| w[0] == w[1]), "{created:?}");
    let more = at_once(10, |n| {
        let store = store.clone();
        async move { store.create_once("ada", "visitor-visa", FormKind::Visit, Some(&format!("k{n}")), T0).await }
    })
    .await;
    let max = blankett_server::store::MAX_DRAFTS_PER_FORM as usize;
    assert_eq!(more.iter().filter(|r| r.is_ok()).count(), max - 1, "never more than {max} drafts");
    assert_eq!(store.list("ada", T0).await.unwrap().len(), max);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_rate_limit_lets_exactly_its_number_through_from_two_instances_at_once() {
    let Some((address, first)) = store("a_rate_limit_lets_exactly_its_number_through_from_two_instances_at_once").await else { return };
    let second = Store::open(&address, 8).await.unwrap();
    let limiters = [blankett_server::limits::Limiter::new(first), blankett_server::limits::Limiter::new(second)];
    let limit = Limit { max: 10, window: 60_000 };
    let allowed = at_once(30, |n| {
        let limiter = limiters[n % 2].clone();
        async move { limiter.allow(&[("sign-ins to ada@example.com".to_string(), limit)], T0).await }
    })
    .await;
    assert_eq!(allowed.iter().filter(|r| r.is_ok()).count(), 10, "{allowed:?}");
    assert!(allowed.iter().filter(|r| r.is_err()).all(|r| *r == Err(StoreError::TooManyAttempts(60))));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn each_mail_of_the_outbox_is_sent_once_by_two_instances_delivering_at_once() {
    let Some((address, first)) = store("each_mail_of_the_outbox_is_sent_once_by_two_instances_delivering_at_once").await else { return };
    let second = Store::open(&address, 8).await.unwrap();
    for n in 0..40 {
        first.queue_mail(&format!("person{n}@example.com"), "Subject", "Body", T0).await.unwrap();
    }
    let (port, received) = common::smtp_server().await;
    let delivered = at_once(4, |n| {
        let store = if n % 2 == 0 { first.clone() } else { second.clone() };
        async move {
            let mailer = blankett_server::mail::Mailer::new(&format!("smtp://127.0.0.1:{port}"), "no-reply@example.org").unwrap();
            blankett_server::mail::deliver_due(&store, &mailer, T0).await.unwrap()
        }
    })
    .await;
    assert_eq!(delivered.iter().sum::<usize>(), 40, "{delivered:?}");
    let recipients: Vec<String> = received.lock().unwrap().iter().filter(|l| l.starts_with("RCPT TO:")).cloned().collect();
    let mut unique = recipients.clone();
    unique.sort();
    unique.dedup();
    assert_eq!((recipients.len(), unique.len()), (40, 40), "each once");
}

/// Two instances on one database: each its own state (pool, limiter, clock) as two processes
/// behind a load balancer have.
async fn two_instances(test: &str) -> Option<[(Arc<blankett_server::AppState>, axum::Router); 2]> {
    let server = common::postgres(test)?;
    let address = common::postgres_schema(&server).await;
    let mut instances = Vec::new();
    for name in ["a", "b"] {
        let (state, router) = common::server_at(&format!("two-{name}"), &[with_documents()], &address).await;
        instances.push((state, router));
    }
    Some(instances.try_into().ok().unwrap())
}

/// The same browser (its cookie, its network address) sending to another instance.
fn on(browser: &Browser, router: &axum::Router) -> Browser {
    Browser { router: router.clone(), cookie: browser.cookie.clone(), email: browser.email.clone(), from: browser.from }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_instances_on_one_database_behave_as_one() {
    let Some([(state_a, a), (state_b, b)]) = two_instances("two_instances_on_one_database_behave_as_one").await else { return };
    let mut on_a = applicant(&state_a, &a, "ada@example.com").await;
    let mut on_b = on(&on_a, &b);

    // Versions: a save on A, then on B with A's version; A's old version is stale on either.
    let draft = on_a.start("with-documents").await;
    let path = format!("/api/applications/{}", common::id(&draft));
    let saved = on_a.save(&path, 1, json!({ "date_of_birth": "1990-04-23" }), 0).await;
    assert_eq!((saved.status, saved.body["version"].as_u64()), (StatusCode::OK, Some(2)), "{}", saved.body);
    let document = on_b.upload(&path, "passport_copy", "passport.pdf", b"%PDF-1.4 a document".to_vec(), "application/pdf").await;
    assert_eq!(document.status, StatusCode::CREATED, "{}", document.body);
    let answers = json!({ "date_of_birth": "1990-04-23", "passport_copy": [common::id(&document.body)] });
    let saved = on_b.save(&path, 2, answers.clone(), 1).await;
    assert_eq!((saved.status, saved.body["version"].as_u64()), (StatusCode::OK, Some(3)), "{}", saved.body);
    on_a.save(&path, 2, json!({}), 0).await.is_problem(StatusCode::PRECONDITION_FAILED, "stale-version");

    // Confirmed on B; read on A; a retry on A with the same key gets the same receipt; the lock.
    let receipt = on_b.confirm(&path, "click-1").await;
    assert_eq!(receipt.status, StatusCode::OK, "{}", receipt.body);
    let read = on_a.get(&path).await;
    assert_eq!((read.body["state"].as_str(), &read.body["receipt"]), (Some("confirmed"), &receipt.body));
    assert_eq!(on_a.confirm(&path, "click-1").await.body, receipt.body);
    on_a.confirm(&path, "click-2").await.is_problem(StatusCode::CONFLICT, "already-confirmed");
    on_a.save(&path, 4, answers, 1).await.is_problem(StatusCode::CONFLICT, "locked");

    // The confirmation mail was queued on B; both instances deliver; it is sent once.
    let (port, received) = common::smtp_server().await;
    let mailer = || blankett_server::mail::Mailer::new(&format!("smtp://127.0.0.1:{port}"), "no-reply@example.org").unwrap();
    let (mailer_a, mailer_b) = (mailer(), mailer());
    let now = state_a.clock.now().max(state_b.clock.now());
    let (sent_a, sent_b) = tokio::join!(
        blankett_server::mail::deliver_due(&state_a.store, &mailer_a, now),
        blankett_server::mail::deliver_due(&state_b.store, &mailer_b, now)
    );
    // The code mailed when the account was made, and the confirmation.
    assert_eq!(sent_a.unwrap() + sent_b.unwrap(), 2);
    let to_ada = received.lock().unwrap().iter().filter(|l| *l == "RCPT TO:<ada@example.com>").count();
    assert_eq!(to_ada, 2, "each mail once");

    // Signing out on B ends the session on A too.
    assert_eq!(on_b.send(axum::http::Method::DELETE, "/api/sessions/current", None, &[]).await.status, StatusCode::NO_CONTENT);
    let mut signed_out = on(&on_a, &a);
    signed_out.get("/api/applications").await.is_problem(StatusCode::UNAUTHORIZED, "signed-out");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rate_limit_counts_the_attempts_made_on_every_instance() {
    let Some([(_, a), (_, b)]) = two_instances("a_rate_limit_counts_the_attempts_made_on_every_instance").await else { return };
    let stranger = Browser::stranger(&a);
    let limit = blankett_core::account::SIGN_INS_PER_ADDRESS.max;
    // Sign-ins to one address alternate between the instances: the limit is reached after as
    // many as on one instance, and then neither instance takes another.
    for n in 0..limit {
        let mut browser = on(&stranger, if n % 2 == 0 { &a } else { &b });
        let answer = browser.post("/api/sessions", Some(json!({ "email": "nobody@example.com", "password": "wrong password!" }))).await;
        answer.is_problem(StatusCode::FORBIDDEN, "wrong-credentials");
    }
    for router in [&a, &b] {
        let mut browser = on(&stranger, router);
        browser.post("/api/sessions", Some(json!({ "email": "nobody@example.com", "password": PASSWORD }))).await.is_problem(StatusCode::TOO_MANY_REQUESTS, "too-many-attempts");
    }
}
