//! A designer's preview of a form (development and test mode only; production has none of these
//! addresses, and answers each with 404).
//!
//! "Preview" on the start page signs this browser in as a test applicant of its own, without a
//! password or a code, and opens the real app on the real backend at `/forms/{id}`: time limits,
//! autosave, the review, printing and confirming are an applicant's. The test applicant is named
//! by a cookie (`blankett_preview`) whose hash is in its email address, so the same browser comes
//! back to the same drafts, and a session is opened for it as signing in would (no account row:
//! nobody can sign in as it with a password). The server puts a banner into the page it serves
//! for the form in a preview ([`page`]): what this is, "Fill this page with example answers",
//! "Fill every page …", a list to go to any page or the review, the form's overview, and
//! "Start again as a new applicant". These are plain HTML forms posting to the addresses in
//! [`actions`], which change the draft through the engine and the store and send the browser back
//! to the form, which continues the draft where it now is (R5). `preview.js` (served by the
//! server, never part of the app's download) waits for the app's pending save before any of
//! them, and reloads the preview when the form's file changes ([`changes`]).

mod actions;
mod banner;
mod changes;

use crate::accounts::token_hash;
use crate::{AppState, Mode};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use std::sync::Arc;

pub use changes::Versions;

/// The cookie naming this browser's test applicant.
const APPLICANT_COOKIE: &str = "blankett_preview";
/// The cookie carrying what the last action has to say to the page it leads to ([`Said`]).
const SAID_COOKIE: &str = "blankett_preview_said";

/// What the preview keeps while the server runs.
#[derive(Default)]
pub struct Preview {
    /// Set when the server stops: the open change streams end, so that a graceful shutdown does
    /// not wait for browsers that keep a preview open.
    closing: std::sync::atomic::AtomicBool,
    /// The pages of each version of a form a preview has shown, so that a preview reloaded after
    /// an edit continues on the same page even if pages were added before it.
    pub versions: Versions,
}

impl Preview {
    pub fn close(&self) {
        self.closing.store(true, std::sync::atomic::Ordering::Relaxed);
    }

    fn is_closing(&self) -> bool {
        self.closing.load(std::sync::atomic::Ordering::Relaxed)
    }
}

/// Adds the preview's addresses in development and test mode; in production, the same
/// addresses answer 404, rather than falling through to the app.
pub fn routes(routes: Router<Arc<AppState>>, mode: Mode) -> Router<Arc<AppState>> {
    if mode == Mode::Production {
        let absent = || get(absent).post(absent);
        return routes.route("/preview.js", absent()).route("/preview.css", absent()).route("/preview", absent()).route("/preview/{*rest}", absent());
    }
    routes
        .route("/preview.js", get(script))
        .route("/preview.css", get(style))
        .route("/preview/{id}", get(actions::start))
        .route("/preview/{id}/again", post(actions::again))
        .route("/preview/{id}/page", post(actions::go_to_page))
        .route("/preview/{id}/examples", post(actions::fill_in_examples))
        .route("/preview/{id}/continue", get(actions::continue_after_change))
        .route("/preview/{id}/changes", get(changes::stream))
}

async fn absent() -> crate::error::ApiError {
    crate::error::ApiError::NotFound("There is no preview in production mode.".into())
}

/// The email address of the test applicant a cookie names: unguessable without the cookie, and
/// never an address that mail could reach (`.invalid`).
fn applicant_email(token: &str) -> String {
    format!("preview-{}@preview.invalid", token_hash(token).get(..20).unwrap_or_default())
}

/// The test applicant this browser is signed in as, if it is: the session's owner is the one the
/// preview cookie names. Never in production.
async fn applicant(state: &AppState, jar: &CookieJar) -> Option<String> {
    if state.config.mode == Mode::Production {
        return None;
    }
    let token = jar.get(APPLICANT_COOKIE)?.value().to_string();
    let owner = crate::api::signed_in(state, jar).await.ok()?;
    (owner == applicant_email(&token)).then_some(owner)
}

/// The preview cookie, kept 30 days, so that a designer's browser comes back to its test
/// applicant's drafts after a restart. (Written as text: the cookie crate takes a lifetime only
/// as a `time` duration, a crate the server does not otherwise use.)
fn applicant_cookie(token: &str, secure: bool) -> Cookie<'static> {
    let secure_attribute = if secure { "; Secure" } else { "" };
    // The token is hex that this server made, so the text always reads as a cookie.
    Cookie::parse(format!("{APPLICANT_COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict; Max-Age=2592000{secure_attribute}"))
        .unwrap_or_else(|_| Cookie::build((APPLICANT_COOKIE, token.to_string())).http_only(true).same_site(SameSite::Strict).secure(secure).path("/").build())
}

