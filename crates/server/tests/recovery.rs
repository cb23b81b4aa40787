//! A forgotten password (R6) on the sign-in pages: a code by mail, a new password, every session
//! of the account ended; the same answer for an address without an account; a code that works
//! once, for 30 minutes, five tries, and only in the browser that asked for it.

mod common;

use axum::http::{header, StatusCode};
use axum::Router;
use blankett_server::AppState;
use common::{advance, applicant, Answer, Browser, MINUTE, PASSWORD};
use serde_json::json;
use std::sync::Arc;

async fn server() -> (Arc<AppState>, Router) {
    common::server("recovery", &[]).await
}

const NEW: &str = "a brand new password";

async fn forgot(browser: &mut Browser, email: &str) -> Answer {
    browser.post_form("/sign-in", &format!("screen=forgot&email={}&lang=en", email.replace('@', "%40"))).await
}

async fn reset(browser: &mut Browser, code: &str, password: &str) -> Answer {
    browser.post_form("/sign-in", &format!("screen=reset&code={code}&password={}&next=%2Fforms%2Fx", password.replace(' ', "+"))).await
}

fn signed_in(answer: &Answer) -> bool {
    answer.status == StatusCode::SEE_OTHER && answer.headers.get_all(header::SET_COOKIE).iter().any(|v| v.to_str().unwrap().starts_with("blankett_session=") && !v.to_str().unwrap().starts_with("blankett_session=;"))
}

async fn sign_in(browser: &mut Browser, email: &str, password: &str) -> StatusCode {
    browser.post("/api/sessions", Some(json!({ "email": email, "password": password }))).await.status
}

#[tokio::test]
async fn a_forgotten_password_is_replaced_with_the_mailed_code_and_every_session_ends() {
    let (state, router) = server().await;
    let mut at_home = applicant(&state, &router, "ada@example.com").await;
    let mut library = Browser::stranger(&router);
    let page = forgot(&mut library, "Ada@Example.com").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text.contains("Choose a new password") && page.text.contains("New password"), "{}", page.text);
    let code = library.latest_code("ada@example.com").await;
    assert!(library.mails_to("ada@example.com").await[0]["subject"].as_str().unwrap().contains("new password"));

    let done = reset(&mut library, &code, NEW).await;
    assert!(signed_in(&done), "{} {}", done.status, done.text);
    assert_eq!(done.header(header::LOCATION), "/forms/x?lang=en");
    at_home.get("/api/sessions/current").await.is_problem(StatusCode::UNAUTHORIZED, "signed-out");
    let mut later = Browser::stranger(&router);
    assert_eq!(sign_in(&mut later, "ada@example.com", PASSWORD).await, StatusCode::FORBIDDEN, "the old password is gone");
    assert_eq!(sign_in(&mut later, "ada@example.com", NEW).await, StatusCode::CREATED);
    // The same code again: the step has ended.
    let again = reset(&mut library, &code, "yet another password").await;
    assert_eq!(again.status, StatusCode::BAD_REQUEST);
    assert!(again.text.contains("Ask for a code to choose a new password"), "{}", again.text);
}

#[tokio::test]
async fn an_address_without_an_account_gets_the_same_answer_and_no_mail() {
    let (state, router) = server().await;
    applicant(&state, &router, "ada@example.com").await;
    let (mut one, mut other) = (Browser::stranger(&router), Browser::stranger(&router));
    let known = forgot(&mut one, "ada@example.com").await;
    let unknown = forgot(&mut other, "nobody@example.com").await;
    assert_eq!((known.status, known.text.replace("ada@example.com", "x")), (unknown.status, unknown.text.replace("nobody@example.com", "x")));
    assert!(one.mails_to("nobody@example.com").await.is_empty());
    // No code is right for it.
    let refused = reset(&mut other, "000000", NEW).await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    assert!(refused.text.contains("The code is not right"), "{}", refused.text);
}

