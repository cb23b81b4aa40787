//! Confirming an application as the server enforces it, whatever the browser did: an incomplete
//! draft is refused with 422 `incomplete` and every problem located by page and field, and stays
//! a draft; every document an answer lists must be one uploaded to it; a confirmed application
//! gets its receipt again for the same key even if its form changed or went; a form no longer
//! offered cannot be confirmed; one plain-text mail names the form, the reference and the day.
//! Also the review ("Check your answers"), kept as the place after the last page.

mod common;

use axum::http::StatusCode;
use chrono::Datelike;
use axum::Router;
use blankett_server::confirming::{DOCUMENT_MISSING, INCOMPLETE, UNREADABLE};
use blankett_server::AppState;
use common::{advance, applicant, id, Answer, Browser, MINUTE};
use serde_json::{json, Value};
use std::sync::Arc;

/// A visit application: a name and a date of birth (the one the status lookup asks for), then a
/// copy of the passport (at most two files).
const VISIT: &str = r#"{"id":"visit","title":{"sv":"Besöksansökan","en":"Visit application"},"kind":"visit",
    "languages":["sv","en"],"birth_date_question":"date_of_birth","pages":[
    {"id":"about","title":{"sv":"Om dig","en":"About you"},"questions":[
        {"id":"name","type":"short_text","label":{"sv":"Namn","en":"Name"},"required":true},
        {"id":"date_of_birth","type":"date","label":{"sv":"Födelsedatum","en":"Date of birth"},"in_past":true}]},
    {"id":"documents","title":{"sv":"Dokument","en":"Documents"},"questions":[
        {"id":"passport","type":"document","label":{"sv":"Pass","en":"Passport"},"required":true,
         "file_types":["application/pdf"],"max_files":2}]}]}"#;

const PDF: &[u8] = b"%PDF-1.4 a small test document";

async fn server() -> (Arc<AppState>, Router) {
    common::server("confirm", &[("visit", VISIT.to_string())]).await
}

/// The path of a new draft of `visit`.
async fn draft(browser: &mut Browser) -> String {
    format!("/api/applications/{}", id(&browser.start("visit").await))
}

/// Uploads a passport copy; returns its id.
async fn upload(browser: &mut Browser, path: &str) -> String {
    let uploaded = browser.upload(path, "passport", "passport.pdf", PDF, "application/pdf").await;
    assert_eq!(uploaded.status, StatusCode::CREATED, "{}", uploaded.body);
    id(&uploaded.body)
}

/// The refusal's issues as (page, field, message).
fn issues(refused: &Answer) -> Vec<(String, String, String)> {
    refused.is_problem(StatusCode::UNPROCESSABLE_ENTITY, "incomplete");
    assert_eq!(refused.body["detail"], INCOMPLETE);
    let text = |issue: &Value, key: &str| issue[key].as_str().unwrap_or_else(|| panic!("{key} in {issue}")).to_string();
    refused.body["issues"].as_array().unwrap().iter().map(|issue| (text(issue, "page"), text(issue, "field"), text(issue, "message"))).collect()
}

fn issue(page: &str, field: &str, message: &str) -> (String, String, String) {
    (page.into(), field.into(), message.into())
}

/// The confirmation mails sent to `email`.
async fn confirmation_mails(state: &AppState, email: &str) -> Vec<String> {
    state.store.outbox().await.unwrap().into_iter().filter(|m| m.recipient == email && m.subject.starts_with("Application received")).map(|m| m.body).collect()
}

