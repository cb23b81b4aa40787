//! The clocks as the applicant sees and hears them: the page's countdown, what the draft's
//! status line says, and the warning before a time-out.

use super::Session;
use crate::{browser, Language};
use blankett_core::session::sync::SaveState;
use blankett_core::messages::{self, Ui};
use blankett_core::timing::Reason;
use leptos::prelude::*;

/// The countdown beside the page heading. Screen readers hear the live region instead, which
/// speaks far less often than the clock changes.
fn countdown(session: Session) -> impl IntoView {
    let left = Signal::derive(move || {
        let mut left = String::new();
        session.look(&mut |m| left = m.page_time_left().map(messages::clock).unwrap_or_default());
        left
    });
    clock_line(session, Ui::TimeLeftOnPage, left)
}

/// Beside the page heading: the countdown, when the answers were last saved, and until when the
/// draft is kept (R4). Not a live region: a screen reader would hear every autosave.
pub fn draft_status(session: Session) -> impl IntoView {
    let language = Language::use_context();
    let status = Signal::derive(move || {
        let locale = language.get();
        let (mut state, mut kept) = (SaveState::Unchanged, None);
        session.look(&mut |m| {
            state = m.save_state().clone();
            kept = m.kept_until().map(str::to_string);
        });
        let saved = match state {
            SaveState::Saving => language.ui(Ui::Saving),
            SaveState::Saved { at } => messages::dated(messages::Dated::SavedAt, &browser::time_of_day(at, &locale), &locale),
            _ => String::new(),
        };
        let kept = kept.map(|at| messages::dated(messages::Dated::DraftKeptUntil, &browser::long_date_time(&at, &locale), &locale)).unwrap_or_default();
        format!("{saved} {kept}").trim().to_string()
    });
    view! {
        {countdown(session)}
        <p class="draft-status">{status}</p>
    }
}

/// A clock for the eye (hidden from screen readers) and the live region for the ear. One
/// function for the page's countdown and the warning's, so that both share their compiled code.
fn clock_line(session: Session, label: Ui, left: Signal<String>) -> impl IntoView {
    let language = Language::use_context();
    let said = Signal::derive(move || {
        let mut said = None;
        session.look(&mut |m| said = m.said());
        said.map(|said| language.ui(Ui::Announce(said))).unwrap_or_default()
    });
    view! {
        <p class="countdown" aria-hidden="true">{language.tr(label)}" "<strong>{left}</strong></p>
        <p class="visually-hidden" role="status">{said}</p>
    }
}

/// The warning before a time-out: a modal `<dialog>` (opened and closed as the session's machine
/// asks), so the browser moves focus into it, keeps it there and returns it afterwards. Its one
/// button, or Escape, gives more time (WCAG 2.2.1).
pub fn time_warning(session: Session) -> impl IntoView {
    let language = Language::use_context();
    let warning = move || {
        let mut warning = None;
        session.look(&mut |m| warning = m.warning());
        warning
    };
    let text = move |part: usize| {
        Signal::derive(move || {
            let mut minutes = 0;
            session.look(&mut |m| minutes = m.page_minutes());
            let texts = match warning() {
                Some((Reason::Inactivity, ..)) => [Ui::InactivityWarningTitle, Ui::InactivityWarningBody, Ui::StaySignedIn],
                Some((Reason::PageTime, _, false)) => [Ui::PageTimeWarningTitle, Ui::NoMoreTime, Ui::Close],
                _ => [Ui::PageTimeWarningTitle, Ui::PageTimeWarningBody { minutes }, Ui::MoreTime],
            };
            language.ui(texts[part])
        })
    };
    let left = Signal::derive(move || warning().map(|(_, left, _)| messages::clock(left)).unwrap_or_default());
    let more_time = move || session.send(blankett_core::session::Event::MoreTime);
    view! {
        <dialog node_ref=session.dialog class="time-warning" aria-labelledby="time-warning-title" aria-describedby="time-warning-text"
            on:cancel=move |event: web_sys::Event| { event.prevent_default(); more_time(); }>
            <h2 id="time-warning-title">{text(0)}</h2>
            <p id="time-warning-text">{text(1)}</p>
            {clock_line(session, Ui::TimeLeft, left)}
            <button type="button" class="button" on:click=move |_| more_time()>{text(2)}</button>
        </dialog>
    }
}
