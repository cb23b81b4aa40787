//! The backend's sign-in pages as a browser uses them: create an account, confirm the address with
//! the mailed code (or ask for a new one), sign in, and come back to `next`, which never leads off
//! the site; and as an attacker uses them (issue 14).

mod common;

use axum::http::{header, StatusCode};
use axum::Router;
use blankett_server::AppState;
use common::{applicant, Answer, Browser};
use std::sync::Arc;

async fn server() -> (Arc<AppState>, Router) {
    let form = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../forms/work-permit.json")).unwrap();
    common::server("sign-in-pages", &[("work-permit", form)]).await
}

fn signed_in_to(answer: &Answer) -> Option<&str> {
    let session = answer.headers.get_all(header::SET_COOKIE).iter().any(|v| {
        let v = v.to_str().unwrap();
        v.starts_with("blankett_session=") && !v.starts_with("blankett_session=;") && v.contains("HttpOnly") && v.contains("SameSite=Strict")
    });
    (answer.status == StatusCode::SEE_OTHER && session).then(|| answer.header(header::LOCATION))
}

const PASSWORD_FIELD: &str = "password=correct+horse+battery";

#[tokio::test]
async fn an_account_is_created_confirmed_with_the_mailed_code_and_signed_in() {
    let (_state, router) = server().await;
    let mut ada = Browser::stranger(&router);
    let page = ada.post_form("/sign-in", "screen=create&email=ada%40example.com&password=short&lang=en").await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
    assert!(page.text.contains("Choose a password of at least 10 characters"), "{}", page.text);

    let page = ada.post_form("/sign-in", &format!("screen=create&email=ada%40example.com&{PASSWORD_FIELD}&lang=en&next=%2Fforms%2Fwork-permit")).await;
    assert_eq!(page.status, StatusCode::CREATED);
    assert!(page.text.contains("Confirm your email address") && page.text.contains("<strong>ada@example.com</strong>"), "{}", page.text);
    assert!(!page.text.contains("correct horse"), "the password is never written into a page");

    // A wrong code is told at the field; the right one confirms and signs in, back to `next`.
    let code = ada.latest_code("ada@example.com").await;
    let wrong = if code == "000000" { "111111" } else { "000000" };
    let page = ada.post_form("/sign-in", &format!("screen=verify&code={wrong}&lang=sv&next=%2Fforms%2Fwork-permit")).await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
    assert!(page.text.contains("Koden stämmer inte"), "{}", page.text);
    let page = ada.post_form("/sign-in", &format!("screen=verify&code={code}&lang=sv&next=%2Fforms%2Fwork-permit")).await;
    assert_eq!(signed_in_to(&page), Some("/forms/work-permit?lang=sv"), "{} {:?}", page.status, page.headers);
    assert_eq!(ada.get("/api/sessions/current").await.status, StatusCode::OK);

    // Signing in later needs the password; a wrong one is told in Swedish.
    let mut later = Browser::stranger(&router);
    let page = later.post_form("/sign-in", "email=ada%40example.com&password=wrong+password&lang=sv").await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
    assert!(page.text.contains("E-postadressen eller lösenordet stämmer inte"), "{}", page.text);
    let page = later.post_form("/sign-in", &format!("email=ada%40example.com&{PASSWORD_FIELD}&next=%2Fforms%2Fwork-permit")).await;
    assert_eq!(signed_in_to(&page), Some("/forms/work-permit?lang=en"));
}

#[tokio::test]
async fn the_code_screen_signs_in_only_the_browser_that_gave_the_password() {
    let (state, router) = server().await;
    applicant(&state, &router, "victim@example.com").await;
    let mut ada = Browser::stranger(&router);
    ada.post_form("/sign-in", &format!("screen=create&email=ada%40example.com&{PASSWORD_FIELD}")).await;
    let code = ada.latest_code("ada@example.com").await;

    // Another browser with Ada's real code, or the victim's address: the code screen is not
    // offered, only signing in with the password.
    for fields in [format!("screen=verify&email=ada%40example.com&code={code}"), "screen=verify&email=victim%40example.com&code=000000".to_string()] {
        let mut attacker = Browser::stranger(&router);
        let page = attacker.post_form("/sign-in", &fields).await;
        assert_eq!(signed_in_to(&page), None);
        assert!(page.text.contains("id=\"account-password\""), "the sign-in screen: {}", page.text);
        attacker.get("/api/sessions/current").await.is_problem(StatusCode::UNAUTHORIZED, "signed-out");
    }
    // Ada's own browser still confirms with it.
    assert!(signed_in_to(&ada.post_form("/sign-in", &format!("screen=verify&code={code}")).await).is_some());
}

