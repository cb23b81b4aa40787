//! The Blankett reference backend: serves the built web app and the forms in `forms/`, with the
//! security headers every response needs.
//!
//! `app(config)` builds the whole router without a socket, so tests call it with `oneshot`.

use axum::{
    extract::{Path, Query, State},
    http::{header, HeaderMap, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
    routing::{get, post},
    Json, Router,
};
use axum_extra::extract::cookie::CookieJar;
use serde::Serialize;
use std::path::PathBuf;
use std::sync::Arc;
use tower_http::{
    services::{ServeDir, ServeFile},
    set_header::SetResponseHeaderLayer,
};

pub mod accounts;
pub mod api;
pub mod auth;
pub mod bankid;
pub mod clock;
pub mod confirming;
pub mod cors;
pub mod database;
pub mod documents;
pub mod eid;
pub mod error;
pub mod forms;
pub mod import;
pub mod limits;
pub mod linger;
pub mod lint;
pub mod mail;
pub mod new_form;
pub mod pages;
pub mod preview;
pub mod recovery;
pub mod sign_in;
pub mod steps;
pub mod store;
pub mod support;
pub mod texts;

use error::ApiError;

/// The JSON Schema of the schema format, generated from the engine's types; committed as
/// `forms/schema.json` so that editors complete and check what designers type.
pub fn json_schema() -> String {
    let mut schema = schemars::schema_for!(blankett_core::schema::Form);
    schema.insert("title".into(), "Blankett form".into());
    schema.insert(
        "description".into(),
        "A Blankett application form. Generated from crates/core/src/schema.rs by `cargo run -p blankett-server -- json-schema`; `blankett-server lint` checks what a JSON Schema cannot.".into(),
    );
    serde_json::to_string_pretty(&schema).expect("a JSON Schema serializes") + "\n"
}

/// The policy the built app is made to run under: no inline script, WebAssembly compiled from our
/// own origin only. The e2e tests fail on any violation of it.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

/// [`CONTENT_SECURITY_POLICY`], where the sign-in page may also return to the pages of the sites
/// that embed the forms (`--allow-origin`): a browser holds a form's redirect to its
/// `form-action` too.
pub fn content_security_policy(allowed: &[blankett_core::account::origins::Origin]) -> HeaderValue {
    if allowed.is_empty() {
        return HeaderValue::from_static(CONTENT_SECURITY_POLICY);
    }
    let origins: Vec<&str> = allowed.iter().map(|origin| origin.as_str()).collect();
    let policy = CONTENT_SECURITY_POLICY.replace("form-action 'self'", &format!("form-action 'self' {}", origins.join(" ")));
    HeaderValue::from_str(&policy).unwrap_or(HeaderValue::from_static(CONTENT_SECURITY_POLICY))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Production,
    /// Adds `GET /api/dev/outbox`, so a developer reads the mail the server would send.
    Development,
    /// Development, plus `POST /api/test/clock` to move time forward for the conformance suite.
    Test,
}

#[derive(Clone, Debug)]
pub struct Config {
    /// The folder trunk built the app into.
    pub dist: PathBuf,
    /// The folder of schema files.
    pub forms: PathBuf,
    /// Where the database is: a SQLite file (created if missing), `sqlite://…` or
    /// `postgres://…` (`database::Address`); migrated on start.
    pub database: String,
    /// The most connections the store keeps open (`database::DEFAULT_POOL_SIZE`).
    pub pool_size: u32,
    /// The proxies (load balancers) whose `X-Forwarded-For` names the client (`limits.rs`).
    pub trusted_proxies: Vec<limits::Proxy>,
    pub mode: Mode,
    /// Mark the session cookie `Secure` (behind TLS).
    pub secure_cookies: bool,
    /// The deployment's sign-in file (`eid.rs`): the e-identification methods it offers.
    pub sign_in_config: Option<PathBuf>,
    /// The deployment's service file (`support/mod.rs`): its time zone and support contacts.
    pub service_config: Option<PathBuf>,
    /// The other sites whose pages embed the forms (`--allow-origin`, see `cors.rs`): their
    /// pages may call the API from the browser, and signing in may return to them.
    pub allowed_origins: Vec<blankett_core::account::origins::Origin>,
}

pub struct AppState {
    pub config: Config,
    pub store: store::Store,
    pub clock: Arc<dyn clock::Clock>,
    /// The same clock as `clock` in test mode, so the test endpoint can move it.
    pub test_clock: Option<Arc<clock::TestClock>>,
    /// Recent attempts by key: sign-ins, accounts, codes, status lookups, feedback (rate
    /// limiting), kept in the database so that every instance counts them alike.
    pub limits: limits::Limiter,
    pub passwords: accounts::Passwords,
    /// The e-identification methods configured, if any.
    pub eid: Option<eid::Eid>,
    /// The time zone and the support team's contacts.
    pub service: support::Service,
    /// The schema files, each kept checked until it changes.
    pub forms: forms::Forms,
    /// A designer's previews (development and test mode): see `preview`.
    pub preview: preview::Preview,
}

/// Chooses ring as the process's TLS provider (for the SMS provider's API); lettre's SMTP uses
/// ring too. Only the first call does anything.
pub fn install_crypto() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}

