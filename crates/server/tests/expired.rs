//! A draft deleted when its retention time ran out (R4), as the contract shows it: the list names
//! it under `expired` (id, form, last save, expiry; never its answers) whichever way it was deleted,
//! every route on its id answers 410 `expired` for as long as the record is kept, and the record
//! goes when the applicant starts that form again or 30 days after the expiry. Each test builds
//! the router in test mode and calls it with `oneshot`, moving the test clock.

use axum::body::Body;
use axum::http::{header, HeaderMap, Method, Request, StatusCode};
use axum::Router;
use blankett_server::{open, router, AppState, Config, Mode};
use http_body_util::BodyExt;
use serde_json::{json, Value};
use std::sync::Arc;
use tower::ServiceExt;

const MINUTE: i64 = 60 * 1000;
const HOUR: i64 = 60 * MINUTE;
const DAY: i64 = 24 * HOUR;
const PASSWORD: &str = "correct horse battery";

/// A server in test mode offering `visit` (kept 48 hours, with a document question), `other-visit`
/// (also 48 hours) and `permit` (a work permit, kept 30 days).
fn server() -> (Arc<AppState>, Router) {
    use std::sync::atomic::{AtomicU32, Ordering};
    static NEXT: AtomicU32 = AtomicU32::new(0);
    let root = std::env::temp_dir().join(format!("blankett-expired-{}-{}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed)));
    let (dist, forms) = (root.join("dist"), root.join("forms"));
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::create_dir_all(&forms).unwrap();
    std::fs::write(dist.join("index.html"), "<!doctype html><title>Blankett</title>").unwrap();
    let form = |id: &str, kind: &str| {
        format!(
            r#"{{"id":"{id}","title":"Form","kind":"{kind}","languages":["en"],"pages":[
            {{"id":"a","title":"A","questions":[{{"id":"name","type":"short_text","label":"Name"}},
              {{"id":"passport","type":"document","label":"Passport","file_types":["application/pdf"]}}]}}]}}"#
        )
    };
    for (id, kind) in [("visit", "visit"), ("other-visit", "visit"), ("permit", "work-permit")] {
        std::fs::write(forms.join(format!("{id}.json")), form(id, kind)).unwrap();
    }
    let state = open(Config { dist, forms, database: root.join("blankett.sqlite"), mode: Mode::Test, secure_cookies: false }).unwrap();
    (state.clone(), router(state))
}

struct Answer {
    status: StatusCode,
    headers: HeaderMap,
    body: Value,
}

impl Answer {
    fn is_problem(&self, status: StatusCode, kind: &str) {
        assert_eq!(self.status, status, "{}", self.body);
        assert_eq!(self.headers.get(header::CONTENT_TYPE).unwrap(), "application/problem+json");
        assert_eq!(self.body["type"], format!("/problems/{kind}"));
    }
}

/// A browser: the router, a session cookie and the applicant's address.
struct Browser {
    router: Router,
    cookie: Option<String>,
    email: String,
}

impl Browser {
    async fn send(&mut self, method: Method, path: &str, body: Option<Body>, headers: &[(&str, &str)]) -> Answer {
        let mut request = Request::builder().method(method.clone()).uri(path);
        if method != Method::GET {
            request = request.header("blankett-client", "1");
        }
        if let Some(cookie) = &self.cookie {
            request = request.header(header::COOKIE, cookie);
        }
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let response = self.router.clone().oneshot(request.body(body.unwrap_or_else(Body::empty)).unwrap()).await.unwrap();
        for set in response.headers().get_all(header::SET_COOKIE) {
            let pair = set.to_str().unwrap().split(';').next().unwrap().to_string();
            self.cookie = pair.split_once('=').filter(|(_, value)| !value.is_empty()).map(|_| pair.clone());
        }
        let (status, headers) = (response.status(), response.headers().clone());
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        Answer { status, headers, body: serde_json::from_slice(&bytes).unwrap_or(Value::Null) }
    }

    async fn get(&mut self, path: &str) -> Answer {
        self.send(Method::GET, path, None, &[]).await
    }

    async fn post(&mut self, path: &str, body: Value) -> Answer {
        self.send(Method::POST, path, Some(Body::from(body.to_string())), &[("content-type", "application/json")]).await
    }

    async fn save(&mut self, path: &str, version: u64, answers: Value) -> Answer {
        let body = Body::from(json!({ "answers": answers, "page": 0 }).to_string());
        self.send(Method::PUT, path, Some(body), &[("content-type", "application/json"), ("if-match", &format!("\"{version}\""))]).await
    }

    /// Starts a draft of `form`; returns it.
    async fn start(&mut self, form: &str) -> Value {
        let created = self.post("/api/applications", json!({ "form_id": form })).await;
        assert_eq!(created.status, StatusCode::CREATED, "{}", created.body);
        created.body
    }

