//! The browser as the app needs it: the address, history, the document's title and language, and
//! today's date. Everything that touches `window` directly is here, so components stay plain.

use crate::Here;
use blankett_core::basics::text::Locale;
use chrono::NaiveDate;
use wasm_bindgen::prelude::*;

fn window() -> web_sys::Window {
    web_sys::window().expect("a browser window")
}

pub fn current_path() -> String {
    window().location().pathname().unwrap_or_else(|_| "/".into())
}

/// Goes to `address` in place of this page in the history.
pub fn replace_location(address: &str) {
    let _ = window().location().replace(address);
}

// The browser's history: one entry per form page (see `blankett_core::session::history`). The address
// stays the same; each entry's state says which page it shows. A widget keeps its entry under its
// tag in the host's own state (see `Entry::tag`), so that the host's router finds its own state.

/// The state of the history entry the browser is on, if it is text (a widget's: under its tag).
pub fn history_state(here: Here) -> Option<String> {
    let state = window().history().ok()?.state().ok()?;
    #[cfg(feature = "widget")]
    let state = js_sys::Reflect::get(&state, &crate::widget::history_tag(here)?.into()).ok()?;
    let _ = here;
    state.as_string()
}

/// Applies what `blankett_core::session::history` decided.
pub fn change_history(here: Here, step: blankett_core::session::history::HistoryStep) {
    use blankett_core::session::history::HistoryStep;
    let Ok(history) = window().history() else { return };
    #[cfg(feature = "widget")]
    let _ = match step {
        HistoryStep::Push(entry) => history.push_state(&crate::widget::tagged_state(here, history.state().unwrap_or(JsValue::NULL), JsValue::from_str(&entry.encode())), ""),
        HistoryStep::Replace(entry) => history.replace_state(&crate::widget::tagged_state(here, history.state().unwrap_or(JsValue::NULL), JsValue::from_str(&entry.encode())), ""),
        HistoryStep::GoBack => history.back(),
        HistoryStep::Nothing => Ok(()),
    };
    #[cfg(not(feature = "widget"))]
    let _ = (here, match step {
        HistoryStep::Push(entry) => history.push_state(&JsValue::from_str(&entry.encode()), ""),
        HistoryStep::Replace(entry) => history.replace_state(&JsValue::from_str(&entry.encode()), ""),
        HistoryStep::GoBack => history.back(),
        HistoryStep::Nothing => Ok(()),
    });
}

/// The language to start in: `?lang=` in the address, else the browser's preference if it is
/// Swedish, else English.
pub fn initial_locale() -> Locale {
    let search = window().location().search().unwrap_or_default();
    let from_address = search.trim_start_matches('?').split('&').find_map(|pair| pair.strip_prefix("lang=")).filter(|code| !code.is_empty());
    if let Some(code) = from_address {
        return Locale::new(code);
    }
    let preferred = window().navigator().language().unwrap_or_default();
    if preferred.to_ascii_lowercase().starts_with("sv") {
        Locale::new("sv")
    } else {
        Locale::new("en")
    }
}

/// Sets `<html lang dir>` so screen readers pronounce the right language and right-to-left
/// scripts lay out correctly (a widget sets them on its own root, never on the host's page).
pub fn set_document_language(here: Here, locale: &Locale) {
    #[cfg(feature = "widget")]
    let root = crate::widget::root(here);
    #[cfg(not(feature = "widget"))]
    let root = { let _ = here; window().document().and_then(|d| d.document_element()) };
    if let Some(root) = root {
        let _ = root.set_attribute("lang", locale.code());
        let _ = root.set_attribute("dir", if locale.is_right_to_left() { "rtl" } else { "ltr" });
    }
}

/// The page's title; a widget's host owns its title, and a widget leaves it alone.
pub fn set_title(title: &str) {
    #[cfg(not(feature = "widget"))]
    if let Some(document) = window().document() {
        document.set_title(title);
    }
    #[cfg(feature = "widget")]
    let _ = title;
}

