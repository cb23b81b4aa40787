//! The one error type of the HTTP boundary. Every refusal, whether a handler's, the store's or the
//! framework's (a body that is not JSON, a wrong content type, a body too large, a method the
//! route does not take), is answered as `application/problem+json` (RFC 9457) with a stable
//! `type` (`/problems/…`) that clients map to the applicant's language, and a `detail` in English
//! saying what to do. The extractors here replace axum's, whose refusals are plain text.

use blankett_core::contract::Problem;
use crate::store::StoreError;
use axum::extract::rejection::{FormRejection, JsonRejection, QueryRejection};
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::{header, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use blankett_core::lifecycle::Refusal;
use blankett_core::schema::load::SchemaIssue;
use blankett_core::schema::DocumentRefusal;
use serde_json::{json, Value};

/// Everything a request can be refused for.
#[derive(Debug)]
pub enum ApiError {
    /// 400, with its problem type.
    BadRequest(Problem, String),
    /// 422: understood, but not something this operation takes.
    Unprocessable(Problem, String),
    SignedOut,
    Forbidden(Problem, String),
    NotFound(String),
    MethodNotAllowed,
    Conflict(Problem, String),
    Gone,
    /// 413, with its problem type.
    TooLarge(Problem, String),
    UnsupportedMediaType(Problem, String),
    PreconditionRequired,
    /// Too many attempts; try again after this many seconds.
    TooManyAttempts(u64),
    /// A stale save: the body carries the application as it is now.
    Stale(Value),
    /// A confirmation of an application that is not complete: every problem, located.
    Incomplete(Vec<crate::confirming::Issue>),
    /// A form's schema file has issues: each located, for the designer.
    SchemaIssues(String, Vec<SchemaIssue>),
    Document(DocumentRefusal),
    Internal(String),
}

impl ApiError {
    pub fn internal(what: &str, error: impl std::fmt::Display) -> Self {
        ApiError::Internal(format!("{what}: {error}"))
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, kind, detail, extra) = match self {
            ApiError::BadRequest(kind, detail) => (StatusCode::BAD_REQUEST, kind, detail, None),
            ApiError::Unprocessable(kind, detail) => (StatusCode::UNPROCESSABLE_ENTITY, kind, detail, None),
            ApiError::SignedOut => (
                StatusCode::UNAUTHORIZED,
                Problem::SignedOut,
                "You are not signed in, or you were signed out after 30 minutes without activity (or 12 hours after signing in). Sign in again.".into(),
                None,
            ),
            ApiError::Forbidden(kind, detail) => (StatusCode::FORBIDDEN, kind, detail, None),
            ApiError::NotFound(detail) => (StatusCode::NOT_FOUND, Problem::NotFound, detail, None),
            ApiError::MethodNotAllowed => (StatusCode::METHOD_NOT_ALLOWED, Problem::MethodNotAllowed, "This address does not take that method; see the contract (api/openapi.yaml).".into(), None),
            ApiError::Conflict(kind, detail) => (StatusCode::CONFLICT, kind, detail, None),
            ApiError::Gone => (
                StatusCode::GONE,
                Problem::Expired,
                "The draft was deleted with its answers when its time ran out after its last save. Start the form again.".into(),
                None,
            ),
            ApiError::TooLarge(kind, detail) => (StatusCode::PAYLOAD_TOO_LARGE, kind, detail, None),
            ApiError::UnsupportedMediaType(kind, detail) => (StatusCode::UNSUPPORTED_MEDIA_TYPE, kind, detail, None),
            ApiError::TooManyAttempts(seconds) => {
                let minutes = seconds.div_ceil(60);
                let body = problem(StatusCode::TOO_MANY_REQUESTS, Problem::TooManyAttempts, &format!("Too many attempts. Try again in {minutes} minute(s)."));
                return (
                    StatusCode::TOO_MANY_REQUESTS,
                    [(header::CONTENT_TYPE, "application/problem+json".to_string()), (header::RETRY_AFTER, seconds.max(1).to_string())],
                    body.to_string(),
                )
                    .into_response();
            }
            ApiError::PreconditionRequired => (
                StatusCode::PRECONDITION_REQUIRED,
                Problem::VersionRequired,
                "Send the version you based the change on in If-Match, as the ETag you read (like \"3\"); `*` would write over changes you have not seen.".into(),
                None,
            ),
            ApiError::Stale(current) => (
                StatusCode::PRECONDITION_FAILED,
                Problem::StaleVersion,
                "The application was saved elsewhere since you read it. Nothing was written; the current version is included.".into(),
                Some(("current", current)),
            ),
            ApiError::Incomplete(issues) => (StatusCode::UNPROCESSABLE_ENTITY, Problem::Incomplete, crate::confirming::INCOMPLETE.into(), Some(("issues", json!(issues)))),
            ApiError::SchemaIssues(detail, issues) => (StatusCode::UNPROCESSABLE_ENTITY, Problem::SchemaIssues, detail, Some(("issues", json!(issues)))),
            ApiError::Document(DocumentRefusal::WrongType { accepted }) => (
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                Problem::DocumentType,
                format!("This kind of file cannot be uploaded here, or the file is not what its type says. Upload one of: {}.", accepted.join(", ")),
                None,
            ),
            ApiError::Document(DocumentRefusal::TooLarge { max_bytes }) => (
                StatusCode::PAYLOAD_TOO_LARGE,
                Problem::DocumentTooLarge,
                format!("The file is too large. Upload a file of at most {} KB.", max_bytes / 1024),
                None,
            ),
            ApiError::Document(DocumentRefusal::Empty) => (StatusCode::BAD_REQUEST, Problem::DocumentEmpty, "The file is empty. Choose the file again.".into(), None),
            ApiError::Document(DocumentRefusal::TooMany { max_files }) => (
                StatusCode::CONFLICT,
                Problem::TooManyDocuments,
                format!("At most {max_files} file(s) can be uploaded here. Remove one first."),
                None,
            ),
            ApiError::Internal(cause) => {
                eprintln!("blankett-server: {cause}");
                (StatusCode::INTERNAL_SERVER_ERROR, Problem::Internal, "Something went wrong on the server. Try again in a minute.".into(), None)
            }
        };
        let mut body = problem(status, kind, &detail);
        if let Some((name, value)) = extra {
            body[name] = value;
        }
        (status, [(header::CONTENT_TYPE, "application/problem+json")], body.to_string()).into_response()
    }
}