    /// Signs in again, as an applicant does who comes back after days (the session ended after
    /// 30 minutes without activity).
    async fn sign_in_again(&mut self) {
        let email = self.email.clone();
        assert_eq!(self.post("/api/sessions", json!({ "email": email, "password": PASSWORD })).await.status, StatusCode::CREATED);
    }

    async fn expired(&mut self) -> Vec<Value> {
        let list = self.get("/api/applications").await;
        assert_eq!(list.status, StatusCode::OK, "{}", list.body);
        list.body["expired"].as_array().unwrap_or_else(|| panic!("an `expired` list in {}", list.body)).clone()
    }

    async fn expired_ids(&mut self) -> Vec<String> {
        self.expired().await.iter().map(|e| e["id"].as_str().unwrap().to_string()).collect()
    }
}

/// A verified applicant, signed in.
async fn applicant(state: &AppState, router: &Router, email: &str) -> Browser {
    state.store.create_account(email, PASSWORD, state.clock.now()).unwrap();
    let mail = state.store.outbox().unwrap().into_iter().find(|m| m.recipient == email).unwrap();
    let code: String = mail.body.split(|c: char| !c.is_ascii_digit()).find(|part| part.len() == 6).unwrap().into();
    state.store.verify_account(email, &code).unwrap();
    let mut browser = Browser { router: router.clone(), cookie: None, email: email.into() };
    browser.sign_in_again().await;
    browser
}

fn advance(state: &AppState, by: i64) -> i64 {
    state.test_clock.as_ref().unwrap().advance(by)
}

fn id(draft: &Value) -> String {
    draft["id"].as_str().unwrap().to_string()
}

#[tokio::test]
async fn the_list_names_a_draft_that_expired_while_listing_with_its_last_save_and_expiry_and_no_answers() {
    let (state, router) = server();
    let mut ada = applicant(&state, &router, "ada@example.com").await;
    let visit = ada.start("visit").await;
    let path = format!("/api/applications/{}", id(&visit));
    // Saved later than it was started: the list must give the last save, not the start.
    advance(&state, 10 * MINUTE);
    let saved = ada.save(&path, 1, json!({ "name": "Ada Lovelace" })).await;
    assert_eq!(saved.status, StatusCode::OK);
    let permit = ada.start("permit").await;
    assert_eq!(ada.expired().await, Vec::<Value>::new(), "nothing has expired yet");

    advance(&state, 48 * HOUR);
    ada.sign_in_again().await;
    let list = ada.get("/api/applications").await;
    // Exactly these four fields, written as the live draft's own were: the app can say which form,
    // when it was last saved and when it was deleted, and nothing of what was typed.
    assert_eq!(list.body["expired"], json!([{ "id": id(&visit), "form_id": "visit", "saved_at": saved.body["saved_at"], "expires_at": saved.body["expires_at"] }]));
    assert_eq!(list.body["applications"].as_array().unwrap().iter().map(id).collect::<Vec<_>>(), vec![id(&permit)], "the work permit is kept 30 days");
    assert!(!list.body.to_string().contains("Lovelace"));
    // As a live draft's are: UTC, with milliseconds.
    assert!(saved.body["expires_at"].as_str().unwrap().ends_with('Z') && saved.body["expires_at"].as_str().unwrap().len() == 24, "{}", saved.body);
    ada.get(&path).await.is_problem(StatusCode::GONE, "expired");
}

#[tokio::test]
async fn every_route_on_an_expired_draft_answers_410_every_time_after_a_read_deleted_it() {
    let (state, router) = server();
    let mut ada = applicant(&state, &router, "ada@example.com").await;
    let draft = ada.start("visit").await;
    let path = format!("/api/applications/{}", id(&draft));
    let pdf = || Some(Body::from("%PDF-1.4"));
    let uploaded = ada.send(Method::POST, &format!("{path}/documents?question=passport&name=p.pdf"), pdf(), &[("content-type", "application/pdf")]).await;
    assert_eq!(uploaded.status, StatusCode::CREATED, "{}", uploaded.body);
    let document = format!("{path}/documents/{}", uploaded.body["id"].as_str().unwrap());

    advance(&state, 48 * HOUR);
    ada.sign_in_again().await;
    ada.get(&path).await.is_problem(StatusCode::GONE, "expired");
    for round in 0..2 {
        ada.get(&path).await.is_problem(StatusCode::GONE, "expired");
        ada.save(&path, 1, json!({ "name": "Ada" })).await.is_problem(StatusCode::GONE, "expired");
        ada.send(Method::POST, &format!("{path}/extend"), None, &[]).await.is_problem(StatusCode::GONE, "expired");
        ada.send(Method::POST, &format!("{path}/confirm"), None, &[("idempotency-key", "k")]).await.is_problem(StatusCode::GONE, "expired");
        ada.get(&format!("{path}/documents")).await.is_problem(StatusCode::GONE, "expired");
        ada.send(Method::POST, &format!("{path}/documents?question=passport&name=p.pdf"), pdf(), &[("content-type", "application/pdf")])
            .await
            .is_problem(StatusCode::GONE, "expired");
        ada.send(Method::DELETE, &document, None, &[]).await.is_problem(StatusCode::GONE, "expired");
        assert_eq!(ada.expired_ids().await, vec![id(&draft)], "round {round}: still listed");
    }
}

