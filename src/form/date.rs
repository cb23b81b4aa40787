//! A memorable date, such as a date of birth, as GOV.UK's date input: day, month and year in three
//! labelled fields inside a fieldset whose legend is the question, with one error message for
//! the three. The engine makes the answer from the parts (`1990-03-05`, the text a date picker
//! gives), so validation, the review and the backend treat both kinds of date alike.

use super::attr;
use super::question::{on_event, Field};
use blankett_core::run::answers::{date_from_parts, date_parts, Answer};
use blankett_core::messages::Ui;
use leptos::prelude::*;
use leptos::tachys::view::any_view::AnyView;
use std::cell::RefCell;
use std::rc::Rc;

impl Field {
    pub(super) fn memorable_date(self) -> AnyView {
        // As with every input, the fields get their values once, when drawn (see `input`); read
        // untracked, so that a keystroke does not redraw them.
        let typed = self.state.with_untracked(|s| s.answer.as_ref().map(|a| date_parts(a.as_text())).unwrap_or_default());
        let parts = Rc::new(RefCell::new(typed.clone()));
        // The browser may fill in the applicant's own date of birth.
        let birth = self.fields.run.with_untracked(|r| r.form().birth_date_question.is_some() && r.form().birth_date_question == self.question.id);
        // The day's field carries the question's id, so that the error summary's link lands on it.
        let has_error = self.has_error();
        let fields = [(Ui::Day, "", "input-2", "bday-day"), (Ui::Month, "-month", "input-2", "bday-month"), (Ui::Year, "-year", "input-4", "bday-year")];
        let controls = fields
            .into_iter()
            .zip(typed)
            .enumerate()
            .map(|(i, ((word, suffix, width, autocomplete), value))| {
                let id = format!("{}{suffix}", self.dom_id);
                let field = self.clone();
                let parts = parts.clone();
                let on_input = move |ev: leptos::ev::Event| {
                    let answer = {
                        let mut parts = parts.borrow_mut();
                        parts[i] = event_target_value(&ev);
                        date_from_parts(&parts[0], &parts[1], &parts[2])
                    };
                    field.set(Answer::Text(answer));
                };
                // The fieldset carries the hint and the error for all three (`aria-describedby`).
                view! {
                    <div class="date-input-item">
                        <label {..attr("for", id.clone())}>{self.language.tr(word)}</label>
                        <input id=id.clone() {..attr("name", id)} type="text" {..attr("class", width)} {..attr("inputmode", "numeric")}
                            {..attr("autocomplete", birth.then_some(autocomplete))}
                            {..super::reactive_attr("aria-invalid", move || has_error().then(|| "true".to_string()))}
                            prop:value={value} {..on_event("input", on_input)} />
                    </div>
                }
                .into_any()
            })
            .collect_view();
        self.grouped(Some("date-input"), view! { <div class="date-input">{controls}</div> }.into_any())
    }
}
