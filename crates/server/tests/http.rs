//! The reference server as a browser and a backend team see it: the app's page under a strict
//! Content-Security-Policy, deep links, the list of forms, a form's file, a broken form's located
//! issues, and problem+json errors. Each test builds the router with `app(config)` and calls it
//! with `oneshot`, no socket.

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use blankett_server::{app, Config, Mode};
use http_body_util::BodyExt;
use std::path::PathBuf;
use tower::ServiceExt;

/// A fresh folder with a built-app stand-in and the given schema files.
fn site(forms: &[(&str, &str)]) -> Config {
    let root = std::env::temp_dir().join(format!("blankett-http-{}-{}", std::process::id(), rand_suffix()));
    let (dist, forms_dir) = (root.join("dist"), root.join("forms"));
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::create_dir_all(&forms_dir).unwrap();
    std::fs::write(dist.join("index.html"), "<!doctype html><title>Blankett</title>").unwrap();
    std::fs::write(dist.join("start.js"), "// start").unwrap();
    for (name, text) in forms {
        std::fs::write(forms_dir.join(name), text).unwrap();
    }
    Config { dist, forms: forms_dir, database: root.join("blankett.sqlite").display().to_string(), pool_size: 2, trusted_proxies: Vec::new(), mode: Mode::Production, secure_cookies: false, sign_in_config: None, service_config: None, allowed_origins: vec![] }
}

fn rand_suffix() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

async fn get(config: &Config, path: &str) -> (StatusCode, String, String, String) {
    let response = app(config.clone()).await.unwrap().oneshot(Request::get(path).body(Body::empty()).unwrap()).await.unwrap();
    let status = response.status();
    let header_text = |name| response.headers().get(name).map(|v| v.to_str().unwrap().to_string()).unwrap_or_default();
    let (content_type, csp) = (header_text(header::CONTENT_TYPE), header_text(header::CONTENT_SECURITY_POLICY));
    let body = String::from_utf8(response.into_body().collect().await.unwrap().to_bytes().to_vec()).unwrap();
    (status, content_type, csp, body)
}

fn sample(name: &str) -> String {
    std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../forms").join(name)).unwrap()
}

const BROKEN: &str = "{\n  \"id\": \"broken\",\n  \"title\": \"Broken\",\n  \"kind\": \"visit\",\n  \"pages\": [\n    {\"id\": \"a\", \"title\": \"A\", \"questions\": [{\"id\": \"q\", \"type\": \"shorttext\", \"label\": \"Q\"}]}\n  ]\n}\n";

