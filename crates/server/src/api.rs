//! The contract's endpoints for accounts, sessions and applications (`api/openapi.yaml`). Each
//! handler reads the request, lets the store and the engine decide, and answers; every refusal
//! becomes one `ApiError`, mapped once to a status and a problem+json body whose `type` a client
//! can rely on.

use crate::accounts::AccountError;
use crate::store::{Change, StoreError, Stored};
use crate::AppState;
use axum::extract::{Path, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::Json;
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use blankett_core::lifecycle::{Millis, Receipt, Refusal, State as LifeState};
use blankett_core::schema::{DocumentRefusal, QuestionKind, TimeOutPolicy};
use blankett_core::timing::{extensions, page_limit};
use serde::Deserialize;
use serde_json::{json, Value};
use std::sync::Arc;

pub const SESSION_COOKIE: &str = "blankett_session";
/// The header every state-changing request must carry. A page on another site cannot send it
/// without a CORS preflight, which this server never grants: that is the CSRF protection.
pub const CLIENT_HEADER: &str = "blankett-client";

/// Everything a request can be refused for.
#[derive(Debug)]
pub enum ApiError {
    BadRequest(&'static str, String),
    SignedOut,
    Forbidden(&'static str, String),
    NotFound(String),
    Conflict(&'static str, String),
    Gone,
    PreconditionRequired,
    /// Too many attempts; try again after this many seconds.
    TooManyAttempts(u64),
    /// A stale save: the body carries the application as it is now.
    Stale(Value),
    /// A confirmation of an application that is not complete: every problem, located.
    Incomplete(Vec<crate::confirming::Issue>),
    Document(DocumentRefusal),
    Internal(String),
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, kind, detail, extra) = match self {
            ApiError::BadRequest(kind, detail) => (StatusCode::BAD_REQUEST, kind, detail, None),
            ApiError::SignedOut => (StatusCode::UNAUTHORIZED, "signed-out", "You are not signed in, or you were signed out after 30 minutes without activity. Sign in again.".into(), None),
            ApiError::Forbidden(kind, detail) => (StatusCode::FORBIDDEN, kind, detail, None),
            ApiError::NotFound(detail) => (StatusCode::NOT_FOUND, "not-found", detail, None),
            ApiError::Conflict(kind, detail) => (StatusCode::CONFLICT, kind, detail, None),
            ApiError::Gone => (
                StatusCode::GONE,
                "expired",
                "The draft was deleted with its answers when its time ran out after its last save. Start the form again.".into(),
                None,
            ),
            ApiError::TooManyAttempts(seconds) => {
                let minutes = seconds.div_ceil(60);
                let body = json!({
                    "type": "/problems/too-many-attempts",
                    "title": "Too Many Requests",
                    "status": 429,
                    "detail": format!("Too many attempts. Try again in {minutes} minute(s)."),
                });
                return (StatusCode::TOO_MANY_REQUESTS, [(header::CONTENT_TYPE, "application/problem+json".to_string()), (header::RETRY_AFTER, seconds.to_string())], body.to_string())
                    .into_response();
            }
            ApiError::PreconditionRequired => (
                StatusCode::PRECONDITION_REQUIRED,
                "version-required",
                "Send the version you based the change on in If-Match.".into(),
                None,
            ),
            ApiError::Stale(current) => (
                StatusCode::PRECONDITION_FAILED,
                "stale-version",
                "The application was saved elsewhere since you read it. Nothing was written; the current version is included.".into(),
                Some(("current", current)),
            ),
            ApiError::Incomplete(issues) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                "incomplete",
                crate::confirming::INCOMPLETE.into(),
                Some(("issues", json!(issues))),
            ),
            ApiError::Document(DocumentRefusal::WrongType { accepted }) => (
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "document-type",
                format!("This kind of file cannot be uploaded here. Upload one of: {}.", accepted.join(", ")),
                None,
            ),
            ApiError::Document(DocumentRefusal::TooLarge { max_bytes }) => (
                StatusCode::PAYLOAD_TOO_LARGE,
                "document-too-large",
                format!("The file is too large. Upload a file of at most {} KB.", max_bytes / 1024),
                None,
            ),
            ApiError::Document(DocumentRefusal::Empty) => (StatusCode::BAD_REQUEST, "document-empty", "The file is empty. Choose the file again.".into(), None),
            ApiError::Document(DocumentRefusal::TooMany { max_files }) => (
                StatusCode::CONFLICT,
                "too-many-documents",
                format!("At most {max_files} file(s) can be uploaded here. Remove one first."),
                None,
            ),
            ApiError::Internal(cause) => {
                eprintln!("blankett-server: {cause}");
                (StatusCode::INTERNAL_SERVER_ERROR, "internal", "Something went wrong on the server. Try again in a minute.".into(), None)
            }
        };
        let mut body = json!({ "type": format!("/problems/{kind}"), "title": status.canonical_reason(), "status": status.as_u16(), "detail": detail });
        if let Some((name, value)) = extra {
            body[name] = value;
        }
        (status, [(header::CONTENT_TYPE, "application/problem+json")], body.to_string()).into_response()
    }
}

impl From<StoreError> for ApiError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::NotFound => ApiError::NotFound("There is no such application.".into()),
            StoreError::Refused(Refusal::Expired) => ApiError::Gone,
            StoreError::Refused(Refusal::Locked) => ApiError::Conflict("locked", "The application is confirmed; nothing can be changed.".into()),
            StoreError::Refused(Refusal::AlreadyConfirmed) => {
                ApiError::Conflict("already-confirmed", "The application is already confirmed (with another Idempotency-Key).".into())
            }
            StoreError::Refused(Refusal::StaleVersion { .. }) => ApiError::Internal("a stale version reached the generic mapping".into()),
            StoreError::Document(refusal) => ApiError::Document(refusal),
            StoreError::NoMoreTime { allowed } => ApiError::Conflict(
                "no-more-time",
                format!("This page cannot get more time; it has had the {allowed} extensions the form allows. Save your answers before its time runs out."),
            ),
            StoreError::Database(cause) => ApiError::Internal(cause),
        }
    }
}