/// Opens the database (creating and migrating it) and the clock for `config`.
pub async fn open(config: Config) -> Result<Arc<AppState>, store::StoreError> {
    let store = store::Store::open(&config.database, config.pool_size).await?;
    let test_clock = (config.mode == Mode::Test).then(|| Arc::new(clock::TestClock::default()));
    let clock: Arc<dyn clock::Clock> = match &test_clock {
        Some(test) => test.clone(),
        None => Arc::new(clock::SystemClock),
    };
    let eid = match &config.sign_in_config {
        Some(path) => Some(eid::Eid::load(path).map_err(store::StoreError::Database)?),
        None => None,
    };
    let service = match &config.service_config {
        Some(path) => support::Service::load(path).map_err(store::StoreError::Database)?,
        None => support::Service::default(),
    };
    let forms = forms::Forms::new(&config.forms);
    let limits = limits::Limiter::new(store.clone());
    Ok(Arc::new(AppState { config, store, clock, test_clock, limits, passwords: Default::default(), eid, service, forms, preview: Default::default() }))
}

/// The whole server as a router, without a socket (tests call it with `oneshot`).
pub async fn app(config: Config) -> Result<Router, store::StoreError> {
    open(config).await.map(router)
}

/// Deletes expired drafts now and then (R4); reading one deletes it too, so this only frees space.
/// Every instance runs it: each draft is deleted once, with its record, whichever instance gets
/// there first (`Store::purge_expired`), and the rest only delete what has ended.
pub fn spawn_purge(state: Arc<AppState>) {
    tokio::spawn(async move {
        loop {
            let now = state.clock.now();
            if let Err(error) = state.store.purge_expired(now).await {
                tracing::error!("purging expired drafts: {error:?}");
            }
            if let Err(error) = state.store.forget_ended(now).await {
                tracing::error!("forgetting ended sessions: {error:?}");
            }
            if let Err(error) = state.store.forget_ended_resets(now).await {
                tracing::error!("forgetting ended password resets: {error:?}");
            }
            if let Err(error) = state.limits.forget_idle(now, support::status::LONGEST_LIMIT).await {
                tracing::error!("forgetting idle rate limits: {error:?}");
            }
            tokio::time::sleep(std::time::Duration::from_secs(600)).await;
        }
    });
}