#[tokio::test]
async fn an_unconfirmed_applicant_signing_in_gets_the_code_screen_and_can_ask_for_a_new_code() {
    let (_state, router) = server().await;
    let mut ada = Browser::stranger(&router);
    ada.post_form("/sign-in", &format!("screen=create&email=ada%40example.com&{PASSWORD_FIELD}")).await;
    let first = ada.latest_code("ada@example.com").await;

    // The next day, on another computer: the password leads to the code screen.
    let mut later = Browser::stranger(&router);
    let page = later.post_form("/sign-in", &format!("email=ada%40example.com&{PASSWORD_FIELD}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text.contains("Confirm your email address") && page.text.contains("Send a new code"), "{}", page.text);
    let page = later.post_form("/sign-in", "screen=verify&action=new-code").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text.contains("We have sent a new code"), "{}", page.text);
    let second = later.latest_code("ada@example.com").await;
    assert_eq!(later.mails_to("ada@example.com").await.len(), 2);
    if first != second {
        let page = later.post_form("/sign-in", &format!("screen=verify&code={first}")).await;
        assert_eq!(page.status, StatusCode::BAD_REQUEST, "the first code stopped working");
    }
    assert!(signed_in_to(&later.post_form("/sign-in", &format!("screen=verify&code={second}")).await).is_some());
}

#[tokio::test]
async fn after_signing_in_only_a_normalised_path_on_this_site_is_followed() {
    let (state, router) = server().await;
    for (i, next) in ["%2F%09%2Fevil.example%2F", "%2F%2Fevil.example", "%2F%5Cevil.example", "https%3A%2F%2Fevil.example%2F", "%2F%0A%2Fevil.example", "%2F.%2F%2Fevil.example", "%2F%C3%A5", "%2Fforms%2F..%2F..%2Fx"].into_iter().enumerate() {
        // A new applicant each time: ten sign-ins to one address in 15 minutes are the most.
        let mut browser = applicant(&state, &router, &format!("person{i}@example.com")).await;
        browser.cookie = None;
        let page = browser.post_form("/sign-in", &format!("email=person{i}%40example.com&{PASSWORD_FIELD}&next={next}")).await;
        assert_eq!(signed_in_to(&page), Some("/?lang=en"), "next={next}");
    }
    let mut browser = applicant(&state, &router, "ada@example.com").await;
    let page = browser.post_form("/sign-in", &format!("email=ada%40example.com&{PASSWORD_FIELD}&next=%2Fforms%2Fwork-permit%3Flang%3Dsv")).await;
    assert_eq!(signed_in_to(&page), Some("/forms/work-permit?lang=sv"));
}

#[tokio::test]
async fn the_pages_offer_only_their_languages_and_screens() {
    let (_state, router) = server().await;
    let mut browser = Browser::stranger(&router);
    for lang in ["sv", "en"] {
        assert_eq!(browser.get(&format!("/sign-in?lang={lang}")).await.status, StatusCode::OK);
        assert_eq!(browser.get(&format!("/sign-in/foreign-eid?lang={lang}")).await.status, StatusCode::OK);
    }
    assert_eq!(browser.get("/sign-in?screen=null").await.status, StatusCode::BAD_REQUEST);
    for (page, query) in ["/sign-in", "/sign-in/foreign-eid"].into_iter().flat_map(|page| ["lang=null", "lang=xx", "lang=", "lang=sv&lang=en"].map(|query| (page, query))) {
        let answer = browser.get(&format!("{page}?{query}")).await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{page}?{query}");
        assert_eq!(answer.header(header::CONTENT_TYPE), "text/html; charset=utf-8", "{query}");
        // The page in a language it is in, with the way to both.
        assert!(answer.text.contains(&format!("lang=\"sv\" href=\"{page}?")) && answer.text.contains(&format!("lang=\"en\" href=\"{page}?")), "{}", answer.text);
    }
}

#[tokio::test]
async fn a_post_from_another_site_is_refused() {
    let (_state, router) = server().await;
    let mut browser = Browser::stranger(&router);
    let page = browser
        .send(
            axum::http::Method::POST,
            "/sign-in",
            Some(format!("screen=create&email=ada%40example.com&{PASSWORD_FIELD}").into()),
            &[("content-type", "application/x-www-form-urlencoded"), ("sec-fetch-site", "cross-site")],
        )
        .await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    assert!(browser.mails_to("ada@example.com").await.is_empty(), "nothing was created");
}
