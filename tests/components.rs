//! Component tests in headless Chromium: mount a form, act as the applicant would, `tick`, then
//! assert on what the page shows.

use blankett::form::FormView;
use blankett::Language;
use blankett_core::schema::load::load_form;
use blankett_core::basics::text::Locale;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

const HOUSEHOLD: &str = include_str!("fixtures/household.json");
const WITH_DOCUMENTS: &str = include_str!("fixtures/with-documents.json");

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Mounts the form in a fresh container and returns the container.
fn mount(schema: &str, locale: &str) -> HtmlElement {
    let form = Arc::new(load_form("test.json", schema).usable().expect("a usable test schema").clone());
    // Tests share one document; ids must be unique in it, so the previous test's form goes.
    let body = document().body().unwrap();
    while let Some(old) = body.query_selector(".test-root").unwrap() {
        old.remove();
    }
    let container: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    container.set_class_name("test-root");
    body.append_child(&container).unwrap();
    let locale = Locale::new(locale);
    leptos::mount::mount_to(container.clone(), move || {
        provide_context(Language(RwSignal::new(locale)));
        view! { <FormView form=form /> }
    })
    .forget();
    container
}

async fn settle() {
    leptos::task::tick().await;
    // Focus moves in an animation frame; wait for one.
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().request_animation_frame(&resolve).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    leptos::task::tick().await;
}

/// The input that the label with exactly this text points at, as a person finds it.
fn input_labelled(root: &HtmlElement, label: &str) -> HtmlInputElement {
    let labels = root.query_selector_all("label").unwrap();
    for i in 0..labels.length() {
        let node: HtmlElement = labels.item(i).unwrap().unchecked_into();
        if node.text_content().unwrap_or_default().trim() == label {
            let target = node.get_attribute("for").expect("label has for");
            return document().get_element_by_id(&target).expect("labelled input exists").unchecked_into();
        }
    }
    panic!("no label {label:?} in {}", root.inner_html());
}

fn type_into(input: &HtmlInputElement, text: &str) {
    input.set_value(text);
    input.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
}

fn click_button(root: &HtmlElement, name: &str) {
    let buttons = root.query_selector_all("button").unwrap();
    for i in 0..buttons.length() {
        let button: HtmlElement = buttons.item(i).unwrap().unchecked_into();
        if button.text_content().unwrap_or_default().trim() == name {
            button.click();
            return;
        }
    }
    panic!("no button {name:?}");
}

