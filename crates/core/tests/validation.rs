//! Validation as an applicant meets it: for every question type, what an answer is told when
//! Next is pressed on its page (`validate_page`), one table of typed answers and expected
//! messages per type. Also: hidden questions are not validated, `required_if`, repeating groups
//! (entry counts, and errors that point into the right entry), and that every message reads
//! differently in Swedish and English.
//!
//! "Today" is fixed at 2026-11-21 so that date rules give the same answer on every day.
//! Personal identity numbers use check digits computed by hand with the Luhn algorithm.

use blankett_core::run::answers::{Answer, Answers, FieldPath};
use blankett_core::run::conditions::evaluate;
use blankett_core::schema::load::load_form;
use blankett_core::messages::Message;
use blankett_core::schema::Form;
use blankett_core::basics::text::{Locale, Text};
use blankett_core::run::validate::{validate_page, FieldIssue};
use chrono::NaiveDate;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 21).unwrap()
}

/// A one-page form holding `questions` (a JSON list body), read and checked like a real file.
fn form(questions: &str) -> Form {
    let text = format!(
        r#"{{"id": "test", "title": "Test", "kind": "other", "pages": [{{"id": "page", "title": "Page", "questions": [{questions}]}}]}}"#
    );
    let loaded = load_form("test.json", &text);
    assert!(loaded.issues.is_empty(), "the test schema has issues: {:#?}", loaded.issues);
    loaded.usable().expect("a schema without issues is usable").clone()
}

/// What pressing Next on the form's only page reports, for these answers.
fn validate(form: &Form, answers: &Answers) -> Vec<FieldIssue> {
    validate_page(form, 0, answers, &evaluate(form, answers), today())
}

/// What the applicant types or ticks.
trait Input {
    fn answer(&self) -> Answer;
}
impl Input for &str {
    fn answer(&self) -> Answer {
        Answer::Text(self.to_string())
    }
}
/// The boxes an applicant ticks in a multiple choice question.
#[derive(Debug)]
struct Ticked(&'static [&'static str]);
impl Input for Ticked {
    fn answer(&self) -> Answer {
        Answer::Choices(self.0.iter().map(|s| s.to_string()).collect())
    }
}

/// Answers the question `q` of a form with each row's input (an empty input leaves it
/// unanswered) and compares the one message expected for `q` (`None`: accepted) with every
/// issue the page reports. All mismatching rows are listed together.
fn check<I: Input + std::fmt::Debug>(questions: &str, rows: &[(I, Option<Message>)]) {
    let form = form(questions);
    let q = FieldPath::top("q");
    let mut failures = Vec::new();
    for (input, expected) in rows {
        let mut answers = Answers::default();
        answers.set(&q, input.answer());
        let actual = validate(&form, &answers);
        let expected: Vec<FieldIssue> = expected.iter().map(|m| FieldIssue { field: q.clone(), message: m.clone() }).collect();
        if actual != expected {
            failures.push(format!("  {input:?}: expected {expected:?}, got {actual:?}"));
        }
    }
    assert!(failures.is_empty(), "for {questions}\n{}", failures.join("\n"));
}

/// Validates the page with each row's answers (JSON, as a draft stores them) and compares every
/// issue reported, in page order, with the expected `(field, message)` list.
fn check_page(questions: &str, rows: &[(&str, Vec<(FieldPath, Message)>)]) {
    let form = form(questions);
    let mut failures = Vec::new();
    for (answers_json, expected) in rows {
        let answers: Answers = serde_json::from_str(answers_json).expect("the answers are JSON");
        let actual = validate(&form, &answers);
        let expected: Vec<FieldIssue> = expected.iter().map(|(field, message)| FieldIssue { field: field.clone(), message: message.clone() }).collect();
        if actual != expected {
            failures.push(format!("  {answers_json}:\n    expected {expected:?}\n    got      {actual:?}"));
        }
    }
    assert!(failures.is_empty(), "for {questions}\n{}", failures.join("\n"));
}

fn top(id: &str) -> FieldPath {
    FieldPath::top(id)
}

fn entry(group: &str, index: usize, id: &str) -> FieldPath {
    FieldPath::in_entry(group, index, id)
}

