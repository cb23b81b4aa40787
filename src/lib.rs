//! The Blankett web app: a thin Leptos layer that shows engine state and forwards the applicant's
//! actions to the engine in `blankett-core`. No rule lives here; see ARCHITECTURE.md.

pub mod api;
pub mod browser;
pub mod form;
pub mod routes;

use blankett_core::messages::Ui;
use blankett_core::text::Locale;
use leptos::prelude::*;

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
    pub fn text(self, text: blankett_core::text::Text) -> Signal<String> {
        Signal::derive(move || self.0.with(|l| text.get(l).to_string()))
    }
}

/// Where the app is: read from the address, changed by links and by the browser's buttons. The
/// app is the form engine; the start page listing the forms is the server's (see
/// crates/server/src/gallery.rs).
#[derive(Clone, Debug, PartialEq)]
pub enum Route {
    Form { id: String },
    NotFound,
}

impl Route {
    pub fn from_path(path: &str) -> Route {
        match path.trim_matches('/').strip_prefix("forms/") {
            Some(id) if !id.is_empty() && !id.contains('/') => Route::Form { id: id.to_string() },
            _ => Route::NotFound,
        }
    }
    pub fn path(&self) -> String {
        match self {
            Route::Form { id } => format!("/forms/{id}"),
            Route::NotFound => "/".into(),
        }
    }
}

#[derive(Clone, Copy)]
pub struct Navigator(pub RwSignal<Route>);

impl Navigator {
    pub fn use_context() -> Self {
        use_context::<Navigator>().expect("Navigator is provided by App")
    }
    /// Moves to another screen of the app, adding one history entry.
    pub fn go(self, route: Route) {
        browser::push_path(&route.path());
        self.0.set(route);
    }
}

#[component]
pub fn App() -> impl IntoView {
    let language = Language(RwSignal::new(browser::initial_locale()));
    provide_context(language);
    let route = RwSignal::new(Route::from_path(&browser::current_path()));
    provide_context(Navigator(route));
    browser::on_history_change(move |path| route.set(Route::from_path(&path)));
    browser::follow_links_in_app(move |path| Navigator(route).go(Route::from_path(&path)));
    Effect::new(move |_| language.0.with(browser::set_document_language));

    view! {
        <header class="site-header">
            <a class="site-name" href="/">{language.tr(Ui::AppName)}</a>
        </header>
        <main id="main" class="page">
            {move || match route.get() {
                Route::Form { id } => view! { <routes::form::FormRoute id=id /> }.into_any(),
                // An address the app does not know is a form it cannot find: one view for both.
                Route::NotFound => view! { <routes::form::FormRoute id=String::new() /> }.into_any(),
            }}
        </main>
    }
}