#[tokio::test]
async fn the_app_is_served_at_its_deep_links_and_the_start_page_lists_the_forms_under_a_strict_csp() {
    let config = site(&[("work-permit.json", &sample("work-permit.json")), ("broken.json", BROKEN)]);
    // Not signed in, a form's address leads to signing in (`support.rs` has the signed-in side).
    let (status, _, _, _) = get(&config, "/forms/work-permit").await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (status, content_type, csp, body) = get(&config, "/index.html").await;
    assert_eq!(status, StatusCode::OK);
    assert!(content_type.starts_with("text/html"), "{content_type}");
    assert!(body.contains("<title>Blankett</title>"), "the app's page");
    assert!(csp.contains("script-src 'self' 'wasm-unsafe-eval'") && !csp.contains("unsafe-inline"), "{csp}");

    let (status, content_type, csp, body) = get(&config, "/").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(content_type, "text/html; charset=utf-8");
    assert!(!csp.is_empty());
    assert!(body.contains("<h1>Applications</h1>"), "{body}");
    assert!(body.contains("<a href=\"/forms/work-permit?lang=en\">Application for a work permit</a>"), "{body}");
    assert!(body.contains("broken.json</a> <strong class=\"tag tag-error\">This form has 1 error and cannot be shown</strong>"), "{body}");
    // Its one script only adds to it (the feedback prompt in place); no script is inline.
    assert_eq!(body.matches("<script").count(), 1, "{body}");
    assert!(body.contains(r#"<script type="module" src="/pages.js"></script>"#));
    let (status, _, csp, _) = get(&config, "/start.js").await;
    assert_eq!(status, StatusCode::OK);
    assert!(!csp.is_empty(), "every response carries the policy");
}

#[tokio::test]
async fn the_list_names_every_form_with_its_title_and_issue_count() {
    let config = site(&[("work-permit.json", &sample("work-permit.json")), ("broken.json", BROKEN), ("schema.json", "{}")]);
    let (status, content_type, _, body) = get(&config, "/api/forms").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(content_type, "application/json");
    let list: serde_json::Value = serde_json::from_str(&body).unwrap();
    let ids: Vec<&str> = list.as_array().unwrap().iter().map(|f| f["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["broken", "work-permit"], "schema.json is not a form");
    assert_eq!(list[0]["issues"], 1);
    assert_eq!(list[0]["title"], serde_json::Value::Null);
    assert_eq!(list[1]["issues"], 0);
    assert_eq!(list[1]["title"]["en"], "Application for a work permit");
    assert_eq!(list[1]["kind"], "work-permit");
}

#[tokio::test]
async fn a_form_is_served_as_written_and_a_broken_one_as_located_issues() {
    let config = site(&[("work-permit.json", &sample("work-permit.json")), ("broken.json", BROKEN)]);
    let (status, content_type, _, body) = get(&config, "/api/forms/work-permit").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(content_type, "application/json");
    assert_eq!(body, sample("work-permit.json"));

    let (status, content_type, _, body) = get(&config, "/api/forms/broken").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(content_type, "application/problem+json");
    let problem: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(problem["status"], 422);
    let issue = &problem["issues"][0];
    assert_eq!((issue["file"].as_str(), issue["line"].as_u64(), issue["column"].as_u64()), (Some("broken.json"), Some(6), Some(65)));
    assert_eq!(issue["path"], "pages[0].questions[0].type");
    assert_eq!(issue["message"], "unknown value `shorttext`; did you mean `short_text`?");
}

#[tokio::test]
async fn unknown_forms_and_addresses_are_problem_json_not_the_page() {
    let config = site(&[]);
    for path in ["/api/forms/nothing", "/api/forms/..%2Fsecret", "/api/forms/schema", "/api/nothing/here"] {
        let (status, content_type, _, body) = get(&config, path).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        assert_eq!(content_type, "application/problem+json", "{path}");
        let problem: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!(problem["status"], 404);
        assert!(problem["detail"].as_str().unwrap().len() > 10, "says what is missing");
    }
}

/// Forms are read and checked once and kept until their file changes: one running server serves
/// a designer's every edit at the next request (a mistake at once, its fix at once) and forgets
/// a removed file, while the other forms stay as they were.
#[tokio::test]
async fn an_edited_form_file_is_served_as_it_now_is_by_the_running_server() {
    let visit = sample("visitor-visa.json");
    let config = site(&[("visit.json", &visit), ("work-permit.json", &sample("work-permit.json"))]);
    let router = app(config.clone()).await.unwrap();
    let fetch = |path: &'static str| {
        let router = router.clone();
        async move {
            let response = router.oneshot(Request::get(path).body(Body::empty()).unwrap()).await.unwrap();
            let status = response.status();
            (status, String::from_utf8(response.into_body().collect().await.unwrap().to_bytes().to_vec()).unwrap())
        }
    };
    let file = config.forms.join("visit.json");
    assert_eq!(fetch("/api/forms/visit").await, (StatusCode::OK, visit.clone()));

    let retitled = visit.replacen("Ansökan om besöksvisum", "Ansökan om visum för besök", 1);
    assert_ne!(retitled, visit, "the sample's Swedish title is as this test expects");
    std::fs::write(&file, &retitled).unwrap();
    assert_eq!(fetch("/api/forms/visit").await, (StatusCode::OK, retitled.clone()), "the edit is served at the next request");

    // The same length, at once: a mistake a designer could make in one keystroke.
    let mistaken = retitled.replacen("\"short_text\"", "\"short_texx\"", 1);
    assert_eq!(mistaken.len(), retitled.len());
    std::fs::write(&file, &mistaken).unwrap();
    let (status, body) = fetch("/api/forms/visit").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(body.contains("unknown value `short_texx`"), "{body}");
    let (status, list) = fetch("/api/forms").await;
    assert_eq!(status, StatusCode::OK);
    let list: serde_json::Value = serde_json::from_str(&list).unwrap();
    let issues = |id: &str| list.as_array().unwrap().iter().find(|f| f["id"] == id).map(|f| f["issues"].clone());
    assert_eq!((issues("visit"), issues("work-permit")), (Some(1.into()), Some(0.into())), "{list}");

    std::fs::write(&file, &retitled).unwrap();
    assert_eq!(fetch("/api/forms/visit").await.0, StatusCode::OK, "fixed, it is offered again");
    std::fs::remove_file(&file).unwrap();
    assert_eq!(fetch("/api/forms/visit").await.0, StatusCode::NOT_FOUND, "a removed file is no form");
    assert_eq!(fetch("/api/forms/work-permit").await.0, StatusCode::OK);
}

/// A request for `path` with `headers`: the status, the named response headers, the body.
async fn fetch(config: &Config, path: &str, headers: &[(&str, &str)], wanted: &[header::HeaderName]) -> (StatusCode, Vec<String>, Vec<u8>) {
    let mut request = Request::get(path);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = app(config.clone()).await.unwrap().oneshot(request.body(Body::empty()).unwrap()).await.unwrap();
    let status = response.status();
    let values = wanted.iter().map(|name| response.headers().get(name).map(|v| v.to_str().unwrap().to_string()).unwrap_or_default()).collect();
    (status, values, response.into_body().collect().await.unwrap().to_bytes().to_vec())
}

#[tokio::test]
async fn a_browser_gets_the_compressed_copy_it_accepts_and_keeps_a_catalog_named_by_its_content() {
    let config = site(&[]);
    // Stand-ins for what scripts/precompress.mjs writes beside each file of a release build.
    std::fs::write(config.dist.join("blankett_bg.wasm"), b"\0asm the module").unwrap();
    std::fs::write(config.dist.join("blankett_bg.wasm.br"), b"brotli copy").unwrap();
    std::fs::write(config.dist.join("blankett_bg.wasm.gz"), b"gzip copy").unwrap();
    let wanted = [header::CONTENT_ENCODING, header::CONTENT_TYPE, header::CACHE_CONTROL];
    let (status, values, body) = fetch(&config, "/blankett_bg.wasm", &[("accept-encoding", "gzip, deflate, br, zstd")], &wanted).await;
    assert_eq!((status, body.as_slice()), (StatusCode::OK, b"brotli copy".as_slice()));
    assert_eq!(values[..2], ["br".to_string(), "application/wasm".to_string()], "the module's type, so the browser compiles it as it streams");
    let (_, values, body) = fetch(&config, "/blankett_bg.wasm", &[("accept-encoding", "gzip")], &wanted).await;
    assert_eq!((values[0].as_str(), body.as_slice()), ("gzip", b"gzip copy".as_slice()));
    let (_, values, body) = fetch(&config, "/blankett_bg.wasm", &[], &wanted).await;
    assert_eq!((values[0].as_str(), body.as_slice()), ("", b"\0asm the module".as_slice()), "a client that accepts neither gets the file");
    assert_eq!(values[2], "no-cache", "a name without its content's hash is revalidated");

    std::fs::create_dir_all(config.dist.join("catalogs")).unwrap();
    std::fs::write(config.dist.join("catalogs/ar-1f2e3d4c.txt"), "blankett-catalog ar\n").unwrap();
    let (status, values, body) = fetch(&config, "/catalogs/ar-1f2e3d4c.txt", &[("accept-encoding", "br")], &wanted).await;
    assert_eq!((status, body.as_slice()), (StatusCode::OK, b"blankett-catalog ar\n".as_slice()), "no compressed copy: the file as it is");
    assert_eq!(values[2], "public, max-age=31536000, immutable");
    let (status, values, _) = fetch(&config, "/catalogs/ar-00000000.txt", &[], &wanted).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_ne!(values[2], "public, max-age=31536000, immutable", "a catalog not there is asked for again");
}

/// A release build names its files after their content (scripts/fingerprint.mjs): a browser
/// keeps those a year and asks again only for the page, so a new build reaches it at once. The
/// backend's own pages name the style sheet they share with the app by its plain name.
#[tokio::test]
async fn files_named_by_their_content_are_kept_a_year_and_only_the_page_is_revalidated() {
    let config = site(&[]);
    std::fs::write(config.dist.join("blankett-0123456789ab.js"), "// glue").unwrap();
    std::fs::write(config.dist.join("main-abcdef012345.css"), "body{}").unwrap();
    std::fs::write(config.dist.join("main-abcdef012345.css.br"), "brotli body{}").unwrap();
    std::fs::write(config.dist.join("assets.json"), r#"{"main.css": "main-abcdef012345.css", "blankett.js": "blankett-0123456789ab.js"}"#).unwrap();
    let wanted = [header::CACHE_CONTROL, header::CONTENT_TYPE, header::CONTENT_ENCODING];
    let (status, values, _) = fetch(&config, "/blankett-0123456789ab.js", &[], &wanted).await;
    assert_eq!((status, values[0].as_str()), (StatusCode::OK, "public, max-age=31536000, immutable"));
    let (_, values, _) = fetch(&config, "/index.html", &[], &wanted).await;
    assert_eq!(values[0], "no-cache", "the page names the files, so it is asked for again");
    let (_, values, _) = fetch(&config, "/start.js", &[], &wanted).await;
    assert_eq!(values[0], "no-cache", "a name without a hash could hold anything next time");
    // Not quite a content name: too short, not hexadecimal, or not the app's kind of file.
    for path in ["/blankett-0123.js", "/blankett-0123456789xz.js", "/notes-0123456789ab.txt"] {
        let (_, values, _) = fetch(&config, path, &[], &wanted).await;
        assert_ne!(values[0], "public, max-age=31536000, immutable", "{path}");
    }
    let (status, values, _) = fetch(&config, "/blankett-ffffffffffff.js", &[], &wanted).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "an older build's file is not there, and not the page in its place");
    assert_ne!(values[0], "public, max-age=31536000, immutable", "nor kept");

    let (status, values, body) = fetch(&config, "/main.css", &[("accept-encoding", "br")], &wanted).await;
    assert_eq!((status, body.as_slice()), (StatusCode::OK, b"brotli body{}".as_slice()), "the build's style sheet");
    assert_eq!((values[0].as_str(), values[1].as_str(), values[2].as_str()), ("no-cache", "text/css", "br"));
    std::fs::remove_file(config.dist.join("assets.json")).unwrap();
    std::fs::write(config.dist.join("main.css"), "debug{}").unwrap();
    let (_, _, body) = fetch(&config, "/main.css", &[], &wanted).await;
    assert_eq!(body, b"debug{}", "a debug build's style sheet has its plain name");
}