/// Keeps the document's title equal to `title` while the calling view is shown. Screen readers
/// announce the title on navigation, so every screen has its own.
pub fn keep_title(title: leptos::prelude::Signal<String>) {
    use leptos::prelude::*;
    // Set only when it changes: the title is derived from the form's state, which changes with
    // every keystroke, and each new title is a message to the browser's own window.
    Effect::new(move |shown: Option<String>| {
        let title = title.get();
        if shown.as_ref() != Some(&title) {
            set_title(&title);
        }
        title
    });
}

thread_local! {
    /// The service's time zone, as the backend names it on an application (`time_zone`).
    static SERVICE_TIME_ZONE: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Keeps the service's time zone from an application the backend sent, for [`today`].
pub fn keep_service_time_zone(zone: &str) {
    SERVICE_TIME_ZONE.with(|kept| *kept.borrow_mut() = Some(zone.to_string()));
}

/// Today on the service's calendar, so that "in the past" means what the backend checks at
/// Confirm wherever the applicant is; on the applicant's own calendar until the backend has named
/// its time zone (or if the browser does not know it).
pub fn today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    let own = NaiveDate::from_ymd_opt(now.get_full_year() as i32, now.get_month() + 1, now.get_date()).unwrap_or_default();
    let Some(zone) = SERVICE_TIME_ZONE.with(|kept| kept.borrow().clone()) else { return own };
    // Swedish writes a date as 2026-12-03. Called through Reflect, so that a zone the browser
    // does not know is an error returned, not thrown.
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"timeZone".into(), &JsValue::from_str(&zone));
    let format = js_sys::Reflect::get(&now, &"toLocaleDateString".into()).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let args = js_sys::Array::of2(&"sv-SE".into(), &options);
    let text = format.and_then(|f| js_sys::Reflect::apply(&f, &now, &args).ok()).and_then(|t| t.as_string());
    text.and_then(|t| blankett_core::run::validate::parse_date(&t)).unwrap_or(own)
}

/// The element with this id in this copy of the app, if it has one: in the page, or in a
/// widget's shadow root, whose ids are its own (two widgets on a page each have a `page-heading`).
pub fn element(here: Here, id: &str) -> Option<web_sys::Element> {
    #[cfg(feature = "widget")]
    return crate::widget::element(here, id);
    #[cfg(not(feature = "widget"))]
    {
        let _ = here;
        window().document()?.get_element_by_id(id)
    }
}

/// Whether the page is hidden (another tab, a minimised window, a locked phone).
pub fn is_hidden() -> bool {
    window().document().is_some_and(|d| d.hidden())
}

/// Starts a request (only `crate::api` makes them); `None` without a window to send it from.
pub fn fetch(path: &str, init: &web_sys::RequestInit) -> Option<js_sys::Promise> {
    web_sys::window().map(|window| window.fetch_with_str_and_init(path, init))
}

/// The address of the page the app is in (a widget's host page), to come back to.
#[cfg(feature = "widget")]
pub fn page_address() -> String {
    window().location().href().unwrap_or_default()
}

/// Moves keyboard focus to the element with this id, scrolling it into view.
pub fn focus_id(here: Here, id: &str) {
    let Some(element) = element(here, id) else { return };
    if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
        let _ = element.focus();
        element.scroll_into_view();
    }
}

/// The name of the language `code` in that language itself, or the code if the browser has none.
pub fn language_name(code: &str) -> String {
    let locales = js_sys::Array::of1(&JsValue::from_str(code));
    let options = js_sys::Intl::DisplayNamesOptions::new();
    options.set_type(js_sys::Intl::DisplayNamesType::Language);
    js_sys::Intl::DisplayNames::new(&locales, &options).of(code).map(String::from).unwrap_or_else(|| code.to_string())
}

