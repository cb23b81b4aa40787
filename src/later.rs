//! The parts of the app that a form's first page does not need: the check-answers page with
//! Confirm, the printed application, a confirmed application's receipt, the time warning, and
//! document uploads. In the release build each is split out of the main module into a module of
//! its own (Leptos's WebAssembly code splitting: `wasm_split`, split by `wasm-split-cli` in
//! scripts/finish-release), so that the first page downloads, compiles and shows without them.
//! They are fetched in the background as soon as the first page is shown ([`fetch_all`]), so
//! nothing is missing if the network drops later; should one still be missing when it is needed,
//! the applicant is told and can try again, and nothing typed is lost (the answers are the
//! engine's, saved as always).
//!
//! Without `--cfg blankett_split` (debug builds, the component tests) every part is an ordinary
//! function in the one module, behind the same `async` signature.

use blankett_core::messages::Ui;
use leptos::prelude::*;
use leptos::tachys::view::any_view::AnyView;
use std::future::Future;

/// A part that could not be fetched (the network, most likely).
pub struct Missing;

#[cfg(blankett_split)]
impl From<leptos::wasm_split::SplitLoaderError> for Missing {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        Missing
    }
}

/// Declares a part: `part!(module, preload; fn name(args) { view })`. Every part of one `module`
/// lands in the same split module; `preload` names the function that fetches it without
/// showing anything.
macro_rules! part {
    ($module:ident, $preload:ident; $(#[$meta:meta])* pub(crate) fn $name:ident($($arg:ident: $ty:ty),* $(,)?) $body:block) => {
        $(#[$meta])*
        #[cfg(blankett_split)]
        #[leptos::wasm_split::wasm_split($module, wasm_split_path = ::leptos::wasm_split, fallible, preload(#[allow(dead_code)] $preload))]
        pub(crate) fn $name($($arg: $ty),*) -> Result<AnyView, Missing> {
            Ok($body)
        }
        $(#[$meta])*
        #[cfg(not(blankett_split))]
        pub(crate) async fn $name($($arg: $ty),*) -> Result<AnyView, Missing> {
            Ok($body)
        }
    };
}

part!(after_pages, fetch_after_pages;
    /// The check-answers page below its heading: the answers with Change buttons, Print, what
    /// `end` adds (the declaration and Confirm) and Back.
    pub(crate) fn check_answers(run: RwSignal<blankett_core::run::FormRun>, change: Callback<(usize, String)>, end: Option<ViewFn>, back: Callback<()>) {
        crate::form::review::check_answers(run, change, end, back)
    }
);

part!(after_pages, fetch_confirm;
    /// The declaration and Confirm, below the check-answers page.
    pub(crate) fn confirm_section(session: crate::session::Session) {
        crate::session::confirm_section(session).into_any()
    }
);

part!(after_pages, fetch_receipt;
    /// A confirmed application, only to be viewed (R8).
    pub(crate) fn confirmed(run: RwSignal<blankett_core::run::FormRun>, receipt: blankett_core::contract::Confirmed) {
        crate::routes::form::confirmed(run, receipt).into_any()
    }
);

part!(after_pages, fetch_warning;
    /// The warning before a time-out.
    pub(crate) fn time_warning(session: crate::session::Session) {
        crate::session::time_warning(session).into_any()
    }
);

part!(documents, fetch_documents;
    /// A `document` question.
    pub(crate) fn document(field: crate::form::question::Field) {
        crate::form::document::document(field)
    }
);

/// Fetches every part in the background, once the first page is shown. A part that cannot be
/// fetched now is fetched again when it is needed.
pub fn fetch_all() {
    #[cfg(blankett_split)]
    leptos::task::spawn_local(async {
        let _ = fetch_after_pages().await;
        let _ = fetch_documents().await;
    });
}

/// Shows the part `load` gives as soon as it is there: at once when it was fetched before. If it
/// cannot be fetched, the applicant is told so, with Try again.
pub fn show<F, Fut>(load: F) -> impl IntoView
where
    F: Fn() -> Fut + Clone + Send + Sync + 'static,
    Fut: Future<Output = Result<AnyView, Missing>> + 'static,
{
    let attempt = RwSignal::new(0u32);
    move || {
        attempt.track();
        let load = load.clone();
        Suspend::new(leptos::__reexports::send_wrapper::SendWrapper::new(async move {
            match load().await {
                Ok(part) => part,
                Err(Missing) => missing(attempt),
            }
        }))
    }
}

/// A part of the page that could not be downloaded: what to do, and Try again.
fn missing(attempt: RwSignal<u32>) -> AnyView {
    let retry = std::sync::Arc::new(move || attempt.update(|n| *n += 1)) as std::sync::Arc<dyn Fn() + Send + Sync>;
    crate::routes::request_failed(Ui::NetworkFailed, Some(retry)).into_any()
}
