//! The account layer tried as an attacker would (issue 14): signing in without the password, using
//! up someone's code, squatting an address, guessing across addresses, codes and sessions that
//! never end, telling known addresses from unknown ones, and password hashing that stalls
//! everyone. Each test failed against the server before its fix.

mod common;

use axum::http::{header, StatusCode};
use axum::Router;
use blankett_server::AppState;
use common::{advance, applicant, Answer, Browser, DAY, HOUR, MINUTE, PASSWORD};
use serde_json::json;
use std::sync::{Arc, Mutex};

async fn server() -> (Arc<AppState>, Router) {
    let form = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/with-documents.json")).unwrap();
    common::server("accounts", &[("with-documents", form)]).await
}

/// Whether the response sets a session cookie (signs someone in).
fn opens_a_session(answer: &Answer) -> bool {
    answer.headers.get_all(header::SET_COOKIE).iter().any(|v| {
        let v = v.to_str().unwrap();
        v.starts_with("blankett_session=") && !v.starts_with("blankett_session=;")
    })
}

/// Creates an account for `email` with `password` through the contract; returns the code mailed.
async fn create(browser: &mut Browser, email: &str, password: &str) -> String {
    let created = browser.post("/api/accounts", Some(json!({ "email": email, "password": password }))).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.body);
    browser.latest_code(email).await
}

async fn verify(browser: &mut Browser, email: &str, password: &str, code: &str) -> Answer {
    browser.post("/api/accounts/verify", Some(json!({ "email": email, "password": password, "code": code }))).await
}

fn other_than(code: &str) -> &'static str {
    if code == "000000" { "111111" } else { "000000" }
}

#[tokio::test]
async fn a_code_never_signs_anyone_in_to_an_account_whose_address_is_confirmed() {
    let (state, router) = server().await;
    let mut victim = applicant(&state, &router, "victim@example.com").await;
    victim.start("with-documents").await;
    let old_code = victim.latest_code("victim@example.com").await;

    for code in ["000000", old_code.as_str()] {
        let mut attacker = Browser::stranger(&router);
        let page = attacker.post_form("/sign-in", &format!("screen=verify&email=victim%40example.com&code={code}&next=%2F")).await;
        assert!(!opens_a_session(&page), "a code alone signed in: {} {:?}", page.status, page.headers);
        assert_ne!(page.status, StatusCode::SEE_OTHER);
        attacker.get("/api/sessions/current").await.is_problem(StatusCode::UNAUTHORIZED, "signed-out");
        attacker.get("/api/applications").await.is_problem(StatusCode::UNAUTHORIZED, "signed-out");
        // The JSON endpoint does not say "verified" either, with or without the password.
        assert_ne!(verify(&mut attacker, "victim@example.com", "", code).await.status, StatusCode::NO_CONTENT);
        assert_ne!(verify(&mut attacker, "victim@example.com", PASSWORD, code).await.status, StatusCode::NO_CONTENT);
    }
}

#[tokio::test]
async fn a_code_confirms_an_unconfirmed_address_once_and_then_never_again() {
    let (_state, router) = server().await;
    let mut ada = Browser::stranger(&router);
    let code = create(&mut ada, "ada@example.com", PASSWORD).await;
    assert_eq!(verify(&mut ada, "ada@example.com", PASSWORD, &code).await.status, StatusCode::NO_CONTENT);
    // The same code twice: the address is confirmed, and a code does nothing more.
    verify(&mut ada, "ada@example.com", PASSWORD, &code).await.is_problem(StatusCode::FORBIDDEN, "wrong-credentials");
}

#[tokio::test]
async fn a_strangers_wrong_codes_do_not_end_a_new_account() {
    let (_state, router) = server().await;
    let mut ada = Browser::stranger(&router);
    let code = create(&mut ada, "ada@example.com", PASSWORD).await;
    let mut stranger = Browser::stranger(&router);
    for _ in 0..6 {
        let refused = verify(&mut stranger, "ada@example.com", "not the password", other_than(&code)).await;
        assert_ne!(refused.status, StatusCode::NO_CONTENT);
    }
    assert_eq!(verify(&mut ada, "ada@example.com", PASSWORD, &code).await.status, StatusCode::NO_CONTENT, "the owner's code still works");
}

