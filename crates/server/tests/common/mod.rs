//! What the HTTP tests of applications share: a server in test mode offering forms of the test's
//! own, a browser (the router and a session cookie, called with `oneshot`, no socket), a verified
//! applicant signed in with it, and the answers it gets.

// Each test file uses a part of this.
#![allow(dead_code)]

use axum::body::Body;
use axum::http::{header, HeaderMap, Method, Request, StatusCode};
use axum::Router;
use blankett_server::{open, router, AppState, Config, Mode};
use http_body_util::BodyExt;
use serde_json::{json, Value};
use std::sync::Arc;
use tower::ServiceExt;

pub const SECOND: i64 = 1000;
pub const MINUTE: i64 = 60 * SECOND;
pub const HOUR: i64 = 60 * MINUTE;
pub const DAY: i64 = 24 * HOUR;
pub const PASSWORD: &str = "correct horse battery";

/// A server in test mode (its clock can be moved) with a database of its own, offering `forms`:
/// each an id and its schema text. `name` names the temporary folder.
pub async fn server(name: &str, forms: &[(&str, String)]) -> (Arc<AppState>, Router) {
    server_of(name, forms, None).await
}

/// The same, with a service file of this text (the time zone, the support team's contacts).
pub async fn server_of(name: &str, forms: &[(&str, String)], service: Option<&str>) -> (Arc<AppState>, Router) {
    serve(name, forms, service, None, &[]).await
}

/// A server in test mode on the database at `database` (another instance may use it too).
pub async fn server_at(name: &str, forms: &[(&str, String)], database: &str) -> (Arc<AppState>, Router) {
    serve(name, forms, None, Some(database), &[]).await
}

/// A server in test mode letting the pages of `origins` embed the forms (`--allow-origin`).
pub async fn server_allowing(name: &str, forms: &[(&str, String)], service: Option<&str>, origins: &[&str]) -> (Arc<AppState>, Router) {
    serve(name, forms, service, None, origins).await
}

