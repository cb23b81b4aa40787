//! The backend as a page on another site uses it when it embeds a form (issue 21): a session as
//! a bearer token beside the cookie, CORS for the sites named by `--allow-origin` and nothing for
//! any other, and signing in that returns to an allowed host page only. Each rule is tried as an
//! attacker would: a wrong token, an ended one, one in the address, a look-alike origin.

mod common;

use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use axum::Router;
use blankett_server::AppState;
use common::{advance, applicant, Answer, Browser, MINUTE, PASSWORD};
use http_body_util::BodyExt;
use serde_json::{json, Value};
use std::sync::Arc;
use tower::ServiceExt;

const HOST: &str = "http://127.0.0.1:5173";

async fn server(name: &str, origins: &[&str]) -> (Arc<AppState>, Router) {
    let form = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../forms/visitor-visa.json")).unwrap();
    common::server_allowing(name, &[("visitor-visa", form)], None, origins).await
}

/// One request exactly as given: no cookie, no client header unless listed.
async fn raw(router: &Router, method: Method, path: &str, headers: &[(&str, &str)], body: Option<Value>) -> Answer {
    let mut request = Request::builder().method(method).uri(path);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    if body.is_some() {
        request = request.header(header::CONTENT_TYPE, "application/json");
    }
    let mut request = request.body(body.map_or_else(Body::empty, |b| Body::from(b.to_string()))).unwrap();
    request.extensions_mut().insert(axum::extract::ConnectInfo(common::next_address()));
    let response = router.clone().oneshot(request).await.unwrap();
    let (status, headers) = (response.status(), response.headers().clone());
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    Answer { status, headers, body: serde_json::from_slice(&bytes).unwrap_or(Value::Null), text: String::from_utf8_lossy(&bytes).into_owned() }
}

/// Signs `email` in for a token, as a client that draws its own sign-in does.
async fn token_for(router: &Router, email: &str) -> String {
    let answer = raw(router, Method::POST, "/api/sessions", &[("blankett-client", "1")], Some(json!({ "email": email, "password": PASSWORD, "token": true }))).await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.body);
    assert_eq!(answer.body["email"], email);
    assert!(answer.headers.get(header::SET_COOKIE).is_none(), "a token client gets no cookie");
    answer.body["token"].as_str().expect("the session as a token").to_string()
}

fn bearer(token: &str) -> String {
    format!("Bearer {token}")
}

#[tokio::test]
async fn a_bearer_token_is_the_session_without_a_cookie_or_the_client_header() {
    let (_state, router) = server("bearer", &[]).await;
    let cookie_browser = applicant(&_state, &router, "ada@example.com").await;
    let token = token_for(&router, "ada@example.com").await;
    let auth = bearer(&token);

    let mine = raw(&router, Method::GET, "/api/sessions/current", &[("authorization", &auth)], None).await;
    assert_eq!((mine.status, mine.body["email"].as_str()), (StatusCode::OK, Some("ada@example.com")));
    // A state change with a bearer token needs no CSRF header: no other site can send one.
    let created = raw(&router, Method::POST, "/api/applications", &[("authorization", &auth)], Some(json!({ "form_id": "visitor-visa" }))).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.body);
    let path = format!("/api/applications/{}", created.body["id"].as_str().unwrap());
    let saved = raw(&router, Method::PUT, &path, &[("authorization", &auth), ("if-match", "\"1\"")], Some(json!({ "answers": { "given_names": "Ada" }, "page": 0 }))).await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    assert_eq!(saved.header(header::ETAG), "\"2\"");
    // The cookie session is the same applicant's: it sees the draft the token saved.
    let mut cookie_browser = cookie_browser;
    assert_eq!(cookie_browser.get(&path).await.body["answers"]["given_names"], "Ada");
    // A cookie request still needs the header.
    let cookie = cookie_browser.cookie.clone().unwrap();
    let without = raw(&router, Method::POST, "/api/applications", &[("cookie", &cookie)], Some(json!({ "form_id": "visitor-visa" }))).await;
    without.is_problem(StatusCode::FORBIDDEN, "missing-client-header");
}