use Message::*;

#[test]
fn short_text() {
    check(
        r#"{"id": "q", "type": "short_text", "label": "Name", "required": true, "min_length": 2, "max_length": 5}"#,
        &[
            ("", Some(Required)),
            ("   ", Some(Required)),
            ("Bo", None),
            ("Ebba", None),
            ("Åsa", None),
            ("  Åsa  ", None),
            ("A", Some(TooShort { min: 2 })),
            ("Agneta", Some(TooLong { max: 5, actual: 6 })),
            ("Ölänning", Some(TooLong { max: 5, actual: 8 })),
        ],
    );
}

#[test]
fn optional_short_text() {
    check(
        r#"{"id": "q", "type": "short_text", "label": "Nickname", "min_length": 2}"#,
        &[("", None), ("A", Some(TooShort { min: 2 })), ("Al", None)],
    );
}

#[test]
fn long_text() {
    check(
        r#"{"id": "q", "type": "long_text", "label": "Tell us more", "required": true, "max_length": 10}"#,
        &[
            ("", Some(Required)),
            ("\n\n", Some(Required)),
            ("Two\nlines", None),
            ("0123456789", None),
            ("0123456789!", Some(TooLong { max: 10, actual: 11 })),
        ],
    );
}

#[test]
fn email() {
    check(
        r#"{"id": "q", "type": "email", "label": "Email", "required": true}"#,
        &[
            ("", Some(Required)),
            ("name@example.com", None),
            ("name.surname+tag@mail.example.se", None),
            (" name@example.com ", None),
            ("name@example", Some(InvalidEmail)),
            ("a b@c.se", Some(InvalidEmail)),
            ("name.example.com", Some(InvalidEmail)),
            ("@example.com", Some(InvalidEmail)),
            ("name@", Some(InvalidEmail)),
            ("name@@example.com", Some(InvalidEmail)),
            ("name@example..com", Some(InvalidEmail)),
            ("name@-example.com", Some(InvalidEmail)),
            ("name@example.com.", Some(InvalidEmail)),
        ],
    );
}

#[test]
fn phone() {
    check(
        r#"{"id": "q", "type": "phone", "label": "Phone", "required": true}"#,
        &[
            ("", Some(Required)),
            ("+46 70 123 45 67", None),
            ("070-123 45 67", None),
            ("(08) 123 456 78", None),
            ("+91 98765 43210", None),
            ("1234567", None),
            ("123456", Some(InvalidPhone)),
            ("+46 70", Some(InvalidPhone)),
            ("+46 70 ABC 45 67", Some(InvalidPhone)),
            ("call me", Some(InvalidPhone)),
            ("++46 70 123 45 67", Some(InvalidPhone)),
            ("+46 70 123 45 67 89 01 23", Some(InvalidPhone)),
        ],
    );
}

#[test]
fn number() {
    check(
        r#"{"id": "q", "type": "number", "label": "Amount", "required": true, "min": 1, "max": 100}"#,
        &[
            ("", Some(Required)),
            ("12", None),
            ("12,5", None),
            ("12.5", None),
            (" 42 ", None),
            ("1", None),
            ("100", None),
            ("0,5", Some(NumberTooSmall { min: 1.0 })),
            ("-3", Some(NumberTooSmall { min: 1.0 })),
            ("100,01", Some(NumberTooLarge { max: 100.0 })),
            ("1 000", Some(NumberTooLarge { max: 100.0 })),
            ("twelve", Some(NotANumber)),
            ("12 kr", Some(NotANumber)),
            ("1e2", Some(NotANumber)),
            // Thousands separators are ambiguous between languages; the applicant is asked to
            // leave them out rather than have "35,000" read as 35.
            ("12,5,1", Some(NumberWithSeparator)),
            ("35,000", Some(NumberWithSeparator)),
            ("1,000.50", Some(NumberWithSeparator)),
            ("12,50", None),
        ],
    );
}

