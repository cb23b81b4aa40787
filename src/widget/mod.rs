//! The widget: the form as a part of another site's page (README, "Embedding"). Built only with
//! the feature `widget`, as a module of its own (`scripts/build-widget`), so that the standalone
//! app carries none of this.
//!
//! `blankett-form.js` (beside this file; copied into the package) defines `<blankett-form>` and
//! `mount(element, options)`: it gives the element a shadow root with the widget's style sheet and
//! an element to draw in, and calls [`mount`] here. Each widget is one entry of [`WIDGETS`], named
//! by [`Here`]: its root, its backend (another site's, maybe) and session token, how it uses the
//! host page's history, its channel to the other tabs, its Web Locks, and the `AbortController`
//! of every request it makes. Two widgets on one page share nothing but the engine's words.
//!
//! Removing the element (or `handle.unmount()`) aborts its requests, stops its tasks before their
//! next step (`while_mounted`), runs its views' cleanups (the clock, the listeners), closes its
//! channel and releases its locks: nothing of a removed form runs on.

use crate::{api, feedback, Here, Language};
use blankett_core::basics::text::Locale;
use blankett_core::messages::Ui;
use blankett_core::session::history::{Entry, HistoryMode};
use blankett_core::session::Report;
use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Who signs the applicant in.
#[derive(Clone, Copy, PartialEq, Eq)]
enum SignIn {
    /// The backend's sign-in page, which returns to the host page (a site it allows).
    Backend,
    /// The host page, which gives the widget a session token (`handle.setToken`).
    Host,
}

/// One widget on the host page.
struct Widget {
    here: Here,
    /// False once its removal has begun: nothing of it may start any more.
    mounted: bool,
    /// The element the widget draws in, inside its shadow root.
    root: web_sys::HtmlElement,
    form: String,
    /// The backend's address, without `/api` (`""`: the host page's own site).
    backend: String,
    /// The address of the widget's own files (its catalogs), ending in `/`.
    assets: String,
    history: HistoryMode,
    sign_in: SignIn,
    token: Option<String>,
    requests: web_sys::AbortController,
    tabs: Option<web_sys::BroadcastChannel>,
    hearing: Option<Closure<dyn Fn(web_sys::MessageEvent)>>,
    /// Each held Web Lock's release.
    locks: Vec<js_sys::Function>,
    creation_key: Option<String>,
    /// What `blankett-form.js` gave: `emit(name, detail)` and `print()`.
    host: js_sys::Object,
    language: Option<RwSignal<Locale>>,
    new_token: Option<Rc<dyn Fn()>>,
    refused: Option<Rc<dyn Fn()>>,
    clicks: Option<Closure<dyn Fn(web_sys::Event)>>,
}

thread_local! {
    static WIDGETS: RefCell<Vec<Widget>> = const { RefCell::new(Vec::new()) };
    static NEXT: Cell<u32> = const { Cell::new(1) };
}

/// Runs `f` on the widget `here` names, while it is mounted. `f` must not call back into the
/// widgets: a callback it finds is cloned out and called afterwards.
fn with<R>(here: Here, f: impl FnOnce(&mut Widget) -> R) -> Option<R> {
    WIDGETS.with(|widgets| widgets.borrow_mut().iter_mut().find(|w| w.here == here && w.mounted).map(f))
}

