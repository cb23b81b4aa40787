//! The pages around the forms (issue 16) over HTTP: checking an application without signing in,
//! the support page with the deployment's contacts, the reset, the page after signing out, and
//! "Did this page help you?" with its export. Each test tries what an applicant, a stranger or a
//! careless caller would.

mod common;

use axum::http::{header, StatusCode};
use axum::Router;
use blankett_server::{open, AppState, Config, Mode};
use common::{applicant, confirmed, Browser, HOUR};
use serde_json::json;
use std::sync::Arc;

const SERVICE: &str = r#"time_zone = "Europe/Stockholm"
[support]
phone = "+46 771-235 235"
email = "support@example.se"
hours = [{ days = "monday-friday", opens = "09:00", closes = "15:00" }]
"#;

/// A server offering the fixture with a date-of-birth question, with the service file `service`.
async fn server(service: Option<&str>) -> (Arc<AppState>, Router) {
    common::server_of("support", &[common::with_documents()], service).await
}

/// The status page's form as a browser posts it: the date of birth (`1990-04-23`) in its day,
/// month and year fields, typed without leading zeros as people do.
fn check(reference: &str, date_of_birth: &str, lang: &str) -> String {
    let mut parts = date_of_birth.split('-').map(|p| p.trim_start_matches('0'));
    let (year, month, day) = (parts.next().unwrap(), parts.next().unwrap(), parts.next().unwrap());
    format!("reference={reference}&day={day}&month={month}&year={year}&lang={lang}")
}

#[tokio::test]
async fn the_status_page_tells_registered_then_decided_and_a_wrong_pair_reveals_nothing() {
    let (state, router) = server(None).await;
    let mut ada = applicant(&state, &router, "ada@example.com").await;
    let reference = confirmed(&mut ada, "1990-04-23").await;
    let mut anyone = Browser::stranger(&router);

    let empty = anyone.get("/status?lang=sv").await;
    assert_eq!(empty.status, StatusCode::OK);
    assert!(empty.text.contains("Kontrollera din ansökan utan att logga in") && empty.text.contains("<label for=\"status-reference\">Referensnummer</label>"), "{}", empty.text);

    // Typed with spaces and in lower case, and the day with a space after it, as people do.
    let found = anyone.post_form("/status", &format!("reference=+{}+&day=23+&month=04&year=1990&lang=en", reference.to_lowercase())).await;
    assert_eq!(found.status, StatusCode::OK, "{}", found.text);
    let registered = state.service.wall_time(state.clock.now());
    assert!(found.text.contains(&format!("Application {reference} is registered. It was registered on ")), "{}", found.text);
    assert!(found.text.contains(&format!("{} {}", registered.day, ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][registered.month as usize - 1])), "the date in the service's time zone: {}", found.text);
    assert!(found.text.contains("No decision has been made yet."));

    let wrong_date = anyone.post_form("/status", &check(&reference, "1990-04-24", "en")).await;
    let unknown = anyone.post_form("/status", &check("BL-1999-0000-0001", "1990-04-23", "en")).await;
    assert_eq!((wrong_date.status, unknown.status), (StatusCode::NOT_FOUND, StatusCode::NOT_FOUND));
    let message = "We found no application with this reference number and this date of birth.";
    assert!(wrong_date.text.contains(message) && unknown.text.contains(message));
    assert!(!wrong_date.text.contains("is registered") && !unknown.text.contains("is registered"));

    Browser::stranger(&router).post("/api/test/decisions", Some(json!({ "reference": reference }))).await;
    let decided = Browser::stranger(&router).post_form("/status", &check(&reference, "1990-04-23", "sv")).await;
    assert_eq!(decided.status, StatusCode::OK);
    assert!(decided.text.contains(&format!("Ansökan {reference} är registrerad.")) && decided.text.contains("Ett beslut har fattats i ärendet den "), "{}", decided.text);
    assert!(!decided.text.contains("Inget beslut har fattats ännu."));
}

