//! Moving through a form as an applicant does, through `FormRun`: Next (stay with the errors in
//! page order, or move to the next shown page), Back (keeps answers, clears errors), pages and
//! questions that conditions hide, "step n of total", finishing, resuming a draft, what is
//! submitted, the document title and the names of fields in the error summary, repeating group
//! entries. Last, both example forms under `forms/` load without issues and can be filled in
//! from the first page to the last.
//!
//! Most tests are walkthroughs: a table of actions, each with the page, the step and the errors
//! (as the DOM ids the error summary links to) the applicant sees afterwards. "Today" is fixed.

use blankett_core::run::answers::{Answer, Answers, FieldPath};
use blankett_core::schema::load::load_form;
use blankett_core::run::{FormRun, Step};
use blankett_core::schema::{Form, IdentityNumberKind, Question, QuestionKind};
use blankett_core::basics::text::Locale;
use blankett_core::run::validate::parse_date;
use chrono::{Datelike, Days, NaiveDate};
use std::sync::Arc;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 21).unwrap()
}

fn form(json: &str) -> Arc<Form> {
    let loaded = load_form("test.json", json);
    assert!(loaded.issues.is_empty(), "the test schema has issues: {:#?}", loaded.issues);
    Arc::new(loaded.usable().expect("a schema without issues is usable").clone())
}

/// Four pages; the second is shown only to applicants with children.
fn household() -> Arc<Form> {
    form(
        r#"{"id": "household", "title": {"sv": "Hushåll", "en": "Household"}, "kind": "family", "pages": [
            {"id": "about", "title": {"sv": "Om dig", "en": "About you"}, "questions": [
                {"id": "name", "type": "short_text", "label": {"sv": "Namn", "en": "Name"}, "required": true},
                {"id": "email", "type": "email", "label": {"sv": "E-post", "en": "Email"}},
                {"id": "has_children", "type": "yes_no", "label": {"sv": "Har du barn?", "en": "Do you have children?"}, "required": true}
            ]},
            {"id": "children", "title": {"sv": "Barn", "en": "Children"}, "visible_if": "has_children == \"yes\"", "questions": [
                {"id": "children", "type": "repeating_group", "label": {"sv": "Dina barn", "en": "Your children"},
                 "entry_title": {"sv": "Barn", "en": "Child"}, "min_entries": 1, "max_entries": 3, "questions": [
                    {"id": "name", "type": "short_text", "label": {"sv": "Namn", "en": "Name"}, "required": true}
                ]}
            ]},
            {"id": "contact", "title": {"sv": "Kontakt", "en": "Contact"}, "questions": [
                {"id": "phone", "type": "phone", "label": {"sv": "Telefon", "en": "Phone"}, "required": true}
            ]},
            {"id": "end", "title": {"sv": "Klart", "en": "Done"}, "questions": [
                {"type": "paragraph", "text": {"sv": "Tack.", "en": "Thank you."}}
            ]}
        ]}"#,
    )
}