#[tokio::test]
async fn after_five_wrong_codes_a_new_code_can_be_had_a_few_times_an_hour() {
    let (_state, router) = server().await;
    let mut bo = Browser::stranger(&router);
    let code = create(&mut bo, "bo@example.com", PASSWORD).await;
    for _ in 0..4 {
        verify(&mut bo, "bo@example.com", PASSWORD, other_than(&code)).await.is_problem(StatusCode::BAD_REQUEST, "wrong-code");
    }
    verify(&mut bo, "bo@example.com", PASSWORD, other_than(&code)).await.is_problem(StatusCode::FORBIDDEN, "code-used-up");
    verify(&mut bo, "bo@example.com", PASSWORD, &code).await.is_problem(StatusCode::FORBIDDEN, "code-used-up");

    // Only the one who knows the password can ask; the answer for anyone else is the sign-in's.
    let mut stranger = Browser::stranger(&router);
    stranger.post("/api/accounts/code", Some(json!({ "email": "bo@example.com", "password": "a guess at it" }))).await.is_problem(StatusCode::FORBIDDEN, "wrong-credentials");
    let sent = bo.post("/api/accounts/code", Some(json!({ "email": "bo@example.com", "password": PASSWORD }))).await;
    assert_eq!(sent.status, StatusCode::ACCEPTED, "{}", sent.body);
    let new_code = bo.latest_code("bo@example.com").await;
    assert_eq!(bo.mails_to("bo@example.com").await.len(), 2);
    if new_code != code {
        verify(&mut bo, "bo@example.com", PASSWORD, &code).await.is_problem(StatusCode::BAD_REQUEST, "wrong-code");
    }
    assert_eq!(verify(&mut bo, "bo@example.com", PASSWORD, &new_code).await.status, StatusCode::NO_CONTENT);

    // Limited: a mailbox cannot be flooded with codes.
    let mut cy = Browser::stranger(&router);
    create(&mut cy, "cy@example.com", PASSWORD).await;
    let mut statuses = Vec::new();
    for _ in 0..6 {
        statuses.push(cy.post("/api/accounts/code", Some(json!({ "email": "cy@example.com", "password": PASSWORD }))).await.status.as_u16());
    }
    assert!(statuses.starts_with(&[202, 202]) && statuses.ends_with(&[429]), "{statuses:?}");
}

#[tokio::test]
async fn an_address_someone_else_registered_and_never_confirmed_can_still_be_claimed_by_its_owner() {
    let (_state, router) = server().await;
    let mut squatter = Browser::stranger(&router);
    create(&mut squatter, "owner@example.com", "the squatter's password").await;
    let mut owner = Browser::stranger(&router);
    let code = create(&mut owner, "owner@example.com", PASSWORD).await;
    // The squatter's password does not confirm the owner's address, and no longer signs in.
    verify(&mut squatter, "owner@example.com", "the squatter's password", &code).await.is_problem(StatusCode::FORBIDDEN, "wrong-credentials");
    assert_eq!(verify(&mut owner, "owner@example.com", PASSWORD, &code).await.status, StatusCode::NO_CONTENT);
    squatter.post("/api/sessions", Some(json!({ "email": "owner@example.com", "password": "the squatter's password" }))).await.is_problem(StatusCode::FORBIDDEN, "wrong-credentials");
    assert_eq!(owner.post("/api/sessions", Some(json!({ "email": "owner@example.com", "password": PASSWORD }))).await.status, StatusCode::CREATED);
    // A confirmed address is never created again.
    squatter.post("/api/accounts", Some(json!({ "email": "owner@example.com", "password": "another password!" }))).await.is_problem(StatusCode::CONFLICT, "account-exists");
}

#[tokio::test]
async fn a_code_stops_working_after_30_minutes() {
    let (state, router) = server().await;
    let mut ada = Browser::stranger(&router);
    let code = create(&mut ada, "ada@example.com", PASSWORD).await;
    advance(&state, 30 * MINUTE + 1);
    verify(&mut ada, "ada@example.com", PASSWORD, &code).await.is_problem(StatusCode::BAD_REQUEST, "code-expired");
    // A code from last month, likewise.
    let mut bo = Browser::stranger(&router);
    let old = create(&mut bo, "bo@example.com", PASSWORD).await;
    advance(&state, 40 * DAY);
    verify(&mut bo, "bo@example.com", PASSWORD, &old).await.is_problem(StatusCode::BAD_REQUEST, "code-expired");
    // A new one works.
    assert_eq!(ada.post("/api/accounts/code", Some(json!({ "email": "ada@example.com", "password": PASSWORD }))).await.status, StatusCode::ACCEPTED);
    let code = ada.latest_code("ada@example.com").await;
    advance(&state, 29 * MINUTE);
    assert_eq!(verify(&mut ada, "ada@example.com", PASSWORD, &code).await.status, StatusCode::NO_CONTENT);
}

