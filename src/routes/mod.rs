//! One module per screen.

pub mod form;

use crate::Language;
use blankett_core::messages::Ui;
use leptos::prelude::*;


/// What the applicant reads when a request failed: what happened and what to do, with a button
/// to try again where trying again can help.
pub fn request_failed(error: crate::api::ApiError, retry: std::sync::Arc<dyn Fn() + Send + Sync>) -> impl IntoView {
    use crate::api::ApiError;
    let language = Language::use_context();
    let text = match error {
        ApiError::Network => Ui::NetworkFailed,
        ApiError::NotFound => Ui::FormNotFound,
        ApiError::Server { .. } => Ui::RequestFailed,
    };
    view! {
        <div class="notice notice-error" role="alert">
            <p>{language.tr(text)}</p>
            {(error != ApiError::NotFound).then(|| view! {
                <button type="button" class="button button-secondary" on:click=move |_| retry()>{language.tr(Ui::TryAgain)}</button>
            })}
        </div>
    }
}
