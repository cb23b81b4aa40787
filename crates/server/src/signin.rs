//! The reference backend's sign-in pages: sign in, create an account, confirm the email address
//! with the mailed code or ask for a new one (R1), and sign out. Plain HTML forms rendered here,
//! like the start page: signing in belongs to the backend (the full set of login methods, R11, are
//! identity providers the app never sees), it works without JavaScript, and it keeps the app's
//! download to the form engine. The app links here as `/sign-in?next=/forms/x&lang=sv` (see
//! api/openapi.yaml) and the applicant comes back to `next` signed in.
//!
//! The code screen is only for the browser that has just given the account's password (creating
//! the account, or signing in to one not yet confirmed): that browser holds a sign-in step
//! ([`STEP_COOKIE`]), and the address comes from the step, never from the form. So a code can
//! neither sign anyone in nor be guessed by a stranger.
//!
//! What is checked and what each refusal means are the engine's rules (`blankett_core::account`);
//! the words are its catalogue, in Swedish or English.

use crate::accounts::{self, AccountError};
use crate::api::{end_session, session_cookie};
use crate::pages::sign_in::{page, SignInPage};
use crate::pages::{self, choose_locale};
use crate::limits::Client;
use crate::AppState;
use axum::extract::rejection::{FormRejection, QueryRejection};
use axum::extract::{Form, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use blankett_core::account::{check, return_path, Field, Problem, Say, Screen, MIN_PASSWORD_LENGTH};
use blankett_core::messages::Ui;
use blankett_core::text::Locale;
use serde::Deserialize;
use std::sync::Arc;

/// The cookie of a sign-in step: this browser gave the password of an address not yet confirmed,
/// and may enter its code. Sent to the sign-in pages only; the step itself ends on the server
/// after `accounts::STEP_LIFETIME`.
pub const STEP_COOKIE: &str = "blankett_step";

/// The cookie of a forgotten-password step: this browser asked for a code to choose a new
/// password (see `recovery.rs`).
pub const RESET_COOKIE: &str = "blankett_reset";

fn step_cookie(token: String, secure: bool) -> Cookie<'static> {
    sign_in_page_cookie(STEP_COOKIE, token, secure)
}

fn sign_in_page_cookie(name: &'static str, token: String, secure: bool) -> Cookie<'static> {
    Cookie::build((name, token))
        .http_only(true)
        .same_site(SameSite::Strict)
        .secure(secure)
        .path("/sign-in")
        .build()
}

/// What the pages' address and forms carry. Every field is optional: a hand-made request gets the
/// sign-in page, not an error.
#[derive(Deserialize, Default)]
pub struct Fields {
    screen: Option<String>,
    email: Option<String>,
    password: Option<String>,
    code: Option<String>,
    next: Option<String>,
    lang: Option<String>,
    /// `new-code` on the code screen: mail a new code instead of checking one.
    action: Option<String>,
}

impl Fields {
    fn locale(&self, headers: &HeaderMap) -> Locale {
        choose_locale(self.lang.as_deref(), headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()))
    }
    /// Whether `lang` and `screen`, if given, are a language these pages are in and one of
    /// their screens.
    fn known(&self) -> bool {
        self.lang.as_deref().is_none_or(|code| matches!(code, "sv" | "en")) && self.screen.as_deref().is_none_or(|screen| matches!(screen, "sign-in" | "create" | "verify" | "forgot" | "reset"))
    }
    /// Where to go once signed in: a normalised path on this site only, so the page cannot be
    /// used to send someone elsewhere.
    fn next(&self) -> String {
        self.next.as_deref().and_then(return_path).unwrap_or("/").to_string()
    }
}

fn html(status: StatusCode, page: SignInPage) -> Response {
    pages::html(status, &page)
}

/// Where each refusal from the account layer lands: a problem at a field, or for the whole page.
fn refused(error: AccountError) -> Problem {
    let at = |field: Field, text: Say| Problem { field: Some(field), text };
    match error {
        AccountError::NotVerified | AccountError::NoStep => Problem { field: None, text: Say::SignInToConfirm },
        AccountError::InvalidEmail => at(Field::Email, Say::EmailFormat),
        AccountError::Exists => at(Field::Email, Say::AccountExists),
        AccountError::WeakPassword => at(Field::Password, Say::PasswordTooShort { min: MIN_PASSWORD_LENGTH }),
        AccountError::WrongCredentials => at(Field::Password, Say::WrongCredentials),
        AccountError::WrongCode => at(Field::Code, Say::WrongCode),
        AccountError::CodeUsedUp => at(Field::Code, Say::CodeUsedUp),
        AccountError::CodeExpired => at(Field::Code, Say::CodeExpired),
        AccountError::TooManyAttempts(seconds) => Problem { field: None, text: Say::Failed(Ui::TooManyAttempts { minutes: seconds.div_ceil(60) }) },
        AccountError::SignedOut | AccountError::Store(_) => Problem { field: None, text: Say::Failed(Ui::RequestFailed) },
    }
}

