//! The contract's endpoints for accounts, sessions and applications (`api/openapi.yaml`). Each
//! handler reads the request, lets the store and the engine decide, and answers; every refusal
//! becomes one `ApiError` (`error.rs`), mapped once to a status and a problem+json body whose
//! `type` a client can rely on.

use blankett_core::contract::Problem;
use crate::accounts;
use crate::auth::Caller;
use crate::error::{ApiError, Json, Query};
use crate::limits::Client;
use crate::store::{Change, StoreError, Stored};
use crate::AppState;
use blankett_core::basics::text::Locale;
use axum::extract::{Path, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use blankett_core::basics::Millis;
use blankett_core::lifecycle::{Receipt, Refusal, State as LifeState};
use blankett_core::schema::{DocumentRefusal, QuestionKind, TimeOutPolicy};
use blankett_core::timing::extensions;
use serde::Deserialize;
use serde_json::{json, Value};
use std::sync::Arc;

pub const SESSION_COOKIE: &str = "blankett_session";
/// The header every state-changing request with the session cookie must carry. A page on another
/// site cannot send it without a CORS preflight, which this server grants only to the sites named
/// by `--allow-origin` (`cors.rs`): that is the CSRF protection.
pub const CLIENT_HEADER: &str = "blankett-client";

/// Refuses a state-changing API request that lacks the client header (see `CLIENT_HEADER`),
/// unless it carries a bearer token, which no other site can add either (see `auth.rs`).
pub async fn require_client_header(request: Request, next: Next) -> Response {
    let changes_state = !matches!(*request.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    let bearer = crate::auth::bearer(request.headers()).is_some();
    if changes_state && !bearer && request.uri().path().starts_with("/api/") && !request.headers().contains_key(CLIENT_HEADER) {
        return ApiError::Forbidden(Problem::MissingClientHeader, format!("Requests that change anything must carry the `{CLIENT_HEADER}` header.")).into_response();
    }
    next.run(request).await
}

pub(crate) async fn signed_in(state: &AppState, jar: &CookieJar) -> Result<String, ApiError> {
    let token = jar.get(SESSION_COOKIE).ok_or(ApiError::SignedOut)?;
    Ok(state.store.session(token.value(), state.clock.now()).await?)
}

#[derive(Deserialize)]
pub struct Credentials {
    email: String,
    password: String,
}

/// Signing in: the credentials, and whether the client wants the session as a bearer token
/// (`auth.rs`) instead of a cookie.
#[derive(Deserialize)]
pub struct SignIn {
    email: String,
    password: String,
    #[serde(default)]
    token: bool,
}

/// The language the backend's mails go in (beside Swedish): the request's Accept-Language.
fn mail_locale(headers: &HeaderMap) -> Locale {
    crate::pages::choose_locale(None, headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()))
}

pub async fn create_account(State(state): State<Arc<AppState>>, client: Client, headers: HeaderMap, Json(body): Json<Credentials>) -> Result<StatusCode, ApiError> {
    accounts::create_account(&state, &client, &body.email, &body.password, &mail_locale(&headers)).await?;
    Ok(StatusCode::CREATED)
}

#[derive(Deserialize)]
pub struct Verification {
    email: String,
    password: String,
    code: String,
}

/// Confirms the address with the mailed code; the password proves that the one confirming is the
/// one who created the account, so that nobody else can try codes (and use them up).
pub async fn verify_account(State(state): State<Arc<AppState>>, client: Client, Json(body): Json<Verification>) -> Result<StatusCode, ApiError> {
    accounts::verify(&state, &client, &body.email, &body.password, &body.code).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Mails a new code for an address not yet confirmed (the old one stops working).
pub async fn send_new_code(State(state): State<Arc<AppState>>, client: Client, headers: HeaderMap, Json(body): Json<Credentials>) -> Result<StatusCode, ApiError> {
    accounts::send_new_code(&state, &client, &body.email, &body.password, &mail_locale(&headers)).await?;
    Ok(StatusCode::ACCEPTED)
}

/// Signs in with the password. With `"token": true` the session is answered as a token for
/// `Authorization: Bearer` and no cookie is set; otherwise it is the session cookie.
pub async fn sign_in(State(state): State<Arc<AppState>>, client: Client, jar: CookieJar, Json(body): Json<SignIn>) -> Result<(StatusCode, CookieJar, Json<Value>), ApiError> {
    // Only the sign-in page can take a second step; an account with one is never signed in here.
    let (token, email) = match accounts::sign_in(&state, &client, &body.email, &body.password).await? {
        accounts::PasswordGiven::SignedIn { token, email } => (token, email),
        accounts::PasswordGiven::NotConfirmed(_) => return Err(crate::store::StoreError::NotVerified.into()),
        accounts::PasswordGiven::SecondStep { .. } => return Err(crate::store::StoreError::TwoStepRequired.into()),
    };
    if body.token {
        return Ok((StatusCode::CREATED, jar, Json(json!({ "email": email, "token": token }))));
    }
    Ok((StatusCode::CREATED, jar.add(session_cookie(token, state.config.secure_cookies)), Json(json!({ "email": email }))))
}

/// The session cookie: not readable by scripts, never sent from another site, and only over TLS
/// when the server is behind it.
pub fn session_cookie(token: String, secure: bool) -> Cookie<'static> {
    Cookie::build((SESSION_COOKIE, token)).http_only(true).same_site(SameSite::Strict).secure(secure).path("/").build()
}

pub async fn current_session(State(state): State<Arc<AppState>>, caller: Caller) -> Result<Json<Value>, ApiError> {
    Ok(Json(json!({ "email": caller.owner(&state).await? })))
}

pub async fn sign_out(State(state): State<Arc<AppState>>, caller: Caller) -> Result<(StatusCode, CookieJar), ApiError> {
    Ok((StatusCode::NO_CONTENT, caller.sign_out(&state).await?))
}

/// Ends the session the cookie names, if any, and removes the cookie.
pub async fn end_session(state: &AppState, jar: CookieJar) -> Result<CookieJar, ApiError> {
    if let Some(token) = jar.get(SESSION_COOKIE) {
        state.store.sign_out(token.value()).await?;
    }
    Ok(jar.remove(Cookie::build(SESSION_COOKIE).path("/")))
}

pub(crate) fn time(ms: Millis) -> String {
    chrono::DateTime::from_timestamp_millis(ms).map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)).unwrap_or_default()
}