fn text_option(options: &js_sys::Object, name: &str) -> Option<String> {
    js_sys::Reflect::get(options, &name.into()).ok()?.as_string().map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

fn refuse(message: String) -> JsValue {
    js_sys::Error::new(&format!("blankett-form: {message}")).into()
}

/// The backend's address as an embedding page names it: `https://backend.example`,
/// `https://backend.example/api` (the contract's paths start with `/api/`, so both are the
/// same), or nothing for the page's own site.
fn backend_of(api: Option<String>) -> Result<String, JsValue> {
    let Some(api) = api else { return Ok(String::new()) };
    let trimmed = api.trim_end_matches('/');
    let root = trimmed.strip_suffix("/api").unwrap_or(trimmed);
    if !(root.starts_with("https://") || root.starts_with("http://") || root.starts_with('/') || root.is_empty()) {
        return Err(refuse(format!("api must be the backend's address, such as https://backend.example/api (not \"{api}\")")));
    }
    Ok(root.to_string())
}

/// A form's id as the backend names it: lower-case letters, digits and dashes.
fn is_form_id(id: &str) -> bool {
    !id.is_empty() && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A widget on the host page; `unmount()` removes it. Made by [`mount`].
#[wasm_bindgen]
pub struct Handle {
    here: Here,
    owner: Option<Owner>,
    view: Option<Box<dyn std::any::Any>>,
}

/// Draws the form `options.form` in `root` (an element in the widget's shadow root), against the
/// backend at `options.api`, in `options.lang`, with `options.history` (`entries` or `none`) and
/// `options.signIn` (`backend` or `host`; `options.token` is the host's session token).
/// `options.assets` is where the widget's files are; `options.emit(name, detail)` sends an event
/// and `options.print()` prints. A wrong option is refused with a message saying what it takes.
#[wasm_bindgen]
pub fn mount(root: web_sys::HtmlElement, options: js_sys::Object) -> Result<Handle, JsValue> {
    let form = text_option(&options, "form").unwrap_or_default();
    if !is_form_id(&form) {
        return Err(refuse(format!("form must be a form's id, such as work-permit (not \"{form}\")")));
    }
    let backend = backend_of(text_option(&options, "api"))?;
    let history = match text_option(&options, "history") {
        None => HistoryMode::Entries,
        Some(mode) => HistoryMode::read(&mode).ok_or_else(|| refuse(format!("history must be \"entries\" or \"none\" (not \"{mode}\")")))?,
    };
    let sign_in = match text_option(&options, "signIn").as_deref() {
        None | Some("backend") => SignIn::Backend,
        Some("host") => SignIn::Host,
        Some(other) => return Err(refuse(format!("sign-in must be \"backend\" or \"host\" (not \"{other}\")"))),
    };
    let lang = text_option(&options, "lang").unwrap_or_else(|| "en".into());
    let here = Here { widget: NEXT.with(|next| next.replace(next.get() + 1)) };
    // Two widgets of one backend share its tabs' messages (a sign-out ends the session for all of
    // them), as the standalone app's tabs do; another backend's are others'.
    let channel = if backend.is_empty() { "blankett".to_string() } else { format!("blankett {backend}") };
    let widget = Widget {
        here,
        mounted: true,
        root: root.clone(),
        form: form.clone(),
        backend,
        assets: text_option(&options, "assets").unwrap_or_default(),
        history,
        sign_in,
        token: text_option(&options, "token"),
        requests: web_sys::AbortController::new()?,
        tabs: web_sys::BroadcastChannel::new(&channel).ok(),
        hearing: None,
        locks: Vec::new(),
        creation_key: None,
        host: options,
        language: None,
        new_token: None,
        refused: None,
        clicks: None,
    };
    WIDGETS.with(|widgets| widgets.borrow_mut().push(widget));
    let language = RwSignal::new(Locale::new(&lang));
    with(here, |w| w.language = Some(language));
    let owner = Owner::new();
    let view = owner.with(|| leptos::mount::mount_to(root, move || app(here, form, language)));
    Ok(Handle { here, owner: Some(owner), view: Some(Box::new(view)) })
}

#[wasm_bindgen]
impl Handle {
    /// Removes the widget: its requests are aborted, its views and their timers and listeners
    /// cleaned up, its channel closed and its locks released. Nothing of it runs afterwards.
    pub fn unmount(&mut self) {
        let Some(owner) = self.owner.take() else { return };
        if let Some(requests) = with(self.here, |w| {
            w.mounted = false;
            w.requests.clone()
        }) {
            requests.abort();
        }
        // The views' cleanups stop the clock and remove the listeners; they still find the
        // widget's entry (its channel), so it goes last.
        drop(self.view.take());
        owner.cleanup();
        let removed = WIDGETS.with(|widgets| {
            let mut widgets = widgets.borrow_mut();
            let at = widgets.iter().position(|w| w.here == self.here)?;
            Some(widgets.remove(at))
        });
        if let Some(widget) = removed {
            if let Some(tabs) = &widget.tabs {
                tabs.set_onmessage(None);
                tabs.close();
            }
            if let Some(clicks) = &widget.clicks {
                let _ = widget.root.remove_event_listener_with_callback("click", clicks.as_ref().unchecked_ref());
            }
            for release in widget.locks {
                let _ = release.call0(&JsValue::NULL);
            }
        }
    }

    /// Shows the form in another language, keeping every answer (the element's `lang`).
    #[wasm_bindgen(js_name = setLang)]
    pub fn set_lang(&self, code: &str) {
        if let Some(Some(language)) = with(self.here, |w| w.language) {
            language.set(Locale::new(code));
        }
    }

    /// The session token the host page signed the applicant in with (`signIn: "host"`), or none;
    /// a widget waiting for one reads the draft with it. Kept in memory only.
    #[wasm_bindgen(js_name = setToken)]
    pub fn set_token(&self, token: Option<String>) {
        let token = token.map(|t| t.trim().to_string()).filter(|t| !t.is_empty());
        if let Some(Some(new_token)) = with(self.here, |w| {
            w.token = token;
            w.new_token.clone()
        }) {
            new_token();
        }
    }
}

/// The widget's app: the form, and "Did this page help you?" under it. The host page has its own
/// header, footer and ways around, and its own title.
fn app(here: Here, form: String, language: RwSignal<Locale>) -> impl IntoView {
    provide_context(here);
    let language = Language(language);
    provide_context(language);
    Effect::new(move |_| {
        language.0.with(|locale| {
            crate::browser::set_document_language(here, locale);
            if let Some(file) = blankett_core::messages::catalog::to_fetch(locale) {
                crate::spawn(here, async move {
                    if api::catalog(here, file).await.is_some() {
                        language.0.update(|_| ());
                    }
                });
            }
        })
    });
    let part = feedback::Part(RwSignal::new(String::new()));
    provide_context(part);
    view! {
        <crate::routes::form::FormRoute id=form />
        <feedback::Prompt part=part />
    }
}

/// Runs `task` while the widget `here` is mounted: once it is removed, the task ends at its next
/// step without taking it (its requests were aborted, so it wakes at once).
/// One type for every task (boxed), so that the download has one copy of this, not one a task.
pub(crate) fn while_mounted(here: Here, mut task: std::pin::Pin<Box<dyn std::future::Future<Output = ()>>>) -> impl std::future::Future<Output = ()> {
    std::future::poll_fn(move |context| {
        if with(here, |_| ()).is_none() {
            return std::task::Poll::Ready(());
        }
        task.as_mut().poll(context)
    })
}

// Requests (`crate::api`).

/// Prepares a request of the widget `here` to `path` (`/api/…` on its backend, `/catalogs/…`
/// beside its files): it can be aborted with the widget, and carries the session token or, for a
/// backend on another origin, the cookie. `None` once the widget is removed: nothing is sent.
pub(crate) fn to_backend(here: Here, path: &str, init: &web_sys::RequestInit, headers: &web_sys::Headers) -> Option<String> {
    with(here, |w| {
        init.set_signal(Some(&w.requests.signal()));
        if let Some(file) = path.strip_prefix("/catalogs/") {
            return format!("{}catalogs/{file}", w.assets);
        }
        match &w.token {
            Some(token) => drop(headers.append("authorization", &format!("Bearer {token}"))),
            None if !w.backend.is_empty() => init.set_credentials(web_sys::RequestCredentials::Include),
            None => {}
        }
        format!("{}{path}", w.backend)
    })
}

/// The address of `path` on the widget's backend, for an upload.
pub(crate) fn backend_address(here: Here, path: &str) -> Option<String> {
    with(here, |w| format!("{}{path}", w.backend))
}

/// What an upload of the widget carries, as [`to_backend`] gives a request: the signal that ends
/// it with the widget, and the session token or, for a backend on another origin, the cookie.
pub(crate) struct Credentials {
    pub signal: web_sys::AbortSignal,
    pub token: Option<String>,
    pub cookie_across_sites: bool,
}

pub(crate) fn credentials(here: Here) -> Option<Credentials> {
    with(here, |w| Credentials { signal: w.requests.signal(), token: w.token.clone(), cookie_across_sites: w.token.is_none() && !w.backend.is_empty() })
}

/// The Idempotency-Key of the draft the widget is creating (see `api::creation_key`): kept until
/// `new` is `None` (the creation was answered).
pub(crate) fn creation_key(here: Here, new: Option<&dyn Fn() -> String>) -> String {
    with(here, |w| match new {
        Some(new) => w.creation_key.get_or_insert_with(new).clone(),
        None => w.creation_key.take().unwrap_or_default(),
    })
    .unwrap_or_default()
}

/// The address of the form on the backend ("Did this page help you?" names it).
pub(crate) fn form_address(here: Here) -> String {
    with(here, |w| format!("/forms/{}", w.form)).unwrap_or_default()
}

// The page around the widget.

/// The widget's root, where its language and direction are set.
pub(crate) fn root(here: Here) -> Option<web_sys::Element> {
    with(here, |w| w.root.clone().into())
}

/// The element with this id in the widget's shadow root.
pub(crate) fn element(here: Here, id: &str) -> Option<web_sys::Element> {
    let root = with(here, |w| w.root.get_root_node())?;
    match root.dyn_into::<web_sys::DocumentFragment>() {
        Ok(shadow) => shadow.get_element_by_id(id),
        Err(node) => node.dyn_into::<web_sys::Document>().ok()?.get_element_by_id(id),
    }
}

/// Calls `f` with every click in the widget: there a click's target is the button or link itself,
/// which on the host page's `window` is only the widget's element.
pub(crate) fn on_click(here: Here, f: impl Fn(&web_sys::Event) + 'static) {
    let closure = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| f(&event));
    with(here, |w| {
        let _ = w.root.add_event_listener_with_callback("click", closure.as_ref().unchecked_ref());
        w.clicks = Some(closure);
    });
}

/// The host's print, which shows only this widget while it prints (see `blankett-form.js`).
pub(crate) fn print(here: Here) {
    let host = with(here, |w| w.host.clone());
    let print = host.as_ref().and_then(|h| js_sys::Reflect::get(h, &"print".into()).ok()).and_then(|p| p.dyn_into::<js_sys::Function>().ok());
    if let (Some(host), Some(print)) = (host, print) {
        let _ = print.call0(&host);
    }
}

/// Sends the host page an event: `blankett-{name}` with `detail`, from the widget's element. In a
/// microtask, in order: the host's listener may do anything (remove the widget, give it a token)
/// and must not run in the middle of what the widget is doing.
fn emit(here: Here, name: &'static str, detail: Vec<(&'static str, JsValue)>) {
    let object = js_sys::Object::new();
    for (key, value) in detail {
        let _ = js_sys::Reflect::set(&object, &key.into(), &value);
    }
    queue_microtask(move || {
        let Some(host) = with(here, |w| w.host.clone()) else { return };
        let Some(emit) = js_sys::Reflect::get(&host, &"emit".into()).ok().and_then(|e| e.dyn_into::<js_sys::Function>().ok()) else { return };
        let _ = emit.call2(&host, &name.into(), &object);
    });
}