/// A form post from another site is refused: the session cookie is `SameSite=Strict`, and this
/// stops a page elsewhere from signing a visitor in or out.
fn from_this_site(headers: &HeaderMap) -> bool {
    let value = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    if let Some(site) = value("sec-fetch-site") {
        return matches!(site, "same-origin" | "none");
    }
    match (value("origin"), value("host")) {
        (Some(origin), Some(host)) => origin.split_once("://").is_some_and(|(_, rest)| rest == host),
        // Browsers without Fetch Metadata send Origin on every POST; a request without either
        // is not from a browser form on another site.
        _ => true,
    }
}

/// The token of this browser's forgotten-password step, if it has one that has not ended.
fn reset_token(state: &AppState, jar: &CookieJar) -> Option<String> {
    let token = jar.get(RESET_COOKIE)?.value().to_string();
    state.store.has_reset_step(&token, state.clock.now()).then_some(token)
}

/// The address of the sign-in step this browser holds, if it holds one that has not ended.
fn step_email(state: &AppState, jar: &CookieJar) -> Option<String> {
    let token = jar.get(STEP_COOKIE)?;
    state.store.step(token.value(), state.clock.now()).ok().flatten()
}

fn no_step() -> Problem {
    Problem { field: None, text: Say::SignInToConfirm }
}

pub async fn show(State(state): State<Arc<AppState>>, jar: CookieJar, fields: Result<Query<Fields>, QueryRejection>, headers: HeaderMap) -> Response {
    // An address the page cannot read (a field given twice) gets the page too, refused.
    let Ok(Query(fields)) = fields else {
        let locale = choose_locale(None, headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()));
        return html(StatusCode::BAD_REQUEST, page(&Screen::SignIn, "", "/", &[], None, &locale));
    };
    let locale = fields.locale(&headers);
    let email = fields.email.clone().unwrap_or_default();
    // Another language or screen is refused, with the sign-in page in a language that is offered
    // and the way to both.
    if !fields.known() {
        return html(StatusCode::BAD_REQUEST, page(&Screen::SignIn, &email, &fields.next(), &[], None, &locale));
    }
    let (screen, notice) = match fields.screen.as_deref() {
        Some("create") => (Screen::CreateAccount, None),
        Some("forgot") => (Screen::Forgot, None),
        Some("reset") if reset_token(&state, &jar).is_some() => (Screen::Reset, None),
        Some("reset") => (Screen::Forgot, Some(Say::AskForResetCode)),
        Some("verify") => match step_email(&state, &jar) {
            Some(email) => (Screen::Verify { email }, None),
            None => (Screen::SignIn, Some(Say::SignInToConfirm)),
        },
        _ => (Screen::SignIn, None),
    };
    html(StatusCode::OK, page(&screen, &email, &fields.next(), &[], notice, &locale))
}