fn etag(version: u64) -> HeaderValue {
    HeaderValue::from_str(&format!("\"{version}\"")).expect("a version is a valid header value")
}

/// An application as the contract describes it. `form` is the form it is for, if the server still
/// offers it: the current page's deadline comes from its time limit (R2), and how many more times
/// the page may get more time from its `time_extensions`. `time_zone` is the service's: the
/// calendar of "today" in date rules.
fn application_json(stored: &Stored, form: Option<&blankett_core::schema::Form>, time_zone: &str) -> Value {
    let app = &stored.application;
    let timed = form.filter(|_| app.state == LifeState::Draft);
    let deadline = timed.map(|form| stored.page_clock().deadline(form));
    let extensions_left = timed.map(|form| stored.page_clock().extensions_left(form));
    let mut body = json!({
        "id": stored.id,
        "form_id": stored.form_id,
        "state": match app.state { LifeState::Draft => "draft", LifeState::Confirmed(_) => "confirmed" },
        "version": app.version,
        "answers": serde_json::from_str::<Value>(&stored.answers).unwrap_or_else(|_| json!({})),
        "page": stored.page,
        "saved_at": time(app.saved_at),
        "expires_at": app.expires_at().map(time),
        "page_deadline": deadline.map(time),
        "page_extensions_left": extensions_left,
        "time_zone": time_zone,
    });
    if let LifeState::Confirmed(receipt) = &app.state {
        body["receipt"] = receipt_json(receipt);
    }
    body
}

