//! "Check your application without signing in" (R12): the reference number and the date of
//! birth, and what the check found. The rules and the words are
//! `blankett_core::support::status`'s; `support/status.rs` looks the pair up.

use super::{Layout, Link};
use askama::Template;
use blankett_core::messages::Ui;
use blankett_core::support::status::{Answer, Field, Problem};
use blankett_core::support::Tell;
use blankett_core::basics::text::Locale;

#[derive(Template)]
#[template(path = "status.html")]
pub struct StatusPage {
    pub layout: Layout,
    pub heading: String,
    pub intro: String,
    pub summary_title: String,
    pub error_label: String,
    pub problems: Vec<(&'static str, String)>,
    /// What the check found, when it found it: a heading and paragraphs.
    pub found: Option<(String, Vec<String>)>,
    /// What the check could not do (not found, or too many tries).
    pub refusal: Option<String>,
    pub fields: Vec<Input>,
    pub button: String,
    pub sign_in: Link,
}

pub struct Input {
    pub id: &'static str,
    pub name: &'static str,
    pub label: String,
    pub hint: String,
    pub error: Option<String>,
    pub kind: &'static str,
    pub autocomplete: &'static str,
    pub value: String,
    /// A date asked as day, month and year (the three fields in a fieldset whose legend is the
    /// label); empty for a single input.
    pub parts: Vec<Part>,
}

/// One of a date's three fields.
pub struct Part {
    pub id: String,
    pub name: &'static str,
    pub label: String,
    pub autocomplete: &'static str,
    pub width: &'static str,
    pub value: String,
}

impl Input {
    pub fn described_by(&self) -> String {
        let mut ids = format!("{}-hint", self.id);
        if self.error.is_some() {
            ids += &format!(" {}-error", self.id);
        }
        ids
    }
}

/// The date of birth as day, month and year, as the form asks a memorable date; the day's field
/// has the question's id, for the error summary's link.
fn date_parts(id: &str, typed: &str, locale: &Locale) -> Vec<Part> {
    let [day, month, year] = blankett_core::run::answers::date_parts(typed);
    [(Ui::Day, "", "day", "bday-day", "input-2", day), (Ui::Month, "-month", "month", "bday-month", "input-2", month), (Ui::Year, "-year", "year", "bday-year", "input-4", year)]
        .into_iter()
        .map(|(word, suffix, name, autocomplete, width, value)| Part { id: format!("{id}{suffix}"), name, label: word.text(locale), autocomplete, width, value })
        .collect()
}

/// The page, empty or after a check: `typed` is what was sent (reference, date of birth).
pub fn page(typed: (&str, &str), problems: &[Problem], answer: Option<&Answer>, locale: &Locale) -> StatusPage {
    let tell = |text: Tell| text.text(locale);
    let title = tell(Tell::StatusTitle);
    let page_title = if problems.is_empty() { title.clone() } else { Ui::ErrorTitlePrefix.text(locale) + &title };
    let error = |field: Field| problems.iter().find(|p| p.field == field).map(|p| tell(p.text.clone()));
    let input = |field: Field, name, label, hint, kind, autocomplete, value: &str| Input {
        id: field.dom_id(),
        name,
        label: tell(label),
        hint: tell(hint),
        error: error(field),
        kind,
        autocomplete,
        value: value.to_string(),
        parts: Vec::new(),
    };
    let (found, refusal) = match answer {
        Some(answer @ Answer::Found { .. }) => (Some((tell(Tell::StatusResult), answer.words().into_iter().map(tell).collect())), None),
        Some(answer) => (None, answer.words().into_iter().next().map(tell)),
        None => (None, None),
    };
    StatusPage {
        layout: Layout::new(locale, page_title, |code| format!("/status?lang={code}")),
        heading: title,
        intro: tell(Tell::StatusIntro),
        summary_title: Ui::ErrorSummaryTitle.text(locale),
        error_label: Ui::ErrorLabel.text(locale),
        problems: problems.iter().map(|p| (p.field.dom_id(), tell(p.text.clone()))).collect(),
        found,
        refusal,
        fields: vec![
            input(Field::Reference, "reference", Tell::ReferenceLabel, Tell::ReferenceHint, "text", "off", typed.0),
            Input { parts: date_parts(Field::DateOfBirth.dom_id(), typed.1, locale), ..input(Field::DateOfBirth, "date_of_birth", Tell::DateOfBirthLabel, Tell::DateOfBirthHint, "text", "bday", "") },
        ],
        button: tell(Tell::CheckButton),
        sign_in: Link { href: format!("/sign-in?lang={}", locale.code()), text: tell(Tell::OrSignIn) },
    }
}
