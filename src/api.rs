//! The one module that talks to the backend. It speaks the contract in `api/`; no other module
//! makes requests. It only carries them: what a refusal means, and when a draft is saved, is
//! decided in `blankett_core::contract` and `blankett_core::account`.

use blankett_core::contract::{Document, Draft, Failure, Request, Written};
use blankett_core::basics::json::{self, Json};
use blankett_core::basics::Millis;
use blankett_core::schema::load::SchemaIssue;
use crate::Here;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The header every state-changing request carries: the backend's CSRF protection.
const CLIENT_HEADER: &str = "blankett-client";

/// A response's status and body; only a failure to reach the server is an error here.
struct Reply {
    status: u16,
    body: String,
    retry_after: Option<u64>,
    /// The backend's clock when it answered (the Date header), to correct a wrong local clock.
    date: Option<Millis>,
}

impl Reply {
    fn json(&self) -> Option<Json> {
        json::parse(&self.body).ok()
    }
    /// The refusal this reply is, read from its problem+json body.
    fn failure(&self) -> Failure {
        let problem = self.json();
        Failure::from_response(self.status, problem.as_ref().and_then(|p| p.get("type")).and_then(Json::as_str), self.retry_after)
    }
    fn is_ok(&self) -> bool {
        (200..300).contains(&self.status)
    }
}

/// Sends a request and reads its answer. (Not an `async fn` of its own: each is a state machine
/// in the download, and this one would only pass `finish`'s along.)
fn send(here: Here, method: &str, path: &str, body: Option<&str>, headers: &[(&str, &str)]) -> impl std::future::Future<Output = Result<Reply, Failure>> + 'static {
    finish(start(here, method, path, body, headers))
}

/// A request under way, or why it could not be sent.
pub struct Started(Result<js_sys::Promise, Failure>);

fn start(here: Here, method: &str, path: &str, body: Option<&str>, headers: &[(&str, &str)]) -> Started {
    let init = web_sys::RequestInit::new();
    init.set_method(method);
    let Ok(sent_headers) = web_sys::Headers::new() else { return Started(Err(Failure::Unexpected)) };
    if method != "GET" {
        let _ = sent_headers.append(CLIENT_HEADER, "1");
    }
    if let Some(body) = body {
        let _ = sent_headers.append("content-type", "application/json");
        init.set_body(&JsValue::from_str(body));
    }
    for (name, value) in headers {
        let _ = sent_headers.append(name, value);
    }
    init.set_headers(&sent_headers);
    // A save sent as the page closes still reaches the backend.
    if method == "PUT" {
        let _ = js_sys::Reflect::set(&init, &"keepalive".into(), &JsValue::TRUE);
    }
    // A widget's backend may be on another site, with a session token of its own, and its
    // requests end when it is removed.
    #[cfg(feature = "widget")]
    let Some(path) = &crate::widget::to_backend(here, path, &init, &sent_headers) else { return Started(Err(Failure::Offline)) };
    let _ = here;
    Started(crate::browser::fetch(path, &init).ok_or(Failure::Offline))
}

async fn finish(Started(request): Started) -> Result<Reply, Failure> {
    let response = JsFuture::from(request?).await.map_err(|_| Failure::Offline)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| Failure::Offline)?;
    let status = response.status();
    let retry_after = response.headers().get("retry-after").ok().flatten().and_then(|v| v.trim().parse().ok());
    let date = response.headers().get("date").ok().flatten().map(|d| js_sys::Date::parse(&d)).filter(|d| d.is_finite()).map(|d| d as Millis);
    let text = JsFuture::from(response.text().map_err(|_| Failure::Unexpected)?).await.map_err(|_| Failure::Offline)?;
    Ok(Reply { status, body: text.as_string().unwrap_or_default(), retry_after, date })
}

fn get(here: Here, path: &str) -> impl std::future::Future<Output = Result<Reply, Failure>> + 'static {
    send(here, "GET", path, None, &[])
}

/// Installs the engine's words from a catalog file next to the app (see
/// `blankett_core::messages::catalog`); `None` if it could not be fetched or is not one.
pub async fn catalog(here: Here, file: &str) -> Option<String> {
    let reply = get(here, &format!("/catalogs/{file}")).await.ok().filter(Reply::is_ok)?;
    blankett_core::messages::catalog::install(&reply.body).ok()
}

