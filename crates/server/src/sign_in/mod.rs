//! The reference backend's sign-in pages: the ways to sign in, create an account, confirm the
//! address with the mailed code (R1), a forgotten password (R6), two-step verification by text
//! message, and signing out; and the account page (`account.rs`). Plain HTML forms rendered by
//! `pages/`: signing in belongs to the backend (the login methods of R11 are identity providers
//! the app never sees), it works without JavaScript, and it keeps the app's download to the form
//! engine. The app links here as `/sign-in?next=/forms/x&lang=sv` (see api/openapi.yaml) and the
//! applicant comes back to `next` signed in.
//!
//! A screen that follows a proof (the code screen after the password, the text message's code
//! after the password) is only for the browser that gave the proof: it holds a sign-in step
//! (`steps.rs`, [`STEP_COOKIE`]), and the address comes from the step, never from the form.
//!
//! What is checked and what each refusal means are the engine's rules (`blankett_core::account`);
//! the words are its catalogue, in Swedish or English.

mod account;
mod bankid;
mod eid;
mod step_screens;

pub use account::{account_page, account_post};
pub use eid::{callback as eid_callback, start as eid_start};
pub mod bankid_pages {
    //! BankID's addresses (`bankid.rs`), for the router.
    pub use super::bankid::{cancel, qr, start, status, wait};
}