thread_local! {
    /// The country list last made, and its language: a page with several country questions,
    /// and the review, make it once (making it costs 250 lookups and 2,000 comparisons in the
    /// browser's CLDR data, a tenth of a second on a slow phone).
    static COUNTRIES: std::cell::RefCell<(String, Vec<(String, String)>)> = const { std::cell::RefCell::new((String::new(), Vec::new())) };
}

/// Every country as (code, name) in the applicant's language, sorted as that language sorts.
/// Names come from the browser's own CLDR data, so a country list exists in every language the
/// applicant may read (Arabic and Persian included) without a name table in the download.
pub fn country_names(locale: &Locale) -> Vec<(String, String)> {
    COUNTRIES.with_borrow_mut(|(language, list)| {
        if language != locale.code() || list.is_empty() {
            *list = sorted_countries(locale);
            *language = locale.code().to_string();
        }
        list.clone()
    })
}

fn sorted_countries(locale: &Locale) -> Vec<(String, String)> {
    let locales = js_sys::Array::of1(&JsValue::from_str(locale.code()));
    let options = js_sys::Intl::DisplayNamesOptions::new();
    options.set_type(js_sys::Intl::DisplayNamesType::Region);
    let names = js_sys::Intl::DisplayNames::new(&locales, &options);
    let collator = js_sys::Intl::Collator::new(&locales, &js_sys::Object::new());
    let compare = collator.compare();
    let before = |a: &JsValue, b: &JsValue| compare.call2(&JsValue::NULL, a, b).ok().and_then(|v| v.as_f64()).unwrap_or(0.0) < 0.0;
    // A binary insertion sort with the language's own collator: about 2,000 comparisons for the
    // 249 countries, and no general sort compiled into the download for one list.
    let mut sorted: Vec<(String, String, JsValue)> = Vec::with_capacity(250);
    for code in blankett_core::basics::countries::codes() {
        let name: String = names.of(code).map(String::from).unwrap_or_else(|| code.to_string());
        let js_name = JsValue::from_str(&name);
        let at = sorted.partition_point(|(_, _, other)| !before(&js_name, other));
        sorted.insert(at, (code.to_string(), name, js_name));
    }
    sorted.into_iter().map(|(code, name, _)| (code, name)).collect()
}

/// Now on this computer's clock, in milliseconds since the epoch.
pub fn now() -> blankett_core::basics::Millis {
    js_sys::Date::now() as blankett_core::basics::Millis
}

/// An RFC 3339 time from the backend (`2026-12-21T10:00:00.000Z`) in milliseconds.
pub fn parse_time(text: &str) -> Option<blankett_core::basics::Millis> {
    Some(js_sys::Date::parse(text)).filter(|t| t.is_finite()).map(|t| t as blankett_core::basics::Millis)
}

/// A date and time the applicant's way ("21 december 2026 14:32"), from the browser's own data:
/// in the page's language, written as the browser's own variant of it writes dates (en-GB puts
/// the day first, en-US the month).
pub fn long_date_time(text: &str, locale: &Locale) -> String {
    long_date_in(text, locale, true)
}

/// A date the applicant's way ("21 december 2026"), as [`long_date_time`] writes it. `text` is an
/// ISO date (`2026-12-21`, read as that day wherever the browser is) or an RFC 3339 time.
pub fn long_date(text: &str, locale: &Locale) -> String {
    long_date_in(text, locale, false)
}

/// The page's language with the browser's region where the browser prefers that language
/// (`en-GB` for an English page in a British browser): dates and times the applicant's way, all
/// written alike.
fn region_of(locale: &Locale) -> String {
    let preferred = window().navigator().language().unwrap_or_default();
    let same_language = preferred.split('-').next().is_some_and(|l| l.eq_ignore_ascii_case(locale.code()));
    if same_language { preferred } else { locale.code().to_string() }
}

