//! Two-step verification by text message: turned on from the account page (the password again,
//! the number confirmed with a code sent to it), or when the account is created; then every
//! sign-in needs the code texted to the phone, which works once, for 10 minutes, five tries; a
//! lost phone is replaced by a mailed code, which turns it off. And the SMS provider's API, against
//! a listener of the test's own.

mod common;

use axum::http::{header, StatusCode};
use axum::Router;
use blankett_server::AppState;
use common::{advance, applicant, Answer, Browser, MINUTE, PASSWORD};
use serde_json::json;
use std::sync::Arc;

async fn server() -> (Arc<AppState>, Router) {
    common::server("two-step", &[]).await
}

const PHONE: &str = "+46701234567";
const PASSWORD_FIELD: &str = "password=correct+horse+battery";

fn signed_in(answer: &Answer) -> bool {
    answer.status == StatusCode::SEE_OTHER
        && answer.headers.get_all(header::SET_COOKIE).iter().any(|v| v.to_str().unwrap().starts_with("blankett_session=") && !v.to_str().unwrap().starts_with("blankett_session=;"))
}

/// Turns two-step verification on for the signed-in `browser`, with the code texted to PHONE.
async fn turn_on(browser: &mut Browser) {
    let page = browser.post_form("/account", &format!("screen=phone&phone=070-123+45+67&{PASSWORD_FIELD}")).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text);
    assert!(page.text.contains("Confirm the phone number") && page.text.contains("ending in 67"), "{}", page.text);
    let code = browser.latest_code(PHONE).await;
    let done = browser.post_form("/sign-in", &format!("screen=confirm-phone&code={code}")).await;
    assert_eq!((done.status, done.header(header::LOCATION)), (StatusCode::SEE_OTHER, "/account?done=two-step-on&lang=en&next=/"), "{}", done.text);
}

/// Signs in with the password in a new browser: the screen asking for the texted code.
async fn password_only(router: &Router, email: &str) -> (Browser, Answer) {
    let mut browser = Browser::stranger(router);
    let page = browser.post_form("/sign-in", &format!("email={}&{PASSWORD_FIELD}&next=%2Fforms%2Fx", email.replace('@', "%40"))).await;
    (browser, page)
}

#[tokio::test]
async fn turning_it_on_needs_the_password_and_the_code_sent_to_the_number() {
    let (state, router) = server().await;
    let mut ada = applicant(&state, &router, "ada@example.com").await;
    let page = ada.get("/account").await;
    assert!(page.text.contains("ada@example.com") && page.text.contains("Two-step verification is off."), "{}", page.text);
    let wrong = ada.post_form("/account", "screen=phone&phone=070-123+45+67&password=not+the+password").await;
    assert!(wrong.text.contains("The email address or the password is not right"), "{}", wrong.text);
    assert!(ada.mails_to(PHONE).await.is_empty(), "nothing was texted");
    let bad = ada.post_form("/account", &format!("screen=phone&phone=70+12&{PASSWORD_FIELD}")).await;
    assert!(bad.text.contains("Enter the mobile phone number in digits"), "{}", bad.text);
    turn_on(&mut ada).await;
    let page = ada.get("/account?done=two-step-on").await;
    assert!(page.text.contains("Two-step verification is on. The codes are sent by text message to the phone number ending in 67."), "{}", page.text);
    // Signed out, the account page leads to signing in first.
    let mut stranger = Browser::stranger(&router);
    let page = stranger.get("/account").await;
    assert_eq!((page.status, page.header(header::LOCATION)), (StatusCode::SEE_OTHER, "/sign-in?lang=en&next=/account%3Flang%3Den%26next%3D/"));
}