fn schema_issue(json: &Json) -> Option<SchemaIssue> {
    let text = |name: &str| json.get(name).and_then(Json::as_str).map(str::to_string);
    let number = |name: &str| match json.get(name)?.value {
        json::Value::Number(n) if n >= 0.0 => Some(n as usize),
        _ => None,
    };
    Some(SchemaIssue { file: text("file")?, line: number("line")?, column: number("column")?, path: text("path").unwrap_or_default(), message: text("message")? })
}

/// A form as the backend serves it.
pub enum FormFile {
    /// The schema file's text; it passed the backend's checks.
    Text(String),
    /// The file has issues, each located; the backend refuses to offer it.
    Issues(Vec<SchemaIssue>),
}

pub async fn form_file(here: Here, id: &str) -> Result<FormFile, Failure> {
    let reply = get(here, &format!("/api/forms/{id}")).await?;
    match reply.status {
        200 => Ok(FormFile::Text(reply.body)),
        422 => {
            let issues = reply.json().and_then(|body| body.get("issues")?.items()?.iter().map(schema_issue).collect::<Option<Vec<_>>>());
            issues.map(FormFile::Issues).ok_or(Failure::Unexpected)
        }
        _ => Err(reply.failure()),
    }
}

// Drafts.

fn create_body(form_id: &str) -> String {
    let mut body = String::from("{\"form_id\":");
    json::write_string(form_id, &mut body);
    body + "}"
}

fn draft_of(reply: &Reply) -> Result<Draft, Failure> {
    let json = reply.json();
    keep_time_zone(json.as_ref());
    json.as_ref().and_then(Draft::from_json).ok_or(Failure::Unexpected)
}

/// "Today" in date rules is on the service's calendar (see `browser::today`).
fn keep_time_zone(application: Option<&Json>) {
    if let Some(zone) = application.and_then(|a| a.get("time_zone")).and_then(Json::as_str) {
        crate::browser::keep_service_time_zone(zone);
    }
}

/// The applicant's applications, the most recently saved first.
pub struct Drafts {
    pub drafts: Vec<Draft>,
    /// Drafts deleted by the retention rule (R4), as (form id, when), the most recent first.
    pub expired: Vec<(String, String)>,
    /// The backend's clock when it answered.
    pub backend_now: Option<Millis>,
}

thread_local! {
    static EARLY_DRAFTS: std::cell::Cell<Option<Started>> = const { std::cell::Cell::new(None) };
}

/// Asks for the applicant's drafts at once, as the app starts. The page asked for them while the
/// app downloaded (the backend's `Link: rel=preload`), and this request takes that answer, so
/// that any later read is a request of its own.
pub fn start_drafts() {
    EARLY_DRAFTS.set(Some(start(Here::default(), "GET", DRAFTS, None, &[])));
}

const DRAFTS: &str = "/api/applications";

/// The applicant's drafts. With `early_answer` (see `Command::Reload`), the answer to
/// [`start_drafts`]; otherwise, or without one, asked for now.
pub async fn drafts(here: Here, early_answer: bool) -> Result<Drafts, Failure> {
    let started = match EARLY_DRAFTS.take().filter(|_| early_answer) {
        Some(early) => early,
        None => start(here, "GET", DRAFTS, None, &[]),
    };
    let reply = finish(started).await?;
    if !reply.is_ok() {
        return Err(reply.failure());
    }
    let body = reply.json().ok_or(Failure::Unexpected)?;
    let drafts = body.get("applications").and_then(Json::items).ok_or(Failure::Unexpected)?.iter().map(|a| {
        keep_time_zone(Some(a));
        Draft::from_json(a).ok_or(Failure::Unexpected)
    }).collect::<Result<_, _>>()?;
    // A backend without the list of expired drafts simply has none to explain.
    let expired = body.get("expired").and_then(Json::items).unwrap_or_default().iter().filter_map(|e| {
        let text = |name: &str| e.get(name).and_then(Json::as_str).map(str::to_string);
        Some((text("form_id")?, text("expires_at")?))
    });
    Ok(Drafts { drafts, expired: expired.collect(), backend_now: reply.date })
}

/// A draft as the backend answered with it at `backend_now` (the backend's clock).
pub fn written(draft: Draft, backend_now: Option<Millis>) -> Written {
    let deadline = draft.page_deadline.as_deref().and_then(crate::browser::parse_time);
    Written { draft, backend_now, deadline }
}

fn written_reply(reply: Reply) -> Result<Written, Failure> {
    if !reply.is_ok() {
        return Err(reply.failure());
    }
    Ok(written(draft_of(&reply)?, reply.date))
}