fn long_date_in(text: &str, locale: &Locale, with_time: bool) -> String {
    let code = region_of(locale);
    let code = code.as_str();
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"long".into());
    if with_time {
        let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into());
    } else if text.len() == 10 {
        // A date without a time is midnight UTC: shown in UTC it stays that day everywhere.
        let _ = js_sys::Reflect::set(&options, &"timeZone".into(), &"UTC".into());
    }
    let date = js_sys::Date::new(&JsValue::from_str(text));
    // A partly typed date cannot be shown as one; the applicant's own text is shown instead.
    if !date.get_time().is_finite() {
        return text.to_string();
    }
    date.to_locale_string(code, &options).into()
}

/// Opens the browser's print dialog (the print stylesheet shows the application only; a widget's
/// host page hides everything else while it prints, see `blankett-form.js`).
pub fn print(here: Here) {
    #[cfg(feature = "widget")]
    return crate::widget::print(here);
    #[cfg(not(feature = "widget"))]
    {
        let _ = here;
        let _ = window().print();
    }
}

// What this device keeps (see `blankett_core::session::device`). Storage may be missing (turned off, a
// private window) or full; both are survived: the caller is told, and the backend's copy stays
// the truth.

fn local_storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// Keeps `value` under `key`; `false` if this device cannot (no storage, or it is full).
pub fn keep(key: &str, value: &str) -> bool {
    local_storage().is_some_and(|s| s.set_item(key, value).is_ok())
}

pub fn kept(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

pub fn forget(key: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(key);
    }
}

const RESET: &str = "blankett-reset";

/// "Reset this service's saved data on this device": everything the service keeps in this
/// browser is removed and the page starts again from the backend's copy. The session cookie is
/// the backend's (it cannot be read here); signing out ends it.
pub fn reset_device() {
    forget_personal_data();
    if let Ok(Some(session)) = window().session_storage() {
        let _ = session.set_item(RESET, "1");
    }
    let _ = window().location().reload();
}

/// Whether this page was loaded by [`reset_device`] (once).
pub fn was_reset() -> bool {
    let Ok(Some(session)) = window().session_storage() else { return false };
    let reset = session.get_item(RESET).ok().flatten().is_some();
    let _ = session.remove_item(RESET);
    reset
}

/// A time of day the applicant's way ("14:32"), for "Saved at": in the same language and region
/// as [`long_date_time`], so that one line never mixes a 12-hour and a 24-hour clock.
pub fn time_of_day(at: blankett_core::basics::Millis, locale: &Locale) -> String {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into());
    js_sys::Date::new(&JsValue::from_f64(at as f64)).to_locale_time_string_with_options(&region_of(locale), &options).into()
}

#[wasm_bindgen]
extern "C" {
    /// `navigator.locks.request` (Web Locks): shared by every tab of the origin.
    #[wasm_bindgen(js_namespace = ["navigator", "locks"], js_name = request, catch)]
    fn request_lock(name: &str, options: &js_sys::Object, granted: &js_sys::Function) -> Result<js_sys::Promise, JsValue>;
}

/// Asks to be the one tab editing `name`; with `take_over`, takes it from the tab that has it.
/// `answer` hears whether this tab holds it, and later if another tab takes it. The lock is held
/// until the page closes (a widget's, until it is removed). Without Web Locks every tab edits,
/// and the backend's version check still refuses a save over a newer one.
pub fn claim(here: Here, name: &str, take_over: bool, answer: impl Fn(blankett_core::session::Claim) + 'static) {
    let _ = here;
    use blankett_core::session::Claim;
    let answer = std::rc::Rc::new(answer);
    let first = answer.clone();
    let granted = Closure::once_into_js(move |lock: JsValue| -> JsValue {
        if lock.is_null() {
            first(Claim::HeldElsewhere);
            JsValue::UNDEFINED
        } else {
            first(Claim::Held);
            // A promise that never settles holds the lock for the page's life; a widget's
            // settles when it is removed.
            #[cfg(feature = "widget")]
            return js_sys::Promise::new(&mut |release, _| crate::widget::hold_lock(here, release)).into();
            #[cfg(not(feature = "widget"))]
            js_sys::Promise::new(&mut |_, _| {}).into()
        }
    });
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &(if take_over { "steal" } else { "ifAvailable" }).into(), &JsValue::TRUE);
    match request_lock(name, &options, granted.unchecked_ref()) {
        Err(_) => answer(Claim::Held),
        Ok(held) => {
            let lost = Closure::once(move |_: JsValue| answer(Claim::Lost));
            let _ = held.catch(&lost);
            lost.forget();
        }
    }
}