/// The page the server serves for `/forms/{id}` in a preview: the app's own page with the
/// preview's banner, style sheet and script put in. `None` when this is no preview (production,
/// or another applicant), and the app's page is served as for anyone. A browser whose preview
/// session ended (30 minutes without activity) and that is signed in as nobody else is sent to
/// start it again rather than to a sign-in it cannot pass.
pub async fn page(state: &Arc<AppState>, id: &str, lang: Option<&str>, jar: &CookieJar, headers: &HeaderMap) -> Option<Response> {
    // Without the preview's cookie this is an applicant's page, found without a look at the
    // database.
    if state.config.mode == Mode::Production || !crate::forms::is_form_id(id) || jar.get(APPLICANT_COOKIE).is_none() {
        return None;
    }
    let Some(_) = applicant(state, jar).await else {
        let signed_in = crate::api::signed_in(state, jar).await.is_ok();
        return (!signed_in).then(|| see_other(&format!("/preview/{id}{}", lang_query(lang))));
    };
    let app = tokio::fs::read_to_string(state.config.dist.join("index.html")).await.ok()?;
    let file = state.forms.file(id).await.ok().flatten();
    let locale = crate::pages::locale_of(lang, headers);
    let said = jar.get(SAID_COOKIE).and_then(|cookie| Said::decode(cookie.value()));
    let banner = banner::Banner::new(state, id, file.as_deref(), said.as_ref(), &locale).render()?;
    let body = banner::inject(&app, &banner);
    let jar = jar.clone().remove(Cookie::build(SAID_COOKIE).path("/"));
    Some((StatusCode::OK, jar, [(header::CONTENT_TYPE, "text/html; charset=utf-8"), (header::CACHE_CONTROL, "no-store")], body).into_response())
}

/// What an action has to tell the designer on the page it leads to: said by the banner's
/// status line (`preview.js` puts it there once the page is shown, so that a screen reader
/// announces it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Said {
    /// Example answers written, and the questions no example fits (by id).
    Filled { count: usize, not_filled: Vec<String> },
    /// The page asked for is skipped with the answers given (by its index).
    Skipped { page: usize },
    /// The form's file changed, and the page shows its new version.
    Changed,
    /// The application is confirmed: nothing can change it (R8).
    Confirmed,
}

impl Said {
    /// As a cookie's value: `filled.3.a,b`, `skipped.2`, `changed`, `confirmed`.
    fn encode(&self) -> String {
        match self {
            Said::Filled { count, not_filled } => format!("filled.{count}.{}", not_filled.join(",")),
            Said::Skipped { page } => format!("skipped.{page}"),
            Said::Changed => "changed".into(),
            Said::Confirmed => "confirmed".into(),
        }
    }

    /// Reads a cookie's value back; anything else is nothing to say. Question ids are only ever
    /// looked up in the form, never shown as sent.
    fn decode(text: &str) -> Option<Said> {
        let mut parts = text.splitn(3, '.');
        match (parts.next()?, parts.next(), parts.next()) {
            ("filled", Some(count), Some(ids)) => {
                let not_filled = ids.split(',').filter(|id| !id.is_empty()).take(50).map(String::from).collect();
                Some(Said::Filled { count: count.parse().ok()?, not_filled })
            }
            ("skipped", Some(page), None) => Some(Said::Skipped { page: page.parse().ok()? }),
            ("changed", None, None) => Some(Said::Changed),
            ("confirmed", None, None) => Some(Said::Confirmed),
            _ => None,
        }
    }

    fn cookie(&self) -> Cookie<'static> {
        Cookie::build((SAID_COOKIE, self.encode())).http_only(true).same_site(SameSite::Strict).path("/").build()
    }
}

/// `?lang=xx` for a language the pages are in, or nothing: what was typed never reaches an
/// address unchecked.
fn lang_query(lang: Option<&str>) -> String {
    lang.and_then(|lang| crate::pages::languages().find(|code| *code == lang)).map(|code| format!("?lang={code}")).unwrap_or_default()
}

fn see_other(address: &str) -> Response {
    (StatusCode::SEE_OTHER, [(header::LOCATION, address.to_string()), (header::CACHE_CONTROL, "no-store".to_string())]).into_response()
}

/// The preview's script: waits for the app's pending save before an action, reloads the preview
/// when its file changes, and says what an action did.
pub const SCRIPT: &str = include_str!("../../templates/preview.js");
pub const STYLE: &str = include_str!("../../templates/preview.css");

async fn script() -> Response {
    ([(header::CONTENT_TYPE, "text/javascript; charset=utf-8"), (header::CACHE_CONTROL, "no-cache")], SCRIPT).into_response()
}

async fn style() -> Response {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8"), (header::CACHE_CONTROL, "no-cache")], STYLE).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_an_action_says_reads_back_and_nothing_else_does() {
        for said in [
            Said::Filled { count: 12, not_filled: vec!["passport_copy".into(), "x".into()] },
            Said::Filled { count: 0, not_filled: vec![] },
            Said::Skipped { page: 4 },
            Said::Changed,
            Said::Confirmed,
        ] {
            assert_eq!(Said::decode(&said.encode()), Some(said));
        }
        for junk in ["", "filled", "filled.x.", "skipped.-1", "skipped.1.2", "changed.now", "<script>"] {
            assert_eq!(Said::decode(junk), None, "{junk}");
        }
    }

    #[test]
    fn a_test_applicant_cannot_be_reached_by_mail_and_its_address_hides_its_cookie() {
        let email = applicant_email("secret-token");
        assert!(email.starts_with("preview-") && email.ends_with("@preview.invalid"), "{email}");
        assert!(!email.contains("secret"));
        assert_ne!(email, applicant_email("another-token"));
    }

    #[test]
    fn only_a_known_language_reaches_an_address() {
        assert_eq!(lang_query(Some("sv")), "?lang=sv");
        assert_eq!(lang_query(Some("sv&next=//evil")), "");
        assert_eq!(lang_query(None), "");
    }
}
