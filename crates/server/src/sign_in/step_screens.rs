//! The screens of a sign-in step (`steps.rs`): confirm the address with the mailed code, the
//! text message's code of two-step verification, the mailed code instead when the phone is lost,
//! and the code that confirms a new phone number. Each takes its code, or a second button: a new
//! code, "I cannot get text messages", or (a new account) going on without two-step verification.

use super::{held_step, step_screen, Fields, View, STEP_COOKIE};
use crate::accounts;
use crate::steps::{self, StepKind};
use crate::AppState;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum_extra::extract::cookie::{Cookie, CookieJar};
use blankett_core::account::{Say, Screen, Typed};

pub(super) async fn submit(state: &AppState, view: &View, jar: CookieJar, fields: &Fields) -> Response {
    let Some((token, step)) = held_step(state, &jar).await else {
        return view.refused_page(StatusCode::BAD_REQUEST, &Screen::SignIn, Say::SignInToConfirm);
    };
    let screen = step_screen(&step);
    let typed = fields.typed();
    match (step.kind, fields.action.as_deref()) {
        (StepKind::ConfirmEmail, Some("new-code")) => match accounts::mail_new_code(state, &step.email, &view.locale).await {
            Ok(()) => view.page(StatusCode::OK, &screen, &Typed::default(), &[], Some(Say::NewCodeSent)),
            Err(error) => view.refusal(error, &screen, &typed),
        },
        (_, Some("new-code")) => match steps::new_code_for(state, &token, &step, &view.locale).await {
            Ok(()) => {
                let sent = if matches!(step.kind, StepKind::LostPhone | StepKind::EidConfirm) { Say::NewCodeSent } else { Say::NewTextCodeSent };
                view.page(StatusCode::OK, &screen, &Typed::default(), &[], Some(sent))
            }
            Err(error) => view.refusal(error, &screen, &typed),
        },
        // No text messages come: a code by mail instead, which turns two-step verification off.
        (StepKind::SecondStep, Some("lost-phone")) => {
            steps::end(state, &token).await;
            match steps::begin(state, &step.email, StepKind::LostPhone, None, &view.locale).await {
                Ok(token) => view.to_step(jar, StatusCode::OK, token, &Screen::LostPhone),
                Err(error) => view.refusal(error, &screen, &typed),
            }
        }
        // The first e-identification sign-in: the address gets a code of its own step.
        (StepKind::EidEmail, _) => {
            if let Some(refused) = view.problems(&screen, &typed) {
                return refused;
            }
            match steps::begin_with(state, typed.email, StepKind::EidConfirm, None, step.personal_number.as_deref(), &view.locale).await {
                Ok(next_token) => {
                    steps::end(state, &token).await;
                    view.to_step(jar, StatusCode::OK, next_token, &Screen::EidConfirm { email: accounts::normalise(typed.email) })
                }
                Err(error) => view.refusal(error, &screen, &typed),
            }
        }
        (StepKind::ConfirmPhone { new_account: true }, Some("skip")) => {
            steps::end(state, &token).await;
            match state.store.open_session(&step.email, state.clock.now()).await {
                Ok(session) => view.signed_in(jar, session),
                Err(error) => view.refusal(error, &screen, &typed),
            }
        }
        _ => {
            if let Some(refused) = view.problems(&screen, &typed) {
                return refused;
            }
            let checked = match step.kind {
                StepKind::ConfirmEmail => accounts::confirm_with_code(state, &step.email, typed.code).await,
                _ => steps::check_code(state, &token, &step, typed.code).await,
            };
            if let Err(error) = checked {
                return view.refusal(error, &screen, &typed);
            }
            steps::end(state, &token).await;
            match finish(state, view, jar, &step).await {
                Ok(response) => response,
                Err(error) => view.refusal(error, &screen, &typed),
            }
        }
    }
}

/// What follows a step's right code.
async fn finish(state: &AppState, view: &View, jar: CookieJar, step: &steps::Step) -> Result<Response, crate::store::StoreError> {
    let now = state.clock.now();
    Ok(match step.kind {
        // A phone number given with the new account: confirm it before codes go there.
        StepKind::ConfirmEmail if step.phone.is_some() => {
            let token = steps::begin(state, &step.email, StepKind::ConfirmPhone { new_account: true }, step.phone.as_deref(), &view.locale).await?;
            let confirm = steps::find(state, &token).await.map(|step| step_screen(&step)).ok_or(crate::store::StoreError::NoStep)?;
            view.to_step(jar, StatusCode::OK, token, &confirm)
        }
        StepKind::ConfirmEmail | StepKind::SecondStep => view.signed_in(jar, state.store.open_session(&step.email, now).await?),
        StepKind::EidConfirm => {
            let personal_number = step.personal_number.as_deref().ok_or(crate::store::StoreError::NoStep)?;
            state.store.link_identity(personal_number, &step.email, now).await.map_err(|e| crate::store::StoreError::Database(e))?;
            view.signed_in(jar, state.store.open_session(&step.email, now).await?)
        }
        StepKind::EidEmail => return Err(crate::store::StoreError::NoStep),
        StepKind::LostPhone => {
            state.store.set_phone(&step.email, None).await?;
            let session = state.store.open_session(&step.email, now).await?;
            to_account(view, view.signed_in(jar, session), "two-step-turned-off")
        }
        StepKind::ConfirmPhone { new_account } => {
            state.store.set_phone(&step.email, step.phone.as_deref()).await?;
            if new_account {
                view.signed_in(jar, state.store.open_session(&step.email, now).await?)
            } else {
                let jar = jar.remove(Cookie::build(STEP_COOKIE).path("/sign-in"));
                to_account(view, (StatusCode::SEE_OTHER, jar).into_response(), "two-step-on")
            }
        }
    })
}

/// `response`, leading to the account page that says what was `done` instead of to `next`.
fn to_account(view: &View, mut response: Response, done: &str) -> Response {
    let location = format!("/account?done={done}&lang={}&next={}", view.locale.code(), crate::pages::urlencode(&view.next));
    if let Ok(value) = location.parse() {
        response.headers_mut().insert(header::LOCATION, value);
    }
    *response.status_mut() = StatusCode::SEE_OTHER;
    response
}