#[cfg(not(feature = "widget"))]
thread_local! {
    /// The channel between this service's tabs (see `blankett_core::timing::TabMessage`). Absent in
    /// a browser without BroadcastChannel: each tab then keeps its own time. (A widget has a
    /// channel of its own, closed when it is removed: `crate::widget`.)
    static TABS: Option<web_sys::BroadcastChannel> = web_sys::BroadcastChannel::new("blankett").ok();
}

/// Runs `with` on a widget's channel to the other tabs, if it has one.
#[cfg(feature = "widget")]
fn tabs(here: Here, with: impl FnOnce(&web_sys::BroadcastChannel)) {
    crate::widget::tabs(here, with);
}

/// The standalone app's channel, as [`TABS`] holds it.
#[cfg(not(feature = "widget"))]
#[inline(always)]
fn tabs(_: Here, with: impl FnOnce(&web_sys::BroadcastChannel)) {
    TABS.with(|tabs| {
        if let Some(tabs) = tabs {
            with(tabs);
        }
    });
}

/// Tells the other open tabs of this service something.
pub fn tell_other_tabs(here: Here, message: &str) {
    tabs(here, |tabs| {
        let _ = tabs.post_message(&JsValue::from_str(message));
    });
}

#[cfg(not(feature = "widget"))]
thread_local! {
    static HEARING: std::cell::RefCell<Option<Closure<dyn Fn(web_sys::MessageEvent)>>> = const { std::cell::RefCell::new(None) };
}

/// Calls `hear` with each message from another tab, until [`stop_hearing_other_tabs`]. One
/// listener at a time: the form on screen.
pub fn hear_other_tabs(here: Here, hear: impl Fn(String) + 'static) {
    let closure = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
        if let Some(text) = event.data().as_string() {
            hear(text);
        }
    });
    tabs(here, |tabs| tabs.set_onmessage(Some(closure.as_ref().unchecked_ref())));
    #[cfg(feature = "widget")]
    crate::widget::keep_hearing(here, Some(closure));
    #[cfg(not(feature = "widget"))]
    HEARING.with(|slot| *slot.borrow_mut() = Some(closure));
}

pub fn stop_hearing_other_tabs(here: Here) {
    tabs(here, |tabs| tabs.set_onmessage(None));
    #[cfg(feature = "widget")]
    crate::widget::keep_hearing(here, None);
    #[cfg(not(feature = "widget"))]
    HEARING.with(|slot| slot.borrow_mut().take());
}

/// Removes what this service kept in the browser's storage (everything under a `blankett` key),
/// so that nothing personal stays on a shared computer after signing out. Other keys of the same
/// site belong to the page the engine is embedded in and are left alone.
pub fn forget_personal_data() {
    for storage in [window().local_storage(), window().session_storage()].into_iter().filter_map(|s| s.ok().flatten()) {
        let count = storage.length().unwrap_or(0);
        let ours: Vec<String> = (0..count).filter_map(|i| storage.key(i).ok().flatten()).filter(|k| k.starts_with("blankett")).collect();
        for key in ours {
            let _ = storage.remove_item(&key);
        }
    }
}

/// Whether a click landed on a button or a link: what counts as activity (R10).
pub fn is_button_or_link(event: &web_sys::Event) -> bool {
    event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).and_then(|e| e.closest("button, a[href]").ok().flatten()).is_some()
}
