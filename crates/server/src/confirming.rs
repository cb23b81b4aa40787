//! What must hold before a draft is confirmed. The browser checks every page before it offers
//! Confirm, but a browser can be tampered with, so the server checks again: every shown question
//! answered without problems (`blankett_core::run::check_all`, the engine's own rules), every
//! answer in the shape its question takes, and every document an answer lists uploaded for this
//! application and still there. Each problem is located by page and field, in the order the
//! applicant meets them, so that a client can send the applicant to the right page.

use crate::documents::DocumentInfo;
use blankett_core::run::answers::{Answer, Answers, FieldPath};
use blankett_core::run::conditions::evaluate;
use blankett_core::run::check_all;
use blankett_core::schema::{Form, Question, QuestionKind};
use blankett_core::basics::text::Locale;
use chrono::NaiveDate;
use serde::Serialize;
use serde_json::{Map, Value};

/// What the refusal says as a whole.
pub const INCOMPLETE: &str = "Some questions are not answered or have problems; go back to the page named and put them right before confirming.";
/// A document answer lists a document this application does not have (any more).
pub const DOCUMENT_MISSING: &str = "A listed document was not uploaded or has been removed; upload it again.";
/// An answer that is not what its question takes (a number where text belongs, text where a list
/// of choices belongs): only a client other than the app sends one.
pub const UNREADABLE: &str = "This answer is not in the form this question takes; answer the question again.";

/// One problem that stops a confirmation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Issue {
    /// The id of the page the question is on.
    pub page: String,
    /// The question's id, or `group[index].child` for a question in an entry of a repeating group.
    pub field: String,
    /// What to do, in English (the engine's message).
    pub message: String,
}

/// Every problem that stops `answers` (as stored: answers by question id) from being confirmed,
/// with the application's `documents`, on `today`. Empty when the application is complete.
pub fn issues(form: &Form, answers: &Map<String, Value>, documents: &[DocumentInfo], today: NaiveDate) -> Vec<Issue> {
    let (answers, unreadable) = read_answers(answers);
    let visibility = evaluate(form, &answers);
    let mut checked: Vec<(usize, FieldPath, String)> =
        check_all(form, &answers, today).into_iter().map(|(page, issue)| (page, issue.field, issue.message.text(&Locale::new("en")))).collect();
    let mut found = Vec::new();
    for (_, page) in form.pages.iter().enumerate().filter(|(p, _)| visibility.page_shown(*p)) {
        for (question, path) in shown_fields(&page.questions, &answers, |path| visibility.shown(path)) {
            let answer = answers.at(&path);
            let message = if (path.group.is_none() && unreadable.contains(&path.id)) || answer.is_some_and(|a| !fits(question.kind, a)) {
                Some(UNREADABLE.to_string())
            } else if let Some(at) = checked.iter().position(|(_, field, _)| *field == path) {
                Some(checked.remove(at).2)
            } else if question.kind == QuestionKind::Document && !documents_are_stored(answer.map_or(&[], Answer::choices), &path.id, documents) {
                Some(DOCUMENT_MISSING.to_string())
            } else {
                None
            };
            if let Some(message) = message {
                found.push(Issue { page: page.id.clone(), field: field_name(&path), message });
            }
            // One message per field, as on the page.
            checked.retain(|(_, field, _)| *field != path);
        }
    }
    // The engine's walk and this one visit the same fields; should they ever differ, no problem
    // the engine found is dropped.
    found.extend(checked.into_iter().map(|(p, path, message)| Issue { page: form.pages[p].id.clone(), field: field_name(&path), message }));
    found
}

/// Whether every document an answer lists was uploaded to this application for `question` and is
/// still there. Documents uploaded but not listed do not matter (the applicant may have uploaded
/// one and then chosen another).
pub fn documents_are_stored(listed: &[String], question: &str, documents: &[DocumentInfo]) -> bool {
    listed.iter().all(|id| documents.iter().any(|document| document.id == *id && document.question == question))
}