fn problem(status: StatusCode, kind: Problem, detail: &str) -> Value {
    json!({ "type": format!("/problems/{}", kind.name()), "title": status.canonical_reason(), "status": status.as_u16(), "detail": detail })
}

impl From<StoreError> for ApiError {
    fn from(error: StoreError) -> Self {
        use blankett_core::account::MIN_PASSWORD_LENGTH;
        match error {
            StoreError::NotFound => ApiError::NotFound("There is no such application.".into()),
            StoreError::Refused(Refusal::Expired) => ApiError::Gone,
            StoreError::Refused(Refusal::Locked) => ApiError::Conflict(Problem::Locked, "The application is confirmed; nothing can be changed.".into()),
            StoreError::Refused(Refusal::AlreadyConfirmed) => {
                ApiError::Conflict(Problem::AlreadyConfirmed, "The application is already confirmed (with another Idempotency-Key).".into())
            }
            StoreError::Refused(Refusal::StaleVersion { .. }) => ApiError::Internal("a stale version reached the generic mapping".into()),
            StoreError::Document(refusal) => ApiError::Document(refusal),
            StoreError::NoMoreTime { allowed } => ApiError::Conflict(
                Problem::NoMoreTime,
                format!("This page cannot get more time; it has had the {allowed} extensions the form allows. Save your answers before its time runs out."),
            ),
            StoreError::TooManyDrafts { max } => ApiError::Conflict(
                Problem::TooManyDrafts,
                format!("You already have {max} drafts of this form. Continue one of them (the newest is offered when you open the form), or confirm one first."),
            ),
            StoreError::Database(cause) => ApiError::Internal(cause),
            StoreError::InvalidEmail => ApiError::BadRequest(Problem::InvalidEmail, "Enter an email address in the right format, like name@example.com.".into()),
            StoreError::WeakPassword => ApiError::BadRequest(Problem::WeakPassword, format!("Choose a password of at least {MIN_PASSWORD_LENGTH} characters.")),
            StoreError::Exists => ApiError::Conflict(Problem::AccountExists, "An account with this email address exists. Sign in, or recover the password.".into()),
            StoreError::WrongCredentials => ApiError::Forbidden(Problem::WrongCredentials, "The email address or the password is not right.".into()),
            StoreError::NotVerified => ApiError::Forbidden(Problem::NotVerified, "Confirm your email address with the code we sent to it first.".into()),
            StoreError::WrongCode => ApiError::BadRequest(Problem::WrongCode, "The code is not right. Check the latest email from us.".into()),
            StoreError::CodeExpired => ApiError::BadRequest(Problem::CodeExpired, "The code only works for 30 minutes and has expired. Ask for a new code.".into()),
            StoreError::CodeUsedUp => ApiError::Forbidden(Problem::CodeUsedUp, "The code was entered wrongly too many times. Ask for a new code.".into()),
            StoreError::SignedOut => ApiError::SignedOut,
            StoreError::TooManyAttempts(seconds) => ApiError::TooManyAttempts(seconds),
            StoreError::NoStep => ApiError::Forbidden(Problem::WrongCredentials, "The email address or the password is not right.".into()),
            StoreError::TwoStepRequired => ApiError::Forbidden(
                Problem::TwoStepRequired,
                "This account has two-step verification: sign in on the sign-in page (/sign-in), which sends the code by text message.".into(),
            ),
        }
    }
}

