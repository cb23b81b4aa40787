//! Filling in a form: the page, its questions, the error summary and the language switch. These
//! components read the engine's [`FormRun`] and send it the applicant's actions; each question
//! reads only its own state (`fields.rs`), so a keystroke updates only that question.


mod date;
pub mod document;
mod error_summary;
mod fields;
mod question;
pub mod review;

use crate::{browser, Language};
use blankett_core::run::Snapshot;
use blankett_core::messages::Ui;
use blankett_core::run::{FormRun, Step};
use blankett_core::schema::Form;
use blankett_core::basics::text::Locale;
use leptos::prelude::*;
use std::sync::Arc;

/// A form being filled in. `resume` continues a draft where it was left (R5); `run` is the
/// engine state to show when the caller keeps it (to save the page's answers at a time-out);
/// `on_move` hears every move to another page with the answers and page to save; `aside` is
/// shown beside the page heading (the countdown); `end` below the check-answers page (sending).
#[component]
pub fn FormView(
    form: Arc<Form>,
    #[prop(optional)] resume: Option<Snapshot>,
    #[prop(optional)] run: Option<RwSignal<FormRun>>,
    #[prop(optional, into)] on_move: Option<Callback<Snapshot>>,
    #[prop(optional, into)] aside: Option<ViewFn>,
    #[prop(optional, into)] end: Option<ViewFn>,
) -> impl IntoView {
    let language = Language::use_context();
    let run = run.unwrap_or_else(|| {
        RwSignal::new(match resume {
            Some(Snapshot { answers, page }) => FormRun::resume(form.clone(), answers, page),
            None => FormRun::new(form.clone()),
        })
    });
    let fields = fields::Fields::new(run);
    let here = crate::Here::current();
    let moved = move || {
        if let Some(on_move) = on_move {
            on_move.run(run.with_untracked(FormRun::snapshot));
        }
    };

    browser::keep_title(Signal::derive(move || run.with(|r| r.document_title(&language.get()))));
    // The page view is rebuilt only when the page changes, never on a keystroke.
    // (page, 1 once every page is done): a pair of numbers like `progress`, so that both memos
    // share one compiled memo type.
    let page = Memo::new(move |_| run.with(|r| (r.page_index(), usize::from(r.is_finished()))));
    // "Did this page help you?" is about the page shown.
    if let Some(crate::feedback::Part(part)) = use_context() {
        Effect::new(move |_| {
            let (index, finished) = page.get();
            part.set(if finished == 1 { "review".into() } else { run.with_untracked(|r| r.form().pages[index].id.clone()) });
        });
    }
    let progress = Memo::new(move |_| run.with(|r| r.progress()));

    let next = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let step = run.try_update(|r| r.next(browser::today())).unwrap_or(Step::Invalid);
        // Focus moves to the error summary so that a screen reader reads the problems at once,
        // or to the new page's heading so that the applicant starts at the top of the new page.
        let target = if step == Step::Invalid { "error-summary" } else { "page-heading" };
        if step != Step::Invalid {
            moved();
        }
        // The page a widget is in hears that the page has problems.
        #[cfg(feature = "widget")]
        if step == Step::Invalid {
            crate::widget::page_refused(here);
        }
        request_animation_frame(move || browser::focus_id(here, target));
    };
    let back = move |_| {
        if run.try_update(|r| r.back()).unwrap_or(false) {
            moved();
            request_animation_frame(move || browser::focus_id(here, "page-heading"));
        }
    };
    // A Change button on the review: to the question's page, with focus on the question; its
    // Next comes back to the review.
    let change = Callback::new(move |(page, field): (usize, String)| {
        run.update(|r| r.change(page));
        moved();
        request_animation_frame(move || browser::focus_id(here, &field));
    });
    let form_title = form.title.clone();
    let languages = form.languages.clone();

    view! {
        <LanguageSwitch languages=languages />
        <p class="caption">{language.text(form_title)}</p>
        <error_summary::ErrorSummary run=run />
        {move || {
            let (page_index, finished) = page.get();
            if finished == 1 {
                return view! {
                    <h1 id="page-heading" tabindex="-1">{language.tr(Ui::CheckAnswers)}</h1>
                    <p class="screen-only">{language.tr(Ui::CheckAnswersIntro)}</p>
                    {review::print_header(run, None)}
                    {review::summary(run, Some(change))}
                    {review::print_button()}
                    {end.clone().map(|end| end.run())}
                    <div class="actions">
                        <button type="button" class="button button-secondary" on:click=back>{language.tr(Ui::Back)}</button>
                    </div>
                }.into_any();
            }
            let page_def = run.with_untracked(|r| r.form().pages[page_index].clone());
            let page_title = page_def.title.clone();
            // The form's introduction belongs above its first page only.
            let description = run.with_untracked(|r| r.form().description.clone().filter(|_| r.progress().0 == 1));
            view! {
                <form {..attr("novalidate", "")} on:submit=next>
                    <p class="step">{Signal::derive(move || { let (step, total) = progress.get(); language.ui(Ui::StepOf { step, total }) })}</p>
                    <h1 id="page-heading" tabindex="-1">{language.text(page_title)}</h1>
                    {aside.clone().map(|aside| aside.run())}
                    {description.map(|text| view! { <p class="lead">{language.text(text)}</p> })}
                    {page_def.questions.into_iter().map(|q| view! { <question::QuestionView question=q group=None fields=fields /> }).collect_view()}
                    <div class="actions">
                        <button type="submit" class="button">{language.tr(Ui::Next)}</button>
                        {move || (progress.get().0 > 1).then(|| view! {
                            <button type="button" class="button button-secondary" on:click=back>{language.tr(Ui::Back)}</button>
                        }.into_any())}
                    </div>
                </form>
            }.into_any()
        }}
    }
}