/// `name`, or `children[1].name` for a question in the second entry of `children`.
pub fn field_name(path: &FieldPath) -> String {
    match &path.group {
        None => path.id.clone(),
        Some((group, index)) => format!("{group}[{index}].{}", path.id),
    }
}

/// The stored answers the engine can read, and the ids of those it cannot (a number, `true`, an
/// object). A `null` is no answer.
fn read_answers(raw: &Map<String, Value>) -> (Answers, Vec<String>) {
    let mut answers = Answers::default();
    let mut unreadable = Vec::new();
    for (id, value) in raw.iter().filter(|(_, value)| !value.is_null()) {
        match serde_json::from_value::<Answer>(value.clone()) {
            Ok(answer) => {
                answers.0.insert(id.clone(), answer);
            }
            Err(_) => unreadable.push(id.clone()),
        }
    }
    (answers, unreadable)
}

/// The shown questions of a page that take an answer, in the order the applicant meets them,
/// with each entry's questions after their group.
fn shown_fields<'f>(questions: &'f [Question], answers: &Answers, shown: impl Fn(&FieldPath) -> bool) -> Vec<(&'f Question, FieldPath)> {
    let mut fields = Vec::new();
    for question in questions.iter().filter(|q| !q.kind.is_static()) {
        let Some(id) = question.id.as_deref() else { continue };
        let path = FieldPath::top(id);
        if !shown(&path) {
            continue;
        }
        fields.push((question, path));
        if question.kind == QuestionKind::RepeatingGroup {
            for index in 0..answers.entry_count(id) {
                for child in question.questions.iter().filter(|q| !q.kind.is_static()) {
                    let Some(child_id) = child.id.as_deref() else { continue };
                    let path = FieldPath::in_entry(id, index, child_id);
                    if shown(&path) {
                        fields.push((child, path));
                    }
                }
            }
        }
    }
    fields
}