#[cfg(not(feature = "widget"))]
thread_local! {
    /// The Idempotency-Key of the draft being created: the same for every retry of one creation
    /// (its answer may have been lost on the way, with the draft made), new once one has been
    /// answered, so that a retry never leaves a second draft behind.
    static CREATION_KEY: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

#[cfg(not(feature = "widget"))]
fn creation_key(_: Here) -> String {
    let random = || (js_sys::Math::random() * 9_007_199_254_740_992.0) as u64;
    CREATION_KEY.with(|key| key.borrow_mut().get_or_insert_with(|| format!("create-{:x}{:x}", random(), random())).clone())
}

/// Each widget creates its own draft, with a key of its own.
#[cfg(feature = "widget")]
fn creation_key(here: Here) -> String {
    let random = || (js_sys::Math::random() * 9_007_199_254_740_992.0) as u64;
    crate::widget::creation_key(here, Some(&|| format!("create-{:x}{:x}", random(), random())))
}

/// Sends what [`blankett_core::session::sync::DraftSync`] asked for; returns the draft as written.
pub async fn perform(here: Here, request: Request) -> Result<Written, Failure> {
    let reply = match &request {
        Request::Create { form_id } => {
            let reply = send(here, "POST", "/api/applications", Some(&create_body(form_id)), &[("idempotency-key", &creation_key(here))]).await?;
            // Answered: the next creation has a new key.
            #[cfg(not(feature = "widget"))]
            if reply.is_ok() {
                CREATION_KEY.with(|key| key.borrow_mut().take());
            }
            #[cfg(feature = "widget")]
            if reply.is_ok() {
                crate::widget::creation_key(here, None);
            }
            reply
        }
        Request::Save { id, version, body } => {
            let version = format!("\"{version}\"");
            send(here, "PUT", &format!("/api/applications/{id}"), Some(body), &[("if-match", &version)]).await?
        }
    };
    written_reply(reply)
}

/// Reads one application again (its version, after a save elsewhere).
pub async fn read(here: Here, id: &str) -> Result<Written, Failure> {
    written_reply(get(here, &format!("/api/applications/{id}")).await?)
}

/// Asks for the current page's full time again (the warning's More time).
pub async fn extend(here: Here, id: &str) -> Result<Written, Failure> {
    written_reply(send(here, "POST", &format!("/api/applications/{id}/extend"), None, &[]).await?)
}

/// Confirms the application (R8): the receipt. `key` makes a retried or repeated request the
/// same confirmation (see `blankett_core::session::confirmation::confirmation_key`).
/// `language` is the applicant's, in which (and in Swedish) the confirmation mail is written.
pub async fn confirm(here: Here, id: &str, key: &str, language: &str) -> Result<blankett_core::contract::Confirmed, Failure> {
    let reply = send(here, "POST", &format!("/api/applications/{id}/confirm"), None, &[("idempotency-key", key), ("accept-language", language)]).await?;
    if !reply.is_ok() {
        return Err(reply.failure());
    }
    reply.json().as_ref().and_then(blankett_core::contract::Confirmed::from_json).ok_or(Failure::Unexpected)
}

/// Tells the backend the applicant is here (a click), so that its inactivity limit agrees.
pub async fn keep_alive(here: Here) -> Result<(), Failure> {
    let reply = get(here, "/api/sessions/current").await?;
    if reply.is_ok() { Ok(()) } else { Err(reply.failure()) }
}

/// Ends the session (after a time-out). Signed out already is as good.
pub async fn end_session(here: Here) {
    let _ = send(here, "DELETE", "/api/sessions/current", None, &[]).await;
}

// Documents.

fn documents_path(draft: &str) -> String {
    format!("/api/applications/{draft}/documents")
}

/// A draft's uploaded documents, of every question.
pub async fn documents(here: Here, draft: &str) -> Result<Vec<Document>, Failure> {
    let reply = get(here, &documents_path(draft)).await?;
    if !reply.is_ok() {
        return Err(reply.failure());
    }
    reply.json().as_ref().and_then(Document::list_from_json).ok_or(Failure::Unexpected)
}

/// Uploads one file to a `document` question: the file is the body, with its own type. Sent with
/// XMLHttpRequest, because fetch does not tell how much of a body is sent: `on_progress` hears
/// the percentage sent so far.
pub async fn upload(here: Here, draft: &str, question: &str, file: &web_sys::File, on_progress: impl Fn(u32) + 'static) -> Result<Document, Failure> {
    let request = web_sys::XmlHttpRequest::new().map_err(|_| Failure::Unexpected)?;
    let encode = |text: &str| String::from(js_sys::encode_uri_component(text));
    let path = format!("{}?question={}&name={}", documents_path(draft), encode(question), encode(&file.name()));
    #[cfg(feature = "widget")]
    let path = crate::widget::backend_address(here, &path).ok_or(Failure::Offline)?;
    request.open("POST", &path).map_err(|_| Failure::Unexpected)?;
    let _ = request.set_request_header(CLIENT_HEADER, "1");
    #[cfg(feature = "widget")]
    let _stop = widget_upload(here, &request)?;
    let _ = here;
    // The type of closure Leptos's event listeners have, so that it adds no glue of its own.
    let progress = wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
        let event: web_sys::ProgressEvent = event.unchecked_into();
        if event.length_computable() && event.total() > 0.0 {
            on_progress((event.loaded() * 100.0 / event.total()) as u32);
        }
    });
    if let Ok(upload) = request.upload() {
        upload.set_onprogress(Some(progress.as_ref().unchecked_ref()));
    }
    // Its end as a promise, whether a response came or the network failed (status 0).
    let ended = js_sys::Promise::new(&mut |resolve, _| request.set_onloadend(Some(&resolve)));
    request.send_with_opt_blob(Some(file)).map_err(|_| Failure::Offline)?;
    let _ = JsFuture::from(ended).await;
    drop(progress);
    let reply = Reply { status: request.status().unwrap_or(0), body: request.response_text().ok().flatten().unwrap_or_default(), retry_after: None, date: None };
    if reply.status == 0 {
        return Err(Failure::Offline);
    }
    if !reply.is_ok() {
        return Err(reply.failure());
    }
    reply.json().as_ref().and_then(Document::from_json).ok_or(Failure::Unexpected)
}

