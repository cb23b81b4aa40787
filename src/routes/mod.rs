//! One module per screen.

pub mod form;
pub mod gallery;

use crate::Language;
use blankett_core::messages::Ui;
use leptos::prelude::*;

pub fn not_found() -> impl IntoView {
    let language = Language::use_context();
    Effect::new(move |_| crate::browser::set_title(&language.ui(Ui::FormNotFound)));
    view! {
        <h1>{language.tr(Ui::FormNotFound)}</h1>
        <p><a href="/">{language.tr(Ui::BackToForms)}</a></p>
    }
}

/// What the applicant reads when a request failed: what happened and what to do.
pub fn request_failed_text(error: &crate::api::ApiError) -> Ui {
    match error {
        crate::api::ApiError::Network => Ui::NetworkFailed,
        crate::api::ApiError::NotFound => Ui::FormNotFound,
        crate::api::ApiError::Server { .. } => Ui::RequestFailed,
    }
}
