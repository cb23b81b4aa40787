//! "Your account" (`/account`), for a signed-in applicant: the address, which cannot change, and
//! two-step verification. Turning it on or changing the phone number asks for the password again
//! and confirms the number with a code sent to it (the step's screen posts to `/sign-in`);
//! turning it off asks for the password again. Signed out, the page leads to signing in first.

use super::{readable, Fields, View};
use crate::accounts;
use crate::limits::Client;
use crate::pages::{self, urlencode};
use crate::steps::{self, StepKind};
use crate::AppState;
use axum::extract::rejection::{FormRejection, QueryRejection};
use axum::extract::{Form, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum_extra::extract::cookie::CookieJar;
use blankett_core::account::{phone_ending, phone_number, Say, Screen, Typed};
use blankett_core::messages::Ui;
use std::sync::Arc;

/// The signed-in applicant's address; signed out, where to sign in first.
async fn signed_in(state: &AppState, jar: &CookieJar, view: &View) -> Result<String, Response> {
    crate::api::signed_in(state, jar).await.map_err(|_| {
        let back = format!("/account?lang={}&next={}", view.locale.code(), urlencode(&view.next));
        let location = format!("/sign-in?lang={}&next={}", view.locale.code(), urlencode(&back));
        (StatusCode::SEE_OTHER, [(header::LOCATION, location)]).into_response()
    })
}

/// What the account page says was just done.
fn notice(done: Option<&str>) -> Option<Say> {
    match done? {
        "two-step-on" => Some(Say::TwoStepOn),
        "two-step-off" => Some(Say::TwoStepIsOff),
        "two-step-turned-off" => Some(Say::TwoStepTurnedOff),
        _ => None,
    }
}

pub async fn account_page(State(state): State<Arc<AppState>>, jar: CookieJar, fields: Result<Query<Fields>, QueryRejection>, headers: HeaderMap) -> Response {
    let (fields, readable) = readable(fields);
    let view = View::new(&state, &fields, &headers);
    let email = match signed_in(&state, &jar, &view).await {
        Ok(email) => email,
        Err(to_sign_in) => return to_sign_in,
    };
    let phone = state.store.phone_of(&email).await.ok().flatten();
    let status = if readable && fields.known() { StatusCode::OK } else { StatusCode::BAD_REQUEST };
    match fields.screen.as_deref() {
        Some("phone") => view.page(status, &Screen::Phone, &Typed::default(), &[], None),
        Some("two-step-off") if phone.is_some() => view.page(status, &Screen::TwoStepOff, &Typed::default(), &[], None),
        _ => pages::html(status, &pages::sign_in::account(&email, phone.as_deref(), &view.next, notice(fields.done.as_deref()), &view.locale)),
    }
}

pub async fn account_post(State(state): State<Arc<AppState>>, client: Client, jar: CookieJar, headers: HeaderMap, fields: Result<Form<Fields>, FormRejection>) -> Response {
    // A form the page cannot read (a field given twice) is refused like an unknown value.
    let (fields, readable) = match fields {
        Ok(Form(fields)) => (fields, true),
        Err(_) => (Fields::default(), false),
    };
    let view = View::new(&state, &fields, &headers);
    if !super::from_this_site(&headers) {
        return view.refused_page(StatusCode::FORBIDDEN, &Screen::Phone, Say::Failed(Ui::RequestFailed));
    }
    if !readable || !fields.known() {
        return view.refused_page(StatusCode::BAD_REQUEST, &Screen::Phone, Say::Failed(Ui::RequestFailed));
    }
    let email = match signed_in(&state, &jar, &view).await {
        Ok(email) => email,
        Err(to_sign_in) => return to_sign_in,
    };
    let typed = fields.typed();
    let screen = if fields.screen.as_deref() == Some("two-step-off") { Screen::TwoStepOff } else { Screen::Phone };
    if let Some(refused) = view.problems(&screen, &typed) {
        return refused;
    }
    if let Err(error) = accounts::password_again(&state, &client, &email, typed.password).await {
        return view.refusal(error, &screen, &Typed { password: "", ..typed });
    }
    if screen == Screen::TwoStepOff {
        return match state.store.set_phone(&email, None).await {
            Ok(()) => {
                let location = format!("/account?done=two-step-off&lang={}&next={}", view.locale.code(), urlencode(&view.next));
                (StatusCode::SEE_OTHER, [(header::LOCATION, location)]).into_response()
            }
            Err(error) => view.refusal(error, &screen, &typed),
        };
    }
    // The number gets a code before any code of signing in goes there.
    let phone = phone_number(typed.phone).unwrap_or_default();
    match steps::begin(&state, &email, StepKind::ConfirmPhone { new_account: false }, Some(&phone), &view.locale).await {
        Ok(token) => view.to_step(jar, StatusCode::OK, token, &Screen::ConfirmPhone { phone_ending: phone_ending(&phone), new_account: false }),
        Err(error) => view.refusal(error, &screen, &typed),
    }
}