pub async fn submit(State(state): State<Arc<AppState>>, client: Client, jar: CookieJar, headers: HeaderMap, fields: Result<Form<Fields>, FormRejection>) -> Response {
    let Ok(Form(fields)) = fields else {
        let locale = choose_locale(None, headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()));
        let status = if fields.as_ref().err().is_some_and(crate::error::form_too_large) { StatusCode::PAYLOAD_TOO_LARGE } else { StatusCode::BAD_REQUEST };
        return html(status, page(&Screen::SignIn, "", "/", &[Problem { field: None, text: Say::Failed(Ui::RequestFailed) }], None, &locale));
    };
    let locale = fields.locale(&headers);
    if !from_this_site(&headers) {
        return html(StatusCode::FORBIDDEN, page(&Screen::SignIn, "", "/", &[Problem { field: None, text: Say::Failed(Ui::RequestFailed) }], None, &locale));
    }
    if !fields.known() {
        return html(StatusCode::BAD_REQUEST, page(&Screen::SignIn, "", &fields.next(), &[Problem { field: None, text: Say::Failed(Ui::RequestFailed) }], None, &locale));
    }
    let next = fields.next();
    let email = fields.email.clone().unwrap_or_default();
    let password = fields.password.clone().unwrap_or_default();
    let secure = state.config.secure_cookies;
    let signed_in = |jar: CookieJar, token: String| {
        let back = if next.contains('?') { next.clone() } else { format!("{next}?lang={}", locale.code()) };
        let jar = jar.remove(Cookie::build(STEP_COOKIE).path("/sign-in")).add(session_cookie(token, secure));
        (StatusCode::SEE_OTHER, jar, [(header::LOCATION, back)]).into_response()
    };
    // The password was right but the address is not confirmed: this browser may enter the code.
    let to_code_screen = |jar: CookieJar, status: StatusCode, email: &str| match state.store.begin_step(email, state.clock.now()) {
        Ok(token) => (jar.add(step_cookie(token, secure)), html(status, page(&Screen::Verify { email: accounts::normalise(email) }, email, &next, &[], None, &locale))).into_response(),
        Err(error) => show_refusal(error, Screen::SignIn, &email, &next, &locale),
    };
    match fields.screen.as_deref() {
        Some("verify") => {
            let (Some(email), Some(token)) = (step_email(&state, &jar), jar.get(STEP_COOKIE).map(|c| c.value().to_string())) else {
                return html(StatusCode::BAD_REQUEST, page(&Screen::SignIn, &email, &next, &[no_step()], None, &locale));
            };
            let screen = Screen::Verify { email: email.clone() };
            if fields.action.as_deref() == Some("new-code") {
                return match accounts::mail_new_code(&state, &email) {
                    Ok(()) => html(StatusCode::OK, page(&screen, &email, &next, &[], Some(Say::NewCodeSent), &locale)),
                    Err(error) => show_refusal(error, screen, &email, &next, &locale),
                };
            }
            let code = fields.code.clone().unwrap_or_default();
            let problems = check(&screen, "", "", &code);
            if !problems.is_empty() {
                return html(StatusCode::BAD_REQUEST, page(&screen, &email, &next, &problems, None, &locale));
            }
            match accounts::confirm_with_code(&state, &email, &code).and_then(|()| state.store.open_session(&email, state.clock.now())) {
                Ok(session) => {
                    let _ = state.store.end_step(&token);
                    signed_in(jar, session)
                }
                Err(error) => show_refusal(error, screen, &email, &next, &locale),
            }
        }
        Some("forgot") => {
            let problems = check(&Screen::Forgot, &email, "", "");
            if !problems.is_empty() {
                return html(StatusCode::BAD_REQUEST, page(&Screen::Forgot, &email, &next, &problems, None, &locale));
            }
            match crate::recovery::request(&state, &client, &email) {
                Ok(token) => (jar.add(sign_in_page_cookie(RESET_COOKIE, token, secure)), html(StatusCode::OK, page(&Screen::Reset, &email, &next, &[], None, &locale))).into_response(),
                Err(error) => show_refusal(error, Screen::Forgot, &email, &next, &locale),
            }
        }
        Some("reset") => {
            let Some(token) = reset_token(&state, &jar) else {
                let problem = Problem { field: None, text: Say::AskForResetCode };
                return html(StatusCode::BAD_REQUEST, page(&Screen::Forgot, "", &next, &[problem], None, &locale));
            };
            let code = fields.code.clone().unwrap_or_default();
            let problems = check(&Screen::Reset, "", &password, &code);
            if !problems.is_empty() {
                return html(StatusCode::BAD_REQUEST, page(&Screen::Reset, "", &next, &problems, None, &locale));
            }
            match crate::recovery::reset(&state, &token, &code, &password).await {
                Ok(session) => signed_in(jar.remove(Cookie::build(RESET_COOKIE).path("/sign-in")), session),
                Err(AccountError::NoStep) => html(StatusCode::BAD_REQUEST, page(&Screen::Forgot, "", &next, &[Problem { field: None, text: Say::AskForResetCode }], None, &locale)),
                Err(error) => show_refusal(error, Screen::Reset, "", &next, &locale),
            }
        }
        Some("create") => {
            let problems = check(&Screen::CreateAccount, &email, &password, "");
            if !problems.is_empty() {
                return html(StatusCode::BAD_REQUEST, page(&Screen::CreateAccount, &email, &next, &problems, None, &locale));
            }
            match accounts::create_account(&state, &client, &email, &password).await {
                Ok(()) => to_code_screen(jar, StatusCode::CREATED, &email),
                Err(error) => show_refusal(error, Screen::CreateAccount, &email, &next, &locale),
            }
        }
        _ => {
            let problems = check(&Screen::SignIn, &email, &password, "");
            if !problems.is_empty() {
                return html(StatusCode::BAD_REQUEST, page(&Screen::SignIn, &email, &next, &problems, None, &locale));
            }
            match accounts::sign_in(&state, &client, &email, &password).await {
                Ok(token) => signed_in(jar, token),
                Err(AccountError::NotVerified) => to_code_screen(jar, StatusCode::OK, &email),
                Err(error) => show_refusal(error, Screen::SignIn, &email, &next, &locale),
            }
        }
    }
}