#[tokio::test]
async fn the_api_says_when_an_application_was_registered_and_decided() {
    let (state, router) = server(None).await;
    let mut ada = applicant(&state, &router, "ada@example.com").await;
    let before = state.clock.now();
    let reference = confirmed(&mut ada, "1990-04-23").await;
    let mut anyone = Browser::stranger(&router);
    let lookup = json!({ "reference": reference, "date_of_birth": "1990-04-23" });
    let registered = anyone.post("/api/status", Some(lookup.clone())).await;
    assert_eq!((registered.status, &registered.body["status"], &registered.body["decided_at"]), (StatusCode::OK, &json!("registered"), &json!(null)), "{}", registered.body);
    assert!((before..=state.clock.now()).contains(&registered.time("registered_at")), "{}", registered.body);
    common::advance(&state, 3 * HOUR);
    anyone.post("/api/test/decisions", Some(json!({ "reference": reference }))).await;
    let decided = anyone.post("/api/status", Some(lookup)).await;
    assert_eq!(decided.body["status"], "decision-made");
    assert_eq!(decided.time("registered_at"), registered.time("registered_at"));
    assert!(decided.time("decided_at") >= registered.time("registered_at") + 3 * HOUR, "{}", decided.body);
}

#[tokio::test]
async fn mistakes_in_what_was_typed_are_named_at_their_field_and_kept() {
    let (_, router) = server(None).await;
    let mut anyone = Browser::stranger(&router);
    let page = anyone.post_form("/status", "reference=&day=40&month=13&year=1990&lang=en").await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.text.contains("<a href=\"#status-reference\">Enter the reference number</a>"), "{}", page.text);
    let message = "Enter your date of birth as a real date, with day, month and year";
    assert!(page.text.contains(&format!("<a href=\"#status-date-of-birth\">{message}</a>")), "{}", page.text);
    for (id, typed) in [("status-date-of-birth", "40"), ("status-date-of-birth-month", "13"), ("status-date-of-birth-year", "1990")] {
        assert!(page.text.contains(&format!("id=\"{id}\"")) && page.text.contains(&format!("value=\"{typed}\"")), "what was typed stays: {}", page.text);
    }
    // Only the year: still one message for the date, at its day.
    let partly = anyone.post_form("/status", "reference=BL-2026-4821-0736&day=&month=&year=1990&lang=en").await;
    assert!(partly.text.contains(&format!("<a href=\"#status-date-of-birth\">{message}</a>")), "{}", partly.text);
    let nothing = anyone.post_form("/status", "reference=BL-2026-4821-0736&day=&month=&year=&lang=en").await;
    assert!(nothing.text.contains("<a href=\"#status-date-of-birth\">Enter your date of birth</a>"), "{}", nothing.text);
    // A date as one field (`1990-04-23`), as another page may post it, is read too.
    let one_field = anyone.post_form("/status", "reference=BL-2026-4821-0736&date_of_birth=1990-13-40&lang=en").await;
    assert!(one_field.text.contains(message), "{}", one_field.text);
    let future = anyone.post_form("/status", "reference=BL-2026-4821-0736&date_of_birth=2999-01-01&lang=sv").await;
    assert!(future.text.contains("Födelsedatumet måste vara före i dag"), "{}", future.text);
    // Not from this site's own page: refused, so another site cannot use a visitor's network
    // address to guess.
    let elsewhere = anyone
        .send(
            axum::http::Method::POST,
            "/status",
            Some("reference=BL-2026-4821-0736&date_of_birth=1990-01-01".into()),
            &[("content-type", "application/x-www-form-urlencoded"), ("sec-fetch-site", "cross-site")],
        )
        .await;
    assert_eq!(elsewhere.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn too_many_checks_say_the_time_to_try_again_on_the_services_clock() {
    let (state, router) = server(Some(SERVICE)).await;
    let mut ada = applicant(&state, &router, "ada@example.com").await;
    let reference = confirmed(&mut ada, "1990-04-23").await;
    let mut anyone = Browser::stranger(&router);
    let mut statuses = Vec::new();
    for _ in 0..6 {
        statuses.push(anyone.post_form("/status", &check(&reference, "1990-04-23", "en")).await);
    }
    assert_eq!(statuses.iter().map(|s| s.status.as_u16()).collect::<Vec<_>>(), [200, 200, 200, 200, 200, 429]);
    let refused = statuses.pop().unwrap();
    let seconds: i64 = refused.header(header::RETRY_AFTER).parse().unwrap();
    let at = state.service.minute_after(state.clock.now() + seconds * 1000);
    let earlier = state.service.minute_after(state.clock.now() + seconds * 1000 - 60_000);
    // Near midnight the minute to come is tomorrow's, and the message names the day before it
    // ("try again on 3 December at 00:47."): the check holds at any time of day.
    let today = state.service.wall_time(state.clock.now()).day;
    let said = |wall: blankett_core::support::WallTime| {
        let when = format!(" at {:02}:{:02}.", wall.hour, wall.minute);
        let day = if wall.day == today { "try again at".to_owned() } else { "try again on ".to_owned() };
        refused.text.contains(&when) && refused.text.contains(&day)
    };
    assert!(said(at) || said(earlier), "{}", refused.text);
    assert!(!refused.text.contains("is registered"));
    // An hour on, it answers again.
    common::advance(&state, HOUR + 60_000);
    assert_eq!(anyone.post_form("/status", &check(&reference, "1990-04-23", "en")).await.status, StatusCode::OK);
}

#[tokio::test]
async fn the_support_page_gives_the_deployments_contacts_and_each_forms_own_facts() {
    let (_, router) = server(Some(SERVICE)).await;
    let mut anyone = Browser::stranger(&router);
    let en = anyone.get("/support?lang=en").await;
    assert_eq!(en.status, StatusCode::OK);
    for expected in [
        "<a href=\"tel:+46771235235\">+46 771-235 235</a>",
        "<li>Monday–Friday 09:00–15:00</li>",
        "The times are in the time zone Europe/Stockholm (now UTC+0",
        "<a href=\"mailto:support@example.se\">Email technical support: support@example.se</a>",
        "Reset this service&#39;s saved data on this device",
        "<a href=\"/status?lang=en\">Check your application without signing in</a>",
    ] {
        assert!(en.text.contains(expected), "{expected} in {}", en.text);
    }
    // From the form's own schema: its kind keeps drafts 30 days, and its pages have 30 minutes.
    let title = serde_json::from_str::<serde_json::Value>(&common::with_documents().1).unwrap()["title"]["en"].as_str().unwrap().to_string();
    assert!(en.text.contains(&format!("<li>{title}: 30 minutes on each page.")), "{}", en.text);
    assert!(en.text.contains(&format!("<li>{title}: ")) && en.text.contains("after your last change</li>"), "{}", en.text);
    let sv = anyone.get("/support?lang=sv").await;
    assert!(sv.text.contains("30 minuter på varje sida. Du får en varning innan tiden tar slut och kan få mer tid, upp till 10 gånger på en sida. När tiden tar slut sparas dina svar och du loggas ut.</li>"), "{}", sv.text);
    assert!(sv.text.contains("<li>Måndag–fredag 09.00–15.00</li>") && sv.text.contains("Prova det här först"), "{}", sv.text);

    // Without a service file: no contacts are invented.
    let (_, bare) = server(None).await;
    let page = Browser::stranger(&bare).get("/support?lang=en").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(!page.text.contains("tel:") && !page.text.contains("mailto:"), "{}", page.text);
}

#[tokio::test]
async fn the_reset_clears_this_sites_storage_only_when_asked_from_the_site() {
    let (_, router) = server(None).await;
    let mut anyone = Browser::stranger(&router);
    let reset = anyone.post_form("/support/reset", "lang=sv").await;
    assert_eq!(reset.status, StatusCode::SEE_OTHER);
    assert_eq!(reset.header(header::LOCATION), "/support?lang=sv&reset=done");
    assert_eq!(reset.header(header::HeaderName::from_static("clear-site-data")), "\"storage\"");
    let done = anyone.get("/support?lang=sv&reset=done").await;
    assert!(done.text.contains("role=\"status\""), "{}", done.text);
    let forged = anyone.send(axum::http::Method::POST, "/support/reset", Some("lang=sv".into()), &[("content-type", "application/x-www-form-urlencoded"), ("sec-fetch-site", "cross-site")]).await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    assert_eq!(forged.header(header::HeaderName::from_static("clear-site-data")), "");
}

#[tokio::test]
async fn a_service_file_with_mistakes_stops_the_server_naming_each() {
    let root = std::env::temp_dir().join(format!("blankett-support-bad-{}", std::process::id()));
    std::fs::create_dir_all(&root).unwrap();
    let path = root.join("service.toml");
    std::fs::write(&path, "time_zone = \"Europe/Stockholm\"\n[support]\nphone = \"call us\"\n").unwrap();
    let config = Config { dist: root.clone(), forms: root.clone(), database: root.join("db.sqlite").display().to_string(), pool_size: 1, trusted_proxies: Vec::new(), mode: Mode::Test, secure_cookies: false, sign_in_config: None, service_config: Some(path.clone()), allowed_origins: vec![] };
    let error = open(config).await.err().expect("the server does not start");
    let text = format!("{error:?}");
    assert!(text.contains("service.toml: support.phone: \\\"call us\\\"") || text.contains("service.toml: support.phone: \"call us\""), "{text}");
}

#[tokio::test]
async fn signing_out_ends_on_a_page_that_says_to_close_a_public_computers_browser() {
    let (state, router) = server(None).await;
    let mut ada = applicant(&state, &router, "ada@example.com").await;
    let out = ada.post_form("/sign-out", "lang=sv").await;
    assert_eq!((out.status, out.header(header::LOCATION)), (StatusCode::SEE_OTHER, "/signed-out?lang=sv"));
    assert!(out.signs_out());
    let page = ada.get("/signed-out?lang=sv").await;
    assert!(page.text.contains("Du är utloggad."), "{}", page.text);
    assert!(page.text.contains("stänga webbläsaren om du använder en allmän dator"), "{}", page.text);
    let en = ada.get("/signed-out?lang=en").await;
    assert!(en.text.contains("public computer") && en.text.contains("close the browser"), "{}", en.text);
}

#[tokio::test]
async fn a_forms_address_opens_the_app_when_signed_in_and_otherwise_the_sign_in_page_naming_it() {
    let (state, router) = server(None).await;
    let mut stranger = Browser::stranger(&router);
    let sent = stranger.send(axum::http::Method::GET, "/forms/with-documents", None, &[("accept-language", "sv-SE,sv;q=0.9")]).await;
    assert_eq!((sent.status, sent.header(header::LOCATION)), (StatusCode::SEE_OTHER, "/sign-in?lang=sv&next=/forms/with-documents"));
    let page = stranger.get(sent.header(header::LOCATION)).await;
    assert!(page.text.contains("<p>Logga in för att fylla i Ansökan med dokument. Dina svar sparas så att du kan fortsätta senare.</p>"), "{}", page.text);
    assert!(!page.text.contains("fylla i ansökan."), "the application is named once, not also in general: {}", page.text);
    let english = stranger.get("/forms/with-documents?lang=en").await;
    assert_eq!(english.header(header::LOCATION), "/sign-in?lang=en&next=/forms/with-documents");
    // A form that is not offered is not named; a next that is not a form's names none.
    let general = "<p>Sign in to fill in the application.";
    assert!(stranger.get("/sign-in?lang=en&next=/forms/nothing").await.text.contains(general));
    assert!(stranger.get("/sign-in?lang=en&next=/account").await.text.contains(general));

    let mut ada = applicant(&state, &router, "ada@example.com").await;
    let app = ada.get("/forms/with-documents").await;
    assert_eq!(app.status, StatusCode::OK);
    assert!(app.text.contains("<title>Blankett</title>"), "the app's page: {}", app.text);
    // What the app asks for first, started by the page while the code downloads.
    assert_eq!(
        app.header(header::LINK),
        "</api/forms/with-documents>; rel=preload; as=fetch; crossorigin, </api/applications>; rel=preload; as=fetch; crossorigin",
        "the form and the drafts"
    );
    let arabic = ada.get("/forms/with-documents?lang=ar").await;
    let catalog = blankett_core::messages::catalog::to_fetch(&blankett_core::basics::text::Locale::new("ar")).unwrap();
    assert!(arabic.header(header::LINK).ends_with(&format!(", </catalogs/{catalog}>; rel=preload; as=fetch; crossorigin")), "{}", arabic.header(header::LINK));
    assert!(!ada.get("/forms/with-documents?lang=sv").await.header(header::LINK).contains("/catalogs/"), "Swedish is in the download");
}
