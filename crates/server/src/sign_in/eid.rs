//! Signing in with e-identification (`eid.rs`): the chooser's button leads to
//! `/sign-in/eid/{method}`, which sends the applicant to the identity provider; the provider
//! sends them back to `/sign-in/eid/callback`. A personal identity number already linked to an
//! account signs in to it; the first time, the applicant gives the address for the agency's mail
//! (the step's screens are `step_screens.rs`'s).

use super::{Fields, View};
use crate::steps::{self, StepKind};
use crate::AppState;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum_extra::extract::cookie::CookieJar;
use blankett_core::account::{EidMethod, Say, Screen};
use serde::Deserialize;
use std::sync::Arc;

pub async fn start(State(state): State<Arc<AppState>>, Path(method): Path<String>, fields: Result<Query<Fields>, QueryRejection>, headers: HeaderMap) -> Response {
    let (fields, readable) = super::readable(fields);
    let view = View::new(&state, &fields, &headers);
    // BankID has addresses of its own (`bankid.rs`); these are the identity providers'.
    let method = EidMethod::read(&method).filter(|method| *method != EidMethod::BankId);
    let (Some(eid), Some(method), true) = (state.eid.as_ref(), method, readable && fields.known()) else {
        return view.refused_page(StatusCode::NOT_FOUND, &Screen::SignIn, Say::EidFailed);
    };
    match eid.start(&state, method, &view.next).await {
        Ok(url) => (StatusCode::SEE_OTHER, [(header::LOCATION, url)]).into_response(),
        Err(error) => {
            eprintln!("blankett-server: e-identification ({}): {}", method.name(), error.0);
            view.refused_page(StatusCode::BAD_GATEWAY, &Screen::SignIn, Say::EidFailed)
        }
    }
}

/// What the provider sends back: a code and the login's state, or an error (the applicant
/// cancelled, or the provider refused).
#[derive(Deserialize)]
pub struct Callback {
    code: Option<String>,
    state: Option<String>,
    error: Option<String>,
}

pub async fn callback(State(state): State<Arc<AppState>>, jar: CookieJar, query: Result<Query<Callback>, QueryRejection>, headers: HeaderMap) -> Response {
    let view = View::new(&state, &Fields::default(), &headers);
    let failed = |why: &str| {
        eprintln!("blankett-server: e-identification: {why}");
        view.refused_page(StatusCode::BAD_REQUEST, &Screen::SignIn, Say::EidFailed)
    };
    let Ok(Query(Callback { code: Some(code), state: Some(login), error: None })) = query else {
        return failed("the provider sent no code (cancelled, or refused)");
    };
    let Some(eid) = state.eid.as_ref() else { return failed("no e-identification is configured") };
    let (personal_number, next) = match eid.finish(&state, &code, &login).await {
        Ok(found) => found,
        Err(error) => return failed(&error.0),
    };
    let view = View { next, ..View::new(&state, &Fields::default(), &headers) };
    identified(&state, &view, jar, &personal_number).await
}

/// Signed in with e-identification as the holder of `personal_number`: to the account it is
/// linked to; the first time, to the screen asking for the address for the agency's mail.
pub(super) async fn identified(state: &AppState, view: &View, jar: CookieJar, personal_number: &str) -> Response {
    match state.store.account_of_identity(personal_number).await {
        Ok(Some(email)) => match state.store.open_session(&email, state.clock.now()).await {
            Ok(session) => view.signed_in(jar, session),
            Err(error) => view.refusal(error, &Screen::SignIn, &Default::default()),
        },
        Ok(None) => match steps::begin_with(state, "", StepKind::EidEmail, None, Some(personal_number), &view.locale).await {
            Ok(token) => view.to_step(jar, StatusCode::OK, token, &Screen::EidEmail),
            Err(error) => view.refusal(error, &Screen::SignIn, &Default::default()),
        },
        Err(error) => {
            eprintln!("blankett-server: e-identification: {error}");
            view.refused_page(StatusCode::BAD_REQUEST, &Screen::SignIn, Say::EidFailed)
        }
    }
}