#[tokio::test]
async fn then_signing_in_needs_the_code_texted_to_the_phone() {
    let (state, router) = server().await;
    let mut ada = applicant(&state, &router, "ada@example.com").await;
    turn_on(&mut ada).await;
    let (mut browser, page) = password_only(&router, "ada@example.com").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(!signed_in(&page) && page.text.contains("Enter the code from the text message"), "{}", page.text);
    browser.get("/api/sessions/current").await.is_problem(StatusCode::UNAUTHORIZED, "signed-out");
    // The API never signs such an account in: only the sign-in page sends the code.
    let mut api = Browser::stranger(&router);
    api.post("/api/sessions", Some(json!({ "email": "ada@example.com", "password": PASSWORD }))).await.is_problem(StatusCode::FORBIDDEN, "two-step-required");

    let code = browser.latest_code(PHONE).await;
    // Another browser with the right code: the step is not its.
    let mut elsewhere = Browser::stranger(&router);
    assert!(!signed_in(&elsewhere.post_form("/sign-in", &format!("screen=second-step&code={code}")).await));
    // The page carries `next` on, as every sign-in page does.
    assert!(page.text.contains("name=\"next\" value=\"/forms/x\""), "{}", page.text);
    let done = browser.post_form("/sign-in", &format!("screen=second-step&code={code}&next=%2Fforms%2Fx")).await;
    assert!(signed_in(&done), "{} {}", done.status, done.text);
    assert_eq!(done.header(header::LOCATION), "/forms/x?lang=en");
    // Once: the step has ended.
    assert!(!signed_in(&browser.post_form("/sign-in", &format!("screen=second-step&code={code}")).await));
}

#[tokio::test]
async fn a_texted_code_works_for_10_minutes_and_five_tries_and_new_codes_are_limited() {
    let (state, router) = server().await;
    let mut ada = applicant(&state, &router, "ada@example.com").await;
    turn_on(&mut ada).await;
    let (mut browser, _) = password_only(&router, "ada@example.com").await;
    let code = browser.latest_code(PHONE).await;
    let wrong = if code == "000000" { "111111" } else { "000000" };
    for _ in 0..4 {
        assert!(browser.post_form("/sign-in", &format!("screen=second-step&code={wrong}")).await.text.contains("The code is not right"));
    }
    assert!(browser.post_form("/sign-in", &format!("screen=second-step&code={wrong}")).await.text.contains("no longer works"));
    assert!(!signed_in(&browser.post_form("/sign-in", &format!("screen=second-step&code={code}")).await), "used up");

    let sent = browser.post_form("/sign-in", "screen=second-step&action=new-code").await;
    assert!(sent.text.contains("We have sent a new code by text message"), "{}", sent.text);
    let fresh = browser.latest_code(PHONE).await;
    advance(&state, 10 * MINUTE);
    assert!(browser.post_form("/sign-in", &format!("screen=second-step&code={fresh}")).await.text.contains("has expired"), "ten minutes");
    // Three codes to one number an hour (the one that confirmed it, the sign-in's, the new one).
    let limited = browser.post_form("/sign-in", "screen=second-step&action=new-code").await;
    assert_eq!(limited.status, StatusCode::TOO_MANY_REQUESTS, "{}", limited.text);
}

#[tokio::test]
async fn a_lost_phone_is_replaced_by_a_mailed_code_which_turns_it_off() {
    let (state, router) = server().await;
    let mut ada = applicant(&state, &router, "ada@example.com").await;
    turn_on(&mut ada).await;
    let (mut browser, _) = password_only(&router, "ada@example.com").await;
    let page = browser.post_form("/sign-in", "screen=second-step&action=lost-phone").await;
    assert!(page.text.contains("Sign in without text messages") && page.text.contains("to your email address"), "{}", page.text);
    let code = browser.latest_code("ada@example.com").await;
    let done = browser.post_form("/sign-in", &format!("screen=lost-phone&code={code}&next=%2Fforms%2Fx")).await;
    assert!(signed_in(&done), "{} {}", done.status, done.text);
    assert_eq!(done.header(header::LOCATION), "/account?done=two-step-turned-off&lang=en&next=/forms/x");
    let page = browser.get("/account?done=two-step-turned-off").await;
    assert!(page.text.contains("Two-step verification is off. Turn it on again") && page.text.contains("Two-step verification is off."), "{}", page.text);
    let (_, page) = password_only(&router, "ada@example.com").await;
    assert!(signed_in(&page), "the password is enough again");
}

#[tokio::test]
async fn turning_it_off_needs_the_password() {
    let (state, router) = server().await;
    let mut ada = applicant(&state, &router, "ada@example.com").await;
    turn_on(&mut ada).await;
    let refused = ada.post_form("/account", "screen=two-step-off&password=not+the+password").await;
    assert!(refused.text.contains("The email address or the password is not right"), "{}", refused.text);
    let done = ada.post_form("/account", &format!("screen=two-step-off&{PASSWORD_FIELD}")).await;
    assert_eq!((done.status, done.header(header::LOCATION)), (StatusCode::SEE_OTHER, "/account?done=two-step-off&lang=en&next=/"));
    let (_, page) = password_only(&router, "ada@example.com").await;
    assert!(signed_in(&page));
}

