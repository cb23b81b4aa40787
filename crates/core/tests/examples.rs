//! Example answers for a designer's preview (`run::examples`): every filled page passes the same
//! validation an applicant's answers meet (`check_all`, which the backend runs at Confirm), for
//! the sample forms, every test fixture and forms written to corner each rule, on days that
//! corner the calendar (a leap day, the turn of a year). Only document questions are left, and
//! they are named.

use blankett_core::basics::personnummer::{parse_identity_number, IdentityNumberType};
use blankett_core::run::answers::{Answer, Answers, FieldPath};
use blankett_core::run::examples::fill;
use blankett_core::run::validate::{age_on, parse_date, validate_page};
use blankett_core::run::{check_all, conditions::evaluate};
use blankett_core::schema::load::load_form;
use blankett_core::schema::{Form, QuestionKind};
use chrono::{Datelike, NaiveDate};
use std::path::Path;

fn days() -> Vec<NaiveDate> {
    [(2026, 11, 21), (2028, 2, 29), (2026, 12, 31), (2027, 1, 1)].iter().map(|&(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).unwrap()).collect()
}

fn form(name: &str, json: &str) -> Form {
    let loaded = load_form(name, json);
    assert!(loaded.issues.is_empty(), "{name} has issues: {:#?}", loaded.issues);
    loaded.usable().unwrap().clone()
}

/// Every form a designer or a test has: `forms/*.json` and `tests/fixtures/*.json`.
fn every_form() -> Vec<(String, Form)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut forms = Vec::new();
    for folder in ["forms", "tests/fixtures"] {
        let mut files: Vec<_> = std::fs::read_dir(root.join(folder)).unwrap().flatten().map(|e| e.path()).collect();
        files.sort();
        for path in files {
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            if path.extension().is_none_or(|e| e != "json") || name == "schema.json" {
                continue;
            }
            forms.push((name.clone(), form(&name, &std::fs::read_to_string(&path).unwrap())));
        }
    }
    assert!(forms.len() >= 10, "the sample forms and the fixtures: {}", forms.len());
    forms
}

/// The issues `check_all` finds that are not about a document question.
fn problems_but_documents(form: &Form, answers: &Answers, today: NaiveDate) -> Vec<String> {
    check_all(form, answers, today)
        .into_iter()
        .filter(|(_, issue)| form.asked(issue.field.group.as_ref().map(|(g, _)| g.as_str()), &issue.field.id).is_none_or(|asked| asked.question.kind != QuestionKind::Document))
        .map(|(page, issue)| format!("page {page}: {:?}: {:?}", issue.field, issue.message))
        .collect()
}

#[test]
fn every_page_of_every_form_filled_with_examples_is_accepted() {
    for (name, form) in every_form() {
        for today in days() {
            let filled = fill(&form, &Answers::default(), 0..form.pages.len(), today);
            assert_eq!(problems_but_documents(&form, &filled.answers, today), Vec::<String>::new(), "{name} on {today}");
            // What is left is exactly the shown document questions, each named once.
            let left: Vec<&FieldPath> = filled.left.iter().map(|(_, issue)| &issue.field).collect();
            assert!(left.iter().all(|field| filled.needs_file.contains(field)), "{name}: left {left:?}, needs a file {:?}", filled.needs_file);
            assert!(filled.written > 0, "{name}");
        }
    }
}

#[test]
fn one_page_at_a_time_fills_that_page_and_no_other() {
    let today = days()[0];
    for (name, form) in every_form() {
        let mut answers = Answers::default();
        for page in 0..form.pages.len() {
            let before = answers.clone();
            let filled = fill(&form, &answers, page..page + 1, today);
            answers = filled.answers;
            let visibility = evaluate(&form, &answers);
            if !visibility.page_shown(page) {
                assert_eq!(answers, before, "{name}: page {page} is skipped, and nothing is written for it");
                continue;
            }
            let issues: Vec<_> = validate_page(&form, page, &answers, &visibility, today).into_iter().filter(|issue| !filled.needs_file.contains(&issue.field)).collect();
            assert_eq!(issues, vec![], "{name}: page {page}");
            // Nothing on another page was answered.
            for (id, _) in answers.0.iter() {
                if before.get(id).is_none() {
                    assert_eq!(form.ready().place(id).map(|(p, _)| p), Some(page), "{name}: {id} is not on page {page}");
                }
            }
        }
    }
}

