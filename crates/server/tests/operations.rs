//! What an operator relies on (issue 23): the client address behind a load balancer, which a
//! forged header cannot choose; `/healthz`; one log line per request without personal data; and
//! a stop (SIGTERM) that answers the requests under way before the process ends.

mod common;

use axum::http::{Method, StatusCode};
use common::Browser;
use serde_json::json;

/// A server whose trusted proxies are `proxies`.
async fn behind(proxies: &[&str]) -> axum::Router {
    let (state, _) = common::server("operations", &[]).await;
    let mut config = state.config.clone();
    config.trusted_proxies = proxies.iter().map(|p| blankett_server::limits::Proxy::parse(p).unwrap()).collect();
    config.database = common::database(&std::env::temp_dir().join(format!("blankett-operations-{}", blankett_server::store::random_id()))).await;
    if let Some(folder) = std::path::Path::new(&config.database).parent() {
        std::fs::create_dir_all(folder).unwrap();
    }
    blankett_server::app(config).await.unwrap()
}

/// A status lookup from `browser` with this X-Forwarded-For, as its status code. Each of another
/// reference number, so that only the limit per client counts.
async fn look_up(browser: &mut Browser, forwarded_for: &str) -> StatusCode {
    use std::sync::atomic::{AtomicU32, Ordering};
    static NEXT: AtomicU32 = AtomicU32::new(0);
    let reference = format!("BL-2026-0000-{:04}", NEXT.fetch_add(1, Ordering::Relaxed));
    let body = axum::body::Body::from(json!({ "reference": reference, "date_of_birth": "1990-01-01" }).to_string());
    browser.send(Method::POST, "/api/status", Some(body), &[("content-type", "application/json"), ("x-forwarded-for", forwarded_for)]).await.status
}

/// How many lookups one client gets before the per-client limit (20 in 10 minutes).
const LOOKUPS: usize = 20;

#[tokio::test]
async fn a_forged_forwarded_for_header_does_not_dodge_a_rate_limit() {
    // No trusted proxy: the header is never read, whatever it says each time.
    let router = behind(&[]).await;
    let mut client = Browser::stranger(&router);
    for n in 0..LOOKUPS {
        assert_eq!(look_up(&mut client, &format!("198.51.100.{n}")).await, StatusCode::NOT_FOUND);
    }
    assert_eq!(look_up(&mut client, "203.0.113.99").await, StatusCode::TOO_MANY_REQUESTS);

    // Behind a trusted balancer: what the client put in the header stands left of what the
    // balancer appended, so changing it changes nothing.
    let router = behind(&["10.0.0.0/8"]).await;
    let mut balancer = Browser::stranger(&router);
    balancer.from = "10.0.0.2:40000".parse().unwrap();
    for n in 0..LOOKUPS {
        assert_eq!(look_up(&mut balancer, &format!("198.51.100.{n}, 203.0.113.7")).await, StatusCode::NOT_FOUND);
    }
    assert_eq!(look_up(&mut balancer, "198.51.100.200, 203.0.113.7").await, StatusCode::TOO_MANY_REQUESTS, "the same client, whatever it forged");
    // Another client behind the same balancer has limits of its own.
    assert_eq!(look_up(&mut balancer, "203.0.113.8").await, StatusCode::NOT_FOUND);
    // A peer that is not a trusted proxy cannot claim to be one's client.
    let mut outsider = Browser::stranger(&router);
    outsider.from = "192.0.2.1:40000".parse().unwrap();
    for _ in 0..LOOKUPS {
        look_up(&mut outsider, "203.0.113.9").await;
    }
    assert_eq!(look_up(&mut outsider, "203.0.113.10").await, StatusCode::TOO_MANY_REQUESTS);
    let mut real = Browser::stranger(&router);
    real.from = "10.0.0.3:40000".parse().unwrap();
    assert_eq!(look_up(&mut real, "203.0.113.9").await, StatusCode::NOT_FOUND, "the outsider's lookups were counted under its own address");
}

#[tokio::test]
async fn healthz_answers_ok_while_the_database_answers_and_503_when_it_does_not() {
    let (state, router) = common::server("health", &[]).await;
    let mut balancer = Browser::stranger(&router);
    let answer = balancer.get("/healthz").await;
    assert_eq!((answer.status, answer.text.as_str()), (StatusCode::OK, "ok\n"));
    state.store.close().await;
    let answer = balancer.get("/healthz").await;
    assert_eq!(answer.status, StatusCode::SERVICE_UNAVAILABLE);
}