/// Whether an answer has the shape its question takes: a list of values for multiple choice and
/// documents, entries for a repeating group, text for every other question. No answer fits any.
fn fits(kind: QuestionKind, answer: &Answer) -> bool {
    use QuestionKind::*;
    match answer {
        _ if answer.is_empty() => true,
        Answer::Choices(_) => matches!(kind, MultipleChoice | Document),
        Answer::Entries(_) => kind == RepeatingGroup,
        Answer::Text(_) => !matches!(kind, MultipleChoice | Document | RepeatingGroup),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const FORM: &str = r#"{"id":"t","title":"T","kind":"visit","languages":["en"],"pages":[
        {"id":"about","title":"About","questions":[
            {"id":"intro","type":"paragraph","text":"Hello"},
            {"id":"name","type":"short_text","label":"Name","required":true},
            {"id":"langs","type":"multiple_choice","label":"Languages","options":[{"value":"sv","label":"Swedish"},{"value":"en","label":"English"}]},
            {"id":"has_children","type":"yes_no","label":"Children?"}]},
        {"id":"children","title":"Children","visible_if":"has_children == \"yes\"","questions":[
            {"id":"children","type":"repeating_group","label":"Children","entry_title":"Child","min_entries":1,"questions":[
                {"id":"name","type":"short_text","label":"Name","required":true}]}]},
        {"id":"documents","title":"Documents","questions":[
            {"id":"passport","type":"document","label":"Passport","required":true,"max_files":2}]}]}"#;

    fn form() -> Form {
        let loaded = blankett_core::schema::load::load_form("t.json", FORM);
        assert_eq!(loaded.issues, vec![]);
        loaded.form.unwrap()
    }

    fn document(id: &str, question: &str) -> DocumentInfo {
        DocumentInfo { id: id.into(), question: question.into(), name: "p.pdf".into(), content_type: "application/pdf".into(), size: 1, uploaded_at: 0 }
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 21).unwrap()
    }

    fn issues_of(answers: Value, documents: &[DocumentInfo]) -> Vec<(String, String, String)> {
        let Value::Object(answers) = answers else { panic!("an object") };
        issues(&form(), &answers, documents, today()).into_iter().map(|i| (i.page, i.field, i.message)).collect()
    }

    fn issue(page: &str, field: &str, message: &str) -> (String, String, String) {
        (page.into(), field.into(), message.into())
    }

    #[test]
    fn a_listed_document_must_be_stored_under_its_question_and_unlisted_ones_do_not_matter() {
        let stored = [document("d1", "passport"), document("d2", "passport"), document("d3", "visa")];
        assert!(documents_are_stored(&[], "passport", &stored));
        assert!(documents_are_stored(&["d1".into()], "passport", &stored), "d2 and d3 are stored but not listed: harmless");
        assert!(documents_are_stored(&["d2".into(), "d1".into()], "passport", &stored));
        assert!(!documents_are_stored(&["d1".into(), "gone".into()], "passport", &stored), "removed, or never uploaded");
        assert!(!documents_are_stored(&["d3".into()], "passport", &stored), "uploaded for another question");
        assert!(!documents_are_stored(&["d1".into()], "passport", &[]));
    }

    #[test]
    fn a_complete_application_has_no_issues() {
        assert_eq!(issues_of(json!({ "name": "Ada", "has_children": "no", "passport": ["d1"] }), &[document("d1", "passport"), document("d9", "passport")]), vec![]);
        let with_child = json!({ "name": "Ada", "has_children": "yes", "children": [{ "name": "Bo" }], "passport": ["d1"] });
        assert_eq!(issues_of(with_child, &[document("d1", "passport")]), vec![]);
    }

    #[test]
    fn every_problem_is_located_by_page_and_field_in_the_order_the_applicant_meets_them() {
        let answers = json!({ "langs": ["fi"], "has_children": "yes", "children": [{ "name": "Bo" }, {}], "passport": ["gone"] });
        assert_eq!(
            issues_of(answers, &[document("d1", "passport")]),
            vec![
                issue("about", "name", "Answer this question"),
                issue("about", "langs", "Select one of the options in the list"),
                issue("children", "children[1].name", "Answer this question"),
                issue("documents", "passport", DOCUMENT_MISSING),
            ]
        );
        // A hidden page is not asked, so neither are its questions.
        assert_eq!(issues_of(json!({ "name": "Ada", "has_children": "no", "children": [{}] }), &[]), vec![issue("documents", "passport", "Upload a document")]);
    }

    #[test]
    fn an_answer_in_the_wrong_shape_is_a_problem_and_not_an_answer() {
        let answers = json!({ "name": 42, "langs": "sv", "has_children": ["yes"], "passport": "d1", "unknown": true, "children": null });
        assert_eq!(
            issues_of(answers, &[document("d1", "passport")]),
            vec![
                issue("about", "name", UNREADABLE),
                issue("about", "langs", UNREADABLE),
                issue("about", "has_children", UNREADABLE),
                issue("documents", "passport", UNREADABLE),
            ],
            "the document's id as text, not in a list, does not pass for a listed document; an answer to no question is ignored"
        );
    }

    #[test]
    fn too_many_documents_is_the_engines_message_once() {
        let stored = [document("a", "passport"), document("b", "passport"), document("c", "passport")];
        let answers = json!({ "name": "Ada", "passport": ["a", "b", "c", "gone"] });
        assert_eq!(issues_of(answers, &stored), vec![issue("documents", "passport", "You can upload at most 2 documents. Remove the extra ones")]);
    }

    #[test]
    fn fields_in_entries_are_named_with_their_group_and_index() {
        assert_eq!(field_name(&FieldPath::top("name")), "name");
        assert_eq!(field_name(&FieldPath::in_entry("children", 2, "name")), "children[2].name");
    }
}