#[test]
fn the_work_permit_reaches_its_review_with_only_the_passport_copy_missing() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let form = form("work-permit.json", &std::fs::read_to_string(root.join("forms/work-permit.json")).unwrap());
    let filled = fill(&form, &Answers::default(), 0..form.pages.len(), days()[0]);
    // Yes everywhere: the family members, the spouse's page and the earlier stays are shown and filled.
    assert_eq!(filled.answers.entry_count("family_members"), 1);
    assert_eq!(filled.answers.entry_count("previous_stays_in_sweden"), 1);
    assert!(filled.answers.get("living_together_since").is_some(), "the spouse's page, shown by two earlier answers, is filled");
    assert_eq!(filled.needs_file, vec![FieldPath::top("passport_copy"), FieldPath::top("employment_offer")]);
    let left: Vec<_> = filled.left.iter().map(|(_, issue)| issue.field.id.as_str()).collect();
    assert_eq!(left, ["passport_copy"], "the optional document is no problem");
}

/// One question in a one-page form, filled on `today`.
fn one(question: &str, today: NaiveDate) -> Option<Answer> {
    let json = format!(
        r#"{{"id": "t", "title": "T", "kind": "other", "languages": ["en"], "pages": [{{"id": "p", "title": "P", "questions": [
            {{"id": "start", "type": "date", "label": "Start", "required": true, "in_future": true}},
            {question}]}}]}}"#
    );
    let form = form("t.json", &json);
    let filled = fill(&form, &Answers::default(), 0..1, today);
    assert_eq!(filled.left, vec![], "{question}");
    filled.answers.get("q").cloned()
}

fn text_of(answer: Option<Answer>) -> String {
    answer.expect("answered").as_text().to_string()
}