fn text(root: &HtmlElement) -> String {
    root.text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn labels_and_hints_are_tied_to_their_inputs() {
    let root = mount(HOUSEHOLD, "en");
    settle().await;
    let surname = input_labelled(&root, "Surname");
    let hint_id = surname.get_attribute("aria-describedby").expect("described by its hint");
    assert_eq!(document().get_element_by_id(&hint_id).unwrap().text_content().unwrap(), "As in your passport");
    // An optional question says so in its label.
    input_labelled(&root, "Email (optional)");
    // The children page is hidden until "Do you have children?" is answered yes.
    assert!(text(&root).contains("Step 1 of 2"), "{}", text(&root));
}

#[wasm_bindgen_test]
async fn next_with_errors_shows_a_focused_summary_that_links_to_each_field() {
    let root = mount(HOUSEHOLD, "en");
    settle().await;
    type_into(&input_labelled(&root, "Email (optional)"), "not-an-email");
    click_button(&root, "Next");
    settle().await;

    let summary = document().get_element_by_id("error-summary").expect("an error summary");
    assert_eq!(document().active_element().unwrap().id(), "error-summary", "the summary has focus");
    let links = summary.query_selector_all("a").unwrap();
    let hrefs: Vec<String> = (0..links.length()).map(|i| links.item(i).unwrap().unchecked_into::<web_sys::Element>().get_attribute("href").unwrap()).collect();
    assert_eq!(hrefs, ["#q-given_name", "#q-surname", "#q-email", "#q-has_children"]);
    assert!(summary.text_content().unwrap().contains("Email: Enter an email address in the right format"));
    assert!(document().title().starts_with("Error: About you"), "{}", document().title());

    let given = input_labelled(&root, "Given name");
    assert_eq!(given.get_attribute("aria-invalid").as_deref(), Some("true"));
    // Following a summary link puts the cursor in that field.
    links.item(1).unwrap().unchecked_into::<HtmlElement>().click();
    settle().await;
    assert_eq!(document().active_element().unwrap().id(), "q-surname");
}

#[wasm_bindgen_test]
async fn a_keystroke_changes_nothing_else_on_the_page() {
    let root = mount(HOUSEHOLD, "en");
    settle().await;
    let surname_before = input_labelled(&root, "Surname");
    let given = input_labelled(&root, "Given name");

    let records = std::rc::Rc::new(std::cell::RefCell::new(0u32));
    let counter = records.clone();
    let callback = wasm_bindgen::closure::Closure::<dyn FnMut(js_sys::Array)>::new(move |found: js_sys::Array| {
        *counter.borrow_mut() += found.length();
    });
    let observer = web_sys::MutationObserver::new(callback.as_ref().unchecked_ref()).unwrap();
    let options = web_sys::MutationObserverInit::new();
    options.set_subtree(true);
    options.set_child_list(true);
    options.set_attributes(true);
    options.set_character_data(true);
    observer.observe_with_options(&root, &options).unwrap();

    type_into(&given, "A");
    type_into(&given, "Ad");
    type_into(&given, "Ada");
    settle().await;
    let pending = observer.take_records().length();
    observer.disconnect();
    assert_eq!(*records.borrow() + pending, 0, "typing changed the page's DOM");
    assert!(surname_before.is_same_node(Some(&input_labelled(&root, "Surname"))), "other fields were not re-created");
    assert_eq!(given.value(), "Ada");
}

#[wasm_bindgen_test]
async fn a_conditional_question_appears_and_the_conditional_page_follows() {
    let root = mount(HOUSEHOLD, "en");
    settle().await;
    assert!(!text(&root).contains("How many children?"));
    type_into(&input_labelled(&root, "Given name"), "Ada");
    type_into(&input_labelled(&root, "Surname"), "Lovelace");
    input_labelled(&root, "Yes").click();
    settle().await;
    assert!(text(&root).contains("How many children?"));
    assert!(text(&root).contains("Step 1 of 3"));
    type_into(&input_labelled(&root, "How many children?"), "2");
    click_button(&root, "Next");
    settle().await;
    assert!(text(&root).contains("Children"), "{}", text(&root));
    assert!(text(&root).contains("Step 2 of 3"));
    assert_eq!(document().active_element().unwrap().id(), "page-heading");

    // Repeating group: add two entries, remove the first; the second moves up with its answer.
    click_button(&root, "Add child");
    settle().await;
    click_button(&root, "Add child");
    settle().await;
    let names = root.query_selector_all("input[type=text]").unwrap();
    assert_eq!(names.length(), 2);
    type_into(&names.item(1).unwrap().unchecked_into(), "Bo");
    click_button(&root, "Remove child 1");
    settle().await;
    let names = root.query_selector_all("input[type=text]").unwrap();
    assert_eq!(names.length(), 1);
    assert_eq!(names.item(0).unwrap().unchecked_into::<HtmlInputElement>().value(), "Bo");

    click_button(&root, "Back");
    settle().await;
    assert_eq!(input_labelled(&root, "Given name").value(), "Ada", "Back keeps answers");
}

#[wasm_bindgen_test]
async fn switching_language_keeps_the_answers() {
    let root = mount(HOUSEHOLD, "en");
    settle().await;
    type_into(&input_labelled(&root, "Given name"), "Ada");
    click_button(&root, "Svenska");
    settle().await;
    assert_eq!(input_labelled(&root, "Förnamn").value(), "Ada");
    assert!(text(&root).contains("Steg 1 av 2"));
}

#[wasm_bindgen_test]
async fn a_document_question_renders_without_a_draft_with_its_input_disabled() {
    // No form route here, so no draft to send files to (as in a designer's preview).
    let root = mount(WITH_DOCUMENTS, "en");
    settle().await;
    let input = input_labelled(&root, "Choose a file");
    assert_eq!(input.type_(), "file");
    assert!(input.disabled(), "files cannot be sent without a draft");
    assert_eq!(input.accept(), "application/pdf,image/png");
    assert!(text(&root).contains("You can upload up to 2 files: PDF or PNG, up to 100 KB each."), "{}", text(&root));
    click_button(&root, "Next");
    settle().await;
    assert!(text(&root).contains("Upload a document"), "{}", text(&root));
}

/// "Today" in date rules is the service's day once the backend has named its time zone, wherever
/// the browser is: fourteen hours ahead of UTC and eleven behind are never the same day. A zone
/// the browser does not know leaves the applicant's own calendar.
#[wasm_bindgen_test]
fn today_is_on_the_services_calendar() {
    use blankett::browser::{keep_service_time_zone, today};
    use chrono::NaiveDate;
    let own = today();
    let now = js_sys::Date::new_0().get_time();
    let shifted = |hours: f64| {
        let at = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(now + hours * 3_600_000.0));
        NaiveDate::from_ymd_opt(at.get_utc_full_year() as i32, at.get_utc_month() + 1, at.get_utc_date()).unwrap()
    };
    keep_service_time_zone("Pacific/Kiritimati");
    assert_eq!(today(), shifted(14.0));
    keep_service_time_zone("Pacific/Pago_Pago");
    assert_eq!(today(), shifted(-11.0));
    keep_service_time_zone("Nowhere/Atlantis");
    assert_eq!(today(), own);
}