impl From<AccountError> for ApiError {
    fn from(error: AccountError) -> Self {
        match error {
            AccountError::InvalidEmail => ApiError::BadRequest("invalid-email", "Enter an email address in the right format, like name@example.com.".into()),
            AccountError::WeakPassword => ApiError::BadRequest(
                "weak-password",
                format!("Choose a password of at least {} characters.", crate::accounts::MIN_PASSWORD_LENGTH),
            ),
            AccountError::Exists => ApiError::Conflict("account-exists", "An account with this email address exists. Sign in, or recover the password.".into()),
            AccountError::WrongCredentials => ApiError::Forbidden("wrong-credentials", "The email address or the password is not right.".into()),
            AccountError::NotVerified => ApiError::Forbidden("not-verified", "Confirm your email address with the code we sent to it first.".into()),
            AccountError::WrongCode => ApiError::BadRequest("wrong-code", "The code is not right. Check the latest email from us.".into()),
            AccountError::CodeUsedUp => ApiError::Forbidden("code-used-up", "The code was entered wrongly too many times. Ask for a new code.".into()),
            AccountError::SignedOut => ApiError::SignedOut,
            AccountError::Store(error) => error.into(),
        }
    }
}

/// Refuses a state-changing API request that lacks the client header (see `CLIENT_HEADER`).
pub async fn require_client_header(request: Request, next: Next) -> Response {
    let changes_state = !matches!(*request.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    if changes_state && request.uri().path().starts_with("/api/") && !request.headers().contains_key(CLIENT_HEADER) {
        return ApiError::Forbidden("missing-client-header", format!("Requests that change anything must carry the `{CLIENT_HEADER}` header.")).into_response();
    }
    next.run(request).await
}

fn signed_in(state: &AppState, jar: &CookieJar) -> Result<String, ApiError> {
    let token = jar.get(SESSION_COOKIE).ok_or(ApiError::SignedOut)?;
    Ok(state.store.session(token.value(), state.clock.now())?)
}

#[derive(Deserialize)]
pub struct Credentials {
    email: String,
    password: String,
}

pub async fn create_account(State(state): State<Arc<AppState>>, Json(body): Json<Credentials>) -> Result<StatusCode, ApiError> {
    state.store.create_account(&body.email, &body.password, state.clock.now())?;
    Ok(StatusCode::CREATED)
}

#[derive(Deserialize)]
pub struct Verification {
    email: String,
    code: String,
}

pub async fn verify_account(State(state): State<Arc<AppState>>, Json(body): Json<Verification>) -> Result<StatusCode, ApiError> {
    state.store.verify_account(&body.email, &body.code)?;
    Ok(StatusCode::NO_CONTENT)
}

pub async fn sign_in(State(state): State<Arc<AppState>>, jar: CookieJar, Json(body): Json<Credentials>) -> Result<(StatusCode, CookieJar, Json<Value>), ApiError> {
    limit_attempts(&state, &[sign_in_key(&body.email)], state.clock.now())?;
    let token = state.store.sign_in(&body.email, &body.password, state.clock.now())?;
    Ok((StatusCode::CREATED, jar.add(session_cookie(token, state.config.secure_cookies)), Json(json!({ "email": body.email.trim().to_ascii_lowercase() }))))
}

/// The session cookie: not readable by scripts, never sent from another site, and only over TLS
/// when the server is behind it.
pub fn session_cookie(token: String, secure: bool) -> Cookie<'static> {
    Cookie::build((SESSION_COOKIE, token)).http_only(true).same_site(SameSite::Strict).secure(secure).path("/").build()
}