/// Tells the host page what the session reported ([`Report`]), as a DOM event with its detail
/// (README, "Embedding", lists them).
pub(crate) fn report(here: Here, report: Report, language: Language) {
    let text = |t: &str| JsValue::from_str(t);
    let number = |n: f64| JsValue::from_f64(n);
    match report {
        Report::PageShown { page, number: at } => emit(here, "page", vec![("page", text(&page)), ("number", number(at as f64))]),
        Report::Saved { draft, version } => emit(here, "saved", vec![("draft", text(&draft)), ("version", number(version as f64))]),
        Report::ValidationFailed { page, problems } => emit(here, "invalid", vec![("page", text(&page)), ("problems", number(problems as f64))]),
        Report::TimeWarning { ends_at } => emit(here, "time-warning", vec![("endsAt", number(ends_at as f64))]),
        Report::TimedOut => emit(here, "timed-out", vec![]),
        Report::SignedOut => emit(here, "signed-out", vec![]),
        Report::Confirmed { reference } => emit(here, "confirmed", vec![("reference", text(&reference))]),
        Report::Failed { problem, message } => emit(here, "error", vec![("problem", text(&problem)), ("message", text(&language.ui(message)))]),
    }
}

// The history of the host page (see `blankett_core::session::history`).

pub(crate) fn history_mode(here: Here) -> HistoryMode {
    with(here, |w| w.history).unwrap_or(HistoryMode::None)
}