#[tokio::test]
async fn a_draft_deleted_by_the_purge_is_listed_and_answers_410_like_one_deleted_by_a_read() {
    let (state, router) = server();
    let mut ada = applicant(&state, &router, "ada@example.com").await;
    let draft = ada.start("visit").await;
    let now = advance(&state, 48 * HOUR);
    assert_eq!(state.store.purge_expired(now), Ok(1));
    ada.sign_in_again().await;
    assert_eq!(ada.expired().await, vec![json!({ "id": id(&draft), "form_id": "visit", "saved_at": draft["saved_at"], "expires_at": draft["expires_at"] })]);
    ada.get(&format!("/api/applications/{}", id(&draft))).await.is_problem(StatusCode::GONE, "expired");
}

#[tokio::test]
async fn the_latest_expiry_comes_first_and_starting_a_form_again_removes_only_its_own_records() {
    let (state, router) = server();
    let mut ada = applicant(&state, &router, "ada@example.com").await;
    // Minutes apart (within the session's 30 minutes), so each expires a little later.
    let first = ada.start("visit").await;
    advance(&state, 10 * MINUTE);
    let second = ada.start("visit").await;
    advance(&state, 10 * MINUTE);
    let other = ada.start("other-visit").await;
    advance(&state, 48 * HOUR);
    ada.sign_in_again().await;
    assert_eq!(ada.expired_ids().await, vec![id(&other), id(&second), id(&first)]);

    let again = ada.start("visit").await;
    assert_eq!(ada.expired_ids().await, vec![id(&other)], "both records of `visit` go, the other form's stays");
    let list = ada.get("/api/applications").await;
    assert_eq!(list.body["applications"].as_array().unwrap().iter().map(id).collect::<Vec<_>>(), vec![id(&again)]);
    // The explanation has been given; the old ids are now simply unknown.
    ada.get(&format!("/api/applications/{}", id(&first))).await.is_problem(StatusCode::NOT_FOUND, "not-found");
    ada.get(&format!("/api/applications/{}", id(&other))).await.is_problem(StatusCode::GONE, "expired");
}

#[tokio::test]
async fn another_applicant_never_sees_the_record_nor_learns_the_id_existed() {
    let (state, router) = server();
    let mut ada = applicant(&state, &router, "ada@example.com").await;
    let mut eve = applicant(&state, &router, "eve@example.com").await;
    let draft = ada.start("visit").await;
    let path = format!("/api/applications/{}", id(&draft));
    advance(&state, 48 * HOUR);
    ada.sign_in_again().await;
    eve.sign_in_again().await;
    assert_eq!(ada.expired_ids().await, vec![id(&draft)]);
    assert_eq!(eve.get("/api/applications").await.body, json!({ "applications": [], "expired": [] }));
    eve.get(&path).await.is_problem(StatusCode::NOT_FOUND, "not-found");
    eve.save(&path, 1, json!({})).await.is_problem(StatusCode::NOT_FOUND, "not-found");
    eve.get(&format!("{path}/documents")).await.is_problem(StatusCode::NOT_FOUND, "not-found");
    // Eve starting the same form does not touch Ada's record.
    eve.start("visit").await;
    assert_eq!(ada.expired_ids().await, vec![id(&draft)]);
}

#[tokio::test]
async fn the_record_is_kept_30_days_after_the_expiry_then_the_id_is_unknown() {
    let (state, router) = server();
    let mut ada = applicant(&state, &router, "ada@example.com").await;
    let draft = ada.start("visit").await;
    let path = format!("/api/applications/{}", id(&draft));
    // The test clock runs on with the system clock; a minute's margin on either side.
    advance(&state, 48 * HOUR + 30 * DAY - MINUTE);
    ada.sign_in_again().await;
    assert_eq!(ada.expired_ids().await, vec![id(&draft)], "read for the first time just before its 30 days are up");
    ada.get(&path).await.is_problem(StatusCode::GONE, "expired");
    advance(&state, 2 * MINUTE);
    ada.sign_in_again().await;
    assert_eq!(ada.expired().await, Vec::<Value>::new());
    ada.get(&path).await.is_problem(StatusCode::NOT_FOUND, "not-found");
}