#[tokio::test]
async fn a_wrong_token_an_ended_one_or_one_in_the_address_is_signed_out() {
    let (state, router) = server("bearer-refused", &[]).await;
    let browser = applicant(&state, &router, "ada@example.com").await;
    let cookie = browser.cookie.clone().unwrap();
    let token = token_for(&router, "ada@example.com").await;

    for wrong in ["Bearer 0000", "Bearer ", "Bearer a b", &format!("Bearer {token}x"), &format!("bearer {}", token.to_uppercase())] {
        let answer = raw(&router, Method::GET, "/api/applications", &[("authorization", wrong)], None).await;
        answer.is_problem(StatusCode::UNAUTHORIZED, "signed-out");
    }
    // A bearer request is judged by its token alone, even beside a good cookie.
    let beside = raw(&router, Method::GET, "/api/applications", &[("authorization", "Bearer 0000"), ("cookie", &cookie)], None).await;
    beside.is_problem(StatusCode::UNAUTHORIZED, "signed-out");
    // Another scheme is not the API's: the cookie counts.
    let basic = raw(&router, Method::GET, "/api/applications", &[("authorization", "Basic dXNlcjpwYXNz"), ("cookie", &cookie)], None).await;
    assert_eq!(basic.status, StatusCode::OK);
    // Never from the address, where it would be kept in histories and logs.
    for query in ["access_token", "token", "bearer", "session"] {
        let answer = raw(&router, Method::GET, &format!("/api/applications?{query}={token}"), &[], None).await;
        answer.is_problem(StatusCode::UNAUTHORIZED, "signed-out");
    }

    // 30 minutes without a request end it (R10), as they end a cookie session; a request before
    // then counts as activity.
    let auth = bearer(&token);
    advance(&state, 29 * MINUTE);
    assert_eq!(raw(&router, Method::GET, "/api/applications", &[("authorization", &auth)], None).await.status, StatusCode::OK);
    advance(&state, 29 * MINUTE);
    assert_eq!(raw(&router, Method::GET, "/api/applications", &[("authorization", &auth)], None).await.status, StatusCode::OK);
    advance(&state, 30 * MINUTE + 1);
    raw(&router, Method::GET, "/api/applications", &[("authorization", &auth)], None).await.is_problem(StatusCode::UNAUTHORIZED, "signed-out");

    // Signing out with the token ends that session only, and sets no cookie.
    let token = token_for(&router, "ada@example.com").await;
    let auth = bearer(&token);
    let mut cookie_browser = applicant_again(&router, "ada@example.com").await;
    let out = raw(&router, Method::DELETE, "/api/sessions/current", &[("authorization", &auth)], None).await;
    assert_eq!(out.status, StatusCode::NO_CONTENT);
    assert!(out.headers.get(header::SET_COOKIE).is_none(), "no cookie is touched by a bearer sign-out");
    raw(&router, Method::GET, "/api/sessions/current", &[("authorization", &auth)], None).await.is_problem(StatusCode::UNAUTHORIZED, "signed-out");
    assert_eq!(cookie_browser.get("/api/sessions/current").await.status, StatusCode::OK, "the cookie session goes on");
}

/// A second session of an existing applicant, with the cookie.
async fn applicant_again(router: &Router, email: &str) -> Browser {
    let mut browser = Browser { router: router.clone(), cookie: None, email: email.into(), from: common::next_address() };
    browser.sign_in_again().await;
    browser
}

