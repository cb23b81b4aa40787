//! What a keystroke costs: an answer that no condition read leaves the conditions alone, and one
//! that a condition did read shows or hides what depends on it at once, however the condition is
//! written (a condition that stopped early, or one inside a group's entry).

use blankett_core::run::answers::{Answer, FieldPath};
use blankett_core::run::conditions::evaluated_so_far;
use blankett_core::run::FormRun;
use blankett_core::schema::load::load_form;
use blankett_core::schema::Form;
use std::sync::Arc;

fn form(json: &str) -> Arc<Form> {
    let loaded = load_form("test.json", json);
    assert!(loaded.issues.is_empty(), "the test schema has issues: {:#?}", loaded.issues);
    Arc::new(loaded.usable().expect("a schema without issues is usable").clone())
}

/// A trip: the visa question is shown to a visitor from outside the EU who stays over 90 days;
/// each travelling companion is asked for a passport number only if they are an adult.
fn trip() -> Arc<Form> {
    form(
        r#"{"id": "trip", "title": {"en": "Trip"}, "kind": "visit", "languages": ["en"], "pages": [
            {"id": "about", "title": {"en": "About"}, "questions": [
                {"id": "name", "type": "short_text", "label": {"en": "Name"}},
                {"id": "from_eu", "type": "yes_no", "label": {"en": "Are you an EU citizen?"}},
                {"id": "days", "type": "number", "label": {"en": "Days"}},
                {"id": "visa", "type": "short_text", "label": {"en": "Visa number"},
                 "visible_if": "from_eu == \"no\" and days > 90"},
                {"id": "companions", "type": "repeating_group", "label": {"en": "Companions"},
                 "entry_title": {"en": "Companion"}, "questions": [
                    {"id": "adult", "type": "yes_no", "label": {"en": "Adult?"}},
                    {"id": "passport", "type": "short_text", "label": {"en": "Passport"}, "visible_if": "adult == \"yes\""}
                ]}
            ]}
        ]}"#,
    )
}

fn type_into(run: &mut FormRun, id: &str, text: &str) {
    run.set_answer(&FieldPath::top(id), Answer::Text(text.into()));
}

#[test]
fn typing_into_a_question_no_condition_reads_evaluates_no_condition() {
    let mut run = FormRun::new(trip());
    let before = evaluated_so_far();
    for end in 1..="Amira Haddad".len() {
        type_into(&mut run, "name", &"Amira Haddad"[..end]);
    }
    assert_eq!(evaluated_so_far(), before, "a name decides nothing that is shown");
    assert!(!run.is_shown(&FieldPath::top("visa")));

    type_into(&mut run, "from_eu", "no");
    assert_eq!(evaluated_so_far(), before + 1, "the visa question reads whether the applicant is from the EU");
}

#[test]
fn an_answer_given_before_the_condition_first_read_it_still_counts() {
    let mut run = FormRun::new(trip());
    // `from_eu == "no" and days > 90` stops at its first half while from_eu is unanswered.
    type_into(&mut run, "days", "120");
    assert!(!run.is_shown(&FieldPath::top("visa")));
    type_into(&mut run, "from_eu", "no");
    assert!(run.is_shown(&FieldPath::top("visa")), "the days typed earlier count once the condition reads them");
    type_into(&mut run, "days", "30");
    assert!(!run.is_shown(&FieldPath::top("visa")), "a shorter stay hides the visa question again");
    type_into(&mut run, "days", "91");
    assert!(run.is_shown(&FieldPath::top("visa")));
    type_into(&mut run, "from_eu", "yes");
    assert!(!run.is_shown(&FieldPath::top("visa")));
}

#[test]
fn an_answer_in_a_groups_entry_shows_what_depends_on_it_in_that_entry_only() {
    let mut run = FormRun::new(trip());
    let first = run.add_entry("companions");
    let second = run.add_entry("companions");
    let passport = |index| FieldPath::in_entry("companions", index, "passport");
    assert!(!run.is_shown(&passport(first)) && !run.is_shown(&passport(second)));

    run.set_answer(&FieldPath::in_entry("companions", second, "adult"), Answer::Text("yes".into()));
    assert!(run.is_shown(&passport(second)));
    assert!(!run.is_shown(&passport(first)), "the first companion has not said they are an adult");

    let before = evaluated_so_far();
    run.set_answer(&passport(second), Answer::Text("AB123".into()));
    assert_eq!(evaluated_so_far(), before, "a passport number decides nothing that is shown");
}

/// A phone keyboard in Arabic or Persian types ٣ and ۳, not 3: the answer is kept in the ASCII
/// digits every rule and the backend read, and passes the same rules.
#[test]
fn digits_typed_in_arabic_or_persian_are_kept_as_ascii_digits() {
    let form = form(
        r#"{"id": "digits", "title": {"ar": "أرقام"}, "kind": "visit", "languages": ["ar"], "pages": [
            {"id": "p", "title": {"ar": "أنت"}, "questions": [
                {"id": "days", "type": "number", "label": {"ar": "الأيام"}, "min": 1},
                {"id": "born", "type": "date", "label": {"ar": "تاريخ الميلاد"}, "in_past": true},
                {"id": "pin", "type": "personal_identity_number", "label": {"ar": "الرقم الشخصي"}},
                {"id": "name", "type": "short_text", "label": {"ar": "الاسم"}}
            ]}
        ]}"#,
    );
    let mut run = FormRun::new(form);
    type_into(&mut run, "days", "١٢٫٥");
    type_into(&mut run, "born", "۱۹۹۰-۰۴-۲۳");
    type_into(&mut run, "pin", "١٩٩٠٠٤٢٣-١٢٣٠");
    type_into(&mut run, "name", "سارا ٣");
    let answer = |id: &str| run.answers().get(id).map(|a| a.as_text().to_string()).unwrap_or_default();
    assert_eq!(answer("days"), "12.5");
    assert_eq!(answer("born"), "1990-04-23");
    assert_eq!(answer("pin"), "19900423-1230");
    assert_eq!(answer("name"), "سارا ٣", "a text answer is kept as typed");
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
    assert!(matches!(run.next(today), blankett_core::run::Step::Finished), "{:?}", run.errors());
}
