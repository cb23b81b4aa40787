//! What the page says about the session around the form: the draft continued or started anew,
//! a failed save and what to do, the draft open in another tab, and the signed-out page.

use super::Session;
use crate::form::reactive_attr;
use crate::routes::{request_failed, sign_in_address};
use crate::{browser, Language};
use blankett_core::contract::Failure;
use blankett_core::session::sync::SaveState;
use blankett_core::session::editing::Editing;
use blankett_core::messages::{self, Ui};
use blankett_core::session::{Event, Leaving, Welcome};
use blankett_core::timing::Reason;
use leptos::prelude::*;
use std::sync::Arc;

/// What the page says above the form, as status messages: the draft continued or started
/// anew, the page's time restarted, or this device unable to keep answers.
pub fn notices(session: Session) -> impl IntoView {
    let language = Language::use_context();
    let first = Signal::derive(move || {
        let (mut welcome, mut restarted, mut minutes) = (None, false, 0);
        session.look(&mut |m| {
            welcome = m.welcome().cloned();
            restarted = m.restarted();
            minutes = m.page_minutes();
        });
        let locale = language.get();
        match welcome {
            _ if restarted => language.ui(Ui::PageTimeRestarted { minutes }),
            Some(Welcome::Resumed) => language.ui(Ui::Resumed),
            Some(Welcome::Expired(at)) => messages::dated(messages::Dated::ExpiredOn, &browser::long_date_time(&at, &locale), &locale),
            None => String::new(),
        }
    });
    let device = Signal::derive(move || if session.fact(&mut |m| m.device_failed()) { language.ui(Ui::DeviceStorageFailed) } else { String::new() });
    view! {
        <p class="time-notice" role="status">{first}</p>
        <p class="time-notice" role="status">{device}</p>
    }
}

/// Above the form when a save failed: what happened and what to do. Offline, the answers are
/// kept on this device (or, if it cannot, in this window) and sent by themselves once the
/// connection returns; after a save elsewhere, the applicant chooses which answers to keep.
pub fn save_notice(session: Session) -> impl IntoView {
    super::notice(session, save_notice_now)
}

fn save_notice_now(session: Session) -> AnyView {
    let language = Language::use_context();
    let (mut failure, mut device_failed) = (None, false);
    session.look(&mut |m| {
        if let SaveState::Failed(failed) = m.save_state() {
            failure = Some(failed.clone());
        }
        device_failed = m.device_failed();
    });
    let Some(failure) = failure else { return ().into_any() };
    if failure == Failure::Stale {
        return view! {
            <div class="notice notice-error" role="alert">
                <p>{language.tr(Ui::DraftStale)}</p>
                <button type="button" class="button" on:click=move |_| session.send(Event::KeepMine)>{language.tr(Ui::KeepMine)}</button>" "
                <button type="button" class="button button-secondary" on:click=move |_| session.send(Event::ShowSaved)>{language.tr(Ui::ShowSaved)}</button>
            </div>
        }
        .into_any();
    }
    let text = match failure {
        Failure::Offline if device_failed => Ui::OfflineKeepOpen,
        Failure::Offline => Ui::Offline,
        _ => failure.message(),
    };
    let retry = failure.can_retry().then(|| Arc::new(move || session.send(Event::Retry)) as Arc<dyn Fn() + Send + Sync>);
    request_failed(text, retry).into_any()
}

/// Instead of the form in a tab that does not edit the draft: why, and the way to edit here.
pub fn open_elsewhere(session: Session) -> impl IntoView {
    let language = Language::use_context();
    let editing = move || {
        let mut editing = Editing::Asking;
        session.look(&mut |m| editing = m.editing());
        editing
    };
    let text = Signal::derive(move || language.ui(if editing() == Editing::TakenOver { Ui::TakenOver } else { Ui::OpenElsewhere }));
    view! {
        <div class="notice" role="status" {..reactive_attr("hidden", move || (matches!(editing(), Editing::Here | Editing::Asking)).then(String::new))}>
            <p>{text}</p>
            <button type="button" class="button" on:click=move |_| session.send(Event::EditHere)>{language.tr(Ui::EditHere)}</button>
        </div>
    }
}

/// After a time-out or a sign-out in another tab: what happened, whether the answers are saved
/// and until when, and the way back in.
pub fn signed_out_page(session: Session) -> impl IntoView {
    let language = Language::use_context();
    let why = Signal::derive(move || {
        let mut leaving = None;
        session.look(&mut |m| leaving = m.leaving());
        language.ui(match leaving {
            Some(Leaving::TimeOut(Reason::Inactivity)) => Ui::InactiveSignedOut,
            Some(Leaving::Elsewhere) => Ui::SignedOutElsewhere,
            _ => Ui::PageTimeRanOut,
        })
    });
    let signed_out = move || session.fact(&mut |m| m.is_signed_out());
    // Until the answers are saved, the notice above says how the save goes, and what to do.
    let kept = Signal::derive(move || {
        let mut at = None;
        session.look(&mut |m| at = m.kept_until().filter(|_| m.is_signed_out()).map(str::to_string));
        at.map(|at| messages::dated(messages::Dated::AnswersKeptUntil, &browser::long_date_time(&at, &language.get()), &language.get())).unwrap_or_default()
    });
    view! {
        <h1 id="signed-out-heading" tabindex="-1">{language.tr(Ui::SignedOutTitle)}</h1>
        <p>{why}</p>
        <p>{kept}</p>
        <p>{language.tr(Ui::PublicComputer)}</p>
        // The address names the language, so it is an attribute of its own: read here, the
        // language would be tracked by the view that builds the form, and a change of language
        // would build the form again from where it was opened.
        <p {..reactive_attr("hidden", move || (!signed_out()).then(String::new))}><a class="button" {..reactive_attr("href", move || Some(sign_in_address()))}>{language.tr(Ui::SignInToContinue)}</a></p>
    }
}