/// What the applicant does.
#[derive(Clone, Copy, Debug)]
enum Act {
    Answer(&'static str, &'static str),
    AnswerIn(&'static str, usize, &'static str, &'static str),
    AddEntry(&'static str),
    RemoveEntry(&'static str, usize),
    Next,
    Back,
}
use Act::*;

fn act(run: &mut FormRun, action: Act) {
    match action {
        Answer(id, value) => run.set_answer(&FieldPath::top(id), Answer::Text(value.into())),
        AnswerIn(group, index, id, value) => run.set_answer(&FieldPath::in_entry(group, index, id), Answer::Text(value.into())),
        AddEntry(group) => {
            run.add_entry(group);
        }
        RemoveEntry(group, index) => run.remove_entry(group, index),
        Next => {
            run.next(today());
        }
        Back => {
            run.back();
        }
    }
}

fn after(form: &Arc<Form>, actions: &[Act]) -> FormRun {
    let mut run = FormRun::new(form.clone());
    for action in actions {
        act(&mut run, *action);
    }
    run
}

/// The page the applicant is on, or "finished" after the last page.
fn where_(run: &FormRun) -> String {
    if run.is_finished() { "finished".into() } else { run.page().id.clone() }
}

fn error_ids(run: &FormRun) -> Vec<String> {
    run.errors().iter().map(|e| e.field.dom_id()).collect()
}

/// One row of a walkthrough: an action, then the page, the step ("step n of total") and the
/// fields listed in the error summary.
type Row = (Act, &'static str, (usize, usize), &'static [&'static str]);

/// Starts a new run and plays the rows, checking the state after each; every row that does not
/// match is listed.
fn play(form: &Arc<Form>, rows: &[Row]) -> FormRun {
    let mut run = FormRun::new(form.clone());
    let mut failures = Vec::new();
    for (number, (action, page, step, errors)) in rows.iter().enumerate() {
        act(&mut run, *action);
        let seen = (where_(&run), run.progress(), error_ids(&run));
        if seen != (page.to_string(), *step, errors.iter().map(|e| e.to_string()).collect()) {
            failures.push(format!("  row {} {action:?}: expected {page} {step:?} {errors:?}, got {seen:?}", number + 1));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    run
}

#[test]
fn a_problem_found_outside_next_is_shown_until_the_next_next() {
    use blankett_core::messages::Message;
    let mut run = after(&household(), &[Next]);
    assert_eq!(error_ids(&run), ["q-name", "q-has_children"]);
    let version = run.errors_version();
    run.show_error(&FieldPath::top("has_children"), Some(Message::UploadFailed));
    assert_eq!(error_ids(&run), ["q-name", "q-has_children"], "in its place");
    assert_eq!(run.field(&FieldPath::top("has_children")).error, Some(Message::UploadFailed));
    assert!(run.errors_version() > version, "the summary is redrawn");
    run.show_error(&FieldPath::top("has_children"), None);
    assert_eq!(error_ids(&run), ["q-name"]);
    run.show_error(&FieldPath::top("email"), Some(Message::UploadOffline));
    assert_eq!(error_ids(&run), ["q-name", "q-email"]);
    let version = run.errors_version();
    run.show_error(&FieldPath::top("phone"), None);
    assert_eq!(run.errors_version(), version, "nothing to take away is no change");
    act(&mut run, Answer("name", "Ada"));
    act(&mut run, Answer("has_children", "no"));
    act(&mut run, Next);
    assert_eq!(where_(&run), "contact", "Next checks the page anew");
    assert!(run.errors().is_empty());
}

#[test]
fn next_with_errors_stays_and_lists_them_in_page_order() {
    play(
        &household(),
        &[
            (Next, "about", (1, 3), &["q-name", "q-has_children"]),
            (Answer("email", "ada@example"), "about", (1, 3), &["q-name", "q-has_children"]),
            (Next, "about", (1, 3), &["q-name", "q-email", "q-has_children"]),
            (Answer("has_children", "no"), "about", (1, 3), &["q-name", "q-email", "q-has_children"]),
            (Next, "about", (1, 3), &["q-name", "q-email"]),
            (Answer("name", "Ada"), "about", (1, 3), &["q-name", "q-email"]),
            (Answer("email", "ada@example.com"), "about", (1, 3), &["q-name", "q-email"]),
            (Next, "contact", (2, 3), &[]),
        ],
    );
}

#[test]
fn hidden_pages_are_skipped_forwards_and_back() {
    play(
        &household(),
        &[
            (Answer("name", "Ada"), "about", (1, 3), &[]),
            (Answer("has_children", "no"), "about", (1, 3), &[]),
            (Next, "contact", (2, 3), &[]),
            (Back, "about", (1, 3), &[]),
            (Answer("has_children", "yes"), "about", (1, 4), &[]),
            (Next, "children", (2, 4), &[]),
            (Next, "children", (2, 4), &["q-children"]),
            (AddEntry("children"), "children", (2, 4), &["q-children"]),
            (Next, "children", (2, 4), &["q-children-0-name"]),
            (AnswerIn("children", 0, "name", "Bo"), "children", (2, 4), &["q-children-0-name"]),
            (Next, "contact", (3, 4), &[]),
            (Back, "children", (2, 4), &[]),
            (Back, "about", (1, 4), &[]),
            // Saying "no" again hides the children page: it is skipped and no longer counted.
            (Answer("has_children", "no"), "about", (1, 3), &[]),
            (Next, "contact", (2, 3), &[]),
            (Back, "about", (1, 3), &[]),
            // Back on the first page stays there.
            (Back, "about", (1, 3), &[]),
        ],
    );
}

#[test]
fn back_keeps_answers_and_clears_the_errors() {
    let run = play(
        &household(),
        &[
            (Answer("name", "Ada"), "about", (1, 3), &[]),
            (Answer("has_children", "no"), "about", (1, 3), &[]),
            (Next, "contact", (2, 3), &[]),
            (Answer("phone", "12"), "contact", (2, 3), &[]),
            (Next, "contact", (2, 3), &["q-phone"]),
            (Back, "about", (1, 3), &[]),
            (Next, "contact", (2, 3), &[]),
        ],
    );
    let answers: Answers = serde_json::from_str(r#"{"name": "Ada", "has_children": "no", "phone": "12"}"#).unwrap();
    assert_eq!(run.answers(), &answers, "Back asks for nothing and forgets nothing");
}

#[test]
fn after_the_last_page_next_finishes_and_back_returns_to_it() {
    let mut run = play(
        &household(),
        &[
            (Answer("name", "Ada"), "about", (1, 3), &[]),
            (Answer("has_children", "no"), "about", (1, 3), &[]),
            (Next, "contact", (2, 3), &[]),
            (Answer("phone", "+46 70 123 45 67"), "contact", (2, 3), &[]),
            (Next, "end", (3, 3), &[]),
            (Next, "finished", (3, 3), &[]),
            (Next, "finished", (3, 3), &[]),
            (Back, "end", (3, 3), &[]),
            (Back, "contact", (2, 3), &[]),
            (Next, "end", (3, 3), &[]),
        ],
    );
    assert_eq!(run.next(today()), Step::Finished);
    assert!(run.back(), "Back from the finished state returns to the last page");
    assert_eq!(run.next(today()), Step::Finished);
}

#[test]
fn next_reports_what_it_did() {
    let form = household();
    let rows: &[(&[Act], Step)] = &[
        (&[], Step::Invalid),
        (&[Answer("name", "Ada"), Answer("has_children", "yes")], Step::Moved(1)),
        (&[Answer("name", "Ada"), Answer("has_children", "no")], Step::Moved(2)),
        (&[Answer("name", "Ada"), Answer("has_children", "no"), Next, Answer("phone", "08-123 456 78"), Next], Step::Finished),
    ];
    for (actions, expected) in rows {
        assert_eq!(after(&form, actions).next(today()), *expected, "after {actions:?}");
    }
}

#[test]
fn resume_lands_on_the_saved_page_or_the_nearest_shown_one_before_it() {
    let form = household();
    let rows = [
        // (draft answers, saved page, page landed on, step)
        (r#"{}"#, 0, "about", (1, 3)),
        (r#"{"has_children": "yes"}"#, 1, "children", (2, 4)),
        (r#"{"has_children": "yes"}"#, 2, "contact", (3, 4)),
        (r#"{"has_children": "no"}"#, 2, "contact", (2, 3)),
        // The children page is hidden now: back to the page before it.
        (r#"{"has_children": "no"}"#, 1, "about", (1, 3)),
        (r#"{}"#, 1, "about", (1, 3)),
        (r#"{}"#, 3, "end", (3, 3)),
        // A page that no longer exists (the form was shortened): the last shown page.
        (r#"{"has_children": "yes"}"#, 99, "end", (4, 4)),
    ];
    let mut failures = Vec::new();
    for (json, saved, page, step) in rows {
        let answers: Answers = serde_json::from_str(json).unwrap();
        let run = FormRun::resume(form.clone(), answers.clone(), saved);
        let seen = (where_(&run), run.progress(), run.errors().len(), run.answers() == &answers);
        if seen != (page.to_string(), step, 0, true) {
            failures.push(format!("  {json} on page {saved}: expected {page} {step:?}, no errors, answers kept; got {seen:?}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// The browser's Back and Forward (see `blankett_core::session::history`): travelling to a place goes back
/// freely, and forward only through pages that pass Next.
#[test]
fn travelling_back_keeps_answers_and_forward_checks_every_page() {
    let form = household();
    let mut run = after(&form, &[Answer("name", "Ada"), Answer("has_children", "yes"), Next, AddEntry("children"), AnswerIn("children", 0, "name", "Bo"), Next, Answer("phone", "070-123 45 67"), Next, Next]);
    assert_eq!((run.is_finished(), run.place()), (true, 4), "every page done is the place after the last page");

    assert_eq!(run.travel(1, today()), 1, "Back over two pages and the finish");
    assert_eq!(where_(&run), "children");
    assert_eq!(run.answer(&FieldPath::top("phone")), Some(&Answer::Text("070-123 45 67".into())), "answers kept");
    assert_eq!(run.travel(4, today()), 4, "Forward through valid pages");

    run.travel(0, today());
    run.set_answer(&FieldPath::top("phone"), Answer::Text(String::new()));
    assert_eq!(run.travel(4, today()), 2, "Forward stops at the page with errors");
    assert_eq!((where_(&run), error_ids(&run)), ("contact".to_string(), vec!["q-phone".to_string()]));
    assert_eq!(run.travel(0, today()), 0);
    assert!(run.errors().is_empty(), "Back clears the errors");

    // The applicant no longer has children: Forward to the children page's entry skips it.
    run.set_answer(&FieldPath::top("has_children"), Answer::Text("no".into()));
    assert_eq!(run.travel(1, today()), 2, "the hidden page is passed, as Next passes it");
}

#[test]
fn an_answer_to_a_hidden_question_is_kept_but_not_submitted() {
    let form = form(
        r#"{"id": "pets", "title": "Pets", "kind": "other", "pages": [{"id": "pets", "title": "Pets", "questions": [
            {"id": "has_pet", "type": "yes_no", "label": "Do you have a pet?", "required": true},
            {"id": "pet_name", "type": "short_text", "label": "Its name", "required": true, "visible_if": "has_pet == \"yes\""}
        ]}]}"#,
    );
    let mut run = FormRun::new(form);
    run.set_answer(&FieldPath::top("has_pet"), Answer::Text("yes".into()));
    run.set_answer(&FieldPath::top("pet_name"), Answer::Text("Rex".into()));
    // Each row: the applicant changes has_pet, and what is then submitted.
    let rows = [
        ("yes", r#"{"has_pet": "yes", "pet_name": "Rex"}"#),
        ("no", r#"{"has_pet": "no"}"#),
        ("yes", r#"{"has_pet": "yes", "pet_name": "Rex"}"#),
    ];
    for (has_pet, submitted) in rows {
        run.set_answer(&FieldPath::top("has_pet"), Answer::Text(has_pet.into()));
        let submitted: Answers = serde_json::from_str(submitted).unwrap();
        assert_eq!(run.submitted_answers(), submitted, "has_pet = {has_pet}");
        assert_eq!(run.answer(&FieldPath::top("pet_name")), Some(&Answer::Text("Rex".into())), "the typed name is kept while hidden");
    }
}

#[test]
fn an_answer_to_a_hidden_question_opens_nothing() {
    // a decides whether b is asked; c and the page "more" depend on b.
    let form = form(
        r#"{"id": "chain", "title": "Chain", "kind": "other", "pages": [
            {"id": "first", "title": "First", "questions": [
                {"id": "a", "type": "yes_no", "label": "A?", "required": true},
                {"id": "b", "type": "yes_no", "label": "B?", "visible_if": "a == \"yes\""},
                {"id": "c", "type": "short_text", "label": "C", "required": true, "visible_if": "b == \"yes\""}
            ]},
            {"id": "more", "title": "More", "visible_if": "b == \"yes\"", "questions": [{"id": "d", "type": "short_text", "label": "D"}]},
            {"id": "end", "title": "End", "questions": [{"type": "paragraph", "text": "Done."}]}
        ]}"#,
    );
    let rows = [
        // (answers, questions shown, pages shown, submitted, where Next goes)
        (r#"{}"#, "a", "first end", r#"{}"#, Step::Invalid),
        (r#"{"a": "yes"}"#, "a b", "first end", r#"{"a": "yes"}"#, Step::Moved(2)),
        (r#"{"a": "yes", "b": "yes"}"#, "a b c", "first more end", r#"{"a": "yes", "b": "yes"}"#, Step::Invalid),
        (r#"{"a": "yes", "b": "yes", "c": "x"}"#, "a b c", "first more end", r#"{"a": "yes", "b": "yes", "c": "x"}"#, Step::Moved(1)),
        // b still holds "yes", but b is hidden: c and "more" stay closed and nothing is asked.
        (r#"{"a": "no", "b": "yes"}"#, "a", "first end", r#"{"a": "no"}"#, Step::Moved(2)),
        (r#"{"a": "no", "b": "yes", "c": "x", "d": "y"}"#, "a", "first end", r#"{"a": "no"}"#, Step::Moved(2)),
    ];
    let mut failures = Vec::new();
    for (json, questions, pages, submitted, next) in rows {
        let answers: Answers = serde_json::from_str(json).unwrap();
        let mut run = FormRun::resume(form.clone(), answers, 0);
        let shown: Vec<&str> = ["a", "b", "c"].into_iter().filter(|id| run.is_shown(&FieldPath::top(id))).collect();
        let page_ids: Vec<String> = run.shown_pages().iter().map(|p| form.pages[*p].id.clone()).collect();
        let submitted: Answers = serde_json::from_str(submitted).unwrap();
        let seen = (shown.join(" "), page_ids.join(" "), run.submitted_answers() == submitted, run.next(today()));
        if seen != (questions.to_string(), pages.to_string(), true, next) {
            failures.push(format!("  {json}: expected {questions:?} {pages:?} submitted {submitted:?} {next:?}, got {seen:?}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn a_condition_may_only_read_questions_asked_before_it() {
    // `conditions` evaluates in one pass and relies on the schema check for this: only then does
    // a hidden question read as unanswered to every condition that depends on it. Otherwise a
    // left-over answer to a hidden later question (c below, hidden because x is "no") opens a
    // question and blocks Next with an error for it.
    let rows = [
        // (questions of one page, whether the schema must be refused)
        (r#"{"id": "x", "type": "yes_no", "label": "X"}, {"id": "a", "type": "short_text", "label": "A", "visible_if": "x == \"yes\""}"#, false),
        (
            r#"{"id": "x", "type": "yes_no", "label": "X"},
               {"id": "a", "type": "short_text", "label": "A", "required": true, "visible_if": "c == \"yes\""},
               {"id": "c", "type": "yes_no", "label": "C", "visible_if": "x == \"yes\""}"#,
            true,
        ),
        // A cycle: neither question could ever be shown.
        (r#"{"id": "a", "type": "yes_no", "label": "A", "visible_if": "b == \"yes\""}, {"id": "b", "type": "yes_no", "label": "B", "visible_if": "a == \"yes\""}"#, true),
    ];
    let mut failures = Vec::new();
    for (questions, refused) in rows {
        let text = format!(r#"{{"id": "t", "title": "T", "kind": "other", "pages": [{{"id": "p", "title": "P", "questions": [{questions}]}}]}}"#);
        let issues = load_form("order.json", &text).issues;
        if issues.is_empty() == refused {
            failures.push(format!("  {questions}\n    expected {}, got {issues:?}", if refused { "an issue" } else { "no issues" }));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn document_title_says_error_only_while_errors_are_shown() {
    let form = household();
    let filled: &[Act] = &[Answer("name", "Ada"), Answer("has_children", "no")];
    let rows: &[(&[Act], &str, &str)] = &[
        (&[], "en", "About you – Household"),
        (&[], "sv", "Om dig – Hushåll"),
        (&[Next], "en", "Error: About you – Household"),
        (&[Next], "sv", "Fel: Om dig – Hushåll"),
        // Still shown after correcting, until the applicant presses Next again.
        (&[Next, Answer("name", "Ada"), Answer("has_children", "no")], "en", "Error: About you – Household"),
        (&[Next, Answer("name", "Ada"), Answer("has_children", "no"), Next], "en", "Contact – Household"),
        (&[Next, Back], "en", "About you – Household"),
        (&[Next, Back], "sv", "Om dig – Hushåll"),
        (filled, "en", "About you – Household"),
        (&[filled[0], filled[1], Next, Next], "sv", "Fel: Kontakt – Hushåll"),
        (&[filled[0], filled[1], Next, Answer("phone", "0701234567"), Next, Next], "en", "Check your answers – Household"),
        (&[filled[0], filled[1], Next, Answer("phone", "0701234567"), Next, Next], "sv", "Kontrollera dina svar – Hushåll"),
    ];
    for (actions, locale, title) in rows {
        assert_eq!(after(&form, actions).document_title(&Locale::new(locale)), *title, "after {actions:?} in {locale}");
    }
}

#[test]
fn field_labels_name_the_group_entry() {
    let run = after(&household(), &[Answer("has_children", "yes"), AddEntry("children"), AddEntry("children")]);
    let rows = [
        (FieldPath::in_entry("children", 1, "name"), "en", "Child 2: Name"),
        (FieldPath::in_entry("children", 1, "name"), "sv", "Barn 2: Namn"),
        (FieldPath::in_entry("children", 0, "name"), "en", "Child 1: Name"),
        (FieldPath::top("children"), "en", "Your children"),
        (FieldPath::top("name"), "en", "Name"),
        (FieldPath::top("has_children"), "sv", "Har du barn?"),
    ];
    for (field, locale, label) in rows {
        assert_eq!(run.field_label(&field, &Locale::new(locale)), label, "{field:?} in {locale}");
    }
}

#[test]
fn removing_an_entry_moves_the_later_ones_up() {
    let form = household();
    let three: &[Act] = &[
        Answer("name", "Ada"),
        Answer("has_children", "yes"),
        Next,
        AddEntry("children"),
        AddEntry("children"),
        AddEntry("children"),
        AnswerIn("children", 0, "name", "Anna"),
        AnswerIn("children", 2, "name", "Cilla"),
        // Entry 2 (Child 2) has no name yet.
        Next,
    ];
    let rows: &[(usize, &[Option<&str>])] = &[
        (0, &[None, Some("Cilla")]),
        (1, &[Some("Anna"), Some("Cilla")]),
        (2, &[Some("Anna"), None]),
        // An entry that does not exist: nothing changes.
        (5, &[Some("Anna"), None, Some("Cilla")]),
    ];
    for (removed, names_left) in rows {
        let mut run = after(&form, three);
        assert_eq!(error_ids(&run), ["q-children-1-name"]);
        act(&mut run, RemoveEntry("children", *removed));
        let names: Vec<Option<&str>> = (0..run.answers().entry_count("children"))
            .map(|i| run.answer(&FieldPath::in_entry("children", i, "name")).map(Answer::as_text))
            .collect();
        assert_eq!(&names, names_left, "after removing entry {removed}");
        if *removed < 3 {
            assert!(run.errors().is_empty(), "after removing entry {removed}, the old errors would point at the wrong entries");
        }
        assert_eq!(run.field_label(&FieldPath::in_entry("children", 1, "name"), &Locale::new("en")), "Child 2: Name");
    }
}

// ---------------------------------------------------------------------------------------------
// The example forms.

/// A valid answer to `question` at `path`, from its type and rules alone. `yes_no` is the answer
/// to every yes/no question, to walk the form once with its follow-ups open and once closed.
fn valid_answer(run: &FormRun, question: &Question, path: &FieldPath, yes_no: &str) -> Answer {
    use QuestionKind::*;
    let text = |s: &str| Answer::Text(s.to_string());
    match question.kind {
        ShortText | LongText => {
            let length = question.min_length.unwrap_or(4).min(question.max_length.unwrap_or(u32::MAX)).max(1);
            text(&"Test".chars().chain(std::iter::repeat('x')).take(length as usize).collect::<String>())
        }
        Email => text("test@example.com"),
        Phone => text("+46 70 123 45 67"),
        Number => {
            let n = 1000f64.max(question.min.unwrap_or(f64::MIN)).min(question.max.unwrap_or(f64::MAX));
            text(&(if question.whole_number { n.ceil() } else { n }).to_string())
        }
        Date => {
            let mut date = if question.in_future { ymd(2027, 1, 1) } else { ymd(1990, 1, 1) };
            let other = |id: &Option<String>| id.as_deref().and_then(|id| other_date(run, path, id));
            if let Some(other) = other(&question.after) {
                date = date.max(other.checked_add_days(Days::new(30)).unwrap());
            }
            if let Some(other) = other(&question.before) {
                date = date.min(other.checked_sub_days(Days::new(30)).unwrap());
            }
            text(&format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day()))
        }
        SingleChoice | Dropdown => text(&question.options[0].value),
        MultipleChoice => {
            let ticked = question.min_selected.unwrap_or(1).max(1) as usize;
            Answer::Choices(question.options.iter().take(ticked).map(|o| o.value.clone()).collect())
        }
        YesNo => text(yes_no),
        Country => text("SE"),
        // The id of an uploaded document, as the backend gives it.
        Document => Answer::Choices(vec!["0123456789abcdef".into()]),
        PersonalIdentityNumber => match question.accept {
            Some(IdentityNumberKind::CoordinationNumber) => text("19900161-1236"),
            _ => text("19900101-1239"),
        },
        RepeatingGroup | Heading | Paragraph => unreachable!("{:?} takes no single answer", question.kind),
    }
}

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The date answered in question `id`: in the same group entry as `path` if it is there.
fn other_date(run: &FormRun, path: &FieldPath, id: &str) -> Option<NaiveDate> {
    let in_entry = path.group.as_ref().map(|(g, i)| FieldPath::in_entry(g, *i, id));
    let answer = in_entry.and_then(|p| run.answer(&p)).or_else(|| run.answer(&FieldPath::top(id)))?;
    parse_date(answer.as_text())
}

/// Answers every shown required question on the current page, in page order (so that follow-up
/// questions opened by an answer are answered too); a repeating group gets its minimum entries.
fn fill_page(run: &mut FormRun, yes_no: &str) {
    let page = run.page().clone();
    for question in &page.questions {
        let Some(id) = question.id.as_deref() else { continue };
        let path = FieldPath::top(id);
        if !run.is_shown(&path) {
            continue;
        }
        if question.kind != QuestionKind::RepeatingGroup {
            if run.is_required(&path) {
                let answer = valid_answer(run, question, &path, yes_no);
                run.set_answer(&path, answer);
            }
            continue;
        }
        let wanted = question.min_entries.unwrap_or(u32::from(question.required)) as usize;
        while run.answers().entry_count(id) < wanted {
            run.add_entry(id);
        }
        for index in 0..run.answers().entry_count(id) {
            for child in &question.questions {
                let Some(child_id) = child.id.as_deref() else { continue };
                let child_path = FieldPath::in_entry(id, index, child_id);
                if run.is_shown(&child_path) && run.is_required(&child_path) {
                    let answer = valid_answer(run, child, &child_path, yes_no);
                    run.set_answer(&child_path, answer);
                }
            }
        }
    }
}

#[test]
fn the_example_forms_load_without_issues_and_can_be_filled_in() {
    let rows: &[(&str, &str, &[&str])] = &[
        ("work-permit.json", "yes", &["personal_details", "contact_details", "employment", "family", "spouse_or_partner", "previous_stays", "documents"]),
        ("work-permit.json", "no", &["personal_details", "contact_details", "employment", "family", "previous_stays", "documents"]),
        ("visitor-visa.json", "yes", &["personal_details", "purpose", "travel_and_accommodation", "finances", "declaration"]),
        ("visitor-visa.json", "no", &["personal_details", "purpose", "travel_and_accommodation", "finances", "declaration"]),
    ];
    let en = Locale::new("en");
    for (file, yes_no, expected_pages) in rows {
        let path = format!("{}/../../forms/{file}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
        let loaded = load_form(file, &text);
        let issues: Vec<String> = loaded.issues.iter().map(ToString::to_string).collect();
        assert!(issues.is_empty(), "{file} has issues:\n{}", issues.join("\n"));
        let form = Arc::new(loaded.usable().expect("a form without issues is usable").clone());

        let mut run = FormRun::new(form);
        let mut visited = vec![run.page().id.clone()];
        for _ in 0..=run.form().pages.len() {
            fill_page(&mut run, yes_no);
            match run.next(today()) {
                Step::Moved(_) => visited.push(run.page().id.clone()),
                Step::Finished => break,
                Step::Invalid => {
                    let errors: Vec<String> = run
                        .errors()
                        .iter()
                        .map(|e| format!("  {} ({}): {}", run.field_label(&e.field, &en), e.field.dom_id(), e.message.text(&en)))
                        .collect();
                    panic!("{file} (answering {yes_no}): page `{}` refused valid answers:\n{}", run.page().id, errors.join("\n"));
                }
            }
        }
        assert!(run.is_finished(), "{file} (answering {yes_no}) did not finish; visited {visited:?}");
        assert_eq!(&visited, expected_pages, "{file} (answering {yes_no})");
        assert_eq!(run.progress(), (expected_pages.len(), expected_pages.len()), "{file}: the last page is the last step");
    }
}

#[test]
fn conditions_are_parsed_once_when_the_form_is_read_and_never_while_it_is_filled_in() {
    use blankett_core::schema::expr::parsed_so_far;
    let path = format!("{}/../../forms/visitor-visa.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap();
    let before = parsed_so_far();
    let loaded = load_form("visitor-visa.json", &text);
    let conditions = text.matches("\"visible_if\"").count() + text.matches("\"required_if\"").count();
    assert_eq!(parsed_so_far() - before, conditions, "reading and checking parse each condition once");

    let form = Arc::new(loaded.usable().unwrap().clone());
    let read = parsed_so_far();
    let en = Locale::new("en");
    let mut run = FormRun::new(form.clone());
    for _ in 0..=form.pages.len() {
        fill_page(&mut run, "yes");
        let _ = blankett_core::run::check_all(&form, run.answers(), today());
        let _ = blankett_core::run::review::summary(&run, &en, today());
        let _ = run.submitted_answers();
        if run.next(today()) == Step::Finished {
            break;
        }
    }
    assert!(run.is_finished());
    assert_eq!(parsed_so_far(), read, "filling in the form parsed no expression");
}