fn receipt_json(receipt: &Receipt) -> Value {
    json!({ "reference": receipt.reference, "confirmed_at": time(receipt.confirmed_at) })
}

/// The application with its ETag; reads its form for the page deadline.
async fn with_etag(state: &AppState, stored: &Stored, status: StatusCode) -> Response {
    let form = state.forms.offered(&stored.form_id).await;
    (status, [(header::ETAG, etag(stored.application.version))], Json(application_json(stored, form.as_deref(), &state.service.zone_name))).into_response()
}

#[derive(Deserialize)]
pub struct NewApplication {
    form_id: String,
}

/// Starts a draft. With an `Idempotency-Key`, a retry (after an answer lost on the network) gets
/// the draft the first request made instead of a second one.
pub async fn create_application(State(state): State<Arc<AppState>>, caller: Caller, headers: HeaderMap, Json(body): Json<NewApplication>) -> Result<Response, ApiError> {
    let owner = caller.owner(&state).await?;
    let key = idempotency_key(&headers)?;
    let form = state.forms.offered(&body.form_id).await.ok_or_else(|| ApiError::NotFound(format!("There is no form called {}.", body.form_id)))?;
    let stored = state.store.create_once(&owner, &body.form_id, form.kind, key, state.clock.now()).await?;
    Ok(with_etag(&state, &stored, StatusCode::CREATED).await)
}

/// The Idempotency-Key header, if sent: 1 to 200 printable ASCII characters (no spaces at the
/// ends), else `bad-idempotency-key`.
fn idempotency_key(headers: &HeaderMap) -> Result<Option<&str>, ApiError> {
    let Some(value) = headers.get("idempotency-key") else { return Ok(None) };
    match value.to_str().map(str::trim) {
        Ok(key) if !key.is_empty() && key.len() <= 200 && key.bytes().all(|b| (0x20..0x7f).contains(&b)) => Ok(Some(key)),
        _ => Err(ApiError::BadRequest(Problem::BadIdempotencyKey, "An Idempotency-Key is 1 to 200 printable ASCII characters.".into())),
    }
}

/// The signed-in applicant's applications, the most recently saved first: how a client finds a
/// draft to continue (R5). Beside them, the drafts deleted when their time ran out (R4), the
/// latest expiry first, so that the app can say so instead of showing an empty form.
pub async fn list_applications(State(state): State<Arc<AppState>>, caller: Caller) -> Result<Json<Value>, ApiError> {
    let owner = caller.owner(&state).await?;
    let now = state.clock.now();
    // Listing first turns drafts that have just expired into records, so they are in `expired`.
    let list = state.store.list(&owner, now).await?;
    let expired: Vec<Value> = state
        .store
        .expired_drafts(&owner, now)
        .await?
        .iter()
        .map(|draft| json!({ "id": draft.id, "form_id": draft.form_id, "saved_at": time(draft.saved_at), "expires_at": time(draft.expired_at) }))
        .collect();
    let mut forms = std::collections::HashMap::new();
    let mut applications = Vec::with_capacity(list.len());
    for stored in &list {
        if !forms.contains_key(&stored.form_id) {
            forms.insert(stored.form_id.clone(), state.forms.offered(&stored.form_id).await);
        }
        applications.push(application_json(stored, forms[&stored.form_id].as_deref(), &state.service.zone_name));
    }
    Ok(Json(json!({ "applications": applications, "expired": expired })))
}

pub async fn read_application(State(state): State<Arc<AppState>>, caller: Caller, Path(id): Path<String>) -> Result<Response, ApiError> {
    let owner = caller.owner(&state).await?;
    let stored = state.store.read(&owner, &id, state.clock.now()).await?;
    Ok(with_etag(&state, &stored, StatusCode::OK).await)
}

#[derive(Deserialize)]
pub struct Save {
    answers: serde_json::Map<String, Value>,
    /// A JSON number: `1.0` is the integer 1, as JSON Schema has it.
    page: serde_json::Number,
}

