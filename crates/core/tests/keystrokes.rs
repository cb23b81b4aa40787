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

/// Every question of the trip's page, in entries too, so that a test can compare all of them.
fn every_question(run: &FormRun) -> Vec<FieldPath> {
    let mut out: Vec<FieldPath> = ["name", "from_eu", "days", "visa", "companions"].into_iter().map(FieldPath::top).collect();
    for index in 0..run.answers().entry_count("companions") {
        out.extend(["adult", "passport"].into_iter().map(|id| FieldPath::in_entry("companions", index, id)));
    }
    out
}

/// The promise a view relies on to redraw only what changed: a question that
/// `changed_since` leaves out looks exactly as before. Tried on a sequence of keystrokes and
/// clicks that shows and hides questions, in the page and in entries.
#[test]
fn a_question_left_out_of_what_changed_looks_exactly_as_before() {
    use blankett_core::run::changes::Changed;
    let mut run = FormRun::new(trip());
    run.add_entry("companions");
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 4).unwrap();
    let steps: Vec<Box<dyn Fn(&mut FormRun)>> = vec![
        Box::new(|r| type_into(r, "name", "A")),
        Box::new(|r| type_into(r, "name", "Am")),
        Box::new(|r| type_into(r, "days", "9")),
        Box::new(|r| type_into(r, "days", "91")),
        Box::new(|r| type_into(r, "from_eu", "no")),
        Box::new(|r| type_into(r, "visa", "V1")),
        Box::new(|r| type_into(r, "days", "912")),
        Box::new(|r| type_into(r, "days", "9")),
        Box::new(|r| r.set_answer(&FieldPath::in_entry("companions", 0, "adult"), Answer::Text("yes".into()))),
        Box::new(|r| r.set_answer(&FieldPath::in_entry("companions", 0, "passport"), Answer::Text("P".into()))),
        Box::new(|r| { r.add_entry("companions"); }),
        Box::new(|r| r.set_answer(&FieldPath::in_entry("companions", 1, "adult"), Answer::Text("no".into()))),
        Box::new(|r| r.remove_entry("companions", 0)),
        Box::new(move |r| { r.next(today); }),
        Box::new(|r| type_into(r, "name", "Amira")),
    ];
    for (n, step) in steps.iter().enumerate() {
        let version = run.version();
        let before: Vec<_> = every_question(&run).iter().map(|q| (q.clone(), run.field(q))).collect();
        step(&mut run);
        let changed = run.changed_since(version);
        assert_ne!(changed, Changed::Nothing, "step {n} changed something");
        if let Changed::Questions(changed) = changed {
            for (question, state) in before {
                if !changed.contains(&question) {
                    assert_eq!(run.field(&question), state, "step {n}: {question:?} was left out but changed");
                }
            }
        }
    }
}

#[test]
fn a_keystroke_changes_only_its_question_unless_it_changes_what_is_shown_or_required() {
    use blankett_core::run::changes::Changed;
    let mut run = FormRun::new(trip());
    let version = run.version();
    type_into(&mut run, "name", "Amira");
    assert_eq!(run.changed_since(version), Changed::Questions(vec![FieldPath::top("name")]));
    assert_eq!(run.changed_since(run.version()), Changed::Nothing);

    // Read by the visa question's condition, but the visa question stays hidden.
    let version = run.version();
    type_into(&mut run, "days", "120");
    assert_eq!(run.changed_since(version), Changed::Questions(vec![FieldPath::top("days")]));
    type_into(&mut run, "from_eu", "no");
    assert_eq!(run.changed_since(version), Changed::Everything, "the visa question is shown now");

    // In an entry: the question and its group, whose answer holds the entry.
    run.add_entry("companions");
    let version = run.version();
    run.set_answer(&FieldPath::in_entry("companions", 0, "passport"), Answer::Text("X".into()));
    assert_eq!(run.changed_since(version), Changed::Questions(vec![FieldPath::in_entry("companions", 0, "passport"), FieldPath::top("companions")]));
}

#[test]
fn an_answer_a_required_if_reads_can_change_any_question() {
    use blankett_core::run::changes::Changed;
    let form = form(
        r#"{"id": "r", "title": {"en": "R"}, "kind": "visit", "languages": ["en"], "pages": [
            {"id": "p", "title": {"en": "P"}, "questions": [
                {"id": "works", "type": "yes_no", "label": {"en": "Do you work?"}},
                {"id": "employer", "type": "short_text", "label": {"en": "Employer"}, "required_if": "works == \"yes\""},
                {"id": "note", "type": "short_text", "label": {"en": "Note"}}
            ]}
        ]}"#,
    );
    let mut run = FormRun::new(form);
    let version = run.version();
    type_into(&mut run, "works", "yes");
    assert_eq!(run.changed_since(version), Changed::Everything);
    assert!(run.field(&FieldPath::top("employer")).required);
    let version = run.version();
    type_into(&mut run, "note", "n");
    assert_eq!(run.changed_since(version), Changed::Questions(vec![FieldPath::top("note")]));
}

/// A view draws after the event that changed the run, so several changes can come between two
/// drawings; they come back together, and more than a keystroke's worth reads as everything.
#[test]
fn changes_between_two_drawings_come_back_together() {
    use blankett_core::run::changes::Changed;
    let mut run = FormRun::new(trip());
    let version = run.version();
    type_into(&mut run, "name", "A");
    type_into(&mut run, "days", "1");
    type_into(&mut run, "name", "Am");
    assert_eq!(run.changed_since(version), Changed::Questions(vec![FieldPath::top("name"), FieldPath::top("days")]));
    for n in 0..40 {
        type_into(&mut run, "name", &"x".repeat(n));
    }
    assert_eq!(run.changed_since(version), Changed::Everything, "older than the changes kept");
}
