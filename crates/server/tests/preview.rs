//! A designer's preview over HTTP (issue 22): a test applicant signed in without a sign-in step,
//! the form's page served with the preview's banner, example answers and a page to go to written
//! to the draft through the store, the draft kept on its page when the file changes, and the
//! stream that says so; production has none of it. Each rule is also tried as an attacker would:
//! from another site, with a page that does not exist, on a confirmed application.

mod common;

use axum::body::Body;
use axum::http::{header, Method, StatusCode};
use blankett_server::{open, router, Config, Mode};
use common::{server, Browser};
use http_body_util::BodyExt;
use serde_json::{json, Value};
use std::time::Duration;
use tower::ServiceExt;

fn household() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/household.json")).unwrap()
}

/// Opens the preview of `form` as a designer does, from the start page.
async fn preview(browser: &mut Browser, form: &str) {
    let opened = browser.send(Method::GET, &format!("/preview/{form}?lang=en"), None, &[("sec-fetch-site", "same-origin")]).await;
    assert_eq!(opened.status, StatusCode::SEE_OTHER, "{}", opened.text);
    assert_eq!(opened.header(header::LOCATION), format!("/forms/{form}?lang=en"));
}

/// The test applicant's newest application of the form.
async fn draft(browser: &mut Browser, form: &str) -> Value {
    let list = browser.get("/api/applications").await;
    list.body["applications"].as_array().unwrap().iter().find(|a| a["form_id"] == form).cloned().unwrap_or_else(|| panic!("{}", list.body))
}

#[tokio::test]
async fn a_preview_signs_in_a_test_applicant_and_serves_the_app_with_its_banner() {
    let (_, router) = server("preview-start", &[("household", household())]).await;
    let mut browser = Browser::stranger(&router);
    let before = browser.get("/forms/household").await;
    assert_eq!(before.status, StatusCode::SEE_OTHER, "anyone else is sent to sign in");
    preview(&mut browser, "household").await;
    let email = browser.get("/api/sessions/current").await.body["email"].as_str().unwrap().to_string();
    assert!(email.starts_with("preview-") && email.ends_with("@preview.invalid"), "{email}");
    let page = browser.get("/forms/household?lang=en").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text.starts_with("<!doctype html><title>Blankett</title><link rel=\"stylesheet\" href=\"/preview.css\"><script type=\"module\" src=\"/preview.js\"></script>"), "{}", page.text);
    assert!(page.text.contains("<aside id=\"preview\" class=\"preview-bar\" aria-labelledby=\"preview-title\" lang=\"en\" dir=\"ltr\" data-form=\"household\""));
    assert!(page.text.contains(">Page 2: Children</button>") && page.text.contains(">Check your answers</button>"));
    assert_eq!(page.header(header::CACHE_CONTROL), "no-store");
    // The same browser comes back to the same test applicant; another gets its own.
    preview(&mut browser, "household").await;
    assert_eq!(browser.get("/api/sessions/current").await.body["email"], email);
    let mut other = Browser::stranger(&router);
    preview(&mut other, "household").await;
    assert_ne!(other.get("/api/sessions/current").await.body["email"], email);
    // Start again: a new applicant, and the old session is over.
    let old_cookie = browser.cookie.clone();
    let again = browser.post_form("/preview/household/again", "lang=en").await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
    assert_ne!(browser.get("/api/sessions/current").await.body["email"], email);
    let mut old = Browser { cookie: old_cookie, ..Browser::stranger(&router) };
    assert_eq!(old.get("/api/sessions/current").await.status, StatusCode::UNAUTHORIZED);
    assert_eq!(browser.get("/preview.js").await.header(header::CONTENT_TYPE), "text/javascript; charset=utf-8");
}

#[tokio::test]
async fn a_preview_whose_session_ended_starts_again_for_the_same_applicant() {
    let (state, router) = server("preview-ended", &[("household", household())]).await;
    let mut browser = Browser::stranger(&router);
    preview(&mut browser, "household").await;
    browser.post_form("/preview/household/examples", "pages=this").await;
    let email = browser.get("/api/sessions/current").await.body["email"].clone();
    // 30 minutes without activity end the session (R10), as for any applicant.
    common::advance(&state, 31 * common::MINUTE);
    let page = browser.get("/forms/household?lang=sv").await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    assert_eq!(page.header(header::LOCATION), "/preview/household?lang=sv", "not to a sign-in it cannot pass");
    preview(&mut browser, "household").await;
    assert_eq!(browser.get("/api/sessions/current").await.body["email"], email);
    assert_eq!(draft(&mut browser, "household").await["answers"]["given_name"], "Example", "the same draft");
}

