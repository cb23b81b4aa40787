//! The time on a page as the server enforces it (R2, WCAG 2.2.1): more time on request, at most
//! so many times per page; a save after the deadline is kept and then the form's time-out policy
//! runs (sign out, or start the page's time again); signing in again gives the page its full
//! time; and every response's `Date` is the server's clock, so a client can correct a wrong one.
//! Each test builds the router and calls it with `oneshot`, except the one that checks that hyper
//! keeps our `Date` header, which needs a socket.

mod common;

use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use axum::Router;
use blankett_server::AppState;
use common::{advance, applicant, Answer, Browser, MINUTE, SECOND};
use serde_json::{json, Value};
use std::sync::Arc;
use tower::ServiceExt;

/// Two pages: `a` has the default 30 minutes, `b` its own 5. `extra` adds form fields.
fn form(id: &str, extra: &str) -> String {
    format!(
        r#"{{"id":"{id}","title":"Timed","kind":"visit","languages":["en"]{extra},"pages":[
        {{"id":"a","title":"A","questions":[{{"id":"name","type":"short_text","label":"Name"}}]}},
        {{"id":"b","title":"B","time_limit_minutes":5,"questions":[{{"id":"city","type":"short_text","label":"City"}}]}}]}}"#
    )
}

/// A server in test mode offering the `timed` form (the default policy) and the `continue` form
/// (`save-and-continue`, twelve extensions).
async fn server() -> (Arc<AppState>, Router) {
    common::server("page-time", &[("timed", form("timed", "")), ("continue", form("continue", r#","on_time_out":"save-and-continue","time_extensions":12"#))]).await
}

/// `actual` is `expected`, give or take the milliseconds the request took.
fn about(actual: i64, expected: i64) -> bool {
    (expected..expected + 2 * SECOND).contains(&actual)
}

#[tokio::test]
async fn more_time_ten_times_then_refused_and_the_count_starts_again_on_the_next_page() {
    let (state, router) = server().await;
    let mut ada = applicant(&state, &router, "ada@example.com").await;
    let created = ada.post("/api/applications", Some(json!({ "form_id": "timed" }))).await;
    assert_eq!(created.status, StatusCode::CREATED);
    assert_eq!(created.body["page_extensions_left"], 10);
    let path = format!("/api/applications/{}", created.body["id"].as_str().unwrap());
    let extend = format!("{path}/extend");

    for round in 1..=10 {
        let now = advance(&state, 28 * MINUTE);
        let extended = ada.post(&extend, None).await;
        assert_eq!(extended.status, StatusCode::OK, "round {round}: {}", extended.body);
        assert_eq!(extended.header(header::ETAG), "\"1\"", "no new version");
        assert_eq!(extended.body["version"], 1);
        assert!(about(extended.time("page_deadline"), now + 30 * MINUTE), "round {round}: the full time again, from now");
        assert_eq!(extended.body["page_extensions_left"], 10 - round);
        assert_eq!(extended.time("saved_at"), created.time("saved_at"), "more time is not a save");
    }
    let read = ada.get(&path).await;
    assert_eq!((read.body["page_extensions_left"].as_u64(), read.header(header::ETAG)), (Some(0), "\"1\""));

    advance(&state, 28 * MINUTE);
    let refused = ada.post(&extend, None).await;
    refused.is_problem(StatusCode::CONFLICT, "no-more-time");
    assert!(refused.body["detail"].as_str().unwrap().starts_with("This page cannot get more time; "), "{}", refused.body);
    assert_eq!(ada.get(&path).await.body["page_deadline"], read.body["page_deadline"], "a refusal changes nothing");

    // The next page has its own time (5 minutes) and its own ten extensions.
    let moved = ada.save(&path, 1, json!({ "name": "Ada" }), 1).await;
    assert_eq!(moved.status, StatusCode::OK, "{}", moved.body);
    assert_eq!(moved.body["page_extensions_left"], 10);
    assert_eq!(moved.time("page_deadline"), moved.time("saved_at") + 5 * MINUTE);
    let now = advance(&state, 4 * MINUTE);
    let extended = ada.post(&extend, None).await;
    assert_eq!(extended.body["page_extensions_left"], 9);
    assert!(about(extended.time("page_deadline"), now + 5 * MINUTE));
    // Saving on the same page keeps both the deadline and the count.
    advance(&state, MINUTE);
    let same = ada.save(&path, 2, json!({ "name": "Ada", "city": "Lund" }), 1).await;
    assert_eq!((same.body["page_extensions_left"].as_u64(), &same.body["page_deadline"]), (Some(9), &extended.body["page_deadline"]));
}

#[tokio::test]
async fn more_time_is_refused_without_the_session_the_header_or_a_draft() {
    let (state, router) = server().await;
    let mut ada = applicant(&state, &router, "ada@example.com").await;
    let id = ada.post("/api/applications", Some(json!({ "form_id": "timed" }))).await.body["id"].as_str().unwrap().to_string();
    let extend = format!("/api/applications/{id}/extend");

    let mut stranger = Browser::stranger(&router);
    stranger.post(&extend, None).await.is_problem(StatusCode::UNAUTHORIZED, "signed-out");
    let mut eve = applicant(&state, &router, "eve@example.com").await;
    eve.post(&extend, None).await.is_problem(StatusCode::NOT_FOUND, "not-found");
    ada.post("/api/applications/no-such-draft/extend", None).await.is_problem(StatusCode::NOT_FOUND, "not-found");
    let without_header = Request::post(&extend).header(header::COOKIE, ada.cookie.clone().unwrap()).body(Body::empty()).unwrap();
    assert_eq!(router.clone().oneshot(without_header).await.unwrap().status(), StatusCode::FORBIDDEN);

    let confirmed = ada.send(Method::POST, &format!("/api/applications/{id}/confirm"), None, &[("idempotency-key", "k")]).await;
    assert_eq!(confirmed.status, StatusCode::OK);
    ada.post(&extend, None).await.is_problem(StatusCode::CONFLICT, "locked");
    let read = ada.get(&format!("/api/applications/{id}")).await;
    assert_eq!((&read.body["page_deadline"], &read.body["page_extensions_left"]), (&Value::Null, &Value::Null), "no time on a confirmed application");

    // A visitor draft is deleted 48 hours after its last save (R4).
    let id = ada.post("/api/applications", Some(json!({ "form_id": "timed" }))).await.body["id"].as_str().unwrap().to_string();
    advance(&state, 48 * 60 * MINUTE);
    ada.sign_in_again().await;
    ada.post(&format!("/api/applications/{id}/extend"), None).await.is_problem(StatusCode::GONE, "expired");
}

#[tokio::test]
async fn a_save_after_the_deadline_is_kept_and_ends_the_session_and_signing_in_again_restarts_the_page() {
    let (state, router) = server().await;
    let mut ada = applicant(&state, &router, "ada@example.com").await;
    let created = ada.post("/api/applications", Some(json!({ "form_id": "timed" }))).await;
    let path = format!("/api/applications/{}", created.body["id"].as_str().unwrap());

    // On time: saved, still signed in. Then to page b, which has 5 minutes.
    advance(&state, 29 * MINUTE);
    let on_time = ada.save(&path, 1, json!({ "name": "Ada" }), 0).await;
    assert_eq!(on_time.status, StatusCode::OK);
    assert!(!on_time.signs_out());
    assert_eq!(ada.save(&path, 2, json!({ "name": "Ada" }), 1).await.status, StatusCode::OK);
    ada.post(&format!("{path}/extend"), None).await;

    // At the deadline exactly: the answers are saved, the response says so, and the session ends.
    advance(&state, 5 * MINUTE);
    let mut same_session = Browser { router: router.clone(), cookie: ada.cookie.clone(), email: ada.email.clone(), from: ada.from };
    let late = ada.save(&path, 3, json!({ "name": "Ada", "city": "Lund" }), 1).await;
    assert_eq!(late.status, StatusCode::OK, "{}", late.body);
    assert_eq!((late.body["version"].as_u64(), &late.body["answers"]["city"]), (Some(4), &json!("Lund")));
    assert!(late.signs_out(), "the cookie is removed: {:?}", late.headers);
    assert_eq!(ada.cookie, None);
    ada.get("/api/sessions/current").await.is_problem(StatusCode::UNAUTHORIZED, "signed-out");
    same_session.get("/api/sessions/current").await.is_problem(StatusCode::UNAUTHORIZED, "signed-out");

    // Signing in again: the same page, its full time and all its extensions.
    let now = advance(&state, 10 * MINUTE);
    ada.sign_in_again().await;
    let read = ada.get(&path).await;
    assert_eq!((read.body["page"].as_u64(), &read.body["answers"]), (Some(1), &json!({ "name": "Ada", "city": "Lund" })));
    assert!(about(read.time("page_deadline"), now + 5 * MINUTE));
    assert_eq!(read.body["page_extensions_left"], 10);
}

#[tokio::test]
async fn the_session_that_saved_late_ends_while_others_are_not_touched() {
    let (state, router) = server().await;
    let mut ada = applicant(&state, &router, "ada@example.com").await;
    let mut bo = applicant(&state, &router, "bo@example.com").await;
    let path = format!("/api/applications/{}", ada.post("/api/applications", Some(json!({ "form_id": "timed" }))).await.body["id"].as_str().unwrap());
    bo.post("/api/applications", Some(json!({ "form_id": "timed" }))).await;
    advance(&state, 20 * MINUTE);
    assert_eq!(ada.get("/api/sessions/current").await.status, StatusCode::OK);
    assert_eq!(bo.get("/api/sessions/current").await.status, StatusCode::OK);
    advance(&state, 10 * MINUTE);
    assert!(ada.save(&path, 1, json!({}), 0).await.signs_out());
    assert_eq!(bo.get("/api/sessions/current").await.status, StatusCode::OK, "another applicant's session goes on");
}

#[tokio::test]
async fn with_save_and_continue_a_late_save_keeps_the_session_and_starts_the_pages_time_again() {
    let (state, router) = server().await;
    let mut ada = applicant(&state, &router, "ada@example.com").await;
    let created = ada.post("/api/applications", Some(json!({ "form_id": "continue" }))).await;
    assert_eq!(created.body["page_extensions_left"], 12, "the form allows twelve");
    let path = format!("/api/applications/{}", created.body["id"].as_str().unwrap());
    let mut extended = None;
    for _ in 0..3 {
        advance(&state, 20 * MINUTE);
        extended = Some(ada.post(&format!("{path}/extend"), None).await);
    }
    let extended = extended.unwrap();
    assert_eq!(extended.status, StatusCode::OK);
    advance(&state, 29 * MINUTE + 55 * SECOND);
    let on_time = ada.save(&path, 1, json!({ "name": "Ada" }), 0).await;
    assert_eq!(on_time.status, StatusCode::OK);
    assert_eq!(on_time.body["page_extensions_left"], 9, "five seconds before the deadline nothing starts again");
    assert_eq!(on_time.body["page_deadline"], extended.body["page_deadline"]);

    let now = advance(&state, 5 * SECOND);
    let late = ada.save(&path, 2, json!({ "name": "Ada L" }), 0).await;
    assert_eq!(late.status, StatusCode::OK);
    assert!(!late.signs_out());
    assert_eq!(late.body["answers"]["name"], "Ada L");
    assert!(about(late.time("page_deadline"), now + 30 * MINUTE), "the page's time starts again");
    assert_eq!(late.body["page_extensions_left"], 12, "with all its extensions");
    assert_eq!(ada.get("/api/sessions/current").await.status, StatusCode::OK);
}

#[tokio::test]
async fn every_response_is_dated_by_the_servers_clock() {
    let (state, router) = server().await;
    let mut browser = Browser::stranger(&router);
    let date = |answer: &Answer| chrono::DateTime::parse_from_rfc2822(answer.header(header::DATE)).unwrap().timestamp_millis();
    for path in ["/api/forms", "/forms/timed", "/api/nothing"] {
        let before = state.clock.now() / SECOND * SECOND;
        let answer = browser.get(path).await;
        assert!(answer.header(header::DATE).ends_with(" GMT"), "{path}: {}", answer.header(header::DATE));
        assert!((before..=state.clock.now()).contains(&date(&answer)), "{path}");
    }
    let first = date(&browser.get("/api/forms").await);
    advance(&state, 60 * MINUTE);
    let later = date(&browser.get("/api/forms").await);
    assert!((60 * MINUTE..60 * MINUTE + 5 * SECOND).contains(&(later - first)), "{}", later - first);
    assert_eq!(blankett_server::http_date(1_795_255_200_000).as_deref(), Some("Sat, 21 Nov 2026 10:00:00 GMT"));
}

/// hyper writes a `Date` of its own only when the response has none; this checks it through a
/// real connection, where hyper is in the path.
#[tokio::test]
async fn hyper_keeps_the_date_header_the_server_set() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let (state, router) = server().await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    let date = || async move {
        let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
        stream.write_all(b"GET /api/forms HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").await.unwrap();
        let mut response = String::new();
        stream.read_to_string(&mut response).await.unwrap();
        let dates: Vec<&str> = response.lines().filter_map(|line| line.strip_prefix("date: ")).collect();
        assert_eq!(dates.len(), 1, "{response}");
        chrono::DateTime::parse_from_rfc2822(dates[0]).unwrap().timestamp_millis()
    };
    let first = date().await;
    advance(&state, 60 * MINUTE);
    let later = date().await;
    assert!((60 * MINUTE..60 * MINUTE + 5 * SECOND).contains(&(later - first)), "{}", later - first);
}
