//! Checking an application without signing in (R12), over the API (`POST /api/status`) and as
//! the page `/status`. Both look up the same way, under the same limits: per client address;
//! per client and reference number; and failed lookups per reference number from every client
//! together (so that many addresses together cannot try every date of birth for one reference,
//! while one stranger's tries do not lock its owner out).

use crate::error::{ApiError, Json};
use crate::limits::{Client, Key};
use crate::pages;
use crate::store::{Status, StoreError};
use crate::AppState;
use axum::extract::rejection::{FormRejection, QueryRejection};
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Form;
use blankett_core::account::Limit;
use blankett_core::basics::Millis;
use blankett_core::support::status::{check, normal_reference, Answer};
use serde::Deserialize;
use serde_json::{json, Value};
use std::sync::Arc;

const LOOKUPS_PER_CLIENT: Limit = Limit { max: 20, window: 10 * 60 * 1000 };
const LOOKUPS_PER_CLIENT_AND_REFERENCE: Limit = Limit { max: 5, window: 60 * 60 * 1000 };
const FAILED_LOOKUPS_PER_REFERENCE: Limit = Limit { max: 20, window: 60 * 60 * 1000 };
/// The longest window of any limit: a record idle this long limits nothing.
pub const LONGEST_LIMIT: Millis = 60 * 60 * 1000;

/// Looks up `reference` with `date_of_birth` under the limits.
pub async fn look_up(state: &AppState, client: &Client, reference: &str, date_of_birth: &str) -> Result<Status, ApiError> {
    let now = state.clock.now();
    let reference = normal_reference(reference).unwrap_or_else(|| reference.trim().to_ascii_uppercase());
    let failures: [Key; 1] = [(format!("failed lookups of {reference}"), FAILED_LOOKUPS_PER_REFERENCE)];
    state.limits.check(&failures, now).await?;
    let per_client = [(format!("lookups from {}", client.0), LOOKUPS_PER_CLIENT), (format!("lookups from {} of {reference}", client.0), LOOKUPS_PER_CLIENT_AND_REFERENCE)];
    state.limits.allow(&per_client, now).await?;
    match state.store.status(&reference, date_of_birth).await {
        Ok(status) => Ok(status),
        Err(StoreError::NotFound) => {
            state.limits.record(&failures, now).await?;
            Err(ApiError::NotFound("No application matches this reference number and date of birth. Check both and try again.".into()))
        }
        Err(other) => Err(other.into()),
    }
}

#[derive(Deserialize)]
pub struct StatusQuery {
    reference: String,
    date_of_birth: String,
}

/// `POST /api/status`: whether the application is registered, since when, and whether (and when)
/// a decision has been made.
pub async fn application_status(State(state): State<Arc<AppState>>, client: Client, Json(query): Json<StatusQuery>) -> Result<Json<Value>, ApiError> {
    let status = look_up(&state, &client, &query.reference, &query.date_of_birth).await?;
    Ok(Json(json!({
        "status": if status.decided_at.is_some() { "decision-made" } else { "registered" },
        "registered_at": crate::api::time(status.registered_at),
        "decided_at": status.decided_at.map(crate::api::time),
    })))
}

#[derive(Deserialize, Default)]
pub struct Typed {
    lang: Option<String>,
    reference: Option<String>,
    date_of_birth: Option<String>,
    /// The date of birth as the page asks it: day, month and year.
    day: Option<String>,
    month: Option<String>,
    year: Option<String>,
}

impl Typed {
    /// The date of birth typed: from its three fields, or as one (`1990-03-27`) from another page.
    fn date_of_birth(&self) -> String {
        match (&self.day, &self.month, &self.year) {
            (None, None, None) => self.date_of_birth.clone().unwrap_or_default(),
            (day, month, year) => {
                let part = |p: &Option<String>| p.clone().unwrap_or_default();
                blankett_core::run::answers::date_from_parts(&part(day), &part(month), &part(year))
            }
        }
    }
}

/// The page, empty.
pub async fn page(query: Result<Query<Typed>, QueryRejection>, headers: HeaderMap) -> Response {
    let typed = query.map(|Query(typed)| typed).unwrap_or_default();
    let locale = super::locale_of(typed.lang.as_deref(), &headers);
    pages::html(StatusCode::OK, &pages::status::page(("", ""), &[], None, &locale))
}

/// The page after a check: the problems in what was typed, or what the check found.
pub async fn check_page(State(state): State<Arc<AppState>>, client: Client, headers: HeaderMap, form: Result<Form<Typed>, FormRejection>) -> Response {
    let typed = form.map(|Form(typed)| typed).unwrap_or_default();
    let locale = super::locale_of(typed.lang.as_deref(), &headers);
    let typed_date = typed.date_of_birth();
    let (reference, date_of_birth) = (typed.reference.as_deref().unwrap_or_default(), typed_date.as_str());
    let shown = |status: StatusCode, problems: &[_], answer: Option<&Answer>| pages::html(status, &pages::status::page((reference, date_of_birth), problems, answer, &locale));
    if let Some(refused) = super::refuse_other_sites(&headers) {
        return refused;
    }
    let (now, service) = (state.clock.now(), &state.service);
    let today = service.today(now);
    let lookup = match check(reference, date_of_birth, today) {
        Ok(lookup) => lookup,
        Err(problems) => return shown(StatusCode::UNPROCESSABLE_ENTITY, &problems, None),
    };
    match look_up(&state, &client, &lookup.reference, &lookup.date_of_birth.format("%Y-%m-%d").to_string()).await {
        Ok(status) => {
            let answer = Answer::Found { reference: lookup.reference.clone(), registered: service.wall_time(status.registered_at), decided: status.decided_at.map(|at| service.wall_time(at)) };
            shown(StatusCode::OK, &[], Some(&answer))
        }
        Err(ApiError::NotFound(_)) => shown(StatusCode::NOT_FOUND, &[], Some(&Answer::NotFound)),
        Err(ApiError::TooManyAttempts(seconds)) => {
            let answer = Answer::TryAgainAt { at: service.minute_after(now + seconds as Millis * 1000), now: service.wall_time(now) };
            let mut response = shown(StatusCode::TOO_MANY_REQUESTS, &[], Some(&answer));
            response.headers_mut().insert(axum::http::header::RETRY_AFTER, seconds.into());
            response
        }
        Err(error) => error.into_response(),
    }
}
