//! A draft deleted when its retention time ran out (R4), as the contract shows it: the list names
//! it under `expired` (id, form, last save, expiry; never its answers) whichever way it was deleted,
//! every route on its id answers 410 `expired` for as long as the record is kept, and the record
//! goes when the applicant starts that form again or 30 days after the expiry. Each test builds
//! the router in test mode and calls it with `oneshot`, moving the test clock.

mod common;

use axum::body::Body;
use axum::http::{Method, StatusCode};
use axum::Router;
use blankett_server::AppState;
use common::{advance, applicant, id, Browser, DAY, HOUR, MINUTE};
use serde_json::{json, Value};
use std::sync::Arc;

/// A server in test mode offering `visit` (kept 48 hours, with a document question), `other-visit`
/// (also 48 hours) and `permit` (a work permit, kept 30 days).
async fn server() -> (Arc<AppState>, Router) {
    let form = |id: &str, kind: &str| {
        format!(
            r#"{{"id":"{id}","title":"Form","kind":"{kind}","languages":["en"],"pages":[
            {{"id":"a","title":"A","questions":[{{"id":"name","type":"short_text","label":"Name"}},
              {{"id":"passport","type":"document","label":"Passport","file_types":["application/pdf"]}}]}}]}}"#
        )
    };
    let forms: Vec<(&str, String)> = [("visit", "visit"), ("other-visit", "visit"), ("permit", "work-permit")].into_iter().map(|(id, kind)| (id, form(id, kind))).collect();
    common::server("expired", &forms).await
}

impl Browser {
    /// The records of expired drafts in the applicant's list.
    async fn expired(&mut self) -> Vec<Value> {
        let list = self.get("/api/applications").await;
        assert_eq!(list.status, StatusCode::OK, "{}", list.body);
        list.body["expired"].as_array().unwrap_or_else(|| panic!("an `expired` list in {}", list.body)).clone()
    }

    async fn expired_ids(&mut self) -> Vec<String> {
        self.expired().await.iter().map(id).collect()
    }
}

#[tokio::test]
async fn the_list_names_a_draft_that_expired_while_listing_with_its_last_save_and_expiry_and_no_answers() {
    let (state, router) = server().await;
    let mut ada = applicant(&state, &router, "ada@example.com").await;
    let visit = ada.start("visit").await;
    let path = format!("/api/applications/{}", id(&visit));
    // Saved later than it was started: the list must give the last save, not the start.
    advance(&state, 10 * MINUTE);
    let saved = ada.save(&path, 1, json!({ "name": "Ada Lovelace" }), 0).await;
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
    let (state, router) = server().await;
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
        ada.save(&path, 1, json!({ "name": "Ada" }), 0).await.is_problem(StatusCode::GONE, "expired");
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
    let (state, router) = server().await;
    let mut ada = applicant(&state, &router, "ada@example.com").await;
    let draft = ada.start("visit").await;
    let now = advance(&state, 48 * HOUR);
    assert_eq!(state.store.purge_expired(now).await, Ok(1));
    ada.sign_in_again().await;
    assert_eq!(ada.expired().await, vec![json!({ "id": id(&draft), "form_id": "visit", "saved_at": draft["saved_at"], "expires_at": draft["expires_at"] })]);
    ada.get(&format!("/api/applications/{}", id(&draft))).await.is_problem(StatusCode::GONE, "expired");
}

#[tokio::test]
async fn the_latest_expiry_comes_first_and_starting_a_form_again_removes_only_its_own_records() {
    let (state, router) = server().await;
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
    let (state, router) = server().await;
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
    eve.save(&path, 1, json!({}), 0).await.is_problem(StatusCode::NOT_FOUND, "not-found");
    eve.get(&format!("{path}/documents")).await.is_problem(StatusCode::NOT_FOUND, "not-found");
    // Eve starting the same form does not touch Ada's record.
    eve.start("visit").await;
    assert_eq!(ada.expired_ids().await, vec![id(&draft)]);
}

#[tokio::test]
async fn the_record_is_kept_30_days_after_the_expiry_then_the_id_is_unknown() {
    let (state, router) = server().await;
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
