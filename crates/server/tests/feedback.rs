//! "Did this page help you?" over HTTP (issue 16, R14): answers and comments from the API and
//! from the pages without JavaScript, what is kept of them (never who gave them, no personal
//! data), the limit per network address, and the export the people who improve the pages read.

mod common;

use axum::http::{header, StatusCode};
use common::{applicant, Browser, HOUR};
use serde_json::json;

async fn server() -> (std::sync::Arc<blankett_server::AppState>, axum::Router) {
    common::server("feedback", &[]).await
}

/// The export, as the command writes it.
async fn export(state: &blankett_server::AppState, since: Option<&str>) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    blankett_server::support::feedback::export(&state.store, since, &mut out).await.unwrap();
    csv::Reader::from_reader(out.as_slice()).records().map(|r| r.unwrap().iter().map(str::to_string).collect()).collect()
}

#[tokio::test]
async fn an_answer_is_kept_with_its_page_and_language_and_never_with_who_gave_it() {
    let (state, router) = server().await;
    let mut ada = applicant(&state, &router, "ada@example.com").await;
    let answered = ada.post("/api/feedback", Some(json!({ "page": "/forms/work-permit", "part": "personal", "language": "sv", "helpful": false }))).await;
    assert_eq!(answered.status, StatusCode::CREATED, "{}", answered.body);
    let id = answered.body["id"].as_str().unwrap().to_string();
    let comment = "Ring mig på 070-123 45 67 eller skriv till ada@example.com, personnummer 19900423-1234. Knappen var svår att hitta.";
    assert_eq!(ada.post(&format!("/api/feedback/{id}/comment"), Some(json!({ "comment": comment }))).await.status, StatusCode::NO_CONTENT);
    // Once: a second comment to the same answer is not kept.
    ada.post(&format!("/api/feedback/{id}/comment"), Some(json!({ "comment": "again" }))).await.is_problem(StatusCode::NOT_FOUND, "not-found");

    let rows = export(&state, None).await;
    assert_eq!(rows.len(), 1);
    let [day, page, part, language, helpful, kept] = <[String; 6]>::try_from(rows[0].clone()).unwrap();
    let wall = state.service.wall_time(state.clock.now());
    assert_eq!(day, format!("{:04}-{:02}-{:02}", wall.year, wall.month, wall.day), "the day only, not the moment");
    assert_eq!((page.as_str(), part.as_str(), language.as_str(), helpful.as_str()), ("/forms/work-permit", "personal", "sv", "no"));
    assert_eq!(kept, "Ring mig på [removed] eller skriv till [removed] personnummer [removed]. Knappen var svår att hitta.");
    // Nothing in the database ties the answer to the account or the address it came from.
    let columns: Vec<String> = {
        use sqlx::Row;
        let query = match state.store.dialect() {
            blankett_server::database::Dialect::Sqlite => "SELECT name FROM pragma_table_info('feedback')",
            blankett_server::database::Dialect::Postgres => {
                "SELECT column_name::text FROM information_schema.columns WHERE table_name = 'feedback' AND table_schema = current_schema() ORDER BY ordinal_position"
            }
        };
        let rows = sqlx::query(query).fetch_all(state.store.pool()).await.unwrap();
        // PostgreSQL's table names its insertion order, which SQLite keeps without a column.
        rows.iter().map(|row| row.get::<String, _>(0)).filter(|name| name != "rowid").collect()
    };
    assert_eq!(columns, ["id", "day", "page", "part", "language", "helpful", "comment", "commented"]);
}