#[tokio::test]
async fn a_session_ends_after_12_hours_however_active() {
    let (state, router) = server().await;
    let mut ada = applicant(&state, &router, "ada@example.com").await;
    let mut active_for = 0;
    while active_for + 29 * MINUTE < 12 * HOUR {
        advance(&state, 29 * MINUTE);
        active_for += 29 * MINUTE;
        assert_eq!(ada.get("/api/sessions/current").await.status, StatusCode::OK, "active for {} min", active_for / MINUTE);
    }
    advance(&state, 12 * HOUR - active_for);
    ada.get("/api/sessions/current").await.is_problem(StatusCode::UNAUTHORIZED, "signed-out");
}

#[tokio::test]
async fn a_confirmed_address_and_an_unknown_one_get_the_same_answers() {
    let (state, router) = server().await;
    applicant(&state, &router, "known@example.com").await;
    let mut stranger = Browser::stranger(&router);
    let known = verify(&mut stranger, "known@example.com", "a guess at it", "123456").await;
    let unknown = verify(&mut stranger, "nobody@example.com", "a guess at it", "123456").await;
    assert_eq!((known.status, &known.body), (unknown.status, &unknown.body));
    known.is_problem(StatusCode::FORBIDDEN, "wrong-credentials");
    let known = stranger.post("/api/sessions", Some(json!({ "email": "known@example.com", "password": "a guess at it" }))).await;
    let unknown = stranger.post("/api/sessions", Some(json!({ "email": "nobody@example.com", "password": "a guess at it" }))).await;
    assert_eq!((known.status, &known.body), (unknown.status, &unknown.body));
}

/// Signing in with a wrong password for an unknown address does the same work as for a known one:
/// both check a password hash. Compared as medians of interleaved tries, with a wide margin: the
/// difference this catches was 28 times.
#[tokio::test]
async fn signing_in_to_an_unknown_address_takes_as_long_as_to_a_known_one() {
    let (state, router) = server().await;
    applicant(&state, &router, "known@example.com").await;
    let (mut known, mut unknown) = (Vec::new(), Vec::new());
    for i in 0..7 {
        for (email, times) in [("known@example.com", &mut known), (&*format!("nobody{i}@example.com"), &mut unknown)] {
            let mut stranger = Browser::stranger(&router);
            let started = std::time::Instant::now();
            let refused = stranger.post("/api/sessions", Some(json!({ "email": email, "password": "a guess at it" }))).await;
            times.push(started.elapsed());
            refused.is_problem(StatusCode::FORBIDDEN, "wrong-credentials");
        }
    }
    known.sort();
    unknown.sort();
    let (known, unknown) = (known[3], unknown[3]);
    assert!(unknown * 4 > known, "unknown {unknown:?}, known {known:?}");
}

#[tokio::test]
async fn failed_sign_ins_from_one_network_address_are_limited_across_email_addresses() {
    let (_state, router) = server().await;
    let mut guesser = Browser::stranger(&router);
    let mut statuses = Vec::new();
    for i in 0..30 {
        let answer = guesser.post("/api/sessions", Some(json!({ "email": format!("person{i}@example.com"), "password": "Summer2026!!" }))).await;
        statuses.push(answer.status.as_u16());
    }
    let first_refusal = statuses.iter().position(|s| *s == 429).expect("some attempts are refused");
    assert!(statuses[..first_refusal].iter().all(|s| *s == 403) && first_refusal <= 20, "{statuses:?}");
    let refused = guesser.post("/api/sessions", Some(json!({ "email": "one-more@example.com", "password": "Summer2026!!" }))).await;
    refused.is_problem(StatusCode::TOO_MANY_REQUESTS, "too-many-attempts");
    assert!(refused.header(header::RETRY_AFTER).parse::<u64>().unwrap() > 0);
    // Someone else is not held back.
    let mut other = Browser::stranger(&router);
    other.post("/api/sessions", Some(json!({ "email": "person0@example.com", "password": "Summer2026!!" }))).await.is_problem(StatusCode::FORBIDDEN, "wrong-credentials");
}