/// A refusal from the account layer, shown on `screen` at its field (429 for a limit).
fn show_refusal(error: AccountError, screen: Screen, email: &str, next: &str, locale: &Locale) -> Response {
    let retry = if let AccountError::TooManyAttempts(seconds) = &error { Some(axum::http::HeaderValue::from((*seconds).max(1))) } else { None };
    let status = if retry.is_some() { StatusCode::TOO_MANY_REQUESTS } else { StatusCode::BAD_REQUEST };
    let mut problem = refused(error);
    // A problem at a field this screen does not have is the page's.
    let has_field = |field: Field| match screen {
        Screen::Verify { .. } => field == Field::Code,
        Screen::Forgot => field == Field::Email,
        Screen::Reset => field != Field::Email,
        Screen::SignIn | Screen::CreateAccount => field != Field::Code,
    };
    problem.field = problem.field.filter(|field| has_field(*field));
    let mut response = html(status, page(&screen, email, next, &[problem], None, locale));
    if let Some(retry) = retry {
        response.headers_mut().insert(header::RETRY_AFTER, retry);
    }
    response
}

/// Foreign eID: what the service says about it (no international e-ID can be used) and what to do
/// instead.
pub async fn foreign_eid(fields: Result<Query<Fields>, QueryRejection>, headers: HeaderMap) -> Response {
    // An address the page cannot read (a field given twice) gets the page too, refused.
    let (fields, readable) = match fields {
        Ok(Query(fields)) => (fields, true),
        Err(_) => (Fields::default(), false),
    };
    let locale = fields.locale(&headers);
    let status = if readable && fields.known() { StatusCode::OK } else { StatusCode::BAD_REQUEST };
    html(status, crate::pages::sign_in::foreign_eid(&fields.next(), &locale))
}

/// Signs out and goes to the start page. A post only, so a link on another site cannot do it.
pub async fn sign_out(State(state): State<Arc<AppState>>, jar: CookieJar, headers: HeaderMap, fields: Result<Form<Fields>, FormRejection>) -> Response {
    let fields = fields.map(|Form(fields)| fields).unwrap_or_default();
    let locale = fields.locale(&headers);
    if !from_this_site(&headers) {
        return html(StatusCode::FORBIDDEN, page(&Screen::SignIn, "", "/", &[Problem { field: None, text: Say::Failed(Ui::RequestFailed) }], None, &locale));
    }
    match end_session(&state, jar) {
        Ok(jar) => (StatusCode::SEE_OTHER, jar, [(header::LOCATION, format!("/?lang={}", locale.code()))]).into_response(),
        Err(error) => error.into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_paths_on_this_site_are_followed_after_signing_in() {
        let next = |n: &str| Fields { next: Some(n.into()), ..Default::default() }.next();
        assert_eq!(next("/forms/work-permit"), "/forms/work-permit");
        assert_eq!(next("//evil.example/x"), "/");
        assert_eq!(next("https://evil.example/"), "/");
        assert_eq!(next("/\\evil.example"), "/");
        assert_eq!(next("/\t/evil.example/"), "/");
    }

    #[test]
    fn a_post_from_another_site_is_refused() {
        let headers = |pairs: &[(&'static str, &'static str)]| {
            let mut map = HeaderMap::new();
            for (k, v) in pairs {
                map.insert(*k, v.parse().unwrap());
            }
            map
        };
        assert!(from_this_site(&headers(&[("sec-fetch-site", "same-origin")])));
        assert!(!from_this_site(&headers(&[("sec-fetch-site", "cross-site")])));
        assert!(from_this_site(&headers(&[("origin", "http://127.0.0.1:8080"), ("host", "127.0.0.1:8080")])));
        assert!(!from_this_site(&headers(&[("origin", "https://evil.example"), ("host", "127.0.0.1:8080")])));
    }
}