#[test]
fn each_type_gets_a_value_its_rules_accept() {
    for today in days() {
        let date = |rules: &str| parse_date(&text_of(one(&format!(r#"{{"id": "q", "type": "date", "label": "Q", "required": true{rules}}}"#), today))).unwrap();
        assert!(date(r#", "in_past": true"#) < today);
        assert!(date(r#", "in_future": true"#) > today);
        let born = date(r#", "in_past": true, "memorable": true, "min_age": 65"#);
        assert!(age_on(born, today) >= 65, "{born} on {today}");
        let start = today.succ_opt().unwrap();
        assert!(date(r#", "after": "start""#) > start, "after the date answered before it");
        assert!(date(r#", "before": "start", "in_future": true"#) < start.checked_add_days(chrono::Days::new(30)).unwrap());
        let personal = |accept: &str| {
            let number = text_of(one(&format!(r#"{{"id": "q", "type": "personal_identity_number", "label": "Q", "required": true, "accept": "{accept}"}}"#), today));
            parse_identity_number(&number, (today.year(), today.month(), today.day())).unwrap().kind
        };
        assert_eq!(personal("personal_identity_number"), IdentityNumberType::PersonalIdentityNumber);
        assert_eq!(personal("coordination_number"), IdentityNumberType::CoordinationNumber);
        assert_eq!(personal("both"), IdentityNumberType::PersonalIdentityNumber);
    }
    let today = days()[0];
    let text = |rules: &str| text_of(one(&format!(r#"{{"id": "q", "type": "short_text", "label": "Q"{rules}}}"#), today));
    assert_eq!(text(""), "Example");
    assert_eq!(text(r#", "min_length": 5, "max_length": 6"#), "Exampl");
    assert_eq!(text(r#", "min_length": 10, "max_length": 11"#), "Example123");
    assert_eq!(text(r#", "max_length": 3"#), "Exa");
    let number = |rules: &str| text_of(one(&format!(r#"{{"id": "q", "type": "number", "label": "Q", "required": true{rules}}}"#), today));
    assert_eq!(number(""), "10");
    assert_eq!(number(r#", "min": 1000"#), "1000");
    assert_eq!(number(r#", "max": 2.5"#), "2.5");
    assert_eq!(number(r#", "min": 0.5, "max": 2.5, "whole_number": true"#), "2");
    assert_eq!(number(r#", "min": -20, "max": -5, "whole_number": true"#), "-5");
    let choice = |rules: &str| one(&format!(r#"{{"id": "q", "type": "multiple_choice", "label": "Q", "required": true, "options": [
        {{"value": "a", "label": "A"}}, {{"value": "b", "label": "B"}}, {{"value": "c", "label": "C"}}]{rules}}}"#), today).unwrap();
    assert_eq!(choice("").choices(), ["a"]);
    assert_eq!(choice(r#", "min_selected": 2, "max_selected": 2"#).choices(), ["a", "b"]);
    assert_eq!(text_of(one(r#"{"id": "q", "type": "yes_no", "label": "Q"}"#, today)), "yes");
    assert_eq!(text_of(one(r#"{"id": "q", "type": "country", "label": "Q"}"#, today)), "SE");
    assert_eq!(text_of(one(r#"{"id": "q", "type": "dropdown", "label": "Q", "options": [{"value": "x", "label": "X"}]}"#, today)), "x");
    let group = one(r#"{"id": "q", "type": "repeating_group", "label": "Q", "entry_title": "E", "min_entries": 2, "questions": [
        {"id": "name", "type": "short_text", "label": "Name", "required": true},
        {"id": "nickname", "type": "short_text", "label": "Nickname", "visible_if": "name == \"nobody\""}]}"#, today).unwrap();
    assert_eq!(group.entries().len(), 2);
    assert!(group.entries().iter().all(|entry| entry.get("name").is_some() && entry.get("nickname").is_none()), "a hidden question of an entry stays unanswered: {group:?}");
}

#[test]
fn a_valid_answer_is_kept_and_an_invalid_one_replaced() {
    let today = days()[0];
    let form = form("t.json", r#"{"id": "t", "title": "T", "kind": "other", "languages": ["en"], "pages": [{"id": "p", "title": "P", "questions": [
        {"id": "name", "type": "short_text", "label": "Name", "required": true},
        {"id": "born", "type": "date", "label": "Born", "required": true, "in_past": true},
        {"id": "email", "type": "email", "label": "Email"}]}]}"#);
    let mut answers = Answers::default();
    answers.set(&FieldPath::top("name"), Answer::Text("Ada".into()));
    answers.set(&FieldPath::top("born"), Answer::Text("2999-01-01".into()));
    let filled = fill(&form, &answers, 0..1, today);
    assert_eq!(filled.answers.get("name"), Some(&Answer::Text("Ada".into())), "kept as typed");
    assert!(parse_date(filled.answers.get("born").unwrap().as_text()).unwrap() < today, "a date in the future was not in the past");
    assert_eq!(filled.answers.get("email"), Some(&Answer::Text("applicant@example.com".into())), "an optional question is filled too");
    assert_eq!(filled.written, 2);
}

#[test]
fn a_rule_no_value_meets_is_left_and_said() {
    let today = days()[0];
    let form = form("t.json", r#"{"id": "t", "title": "T", "kind": "other", "languages": ["en"], "pages": [{"id": "p", "title": "P", "questions": [
        {"id": "count", "type": "number", "label": "Count", "required": true, "min": 0.2, "max": 0.8, "whole_number": true}]}]}"#);
    let filled = fill(&form, &Answers::default(), 0..1, today);
    assert_eq!(filled.answers.get("count"), None);
    assert_eq!(filled.left.iter().map(|(page, issue)| (*page, issue.field.id.as_str())).collect::<Vec<_>>(), [(0, "count")]);
}
