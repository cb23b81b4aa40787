//! The Blankett web app: a thin Leptos layer that shows engine state and forwards the applicant's
//! actions to the engine in `blankett-core`. No rule lives here; see ARCHITECTURE.md.

pub mod api;
pub mod browser;
pub mod feedback;
pub mod form;
pub mod routes;
pub mod session;
#[cfg(feature = "widget")]
pub mod widget;

use blankett_core::messages::Ui;
use blankett_core::basics::text::Locale;
use crate::form::reactive_attr;
use leptos::prelude::*;

/// Which copy of the app a view, a timer or a request belongs to. The standalone app is the one
/// copy on its page, and this is empty; in the widget's build (feature `widget`) it names one of
/// the widgets on the host page, whose shadow root, backend, history tag, channel to other tabs
/// and requests are its own (`crate::widget`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Here {
    #[cfg(feature = "widget")]
    pub(crate) widget: u32,
}

impl Here {
    /// The copy the calling view belongs to. Read when a view is set up: a timer, a listener or a
    /// future keeps it, because it runs outside any view.
    #[inline(always)]
    pub fn current() -> Here {
        #[cfg(feature = "widget")]
        return use_context::<Here>().unwrap_or_default();
        #[cfg(not(feature = "widget"))]
        Here::default()
    }
}

/// Runs `task` for the copy of the app `here` is. A widget's task stops at its next step once the
/// widget is removed (its requests are aborted then), so that nothing runs for a removed form.
#[inline(always)]
pub fn spawn(here: Here, task: impl std::future::Future<Output = ()> + 'static) {
    #[cfg(feature = "widget")]
    leptos::task::spawn_local(widget::while_mounted(here, Box::pin(task)));
    #[cfg(not(feature = "widget"))]
    {
        let _ = here;
        leptos::task::spawn_local(task);
    }
}

/// The applicant's language, shared by every component. Changing it keeps every answer: answers
/// live in the engine state, which does not depend on the language.
#[derive(Clone, Copy)]
pub struct Language(pub RwSignal<Locale>);

impl Language {
    pub fn use_context() -> Self {
        use_context::<Language>().expect("Language is provided by App")
    }
    pub fn get(self) -> Locale {
        self.0.get()
    }
    pub fn ui(self, text: Ui) -> String {
        self.0.with(|l| text.text(l))
    }
    /// The engine's words for `text` in the current language, updating when it changes. A boxed
    /// signal rather than a closure so that every such text shares one compiled view type: each
    /// distinct closure in a view costs its own render code in the download.
    pub fn tr(self, text: Ui) -> Signal<String> {
        Signal::derive(move || self.ui(text))
    }
    /// A schema text in the current language (see `tr`).
    pub fn text(self, text: blankett_core::basics::text::Text) -> Signal<String> {
        Signal::derive(move || self.0.with(|l| text.get(l).to_string()))
    }
}

/// Where the app is, read from the address once: the app is the form engine, one form per
/// address (`/forms/{id}`); the start page listing the forms is the server's (see
/// crates/server/src/pages/start.rs). Within a form the address stays the same and each page has its
/// own history entry (see `blankett_core::session::history`).
pub fn form_id_of(path: &str) -> String {
    match path.trim_matches('/').strip_prefix("forms/") {
        Some(id) if !id.contains('/') => id.to_string(),
        // An address the app does not know is a form it cannot find: one view for both.
        _ => String::new(),
    }
}

#[component]
pub fn App() -> impl IntoView {
    let language = Language(RwSignal::new(browser::initial_locale()));
    provide_context(language);
    // The engine's words in a language beside Swedish and English come when it is first shown;
    // until then (and if they cannot be fetched) they are in English.
    Effect::new(move |_| {
        language.0.with(|locale| {
            browser::set_document_language(Here::default(), locale);
            if let Some(file) = blankett_core::messages::catalog::to_fetch(locale) {
                leptos::task::spawn_local(async move {
                    if api::catalog(Here::default(), file).await.is_some() {
                        language.0.update(|_| ());
                    }
                });
            }
        })
    });
    let was_reset = browser::was_reset();
    let id = form_id_of(&browser::current_path());
    // An address that is not a form's has no page to ask about.
    let part = feedback::Part(RwSignal::new(String::new()));
    provide_context(part);
    let prompt = (!id.is_empty()).then(|| view! { <feedback::Prompt part=part /> });
    let code = move || language.get().code().to_string();

    view! {
        <header class="site-header">
            <a class="site-name" href="/">{language.tr(Ui::AppName)}</a>
        </header>
        <main id="main" class="page">
            {was_reset.then(|| view! { <p class="notice" role="status">{language.tr(Ui::ResetDone)}</p> })}
            <routes::form::FormRoute id=id />
            {prompt}
        </main>
        <footer class="site-footer"><ul class="footer-links">
            <li><a {..reactive_attr("href", move || Some(format!("/support?lang={}", code())))}>{language.tr(Ui::Support)}</a></li>
            <li><a {..reactive_attr("href", move || Some(format!("/status?lang={}", code())))}>{language.tr(Ui::CheckApplication)}</a></li>
            // Replaces the support page's "clear your cookies" (R13): only this service's data,
            // and the backend's copy of the draft stays.
            <li><button type="button" class="link-button" on:click=|_| browser::reset_device()>{language.tr(Ui::ResetDevice)}</button></li>
        </ul></footer>
    }
}
