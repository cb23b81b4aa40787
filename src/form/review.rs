//! The answers as text, page by page: the check-answers page (with Change buttons), the receipt
//! and a confirmed application (without), and what the printed application adds at its top. All
//! of it is the engine's `review::summary`; this only shows it.

use crate::{browser, Language};
use blankett_core::contract::Confirmed;
use blankett_core::messages::Ui;
use blankett_core::run::review::{self, Line};
use blankett_core::run::FormRun;
use leptos::prelude::*;

/// Every shown question with its answer, a section per page. With `change`, each answer has a
/// Change button that calls it with the answer's page and the question's field id.
pub fn summary(run: RwSignal<FormRun>, change: Option<Callback<(usize, String)>>) -> impl IntoView {
    let language = Language::use_context();
    move || {
        let locale = language.get();
        let sections = run.with(|r| review::summary(r, &locale, crate::browser::today()));
        // Names of countries and documents, looked up once for the whole summary.
        let countries = browser::country_names(&locale);
        let documents = document_names();
        let not_answered = language.ui(Ui::NotAnswered);
        let change_text = language.ui(Ui::Change);
        sections
            .into_iter()
            .map(|section| {
                let rows = section.rows.into_iter().map(|row| {
                    let lines: Vec<String> = row
                        .lines
                        .into_iter()
                        .map(|line| match line {
                            Line::Text(text) => text,
                            Line::Date(date) => browser::long_date(&date, &locale),
                            Line::Country(code) => countries.iter().find(|(c, _)| *c == code).map_or(code, |(_, name)| name.clone()),
                            Line::Document(id) => documents.iter().find(|(d, _)| *d == id).map_or(id, |(_, name)| name.clone()),
                        })
                        .collect();
                    let lines = if lines.is_empty() { vec![not_answered.clone()] } else { lines };
                    let change = change.map(|change| {
                        let (page, field) = (section.page, row.field.dom_id());
                        view! {
                            <dd class="summary-change">
                                <button type="button" class="link-button" on:click=move |_| change.run((page, field.clone()))>
                                    {change_text.clone()}<span class="visually-hidden">{format!(" {}", row.label)}</span>
                                </button>
                            </dd>
                        }
                        .into_any()
                    });
                    view! {
                        <div class="summary-row">
                            <dt>{row.label.clone()}</dt>
                            <dd>{lines.into_iter().map(|line| view! { <p>{line}</p> }.into_any()).collect_view()}</dd>
                            {change}
                        </div>
                    }
                    .into_any()
                }).collect_view();
                view! {
                    <section class="summary-section">
                        <h2>{section.title}</h2>
                        <dl class="summary">{rows}</dl>
                    </section>
                }
                .into_any()
            })
            .collect_view()
    }
}

/// The top of the printed application: the form, the applicant, the date, and the reference
/// number once confirmed ("not sent" before). Shown only in print; one text, so that it costs
/// one text node's code.
pub fn print_header(run: RwSignal<FormRun>, receipt: Option<Confirmed>) -> impl IntoView {
    let language = Language::use_context();
    let title = run.with_untracked(|r| r.form().title.clone());
    let today = browser::today().to_string();
    let facts = Signal::derive(move || {
        let locale = language.get();
        let reference = receipt.as_ref().map_or_else(|| language.ui(Ui::NotSentYet), |r| blankett_core::basics::text::left_to_right(&r.reference, &locale));
        let name = run.with(review::applicant_name);
        let applicant = if name.is_empty() { name } else { format!("{}: {name} · ", language.ui(Ui::Applicant)) };
        format!(
            "{applicant}{}: {} · {}: {reference}",
            language.ui(Ui::PrintedOn),
            browser::long_date(&today, &locale),
            language.ui(Ui::Reference),
        )
    });
    view! {
        <div class="print-only">
            <p class="print-title">{language.text(title)}</p>
            <p>{facts}</p>
        </div>
    }
}

/// The Print button: the browser's own print, which can also save a PDF.
pub fn print_button() -> impl IntoView {
    let language = Language::use_context();
    let here = crate::Here::current();
    view! { <p><button type="button" class="button button-secondary" on:click=move |_| browser::print(here)>{language.tr(Ui::Print)}</button></p> }
}

/// The uploaded documents as (id, name), from the list the form route keeps.
fn document_names() -> Vec<(String, String)> {
    let list = super::document::Documents::use_context().map(|d| d.list.get()).unwrap_or_default();
    list.into_iter().map(|d| (d.id, d.name)).collect()
}