#[tokio::test]
async fn a_page_time_out_ends_the_bearer_session_as_it_ends_a_cookie() {
    let form = r#"{"id": "short", "title": "Short", "kind": "visit", "page_time_limit_minutes": 1, "pages": [
        {"id": "p", "title": "P", "questions": [{"id": "q", "type": "short_text", "label": "Q"}]}]}"#;
    let (state, router) = common::server_allowing("bearer-time-out", &[("short", form.to_string())], None, &[]).await;
    applicant(&state, &router, "ada@example.com").await;
    let auth = bearer(&token_for(&router, "ada@example.com").await);
    let created = raw(&router, Method::POST, "/api/applications", &[("authorization", &auth)], Some(json!({ "form_id": "short" }))).await;
    let path = format!("/api/applications/{}", created.body["id"].as_str().unwrap());
    advance(&state, 2 * MINUTE);
    let saved = raw(&router, Method::PUT, &path, &[("authorization", &auth), ("if-match", "\"1\"")], Some(json!({ "answers": { "q": "late" }, "page": 0 }))).await;
    assert_eq!(saved.status, StatusCode::OK, "the answers are kept");
    raw(&router, Method::GET, &path, &[("authorization", &auth)], None).await.is_problem(StatusCode::UNAUTHORIZED, "signed-out");
}

fn cors_headers(answer: &Answer) -> Vec<String> {
    answer.headers.keys().map(|k| k.as_str().to_string()).filter(|k| k.starts_with("access-control-")).collect()
}

#[tokio::test]
async fn an_allowed_site_gets_cors_with_the_headers_a_client_reads_and_no_other_site_gets_any() {
    let (state, router) = server("cors", &[HOST, "https://www.kommun.example"]).await;
    applicant(&state, &router, "ada@example.com").await;
    let auth = bearer(&token_for(&router, "ada@example.com").await);

    let preflight = raw(&router, Method::OPTIONS, "/api/applications", &[("origin", HOST), ("access-control-request-method", "POST"), ("access-control-request-headers", "authorization, content-type")], None).await;
    assert_eq!(preflight.status, StatusCode::NO_CONTENT);
    assert_eq!(preflight.header(header::ACCESS_CONTROL_ALLOW_ORIGIN), HOST);
    assert_eq!(preflight.header(header::ACCESS_CONTROL_ALLOW_CREDENTIALS), "true");
    for method in ["GET", "POST", "PUT", "DELETE"] {
        assert!(preflight.header(header::ACCESS_CONTROL_ALLOW_METHODS).contains(method));
    }
    for name in ["authorization", "content-type", "if-match", "idempotency-key", "blankett-client"] {
        assert!(preflight.header(header::ACCESS_CONTROL_ALLOW_HEADERS).contains(name), "{name}");
    }

    let created = raw(&router, Method::POST, "/api/applications", &[("origin", HOST), ("authorization", &auth)], Some(json!({ "form_id": "visitor-visa" }))).await;
    assert_eq!(created.status, StatusCode::CREATED);
    assert_eq!(created.header(header::ACCESS_CONTROL_ALLOW_ORIGIN), HOST);
    let exposed = created.header(header::ACCESS_CONTROL_EXPOSE_HEADERS).to_ascii_lowercase();
    for name in ["date", "etag", "retry-after"] {
        assert!(exposed.contains(name), "{name} in {exposed}");
    }
    assert!(created.headers.get_all(header::VARY).iter().any(|v| v == "Origin"));
    // A refusal is readable by the page too, so that it can say what happened.
    let refused = raw(&router, Method::GET, "/api/applications", &[("origin", "https://www.kommun.example")], None).await;
    refused.is_problem(StatusCode::UNAUTHORIZED, "signed-out");
    assert_eq!(refused.header(header::ACCESS_CONTROL_ALLOW_ORIGIN), "https://www.kommun.example");
    // The widget's files and the catalogs are public: no credentials.
    let widget = raw(&router, Method::GET, "/widget/blankett-form.js", &[("origin", HOST)], None).await;
    assert_eq!(widget.header(header::ACCESS_CONTROL_ALLOW_ORIGIN), HOST);
    assert!(widget.headers.get(header::ACCESS_CONTROL_ALLOW_CREDENTIALS).is_none());

    for foreign in ["http://127.0.0.1:5174", "http://127.0.0.1:5173.evil.example", "https://kommun.example", "https://www.kommun.example.evil.example", "http://www.kommun.example", "null", "HTTP://127.0.0.1:5173", "http://127.0.0.1:5173/"] {
        let preflight = raw(&router, Method::OPTIONS, "/api/applications", &[("origin", foreign), ("access-control-request-method", "POST")], None).await;
        assert_ne!(preflight.status, StatusCode::NO_CONTENT, "{foreign}");
        assert!(cors_headers(&preflight).is_empty(), "{foreign}: {:?}", cors_headers(&preflight));
        let answer = raw(&router, Method::POST, "/api/applications", &[("origin", foreign), ("authorization", &auth)], Some(json!({ "form_id": "visitor-visa" }))).await;
        assert!(cors_headers(&answer).is_empty(), "{foreign}: {:?}", cors_headers(&answer));
    }
    // The backend's own pages are not the API: no CORS for them, whoever asks.
    assert!(cors_headers(&raw(&router, Method::GET, "/sign-in", &[("origin", HOST)], None).await).is_empty());
}