/// The most answers one draft keeps, as JSON text: far more than any form's answers, and little
/// enough that nobody fills the database with a few drafts.
pub const MAX_ANSWERS_BYTES: usize = 1024 * 1024;

/// A version from `If-Match: "7"` (or a weak `W/"7"`). `*` (any version) and an empty value name
/// none, so they are the same as no If-Match: a save must say which version it read.
fn if_match(headers: &HeaderMap) -> Result<u64, ApiError> {
    let raw = headers.get(header::IF_MATCH).ok_or(ApiError::PreconditionRequired)?.to_str().unwrap_or("?").trim();
    if raw.is_empty() || raw == "*" {
        return Err(ApiError::PreconditionRequired);
    }
    raw.trim_start_matches("W/").trim_matches('"').parse().map_err(|_| ApiError::BadRequest(Problem::BadIfMatch, "If-Match must be the application's ETag, like \"3\".".into()))
}

/// The place a save names: a page's index, or the number of pages for the review. A place beyond
/// the form's is kept as sent: the client resumes on its last page, and refusing the save would
/// cost the answers in it if the form changed meanwhile.
fn place(page: &serde_json::Number) -> Result<u32, ApiError> {
    let whole = page.as_u64().or_else(|| page.as_f64().filter(|p| p.fract() == 0.0 && *p >= 0.0).map(|p| p as u64));
    whole.and_then(|p| u32::try_from(p).ok()).ok_or_else(|| ApiError::Unprocessable(Problem::InvalidBody, "`page` is a whole number from 0 to 4294967295.".into()))
}

pub async fn save_application(State(state): State<Arc<AppState>>, caller: Caller, Path(id): Path<String>, headers: HeaderMap, Json(body): Json<Save>) -> Result<Response, ApiError> {
    let owner = caller.owner(&state).await?;
    let based_on = if_match(&headers)?;
    let now = state.clock.now();
    let answers = Value::Object(body.answers).to_string();
    if answers.len() > MAX_ANSWERS_BYTES {
        return Err(ApiError::TooLarge(Problem::AnswersTooLarge, format!("The answers are larger than a draft keeps ({} KB). Nothing was saved.", MAX_ANSWERS_BYTES / 1024)));
    }
    // The form decides the page's time limit and what a save after it does (R2).
    let form = state.forms.offered(&state.store.read(&owner, &id, now).await?.form_id).await;
    let change = Change { based_on, answers: &answers, page: place(&body.page)? };
    match state.store.save_timed(&owner, &id, change, form.as_deref(), now).await {
        Ok(saved) => {
            let response = with_etag(&state, &saved.stored, StatusCode::OK).await;
            if saved.timed_out == Some(TimeOutPolicy::SaveAndSignOut) {
                // The answers are saved; the page's time ran out, so this session ends with them.
                return Ok((caller.sign_out(&state).await?, response).into_response());
            }
            Ok(response)
        }
        Err(StoreError::Refused(Refusal::StaleVersion { .. })) => {
            let current = state.store.read(&owner, &id, now).await?;
            Err(ApiError::Stale(application_json(&current, form.as_deref(), &state.service.zone_name)))
        }
        Err(error) => Err(error.into()),
    }
}

/// More time on the current page (WCAG 2.2.1): its full time again from now, as many times as the
/// form's `time_extensions` allows on one page. No body and no If-Match: the answers and the
/// version do not change.
pub async fn extend_page_time(State(state): State<Arc<AppState>>, caller: Caller, Path(id): Path<String>) -> Result<Response, ApiError> {
    let owner = caller.owner(&state).await?;
    let now = state.clock.now();
    let current = state.store.read(&owner, &id, now).await?;
    // A form no longer offered has no deadline to extend; the default count keeps this harmless.
    let allowed = state.forms.offered(&current.form_id).await.map_or(blankett_core::schema::MIN_EXTENSIONS, |form| extensions(&form));
    let stored = state.store.extend(&owner, &id, allowed, now).await?;
    Ok(with_etag(&state, &stored, StatusCode::OK).await)
}

