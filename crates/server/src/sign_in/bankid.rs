//! BankID's addresses on the sign-in pages: `start` begins an order (`/auth`, with the
//! applicant's network address) and keeps it for this browser (a cookie for `/sign-in`); `wait`
//! shows it and, once it is complete, signs in like any e-identification (`eid::identified`);
//! `status` and `qr` are what the waiting page's script asks for every second; `cancel` cancels
//! the order at BankID. The order is collected at most every two seconds, as BankID asks.

use super::{from_this_site, readable, sign_in_page_cookie, Fields, View};
use crate::bankid::Kept;
use crate::limits::Client;
use crate::pages::{self, urlencode};
use crate::AppState;
use axum::extract::rejection::{FormRejection, QueryRejection};
use axum::extract::{Form, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use axum_extra::extract::cookie::{Cookie, CookieJar};
use blankett_core::account::{Say, Screen};
use blankett_core::bankid::{message, Collected, Device};
use blankett_core::messages::Ui;
use serde_json::json;
use std::sync::Arc;

/// The cookie of this browser's BankID order.
pub const ORDER_COOKIE: &str = "blankett_bankid";

fn no_store(response: impl IntoResponse) -> Response {
    let mut response = response.into_response();
    response.headers_mut().insert(header::CACHE_CONTROL, axum::http::HeaderValue::from_static("no-store"));
    response
}

pub async fn start(State(state): State<Arc<AppState>>, client: Client, fields: Result<Query<Fields>, QueryRejection>, headers: HeaderMap) -> Response {
    let (fields, readable) = readable(fields);
    let view = View::new(&state, &fields, &headers);
    let device = fields.device.as_deref().and_then(Device::read);
    let (Some(bankid), Some(device), true) = (state.eid.as_ref().and_then(|eid| eid.bankid.as_ref()), device, readable && fields.known()) else {
        return view.refused_page(StatusCode::NOT_FOUND, &Screen::SignIn, Say::EidFailed);
    };
    let now = state.clock.now();
    match bankid.auth(&client.0).await {
        Ok(order) => match state.store.keep_order(&order, device, &view.next, now).await {
            Ok(token) => {
                let wait = format!("/sign-in/bankid/wait?lang={}&next={}", view.locale.code(), urlencode(&view.next));
                no_store((StatusCode::SEE_OTHER, CookieJar::new().add(sign_in_page_cookie(ORDER_COOKIE, token, view.secure)), [(header::LOCATION, wait)]))
            }
            Err(error) => {
                eprintln!("blankett-server: keeping a BankID order: {error}");
                view.refused_page(StatusCode::INTERNAL_SERVER_ERROR, &Screen::SignIn, Say::Failed(Ui::RequestFailed))
            }
        },
        Err(error) => {
            eprintln!("blankett-server: BankID /auth: {}", error.0);
            // An order already under way for this person is the applicant's to finish or wait
            // out; anything else is BankID failing.
            let status = if error.0 == "alreadyInProgress" { StatusCode::CONFLICT } else { StatusCode::BAD_GATEWAY };
            let (rfa, _) = message(&Collected::Error { code: error.0 }, device);
            pages::html(status, &pages::bankid::page(device, "", &rfa.text(&view.locale), false, &view.next, &view.locale))
        }
    }
}

/// This browser's order, collected if it is time; with its token.
async fn current(state: &AppState, jar: &CookieJar) -> Option<(String, Kept)> {
    let token = jar.get(ORDER_COOKIE)?.value().to_string();
    let now = state.clock.now();
    let mut kept = state.store.order(&token, now).await?;
    if kept.collect_due(now) {
        let bankid = state.eid.as_ref()?.bankid.as_ref()?;
        let (collected, personal_number) = bankid.collect(&kept.order.order_ref).await;
        if let Err(error) = state.store.order_collected(&token, &collected, personal_number.as_deref(), now).await {
            eprintln!("blankett-server: keeping a BankID collect: {error}");
        }
        kept = Kept { collected, personal_number, collected_at: Some(now), ..kept };
    }
    Some((token, kept))
}

pub async fn wait(State(state): State<Arc<AppState>>, jar: CookieJar, fields: Result<Query<Fields>, QueryRejection>, headers: HeaderMap) -> Response {
    let (fields, readable) = readable(fields);
    let view = View::new(&state, &fields, &headers);
    if !readable || !fields.known() {
        return view.refused_page(StatusCode::BAD_REQUEST, &Screen::SignIn, Say::Failed(Ui::RequestFailed));
    }
    let Some((token, kept)) = current(&state, &jar).await else {
        return view.refused_page(StatusCode::BAD_REQUEST, &Screen::SignIn, Say::EidFailed);
    };
    let view = View { next: kept.next.clone(), ..view };
    if let (Collected::Complete, Some(personal_number)) = (&kept.collected, &kept.personal_number) {
        state.store.forget_order(&token, state.clock.now()).await;
        let jar = jar.remove(Cookie::build(ORDER_COOKIE).path("/sign-in"));
        return match blankett_core::basics::personnummer::parse_identity_number(personal_number, state.service.today_ymd(state.clock.now())) {
            Ok(number) => super::eid::identified(&state, &view, jar, &number.normalized).await,
            Err(_) => view.refused_page(StatusCode::BAD_GATEWAY, &Screen::SignIn, Say::EidFailed),
        };
    }
    let (rfa, over) = message(&kept.collected, kept.device);
    no_store(pages::html(StatusCode::OK, &pages::bankid::page(kept.device, &kept.order.auto_start_token, &rfa.text(&view.locale), !over, &view.next, &view.locale)))
}

/// For the waiting page's script: BankID's message now, and whether the order is over.
pub async fn status(State(state): State<Arc<AppState>>, jar: CookieJar, headers: HeaderMap) -> Response {
    let view = View::new(&state, &Fields::default(), &headers);
    let Some((_, kept)) = current(&state, &jar).await else {
        return no_store(Json(json!({ "over": true })));
    };
    let (rfa, over) = message(&kept.collected, kept.device);
    no_store(Json(json!({ "message": rfa.text(&view.locale), "over": over })))
}

/// The QR code of this browser's order, as it is this second.
pub async fn qr(State(state): State<Arc<AppState>>, jar: CookieJar) -> Response {
    let now = state.clock.now();
    let kept = match jar.get(ORDER_COOKIE) {
        Some(token) => state.store.order(token.value(), now).await,
        None => None,
    };
    match kept.filter(|kept| kept.device == Device::Other && matches!(kept.collected, Collected::Pending { .. })) {
        Some(kept) => no_store(([(header::CONTENT_TYPE, "image/svg+xml")], crate::bankid::qr_svg(&kept.qr_now(now)))),
        None => no_store(StatusCode::NOT_FOUND),
    }
}

pub async fn cancel(State(state): State<Arc<AppState>>, jar: CookieJar, headers: HeaderMap, fields: Result<Form<Fields>, FormRejection>) -> Response {
    // A form the page cannot read (a field given twice) is refused like an unknown value.
    let (fields, readable) = match fields {
        Ok(Form(fields)) => (fields, true),
        Err(_) => (Fields::default(), false),
    };
    let view = View::new(&state, &fields, &headers);
    if !from_this_site(&headers) {
        return view.refused_page(StatusCode::FORBIDDEN, &Screen::SignIn, Say::Failed(Ui::RequestFailed));
    }
    if !readable || !fields.known() {
        return view.refused_page(StatusCode::BAD_REQUEST, &Screen::SignIn, Say::Failed(Ui::RequestFailed));
    }
    let now = state.clock.now();
    if let Some(token) = jar.get(ORDER_COOKIE).map(|c| c.value().to_string()) {
        if let (Some(kept), Some(bankid)) = (state.store.order(&token, now).await, state.eid.as_ref().and_then(|eid| eid.bankid.as_ref())) {
            if let Err(error) = bankid.cancel(&kept.order.order_ref).await {
                eprintln!("blankett-server: BankID /cancel: {}", error.0);
            }
        }
        state.store.forget_order(&token, now).await;
    }
    let back = format!("/sign-in?lang={}&next={}", view.locale.code(), urlencode(&view.next));
    (StatusCode::SEE_OTHER, jar.remove(Cookie::build(ORDER_COOKIE).path("/sign-in")), [(header::LOCATION, back)]).into_response()
}
