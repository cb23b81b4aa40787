//! One application form: fetched from the backend, loaded and checked by the engine, then — once
//! the applicant is signed in — filled in page by page on a draft that the backend keeps. A
//! schema with issues is shown to the designer with each located issue instead of a blank page.

use crate::api;
use crate::form::FormView;
use crate::Language;
use super::session::{self, Leaving, Session};
use blankett_core::contract::{Failure, Request, SaveState, Snapshot};
use blankett_core::load::{read_form, SchemaIssue};
use blankett_core::messages::Ui;
use blankett_core::run::FormRun;
use blankett_core::schema::Form;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;

#[derive(Clone, Debug)]
enum Load {
    Loading,
    /// The form, and where the signed-in applicant is in it.
    Ready(Arc<Form>, Snapshot),
    Broken(Vec<SchemaIssue>),
    /// The form or the drafts could not be read, or nobody is signed in.
    Failed(Failure),
}

/// Reads the form, then the applicant's drafts: the newest unconfirmed draft of this form is
/// continued where it was left (R5); without one, a draft is started, so that the first page's
/// time is the backend's too (R2).
async fn load(id: String, session: Session) -> Load {
    // No id: the address named no form at all.
    let file = if id.is_empty() { Err(Failure::NotFound) } else { api::form_file(&id).await };
    let form = match file {
        Err(error) => return Load::Failed(error),
        Ok(api::FormFile::Issues(issues)) => return Load::Broken(issues),
        // A backend that does not check its forms may still send one that cannot be read; that
        // too is shown located, never as a blank page.
        Ok(api::FormFile::Text(text)) => {
            let loaded = read_form(&format!("{id}.json"), &text);
            match loaded.form {
                Some(form) if loaded.issues.is_empty() => Arc::new(form),
                _ => return Load::Broken(loaded.issues),
            }
        }
    };
    let found = match api::drafts().await {
        Err(failure) => return Load::Failed(failure),
        Ok((drafts, backend_now)) => drafts.into_iter().find(|d| d.form_id == id && !d.confirmed).map(|draft| api::Written { draft, backend_now }),
    };
    let written = match found {
        Some(written) => written,
        None => match api::perform(Request::Create { form_id: id }).await {
            Ok(written) => written,
            Err(failure) => return Load::Failed(failure),
        },
    };
    let snapshot = Snapshot { answers: written.draft.answers.clone(), page: written.draft.page };
    session.start(form.clone(), &written.draft, written.backend_now);
    Load::Ready(form, snapshot)
}