pub async fn current_session(State(state): State<Arc<AppState>>, jar: CookieJar) -> Result<Json<Value>, ApiError> {
    Ok(Json(json!({ "email": signed_in(&state, &jar)? })))
}

pub async fn sign_out(State(state): State<Arc<AppState>>, jar: CookieJar) -> Result<(StatusCode, CookieJar), ApiError> {
    Ok((StatusCode::NO_CONTENT, end_session(&state, jar)?))
}

/// Ends the session the cookie names, if any, and removes the cookie.
pub fn end_session(state: &AppState, jar: CookieJar) -> Result<CookieJar, ApiError> {
    if let Some(token) = jar.get(SESSION_COOKIE) {
        state.store.sign_out(token.value())?;
    }
    Ok(jar.remove(Cookie::build(SESSION_COOKIE).path("/")))
}

fn time(ms: Millis) -> String {
    chrono::DateTime::from_timestamp_millis(ms).map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)).unwrap_or_default()
}

fn etag(version: u64) -> HeaderValue {
    HeaderValue::from_str(&format!("\"{version}\"")).expect("a version is a valid header value")
}

/// An application as the contract describes it. `form` is the form it is for, if the server still
/// offers it: the current page's deadline comes from its time limit (R2), and how many more times
/// the page may get more time from its `time_extensions`.
fn application_json(stored: &Stored, form: Option<&blankett_core::schema::Form>) -> Value {
    let app = &stored.application;
    let timed = form.filter(|_| app.state == LifeState::Draft);
    let deadline = timed.map(|form| stored.page_started_at + page_limit(form, stored.page as usize));
    let extensions_left = timed.map(|form| extensions(form).saturating_sub(stored.page_extensions));
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
    let form = crate::offered_form(&state.config, &stored.form_id).await;
    (status, [(header::ETAG, etag(stored.application.version))], Json(application_json(stored, form.as_ref()))).into_response()
}

#[derive(Deserialize)]
pub struct NewApplication {
    form_id: String,
}

pub async fn create_application(State(state): State<Arc<AppState>>, jar: CookieJar, Json(body): Json<NewApplication>) -> Result<Response, ApiError> {
    let owner = signed_in(&state, &jar)?;
    let form = crate::offered_form(&state.config, &body.form_id).await.ok_or_else(|| ApiError::NotFound(format!("There is no form called {}.", body.form_id)))?;
    let stored = state.store.create(&owner, &body.form_id, form.kind, state.clock.now())?;
    Ok(with_etag(&state, &stored, StatusCode::CREATED).await)
}

