//! A question's own error messages (`messages` in the schema, GOV.UK's "Enter your surname") and
//! memorable dates asked as day, month and year: what the applicant is told when Next is pressed,
//! in each language, and what an answer made of three fields holds.
//!
//! "Today" is fixed at 2026-11-21.

use blankett_core::run::answers::{date_from_parts, date_parts, Answer, Answers, FieldPath};
use blankett_core::run::conditions::evaluate;
use blankett_core::schema::load::load_form;
use blankett_core::messages::Message;
use blankett_core::run::FormRun;
use blankett_core::schema::{DocumentRefusal, Form, ERROR_RULES};
use blankett_core::basics::text::Locale;
use blankett_core::run::validate::validate_page;
use chrono::NaiveDate;
use std::sync::Arc;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 21).unwrap()
}

fn form(questions: &str) -> Form {
    let text = format!(
        r#"{{"id": "test", "title": "Test", "kind": "other", "languages": ["sv", "en"], "pages": [{{"id": "page", "title": "Page", "questions": [{questions}]}}]}}"#
    );
    let loaded = load_form("test.json", &text);
    assert!(loaded.issues.is_empty(), "the test schema has issues: {:#?}", loaded.issues);
    loaded.usable().expect("a schema without issues is usable").clone()
}

/// The words shown under question `q` for this answer (JSON, as a draft stores answers), in
/// Swedish and English; `None` when the answer is accepted.
fn told(form: &Form, answers_json: &str) -> Option<(String, String)> {
    let answers: Answers = serde_json::from_str(answers_json).expect("the answers are JSON");
    let issues = validate_page(form, 0, &answers, &evaluate(form, &answers), today());
    let issue = issues.into_iter().find(|i| i.field == FieldPath::top("q"))?;
    Some((issue.message.text(&Locale::new("sv")), issue.message.text(&Locale::new("en"))))
}