#[tokio::test]
async fn another_site_cannot_start_a_preview_or_change_its_draft() {
    let (_, router) = server("preview-csrf", &[("household", household())]).await;
    let mut browser = Browser::stranger(&router);
    let lured = browser.send(Method::GET, "/preview/household", None, &[("sec-fetch-site", "cross-site")]).await;
    assert_eq!(lured.status, StatusCode::FORBIDDEN);
    assert_eq!(browser.cookie, None);
    preview(&mut browser, "household").await;
    let posted = browser.send(Method::POST, "/preview/household/examples", Some(Body::from("pages=all")), &[("content-type", "application/x-www-form-urlencoded"), ("sec-fetch-site", "cross-site")]).await;
    assert_eq!(posted.status, StatusCode::FORBIDDEN);
    assert_eq!(browser.get("/api/applications").await.body["applications"], json!([]), "nothing was written");
    let unknown = browser.send(Method::GET, "/preview/no-such-form", None, &[("sec-fetch-site", "same-origin")]).await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    let escape = browser.send(Method::GET, "/preview/..%2Fsecret", None, &[("sec-fetch-site", "same-origin")]).await;
    assert_eq!(escape.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn example_answers_and_a_page_to_go_to_are_written_to_the_draft() {
    let (state, router) = server("preview-examples", &[("household", household())]).await;
    let mut browser = Browser::stranger(&router);
    preview(&mut browser, "household").await;
    // The first page only: the children's page is not filled yet.
    let filled = browser.post_form("/preview/household/examples", "pages=this&lang=en").await;
    assert_eq!(filled.status, StatusCode::SEE_OTHER);
    assert_eq!(filled.header(header::LOCATION), "/forms/household?lang=en");
    let first = draft(&mut browser, "household").await;
    assert_eq!(first["answers"]["has_children"], "yes");
    assert_eq!(first["answers"]["given_name"], "Example");
    assert_eq!(first["answers"].get("children"), None);
    let said = browser.get("/forms/household?lang=en").await;
    assert!(said.text.contains("data-said=\"5 answers filled in with examples.\""), "{}", said.text);
    assert!(browser.get("/forms/household?lang=en").await.text.contains("data-said=\"\""), "said once");
    // Every page, then the last page and the review: the backend's own check at Confirm passes.
    browser.post_form("/preview/household/examples", "pages=all&lang=en").await;
    let all = draft(&mut browser, "household").await;
    assert_eq!(all["answers"]["children"][0]["name"], "Example");
    browser.post_form("/preview/household/page", "page=2").await;
    assert_eq!(draft(&mut browser, "household").await["page"], 2);
    browser.post_form("/preview/household/page", "page=3").await;
    assert_eq!(draft(&mut browser, "household").await["page"], 3, "the review");
    for junk in ["page=4", "page=-1", "page=two", "page=", ""] {
        browser.post_form("/preview/household/page", junk).await;
        assert_eq!(draft(&mut browser, "household").await["page"], 3, "{junk} is no page");
    }
    let path = format!("/api/applications/{}", common::id(&all));
    let confirmed = browser.confirm(&path, "k").await;
    assert_eq!(confirmed.status, StatusCode::OK, "{}", confirmed.body);
    // A confirmed application is left as it is (R8), and the preview says so.
    let refused = browser.post_form("/preview/household/examples", "pages=all").await;
    assert_eq!(refused.status, StatusCode::SEE_OTHER);
    assert!(browser.get("/forms/household").await.text.contains("This application is confirmed and cannot be changed."));
    drop(state);
}

#[tokio::test]
async fn a_page_the_answers_skip_is_said() {
    let (_, router) = server("preview-skipped", &[("household", household())]).await;
    let mut browser = Browser::stranger(&router);
    preview(&mut browser, "household").await;
    browser.post_form("/preview/household/page", "page=1&lang=en").await;
    let page = browser.get("/forms/household?lang=en").await;
    assert!(page.text.contains("data-said=\"Page 2: Children is skipped with these answers, so the page before it is shown.\""), "{}", page.text);
}

#[tokio::test]
async fn after_an_edit_the_draft_stays_on_its_page_and_the_stream_says_so() {
    let (state, router) = server("preview-changes", &[("household", household())]).await;
    let file = state.config.forms.join("household.json");
    let mut browser = Browser::stranger(&router);
    preview(&mut browser, "household").await;
    browser.post_form("/preview/household/examples", "pages=all").await;
    browser.post_form("/preview/household/page", "page=2").await;
    let page = browser.get("/forms/household").await;
    let version = page.text.split("data-version=\"").nth(1).unwrap().split('"').next().unwrap().to_string();

    // The stream: nothing while the file is as the page shows it; `changed` once it is edited.
    let request = axum::http::Request::get(format!("/preview/household/changes?version={version}")).body(Body::empty()).unwrap();
    let response = router.clone().oneshot(request).await.unwrap();
    assert_eq!(response.headers()[header::CONTENT_TYPE], "text/event-stream");
    let mut body = response.into_body();
    // A page is added before the one the draft is on.
    let edited = household().replacen("\"pages\": [", "\"pages\": [{\"id\": \"welcome\", \"title\": \"Welcome\", \"questions\": [{\"type\": \"paragraph\", \"text\": \"Hi\"}]},", 1);
    assert_ne!(edited, household());
    std::fs::write(&file, &edited).unwrap();
    let frame = tokio::time::timeout(Duration::from_secs(20), body.frame()).await.expect("an event soon after the edit").unwrap().unwrap();
    let event = String::from_utf8(frame.into_data().unwrap().to_vec()).unwrap();
    assert!(event.starts_with("event: changed\ndata: "), "{event}");
    assert!(!event.contains(&version));

    // Continuing: the same page (the "end" page, now the fourth), not the same number.
    let continued = browser.send(Method::GET, &format!("/preview/household/continue?from={version}&lang=en"), None, &[("sec-fetch-site", "same-origin")]).await;
    assert_eq!(continued.header(header::LOCATION), "/forms/household?lang=en");
    assert_eq!(draft(&mut browser, "household").await["page"], 3);
    assert!(browser.get("/forms/household?lang=en").await.text.contains("data-said=\"The form&#39;s file has changed. The new version is shown.\""));
    // A file with a mistake is said too; continuing leaves the draft as it is.
    std::fs::write(&file, "{ \"id\": ").unwrap();
    browser.send(Method::GET, &format!("/preview/household/continue?from={version}"), None, &[("sec-fetch-site", "same-origin")]).await;
    assert_eq!(draft(&mut browser, "household").await["page"], 3);

    // The server stopping ends the stream, so that its shutdown does not wait for the page.
    state.preview.close();
    let end = tokio::time::timeout(Duration::from_secs(20), async {
        while let Some(frame) = body.frame().await {
            frame.unwrap();
        }
    });
    end.await.expect("the stream ends");
}

#[tokio::test]
async fn production_has_no_preview_at_all() {
    // A preview made in development mode, then the same database served in production.
    let (state, router) = server("preview-production", &[("household", household())]).await;
    let mut browser = Browser::stranger(&router);
    preview(&mut browser, "household").await;
    let config = Config { mode: Mode::Production, ..state.config.clone() };
    let production = router_of(config).await;
    let mut browser = Browser { router: production, ..browser };
    for path in ["/preview/household", "/preview/household/changes", "/preview.js", "/preview.css", "/preview"] {
        let answer = browser.send(Method::GET, path, None, &[("sec-fetch-site", "same-origin")]).await;
        assert_eq!(answer.status, StatusCode::NOT_FOUND, "{path}");
    }
    for path in ["/preview/household/examples", "/preview/household/page", "/preview/household/again"] {
        assert_eq!(browser.post_form(path, "pages=all&page=1").await.status, StatusCode::NOT_FOUND, "{path}");
    }
    let page = browser.get("/forms/household").await;
    assert_eq!(page.status, StatusCode::OK, "the session is still an applicant's");
    assert!(!page.text.contains("preview"), "{}", page.text);
    let start = browser.get("/").await;
    assert!(start.text.contains("/forms/household/overview"), "the overview is for case officers too");
    assert!(!start.text.contains("/preview/"));
}

async fn router_of(config: Config) -> axum::Router {
    router(open(config).await.unwrap())
}