#[tokio::test]
async fn without_an_allow_list_no_site_gets_cors() {
    let (state, router) = server("no-cors", &[]).await;
    applicant(&state, &router, "ada@example.com").await;
    let preflight = raw(&router, Method::OPTIONS, "/api/applications", &[("origin", HOST), ("access-control-request-method", "POST")], None).await;
    assert!(cors_headers(&preflight).is_empty());
    assert_eq!(preflight.status, StatusCode::METHOD_NOT_ALLOWED);
    assert!(cors_headers(&raw(&router, Method::GET, "/api/forms", &[("origin", HOST)], None).await).is_empty());
    let page = raw(&router, Method::GET, "/sign-in", &[], None).await;
    assert_eq!(page.header(header::CONTENT_SECURITY_POLICY), blankett_server::CONTENT_SECURITY_POLICY, "the sign-in returns to this site only");
}

#[tokio::test]
async fn signing_in_returns_to_an_allowed_host_page_and_to_nothing_that_looks_like_one() {
    let (state, router) = server("return-to-host", &[HOST]).await;
    applicant(&state, &router, "ada@example.com").await;
    let sign_in = |next: &str| format!("email=ada%40example.com&password=correct+horse+battery&next={}", url::form_urlencoded::byte_serialize(next.as_bytes()).collect::<String>());
    let page = format!("{HOST}/examples/host.html?section=news");
    let mut browser = Browser::stranger(&router);
    let shown = browser.get(&format!("/sign-in?lang=en&next={}", url::form_urlencoded::byte_serialize(page.as_bytes()).collect::<String>())).await;
    assert_eq!(shown.status, StatusCode::OK);
    // A browser holds the sign-in form's redirect to the page's form-action too.
    assert!(shown.header(header::CONTENT_SECURITY_POLICY).ends_with(&format!("form-action 'self' {HOST}")), "{}", shown.header(header::CONTENT_SECURITY_POLICY));
    let done = browser.post_form("/sign-in", &sign_in(&page)).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    assert_eq!(done.header(header::LOCATION), page, "back to the host page as it was, with the session cookie");
    for other in ["http://127.0.0.1:5174/examples/host.html", "http://127.0.0.1:5173.evil.example/", "http://127.0.0.1:5173@evil.example/", "//evil.example", "javascript:alert(1)"] {
        let mut browser = Browser::stranger(&router);
        let done = browser.post_form("/sign-in", &sign_in(other)).await;
        assert_eq!(done.status, StatusCode::SEE_OTHER, "{other}");
        assert_eq!(done.header(header::LOCATION), "/?lang=en", "{other}: to this site's start page instead");
    }
}
