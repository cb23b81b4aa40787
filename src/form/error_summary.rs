//! The error summary at the top of a page after Next found problems (GOV.UK pattern): a list of
//! every problem, each a link that moves focus to its field.

use crate::{browser, Language};
use blankett_core::messages::Ui;
use blankett_core::run::FormRun;
use leptos::prelude::*;

/// `run` is the engine state of the form, as FormView passes it to every question.
#[component]
pub fn ErrorSummary(run: RwSignal<FormRun>) -> impl IntoView {
    let language = Language::use_context();
    let here = crate::Here::current();
    let version = Memo::new(move |_| run.with(|r| r.errors_version()));
    move || {
        // Read (not only tracked) so the memo is brought up to date first.
        let _ = version.get();
        let errors = run.with_untracked(|r| r.errors().to_vec());
        (!errors.is_empty()).then(|| {
            // The summary gets focus when it appears (see FormView), which makes screen readers
            // read it; it also has role="alert" so the problems are announced even when focus
            // could not move.
            view! {
                <div id="error-summary" class="error-summary" tabindex="-1" role="alert" aria-labelledby="error-summary-title">
                    <h2 id="error-summary-title">{language.tr(Ui::ErrorSummaryTitle)}</h2>
                    <ul>
                        {errors.into_iter().map(|issue| {
                            let target = issue.field.dom_id();
                            let href = format!("#{target}");
                            let text = Signal::derive(move || {
                                let locale = language.get();
                                let label = run.with(|r| r.field_label(&issue.field, &locale));
                                format!("{label}: {}", issue.message.text(&locale))
                            });
                            view! {
                                <li><a href=href on:click=move |ev| {
                                    // Focus the field itself rather than following the fragment,
                                    // which would only scroll and would add a history entry.
                                    ev.prevent_default();
                                    browser::focus_id(here, &target);
                                }>{text}</a></li>
                            }.into_any()
                        }).collect_view()}
                    </ul>
                </div>
            }
            .into_any()
        })
    }
}