#[tokio::test]
async fn an_incomplete_application_is_refused_with_every_problem_located_and_stays_a_draft() {
    let (state, router) = server().await;
    let mut ada = applicant(&state, &router, "ada@example.com").await;
    let path = draft(&mut ada).await;

    let refused = ada.confirm(&path, "k").await;
    assert_eq!(issues(&refused), vec![issue("about", "name", "Answer this question"), issue("documents", "passport", "Upload a document")]);

    // Answers a browser would never send: a date in the future, and a number for a name.
    let saved = ada.save(&path, 1, json!({ "name": 42, "date_of_birth": "2999-01-01" }), 1).await;
    assert_eq!(saved.status, StatusCode::OK);
    assert_eq!(
        issues(&ada.confirm(&path, "k").await),
        vec![
            issue("about", "name", UNREADABLE),
            issue("about", "date_of_birth", "The date must be before today"),
            issue("documents", "passport", "Upload a document"),
        ]
    );

    // Nothing happened: still a draft of the same version, no mail, no reference number used up.
    let read = ada.get(&path).await;
    assert_eq!((read.body["state"].as_str(), read.body["version"].as_u64(), &read.body["receipt"]), (Some("draft"), Some(2), &Value::Null));
    assert_eq!(confirmation_mails(&state, "ada@example.com").await, Vec::<String>::new());
    let passport = upload(&mut ada, &path).await;
    assert_eq!(ada.save(&path, 2, json!({ "name": "Ada", "date_of_birth": "1990-04-23", "passport": [passport] }), 2).await.status, StatusCode::OK);
    let confirmed = ada.confirm(&path, "k").await;
    assert_eq!(confirmed.status, StatusCode::OK, "{}", confirmed.body);
    assert!(confirmed.body["reference"].as_str().unwrap().starts_with("BL-2026-"), "{}", confirmed.body);
}

#[tokio::test]
async fn every_listed_document_must_be_uploaded_to_this_application_and_unlisted_ones_are_harmless() {
    let (state, router) = server().await;
    let mut ada = applicant(&state, &router, "ada@example.com").await;
    let path = draft(&mut ada).await;
    let (first, second) = (upload(&mut ada, &path).await, upload(&mut ada, &path).await);
    // A document of another draft of hers, and an id never given.
    let other = draft(&mut ada).await;
    let elsewhere = upload(&mut ada, &other).await;
    let answers = |passport: Vec<&str>| json!({ "name": "Ada", "passport": passport });

    let mut version = 1;
    for listed in [vec![first.as_str(), "made-up"], vec![elsewhere.as_str()]] {
        assert_eq!(ada.save(&path, version, answers(listed.clone()), 1).await.status, StatusCode::OK);
        version += 1;
        assert_eq!(issues(&ada.confirm(&path, "k").await), vec![issue("documents", "passport", DOCUMENT_MISSING)], "{listed:?}");
    }

    // Listed, then removed.
    assert_eq!(ada.save(&path, version, answers(vec![&first]), 1).await.status, StatusCode::OK);
    assert_eq!(ada.send(axum::http::Method::DELETE, &format!("{path}/documents/{first}"), None, &[]).await.status, StatusCode::NO_CONTENT);
    assert_eq!(issues(&ada.confirm(&path, "k").await), vec![issue("documents", "passport", DOCUMENT_MISSING)]);

    // `second` is stored and listed; nothing else is listed. `elsewhere` belongs to the other draft.
    assert_eq!(ada.save(&path, version + 1, answers(vec![&second]), 1).await.status, StatusCode::OK);
    assert_eq!(ada.confirm(&path, "k").await.status, StatusCode::OK);
}

