//! The contract's edges tried as an attacker or a fuzzer would (issue 14): uploads that are large,
//! unauthenticated or lie about their type, drafts without end, retried creations, refusals that
//! are not problem+json, requests the contract allows or forbids, caching of personal data, the
//! status lookup, and the test clock. Each test failed against the server before its fix.

mod common;

use axum::body::Body;
use axum::http::{header, Method, StatusCode};
use axum::Router;
use blankett_server::AppState;
use common::{applicant, confirmed, id, Browser, DAY};
use serde_json::{json, Value};
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll};

async fn server() -> (Arc<AppState>, Router) {
    common::server("edges", &[common::with_documents()]).await
}

/// A request body that counts the bytes the server read of it: `size` bytes in 16 KB chunks.
struct Watched {
    left: usize,
    read: Arc<AtomicUsize>,
}

const CHUNK: usize = 16 * 1024;

impl http_body::Body for Watched {
    type Data = axum::body::Bytes;
    type Error = std::io::Error;
    fn poll_frame(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<Option<Result<http_body::Frame<Self::Data>, Self::Error>>> {
        if self.left == 0 {
            return Poll::Ready(None);
        }
        let n = self.left.min(CHUNK);
        self.left -= n;
        self.read.fetch_add(n, Ordering::SeqCst);
        let mut chunk = vec![b'x'; n];
        chunk[..5].copy_from_slice(b"%PDF-");
        Poll::Ready(Some(Ok(http_body::Frame::data(chunk.into()))))
    }
}

fn watched(size: usize) -> (Body, Arc<AtomicUsize>) {
    let read = Arc::new(AtomicUsize::new(0));
    (Body::new(Watched { left: size, read: read.clone() }), read)
}

const LIMIT: usize = 100 * 1024;

#[tokio::test]
async fn an_upload_is_refused_before_its_body_is_read_and_never_read_past_its_limit() {
    let (state, router) = server().await;
    let mut ada = applicant(&state, &router, "ada@example.com").await;
    let path = format!("/api/applications/{}", id(&ada.start("with-documents").await));
    let documents = format!("{path}/documents?question=passport_copy&name=a.pdf");

    // Without a session: 401, and not a byte read.
    let mut stranger = Browser::stranger(&router);
    let (body, read) = watched(60 * 1024 * 1024);
    let answer = stranger.send(Method::POST, &documents, Some(body), &[("content-type", "application/pdf")]).await;
    answer.is_problem(StatusCode::UNAUTHORIZED, "signed-out");
    assert_eq!(read.load(Ordering::SeqCst), 0);

    // Announced as larger than the question takes: 413 before reading.
    let (body, read) = watched(LIMIT + 1);
    let length = (LIMIT + 1).to_string();
    let answer = ada.send(Method::POST, &documents, Some(body), &[("content-type", "application/pdf"), ("content-length", &length)]).await;
    answer.is_problem(StatusCode::PAYLOAD_TOO_LARGE, "document-too-large");
    assert_eq!(read.load(Ordering::SeqCst), 0);

    // Not announced: read up to the limit, then refused.
    let (body, read) = watched(4 * 1024 * 1024);
    let answer = ada.send(Method::POST, &documents, Some(body), &[("content-type", "application/pdf")]).await;
    answer.is_problem(StatusCode::PAYLOAD_TOO_LARGE, "document-too-large");
    assert!(read.load(Ordering::SeqCst) <= LIMIT + CHUNK, "read {} bytes", read.load(Ordering::SeqCst));

    // A type the question does not take: 415 before reading.
    let (body, read) = watched(1000);
    ada.send(Method::POST, &documents, Some(body), &[("content-type", "application/zip")]).await.is_problem(StatusCode::UNSUPPORTED_MEDIA_TYPE, "document-type");
    assert_eq!(read.load(Ordering::SeqCst), 0);
    // Within the limit, it is stored.
    let (body, _) = watched(LIMIT);
    assert_eq!(ada.send(Method::POST, &documents, Some(body), &[("content-type", "application/pdf")]).await.status, StatusCode::CREATED);
}

#[tokio::test]
async fn a_file_must_be_what_its_type_says_and_its_name_cannot_hide_its_ending() {
    let (state, router) = server().await;
    let mut ada = applicant(&state, &router, "ada@example.com").await;
    let path = format!("/api/applications/{}", id(&ada.start("with-documents").await));
    let png: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";
    let lies: [(&str, &[u8]); 4] = [
        ("an HTML page", b"<!doctype html><script>alert(1)</script>"),
        ("a Windows program", b"MZ\x90\0\x03\0\0\0\x04\0\0\0\xff\xff\0\0\xb8\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"),
        ("a PNG image", png),
        ("text", b"just some text, no document at all"),
    ];
    for (what, content) in lies {
        let answer = ada.upload(&path, "passport_copy", "passport.pdf", content.to_vec(), "application/pdf").await;
        assert_eq!(answer.status, StatusCode::UNSUPPORTED_MEDIA_TYPE, "{what} sent as a PDF: {}", answer.body);
        answer.is_problem(StatusCode::UNSUPPORTED_MEDIA_TYPE, "document-type");
    }
    assert_eq!(ada.upload(&path, "passport_copy", "photo.png", png.to_vec(), "image/png").await.status, StatusCode::CREATED);

    let named = ada.upload(&path, "passport_copy", "invoice%E2%80%AEfdp.exe", b"%PDF-1.7 a document".to_vec(), "application/pdf").await;
    assert_eq!(named.status, StatusCode::CREATED, "{}", named.body);
    assert_eq!(named.body["name"], "invoicefdp.exe", "no right-to-left override");
}

#[tokio::test]
async fn an_applicant_has_a_limited_number_of_drafts_of_a_form_with_answers_of_a_limited_size() {
    let (state, router) = server().await;
    let mut ada = applicant(&state, &router, "ada@example.com").await;
    let mut created = Vec::new();
    for _ in 0..8 {
        created.push(ada.post("/api/applications", Some(json!({ "form_id": "with-documents" }))).await);
    }
    let statuses: Vec<u16> = created.iter().map(|a| a.status.as_u16()).collect();
    assert!(statuses.starts_with(&[201, 201, 201]) && statuses.ends_with(&[409]), "{statuses:?}");
    created.last().unwrap().is_problem(StatusCode::CONFLICT, "too-many-drafts");

    let path = format!("/api/applications/{}", id(&created[0].body));
    let large = "x".repeat(1024 * 1024 + 1);
    let refused = ada.save(&path, 1, json!({ "date_of_birth": large }), 0).await;
    refused.is_problem(StatusCode::PAYLOAD_TOO_LARGE, "answers-too-large");
    assert_eq!(ada.get(&path).await.body["version"], 1, "nothing was saved");
    assert_eq!(ada.save(&path, 1, json!({ "date_of_birth": "x".repeat(1000) }), 0).await.status, StatusCode::OK);
}

#[tokio::test]
async fn a_retried_creation_with_the_same_key_gives_the_same_draft() {
    let (state, router) = server().await;
    let mut ada = applicant(&state, &router, "ada@example.com").await;
    let body = || Some(Body::from(json!({ "form_id": "with-documents" }).to_string()));
    let headers = [("content-type", "application/json"), ("idempotency-key", "create-1")];
    let first = ada.send(Method::POST, "/api/applications", body(), &headers).await;
    let again = ada.send(Method::POST, "/api/applications", body(), &headers).await;
    assert_eq!(first.status, StatusCode::CREATED);
    assert_eq!(again.status, StatusCode::CREATED);
    assert_eq!(id(&first.body), id(&again.body));
    assert_eq!(ada.get("/api/applications").await.body["applications"].as_array().unwrap().len(), 1);
    // Another applicant's key is theirs alone.
    let mut bo = applicant(&state, &router, "bo@example.com").await;
    let theirs = bo.send(Method::POST, "/api/applications", body(), &headers).await;
    assert_ne!(id(&theirs.body), id(&first.body));
}

#[tokio::test]
async fn every_refusal_is_problem_json_with_a_stable_type() {
    let (state, router) = server().await;
    let mut ada = applicant(&state, &router, "ada@example.com").await;
    let json_body = |text: &str| Some(Body::from(text.to_string()));
    let cases: Vec<(Method, &str, Option<Body>, Vec<(&str, &str)>, StatusCode, &str)> = vec![
        (Method::POST, "/api/applications", json_body("{\"form_id\": "), vec![("content-type", "application/json")], StatusCode::BAD_REQUEST, "malformed-json"),
        (Method::POST, "/api/applications", json_body("{\"form_id\": 1}"), vec![("content-type", "application/json")], StatusCode::UNPROCESSABLE_ENTITY, "invalid-body"),
        (Method::POST, "/api/applications", json_body("{}"), vec![("content-type", "text/plain")], StatusCode::UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type"),
        (Method::POST, "/api/sessions", json_body(&"x".repeat(3 * 1024 * 1024)), vec![("content-type", "application/json")], StatusCode::PAYLOAD_TOO_LARGE, "body-too-large"),
        (Method::PATCH, "/api/applications", None, vec![], StatusCode::METHOD_NOT_ALLOWED, "method-not-allowed"),
        (Method::GET, "/api/nothing/here", None, vec![], StatusCode::NOT_FOUND, "not-found"),
        (Method::GET, "/api/forms/nothing", None, vec![], StatusCode::NOT_FOUND, "not-found"),
        (Method::POST, "/api/status", json_body("{\"reference\": []}"), vec![("content-type", "application/json")], StatusCode::UNPROCESSABLE_ENTITY, "invalid-body"),
        (Method::POST, "/api/applications/x/documents", None, vec![], StatusCode::BAD_REQUEST, "invalid-query"),
    ];
    for (method, path, body, headers, status, kind) in cases {
        let answer = ada.send(method.clone(), path, body, &headers).await;
        assert!(answer.header(header::CONTENT_TYPE).starts_with("application/problem+json"), "{method} {path}: {} {}", answer.status, answer.text);
        answer.is_problem(status, kind);
        assert!(answer.body["detail"].as_str().unwrap().len() > 10, "{}", answer.body);
    }
}

#[tokio::test]
async fn versions_and_places_are_read_as_the_contract_says() {
    let (state, router) = server().await;
    let mut ada = applicant(&state, &router, "ada@example.com").await;
    let path = format!("/api/applications/{}", id(&ada.start("with-documents").await));
    let put = |if_match: Option<&'static str>, body: Value| {
        let mut headers = vec![("content-type", "application/json")];
        if let Some(value) = if_match {
            headers.push(("if-match", value));
        }
        (Some(Body::from(body.to_string())), headers)
    };
    // `*` and an empty If-Match name no version: a save must say which one it read.
    for value in ["*", ""] {
        let (body, headers) = put(Some(value), json!({ "answers": {}, "page": 0 }));
        ada.send(Method::PUT, &path, body, &headers).await.is_problem(StatusCode::PRECONDITION_REQUIRED, "version-required");
    }
    // 2118.0 is the integer 2118 in JSON (a place beyond the review is kept as sent: a save is
    // never refused for it, so that a form changed meanwhile costs no answers).
    let (body, headers) = put(Some("\"1\""), json!({ "answers": {}, "page": 2118.0 }));
    let saved = ada.send(Method::PUT, &path, body, &headers).await;
    assert_eq!((saved.status, &saved.body["page"]), (StatusCode::OK, &json!(2118)), "{}", saved.body);
    let (body, headers) = put(Some("\"2\""), json!({ "answers": {}, "page": 1.5 }));
    ada.send(Method::PUT, &path, body, &headers).await.is_problem(StatusCode::UNPROCESSABLE_ENTITY, "invalid-body");
}

#[tokio::test]
async fn personal_data_is_never_kept_by_a_cache() {
    let (state, router) = server().await;
    let mut ada = applicant(&state, &router, "ada@example.com").await;
    let path = format!("/api/applications/{}", id(&ada.start("with-documents").await));
    for address in ["/api/applications".to_string(), path.clone(), format!("{path}/documents"), "/api/sessions/current".into(), "/api/dev/outbox".into()] {
        assert_eq!(ada.get(&address).await.header(header::CACHE_CONTROL), "no-store", "{address}");
    }
    assert_eq!(ada.post("/api/sessions", Some(json!({ "email": "ada@example.com", "password": common::PASSWORD }))).await.header(header::CACHE_CONTROL), "no-store");
}

#[tokio::test]
async fn behind_tls_browsers_are_told_to_use_it_always() {
    let root = std::env::temp_dir().join(format!("blankett-hsts-{}", std::process::id()));
    std::fs::create_dir_all(root.join("dist")).unwrap();
    std::fs::create_dir_all(root.join("forms")).unwrap();
    std::fs::write(root.join("dist/index.html"), "<!doctype html>").unwrap();
    let config = |secure_cookies| blankett_server::Config {
        dist: root.join("dist"),
        forms: root.join("forms"),
        database: root.join(format!("db-{secure_cookies}.sqlite")).display().to_string(),
        pool_size: 2,
        trusted_proxies: Vec::new(),
        mode: blankett_server::Mode::Production,
        secure_cookies,
        sign_in_config: None,
        service_config: None,
        allowed_origins: vec![],
    };
    let mut behind_tls = Browser::stranger(&blankett_server::app(config(true)).await.unwrap());
    assert!(behind_tls.get("/").await.header(header::STRICT_TRANSPORT_SECURITY).starts_with("max-age="));
    let mut plain = Browser::stranger(&blankett_server::app(config(false)).await.unwrap());
    assert_eq!(plain.get("/").await.header(header::STRICT_TRANSPORT_SECURITY), "");
}

#[tokio::test]
async fn a_stranger_can_neither_guess_a_reference_number_nor_block_its_owners_lookup() {
    let (state, router) = server().await;
    let mut ada = applicant(&state, &router, "ada@example.com").await;
    let first = confirmed(&mut ada, "1990-04-23").await;
    let second = confirmed(&mut ada, "1990-04-23").await;
    let number = |reference: &str| reference.rsplit('-').next().unwrap().parse::<u64>().ok();
    assert!(!matches!((number(&first), number(&second)), (Some(a), Some(b)) if b == a + 1), "{first} then {second}");

    let mut stranger = Browser::stranger(&router);
    let mut statuses = Vec::new();
    for day in 1..=8 {
        let answer = stranger.post("/api/status", Some(json!({ "reference": first, "date_of_birth": format!("1990-01-0{day}") }))).await;
        statuses.push(answer.status.as_u16());
    }
    assert_eq!(statuses.last(), Some(&429), "{statuses:?}");
    // The owner, on their own network, is not held back by the stranger's tries.
    let mut owner = Browser::stranger(&router);
    let answer = owner.post("/api/status", Some(json!({ "reference": first.to_lowercase(), "date_of_birth": "1990-04-23" }))).await;
    assert_eq!((answer.status, &answer.body["status"]), (StatusCode::OK, &json!("registered")), "{}", answer.body);
}

#[tokio::test]
async fn the_test_clock_only_moves_forward_and_not_past_any_date() {
    let (state, router) = server().await;
    let mut browser = Browser::stranger(&router);
    for advance in [json!(-1), json!(i64::MAX), json!(i64::MAX - 1000), json!(200 * 365 * DAY)] {
        browser.post("/api/test/clock", Some(json!({ "advance_ms": advance }))).await.is_problem(StatusCode::BAD_REQUEST, "invalid-advance");
    }
    let before = state.clock.now();
    let moved = browser.post("/api/test/clock", Some(json!({ "advance_ms": DAY }))).await;
    assert_eq!(moved.status, StatusCode::OK);
    assert!(state.clock.now() >= before + DAY);
}
