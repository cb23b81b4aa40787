//! One application form: fetched from the backend, loaded and checked by the engine, then — once
//! the applicant is signed in — filled in page by page on a draft that the backend keeps. A
//! schema with issues is shown to the designer with each located issue instead of a blank page.

use crate::api;
use crate::form::FormView;
use crate::Language;
use blankett_core::contract::{DraftSync, Failure, Request, SaveState, Snapshot};
use blankett_core::load::{read_form, SchemaIssue};
use blankett_core::messages::Ui;
use blankett_core::schema::Form;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;

#[derive(Clone, Debug)]
enum Load {
    Loading,
    /// The form, and where the signed-in applicant is in it (empty for a new draft).
    Ready(Arc<Form>, Snapshot),
    Broken(Vec<SchemaIssue>),
    /// The form or the drafts could not be read, or nobody is signed in.
    Failed(Failure),
}

/// Reads the form, then the applicant's drafts: the newest unconfirmed draft of this form is
/// continued where it was left (R5); without one, a draft is created with the first save.
async fn load(id: String, sync: RwSignal<DraftSync>) -> Load {
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
    match api::drafts().await {
        Err(failure) => Load::Failed(failure),
        Ok(drafts) => match drafts.into_iter().find(|d| d.form_id == id && !d.confirmed) {
            Some(draft) => {
                sync.set(DraftSync::resume(&draft));
                Load::Ready(form, Snapshot { answers: draft.answers, page: draft.page })
            }
            None => Load::Ready(form, Snapshot { answers: Default::default(), page: 0 }),
        },
    }
}

/// One form for the signed-in applicant. Signing in is the backend's page (`/sign-in`, see
/// api/openapi.yaml); the app only links to it.
#[component]
pub fn FormRoute(id: String) -> impl IntoView {
    let language = Language::use_context();
    let state = RwSignal::new(Load::Loading);
    let sync = RwSignal::new(DraftSync::new(&id));
    let fetch = move || {
        let id = id.clone();
        state.set(Load::Loading);
        spawn_local(async move { state.set(load(id, sync).await) });
    };
    fetch();
    let on_move = Callback::new(move |snapshot: Snapshot| {
        let request = sync.try_update(|s| s.changed(snapshot)).flatten();
        drive(sync, request);
    });
    let retry_save = move || {
        let request = sync.try_update(DraftSync::retry).flatten();
        drive(sync, request);
    };

    move || match state.get() {
        Load::Loading => view! { <p role="status">{language.tr(Ui::Loading)}</p> }.into_any(),
        Load::Ready(form, resume) => view! {
            {move || save_notice(sync.with(|s| s.state().clone()), retry_save)}
            <FormView form=form resume=resume on_move=on_move />
            <form class="account-bar" method="post" action="/sign-out">
                <button type="submit" class="link-button">{language.tr(Ui::SignOut)}</button>
            </form>
        }
        .into_any(),
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

/// Sends what the draft's sync asks for, one request at a time, and feeds back each answer.
fn drive(sync: RwSignal<DraftSync>, request: Option<Request>) {
    let Some(request) = request else { return };
    spawn_local(async move {
        let created = matches!(request, Request::Create { .. });
        let result = api::perform(request).await;
        let now = js_sys::Date::now() as i64;
        let next = sync
            .try_update(|s| match result {
                Ok(draft) if created => s.created(draft.id, draft.version),
                Ok(draft) => s.saved(draft.version, now),
                Err(failure) => {
                    s.failed(failure);
                    None
                }
            })
            .flatten();
        drive(sync, next);
    });
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