/// The server binary in test mode on a free port, with its standard error (the log) kept.
fn start(database: &str, dist: &std::path::Path) -> (std::process::Child, String) {
    use std::io::{BufRead, BufReader};
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_blankett-server"))
        .args(["serve", "--addr", "127.0.0.1:0", "--mode", "test", "--database", database, "--dist"])
        .arg(dist)
        .args(["--forms", concat!(env!("CARGO_MANIFEST_DIR"), "/../../forms")])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let address = loop {
        let line = lines.next().expect("the server says where it listens").unwrap();
        if let Some(address) = line.strip_prefix("blankett-server listening on http://") {
            break address.to_string();
        }
    };
    std::thread::spawn(move || lines.for_each(drop));
    (child, address)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_answers_the_requests_under_way_and_the_log_has_one_line_each_without_personal_data() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let root = std::env::temp_dir().join(format!("blankett-stop-{}", blankett_server::store::random_id()));
    std::fs::create_dir_all(root.join("dist")).unwrap();
    std::fs::write(root.join("dist/index.html"), "<!doctype html><title>Blankett</title>").unwrap();
    let database = common::database(&root).await;
    let (child, address) = start(&database, &root.join("dist"));

    // A request under way: its head and half its body sent, the rest after the stop is asked.
    let body = json!({ "email": "ada@example.com", "password": "correct horse battery" }).to_string();
    let mut under_way = tokio::net::TcpStream::connect(&address).await.unwrap();
    let head = format!("POST /api/accounts HTTP/1.1\r\nhost: {address}\r\nblankett-client: 1\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n", body.len());
    under_way.write_all(head.as_bytes()).await.unwrap();
    under_way.write_all(&body.as_bytes()[..10]).await.unwrap();
    // The server has the request before it is told to stop: a status lookup on another
    // connection is answered, so the server is serving.
    let mut probe = tokio::net::TcpStream::connect(&address).await.unwrap();
    probe.write_all(format!("GET /healthz HTTP/1.1\r\nhost: {address}\r\nconnection: close\r\n\r\n").as_bytes()).await.unwrap();
    let mut answer = String::new();
    probe.read_to_string(&mut answer).await.unwrap();
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");

    let killed = std::process::Command::new("kill").args(["-TERM", &child.id().to_string()]).status().unwrap();
    assert!(killed.success());
    under_way.write_all(&body.as_bytes()[10..]).await.unwrap();
    let mut answer = String::new();
    under_way.read_to_string(&mut answer).await.unwrap();
    assert!(answer.starts_with("HTTP/1.1 201"), "the request under way is answered: {answer}");
    let status = tokio::task::spawn_blocking(move || child.wait_with_output()).await.unwrap().unwrap();
    assert!(status.status.success(), "{status:?}");
    assert!(tokio::net::TcpStream::connect(&address).await.is_err(), "no longer listening");

    let log = String::from_utf8_lossy(&status.stderr);
    let requests: Vec<&str> = log.lines().filter(|line| line.contains("blankett::request")).collect();
    assert_eq!(requests.len(), 2, "{log}");
    assert!(requests.iter().any(|line| line.contains("route=/api/accounts") && line.contains("status=201") && line.contains("method=POST")), "{log}");
    assert!(requests.iter().any(|line| line.contains("route=/healthz") && line.contains("status=200")), "{log}");
    assert!(!log.contains("ada@example.com") && !log.contains("correct horse"), "no address, no password: {log}");
}

#[tokio::test]
async fn the_log_names_a_route_by_its_pattern_and_never_by_an_applications_id() {
    let root = std::env::temp_dir().join(format!("blankett-log-{}", blankett_server::store::random_id()));
    std::fs::create_dir_all(root.join("dist")).unwrap();
    std::fs::write(root.join("dist/index.html"), "<!doctype html><title>Blankett</title>").unwrap();
    let (mut child, address) = start(&common::database(&root).await, &root.join("dist"));
    let client = |path: &str| {
        let url = format!("http://{address}{path}");
        async move { tokio::task::spawn_blocking(move || std::process::Command::new("curl").args(["-s", "-o", "/dev/null", &url]).status()).await }
    };
    let _ = client("/api/applications/BL-2026-1234-5678?reference=secret").await;
    let _ = client("/forms/work-permit").await;
    std::process::Command::new("kill").args(["-TERM", &child.id().to_string()]).status().unwrap();
    let mut log = String::new();
    use std::io::Read;
    child.stderr.take().unwrap().read_to_string(&mut log).unwrap();
    child.wait().unwrap();
    assert!(log.contains("route=/api/applications/{id}"), "{log}");
    assert!(log.contains("route=/forms/{id}"), "{log}");
    assert!(!log.contains("BL-2026-1234-5678") && !log.contains("secret"), "{log}");
}