/// The signed-in applicant's applications, the most recently saved first: how a client finds a
/// draft to continue (R5). Beside them, the drafts deleted when their time ran out (R4), the
/// latest expiry first, so that the app can say so instead of showing an empty form.
pub async fn list_applications(State(state): State<Arc<AppState>>, jar: CookieJar) -> Result<Json<Value>, ApiError> {
    let owner = signed_in(&state, &jar)?;
    let now = state.clock.now();
    // Listing first turns drafts that have just expired into records, so they are in `expired`.
    let list = state.store.list(&owner, now)?;
    let expired: Vec<Value> = state
        .store
        .expired_drafts(&owner, now)?
        .iter()
        .map(|draft| json!({ "id": draft.id, "form_id": draft.form_id, "saved_at": time(draft.saved_at), "expires_at": time(draft.expired_at) }))
        .collect();
    let mut forms = std::collections::HashMap::new();
    let mut applications = Vec::with_capacity(list.len());
    for stored in &list {
        if !forms.contains_key(&stored.form_id) {
            forms.insert(stored.form_id.clone(), crate::offered_form(&state.config, &stored.form_id).await);
        }
        applications.push(application_json(stored, forms[&stored.form_id].as_ref()));
    }
    Ok(Json(json!({ "applications": applications, "expired": expired })))
}

pub async fn read_application(State(state): State<Arc<AppState>>, jar: CookieJar, Path(id): Path<String>) -> Result<Response, ApiError> {
    let owner = signed_in(&state, &jar)?;
    let stored = state.store.read(&owner, &id, state.clock.now())?;
    Ok(with_etag(&state, &stored, StatusCode::OK).await)
}

#[derive(Deserialize)]
pub struct Save {
    answers: serde_json::Map<String, Value>,
    page: u32,
}

/// A version from `If-Match: "7"` (or a weak `W/"7"`).
fn if_match(headers: &HeaderMap) -> Result<u64, ApiError> {
    let raw = headers.get(header::IF_MATCH).ok_or(ApiError::PreconditionRequired)?.to_str().unwrap_or_default();
    raw.trim().trim_start_matches("W/").trim_matches('"').parse().map_err(|_| ApiError::BadRequest("bad-if-match", "If-Match must be the application's ETag, like \"3\".".into()))
}

pub async fn save_application(State(state): State<Arc<AppState>>, jar: CookieJar, Path(id): Path<String>, headers: HeaderMap, Json(body): Json<Save>) -> Result<Response, ApiError> {
    let owner = signed_in(&state, &jar)?;
    let based_on = if_match(&headers)?;
    let now = state.clock.now();
    let answers = Value::Object(body.answers).to_string();
    // The form decides the page's time limit and what a save after it does (R2).
    let form = crate::offered_form(&state.config, &state.store.read(&owner, &id, now)?.form_id).await;
    let change = Change { based_on, answers: &answers, page: body.page };
    match state.store.save_timed(&owner, &id, change, form.as_ref(), now) {
        Ok(saved) => {
            let response = with_etag(&state, &state.store.read(&owner, &id, now)?, StatusCode::OK).await;
            if saved.timed_out == Some(TimeOutPolicy::SaveAndSignOut) {
                // The answers are saved; the page's time ran out, so this session ends with them.
                return Ok((end_session(&state, jar)?, response).into_response());
            }
            Ok(response)
        }
        Err(StoreError::Refused(Refusal::StaleVersion { .. })) => {
            let current = state.store.read(&owner, &id, now)?;
            Err(ApiError::Stale(application_json(&current, form.as_ref())))
        }
        Err(error) => Err(error.into()),
    }
}

/// More time on the current page (WCAG 2.2.1): its full time again from now, as many times as the
/// form's `time_extensions` allows on one page. No body and no If-Match: the answers and the
/// version do not change.
pub async fn extend_page_time(State(state): State<Arc<AppState>>, jar: CookieJar, Path(id): Path<String>) -> Result<Response, ApiError> {
    let owner = signed_in(&state, &jar)?;
    let now = state.clock.now();
    let current = state.store.read(&owner, &id, now)?;
    // A form no longer offered has no deadline to extend; the default count keeps this harmless.
    let allowed = crate::offered_form(&state.config, &current.form_id).await.map_or(blankett_core::timing::MIN_EXTENSIONS, |form| extensions(&form));
    let stored = state.store.extend(&owner, &id, allowed, now)?;
    Ok(with_etag(&state, &stored, StatusCode::OK).await)
}