#[tokio::test]
async fn a_new_account_can_choose_it_when_it_is_created() {
    let (_state, router) = server().await;
    for choose in [true, false] {
        let mut browser = Browser::stranger(&router);
        let email = format!("new-{choose}@example.com");
        let page = browser.post_form("/sign-in", &format!("screen=create&email={}&{PASSWORD_FIELD}&phone=%2B46+70+123+45+67", email.replace('@', "%40"))).await;
        assert_eq!(page.status, StatusCode::CREATED, "{}", page.text);
        let code = browser.latest_code(&email).await;
        let page = browser.post_form("/sign-in", &format!("screen=verify&code={code}")).await;
        assert!(page.text.contains("Confirm the phone number") && page.text.contains("Continue without two-step verification"), "{}", page.text);
        let done = if choose {
            let code = browser.latest_code(PHONE).await;
            browser.post_form("/sign-in", &format!("screen=confirm-phone&code={code}")).await
        } else {
            browser.post_form("/sign-in", "screen=confirm-phone&action=skip").await
        };
        assert!(signed_in(&done), "{} {}", done.status, done.text);
        let (_, page) = password_only(&router, &email).await;
        assert_eq!(signed_in(&page), !choose, "two-step verification on: {choose}");
    }
}

#[tokio::test]
async fn text_messages_go_to_the_sms_providers_api_and_wait_while_it_fails() {
    use axum::extract::State;
    use std::sync::Mutex;
    // The provider: a listener that keeps what it was sent and fails its first request.
    type Received = Arc<Mutex<Vec<(String, String)>>>;
    let received: Received = Arc::default();
    async fn provider(State(received): State<Received>, headers: axum::http::HeaderMap, body: String) -> StatusCode {
        let auth = headers.get(header::AUTHORIZATION).map(|v| v.to_str().unwrap().to_string()).unwrap_or_default();
        let mut received = received.lock().unwrap();
        received.push((auth, body));
        if received.len() == 1 { StatusCode::SERVICE_UNAVAILABLE } else { StatusCode::OK }
    }
    let app = Router::new().route("/a1/sms", axum::routing::post(provider)).with_state(received.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });

    let (state, router) = server().await;
    let mut ada = applicant(&state, &router, "ada@example.com").await;
    ada.post_form("/account", &format!("screen=phone&phone=070-123+45+67&{PASSWORD_FIELD}")).await;
    let gateway = blankett_server::texts::Gateway::new(&format!("http://apiuser:apisecret@127.0.0.1:{port}/a1/sms"), "Blankett").unwrap();
    let now = state.clock.now();
    assert_eq!(blankett_server::texts::deliver_due(&state.store, &gateway, now).await.unwrap(), 0, "the provider failed");
    assert_eq!(blankett_server::texts::deliver_due(&state.store, &gateway, now + blankett_server::mail::retry_after(1)).await.unwrap(), 1, "tried again");
    let received = received.lock().unwrap();
    let (auth, body) = &received[1];
    assert_eq!(auth, "Basic YXBpdXNlcjphcGlzZWNyZXQ=", "HTTP Basic with the API user and secret");
    let form: Vec<(String, String)> = url::form_urlencoded::parse(body.as_bytes()).into_owned().collect();
    assert_eq!(form[0], ("from".into(), "Blankett".into()));
    assert_eq!(form[1], ("to".into(), PHONE.into()));
    assert!(form[2].0 == "message" && form[2].1.contains("Your code is "), "{form:?}");
    assert!(ada.mails_to("ada@example.com").await.iter().all(|m| m["subject"] != "Text message"), "texts are not mailed");
    // A provider address without credentials, or a sender that a phone cannot show, is refused at start.
    assert!(blankett_server::texts::Gateway::new("https://api.46elks.com/a1/sms", "Blankett").is_err());
    assert!(blankett_server::texts::Gateway::new("https://u:s@api.46elks.com/a1/sms", "Blankett Migration").is_err());
}