/// Confirms a complete draft, once (R8), and mails the confirmation (R9). The draft is checked
/// again here (`confirming::issues`), since a browser can be tampered with; an application that
/// is already confirmed is not, so that a retry with the same key still gets its receipt.
pub async fn confirm_application(State(state): State<Arc<AppState>>, caller: Caller, Path(id): Path<String>, headers: HeaderMap) -> Result<Json<Value>, ApiError> {
    let owner = caller.owner(&state).await?;
    let key = idempotency_key(&headers)?
        .ok_or(ApiError::BadRequest(Problem::IdempotencyKeyRequired, "Send an Idempotency-Key header so that a retry cannot confirm twice.".into()))?;
    let now = state.clock.now();
    let form_id = state.store.read(&owner, &id, now).await?.form_id;
    let form = state.forms.offered(&form_id).await;
    // On the service's calendar, as the browser reckons it: not UTC's, which near midnight is
    // another day than the applicant's.
    let today = state.service.today(now);
    let check = |draft: &Stored, documents: &[crate::documents::DocumentInfo]| {
        let form = form.as_ref().ok_or_else(|| {
            ApiError::Conflict(Problem::FormNotOffered, format!("The form {form_id} is no longer offered, so this application cannot be confirmed."))
        })?;
        let answers: serde_json::Map<String, Value> = serde_json::from_str(&draft.answers).unwrap_or_default();
        let issues = crate::confirming::issues(form, &answers, documents, today);
        if !issues.is_empty() {
            return Err(ApiError::Incomplete(issues));
        }
        // The date of birth the form names, kept for the status lookup without signing in (R12).
        Ok(form.birth_date_question.as_ref().and_then(|question| answers.get(question)).and_then(Value::as_str).map(str::to_string))
    };
    // R9: a confirmation goes to the applicant's email, once.
    let locale = mail_locale(&headers);
    let mail = |receipt: &Receipt| form.as_ref().map(|form| confirmation_mail(form, receipt, &locale));
    let receipt = state.store.confirm_checked(&owner, &id, key, now, check, mail).await?;
    Ok(Json(receipt_json(&receipt)))
}

/// The confirmation mail (R9), in plain text: the form, the reference number and the day of the
/// confirmation (UTC), in the applicant's language (`locale`, from the confirming request's
/// Accept-Language) and in Swedish, the agency's language.
pub fn confirmation_mail(form: &blankett_core::schema::Form, receipt: &Receipt, locale: &Locale) -> (String, String) {
    use blankett_core::messages::catalog::{page_words::key, say_page};
    use chrono::Datelike;
    let date = chrono::DateTime::from_timestamp_millis(receipt.confirmed_at).unwrap_or_default().date_naive();
    crate::mail::written_and_in_swedish(locale, |locale| {
        let day = blankett_core::support::date_words(date.year(), date.month(), date.day(), locale);
        let reference = blankett_core::basics::text::left_to_right(&receipt.reference, locale);
        let body = say_page(locale, key::MAIL_BODY, &[form.title.get(locale).into(), (&reference).into(), (&day).into()]);
        (say_page(locale, key::MAIL_SUBJECT, &[]), body)
    })
}

/// Development and test only: what the server would have mailed.
pub async fn outbox(State(state): State<Arc<AppState>>) -> Result<Json<Value>, ApiError> {
    let mails = state.store.outbox().await?;
    Ok(Json(Value::Array(mails.iter().map(|m| json!({ "to": m.recipient, "subject": m.subject, "body": m.body, "created_at": time(m.created_at) })).collect())))
}

#[derive(Deserialize)]
pub struct Advance {
    advance_ms: Millis,
}

/// The furthest the test clock moves in one step: a year, more than any rule needs.
pub const MAX_ADVANCE: Millis = 366 * 24 * 60 * 60 * 1000;