use crate::accounts::{self, PasswordGiven};
use crate::store::StoreError;
use crate::api::{end_session, session_cookie};
use crate::limits::Client;
use crate::pages::sign_in::{page, Chooser, SignInPage};
use crate::pages;
use crate::steps::{self, StepKind};
use crate::AppState;
use axum::extract::rejection::{FormRejection, QueryRejection};
use axum::extract::{Form, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use blankett_core::account::origins::{return_address, Origin};
use blankett_core::account::{check, phone_ending, phone_number, Field, Problem, Say, Screen, Typed, MIN_PASSWORD_LENGTH};
use blankett_core::messages::Ui;
use blankett_core::basics::text::Locale;
use serde::Deserialize;
use std::sync::Arc;

/// The cookie of a sign-in step (`steps.rs`). Sent to the sign-in pages only; the step itself
/// ends on the server after `steps::STEP_LIFETIME`.
pub const STEP_COOKIE: &str = "blankett_step";

/// The cookie of a forgotten-password step: this browser asked for a code to choose a new
/// password (see `recovery.rs`).
pub const RESET_COOKIE: &str = "blankett_reset";

fn sign_in_page_cookie(name: &'static str, token: String, secure: bool) -> Cookie<'static> {
    Cookie::build((name, token)).http_only(true).same_site(SameSite::Strict).secure(secure).path("/sign-in").build()
}

/// What the pages' address and forms carry. Every field is optional: a hand-made request gets the
/// sign-in page, not an error.
#[derive(Deserialize, Default)]
pub struct Fields {
    screen: Option<String>,
    email: Option<String>,
    password: Option<String>,
    code: Option<String>,
    phone: Option<String>,
    next: Option<String>,
    lang: Option<String>,
    /// A second button's: `new-code` (send a new code), `lost-phone` (no text messages come),
    /// `skip` (a new account without two-step verification).
    action: Option<String>,
    /// What the account page says was just done (`two-step-on`, `two-step-off`).
    done: Option<String>,
    /// BankID: `this` device or an `other` one.
    device: Option<String>,
    /// `1`: the sign-in page with "More alternatives" open.
    more: Option<String>,
}

const SCREENS: [&str; 12] = ["sign-in", "create", "verify", "forgot", "reset", "second-step", "lost-phone", "phone", "confirm-phone", "two-step-off", "eid-email", "eid-confirm"];

/// The screens of a sign-in step (`step_screens.rs`).
const STEP_SCREENS: [&str; 6] = ["verify", "second-step", "lost-phone", "confirm-phone", "eid-email", "eid-confirm"];

impl Fields {
    fn locale(&self, headers: &HeaderMap) -> Locale {
        pages::locale_of(self.lang.as_deref(), headers)
    }
    /// Whether `lang`, `screen` and `done`, if given, are a language these pages are in, one of
    /// their screens, and something the account page says was done.
    fn known(&self) -> bool {
        self.lang.as_deref().is_none_or(|code| pages::languages().any(|known| known == code))
            && self.screen.as_deref().is_none_or(|screen| SCREENS.contains(&screen))
            && self.done.as_deref().is_none_or(|done| matches!(done, "two-step-on" | "two-step-off" | "two-step-turned-off"))
            && self.device.as_deref().is_none_or(|device| matches!(device, "this" | "other"))
            && self.more.as_deref().is_none_or(|more| more == "1")
    }
    /// Where to go once signed in: a normalised path on this site, or a page of a site allowed to
    /// embed the forms (`--allow-origin`, whose widget sent the applicant here), so the page
    /// cannot be used to send someone elsewhere.
    fn next(&self, allowed: &[Origin]) -> String {
        self.next.as_deref().and_then(|next| return_address(next, allowed)).unwrap_or("/").to_string()
    }
    fn typed(&self) -> Typed<'_> {
        fn text(value: &Option<String>) -> &str {
            value.as_deref().unwrap_or_default()
        }
        Typed { email: text(&self.email), password: text(&self.password), code: text(&self.code), phone: text(&self.phone) }
    }
}

/// How a page of this request is answered: in its language, leading to its `next`, offering the
/// deployment's ways to sign in.
struct View {
    locale: Locale,
    next: String,
    secure: bool,
    chooser: Chooser,
}

impl View {
    fn new(state: &AppState, fields: &Fields, headers: &HeaderMap) -> View {
        let chooser = Chooser { offered: state.eid.as_ref().map(|eid| eid.offered()).unwrap_or_default(), more_open: fields.more.as_deref() == Some("1") };
        View { locale: fields.locale(headers), next: fields.next(&state.config.allowed_origins), secure: state.config.secure_cookies, chooser }
    }

    fn page(&self, status: StatusCode, screen: &Screen, typed: &Typed, problems: &[Problem], notice: Option<Say>) -> Response {
        pages::html(status, &page(screen, typed, &self.next, problems, notice, &self.chooser, &self.locale))
    }

    /// The page again with what is wrong in what was typed, if anything.
    fn problems(&self, screen: &Screen, typed: &Typed) -> Option<Response> {
        let problems = check(screen, typed);
        (!problems.is_empty()).then(|| self.page(StatusCode::BAD_REQUEST, screen, typed, &problems, None))
    }

    /// A refusal from the account layer, shown on `screen` at its field (429 for a limit).
    fn refusal(&self, error: StoreError, screen: &Screen, typed: &Typed) -> Response {
        let retry = if let StoreError::TooManyAttempts(seconds) = &error { Some(axum::http::HeaderValue::from((*seconds).max(1))) } else { None };
        let status = if retry.is_some() { StatusCode::TOO_MANY_REQUESTS } else { StatusCode::BAD_REQUEST };
        let mut problem = refused(error);
        // A problem at a field this screen does not have is the page's.
        problem.field = problem.field.filter(|field| has_field(screen, *field));
        let mut response = self.page(status, screen, typed, &[problem], None);
        if let Some(retry) = retry {
            response.headers_mut().insert(header::RETRY_AFTER, retry);
        }
        response
    }

    /// Signed in: the session cookie, the step's cookie removed, and back to `next`. A path on this
    /// site gets the language; a host page's address is the host's, and stays as it was.
    fn signed_in(&self, jar: CookieJar, token: String) -> Response {
        let on_this_site = self.next.starts_with('/');
        let back = if self.next.contains('?') || !on_this_site { self.next.clone() } else { format!("{}?lang={}", self.next, self.locale.code()) };
        let jar = jar.remove(Cookie::build(STEP_COOKIE).path("/sign-in")).add(session_cookie(token, self.secure));
        (StatusCode::SEE_OTHER, jar, [(header::LOCATION, back)]).into_response()
    }

    /// A step begun: its cookie, and its screen.
    fn to_step(&self, jar: CookieJar, status: StatusCode, token: String, screen: &Screen) -> Response {
        (jar.add(sign_in_page_cookie(STEP_COOKIE, token, self.secure)), self.page(status, screen, &Typed::default(), &[], None)).into_response()
    }

    fn refused_page(&self, status: StatusCode, screen: &Screen, text: Say) -> Response {
        self.page(status, screen, &Typed::default(), &[Problem { field: None, text }], None)
    }
}

fn has_field(screen: &Screen, field: Field) -> bool {
    match screen {
        Screen::SignIn => matches!(field, Field::Email | Field::Password),
        Screen::CreateAccount => field != Field::Code,
        Screen::Forgot => field == Field::Email,
        Screen::Reset => matches!(field, Field::Code | Field::Password),
        Screen::Verify { .. } | Screen::SecondStep { .. } | Screen::LostPhone | Screen::ConfirmPhone { .. } => field == Field::Code,
        Screen::Phone => matches!(field, Field::Phone | Field::Password),
        Screen::TwoStepOff => field == Field::Password,
        Screen::EidEmail => field == Field::Email,
        Screen::EidConfirm { .. } => field == Field::Code,
    }
}

/// Where each refusal from the account layer lands: a problem at a field, or for the whole page.
fn refused(error: StoreError) -> Problem {
    let at = |field: Field, text: Say| Problem { field: Some(field), text };
    match error {
        StoreError::NotVerified | StoreError::NoStep | StoreError::TwoStepRequired => Problem { field: None, text: Say::SignInToConfirm },
        StoreError::InvalidEmail => at(Field::Email, Say::EmailFormat),
        StoreError::Exists => at(Field::Email, Say::AccountExists),
        StoreError::WeakPassword => at(Field::Password, Say::PasswordTooShort { min: MIN_PASSWORD_LENGTH }),
        StoreError::WrongCredentials => at(Field::Password, Say::WrongCredentials),
        StoreError::WrongCode => at(Field::Code, Say::WrongCode),
        StoreError::CodeUsedUp => at(Field::Code, Say::CodeUsedUp),
        StoreError::CodeExpired => at(Field::Code, Say::CodeExpired),
        StoreError::TooManyAttempts(seconds) => Problem { field: None, text: Say::Failed(Ui::TooManyAttempts { minutes: seconds.div_ceil(60) }) },
        // Anything else the store refuses is not about what was typed here.
        _ => Problem { field: None, text: Say::Failed(Ui::RequestFailed) },
    }
}

/// A form post from another site is refused: the session cookie is `SameSite=Strict`, and this
/// stops a page elsewhere from signing a visitor in or out.
pub(crate) fn from_this_site(headers: &HeaderMap) -> bool {
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
async fn reset_token(state: &AppState, jar: &CookieJar) -> Option<String> {
    let token = jar.get(RESET_COOKIE)?.value().to_string();
    state.store.has_reset_step(&token, state.clock.now()).await.then_some(token)
}

/// The step this browser holds, with its token, if it has not ended.
async fn held_step(state: &AppState, jar: &CookieJar) -> Option<(String, steps::Step)> {
    let token = jar.get(STEP_COOKIE)?.value().to_string();
    steps::find(state, &token).await.map(|step| (token, step))
}

/// The screen a step shows.
fn step_screen(step: &steps::Step) -> Screen {
    let ending = || phone_ending(step.phone.as_deref().unwrap_or_default());
    match step.kind {
        StepKind::ConfirmEmail => Screen::Verify { email: step.email.clone() },
        StepKind::SecondStep => Screen::SecondStep { phone_ending: ending() },
        StepKind::LostPhone => Screen::LostPhone,
        StepKind::ConfirmPhone { new_account } => Screen::ConfirmPhone { phone_ending: ending(), new_account },
        StepKind::EidEmail => Screen::EidEmail,
        StepKind::EidConfirm => Screen::EidConfirm { email: step.email.clone() },
    }
}

/// An address the page cannot read (a field given twice) gets the page too, refused.
fn readable(fields: Result<Query<Fields>, QueryRejection>) -> (Fields, bool) {
    match fields {
        Ok(Query(fields)) => (fields, true),
        Err(_) => (Fields::default(), false),
    }
}

pub async fn show(State(state): State<Arc<AppState>>, jar: CookieJar, fields: Result<Query<Fields>, QueryRejection>, headers: HeaderMap) -> Response {
    let (fields, readable) = readable(fields);
    let view = View::new(&state, &fields, &headers);
    let typed = fields.typed();
    // Another language or screen is refused, with the sign-in page in a language that is offered
    // and the way to both.
    if !readable || !fields.known() {
        return view.page(StatusCode::BAD_REQUEST, &Screen::SignIn, &typed, &[], None);
    }
    let (screen, notice) = match fields.screen.as_deref() {
        Some("create") => (Screen::CreateAccount, None),
        Some("forgot") => (Screen::Forgot, None),
        Some("reset") if reset_token(&state, &jar).await.is_some() => (Screen::Reset, None),
        Some("reset") => (Screen::Forgot, Some(Say::AskForResetCode)),
        Some(screen) if STEP_SCREENS.contains(&screen) => match held_step(&state, &jar).await {
            Some((_, step)) => (step_screen(&step), None),
            None => (Screen::SignIn, Some(Say::SignInToConfirm)),
        },
        _ => (Screen::SignIn, filling_in(&state, &view).await),
    };
    view.page(StatusCode::OK, &screen, &typed, &[], notice)
}

/// "Sign in to fill in Application for a work permit.", when signing in leads to a form.
async fn filling_in(state: &AppState, view: &View) -> Option<Say> {
    let id = view.next.strip_prefix("/forms/")?;
    let form = state.forms.offered(id).await?;
    Some(Say::SignInToFill { form: form.title.get(&view.locale).to_string() })
}

pub async fn submit(State(state): State<Arc<AppState>>, client: Client, jar: CookieJar, headers: HeaderMap, fields: Result<Form<Fields>, FormRejection>) -> Response {
    let Ok(Form(fields)) = fields else {
        let view = View::new(&state, &Fields::default(), &headers);
        let status = if fields.as_ref().err().is_some_and(crate::error::form_too_large) { StatusCode::PAYLOAD_TOO_LARGE } else { StatusCode::BAD_REQUEST };
        return view.refused_page(status, &Screen::SignIn, Say::Failed(Ui::RequestFailed));
    };
    let view = View::new(&state, &fields, &headers);
    if !from_this_site(&headers) {
        return View { next: "/".into(), ..view }.refused_page(StatusCode::FORBIDDEN, &Screen::SignIn, Say::Failed(Ui::RequestFailed));
    }
    if !fields.known() {
        return view.refused_page(StatusCode::BAD_REQUEST, &Screen::SignIn, Say::Failed(Ui::RequestFailed));
    }
    let typed = fields.typed();
    match fields.screen.as_deref() {
        Some(screen) if STEP_SCREENS.contains(&screen) => step_screens::submit(&state, &view, jar, &fields).await,
        Some("forgot") => {
            if let Some(refused) = view.problems(&Screen::Forgot, &typed) {
                return refused;
            }
            match crate::recovery::request(&state, &client, typed.email, &view.locale).await {
                Ok(token) => (jar.add(sign_in_page_cookie(RESET_COOKIE, token, view.secure)), view.page(StatusCode::OK, &Screen::Reset, &typed, &[], None)).into_response(),
                Err(error) => view.refusal(error, &Screen::Forgot, &typed),
            }
        }
        Some("reset") => {
            let Some(token) = reset_token(&state, &jar).await else {
                return view.refused_page(StatusCode::BAD_REQUEST, &Screen::Forgot, Say::AskForResetCode);
            };
            if let Some(refused) = view.problems(&Screen::Reset, &typed) {
                return refused;
            }
            match crate::recovery::reset(&state, &token, typed.code, typed.password).await {
                Ok(session) => view.signed_in(jar.remove(Cookie::build(RESET_COOKIE).path("/sign-in")), session),
                Err(StoreError::NoStep) => view.refused_page(StatusCode::BAD_REQUEST, &Screen::Forgot, Say::AskForResetCode),
                Err(error) => view.refusal(error, &Screen::Reset, &typed),
            }
        }
        Some("create") => {
            if let Some(refused) = view.problems(&Screen::CreateAccount, &typed) {
                return refused;
            }
            if let Err(error) = accounts::create_account(&state, &client, typed.email, typed.password, &view.locale).await {
                return view.refusal(error, &Screen::CreateAccount, &typed);
            }
            // A phone number given waits in the step until the address is confirmed.
            let phone = phone_number(typed.phone);
            match steps::begin(&state, typed.email, StepKind::ConfirmEmail, phone.as_deref(), &view.locale).await {
                Ok(token) => view.to_step(jar, StatusCode::CREATED, token, &Screen::Verify { email: accounts::normalise(typed.email) }),
                Err(error) => view.refusal(error, &Screen::CreateAccount, &typed),
            }
        }
        _ => {
            if let Some(refused) = view.problems(&Screen::SignIn, &typed) {
                return refused;
            }
            let begun = match accounts::sign_in(&state, &client, typed.email, typed.password).await {
                Ok(PasswordGiven::SignedIn { token, .. }) => return view.signed_in(jar, token),
                Ok(PasswordGiven::NotConfirmed(email)) => steps::begin(&state, &email, StepKind::ConfirmEmail, None, &view.locale).await,
                Ok(PasswordGiven::SecondStep { email, phone }) => steps::begin(&state, &email, StepKind::SecondStep, Some(&phone), &view.locale).await,
                Err(error) => return view.refusal(error, &Screen::SignIn, &typed),
            };
            let begun = match begun {
                Ok(token) => Ok((token.clone(), steps::find(&state, &token).await)),
                Err(error) => Err(error),
            };
            match begun {
                Ok((token, Some(step))) => view.to_step(jar, StatusCode::OK, token, &step_screen(&step)),
                Ok((_, None)) => view.refused_page(StatusCode::BAD_REQUEST, &Screen::SignIn, Say::Failed(Ui::RequestFailed)),
                Err(error) => view.refusal(error, &Screen::SignIn, &typed),
            }
        }
    }
}

/// Foreign eID: what the service says about it (no international e-ID can be used) and what to do
/// instead.
pub async fn foreign_eid(State(state): State<Arc<AppState>>, fields: Result<Query<Fields>, QueryRejection>, headers: HeaderMap) -> Response {
    let (fields, readable) = readable(fields);
    let locale = fields.locale(&headers);
    let status = if readable && fields.known() { StatusCode::OK } else { StatusCode::BAD_REQUEST };
    html(status, crate::pages::sign_in::foreign_eid(&fields.next(&state.config.allowed_origins), &locale))
}

fn html(status: StatusCode, page: SignInPage) -> Response {
    pages::html(status, &page)
}

/// Signs out and goes to the page that says so. A post only, so a link on another site cannot do it.
pub async fn sign_out(State(state): State<Arc<AppState>>, jar: CookieJar, headers: HeaderMap, fields: Result<Form<Fields>, FormRejection>) -> Response {
    // Signing out always works: a form it cannot read only loses its language.
    let fields = fields.map(|Form(fields)| fields).unwrap_or_default();
    let view = View { next: "/".into(), ..View::new(&state, &fields, &headers) };
    if !from_this_site(&headers) {
        return view.refused_page(StatusCode::FORBIDDEN, &Screen::SignIn, Say::Failed(Ui::RequestFailed));
    }
    match end_session(&state, jar).await {
        Ok(jar) => (StatusCode::SEE_OTHER, jar, [(header::LOCATION, format!("/signed-out?lang={}", view.locale.code()))]).into_response(),
        Err(error) => error.into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_paths_on_this_site_are_followed_after_signing_in() {
        let next = |n: &str| Fields { next: Some(n.into()), ..Default::default() }.next(&[]);
        assert_eq!(next("/forms/work-permit"), "/forms/work-permit");
        assert_eq!(next("//evil.example/x"), "/");
        assert_eq!(next("https://evil.example/"), "/");
        assert_eq!(next("/\\evil.example"), "/");
        assert_eq!(next("/\t/evil.example/"), "/");
    }

    #[test]
    fn an_allowed_host_page_is_followed_after_signing_in_and_nothing_like_it() {
        let allowed = [Origin::parse("http://127.0.0.1:5173").unwrap()];
        let next = |n: &str| Fields { next: Some(n.into()), ..Default::default() }.next(&allowed);
        assert_eq!(next("http://127.0.0.1:5173/examples/host.html"), "http://127.0.0.1:5173/examples/host.html");
        assert_eq!(next("/forms/work-permit"), "/forms/work-permit");
        for bad in ["http://127.0.0.1:5174/", "http://127.0.0.1:5173.evil.example/", "http://127.0.0.1:5173@evil.example/", "//127.0.0.1:5173/", "javascript:alert(1)"] {
            assert_eq!(next(bad), "/", "{bad}");
        }
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
