//! The list of every form the backend offers: what an applicant chooses from, and where a form
//! designer sees their change (a file with schema issues is listed with its issue count).

use crate::api::{self, ApiError, FormSummary};
use crate::{Language, Route};
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
            // Plain markup, drawn again when the language changes; links are followed by the app's
            // router (see browser::follow_links_in_app).
            Load::Loaded(forms) => {
                let locale = language.get();
                view! {
                    <ul class="form-list">
                        {forms.into_iter().map(|form| {
                            let title = form.title.as_ref().map(|t| t.get(&locale).to_string()).unwrap_or_else(|| format!("{}.json", form.id));
                            let kind = if form.kind.as_deref() == Some("work-permit") { Ui::KindWorkPermit } else { Ui::KindOther };
                            view! {
                                <li>
                                    <a href=Route::Form { id: form.id }.path()>{title}</a>
                                    <span class="form-kind">{kind.text(&locale)}</span>
                                    {(form.issues > 0).then(|| view! { <strong class="tag tag-error">{Ui::SchemaHasIssues { count: form.issues }.text(&locale)}</strong> })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }
                .into_any()
            }
        }}
    }
}