/// Confirms a complete draft, once (R8), and mails the confirmation (R9). The draft is checked
/// again here (`confirming::issues`), since a browser can be tampered with; an application that
/// is already confirmed is not, so that a retry with the same key still gets its receipt.
pub async fn confirm_application(State(state): State<Arc<AppState>>, jar: CookieJar, Path(id): Path<String>, headers: HeaderMap) -> Result<Json<Value>, ApiError> {
    let owner = signed_in(&state, &jar)?;
    let key = headers
        .get("idempotency-key")
        .and_then(|v| v.to_str().ok())
        .filter(|k| !k.trim().is_empty())
        .ok_or(ApiError::BadRequest("idempotency-key-required", "Send an Idempotency-Key header so that a retry cannot confirm twice.".into()))?;
    let now = state.clock.now();
    let form_id = state.store.read(&owner, &id, now)?.form_id;
    let form = crate::offered_form(&state.config, &form_id).await;
    let today = chrono::DateTime::from_timestamp_millis(now).map(|t| t.date_naive()).unwrap_or_default();
    let check = |draft: &Stored, documents: &[crate::documents::DocumentInfo]| {
        let form = form.as_ref().ok_or_else(|| {
            ApiError::Conflict("form-not-offered", format!("The form {form_id} is no longer offered, so this application cannot be confirmed."))
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
    let mail = |receipt: &Receipt| form.as_ref().map(|form| confirmation_mail(form, receipt));
    let receipt = state.store.confirm_checked(&owner, &id, key, now, check, mail)?;
    Ok(Json(receipt_json(&receipt)))
}

/// The confirmation mail (R9), in plain text: the form, the reference number and the day of the
/// confirmation (UTC), in Swedish and in English.
pub fn confirmation_mail(form: &blankett_core::schema::Form, receipt: &Receipt) -> (String, String) {
    use chrono::Datelike;
    const SV_MONTHS: [&str; 12] = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];
    const EN_MONTHS: [&str; 12] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    let date = chrono::DateTime::from_timestamp_millis(receipt.confirmed_at).unwrap_or_default().date_naive();
    let (day, month, year) = (date.day(), date.month0() as usize, date.year());
    let title = |code| form.title.get(&blankett_core::text::Locale::new(code)).to_string();
    let body = format!(
        "Vi har tagit emot din ansökan: {sv}.\nReferensnummer: {reference}\nBekräftad: {day} {sv_month} {year}\n\n\
         We have received your application: {en}.\nReference number: {reference}\nConfirmed: {day} {month} {year}\n",
        sv = title("sv"),
        en = title("en"),
        reference = receipt.reference,
        sv_month = SV_MONTHS[month],
        month = EN_MONTHS[month],
    );
    ("Application received / Ansökan mottagen".to_string(), body)
}

/// Development and test only: what the server would have mailed.
pub async fn outbox(State(state): State<Arc<AppState>>) -> Result<Json<Value>, ApiError> {
    let mails = state.store.outbox()?;
    Ok(Json(Value::Array(mails.iter().map(|m| json!({ "to": m.recipient, "subject": m.subject, "body": m.body, "created_at": time(m.created_at) })).collect())))
}

#[derive(Deserialize)]
pub struct Advance {
    advance_ms: Millis,
}

/// Test mode only: moves the server's clock forward.
pub async fn advance_clock(State(state): State<Arc<AppState>>, Json(body): Json<Advance>) -> Result<Json<Value>, ApiError> {
    let clock = state.test_clock.as_ref().ok_or(ApiError::NotFound("There is nothing at this address.".into()))?;
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

/// Uploads one file to a document question: the body is the file, `Content-Type` its type.
pub async fn upload_document(
    State(state): State<Arc<AppState>>,
    jar: CookieJar,
    Path(id): Path<String>,
    axum::extract::Query(query): axum::extract::Query<UploadQuery>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let owner = signed_in(&state, &jar)?;
    let now = state.clock.now();
    let stored = state.store.read(&owner, &id, now)?;
    let form = crate::offered_form(&state.config, &stored.form_id).await.ok_or_else(|| ApiError::Internal(format!("the form {} is no longer offered", stored.form_id)))?;
    let question = form
        .pages
        .iter()
        .flat_map(|p| &p.questions)
        .find(|q| q.kind == QuestionKind::Document && q.id.as_deref() == Some(query.question.as_str()))
        .ok_or_else(|| ApiError::NotFound(format!("The form has no document question called {}.", query.question)))?;
    let content_type = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
    let upload = crate::documents::Upload { question: &query.question, name: &query.name, content_type, content: &body };
    let document = state.store.add_document(&owner, &id, upload, &question.document_limits(), now)?;
    Ok((StatusCode::CREATED, Json(document_json(&document))))
}

pub async fn list_documents(State(state): State<Arc<AppState>>, jar: CookieJar, Path(id): Path<String>) -> Result<Json<Value>, ApiError> {
    let owner = signed_in(&state, &jar)?;
    let documents = state.store.documents(&owner, &id, state.clock.now())?;
    Ok(Json(Value::Array(documents.iter().map(document_json).collect())))
}

pub async fn remove_document(State(state): State<Arc<AppState>>, jar: CookieJar, Path((id, document)): Path<(String, String)>) -> Result<StatusCode, ApiError> {
    let owner = signed_in(&state, &jar)?;
    state.store.remove_document(&owner, &id, &document, state.clock.now())?;
    Ok(StatusCode::NO_CONTENT)
}

/// Records one attempt under each key, or refuses (429) if any key has had its `max` within its
/// window (`blankett_core::attempts`). Kept in memory: a restart forgets, which only helps a
/// guesser once.
pub fn limit_attempts(state: &AppState, keys: &[(String, (usize, Millis))], now: Millis) -> Result<(), ApiError> {
    let mut attempts = state.lookups.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    for (key, (max, window)) in keys {
        if let Some(wait) = attempts.get(key).and_then(|a| a.retry_after(now, *max, *window)) {
            return Err(ApiError::TooManyAttempts((wait as u64).div_ceil(1000)));
        }
    }
    for (key, (max, window)) in keys {
        attempts.entry(key.clone()).or_default().allow(now, *max, *window);
    }
    Ok(())
}

/// Sign-in attempts allowed per email address, so that a password cannot be guessed quickly.
pub const SIGN_INS_PER_EMAIL: (usize, Millis) = (10, 15 * 60 * 1000);

/// The rate-limit key of signing in as `email`.
pub fn sign_in_key(email: &str) -> (String, (usize, Millis)) {
    (format!("sign-in {}", email.trim().to_ascii_lowercase()), SIGN_INS_PER_EMAIL)
}

/// Status lookups allowed per client address, and per reference number (so that many addresses
/// together cannot try every date of birth for one reference).
const LOOKUPS_PER_CLIENT: (usize, Millis) = (20, 10 * 60 * 1000);
const LOOKUPS_PER_REFERENCE: (usize, Millis) = (5, 60 * 60 * 1000);
/// The longest of the windows: a record idle this long limits nothing.
pub const LOOKUP_WINDOW_MAX: Millis = 60 * 60 * 1000;

#[derive(Deserialize)]
pub struct StatusQuery {
    reference: String,
    date_of_birth: String,
}

/// R12: an applicant without e-ID or account looks up their application's status with its
/// reference number and their date of birth.
pub async fn application_status(
    State(state): State<Arc<AppState>>,
    // Absent when the router is called without a socket (tests with `oneshot`).
    client: Option<axum::Extension<axum::extract::ConnectInfo<std::net::SocketAddr>>>,
    Json(query): Json<StatusQuery>,
) -> Result<Json<Value>, ApiError> {
    let now = state.clock.now();
    let reference = query.reference.trim().to_ascii_uppercase();
    let client = client.map_or_else(|| "unknown".to_string(), |c| c.0 .0.ip().to_string());
    limit_attempts(&state, &[(format!("client {client}"), LOOKUPS_PER_CLIENT), (format!("reference {reference}"), LOOKUPS_PER_REFERENCE)], now)?;
    let status = state.store.status(&reference, &query.date_of_birth).map_err(|error| match error {
        StoreError::NotFound => ApiError::NotFound("No application matches this reference number and date of birth. Check both and try again.".into()),
        other => other.into(),
    })?;
    Ok(Json(json!({ "status": match status { crate::store::Status::Registered => "registered", crate::store::Status::DecisionMade => "decision-made" } })))
}

#[derive(Deserialize)]
pub struct Decision {
    reference: String,
}

/// Test mode only: records that a decision has been made on an application.
pub async fn record_decision(State(state): State<Arc<AppState>>, Json(body): Json<Decision>) -> Result<StatusCode, ApiError> {
    state.store.record_decision(&body.reference, state.clock.now())?;
    Ok(StatusCode::NO_CONTENT)
}