/// Test mode only: moves the server's clock forward (never back: every rule assumes time goes
/// on), by at most [`MAX_ADVANCE`] at a time.
pub async fn advance_clock(State(state): State<Arc<AppState>>, Json(body): Json<Advance>) -> Result<Json<Value>, ApiError> {
    let clock = state.test_clock.as_ref().ok_or(ApiError::NotFound("There is nothing at this address.".into()))?;
    if !(0..=MAX_ADVANCE).contains(&body.advance_ms) {
        return Err(ApiError::BadRequest(Problem::InvalidAdvance, format!("`advance_ms` is from 0 to {MAX_ADVANCE} (a year): the test clock only moves forward.")));
    }
    Ok(Json(json!({ "now": time(clock.advance(body.advance_ms)) })))
}

#[derive(Deserialize)]
pub struct UploadQuery {
    question: String,
    name: String,
}

fn document_json(document: &crate::documents::DocumentInfo) -> Value {
    json!({
        "id": document.id,
        "question": document.question,
        "name": document.name,
        "content_type": document.content_type,
        "size": document.size,
        "uploaded_at": time(document.uploaded_at),
    })
}

/// Uploads one file to a document question: the body is the file, `Content-Type` its type. The
/// session, the application, the question and what its limits say of the declared type, size
/// and count are checked before a byte of the body is read, and it is read no further than the
/// question's size limit.
pub async fn upload_document(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(id): Path<String>,
    Query(query): Query<UploadQuery>,
    headers: HeaderMap,
    body: axum::body::Body,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let owner = caller.owner(&state).await?;
    let now = state.clock.now();
    let stored = state.store.read(&owner, &id, now).await?;
    stored.application.writable(now).map_err(StoreError::Refused)?;
    let form = state.forms.offered(&stored.form_id).await.ok_or_else(|| ApiError::Conflict(Problem::FormNotOffered, format!("The form {} is no longer offered, so nothing can be uploaded to it.", stored.form_id)))?;
    let question = form
        .pages
        .iter()
        .flat_map(|p| &p.questions)
        .find(|q| q.kind == QuestionKind::Document && q.id.as_deref() == Some(query.question.as_str()))
        .ok_or_else(|| ApiError::NotFound(format!("The form has no document question called {}.", query.question)))?;
    let limits = question.document_limits();
    let content_type = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
    let announced = headers.get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.parse().ok());
    let already = state.store.documents(&owner, &id, now).await?.iter().filter(|d| d.question == query.question).count() as u32;
    limits.admits_announced(content_type, announced, already).map_err(ApiError::Document)?;
    let content = crate::documents::read_upload(body, limits.max_bytes).await.map_err(ApiError::Document)?;
    if !content.is_empty() && !crate::documents::is_what_it_says(content_type, &content) {
        return Err(ApiError::Document(DocumentRefusal::WrongType { accepted: limits.file_types }));
    }
    let upload = crate::documents::Upload { question: &query.question, name: &query.name, content_type, content: &content };
    let document = state.store.add_document(&owner, &id, upload, &limits, now).await?;
    Ok((StatusCode::CREATED, Json(document_json(&document))))
}

pub async fn list_documents(State(state): State<Arc<AppState>>, caller: Caller, Path(id): Path<String>) -> Result<Json<Value>, ApiError> {
    let owner = caller.owner(&state).await?;
    let documents = state.store.documents(&owner, &id, state.clock.now()).await?;
    Ok(Json(Value::Array(documents.iter().map(document_json).collect())))
}

pub async fn remove_document(State(state): State<Arc<AppState>>, caller: Caller, Path((id, document)): Path<(String, String)>) -> Result<StatusCode, ApiError> {
    let owner = caller.owner(&state).await?;
    state.store.remove_document(&owner, &id, &document, state.clock.now()).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize)]
pub struct Decision {
    reference: String,
}

/// Test mode only: records that a decision has been made on an application.
pub async fn record_decision(State(state): State<Arc<AppState>>, Json(body): Json<Decision>) -> Result<StatusCode, ApiError> {
    state.store.record_decision(&body.reference, state.clock.now()).await?;
    Ok(StatusCode::NO_CONTENT)
}