/// `{"sv": "SV <rule>", "en": "EN <rule>"}`: a message whose words show which rule it is for.
fn own(rule: &str) -> String {
    format!(r#""{rule}": {{"sv": "SV {rule}", "en": "EN {rule}"}}"#)
}

#[test]
fn every_rule_can_have_its_own_words() {
    // For each rule: a question that has it, with a message for it only, and an answer that
    // breaks it. The question's own words must be shown, in the page's language.
    let cases: [(&str, &str, &str); 20] = [
        ("required", r#""type": "short_text", "required": true"#, r#"{}"#),
        ("format", r#""type": "email""#, r#"{"q": "not an address"}"#),
        ("min_length", r#""type": "short_text", "min_length": 3"#, r#"{"q": "Al"}"#),
        ("max_length", r#""type": "long_text", "max_length": 3"#, r#"{"q": "Alva"}"#),
        ("whole_number", r#""type": "number", "whole_number": true"#, r#"{"q": "1.5"}"#),
        ("min", r#""type": "number", "min": 18"#, r#"{"q": "17"}"#),
        ("max", r#""type": "number", "max": 5"#, r#"{"q": "6"}"#),
        ("in_past", r#""type": "date", "in_past": true"#, r#"{"q": "2030-01-01"}"#),
        ("in_future", r#""type": "date", "in_future": true"#, r#"{"q": "2020-01-01"}"#),
        ("after", r#""type": "date", "after": "start""#, r#"{"start": "2026-05-01", "q": "2026-04-01"}"#),
        ("before", r#""type": "date", "before": "start""#, r#"{"start": "2026-05-01", "q": "2026-06-01"}"#),
        ("min_age", r#""type": "date", "min_age": 18"#, r#"{"q": "2020-01-01"}"#),
        ("accept", r#""type": "personal_identity_number", "accept": "coordination_number""#, r#"{"q": "19900101-0017"}"#),
        ("min_selected", r#""type": "multiple_choice", "options": [{"value": "a", "label": "A"}, {"value": "b", "label": "B"}], "min_selected": 2"#, r#"{"q": ["a"]}"#),
        ("max_selected", r#""type": "multiple_choice", "options": [{"value": "a", "label": "A"}, {"value": "b", "label": "B"}], "max_selected": 1"#, r#"{"q": ["a", "b"]}"#),
        ("min_entries", r#""type": "repeating_group", "entry_title": "Child", "min_entries": 2, "questions": [{"id": "name", "type": "short_text", "label": "Name"}]"#, r#"{"q": [{"name": "Bo"}]}"#),
        ("max_entries", r#""type": "repeating_group", "entry_title": "Child", "max_entries": 1, "questions": [{"id": "name", "type": "short_text", "label": "Name"}]"#, r#"{"q": [{"name": "Bo"}, {"name": "Ebba"}]}"#),
        ("file_types", r#""type": "document""#, ""),
        ("max_file_size_kb", r#""type": "document", "max_file_size_kb": 100"#, ""),
        ("max_files", r#""type": "document", "max_files": 1"#, r#"{"q": ["d1", "d2"]}"#),
    ];
    assert_eq!(cases.map(|(rule, _, _)| rule), ERROR_RULES, "one case per rule, in the documented order");
    let mut failures = Vec::new();
    for (rule, definition, answers) in cases {
        let start = r#"{"id": "start", "type": "date", "label": "Start"}, "#;
        let questions = format!(r#"{start}{{"id": "q", "label": "Q", {definition}, "messages": {{{}}}}}"#, own(rule));
        let form = form(&questions);
        let expected = Some((format!("SV {rule}"), format!("EN {rule}")));
        if answers.is_empty() {
            // A file the browser or the backend refuses is shown through the engine as well.
            let refusal = match rule {
                "file_types" => DocumentRefusal::WrongType { accepted: vec!["application/pdf".into()] },
                _ => DocumentRefusal::TooLarge { max_bytes: 100 * 1024 },
            };
            let mut run = FormRun::new(Arc::new(form));
            run.show_error(&FieldPath::top("q"), Some(Message::DocumentRefused(refusal)));
            let shown = run.field(&FieldPath::top("q")).error.map(|m| (m.text(&Locale::new("sv")), m.text(&Locale::new("en"))));
            if shown != expected {
                failures.push(format!("{rule}: expected {expected:?}, shown {shown:?}"));
            }
            continue;
        }
        let shown = told(&form, answers);
        if shown != expected {
            failures.push(format!("{rule}: expected {expected:?}, shown {shown:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_rule_without_its_own_words_keeps_the_engines() {
    let form = form(&format!(r#"{{"id": "q", "type": "short_text", "label": "Surname", "required": true, "max_length": 3, "messages": {{{}}}}}"#, own("required")));
    assert_eq!(told(&form, "{}"), Some(("SV required".into(), "EN required".into())));
    assert_eq!(told(&form, r#"{"q": "Lindqvist"}"#), Some(("Skriv högst 3 tecken (nu 9)".into(), "Enter at most 3 characters (you have 9)".into())));
    assert_eq!(told(&form, r#"{"q": "Ek"}"#), None);
}

#[test]
fn required_if_uses_the_required_words_and_one_text_serves_every_language() {
    let form = form(
        r#"{"id": "married", "type": "yes_no", "label": "Married?"},
           {"id": "q", "type": "short_text", "label": "Spouse", "required_if": "married == \"yes\"", "messages": {"required": "Enter your spouse's name"}}"#,
    );
    assert_eq!(told(&form, r#"{"married": "no"}"#), None);
    let words = "Enter your spouse's name".to_string();
    assert_eq!(told(&form, r#"{"married": "yes"}"#), Some((words.clone(), words)));
}

#[test]
fn a_required_group_without_entries_is_told_the_required_words_and_one_short_the_minimums() {
    let questions = format!(
        r#"{{"id": "q", "type": "repeating_group", "label": "Children", "entry_title": "Child", "required": true, "min_entries": 2,
            "questions": [{{"id": "name", "type": "short_text", "label": "Name"}}], "messages": {{{}, {}}}}}"#,
        own("required"),
        own("min_entries")
    );
    let form = form(&questions);
    assert_eq!(told(&form, r#"{}"#), Some(("SV min_entries".into(), "EN min_entries".into())), "min_entries 2 is the rule that says how many");
    let questions = questions.replace(r#""min_entries": 2,"#, "").replace(&format!(", {}", own("min_entries")), "");
    let form = self::form(&questions);
    assert_eq!(told(&form, r#"{}"#), Some(("SV required".into(), "EN required".into())));
}

#[test]
fn a_memorable_date_is_made_from_its_three_fields() {
    // (day, month, year) as typed → the answer; and back to the three fields after a reload.
    let rows = [
        (("5", "3", "1990"), "1990-03-05"),
        (("05", "03", "1990"), "1990-03-05"),
        ((" 5 ", "3 ", " 1990"), "1990-03-05"),
        (("", "", ""), ""),
        (("5", "", "1990"), "1990--05"),
        (("", "", "1990"), "1990--"),
        (("31", "2", "1990"), "1990-02-31"),
        (("5", "3", "90"), "90-03-05"),
        (("5-", "-3", "19-90"), "1990-03-05"),
        // As an Arabic or a Persian phone keyboard types them.
        (("٥", "٣", "١٩٩٠"), "1990-03-05"),
        (("۲۳", "۴", "۱۹۹۰"), "1990-04-23"),
    ];
    for ((day, month, year), answer) in rows {
        assert_eq!(date_from_parts(day, month, year), answer, "from {day:?} {month:?} {year:?}");
    }
    assert_eq!(date_parts("1990-03-05"), ["05", "03", "1990"].map(String::from));
    assert_eq!(date_parts("1990--05"), ["05", "", "1990"].map(String::from));
    assert_eq!(date_parts(""), ["", "", ""].map(String::from));
    assert_eq!(date_parts(blankett_core::run::answers::INCOMPLETE_DATE), ["", "", ""].map(String::from));
}

#[test]
fn a_memorable_date_is_told_what_is_wrong_with_it() {
    let form = form(r#"{"id": "q", "type": "date", "label": "Date of birth", "required": true, "memorable": true, "in_past": true}"#);
    assert!(form.pages[0].questions[0].memorable);
    let en = |answer: &str| told(&form, &serde_json::json!({ "q": answer }).to_string()).map(|(_, en)| en);
    assert_eq!(en(&date_from_parts("", "", "")).as_deref(), Some("Enter a date"));
    assert_eq!(en(&date_from_parts("5", "", "1990")).as_deref(), Some("Enter the whole date: day, month and year"));
    assert_eq!(en(&date_from_parts("31", "2", "1990")).as_deref(), Some("The date does not exist. Check the day, month and year"));
    assert_eq!(en(&date_from_parts("5", "3", "2030")).as_deref(), Some("The date must be before today"));
    assert_eq!(en(&date_from_parts("5", "3", "1990")), None);
    // Stored as a date picker stores it: the answer is the same text.
    assert_eq!(Answer::Text(date_from_parts("5", "3", "1990")).as_text(), "1990-03-05");
}