/// `GET /healthz`, for a load balancer: 200 when the database answers within two seconds, 503
/// when it does not (the instance cannot answer anything that matters then). Nothing else is
/// said: the answer is the same for anyone who asks.
async fn health(State(state): State<Arc<AppState>>) -> (StatusCode, [(header::HeaderName, &'static str); 1], &'static str) {
    let plain = [(header::CONTENT_TYPE, "text/plain; charset=utf-8")];
    if state.store.answers(std::time::Duration::from_secs(2)).await {
        (StatusCode::OK, plain, "ok\n")
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, plain, "the database does not answer\n")
    }
}

/// One line of the log per request: its method, the route it matched (the pattern, such as
/// `/api/applications/{id}`, never the path itself, which can hold an id or a reference number,
/// nor the query), the status and how long the answer took. Never a body, a cookie or an address.
async fn log_request(request: axum::extract::Request, next: axum::middleware::Next) -> Response {
    let started = std::time::Instant::now();
    let method = request.method().clone();
    let route = request.extensions().get::<axum::extract::MatchedPath>().map_or_else(|| "(static)".to_string(), |path| path.as_str().to_string());
    let response = next.run(request).await;
    let status = response.status().as_u16();
    let ms = started.elapsed().as_secs_f64() * 1000.0;
    tracing::info!(target: "blankett::request", %method, %route, status, ms = (ms * 10.0).round() / 10.0, "request");
    response
}

pub fn router(state: Arc<AppState>) -> Router {
    let index = state.config.dist.join("index.html");
    // Every route the app handles in the browser gets index.html; the app reads the address.
    // The release build writes each file also brotli- and gzip-compressed (scripts/precompress.mjs);
    // the browser gets the smallest it accepts, not 400 KB of wasm as built.
    let static_files = ServeDir::new(&state.config.dist).precompressed_br().precompressed_gzip().fallback(ServeFile::new(index));
    // A release build names each file after its content (scripts/fingerprint.mjs): a browser may
    // keep those a year, and asks again only for the page.
    let dist = Arc::new(state.config.dist.clone());
    let static_files: Router = Router::new().fallback_service(static_files).layer(axum::middleware::from_fn_with_state(dist, keep_fingerprinted));
    // A catalog's name is its content's (`blankett-catalogs write`): a browser may keep it.
    let catalogs: Router = Router::new()
        .fallback_service(ServeDir::new(state.config.dist.join("catalogs")).precompressed_br().precompressed_gzip())
        .layer(SetResponseHeaderLayer::overriding(header::CACHE_CONTROL, |response: &axum::response::Response| {
            response.status().is_success().then(|| HeaderValue::from_static("public, max-age=31536000, immutable"))
        }));
    let clock = state.clock.clone();
    let mut routes = Router::new()
        .route("/healthz", get(health))
        .route("/", get(start_page))
        .route("/pages.css", get(pages::style))
        .route("/main.css", get(app_style))
        .route("/pages.js", get(pages::script))
        .route("/sign-in", get(sign_in::show).post(sign_in::submit))
        .route("/sign-in/foreign-eid", get(sign_in::foreign_eid))
        .route("/sign-in/eid/callback", get(sign_in::eid_callback))
        .route("/sign-in/bankid/start", get(sign_in::bankid_pages::start))
        .route("/sign-in/bankid/wait", get(sign_in::bankid_pages::wait))
        .route("/sign-in/bankid/status", get(sign_in::bankid_pages::status))
        .route("/sign-in/bankid/qr", get(sign_in::bankid_pages::qr))
        .route("/sign-in/bankid/cancel", post(sign_in::bankid_pages::cancel))
        .route("/sign-in/eid/{method}", get(sign_in::eid_start))
        .route("/sign-out", post(sign_in::sign_out))
        .route("/signed-out", get(support::signed_out_page))
        .route("/support", get(support::support_page))
        .route("/support/reset", post(support::reset_device))
        .route("/status", get(support::status::page).post(support::status::check_page))
        .route("/feedback", post(support::feedback::posted))
        .route("/account", get(sign_in::account_page).post(sign_in::account_post))
        .route("/forms/{id}", get(form_page))
        .route("/forms/{id}/overview", get(pages::overview::show))
        .route("/api/forms", get(list_forms))
        .route("/api/forms/{id}", get(form_file))
        .route("/api/accounts", post(api::create_account))
        .route("/api/accounts/verify", post(api::verify_account))
        .route("/api/accounts/code", post(api::send_new_code))
        .route("/api/sessions", post(api::sign_in))
        .route("/api/sessions/current", get(api::current_session).delete(api::sign_out))
        .route("/api/applications", get(api::list_applications).post(api::create_application))
        .route("/api/applications/{id}", get(api::read_application).put(api::save_application))
        .route("/api/applications/{id}/confirm", post(api::confirm_application))
        .route("/api/applications/{id}/extend", post(api::extend_page_time))
        // The upload reads its body itself, after checking the session, and never past the
        // question's own limit (`documents::read_upload`).
        .route("/api/applications/{id}/documents", get(api::list_documents).post(api::upload_document))
        .route("/api/applications/{id}/documents/{document}", axum::routing::delete(api::remove_document))
        .route("/api/status", post(support::status::application_status))
        .route("/api/feedback", post(support::feedback::answer))
        .route("/api/feedback/{id}/comment", post(support::feedback::comment));
    if state.config.mode != Mode::Production {
        routes = routes.route("/api/dev/outbox", get(api::outbox));
    }
    if state.config.mode == Mode::Test {
        routes = routes.route("/api/test/clock", post(api::advance_clock)).route("/api/test/decisions", post(api::record_decision));
    }
    let routes = preview::routes(routes, state.config.mode);
    let secure = state.config.secure_cookies;
    let allowed = state.config.allowed_origins.clone();
    let allowed_origins = Arc::new(allowed.clone());
    let routes = routes
        .route("/api/{*rest}", get(not_found).post(not_found).put(not_found).delete(not_found))
        .with_state(state)
        .nest_service("/catalogs", catalogs)
        .fallback_service(static_files)
        .layer(axum::middleware::from_fn(log_request))
        .layer(axum::middleware::from_fn(api::require_client_header))
        .layer(axum::middleware::from_fn(error::problems_only))
        .layer(axum::middleware::from_fn(no_store_for_personal_data))
        // Outside the others, so that a refusal is readable by an allowed site's page too.
        .layer(axum::middleware::from_fn_with_state(allowed_origins, cors::cors));
    // Behind TLS, browsers are told to use it always: a first visit over plain HTTP cannot be
    // turned into one that leaks the session.
    let routes = if secure {
        routes.layer(SetResponseHeaderLayer::overriding(header::STRICT_TRANSPORT_SECURITY, HeaderValue::from_static("max-age=31536000")))
    } else {
        routes
    };
    routes
        .layer(SetResponseHeaderLayer::overriding(header::CONTENT_SECURITY_POLICY, content_security_policy(&allowed)))
        .layer(SetResponseHeaderLayer::overriding(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")))
        .layer(SetResponseHeaderLayer::overriding(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer")))
        // What is not named by its content (the page, a debug build's files) is revalidated:
        // ServeDir answers with Last-Modified, so that costs one round trip.
        .layer(SetResponseHeaderLayer::if_not_present(header::CACHE_CONTROL, HeaderValue::from_static("no-cache")))
        .layer(axum::middleware::map_response(move |response| date_header(clock.now(), response)))
}

/// Whether `path` names a file by its content: `name-<12 hex digits>.ext`, as
/// scripts/fingerprint.mjs writes them.
pub fn is_fingerprinted(path: &str) -> bool {
    let file = path.rsplit('/').next().unwrap_or_default();
    let Some((stem, extension)) = file.rsplit_once('.') else { return false };
    let Some((_, hash)) = stem.rsplit_once('-') else { return false };
    matches!(extension, "js" | "wasm" | "css") && hash.len() == 12 && hash.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

async fn keep_fingerprinted(State(dist): State<Arc<PathBuf>>, request: axum::extract::Request, next: axum::middleware::Next) -> Response {
    let path = request.uri().path();
    if !is_fingerprinted(path) {
        return next.run(request).await;
    }
    // A content name that is not in this build is an older build's: not found, rather than the
    // page in its place, which the browser would then keep a year under that name.
    let name = path.trim_start_matches('/');
    if name.contains('/') || !dist.join(name).is_file() {
        return StatusCode::NOT_FOUND.into_response();
    }
    let mut response = next.run(request).await;
    if response.status().is_success() {
        response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=31536000, immutable"));
    }
    response
}

/// The app's style sheet under its plain name, for the backend's own pages (`layout.html`), which
/// share it: the file the build named after its content (`assets.json`), revalidated.
async fn app_style(State(state): State<Arc<AppState>>, request: axum::extract::Request) -> Response {
    let dist = &state.config.dist;
    let name = std::fs::read_to_string(dist.join("assets.json"))
        .ok()
        .and_then(|text| serde_json::from_str::<std::collections::HashMap<String, String>>(&text).ok())
        .and_then(|names| names.get("main.css").cloned())
        .unwrap_or_else(|| "main.css".into());
    match ServeFile::new(dist.join(name)).precompressed_br().precompressed_gzip().try_call(request).await {
        Ok(response) => response.into_response(),
        Err(e) => ApiError::internal("cannot read the style sheet", e).into_response(),
    }
}

/// The router as served on a socket: [`router`], plus a lingering close of request bodies
/// ([`linger`]).
pub fn served(state: Arc<AppState>) -> Router {
    router(state).layer(axum::middleware::from_fn(linger::linger))
}

/// Everything under `/api/` but the forms is personal (applications, documents, the session, the
/// outbox) or answers one person's request: no cache, in the browser or between, may keep it.
async fn no_store_for_personal_data(request: axum::extract::Request, next: axum::middleware::Next) -> Response {
    let path = request.uri().path();
    let personal = path.starts_with("/api/") && !path.starts_with("/api/forms");
    let mut response = next.run(request).await;
    if personal {
        response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}

/// Every response says when it was made on the server's clock (the test clock in test mode), so
/// that a client whose own clock is wrong can still count down to a deadline the server set.
/// hyper adds a `Date` from the system clock only when a response has none.
async fn date_header(now: blankett_core::basics::Millis, mut response: Response) -> Response {
    if let Some(value) = http_date(now).and_then(|date| HeaderValue::from_str(&date).ok()) {
        response.headers_mut().insert(header::DATE, value);
    }
    response
}

/// `Sat, 21 Nov 2026 10:00:00 GMT` (RFC 9110's IMF-fixdate).
pub fn http_date(ms: blankett_core::basics::Millis) -> Option<String> {
    chrono::DateTime::from_timestamp_millis(ms).map(|time| time.format("%a, %d %b %Y %H:%M:%S GMT").to_string())
}

/// One entry of the form list. A file that cannot be read as a form is still listed, with its
/// issue count, so that a designer sees it on the start page.
#[derive(Serialize)]
struct FormSummary {
    id: String,
    /// The title in each language, when the file could be read.
    title: Option<serde_json::Value>,
    kind: Option<String>,
    issues: usize,
}

async fn list_forms(State(state): State<Arc<AppState>>) -> Result<Json<Vec<FormSummary>>, ApiError> {
    let forms = state.forms.all().await.map_err(|e| ApiError::internal("cannot list the forms", e))?;
    Ok(Json(
        forms
            .into_iter()
            .map(|(id, file)| FormSummary {
                id,
                title: file.loaded.form.as_ref().and_then(|f| serde_json::to_value(&f.title).ok()),
                kind: file.loaded.form.as_ref().and_then(|f| serde_json::to_value(f.kind).ok()).and_then(|v| v.as_str().map(String::from)),
                issues: file.loaded.issues.len(),
            })
            .collect(),
    ))
}

#[derive(serde::Deserialize)]
struct LangQuery {
    lang: Option<String>,
}

/// The start page (see `pages::start`).
async fn start_page(
    State(state): State<Arc<AppState>>,
    axum::extract::Query(query): axum::extract::Query<LangQuery>,
    headers: axum::http::HeaderMap,
) -> Result<Response, ApiError> {
    let locale = pages::locale_of(query.lang.as_deref(), &headers);
    let entries: Vec<pages::start::Entry> = state
        .forms
        .all()
        .await
        .map_err(|e| ApiError::internal("cannot list the forms", e))?
        .into_iter()
        .map(|(id, file)| pages::start::Entry { id, title: file.loaded.form.as_ref().map(|f| f.title.clone()), issues: file.loaded.issues.len() })
        .collect();
    let previews = state.config.mode != Mode::Production;
    Ok(pages::html(axum::http::StatusCode::OK, &pages::start::page(&entries, previews, &locale)))
}

/// A form's address: the app for a signed-in applicant; anyone else goes straight to the sign-in
/// page, which names the application and brings them back, without first downloading the app
/// to be told to sign in. (A session that ends while the app is open is the app's to handle.)
async fn form_page(State(state): State<Arc<AppState>>, Path(id): Path<String>, Query(query): Query<LangQuery>, jar: CookieJar, headers: HeaderMap, request: axum::extract::Request) -> Response {
    // A designer's preview: the same page with the preview's banner (development and test only).
    if let Some(page) = preview::page(&state, &id, query.lang.as_deref(), &jar, &headers).await {
        return page;
    }
    if !forms::is_form_id(&id) || api::signed_in(&state, &jar).await.is_ok() {
        let early = forms::is_form_id(&id).then(|| early_requests(&id, query.lang.as_deref()));
        return match ServeFile::new(state.config.dist.join("index.html")).try_call(request).await {
            Ok(response) => {
                let mut response = response.into_response();
                if let Some(link) = early.and_then(|link| HeaderValue::from_str(&link).ok()) {
                    response.headers_mut().insert(header::LINK, link);
                }
                response
            }
            Err(e) => ApiError::internal("cannot read the app", e).into_response(),
        };
    }
    let locale = pages::locale_of(query.lang.as_deref(), &headers);
    (StatusCode::SEE_OTHER, [(header::LOCATION, format!("/sign-in?lang={}&next=/forms/{id}", locale.code()))]).into_response()
}

/// What the app asks for first, for the browser to fetch while it downloads and compiles the
/// code (`Link: rel=preload`): the form, the applicant's drafts and the engine's words in a
/// language the download does not hold. `crossorigin` makes each the same request the app's
/// `fetch` makes (cors, same-origin credentials), so the app gets the answer already under way.
/// The app takes the drafts' answer as soon as it starts, and shows it only if the draft was not
/// open in another tab meanwhile (`Command::Reload`); any later read is a request of its own.
fn early_requests(id: &str, lang: Option<&str>) -> String {
    let mut link = format!("</api/forms/{id}>; rel=preload; as=fetch; crossorigin, </api/applications>; rel=preload; as=fetch; crossorigin");
    // The file's name is the build's, never what was typed in `lang`.
    if let Some(file) = lang.map(blankett_core::basics::text::Locale::new).and_then(|locale| blankett_core::messages::catalog::to_fetch(&locale)) {
        link.push_str(&format!(", </catalogs/{file}>; rel=preload; as=fetch; crossorigin"));
    }
    link
}

/// The schema file as the designer wrote it, once it has passed every check. A file with issues
/// is answered 422 with each located issue, which the app shows to the designer: checking happens
/// here, where forms are served, so that applicants never download the checker.
async fn form_file(State(state): State<Arc<AppState>>, Path(id): Path<String>) -> Result<Response, ApiError> {
    let file = state.forms.file(&id).await.map_err(|e| ApiError::internal("cannot read the form", e))?;
    let file = file.ok_or_else(|| ApiError::NotFound(format!("There is no form called {id}.")))?;
    let issues = &file.loaded.issues;
    if !issues.is_empty() {
        return Err(ApiError::SchemaIssues(format!("{id}.json has {} issue(s); correct them and reload.", issues.len()), issues.clone()));
    }
    Ok(([(header::CONTENT_TYPE, "application/json")], file.text.clone()).into_response())
}

async fn not_found() -> ApiError {
    ApiError::NotFound("There is nothing at this address.".into())
}