async fn serve(name: &str, forms: &[(&str, String)], service: Option<&str>, database_at: Option<&str>, origins: &[&str]) -> (Arc<AppState>, Router) {
    use std::sync::atomic::{AtomicU32, Ordering};
    static NEXT: AtomicU32 = AtomicU32::new(0);
    let root = std::env::temp_dir().join(format!("blankett-{name}-{}-{}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed)));
    let (dist, forms_dir) = (root.join("dist"), root.join("forms"));
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::create_dir_all(&forms_dir).unwrap();
    std::fs::write(dist.join("index.html"), "<!doctype html><title>Blankett</title>").unwrap();
    for (id, text) in forms {
        std::fs::write(forms_dir.join(format!("{id}.json")), text).unwrap();
    }
    let service_config = service.map(|text| {
        let path = root.join("service.toml");
        std::fs::write(&path, text).unwrap();
        path
    });
    let config = Config {
        dist,
        forms: forms_dir,
        database: match database_at {
            Some(address) => address.to_string(),
            None => database(&root).await,
        },
        pool_size: 4,
        trusted_proxies: Vec::new(),
        mode: Mode::Test,
        secure_cookies: false,
        sign_in_config: None,
        service_config,
        allowed_origins: origins.iter().map(|o| blankett_core::account::origins::Origin::parse(o).unwrap()).collect(),
    };
    let state = open(config).await.unwrap();
    (state.clone(), router(state))
}

/// What the server answered.
pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Value,
    /// The body as text (an HTML page, or the JSON above).
    pub text: String,
}

impl Answer {
    pub fn header(&self, name: header::HeaderName) -> &str {
        self.headers.get(name).map(|v| v.to_str().unwrap()).unwrap_or_default()
    }

    /// A time in the body, in milliseconds.
    pub fn time(&self, field: &str) -> i64 {
        let text = self.body[field].as_str().unwrap_or_else(|| panic!("{field} in {}", self.body));
        chrono::DateTime::parse_from_rfc3339(text).unwrap().timestamp_millis()
    }

    pub fn is_problem(&self, status: StatusCode, kind: &str) {
        assert_eq!(self.status, status, "{}", self.body);
        assert_eq!(self.header(header::CONTENT_TYPE), "application/problem+json");
        assert_eq!(self.body["type"], format!("/problems/{kind}"));
    }

    /// Whether the response removes the session cookie.
    pub fn signs_out(&self) -> bool {
        self.headers.get_all(header::SET_COOKIE).iter().any(|v| v.to_str().unwrap().contains("blankett_session=;"))
    }
}

/// A browser: the router, a session cookie, the applicant's address (empty for a stranger) and
/// the network address it connects from (the server limits some attempts per client).
pub struct Browser {
    pub router: Router,
    pub cookie: Option<String>,
    pub email: String,
    pub from: std::net::SocketAddr,
}

/// A network address of its own for each new browser, as for people on different networks.
pub fn next_address() -> std::net::SocketAddr {
    use std::sync::atomic::{AtomicU32, Ordering};
    static NEXT: AtomicU32 = AtomicU32::new(1);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    std::net::SocketAddr::from(([10, (n >> 16) as u8, (n >> 8) as u8, n as u8], 40000))
}

impl Browser {
    /// A browser that has not signed in.
    pub fn stranger(router: &Router) -> Browser {
        Browser { router: router.clone(), cookie: None, email: String::new(), from: next_address() }
    }

    pub async fn send(&mut self, method: Method, path: &str, body: Option<Body>, headers: &[(&str, &str)]) -> Answer {
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
        let mut request = request.body(body.unwrap_or_else(Body::empty)).unwrap();
        // What `into_make_service_with_connect_info` gives each request of a real connection.
        request.extensions_mut().insert(axum::extract::ConnectInfo(self.from));
        let response = self.router.clone().oneshot(request).await.unwrap();
        // The cookie jar: each cookie by name, removed when set empty or expired.
        let mut jar: Vec<(String, String)> = self.cookie.iter().flat_map(|c| c.split("; ")).filter_map(|p| p.split_once('=')).map(|(k, v)| (k.into(), v.into())).collect();
        for set in response.headers().get_all(header::SET_COOKIE) {
            let line = set.to_str().unwrap();
            let (name, value) = line.split(';').next().unwrap().split_once('=').unwrap();
            jar.retain(|(k, _)| k != name);
            if !value.is_empty() && !line.contains("Max-Age=0") {
                jar.push((name.into(), value.into()));
            }
        }
        self.cookie = (!jar.is_empty()).then(|| jar.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; "));
        let (status, headers) = (response.status(), response.headers().clone());
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        Answer { status, headers, body: serde_json::from_slice(&bytes).unwrap_or(Value::Null), text: String::from_utf8_lossy(&bytes).into_owned() }
    }

    pub async fn get(&mut self, path: &str) -> Answer {
        self.send(Method::GET, path, None, &[]).await
    }

    /// A POST with a JSON body, or none.
    pub async fn post(&mut self, path: &str, body: Option<Value>) -> Answer {
        match body {
            Some(body) => self.send(Method::POST, path, Some(Body::from(body.to_string())), &[("content-type", "application/json")]).await,
            None => self.send(Method::POST, path, None, &[]).await,
        }
    }

    /// Posts an HTML form from a page of this site, as a browser does.
    pub async fn post_form(&mut self, path: &str, fields: &str) -> Answer {
        let headers = [("content-type", "application/x-www-form-urlencoded"), ("sec-fetch-site", "same-origin")];
        self.send(Method::POST, path, Some(Body::from(fields.to_string())), &headers).await
    }

    /// Saves `answers` on `page` over `version`.
    pub async fn save(&mut self, path: &str, version: u64, answers: Value, page: u32) -> Answer {
        let body = Body::from(json!({ "answers": answers, "page": page }).to_string());
        self.send(Method::PUT, path, Some(body), &[("content-type", "application/json"), ("if-match", &format!("\"{version}\""))]).await
    }

    /// Starts a draft of `form`; returns it.
    pub async fn start(&mut self, form: &str) -> Value {
        let created = self.post("/api/applications", Some(json!({ "form_id": form }))).await;
        assert_eq!(created.status, StatusCode::CREATED, "{}", created.body);
        created.body
    }

    /// Uploads `content` as one file of `content_type` to the document question `question` of
    /// the application at `path`.
    pub async fn upload(&mut self, path: &str, question: &str, name: &str, content: impl Into<Body>, content_type: &str) -> Answer {
        let documents = format!("{path}/documents?question={question}&name={name}");
        self.send(Method::POST, &documents, Some(content.into()), &[("content-type", content_type)]).await
    }

    /// Confirms the application at `path` with this Idempotency-Key.
    pub async fn confirm(&mut self, path: &str, key: &str) -> Answer {
        self.send(Method::POST, &format!("{path}/confirm"), None, &[("idempotency-key", key)]).await
    }

    /// Signs in (again), as an applicant does who comes back after a time-out or days later.
    pub async fn sign_in_again(&mut self) {
        let email = self.email.clone();
        let signed_in = self.post("/api/sessions", Some(json!({ "email": email, "password": PASSWORD }))).await;
        assert_eq!(signed_in.status, StatusCode::CREATED, "{}", signed_in.body);
    }
}

/// A verified applicant, signed in, through the contract's account endpoints.
pub async fn applicant(_state: &AppState, router: &Router, email: &str) -> Browser {
    let mut browser = Browser { router: router.clone(), cookie: None, email: email.into(), from: next_address() };
    let created = browser.post("/api/accounts", Some(json!({ "email": email, "password": PASSWORD }))).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.body);
    let code = browser.latest_code(email).await;
    let verified = browser.post("/api/accounts/verify", Some(json!({ "email": email, "password": PASSWORD, "code": code }))).await;
    assert_eq!(verified.status, StatusCode::NO_CONTENT, "{}", verified.body);
    browser.sign_in_again().await;
    browser
}

impl Browser {
    /// Every mail to `to` in the development outbox, newest first.
    pub async fn mails_to(&mut self, to: &str) -> Vec<Value> {
        let outbox = self.get("/api/dev/outbox").await;
        outbox.body.as_array().unwrap().iter().filter(|mail| mail["to"] == to).cloned().collect()
    }

    /// The six-digit code in the newest mail to `to`.
    pub async fn latest_code(&mut self, to: &str) -> String {
        let mails = self.mails_to(to).await;
        let body = mails.first().unwrap_or_else(|| panic!("no mail to {to}"))["body"].as_str().unwrap().to_string();
        body.split(|c: char| !c.is_ascii_digit()).find(|part| part.len() == 6).unwrap().to_string()
    }
}

/// Moves the test clock forward; returns the new time. The test clock runs on with the system
/// clock, so times read later may be a few milliseconds on.
pub fn advance(state: &AppState, by: i64) -> i64 {
    state.test_clock.as_ref().unwrap().advance(by)
}

/// The fixture with a date-of-birth question and a document question (`tests/fixtures`).
pub fn with_documents() -> (&'static str, String) {
    ("with-documents", std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/with-documents.json")).unwrap())
}

/// A confirmed application of `with_documents()` with this date of birth; returns its reference.
pub async fn confirmed(browser: &mut Browser, date_of_birth: &str) -> String {
    let path = format!("/api/applications/{}", id(&browser.start("with-documents").await));
    let document = browser.upload(&path, "passport_copy", "passport.pdf", b"%PDF-1.4 a document".to_vec(), "application/pdf").await;
    let saved = browser.save(&path, 1, json!({ "date_of_birth": date_of_birth, "passport_copy": [id(&document.body)] }), 1).await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    let receipt = browser.confirm(&path, "k").await;
    assert_eq!(receipt.status, StatusCode::OK, "{}", receipt.body);
    receipt.body["reference"].as_str().unwrap().to_string()
}

/// The id of an application as the server returned it.
pub fn id(application: &Value) -> String {
    application["id"].as_str().unwrap().to_string()
}

/// The database of a test's server: a SQLite file in `folder`, or, when `BLANKETT_TEST_STORE` is
/// `postgres`, a schema of its own in the PostgreSQL server at `BLANKETT_TEST_POSTGRES` (which
/// scripts/test starts), so that the same tests hold on both.
pub async fn database(folder: &std::path::Path) -> String {
    match std::env::var("BLANKETT_TEST_STORE").as_deref() {
        Ok("postgres") => {
            let server = std::env::var("BLANKETT_TEST_POSTGRES").expect("BLANKETT_TEST_STORE=postgres needs BLANKETT_TEST_POSTGRES, the address of a PostgreSQL server for tests");
            postgres_schema(&server).await
        }
        _ => folder.join("blankett.sqlite").display().to_string(),
    }
}

/// The address of the PostgreSQL server for tests, or `None` after saying, where the test output
/// shows it, that the test is skipped (scripts/test always sets it).
pub fn postgres(test: &str) -> Option<String> {
    match std::env::var("BLANKETT_TEST_POSTGRES") {
        Ok(address) if !address.is_empty() => Some(address),
        _ => {
            // Straight to standard error, past the test harness's capture: a skip must show.
            use std::io::Write;
            let _ = writeln!(std::io::stderr(), "SKIPPED {test}: set BLANKETT_TEST_POSTGRES to a PostgreSQL server's address (scripts/test starts one)");
            None
        }
    }
}

/// A new, empty schema on the PostgreSQL server at `server`, as a database address whose
/// connections use it: each test has its own tables.
pub async fn postgres_schema(server: &str) -> String {
    use sqlx::{Connection, Executor};
    sqlx::any::install_default_drivers();
    let name = format!("test_{}", blankett_server::store::random_id());
    let mut connection = sqlx::AnyConnection::connect(server).await.expect("the test PostgreSQL server answers");
    connection.execute(format!("CREATE SCHEMA {name}").as_str()).await.unwrap();
    let separator = if server.contains('?') { '&' } else { '?' };
    format!("{server}{separator}options[search_path]={name}")
}

/// A plain SMTP server that accepts every mail and keeps each session's lines.
pub async fn smtp_server() -> (u16, Arc<std::sync::Mutex<Vec<String>>>) {
    use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let received = Arc::new(std::sync::Mutex::new(Vec::new()));
    let log = received.clone();
    tokio::spawn(async move {
        loop {
            let Ok((socket, _)) = listener.accept().await else { return };
            let log = log.clone();
            tokio::spawn(async move {
                let (read, mut write) = socket.into_split();
                let mut lines = BufReader::new(read).lines();
                write.write_all(b"220 test ESMTP\r\n").await.unwrap();
                let mut in_data = false;
                while let Ok(Some(line)) = lines.next_line().await {
                    log.lock().unwrap().push(line.clone());
                    let reply: &[u8] = if in_data {
                        if line != "." {
                            continue;
                        }
                        in_data = false;
                        b"250 queued\r\n"
                    } else if line.starts_with("EHLO") {
                        b"250 test\r\n"
                    } else if line == "DATA" {
                        in_data = true;
                        b"354 go ahead\r\n"
                    } else if line == "QUIT" {
                        let _ = write.write_all(b"221 bye\r\n").await;
                        return;
                    } else {
                        b"250 ok\r\n"
                    };
                    if write.write_all(reply).await.is_err() {
                        return;
                    }
                }
            });
        }
    });
    (port, received)
}