/// An attribute by name (`{..attr("for", id)}` for `for=id`). Attributes that only the form's
/// views use are written this way: each typed attribute (`for=`, `name=`, `rows=`, …) compiles
/// its own attribute code into the download, and all of these share one (about 0.5 KB gzipped
/// for the eight). The browser gets the same attribute, set with setAttribute; a boolean attribute
/// such as `novalidate` is written present with an empty value, as a typed one sets it.
pub(crate) fn attr(name: &'static str, value: impl leptos::attr::AttributeValue) -> impl leptos::attr::Attribute {
    leptos::tachys::html::attribute::custom::custom_attribute(name, value)
}

/// A reactive attribute: `name` set to what `value` returns, and absent while it returns None.
/// Every reactive attribute of the form is written with this, so that they all share one compiled
/// attribute type: each typed attribute (`aria-invalid=`, `class=`, …) given a closure, and each
/// other type of value, compiles its own update code into the download.
pub(crate) fn reactive_attr(name: &'static str, value: impl Fn() -> Option<String> + Send + Sync + 'static) -> impl leptos::attr::Attribute {
    leptos::tachys::html::attribute::custom::custom_attribute(name, value)
}

/// Buttons to change language. Changing language keeps every answer and the page.
#[component]
pub fn LanguageSwitch(languages: Vec<String>) -> impl IntoView {
    let language = Language::use_context();
    view! {
        <nav class="language-switch" {..reactive_attr("aria-label", move || Some(language.ui(Ui::Language)))}>
            <ul>
                {languages.into_iter().map(|code| {
                    let locale = Locale::new(&code);
                    let name = language_name(&code);
                    let current = {
                        let locale = locale.clone();
                        move || language.get() == locale
                    };
                    view! {
                        <li>
                            <button type="button" class="link-button" {..attr("lang", code.clone())}
                                {..reactive_attr("aria-pressed", move || Some(if current() { "true" } else { "false" }.to_string()))}
                                on:click=move |_| language.0.set(locale.clone())>{name}</button>
                        </li>
                    }.into_any()
                }).collect_view()}
            </ul>
        </nav>
    }
}

/// A language's name in that language ("Svenska", "العربية"), as a person looking for their own
/// language reads it. From the browser's CLDR data, so any language a form declares has one.
fn language_name(code: &str) -> String {
    let name = browser::language_name(code);
    let mut chars = name.chars();
    // CLDR writes some names in lower case ("svenska"); a language switch capitalises them.
    match chars.next() {
        Some(first) if first.is_ascii_lowercase() => first.to_ascii_uppercase().to_string() + chars.as_str(),
        _ => name,
    }
}
