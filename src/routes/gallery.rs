//! The list of every form the backend offers: what an applicant chooses from, and where a form
//! designer sees their change (a file with schema issues is listed with its issue count).

use crate::api::{self, ApiError, FormSummary};
use crate::{Language, Navigator, Route};
use blankett_core::messages::Ui;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[derive(Clone, Debug, PartialEq)]
enum Load {
    Loading,
    Loaded(Vec<FormSummary>),
    Failed(ApiError),
}

#[component]
pub fn Gallery() -> impl IntoView {
    let language = Language::use_context();
    let navigator = Navigator::use_context();
    let state = RwSignal::new(Load::Loading);
    let load = move || {
        state.set(Load::Loading);
        spawn_local(async move { state.set(api::list_forms().await.map_or_else(Load::Failed, Load::Loaded)) });
    };
    load();
    crate::browser::keep_title(Signal::derive(move || format!("{} – {}", language.ui(Ui::Forms), language.ui(Ui::AppName))));

    view! {
        <crate::form::LanguageSwitch languages=vec!["sv".to_string(), "en".to_string()] />
        <h1>{language.tr(Ui::Forms)}</h1>
        <p>{language.tr(Ui::FormsIntro)}</p>
        {move || match state.get() {
            Load::Loading => view! { <p role="status">{language.ui(Ui::Loading)}</p> }.into_any(),
            Load::Failed(error) => super::request_failed(error, std::sync::Arc::new(load)).into_any(),
            Load::Loaded(forms) => view! {
                <ul class="form-list">
                    {forms.into_iter().map(|form| {
                        let id = form.id.clone();
                        let href = Route::Form { id: id.clone() }.path();
                        let title = form.title.clone();
                        let kind = form.kind.clone();
                        let issues = form.issues;
                        view! {
                            <li>
                                <a href=href on:click=move |ev| {
                                    ev.prevent_default();
                                    navigator.go(Route::Form { id: id.clone() });
                                }>{move || title.as_ref().map(|t| t.get(&language.get()).to_string()).unwrap_or_else(|| format!("{}.json", form.id))}</a>
                                <span class="form-kind">{move || kind.as_deref().map(|k| language.ui(if k == "work-permit" { Ui::KindWorkPermit } else { Ui::KindOther })).unwrap_or_default()}</span>
                                {(issues > 0).then(|| view! { <strong class="tag tag-error">{language.tr(Ui::SchemaHasIssues { count: issues })}</strong> })}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }.into_any(),
        }}
    }
}