#[tokio::test]
async fn only_this_services_pages_and_languages_are_taken() {
    let (_, router) = server().await;
    let mut anyone = Browser::stranger(&router);
    let answer = |page: &str, part: Option<&str>, language: &str| json!({ "page": page, "part": part, "language": language, "helpful": true });
    for page in ["/support", "/status", "/", "/sign-in", "/forms/work-permit"] {
        assert_eq!(anyone.post("/api/feedback", Some(answer(page, None, "en"))).await.status, StatusCode::CREATED, "{page}");
    }
    for (page, part, language) in [
        ("/admin", None, "en"),
        ("https://evil.example/support", None, "en"),
        ("/forms/../secrets", None, "en"),
        ("/forms/", None, "en"),
        ("/sign-in/bankid", None, "en"),
        ("/support", Some("<script>"), "en"),
        ("/support", None, "de"),
    ] {
        anyone.post("/api/feedback", Some(answer(page, part, language))).await.is_problem(StatusCode::UNPROCESSABLE_ENTITY, "invalid-feedback");
    }
    let long = "a".repeat(1201);
    let id = anyone.post("/api/feedback", Some(answer("/support", None, "en"))).await.body["id"].as_str().unwrap().to_string();
    anyone.post(&format!("/api/feedback/{id}/comment"), Some(json!({ "comment": long }))).await.is_problem(StatusCode::UNPROCESSABLE_ENTITY, "invalid-feedback");
    anyone.post("/api/feedback/no-such-answer/comment", Some(json!({ "comment": "hello" }))).await.is_problem(StatusCode::NOT_FOUND, "not-found");
    // Like every change, it needs the header another site cannot send.
    use tower::ServiceExt;
    let mut forged = axum::http::Request::post("/api/feedback").header("content-type", "application/json").body(axum::body::Body::from(answer("/support", None, "en").to_string())).unwrap();
    forged.extensions_mut().insert(axum::extract::ConnectInfo(common::next_address()));
    assert_eq!(router.clone().oneshot(forged).await.unwrap().status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn one_network_address_gives_at_most_twenty_an_hour() {
    let (state, router) = server().await;
    let mut noisy = Browser::stranger(&router);
    let answer = json!({ "page": "/support", "language": "en", "helpful": true });
    for n in 0..20 {
        assert_eq!(noisy.post("/api/feedback", Some(answer.clone())).await.status, StatusCode::CREATED, "answer {n}");
    }
    let refused = noisy.post("/api/feedback", Some(answer.clone())).await;
    refused.is_problem(StatusCode::TOO_MANY_REQUESTS, "too-many-attempts");
    assert!(refused.header(header::RETRY_AFTER).parse::<u64>().unwrap() > 0);
    // The form post without JavaScript counts too, and says so.
    let page = noisy.post_form("/feedback", "page=/support&lang=en&back=/support&helpful=yes").await;
    assert_eq!(page.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(page.text.contains("role=\"alert\""), "{}", page.text);
    assert!(page.header(header::RETRY_AFTER).parse::<u64>().unwrap() > 0);
    assert_eq!(Browser::stranger(&router).post("/api/feedback", Some(answer.clone())).await.status, StatusCode::CREATED, "others are not held back");
    common::advance(&state, HOUR);
    assert_eq!(noisy.post("/api/feedback", Some(answer)).await.status, StatusCode::CREATED);
    assert_eq!(export(&state, None).await.len(), 22);
}

#[tokio::test]
async fn without_javascript_an_answer_then_a_comment_are_pages_of_their_own() {
    let (state, router) = server().await;
    let mut anyone = Browser::stranger(&router);
    let answered = anyone.post_form("/feedback", "page=/status&lang=sv&back=/status%3Flang%3Dsv&helpful=no").await;
    assert_eq!(answered.status, StatusCode::OK, "{}", answered.text);
    assert!(answered.text.contains("Tack för att du hjälper oss att förbättra webbplatsen!"), "{}", answered.text);
    assert!(answered.text.contains("<a href=\"/status?lang=sv\">"), "back to the page: {}", answered.text);
    let id = answered.text.split("name=\"id\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
    assert!(!id.is_empty());

    // Too long: shown again with the problem, and what was written kept.
    let long = "x".repeat(1201);
    let refused = anyone.post_form("/feedback", &format!("id={id}&lang=sv&back=/status&comment={long}")).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text.contains("Skriv högst 1200 tecken") && refused.text.contains(&long), "{}", refused.text);

    let commented = anyone.post_form("/feedback", &format!("id={id}&lang=sv&back=/status&comment=Svårt+att+hitta+datumet")).await;
    assert_eq!(commented.status, StatusCode::OK);
    assert!(!commented.text.contains("<textarea"), "no second comment is asked for");
    let again = anyone.post_form("/feedback", &format!("id={id}&lang=sv&back=/status&comment=igen")).await;
    assert_eq!(again.status, StatusCode::NOT_FOUND);

    // "Back to the page" only ever leads to this site.
    let away = anyone.post_form("/feedback", "page=/status&lang=en&back=https://evil.example/&helpful=yes").await;
    assert!(!away.text.contains("evil.example"), "{}", away.text);
    let away = anyone.post_form("/feedback", "page=/status&lang=en&back=//evil.example/&helpful=yes").await;
    assert!(!away.text.contains("evil.example"), "{}", away.text);

    let rows = export(&state, None).await;
    assert_eq!(rows[0][1..], ["/status", "", "sv", "no", "Svårt att hitta datumet"]);
    // From another site: refused, so nobody can fill the feedback through visitors' browsers.
    let forged = anyone.send(axum::http::Method::POST, "/feedback", Some("page=/status&lang=en&helpful=yes".into()), &[("content-type", "application/x-www-form-urlencoded"), ("sec-fetch-site", "cross-site")]).await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn the_export_keeps_a_spreadsheet_from_running_a_comment_and_starts_where_asked() {
    let (state, router) = server().await;
    let mut anyone = Browser::stranger(&router);
    let answer = json!({ "page": "/support", "language": "en", "helpful": true, "comment": "=HYPERLINK(\"https://evil.example\",\"click\")" });
    assert_eq!(anyone.post("/api/feedback", Some(answer)).await.status, StatusCode::CREATED);
    let rows = export(&state, None).await;
    assert!(rows[0][5].starts_with("'="), "{:?}", rows[0]);
    let wall = state.service.wall_time(state.clock.now());
    let today = format!("{:04}-{:02}-{:02}", wall.year, wall.month, wall.day);
    assert_eq!(export(&state, Some(&today)).await.len(), 1);
    common::advance(&state, 48 * HOUR);
    let later = state.service.wall_time(state.clock.now());
    assert_eq!(export(&state, Some(&format!("{:04}-{:02}-{:02}", later.year, later.month, later.day))).await.len(), 0);
}

#[tokio::test]
async fn the_export_command_writes_csv_and_refuses_a_date_it_cannot_read() {
    let root = std::env::temp_dir().join(format!("blankett-export-{}", std::process::id()));
    std::fs::create_dir_all(&root).unwrap();
    let database = root.join("blankett.sqlite");
    let store = blankett_server::store::Store::open(database.to_str().unwrap(), 1).await.unwrap();
    let about = blankett_core::support::feedback::about("/support", None).unwrap();
    blankett_server::support::feedback::keep_answer(&store, &about, "en", true, Some("Clear, thanks"), "2026-12-01").await.unwrap();
    blankett_server::support::feedback::keep_answer(&store, &about, "sv", false, None, "2026-12-02").await.unwrap();
    store.close().await;
    let run = |args: &[&str]| std::process::Command::new(env!("CARGO_BIN_EXE_blankett-server")).arg("export-feedback").args(args).output().unwrap();
    let all = run(&["--database", database.to_str().unwrap()]);
    assert!(all.status.success(), "{}", String::from_utf8_lossy(&all.stderr));
    assert_eq!(String::from_utf8(all.stdout).unwrap(), "day,page,part,language,helpful,comment\n2026-12-01,/support,,en,yes,\"Clear, thanks\"\n2026-12-02,/support,,sv,no,\n");
    let since = run(&["--database", database.to_str().unwrap(), "--since", "2026-12-02"]);
    assert_eq!(String::from_utf8(since.stdout).unwrap().lines().count(), 2);
    let bad = run(&["--database", database.to_str().unwrap(), "--since", "yesterday"]);
    assert!(!bad.status.success() && String::from_utf8_lossy(&bad.stderr).contains("--since must be a date like 2026-12-01"));
    let missing = run(&["--database", root.join("nothing.sqlite").to_str().unwrap()]);
    assert!(!missing.status.success() && String::from_utf8_lossy(&missing.stderr).contains("no database at"));
}