#[tokio::test]
async fn a_code_works_for_30_minutes_and_five_tries_and_a_new_password_must_be_long_enough() {
    let (state, router) = server().await;
    applicant(&state, &router, "ada@example.com").await;
    let mut browser = Browser::stranger(&router);
    forgot(&mut browser, "ada@example.com").await;
    let code = browser.latest_code("ada@example.com").await;
    let wrong = if code == "000000" { "111111" } else { "000000" };
    let short = reset(&mut browser, &code, "short").await;
    assert!(short.text.contains("Choose a password of at least 10 characters"), "{}", short.text);
    for _ in 0..4 {
        assert!(reset(&mut browser, wrong, NEW).await.text.contains("The code is not right"));
    }
    assert!(reset(&mut browser, wrong, NEW).await.text.contains("no longer works"));
    assert!(!signed_in(&reset(&mut browser, &code, NEW).await), "used up");

    forgot(&mut browser, "ada@example.com").await;
    let fresh = browser.latest_code("ada@example.com").await;
    advance(&state, 30 * MINUTE);
    assert!(!signed_in(&reset(&mut browser, &fresh, NEW).await), "expired");
}

#[tokio::test]
async fn a_stranger_can_neither_use_nor_spoil_the_applicants_code() {
    let (state, router) = server().await;
    applicant(&state, &router, "ada@example.com").await;
    let mut ada = Browser::stranger(&router);
    forgot(&mut ada, "ada@example.com").await;
    let code = ada.latest_code("ada@example.com").await;

    // A stranger asks too (a step and a code of their own) and guesses wrongly five times.
    let mut stranger = Browser::stranger(&router);
    forgot(&mut stranger, "ada@example.com").await;
    let theirs = stranger.latest_code("ada@example.com").await;
    for _ in 0..5 {
        reset(&mut stranger, if theirs == "000000" { "111111" } else { "000000" }, "the stranger's password").await;
    }
    // Ada's code in a browser that did not ask for it is not taken.
    let mut elsewhere = Browser::stranger(&router);
    let refused = reset(&mut elsewhere, &code, "the stranger's password").await;
    assert!(!signed_in(&refused) && refused.text.contains("Ask for a code"), "{}", refused.text);
    assert!(signed_in(&reset(&mut ada, &code, NEW).await), "Ada's own code still works");
}

#[tokio::test]
async fn asking_for_codes_is_limited_per_address_and_per_network_address() {
    let (_state, router) = server().await;
    let mut browser = Browser::stranger(&router);
    let statuses: Vec<u16> = {
        let mut statuses = Vec::new();
        for _ in 0..4 {
            statuses.push(forgot(&mut browser, "someone@example.com").await.status.as_u16());
        }
        statuses
    };
    assert_eq!(statuses, [200, 200, 200, 429]);
    let mut client = Browser::stranger(&router);
    let mut last = StatusCode::OK;
    for i in 0..21 {
        last = forgot(&mut client, &format!("person{i}@example.com")).await.status;
    }
    assert_eq!(last, StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn recovering_an_address_never_confirmed_confirms_it_with_the_owners_password() {
    let (_state, router) = server().await;
    let mut squatter = Browser::stranger(&router);
    let created = squatter.post("/api/accounts", Some(json!({ "email": "owner@example.com", "password": "the squatter's password" }))).await;
    assert_eq!(created.status, StatusCode::CREATED);
    let mut owner = Browser::stranger(&router);
    forgot(&mut owner, "owner@example.com").await;
    let code = owner.latest_code("owner@example.com").await;
    assert!(signed_in(&reset(&mut owner, &code, NEW).await));
    let mut later = Browser::stranger(&router);
    assert_eq!(sign_in(&mut later, "owner@example.com", NEW).await, StatusCode::CREATED, "confirmed, with the owner's password");
    assert_eq!(sign_in(&mut later, "owner@example.com", "the squatter's password").await, StatusCode::FORBIDDEN);
}