#[tokio::test]
async fn a_confirmed_application_gets_its_receipt_again_for_the_same_key_even_if_its_form_changed_or_went() {
    let (state, router) = server().await;
    let mut ada = applicant(&state, &router, "ada@example.com").await;
    let path = draft(&mut ada).await;
    let passport = upload(&mut ada, &path).await;
    ada.save(&path, 1, json!({ "name": "Ada Lovelace", "date_of_birth": "1990-04-23", "passport": [passport] }), 2).await;
    let first = ada.confirm(&path, "click").await;
    assert_eq!(first.status, StatusCode::OK, "{}", first.body);

    // The form now asks something more; then it is no longer offered at all.
    let form_file = state.config.forms.join("visit.json");
    std::fs::write(&form_file, VISIT.replace(r#""in_past":true"#, r#""in_past":true,"required":true},{"id":"city","type":"short_text","label":"City","required":true"#)).unwrap();
    assert_eq!(ada.get("/api/forms/visit").await.status, StatusCode::OK, "the changed form is offered");
    assert_eq!(ada.confirm(&path, "click").await.body, first.body);
    std::fs::remove_file(&form_file).unwrap();
    let again = ada.confirm(&path, "click").await;
    assert_eq!((again.status, &again.body), (StatusCode::OK, &first.body));
    ada.confirm(&path, "another").await.is_problem(StatusCode::CONFLICT, "already-confirmed");
    assert_eq!(confirmation_mails(&state, "ada@example.com").await.len(), 1, "one confirmation, one mail");

    // The date of birth was kept for the status lookup (R12).
    let reference = first.body["reference"].as_str().unwrap();
    let status = state.store.status(reference, "1990-04-23").await.unwrap();
    assert_eq!((status.decided_at, status.registered_at > 0), (None, true));
    assert_eq!(state.store.status(reference, "19900423").await, Ok(status), "the same day however it is typed");
    assert!(state.store.status(reference, "1990-04-24").await.is_err());
}

#[tokio::test]
async fn the_confirmation_mail_names_the_form_the_reference_and_the_day_in_the_applicants_language_and_swedish() {
    let (state, router) = server().await;
    let mut ada = applicant(&state, &router, "ada@example.com").await;
    let path = draft(&mut ada).await;
    let passport = upload(&mut ada, &path).await;
    ada.save(&path, 1, json!({ "name": "Ada", "passport": [passport] }), 2).await;
    let receipt = ada.confirm(&path, "k").await.body;
    let reference = receipt["reference"].as_str().unwrap();
    let day = chrono::DateTime::parse_from_rfc3339(receipt["confirmed_at"].as_str().unwrap()).unwrap().to_utc().date_naive();
    let sv = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];
    let en = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    let month = day.month0() as usize;
    let (day, year) = (day.day(), day.year());
    assert_eq!(
        confirmation_mails(&state, "ada@example.com").await,
        vec![format!(
            "We have received your application: Visit application.\nReference number: {reference}\nConfirmed: {day} {} {year}\n\n\
             Vi har tagit emot din ansökan: Besöksansökan.\nReferensnummer: {reference}\nBekräftad: {day} {} {year}\n",
            en[month],
            sv[month],
        )]
    );
}

#[tokio::test]
async fn a_form_no_longer_offered_cannot_be_confirmed() {
    let (state, router) = server().await;
    let mut ada = applicant(&state, &router, "ada@example.com").await;
    let path = draft(&mut ada).await;
    std::fs::remove_file(state.config.forms.join("visit.json")).unwrap();
    let refused = ada.confirm(&path, "k").await;
    refused.is_problem(StatusCode::CONFLICT, "form-not-offered");
    assert!(refused.body["detail"].as_str().unwrap().contains("no longer offered"), "{}", refused.body);
    assert_eq!(ada.get(&path).await.body["state"], "draft");
}

#[tokio::test]
async fn the_review_after_the_last_page_is_a_place_that_is_saved_timed_and_read_back() {
    let (state, router) = server().await;
    let mut ada = applicant(&state, &router, "ada@example.com").await;
    let path = draft(&mut ada).await;
    // The form has two pages; the review is place 2.
    let saved = ada.save(&path, 1, json!({ "name": "Ada" }), 2).await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    assert_eq!(saved.body["page"], 2);
    assert_eq!(saved.time("page_deadline"), saved.time("saved_at") + 30 * MINUTE, "the form's limit, as on any page");
    assert_eq!(ada.get(&path).await.body["page"], 2);
    assert_eq!(ada.post(&format!("{path}/extend"), None).await.status, StatusCode::OK);
    let listed = ada.get("/api/applications").await;
    assert_eq!(listed.body["applications"][0]["page"], 2);

    // A place beyond it is kept as sent (a client resumes on its last page), and nothing breaks.
    let beyond = ada.save(&path, 2, json!({ "name": "Ada" }), 7).await;
    assert_eq!((beyond.status, beyond.body["page"].as_u64()), (StatusCode::OK, Some(7)));

    // A save after the review's time ran out is kept and signs out, as on any page (a request on
    // the way keeps the session, which ends after 30 minutes without one).
    advance(&state, 20 * MINUTE);
    assert_eq!(ada.get(&path).await.status, StatusCode::OK);
    advance(&state, 11 * MINUTE);
    let late = ada.save(&path, 3, json!({ "name": "Ada L" }), 2).await;
    assert_eq!(late.status, StatusCode::OK, "{}", late.body);
    assert!(late.signs_out());
}

/// "Today" in a date rule is the service's day (Europe/Stockholm by default), for the backend as
/// for the browser, which the application tells the zone: at 23:30 there, a date of birth on that
/// day is not yet in the past; an hour later, at 00:30 (still the same day in UTC), it is.
#[tokio::test]
async fn today_in_a_date_rule_is_the_services_day_across_midnight() {
    let (state, router) = server().await;
    let mut ada = applicant(&state, &router, "ada@example.com").await;
    let path = draft(&mut ada).await;
    let passport = upload(&mut ada, &path).await;
    let read = ada.get(&path).await;
    assert_eq!(read.body["time_zone"], "Europe/Stockholm", "{}", read.body);

    let zone = jiff::tz::TimeZone::get("Europe/Stockholm").unwrap();
    let here = jiff::Timestamp::from_millisecond(state.clock.now()).unwrap().to_zoned(zone.clone());
    let day = here.date().tomorrow().unwrap();
    let at = |date: jiff::civil::Date, hour: i8, minute: i8| date.at(hour, minute, 0, 0).to_zoned(zone.clone()).unwrap().timestamp().as_millisecond();
    let evening = at(day, 23, 30);
    advance(&state, evening - state.clock.now());
    ada.sign_in_again().await;
    let saved = ada.save(&path, 1, json!({ "name": "Ada", "date_of_birth": day.to_string(), "passport": [passport] }), 2).await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    assert_eq!(issues(&ada.confirm(&path, "at 23:30").await), vec![issue("about", "date_of_birth", "The date must be before today")]);

    // 00:30 the next day in Stockholm is 23:30 the same day in UTC.
    let after_midnight = at(day.tomorrow().unwrap(), 0, 30);
    assert_eq!(jiff::Timestamp::from_millisecond(after_midnight).unwrap().to_zoned(jiff::tz::TimeZone::UTC).date(), day);
    advance(&state, after_midnight - state.clock.now());
    ada.sign_in_again().await;
    let confirmed = ada.confirm(&path, "at 00:30").await;
    assert_eq!(confirmed.status, StatusCode::OK, "{}", confirmed.body);
}

#[tokio::test]
async fn an_applicant_reading_arabic_gets_the_mail_in_arabic_and_swedish() {
    let (state, router) = server().await;
    let mut bea = applicant(&state, &router, "bea@example.com").await;
    let path = draft(&mut bea).await;
    let passport = upload(&mut bea, &path).await;
    bea.save(&path, 1, json!({ "name": "Bea", "passport": [passport] }), 2).await;
    let receipt = bea.send(axum::http::Method::POST, &format!("{path}/confirm"), None, &[("idempotency-key", "k"), ("accept-language", "ar")]).await;
    let reference = receipt.body["reference"].as_str().unwrap().to_string();
    let mail = state.store.outbox().await.unwrap().into_iter().find(|m| m.recipient == "bea@example.com" && m.subject.ends_with(" / Ansökan mottagen")).expect("a confirmation");
    assert!(!mail.subject.starts_with("Application received"), "{}", mail.subject);
    let (arabic, swedish) = mail.body.split_once("\n\n").unwrap();
    assert!(arabic.contains(&reference) && swedish.contains(&reference), "{}", mail.body);
    assert!(arabic.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)), "Arabic first: {arabic}");
    assert!(swedish.starts_with("Vi har tagit emot din ansökan: Besöksansökan."), "{swedish}");
    assert!(!mail.body.contains("We have received"), "{}", mail.body);
}
