//! One application form: fetched from the backend, loaded and checked by the engine, then filled
//! in page by page. A schema with issues is shown to the designer with each located issue instead
//! of a blank page.

use crate::api::{self, ApiError};
use crate::form::FormView;
use crate::Language;
use blankett_core::load::{read_form, SchemaIssue};
use blankett_core::messages::Ui;
use blankett_core::schema::Form;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;

#[derive(Clone, Debug)]
enum Load {
    Loading,
    Ready(Arc<Form>),
    Broken(Vec<SchemaIssue>),
    Failed(ApiError),
}

#[component]
pub fn FormRoute(id: String) -> impl IntoView {
    let language = Language::use_context();
    let state = RwSignal::new(Load::Loading);
    let fetch = {
        let id = id.clone();
        move || {
            let id = id.clone();
            state.set(Load::Loading);
            spawn_local(async move {
                // No id: the address named no form at all.
                let file = if id.is_empty() { Err(ApiError::NotFound) } else { api::form_file(&id).await };
                let next = match file {
                    Err(error) => Load::Failed(error),
                    Ok(api::FormFile::Issues(issues)) => Load::Broken(issues),
                    // A backend that does not check its forms may still send one that cannot be
                    // read; that too is shown located, never as a blank page.
                    Ok(api::FormFile::Text(text)) => {
                        let loaded = read_form(&format!("{id}.json"), &text);
                        match loaded.form {
                            Some(form) if loaded.issues.is_empty() => Load::Ready(Arc::new(form)),
                            _ => Load::Broken(loaded.issues),
                        }
                    }
                };
                state.set(next);
            });
        }
    };
    fetch();
    let retry = fetch.clone();

    move || match state.get() {
        Load::Loading => view! { <p role="status">{language.ui(Ui::Loading)}</p> }.into_any(),
        Load::Ready(form) => view! { <FormView form=form /> }.into_any(),
        Load::Broken(issues) => schema_issues(issues).into_any(),
        Load::Failed(error) => {
            let retry = retry.clone();
            view! {
                <h1>{language.ui(Ui::KindOther)}</h1>
                {super::request_failed(error, std::sync::Arc::new(retry))}
                <p><a href="/">{language.ui(Ui::BackToForms)}</a></p>
            }.into_any()
        }
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
