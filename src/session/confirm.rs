//! Below the check-answers page: the declaration, the warning that nothing can change
//! afterwards, and Confirm (R8). What a press leads to is the session machine's to decide.

use super::Session;
use crate::form::{attr, reactive_attr};
use crate::routes::request_failed;
use crate::Language;
use blankett_core::messages::Ui;
use blankett_core::session::confirmation::Confirmation;
use leptos::prelude::*;
use leptos::tachys::view::any_view::AnyView;

/// The declaration to tick, the warning, and Confirm. A second press while one is under way
/// sends nothing; a failed confirmation says what happened, with Try again.
pub fn confirm_section(session: Session) -> impl IntoView {
    let language = Language::use_context();
    let declaration = Signal::derive(move || {
        let mut text = None;
        session.look(&mut |m| text = m.form().and_then(|f| f.declaration.clone()));
        text.map_or_else(|| language.ui(Ui::DeclarationDefault), |t| t.get(&language.get()).to_string())
    });
    let confirmation = move || {
        let mut confirmation = Confirmation::default();
        session.look(&mut |m| confirmation = m.confirmation().clone());
        confirmation
    };
    let not_declared = move || confirmation() == Confirmation::NotDeclared;
    let sending = Signal::derive(move || match confirmation() {
        Confirmation::Waiting | Confirmation::Sending => language.ui(Ui::Sending),
        _ => String::new(),
    });
    view! {
        <form class="confirm" {..attr("novalidate", "")} on:submit=move |event| { event.prevent_default(); session.confirm(); }>
            <h2>{language.tr(Ui::SendHeading)}</h2>
            <p><strong>{language.tr(Ui::ConfirmWarning)}</strong></p>
            <div {..reactive_attr("class", move || Some(if not_declared() { "field field-error" } else { "field" }.to_string()))}>
                <p class="error-message" id="declaration-error" {..reactive_attr("hidden", move || (!not_declared()).then(String::new))}>
                    <span class="visually-hidden">{language.tr(Ui::ErrorLabel)}" "</span>{language.tr(Ui::DeclarationRequired)}
                </p>
                <div class="choice">
                    <input type="checkbox" id="declaration"
                        {..reactive_attr("aria-describedby", move || not_declared().then(|| "declaration-error".to_string()))} node_ref=session.declaration />
                    <label {..attr("for", "declaration")}>{declaration}</label>
                </div>
            </div>
            <p role="status">{sending}</p>
            {super::notice(session, failed)}
            <button type="submit" class="button">{language.tr(Ui::Confirm)}</button>
        </form>
    }
}

/// A failed confirmation: what happened, and Try again where trying again can help.
fn failed(session: Session) -> AnyView {
    let mut failure = None;
    session.look(&mut |m| {
        if let Confirmation::Failed(failed) = m.confirmation() {
            failure = Some(failed.clone());
        }
    });
    let Some(failure) = failure else { return ().into_any() };
    let retry = failure.can_retry().then(|| std::sync::Arc::new(move || session.confirm()) as std::sync::Arc<dyn Fn() + Send + Sync>);
    request_failed(failure.message(), retry).into_any()
}