/// One form for the signed-in applicant. Signing in is the backend's page (`/sign-in`, see
/// api/openapi.yaml); the app only links to it.
#[component]
pub fn FormRoute(id: String) -> impl IntoView {
    let language = Language::use_context();
    let state = RwSignal::new(Load::Loading);
    let session = Session::new(&id);
    let fetch = move || {
        let id = id.clone();
        state.set(Load::Loading);
        spawn_local(async move {
            let loaded = load(id, session).await;
            if matches!(loaded, Load::Failed(Failure::SignedOut)) {
                // Signed out while away: nothing personal stays in this browser.
                crate::browser::forget_personal_data();
            }
            state.set(loaded);
        });
    };
    fetch();
    // The clocks are read from the wall clock every second, and at once when the tab is shown
    // again (after a sleep, or a background tab whose timers the browser slowed down).
    if let Ok(every_second) = set_interval_with_handle(move || session.tick(), std::time::Duration::from_secs(1)) {
        on_cleanup(move || every_second.clear());
    }
    let shown = window_event_listener_untyped("visibilitychange", move |_| session.tick());
    let clicks = window_event_listener_untyped("click", move |event| {
        if crate::browser::is_button_or_link(&event) {
            session.clicked();
        }
    });
    on_cleanup(move || {
        shown.remove();
        clicks.remove();
    });
    crate::browser::hear_other_tabs(move |text| {
        if let Some(message) = blankett_core::timing::TabMessage::decode(&text) {
            session.heard(message);
        }
    });
    on_cleanup(crate::browser::stop_hearing_other_tabs);
    let on_move = Callback::new(move |snapshot: Snapshot| session.moved(snapshot));

    move || match state.get() {
        Load::Loading => view! { <p role="status">{language.tr(Ui::Loading)}</p> }.into_any(),
        Load::Ready(form, resume) => {
            let run = RwSignal::new(FormRun::resume(form.clone(), resume.answers, resume.page));
            session.clocks.update_untracked(|c| c.run = Some(run));
            view! {
                {move || save_notice(session.sync.with(|s| s.state().clone()), move || session.retry())}
                <p class="time-notice" role="status">{Signal::derive(move || if session.restarted() {
                    language.ui(Ui::PageTimeRestarted { minutes: session.page_minutes() })
                } else {
                    String::new()
                })}</p>
                <div hidden=move || !session.hides_form()>{session::signed_out_page(session)}</div>
                <div hidden=move || session.hides_form()>
                    <FormView form=form run=run on_move=on_move aside=ViewFn::from(move || session::countdown(session)) />
                    <form class="account-bar" method="post" action="/sign-out" node_ref=session.sign_out_form
                        on:submit=move |event| { event.prevent_default(); session.leave(Leaving::Chosen); }>
                        <button type="submit" class="link-button">{language.tr(Ui::SignOut)}</button>
                    </form>
                    {session::time_warning(session)}
                </div>
            }
            .into_any()
        }
        Load::Broken(issues) => schema_issues(issues).into_any(),
        // Not signed in yet: the backend's sign-in page, which brings the applicant back here.
        Load::Failed(Failure::SignedOut) => view! {
            <h1>{language.tr(Ui::SignInTitle)}</h1>
            <p>{language.tr(Ui::SignInIntro)}</p>
            <p><a class="button" href=super::sign_in_address()>{language.tr(Ui::SignInTitle)}</a></p>
        }
        .into_any(),
        Load::Failed(error) => {
            let retry = fetch.clone();
            let retry = (error != Failure::NotFound).then(|| Arc::new(retry) as Arc<dyn Fn() + Send + Sync>);
            // An address that names no form is the one refusal here with its own words.
            let text = if error == Failure::NotFound { Ui::FormNotFound } else { error.message() };
            view! {
                <h1>{language.tr(Ui::KindOther)}</h1>
                {super::request_failed(text, retry)}
                <p><a href="/">{language.tr(Ui::BackToForms)}</a></p>
            }
            .into_any()
        }
    }
}

/// The saving state above the form: quiet while it works, a notice with what to do when not.
fn save_notice(state: SaveState, retry: impl Fn() + Send + Sync + 'static) -> impl IntoView {
    let language = Language::use_context();
    match state {
        SaveState::Failed(failure) => {
            let retry = failure.can_retry().then(|| Arc::new(retry) as Arc<dyn Fn() + Send + Sync>);
            super::request_failed(failure.message(), retry).into_any()
        }
        SaveState::Saving => view! { <p class="save-state" role="status">{language.tr(Ui::Saving)}</p> }.into_any(),
        SaveState::Saved { .. } => view! { <p class="save-state" role="status">{language.tr(Ui::Saved)}</p> }.into_any(),
        SaveState::Unchanged => ().into_any(),
    }
}

/// For the form designer: every issue with its file, line, column and field. Schema text is shown
/// as text only.
fn schema_issues(issues: Vec<SchemaIssue>) -> impl IntoView {
    let language = Language::use_context();
    let count = issues.len();
    crate::browser::keep_title(Signal::derive(move || format!("{}{}", language.ui(Ui::ErrorTitlePrefix), language.ui(Ui::SchemaHasIssues { count }))));
    view! {
        <h1>{language.tr(Ui::SchemaHasIssues { count })}</h1>
        <p>{language.tr(Ui::SchemaIssuesIntro)}</p>
        <ul class="schema-issues">
            {issues.into_iter().map(|issue| view! {
                <li><code>{format!("{}:{}:{}", issue.file, issue.line, issue.column)}</code>" "
                    {(!issue.path.is_empty()).then(|| view! { <code>{issue.path.clone()}</code> })}" "
                    <span>{issue.message.clone()}</span></li>
            }).collect_view()}
        </ul>
        <p><a href="/">{language.tr(Ui::BackToForms)}</a></p>
    }
}
