//! "Did this page help you?" at the end of the app's pages (R14), as on the server's pages: Yes or
//! No, then the thanks and a comment field, asked again on every page of the form. What is kept,
//! and what is removed from a comment, is the backend's (`blankett_core::support::feedback`).

use crate::{api, browser, Language};
use blankett_core::messages::Ui;
use blankett_core::support::feedback::COMMENT_MAX;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Which page of the form the applicant sees (its id in the schema, `review`, `receipt`): set by
/// the views that show one, so that an answer says which page it is about.
#[derive(Clone, Copy)]
pub struct Part(pub RwSignal<String>);

impl Part {
    /// Says which page is shown, where the app provides a prompt.
    pub fn show(name: String) {
        if let Some(Part(part)) = use_context::<Part>() {
            part.set(name);
        }
    }
}

/// Where the prompt is on one page: asking, answered (a comment can follow), or done; and whether
/// the last request failed.
#[derive(Clone, Copy, PartialEq)]
enum Asked {
    Asking,
    Sending,
    Answered,
    Commented,
}

/// The prompt is built with the DOM's own calls, again for each state, and its clicks and submits
/// are caught on the section, rather than as a Leptos view with an element, handler and reactive
/// part for each state: each of those compiles its own render code into the download, and for
/// this small part that was 4 KB. Every word is set as text, never as markup.
#[component]
pub fn Prompt(part: Part) -> impl IntoView {
    let language = Language::use_context();
    let here = crate::Here::current();
    // The state belongs to the page it was given on: another page is another question.
    let state = RwSignal::new((String::new(), Asked::Asking, false));
    let asked = move || state.with(|(on, asked, failed)| if *on == part.0.get() { (*asked, *failed) } else { (Asked::Asking, false) });
    let done = move |ok: bool, next: Asked| {
        let back = if next == Asked::Answered { Asked::Asking } else { Asked::Answered };
        state.update(|(_, asked, failed)| (*asked, *failed) = (if ok { next } else { back }, !ok));
        if ok {
            request_animation_frame(move || browser::focus_id(here, "feedback-thanks"));
        }
    };
    let id = RwSignal::new(String::new());
    // What the applicant wrote, kept while it is being sent: the prompt is built again when the
    // request fails, and the comment must come back with it.
    let comment = RwSignal::new(String::new());
    let answer = move |helpful: bool| {
        if asked().0 != Asked::Asking {
            return;
        }
        let about = part.0.get_untracked();
        state.set((about.clone(), Asked::Sending, false));
        let (page, code) = (page_address(here), language.get().code().to_string());
        crate::spawn(here, async move {
            let answered = api::feedback(here, &page, &about, &code, helpful).await;
            let ok = answered.map(|answered| id.set(answered)).is_ok();
            done(ok, Asked::Answered);
        });
    };
    let clicked = move |event: leptos::ev::MouseEvent| {
        let button = event.target().and_then(|target| target.dyn_into::<web_sys::Element>().ok()).and_then(|element| element.get_attribute("data-helpful"));
        if let Some(helpful) = button {
            answer(helpful == "yes");
        }
    };
    let send = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let field = crate::browser::element(here, "feedback-comment");
        let text = field.and_then(|field| js_sys::Reflect::get(&field, &"value".into()).ok()).and_then(|value| value.as_string()).unwrap_or_default();
        comment.set(text.clone());
        crate::spawn(here, async move { done(api::feedback_comment(here, &id.get_untracked(), &text).await.is_ok(), Asked::Commented) });
    };
    let holder = NodeRef::<leptos::html::Section>::new();
    Effect::new(move |built: Option<Option<(Asked, bool, String)>>| {
        let section = holder.get()?;
        // While an answer is sent the buttons stay as they are, and keep the focus.
        let (shown, failed) = match asked() {
            (Asked::Sending, failed) => (Asked::Asking, failed),
            shown => shown,
        };
        // The heading's words change with the language, and when its words arrive (see
        // `catalog::to_fetch`): then the prompt is rebuilt.
        let now = Some((shown, failed, language.ui(Ui::PageHelpful)));
        if built.flatten() == now {
            return now;
        }
        let word = |ui: Ui| language.ui(ui);
        section.set_text_content(None);
        let thanks = |section: &web_sys::Element| add(section, "p", &[("id", "feedback-thanks"), ("class", "feedback-thanks"), ("tabindex", "-1")], Some(word(Ui::FeedbackThanks)));
        let secondary = "button button-secondary";
        match shown {
            Asked::Asking | Asked::Sending => {
                add(&section, "h2", &[], Some(word(Ui::PageHelpful)));
                let actions = add(&section, "div", &[("class", "actions")], None);
                add(&actions, "button", &[("type", "button"), ("class", secondary), ("data-helpful", "yes")], Some(word(Ui::Yes)));
                add(&actions, "button", &[("type", "button"), ("class", secondary), ("data-helpful", "no")], Some(word(Ui::No)));
            }
            Asked::Answered => {
                thanks(&section);
                let form = add(&section, "form", &[], None);
                let field = add(&form, "div", &[("class", "field")], None);
                add(&field, "label", &[("for", "feedback-comment")], Some(word(Ui::FeedbackComment)));
                add(&field, "div", &[("class", "hint"), ("id", "feedback-comment-hint")], Some(word(Ui::FeedbackNoPersonalData)));
                let most = COMMENT_MAX.to_string();
                let text = [("id", "feedback-comment"), ("name", "comment"), ("rows", "4"), ("maxlength", most.as_str()), ("aria-describedby", "feedback-comment-hint")];
                add(&field, "textarea", &text, Some(comment.get_untracked()));
                let actions = add(&form, "div", &[("class", "actions")], None);
                add(&actions, "button", &[("type", "submit"), ("class", "button")], Some(word(Ui::SendComment)));
            }
            Asked::Commented => {
                thanks(&section);
            }
        }
        // An alert added with its words is read out; none is there while nothing failed.
        if failed {
            add(&section, "p", &[("class", "error-message"), ("role", "alert")], Some(word(Ui::RequestFailed)));
        }
        now
    });
    view! { <section class="feedback" node_ref={holder} on:click=clicked on:submit=send></section> }
}

/// The page an answer is about: the form's address on the backend (a widget's host page is
/// the host's, and says nothing about the form).
#[cfg(feature = "widget")]
fn page_address(here: crate::Here) -> String {
    crate::widget::form_address(here)
}

#[cfg(not(feature = "widget"))]
#[inline(always)]
fn page_address(_: crate::Here) -> String {
    browser::current_path()
}

/// Adds an element to `to`, its words set as text.
#[inline(never)]
fn add(to: &web_sys::Element, tag: &str, attributes: &[(&str, &str)], text: Option<String>) -> web_sys::Element {
    let element = to.owner_document().and_then(|document| document.create_element(tag).ok()).unwrap_or_else(|| to.clone());
    for (name, value) in attributes {
        let _ = element.set_attribute(name, value);
    }
    element.set_text_content(text.as_deref());
    let _ = to.append_child(&element);
    element
}