#[test]
fn whole_number() {
    check(
        r#"{"id": "q", "type": "number", "label": "Children", "whole_number": true, "min": 0}"#,
        &[
            ("", None),
            ("3", None),
            ("0", None),
            ("3,0", None),
            ("2,5", Some(NotAWholeNumber)),
            ("2.5", Some(NotAWholeNumber)),
            ("-1", Some(NumberTooSmall { min: 0.0 })),
        ],
    );
}

#[test]
fn date() {
    check(
        r#"{"id": "q", "type": "date", "label": "Date", "required": true}"#,
        &[
            ("", Some(RequiredDate)),
            ("2026-11-21", None),
            ("2024-02-29", None),
            // Day, month and year all written, but no such day.
            ("2026-02-30", Some(NotARealDate)),
            ("2025-02-29", Some(NotARealDate)),
            ("2026-13-01", Some(NotARealDate)),
            ("2026-2-3", Some(NotARealDate)),
            // A part missing (day, month and year fields with one left empty).
            ("2026--03", Some(InvalidDate)),
            ("2026-02-", Some(InvalidDate)),
            ("21/11/2026", Some(InvalidDate)),
            ("20261121", Some(InvalidDate)),
            ("tomorrow", Some(InvalidDate)),
        ],
    );
}

#[test]
fn date_in_past() {
    check(
        r#"{"id": "q", "type": "date", "label": "Date of issue", "in_past": true}"#,
        &[
            ("2026-11-20", None),
            ("1950-01-01", None),
            ("2026-11-21", Some(DateNotInPast)),
            ("2026-11-22", Some(DateNotInPast)),
        ],
    );
}

#[test]
fn date_in_future() {
    check(
        r#"{"id": "q", "type": "date", "label": "Arrival", "in_future": true}"#,
        &[
            ("2026-11-22", None),
            ("2030-01-01", None),
            ("2026-11-21", Some(DateNotInFuture)),
            ("2026-11-20", Some(DateNotInFuture)),
        ],
    );
}

#[test]
fn date_of_birth_with_min_age() {
    check(
        r#"{"id": "q", "type": "date", "label": "Date of birth", "required": true, "in_past": true, "min_age": 18}"#,
        &[
            // The 18th birthday is today: old enough.
            ("2008-11-21", None),
            // The 18th birthday is tomorrow: one day too young.
            ("2008-11-22", Some(TooYoung { min_age: 18 })),
            ("2008-11-20", None),
            ("1990-01-01", None),
            ("2008-12-01", Some(TooYoung { min_age: 18 })),
            ("2020-06-15", Some(TooYoung { min_age: 18 })),
            // A date in the future is first of all not in the past.
            ("2027-01-01", Some(DateNotInPast)),
        ],
    );
}