/// The key of the widget's entry in the host's history state; none without history entries.
pub(crate) fn history_tag(here: Here) -> Option<String> {
    with(here, |w| (w.history == HistoryMode::Entries).then(|| Entry::tag(&w.form))).flatten()
}

/// The state of a history entry of the widget's: the host's state `current` (the entry the
/// form moved from, or is on), with the widget's `entry` under its tag, so that the host's router
/// finds the state it pushed. A host state that is not an object cannot carry a tag, and is left
/// out.
pub(crate) fn tagged_state(here: Here, current: JsValue, entry: JsValue) -> JsValue {
    let Some(tag) = history_tag(here) else { return entry };
    let state = js_sys::Object::new();
    if current.is_object() {
        js_sys::Object::assign(&state, current.unchecked_ref());
    }
    let _ = js_sys::Reflect::set(&state, &tag.into(), &entry);
    state.into()
}

// Other tabs and the editing lock.

pub(crate) fn tabs(here: Here, f: impl FnOnce(&web_sys::BroadcastChannel)) {
    if let Some(Some(tabs)) = with(here, |w| w.tabs.clone()) {
        f(&tabs);
    }
}

pub(crate) fn keep_hearing(here: Here, hearing: Option<Closure<dyn Fn(web_sys::MessageEvent)>>) {
    // Dropped outside the widget's entry: dropping a closure runs no code of ours, but keep the
    // rule that nothing runs while the entry is borrowed.
    let old = with(here, |w| std::mem::replace(&mut w.hearing, hearing));
    drop(old);
}

