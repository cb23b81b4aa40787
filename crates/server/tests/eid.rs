//! The first sign-in with e-identification (BankID or an identity provider): once the personal
//! identity number is vouched for (`eid.rs` and `bankid.rs` check that; their flows are in
//! tests/e2e/eid.test.mjs and bankid.test.mjs), the applicant gives the address for the agency's
//! mail, confirms it with the mailed code, and the number is linked to that account for good.

mod common;

use axum::http::{header, StatusCode};
use blankett_server::steps::{self, StepKind};
use common::{applicant, Browser};
use serde_json::json;

const NUMBER: &str = "19900101-1239";

/// A browser that has just come back from e-identification as the holder of NUMBER.
async fn identified(state: &blankett_server::AppState, router: &axum::Router) -> Browser {
    let token = steps::begin_with(state, "", StepKind::EidEmail, None, Some(NUMBER), &blankett_core::basics::text::Locale::new("en")).await.unwrap();
    let mut browser = Browser::stranger(router);
    browser.cookie = Some(format!("blankett_step={token}"));
    browser
}

#[tokio::test]
async fn the_address_is_asked_for_confirmed_and_linked_to_the_personal_number() {
    let (state, router) = common::server("eid", &[]).await;
    let mut browser = identified(&state, &router).await;
    let page = browser.post_form("/sign-in", "screen=eid-email&email=not+an+address").await;
    assert!(page.text.contains("Enter the email address in the right format"), "{}", page.text);
    let page = browser.post_form("/sign-in", "screen=eid-email&email=Anna%40Example.com").await;
    assert!(page.text.contains("Confirm your email address") && page.text.contains("<strong>anna@example.com</strong>"), "{}", page.text);
    let code = browser.latest_code("anna@example.com").await;
    let wrong = if code == "000000" { "111111" } else { "000000" };
    assert!(browser.post_form("/sign-in", &format!("screen=eid-confirm&code={wrong}")).await.text.contains("The code is not right"));
    let done = browser.post_form("/sign-in", &format!("screen=eid-confirm&code={code}&next=%2Fforms%2Fx")).await;
    assert_eq!((done.status, done.header(header::LOCATION)), (StatusCode::SEE_OTHER, "/forms/x?lang=en"), "{}", done.text);
    assert_eq!(browser.get("/api/sessions/current").await.body, json!({ "email": "anna@example.com" }));
    assert_eq!(state.store.account_of_identity(NUMBER).await, Ok(Some("anna@example.com".into())));
    // The account has no password: only e-identification (or choosing one) signs in to it.
    let mut stranger = Browser::stranger(&router);
    stranger.post("/api/sessions", Some(json!({ "email": "anna@example.com", "password": "any password at all" }))).await.is_problem(StatusCode::FORBIDDEN, "wrong-credentials");
}

#[tokio::test]
async fn an_account_that_exists_is_linked_once_its_mailbox_answers() {
    let (state, router) = common::server("eid", &[]).await;
    applicant(&state, &router, "ada@example.com").await;
    let mut browser = identified(&state, &router).await;
    browser.post_form("/sign-in", "screen=eid-email&email=ada%40example.com").await;
    let code = browser.latest_code("ada@example.com").await;
    let done = browser.post_form("/sign-in", &format!("screen=eid-confirm&code={code}")).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    assert_eq!(state.store.account_of_identity(NUMBER).await, Ok(Some("ada@example.com".into())));
    // Its password still works.
    let mut later = Browser::stranger(&router);
    assert_eq!(later.post("/api/sessions", Some(json!({ "email": "ada@example.com", "password": common::PASSWORD }))).await.status, StatusCode::CREATED);
}

#[tokio::test]
async fn only_the_browser_that_came_back_from_e_identification_takes_these_screens() {
    let (_state, router) = common::server("eid", &[]).await;
    let mut stranger = Browser::stranger(&router);
    let page = stranger.post_form("/sign-in", "screen=eid-email&email=anna%40example.com").await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
    assert!(page.text.contains("Sign in with your email address and password to enter the code"), "{}", page.text);
    assert!(stranger.mails_to("anna@example.com").await.is_empty());
}