#[test]
fn date_after_and_before_another_date() {
    let questions = r#"
        {"id": "arrival", "type": "date", "label": "Arrival"},
        {"id": "departure", "type": "date", "label": "Departure", "after": "arrival"},
        {"id": "booked", "type": "date", "label": "Booked on", "before": "arrival"}"#;
    let arrival = || Text::Plain("Arrival".into());
    check_page(
        questions,
        &[
            (r#"{"arrival": "2027-01-10", "departure": "2027-01-20", "booked": "2026-12-01"}"#, vec![]),
            (r#"{"arrival": "2027-01-10", "departure": "2027-01-11", "booked": "2027-01-09"}"#, vec![]),
            (r#"{"arrival": "2027-01-10", "departure": "2027-01-10"}"#, vec![(top("departure"), DateNotAfter { other: arrival() })]),
            (r#"{"arrival": "2027-01-10", "departure": "2027-01-01"}"#, vec![(top("departure"), DateNotAfter { other: arrival() })]),
            (r#"{"arrival": "2027-01-10", "booked": "2027-01-10"}"#, vec![(top("booked"), DateNotBefore { other: arrival() })]),
            (
                r#"{"arrival": "2027-01-10", "departure": "2027-01-09", "booked": "2027-02-01"}"#,
                vec![(top("departure"), DateNotAfter { other: arrival() }), (top("booked"), DateNotBefore { other: arrival() })],
            ),
            // Nothing to compare with: the other date is unanswered or not a date.
            (r#"{"departure": "2020-01-01", "booked": "2030-01-01"}"#, vec![]),
            (r#"{"arrival": "2027-02-30", "departure": "2020-01-01"}"#, vec![(top("arrival"), NotARealDate)]),
        ],
    );
}

#[test]
fn date_after_a_hidden_date_is_not_compared() {
    // The applicant first said they know the start date and typed one, then changed their mind.
    // The start question is hidden, so its left-over answer must not decide anything about the
    // end date (an error naming a question the applicant cannot see could not be corrected).
    check_page(
        r#"
        {"id": "knows_start", "type": "yes_no", "label": "Do you know the start date?"},
        {"id": "start", "type": "date", "label": "Start", "visible_if": "knows_start == \"yes\""},
        {"id": "end", "type": "date", "label": "End", "after": "start"}"#,
        &[
            (r#"{"knows_start": "yes", "start": "2027-05-01", "end": "2027-01-01"}"#, vec![(top("end"), DateNotAfter { other: Text::Plain("Start".into()) })]),
            (r#"{"knows_start": "no", "start": "2027-05-01", "end": "2027-01-01"}"#, vec![]),
        ],
    );
}

const OPTIONS: &str = r#"[{"value": "red", "label": "Red"}, {"value": "green", "label": "Green"}, {"value": "blue", "label": "Blue"}]"#;

#[test]
fn single_choice_and_dropdown() {
    for kind in ["single_choice", "dropdown"] {
        check(
            &format!(r#"{{"id": "q", "type": "{kind}", "label": "Colour", "required": true, "options": {OPTIONS}}}"#),
            &[
                ("", Some(RequiredChoice)),
                ("red", None),
                ("blue", None),
                ("purple", Some(UnknownOption)),
                ("Red", Some(UnknownOption)),
            ],
        );
    }
}

#[test]
fn multiple_choice() {
    check(
        &format!(r#"{{"id": "q", "type": "multiple_choice", "label": "Colours", "required": true, "min_selected": 2, "max_selected": 2, "options": {OPTIONS}}}"#),
        &[
            (Ticked(&[]), Some(RequiredChoices)),
            (Ticked(&["red"]), Some(TooFewSelected { min: 2 })),
            (Ticked(&["red", "blue"]), None),
            (Ticked(&["red", "green", "blue"]), Some(TooManySelected { max: 2 })),
            (Ticked(&["red", "purple"]), Some(UnknownOption)),
        ],
    );
}

#[test]
fn document() {
    // The answer lists the ids of the uploaded documents.
    check(
        r#"{"id": "q", "type": "document", "label": "Passport copy", "required": true, "max_files": 2}"#,
        &[
            (Ticked(&[]), Some(RequiredDocument)),
            (Ticked(&["d1"]), None),
            (Ticked(&["d1", "d2"]), None),
            (Ticked(&["d1", "d2", "d3"]), Some(TooManyFiles { max: 2 })),
        ],
    );
    check(r#"{"id": "q", "type": "document", "label": "Other documents"}"#, &[(Ticked(&[]), None)]);
}

#[test]
fn optional_multiple_choice() {
    check(
        &format!(r#"{{"id": "q", "type": "multiple_choice", "label": "Colours", "min_selected": 2, "options": {OPTIONS}}}"#),
        &[
            (Ticked(&[]), None),
            (Ticked(&["green"]), Some(TooFewSelected { min: 2 })),
            (Ticked(&["green", "red", "blue"]), None),
        ],
    );
}

#[test]
fn yes_no() {
    check(
        r#"{"id": "q", "type": "yes_no", "label": "Do you have children?", "required": true}"#,
        &[
            ("", Some(RequiredChoice)),
            ("yes", None),
            ("no", None),
            ("Yes", Some(UnknownOption)),
            ("ja", Some(UnknownOption)),
            ("maybe", Some(UnknownOption)),
        ],
    );
}

#[test]
fn country() {
    // Answers are ISO 3166-1 alpha-2 codes. The list in the browser only ever sends upper case;
    // `is_country_code` is documented to accept either case, and lower case is accepted here.
    check(
        r#"{"id": "q", "type": "country", "label": "Citizenship", "required": true}"#,
        &[
            ("", Some(RequiredCountry)),
            ("SE", None),
            ("GB", None),
            ("ZW", None),
            // The stored code is what conditions compare, so only the canonical upper case counts.
            ("se", Some(UnknownCountry)),
            ("XX", Some(UnknownCountry)),
            ("UK", Some(UnknownCountry)),
            ("Sweden", Some(UnknownCountry)),
            ("SWE", Some(UnknownCountry)),
        ],
    );
}

#[test]
fn personal_identity_number_of_either_kind() {
    check(
        r#"{"id": "q", "type": "personal_identity_number", "label": "Personal identity number", "required": true}"#,
        &[
            ("", Some(Required)),
            // Valid personnummer in every spelling the Swedish Tax Agency uses.
            ("19900101-1239", None),
            ("199001011239", None),
            ("900101-1239", None),
            ("9001011239", None),
            ("900101+1239", None),
            ("19811218-9876", None),
            ("20000229-1235", None),
            (" 19900101-1239 ", None),
            // Samordningsnummer: 60 added to the day of birth.
            ("19900161-1236", None),
            ("19900191-1230", None),
            // A wrong last digit.
            ("19900101-1238", Some(IdentityNumberCheckDigit)),
            ("9001011230", Some(IdentityNumberCheckDigit)),
            ("19900161-1235", Some(IdentityNumberCheckDigit)),
            // Birth dates that do not exist (check digits are right, so only the date is wrong).
            ("19900230-1233", Some(IdentityNumberDate)),
            ("19901301-1235", Some(IdentityNumberDate)),
            ("19000229-1235", Some(IdentityNumberDate)),
            ("19900192-1239", Some(IdentityNumberDate)),
            ("19900291-1239", Some(IdentityNumberDate)),
            // Not 10 or 12 digits with a separator in the right place.
            ("19900101 1239", None), // a space where the dash goes
            ("1990-01-01-1239", Some(IdentityNumberFormat)),
            ("19900101+1239", Some(IdentityNumberFormat)),
            ("900101-123", Some(IdentityNumberFormat)),
            ("9001011", Some(IdentityNumberFormat)),
            ("ÅÅÅÅMMDD-NNNN", Some(IdentityNumberFormat)),
        ],
    );
}

#[test]
fn personal_identity_number_only() {
    check(
        r#"{"id": "q", "type": "personal_identity_number", "label": "Personnummer", "accept": "personal_identity_number"}"#,
        &[
            ("", None),
            ("19900101-1239", None),
            ("19900161-1236", Some(NotAPersonalIdentityNumber)),
            ("19900161-1235", Some(IdentityNumberCheckDigit)),
        ],
    );
}

#[test]
fn coordination_number_only() {
    check(
        r#"{"id": "q", "type": "personal_identity_number", "label": "Samordningsnummer", "accept": "coordination_number"}"#,
        &[("19900161-1236", None), ("19900101-1239", Some(NotACoordinationNumber))],
    );
}

#[test]
fn hidden_questions_are_not_validated() {
    check_page(
        r#"
        {"id": "has_children", "type": "yes_no", "label": "Do you have children?", "required": true},
        {"id": "children_count", "type": "number", "label": "How many?", "required": true, "min": 1, "visible_if": "has_children == \"yes\""}"#,
        &[
            (r#"{}"#, vec![(top("has_children"), RequiredChoice)]),
            (r#"{"has_children": "no"}"#, vec![]),
            (r#"{"has_children": "no", "children_count": "zero"}"#, vec![]),
            (r#"{"has_children": "yes"}"#, vec![(top("children_count"), Required)]),
            (r#"{"has_children": "yes", "children_count": "zero"}"#, vec![(top("children_count"), NotANumber)]),
            (r#"{"has_children": "yes", "children_count": "2"}"#, vec![]),
        ],
    );
}

#[test]
fn required_if() {
    check_page(
        r#"
        {"id": "employed", "type": "yes_no", "label": "Are you employed?"},
        {"id": "employer", "type": "short_text", "label": "Employer", "required_if": "employed == \"yes\"", "max_length": 10}"#,
        &[
            (r#"{"employed": "yes"}"#, vec![(top("employer"), Required)]),
            (r#"{"employed": "yes", "employer": "Volvo"}"#, vec![]),
            (r#"{"employed": "no"}"#, vec![]),
            (r#"{}"#, vec![]),
            // Not required, but still checked when answered.
            (r#"{"employed": "no", "employer": "A very long name"}"#, vec![(top("employer"), TooLong { max: 10, actual: 16 })]),
        ],
    );
}

#[test]
fn repeating_group() {
    check_page(
        r#"
        {"id": "children", "type": "repeating_group", "label": "Children", "entry_title": "Child", "min_entries": 1, "max_entries": 2, "questions": [
            {"id": "name", "type": "short_text", "label": "Name", "required": true},
            {"id": "born", "type": "date", "label": "Date of birth", "in_past": true}
        ]}"#,
        &[
            (r#"{}"#, vec![(top("children"), TooFewEntries { min: 1, entry: Text::Plain("Child".into()) })]),
            (r#"{"children": []}"#, vec![(top("children"), TooFewEntries { min: 1, entry: Text::Plain("Child".into()) })]),
            (r#"{"children": [{"name": "Bo"}]}"#, vec![]),
            (r#"{"children": [{"name": "Bo"}, {"name": "Li", "born": "2020-05-01"}]}"#, vec![]),
            (r#"{"children": [{}]}"#, vec![(entry("children", 0, "name"), Required)]),
            (r#"{"children": [{"name": "Bo"}, {"born": "2020-05-01"}]}"#, vec![(entry("children", 1, "name"), Required)]),
            (
                r#"{"children": [{"born": "2030-01-01"}, {"name": "Li", "born": "2020-02-30"}]}"#,
                vec![(entry("children", 0, "name"), Required), (entry("children", 0, "born"), DateNotInPast), (entry("children", 1, "born"), NotARealDate)],
            ),
            (
                r#"{"children": [{"name": "Bo"}, {"name": "Li"}, {}]}"#,
                vec![(top("children"), TooManyEntries { max: 2 }), (entry("children", 2, "name"), Required)],
            ),
        ],
    );
}

#[test]
fn conditions_inside_a_group_entry_read_that_entry() {
    check_page(
        r#"
        {"id": "stays", "type": "repeating_group", "label": "Stays", "entry_title": "Stay", "questions": [
            {"id": "from", "type": "date", "label": "From", "required": true},
            {"id": "to", "type": "date", "label": "To", "required": true, "after": "from"},
            {"id": "reason", "type": "dropdown", "label": "Reason", "options": [{"value": "work", "label": "Work"}, {"value": "other", "label": "Other"}]},
            {"id": "reason_other", "type": "short_text", "label": "Describe", "required_if": "reason == \"other\""}
        ]}"#,
        &[
            (r#"{}"#, vec![]),
            (
                r#"{"stays": [{"from": "2020-01-01", "to": "2020-02-01", "reason": "work"}, {"from": "2021-01-01", "to": "2020-12-01", "reason": "other"}]}"#,
                vec![(entry("stays", 1, "to"), DateNotAfter { other: Text::Plain("From".into()) }), (entry("stays", 1, "reason_other"), Required)],
            ),
        ],
    );
}

#[test]
fn a_required_group_needs_one_entry() {
    check_page(
        r#"{"id": "stays", "type": "repeating_group", "label": "Stays", "entry_title": "Stay", "required": true, "questions": [
            {"id": "place", "type": "short_text", "label": "Place"}
        ]}"#,
        &[(r#"{}"#, vec![(top("stays"), TooFewEntries { min: 1, entry: Text::Plain("Stay".into()) })]), (r#"{"stays": [{}]}"#, vec![])],
    );
}

#[test]
fn every_message_reads_differently_in_swedish_and_english() {
    use blankett_core::schema::DocumentRefusal::*;
    let other = || Text::Translated([("sv".to_string(), "Ankomst".to_string()), ("en".to_string(), "Arrival".to_string())].into());
    // Each row: a message, and words both translations must contain (the rule's own numbers),
    // then a word only the Swedish and a word only the English text contains.
    let rows: Vec<(Message, &[&str], &str, &str)> = vec![
        (Required, &[], "Svara", "Answer"),
        (RequiredChoice, &[], "Välj", "Select"),
        (RequiredChoices, &[], "Välj", "Select"),
        (RequiredDate, &[], "datum", "date"),
        (TooShort { min: 3 }, &["3"], "tecken", "characters"),
        (TooLong { max: 5, actual: 7 }, &["5", "7"], "tecken", "characters"),
        (InvalidEmail, &[], "e-postadress", "email address"),
        (InvalidPhone, &["7", "15"], "telefonnummer", "phone number"),
        (NotANumber, &[], "tal", "number"),
        (NotAWholeNumber, &[], "heltal", "whole number"),
        (NumberTooSmall { min: 0.5 }, &["0.5"], "större", "more"),
        (NumberTooLarge { max: 80.0 }, &["80"], "mindre", "less"),
        (InvalidDate, &[], "datum", "date"),
        (NotARealDate, &[], "Datumet", "date"),
        (DateNotInPast, &[], "före", "before"),
        (DateNotInFuture, &[], "efter", "after"),
        (DateNotAfter { other: other() }, &[], "Ankomst", "Arrival"),
        (DateNotBefore { other: other() }, &[], "Ankomst", "Arrival"),
        (TooYoung { min_age: 18 }, &["18"], "år", "years"),
        (IdentityNumberFormat, &["10", "12"], "ÅÅÅÅMMDD", "YYYYMMDD"),
        (IdentityNumberDate, &[], "Datumet", "date"),
        (IdentityNumberCheckDigit, &[], "siffra", "digit"),
        (NotAPersonalIdentityNumber, &[], "samordningsnummer", "coordination number"),
        (NotACoordinationNumber, &[], "personnummer", "personal identity number"),
        (UnknownCountry, &[], "land", "country"),
        (UnknownOption, &[], "alternativen", "options"),
        (TooFewSelected { min: 2 }, &["2"], "minst", "at least"),
        (TooManySelected { max: 2 }, &["2"], "högst", "at most"),
        (TooFewEntries { min: 1, entry: Text::Plain("Child".into()) }, &["1", "child"], "minst", "at least"),
        (TooManyEntries { max: 8 }, &["8"], "högst", "at most"),
        (RequiredDocument, &[], "dokument", "document"),
        (TooManyFiles { max: 2 }, &["2"], "högst", "at most"),
        (DocumentRefused(WrongType { accepted: vec!["application/pdf".into(), "image/png".into()] }), &["PDF", "PNG"], "eller", "or"),
        (DocumentRefused(TooLarge { max_bytes: 100 * 1024 }), &["100 KB"], "högst", "smaller"),
        (DocumentRefused(Empty), &[], "tom", "empty"),
        (DocumentRefused(TooMany { max_files: 3 }), &["3"], "högst", "at most"),
        (UploadOffline, &[], "internetanslutning", "internet connection"),
        (UploadFailed, &[], "fel", "problem"),
    ];
    let (sv, en) = (Locale::new("sv"), Locale::new("en"));
    let mut failures = Vec::new();
    for (message, shared, sv_word, en_word) in &rows {
        let (s, e) = (message.text(&sv), message.text(&en));
        let ok = !s.trim().is_empty()
            && !e.trim().is_empty()
            && s != e
            && shared.iter().all(|w| s.contains(w) && e.contains(w))
            && s.contains(sv_word)
            && e.contains(en_word);
        if !ok {
            failures.push(format!("  {message:?}:\n    sv: {s}\n    en: {e}"));
        }
    }
    assert!(failures.is_empty(), "messages that are missing, untranslated or lack their numbers:\n{}", failures.join("\n"));
    // Regional Swedish reads Swedish; a language with a catalog reads it; any other gets English.
    assert_eq!(Required.text(&Locale::new("sv-FI")), "Svara på frågan");
    assert_eq!(Required.text(&Locale::new("ar")), "أجب عن هذا السؤال");
    assert_eq!(Required.text(&Locale::new("de")), "Answer this question");
}