impl From<JsonRejection> for ApiError {
    fn from(rejection: JsonRejection) -> Self {
        match rejection {
            JsonRejection::JsonSyntaxError(e) => ApiError::BadRequest(Problem::MalformedJson, format!("The body is not JSON: {}. Send it as the contract shows.", e.body_text())),
            JsonRejection::JsonDataError(e) => ApiError::Unprocessable(Problem::InvalidBody, format!("The body is not what this operation takes: {}.", e.body_text())),
            JsonRejection::MissingJsonContentType(_) => {
                ApiError::UnsupportedMediaType(Problem::UnsupportedMediaType, "Send the body as JSON, with `Content-Type: application/json`.".into())
            }
            other if other.status() == StatusCode::PAYLOAD_TOO_LARGE => too_large(),
            other => ApiError::BadRequest(Problem::MalformedJson, format!("The body could not be read: {}.", other.body_text())),
        }
    }
}

fn too_large() -> ApiError {
    ApiError::TooLarge(Problem::BodyTooLarge, "The body is larger than this operation takes (2 MB). Send less.".into())
}

impl From<QueryRejection> for ApiError {
    fn from(rejection: QueryRejection) -> Self {
        ApiError::BadRequest(Problem::InvalidQuery, format!("The address's query is not what this operation takes: {}.", rejection.body_text()))
    }
}

/// A JSON body, or a problem+json refusal.
#[derive(Debug, Clone, Copy, Default)]
pub struct Json<T>(pub T);

impl<T: serde::de::DeserializeOwned, S: Send + Sync> FromRequest<S> for Json<T> {
    type Rejection = ApiError;
    async fn from_request(request: Request, state: &S) -> Result<Self, ApiError> {
        axum::Json::<T>::from_request(request, state).await.map(|axum::Json(value)| Json(value)).map_err(ApiError::from)
    }
}

impl<T: serde::Serialize> IntoResponse for Json<T> {
    fn into_response(self) -> Response {
        axum::Json(self.0).into_response()
    }
}

/// The address's query, or a problem+json refusal.
#[derive(Debug, Clone, Copy, Default)]
pub struct Query<T>(pub T);

impl<T: serde::de::DeserializeOwned, S: Send + Sync> FromRequestParts<S> for Query<T> {
    type Rejection = ApiError;
    async fn from_request_parts(parts: &mut axum::http::request::Parts, state: &S) -> Result<Self, ApiError> {
        axum::extract::Query::<T>::from_request_parts(parts, state).await.map(|q| Query(q.0)).map_err(ApiError::from)
    }
}

/// Whether a refused form post (the sign-in pages) was refused for its size.
pub fn form_too_large(rejection: &FormRejection) -> bool {
    rejection.status() == StatusCode::PAYLOAD_TOO_LARGE
}

/// The last line of the rule: a refusal under `/api/` that is not yet problem+json (the router's
/// 405, or a framework refusal this module has no extractor for) becomes one, so that a client
/// never has to read plain text.
pub async fn problems_only(request: Request, next: Next) -> Response {
    let api = request.uri().path().starts_with("/api/");
    let response = next.run(request).await;
    let status = response.status();
    let is_problem = response.headers().get(header::CONTENT_TYPE).is_some_and(|v| v.as_bytes().starts_with(b"application/problem+json"));
    if !api || is_problem || !(status.is_client_error() || status.is_server_error()) {
        return response;
    }
    let error = match status {
        StatusCode::METHOD_NOT_ALLOWED => ApiError::MethodNotAllowed,
        StatusCode::NOT_FOUND => ApiError::NotFound("There is nothing at this address.".into()),
        StatusCode::PAYLOAD_TOO_LARGE => too_large(),
        StatusCode::UNSUPPORTED_MEDIA_TYPE => ApiError::UnsupportedMediaType(Problem::UnsupportedMediaType, "This operation does not take a body of that type.".into()),
        StatusCode::UNPROCESSABLE_ENTITY => ApiError::Unprocessable(Problem::InvalidBody, "The body is not what this operation takes.".into()),
        status if status.is_client_error() => ApiError::BadRequest(Problem::BadRequest, "The request is not what this operation takes; see the contract (api/openapi.yaml).".into()),
        status => ApiError::Internal(format!("a {status} without a problem body")),
    };
    let mut answer = error.into_response();
    // Keep what the original said besides its body (Allow on a 405, for one).
    for (name, value) in response.headers() {
        if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH {
            answer.headers_mut().insert(name.clone(), value.clone());
        }
    }
    answer
}
