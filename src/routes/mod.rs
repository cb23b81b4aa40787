//! One module per screen.

pub mod form;

use crate::Language;
use blankett_core::messages::Ui;
use leptos::prelude::*;


/// What the applicant reads when a request failed: what happened and what to do, with a button
/// to try again where trying again can help.
pub fn request_failed(text: Ui, retry: Option<std::sync::Arc<dyn Fn() + Send + Sync>>) -> impl IntoView {
    let language = Language::use_context();
    view! {
        <div class="notice notice-error" role="alert">
            <p>{language.tr(text)}</p>
            // Signing in is the backend's page; it opens in a new tab so that this page and its
            // answers stay as they are.
            {(text == Ui::SignedOut).then(|| view! {
                <p><a href=sign_in_address() target="_blank">{language.tr(Ui::SignInNewTab)}</a></p>
            }.into_any())}
            {retry.map(|retry| view! {
                <button type="button" class="button button-secondary" on:click=move |_| retry()>{language.tr(Ui::TryAgain)}</button>
            }.into_any())}
        </div>
    }
}

/// The backend's sign-in page, returning to where the applicant is now (a widget's host page).
pub fn sign_in_address() -> String {
    let language = Language::use_context();
    #[cfg(feature = "widget")]
    return crate::widget::sign_in_address(crate::Here::current(), language.get().code());
    #[cfg(not(feature = "widget"))]
    format!("/sign-in?lang={}&next={}", language.get().code(), crate::browser::current_path())
}
