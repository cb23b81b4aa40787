//! Cross-origin requests (CORS) from the sites that embed the forms, named by `--allow-origin`
//! (exact origins; `blankett_core::account::origins`). Such a site's page runs the widget, which
//! calls the API from the browser with the session cookie (when the site and the backend are the
//! same site) or a bearer token (`auth.rs`), and may load the widget's files from here.
//!
//! For an allowed origin: a preflight (`OPTIONS` with `Access-Control-Request-Method`) under
//! `/api/` is answered at once with the methods and headers the contract uses; every other
//! answer says the origin may read it, with `Date`, `ETag`, `Retry-After` and `Location` exposed
//! (a client counts down from `Date`, saves with the `ETag`, and waits `Retry-After`). Under
//! `/api/` credentials are allowed, for the cookie; the widget's files and the catalogs are
//! public and need none. For any other origin, and without an `Origin`, nothing is added: the
//! browser keeps the answer from that page, and a preflight is refused as any unknown `OPTIONS`
//! is (405). Hand-written rather than tower-http's `CorsLayer`, which answers every preflight
//! with its methods and headers whatever the origin: here another site learns nothing.

use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use blankett_core::account::origins::{is_allowed, Origin};
use std::sync::Arc;

/// The methods the contract uses.
pub const METHODS: &str = "GET, POST, PUT, DELETE";
/// The request headers the contract reads (beside the CORS-safelisted ones).
pub const HEADERS: &str = "authorization, content-type, if-match, idempotency-key, blankett-client, accept-language";
/// The response headers a client reads.
pub const EXPOSED: &str = "Date, ETag, Retry-After, Location";
/// How long a browser may keep a preflight's answer, in seconds.
const MAX_AGE: &str = "600";

/// Whether `path` is one CORS covers: the API, the widget's files and the catalogs it fetches.
fn covered(path: &str) -> Option<Credentials> {
    if path.starts_with("/api/") {
        Some(Credentials::Allowed)
    } else if path.starts_with("/widget/") || path.starts_with("/catalogs/") {
        Some(Credentials::None)
    } else {
        None
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Credentials {
    Allowed,
    None,
}

pub async fn cors(State(allowed): State<Arc<Vec<Origin>>>, request: Request, next: Next) -> Response {
    let Some(credentials) = covered(request.uri().path()).filter(|_| !allowed.is_empty()) else {
        return next.run(request).await;
    };
    let origin = request.headers().get(header::ORIGIN).and_then(|o| o.to_str().ok()).filter(|o| is_allowed(o, &allowed)).map(str::to_string);
    let preflight = request.method() == Method::OPTIONS && request.headers().contains_key(header::ACCESS_CONTROL_REQUEST_METHOD);
    let mut response = match (&origin, preflight && credentials == Credentials::Allowed) {
        (Some(_), true) => {
            let mut answer = StatusCode::NO_CONTENT.into_response();
            let headers = answer.headers_mut();
            headers.insert(header::ACCESS_CONTROL_ALLOW_METHODS, HeaderValue::from_static(METHODS));
            headers.insert(header::ACCESS_CONTROL_ALLOW_HEADERS, HeaderValue::from_static(HEADERS));
            headers.insert(header::ACCESS_CONTROL_MAX_AGE, HeaderValue::from_static(MAX_AGE));
            answer
        }
        _ => next.run(request).await,
    };
    let headers = response.headers_mut();
    // A shared cache must not give one site's answer to another.
    headers.append(header::VARY, HeaderValue::from_static("Origin"));
    if let Some(origin) = origin.and_then(|o| HeaderValue::from_str(&o).ok()) {
        allow(headers, origin, credentials);
    }
    response
}

fn allow(headers: &mut HeaderMap, origin: HeaderValue, credentials: Credentials) {
    headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, origin);
    headers.insert(header::ACCESS_CONTROL_EXPOSE_HEADERS, HeaderValue::from_static(EXPOSED));
    if credentials == Credentials::Allowed {
        headers.insert(header::ACCESS_CONTROL_ALLOW_CREDENTIALS, HeaderValue::from_static("true"));
    }
}