/// The editing lock of a draft of this widget's backend (another backend's forms are others').
pub(crate) fn lock_name(here: Here, name: String) -> String {
    with(here, |w| if w.backend.is_empty() { name.clone() } else { format!("{name} {}", w.backend) }).unwrap_or(name)
}

/// Keeps the release of a lock the widget holds, for its removal.
pub(crate) fn hold_lock(here: Here, release: js_sys::Function) {
    if with(here, |w| w.locks.push(release.clone())).is_none() {
        // Granted after the widget was removed: let it go at once.
        let _ = release.call0(&JsValue::NULL);
    }
}

// Signing in.

pub(crate) fn on_new_token(here: Here, f: impl Fn() + 'static) {
    with(here, |w| w.new_token = Some(Rc::new(f)));
}

pub(crate) fn on_page_refused(here: Here, f: impl Fn() + 'static) {
    with(here, |w| w.refused = Some(Rc::new(f)));
}

/// The form's Next found problems on the page.
pub(crate) fn page_refused(here: Here) {
    if let Some(Some(refused)) = with(here, |w| w.refused.clone()) {
        refused();
    }
}

/// The backend's sign-in page, returning to the host page as it is now: by its path when the
/// backend is the page's own site, else by its whole address (a site the backend allows).
pub(crate) fn sign_in_address(here: Here, lang: &str) -> String {
    let backend = with(here, |w| w.backend.clone()).unwrap_or_default();
    let page = crate::browser::page_address();
    let next = if backend.is_empty() { crate::browser::current_path() } else { page };
    format!("{backend}/sign-in?lang={lang}&next={}", String::from(js_sys::encode_uri_component(&next)))
}

/// Nobody is signed in as the form opens (a first visit, or a session that ended while the page
/// was away): the host page hears it (`blankett-sign-in`), and the widget offers the backend's
/// sign-in, or waits for the host to give it a session token. Its words suit a first visit as
/// well as a return, and it is a notice, not an alert: nothing went wrong.
pub(crate) fn sign_in_needed(here: Here) -> impl IntoView {
    let language = Language::use_context();
    let backend = with(here, |w| w.sign_in == SignIn::Backend).unwrap_or(true);
    let address = sign_in_address(here, language.0.get_untracked().code());
    let mode = if backend { "backend" } else { "host" };
    emit(here, "sign-in", vec![("mode", mode.into()), ("address", if backend { address.as_str().into() } else { JsValue::UNDEFINED })]);
    view! {
        <div class="notice"><p>{language.tr(Ui::SignInFirst)}</p></div>
        {backend.then(|| view! { <p><a class="button" href=address>{language.tr(Ui::SignInToStart)}</a></p> })}
    }
}