#[tokio::test]
async fn creating_accounts_is_limited_per_network_address() {
    let (_state, router) = server().await;
    let mut creator = Browser::stranger(&router);
    let mut statuses = Vec::new();
    for i in 0..30 {
        statuses.push(creator.post("/api/accounts", Some(json!({ "email": format!("new{i}@example.com"), "password": PASSWORD }))).await.status.as_u16());
    }
    let first_refusal = statuses.iter().position(|s| *s == 429).expect("some creations are refused");
    assert!(statuses[..first_refusal].iter().all(|s| *s == 201) && first_refusal <= 20, "{statuses:?}");
    let mut other = Browser::stranger(&router);
    assert_eq!(other.post("/api/accounts", Some(json!({ "email": "someone@example.com", "password": PASSWORD }))).await.status, StatusCode::CREATED);
}

/// While several clients sign in or create accounts (each checks a deliberately slow password
/// hash), another applicant's request is answered at once, not behind them: before most of them.
/// (Not before every one: the first may get the database first, and on PostgreSQL, where each of the
/// read's steps is a round trip, its hash can end before the read does.) That no lock or queue
/// holds it behind them is what this shows; that a hash leaves the runtime's thread free is the
/// next test's.
#[tokio::test]
async fn password_hashing_does_not_hold_up_other_requests() {
    let (state, router) = server().await;
    let mut ada = applicant(&state, &router, "ada@example.com").await;
    let order = Arc::new(Mutex::new(Vec::<String>::new()));
    let mut tasks = Vec::new();
    for i in 0..8 {
        let (router, order) = (router.clone(), order.clone());
        tasks.push(tokio::spawn(async move {
            let mut client = Browser::stranger(&router);
            if i % 2 == 0 {
                client.post("/api/sessions", Some(json!({ "email": "ada@example.com", "password": format!("wrong guess {i}") }))).await;
            } else {
                client.post("/api/accounts", Some(json!({ "email": format!("new{i}@example.com"), "password": PASSWORD }))).await;
            }
            order.lock().unwrap().push(format!("hashing {i}"));
        }));
    }
    let reader = {
        let order = order.clone();
        tokio::spawn(async move {
            let read = ada.get("/api/applications").await;
            assert_eq!(read.status, StatusCode::OK);
            order.lock().unwrap().push("read".into());
        })
    };
    for task in tasks {
        task.await.unwrap();
    }
    reader.await.unwrap();
    let order = order.lock().unwrap();
    let read = order.iter().position(|what| what == "read").unwrap();
    assert!(read < 4, "the read came after {read} of the 8 hashes: {order:?}");
}

/// A password is hashed off the runtime's thread: once the hashing has started, the runtime runs
/// other tasks (here, this test) while the hash is computed. Hashed on the runtime's thread, it
/// would be done before this test ran again; no clock is read, so a busy machine changes nothing.
#[tokio::test]
async fn a_password_being_hashed_leaves_the_runtime_to_others() {
    let (state, _router) = server().await;
    let hashing = tokio::spawn({
        let state = state.clone();
        async move { state.passwords.hash(PASSWORD.to_string()).await }
    });
    // The hashing task runs until it waits for its hash.
    tokio::task::yield_now().await;
    assert!(!hashing.is_finished(), "the hash was computed on the runtime's thread, holding up every other request");
    assert!(hashing.await.unwrap().is_ok());
}

#[tokio::test]
async fn the_code_is_mailed_in_the_applicants_language_and_in_swedish() {
    let (state, router) = server().await;
    let mut anyone = Browser::stranger(&router);
    let body = json!({ "email": "olena@example.com", "password": PASSWORD }).to_string();
    let created = anyone
        .send(axum::http::Method::POST, "/api/accounts", Some(body.into()), &[("content-type", "application/json"), ("accept-language", "uk-UA,uk;q=0.9,en;q=0.5")])
        .await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.body);
    let mail = state.store.outbox().await.unwrap().into_iter().find(|m| m.recipient == "olena@example.com").expect("a mail with the code");
    assert!(mail.subject.ends_with(" / Din verifieringskod") && !mail.subject.starts_with("Your"), "{}", mail.subject);
    let code = anyone.latest_code("olena@example.com").await;
    let (ukrainian, swedish) = mail.body.split_once("\n\n").unwrap();
    assert!(ukrainian.contains(&code) && ukrainian.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c)), "{ukrainian}");
    assert!(swedish.starts_with(&format!("Din verifieringskod är {code}.")), "{swedish}");
}