/// Ends a widget's upload when the widget is removed; dropped, it stops listening.
#[cfg(feature = "widget")]
struct UploadGuard {
    signal: web_sys::AbortSignal,
    abort: wasm_bindgen::closure::Closure<dyn Fn()>,
}

#[cfg(feature = "widget")]
impl Drop for UploadGuard {
    fn drop(&mut self) {
        let _ = self.signal.remove_event_listener_with_callback("abort", self.abort.as_ref().unchecked_ref());
    }
}

/// A widget's upload carries its session token (or, to a backend on another origin, the cookie),
/// and ends with the widget.
#[cfg(feature = "widget")]
fn widget_upload(here: Here, request: &web_sys::XmlHttpRequest) -> Result<UploadGuard, Failure> {
    let credentials = crate::widget::credentials(here).ok_or(Failure::Offline)?;
    if let Some(token) = &credentials.token {
        let _ = request.set_request_header("authorization", &format!("Bearer {token}"));
    }
    request.set_with_credentials(credentials.cookie_across_sites);
    let sent = request.clone();
    let abort = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || drop(sent.abort()));
    let _ = credentials.signal.add_event_listener_with_callback("abort", abort.as_ref().unchecked_ref());
    Ok(UploadGuard { signal: credentials.signal, abort })
}

/// Removes one uploaded document.
pub async fn remove_document(here: Here, draft: &str, document: &str) -> Result<(), Failure> {
    let reply = send(here, "DELETE", &format!("{}/{document}", documents_path(draft)), None, &[]).await?;
    if reply.is_ok() { Ok(()) } else { Err(reply.failure()) }
}

// "Did this page help you?" (R14).

/// Sends an answer about a page; returns its id, for a comment.
pub async fn feedback(here: Here, page: &str, part: &str, language: &str, helpful: bool) -> Result<String, Failure> {
    let body = blankett_core::support::feedback::answer_json(page, part, language, helpful);
    let reply = send(here, "POST", "/api/feedback", Some(&body), &[]).await?;
    if !reply.is_ok() {
        return Err(reply.failure());
    }
    reply.json().and_then(|json| json.get("id")?.as_str().map(str::to_string)).ok_or(Failure::Unexpected)
}

/// Adds the comment to the answer `id`.
pub async fn feedback_comment(here: Here, id: &str, comment: &str) -> Result<(), Failure> {
    let body = blankett_core::support::feedback::comment_json(comment);
    let reply = send(here, "POST", &format!("/api/feedback/{id}/comment"), Some(&body), &[]).await?;
    if reply.is_ok() { Ok(()) } else { Err(reply.failure()) }
}
