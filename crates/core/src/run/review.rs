//! The end of an application: "Check your answers", the printed application, and confirming.
//!
//! The check-answers page and the print view show the same [`summary`]: every shown question with
//! its answer, page by page, each page with the place its Change link goes to. Confirming is the
//! session's (`crate::session::confirmation`).

use crate::run::answers::{Answer, FieldPath};
use crate::messages::Ui;
use crate::run::FormRun;
use crate::schema::{Question, QuestionKind};
use crate::basics::text::Locale;
use chrono::{Datelike, NaiveDate};

/// One page of the summary.
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    /// The page's index: where its Change link goes.
    pub page: usize,
    pub title: String,
    pub rows: Vec<Row>,
}

/// One question and its answer.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// The question's label; inside a repeating group with the entry ("Family member 2: Surname").
    pub label: String,
    /// The answer, one line per shown line; empty when the question was not answered.
    pub lines: Vec<Line>,
    /// The question, for its Change button to go to.
    pub field: FieldPath,
}

/// One line of an answer. Dates, countries and documents are named by the app (from the
/// browser's own data and the list of uploaded documents); everything else is text already.
#[derive(Clone, Debug, PartialEq)]
pub enum Line {
    Text(String),
    /// An ISO date, `2026-11-21`.
    Date(String),
    /// A country code, `SE`.
    Country(String),
    /// An uploaded document's id.
    Document(String),
}

/// Every shown question of every shown page, with its answer in `locale`. `today` says which
/// century a personal identity number typed with two digits for the year is in.
pub fn summary(run: &FormRun, locale: &Locale, today: NaiveDate) -> Vec<Section> {
    let form = run.form();
    let mut sections: Vec<Section> = run.shown_pages().into_iter().map(|p| Section { page: p, title: form.pages[p].title.get(locale).to_string(), rows: Vec::new() }).collect();
    run.walk_shown(&mut |field| {
        let Some(section) = sections.iter_mut().find(|s| s.page == field.page) else { return };
        let (question, path) = (field.question, field.path);
        match (question.kind, field.entry) {
            // A group is its entries' rows; without entries, one row says there are none.
            (QuestionKind::RepeatingGroup, None) => {
                if run.answer(&path).map_or(0, |a| a.entries().len()) == 0 {
                    section.rows.push(Row { label: run.field_label(&path, locale), lines: Vec::new(), field: path });
                }
            }
            (QuestionKind::Heading | QuestionKind::Paragraph, Some(_)) => {}
            _ => section.rows.push(row(run, question, &path, locale, today)),
        }
    });
    sections
}

fn row(run: &FormRun, question: &Question, path: &FieldPath, locale: &Locale, today: NaiveDate) -> Row {
    let answer = run.answer(path).filter(|a| !a.is_empty());
    let option = |value: &str| {
        let choice = question.options.iter().find(|o| o.value == value);
        Line::Text(choice.and_then(|c| c.label.as_ref()).map_or_else(|| value.to_string(), |l| l.get(locale).to_string()))
    };
    let lines = match (answer, question.kind) {
        (None, _) => Vec::new(),
        (Some(Answer::Text(text)), QuestionKind::Date) => vec![Line::Date(text.clone())],
        (Some(Answer::Text(text)), QuestionKind::Country) => vec![Line::Country(text.clone())],
        (Some(Answer::Text(text)), QuestionKind::YesNo) => {
            vec![Line::Text(if text == "yes" { Ui::Yes } else { Ui::No }.text(locale))]
        }
        (Some(Answer::Text(text)), QuestionKind::SingleChoice | QuestionKind::Dropdown) => vec![option(text)],
        // One spelling, YYYYMMDD-NNNN, however it was typed; as typed if it is not a number.
        (Some(Answer::Text(text)), QuestionKind::PersonalIdentityNumber) => {
            let number = crate::basics::personnummer::parse_identity_number(text, (today.year(), today.month(), today.day()));
            vec![Line::Text(number.map_or_else(|_| text.clone(), |number| number.normalized))]
        }
        (Some(Answer::Choices(ids)), QuestionKind::Document) => ids.iter().map(|id| Line::Document(id.clone())).collect(),
        (Some(Answer::Choices(values)), _) => values.iter().map(|v| option(v)).collect(),
        // A long answer keeps the applicant's own lines.
        (Some(Answer::Text(text)), _) => text.lines().map(|l| Line::Text(l.to_string())).collect(),
        (Some(Answer::Entries(_)), _) => Vec::new(),
    };
    Row { label: run.field_label(path, locale), lines, field: path.clone() }
}

/// The applicant's name as the form's `applicant_name` questions give it ("Ada Lovelace"), for
/// the printed application; empty when the form names none or they are not answered.
pub fn applicant_name(run: &FormRun) -> String {
    let parts = run.form().applicant_name.iter().filter_map(|id| run.answer(&FieldPath::top(id)).map(|a| a.as_text().trim()));
    parts.filter(|p| !p.is_empty()).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::run::answers::Answers;
    use crate::schema::load::load_form;
    use crate::run::Step;
    use std::sync::Arc;

    const FORM: &str = r#"{
      "id": "review", "title": "Review", "kind": "visit", "languages": ["en"],
      "applicant_name": ["given", "surname"],
      "pages": [
        {"id": "about", "title": "About you", "questions": [
          {"id": "given", "type": "short_text", "label": "Given name", "required": true},
          {"id": "surname", "type": "short_text", "label": "Surname", "required": true},
          {"id": "born", "type": "date", "label": "Date of birth"},
          {"id": "pin", "type": "personal_identity_number", "label": "Personal identity number"},
          {"id": "country", "type": "country", "label": "Citizenship"},
          {"id": "colour", "type": "dropdown", "label": "Favourite colour", "options": [{"value": "red", "label": "Red"}, {"value": "blue", "label": "Blue"}]},
          {"id": "notes", "type": "long_text", "label": "Notes"},
          {"id": "children", "type": "yes_no", "label": "Do you have children?", "required": true}
        ]},
        {"id": "kids", "title": "Children", "visible_if": "children == \"yes\"", "questions": [
          {"id": "child", "type": "repeating_group", "label": "Children", "entry_title": "Child", "min_entries": 1, "questions": [
            {"id": "name", "type": "short_text", "label": "Name", "required": true}
          ]}
        ]},
        {"id": "files", "title": "Documents", "questions": [
          {"id": "passport", "type": "document", "label": "Passport", "max_files": 2}
        ]}
      ]
    }"#;

    fn run(answers: &str) -> FormRun {
        let form = Arc::new(load_form("review.json", FORM).form.expect("the example form loads"));
        FormRun::resume(form, serde_json::from_str::<Answers>(answers).unwrap(), 0)
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 21).unwrap()
    }

    fn text(line: &str) -> Line {
        Line::Text(line.into())
    }

    #[test]
    fn the_summary_lists_every_shown_question_with_its_answer_page_by_page() {
        let en = Locale::new("en");
        let run = run(r#"{"given": "Ada", "surname": "Lovelace", "born": "1815-12-10", "pin": "811218 9876", "country": "GB", "colour": "blue",
            "notes": "One\nTwo", "children": "yes", "child": [{"name": "Byron"}, {"name": "Anne"}], "passport": ["d1", "d2"]}"#);
        let sections = summary(&run, &en, today());
        assert_eq!(sections.iter().map(|s| (s.page, s.title.as_str())).collect::<Vec<_>>(), [(0, "About you"), (1, "Children"), (2, "Documents")]);
        let rows: Vec<(String, Vec<Line>)> = sections.into_iter().flat_map(|s| s.rows).map(|r| (r.label, r.lines)).collect();
        assert_eq!(
            rows,
            [
                ("Given name".into(), vec![text("Ada")]),
                ("Surname".into(), vec![text("Lovelace")]),
                ("Date of birth".into(), vec![Line::Date("1815-12-10".into())]),
                // Typed with a space and a two-digit year; shown as the agency writes it.
                ("Personal identity number".into(), vec![text("19811218-9876")]),
                ("Citizenship".into(), vec![Line::Country("GB".into())]),
                ("Favourite colour".into(), vec![text("Blue")]),
                ("Notes".into(), vec![text("One"), text("Two")]),
                ("Do you have children?".into(), vec![text("Yes")]),
                ("Child 1: Name".into(), vec![text("Byron")]),
                ("Child 2: Name".into(), vec![text("Anne")]),
                ("Passport".into(), vec![Line::Document("d1".into()), Line::Document("d2".into())]),
            ]
        );
        assert_eq!(applicant_name(&run), "Ada Lovelace");
    }

    #[test]
    fn hidden_pages_are_left_out_and_unanswered_questions_have_no_lines() {
        let run = run(r#"{"given": "Ada", "children": "no", "colour": ""}"#);
        let sections = summary(&run, &Locale::new("en"), today());
        assert_eq!(sections.iter().map(|s| s.page).collect::<Vec<_>>(), [0, 2], "the children page is not shown");
        let surname = &sections[0].rows[1];
        assert_eq!((surname.label.as_str(), surname.lines.len()), ("Surname", 0));
        assert_eq!(sections[1].rows[0].lines, Vec::<Line>::new(), "no documents");
        assert_eq!(applicant_name(&run), "Ada");
    }

    #[test]
    fn change_returns_to_the_review_and_confirm_first_shows_a_page_with_problems() {
        let mut run = run(r#"{"given": "Ada", "surname": "Lovelace", "children": "no"}"#);
        while run.next(today()) != Step::Finished {}
        run.change(0);
        assert_eq!((run.place(), run.is_returning()), (0, true));
        run.set_answer(&FieldPath::top("surname"), Answer::Text("King".into()));
        assert_eq!(run.next(today()), Step::Finished, "straight back to the review");
        assert_eq!(run.place(), 3);

        // A change that asks something new: the new page first, then the review.
        run.change(0);
        run.set_answer(&FieldPath::top("children"), Answer::Text("yes".into()));
        assert_eq!(run.next(today()), Step::Moved(1));
        assert_eq!(run.next(today()), Step::Invalid, "the new page is checked like any other");
        run.add_entry("child");
        run.set_answer(&FieldPath::in_entry("child", 0, "name"), Answer::Text("Byron".into()));
        assert_eq!(run.next(today()), Step::Finished, "the documents page had no problems: back to the review");

        // Confirm with a required answer missing (here: removed behind the review's back).
        run.set_answer(&FieldPath::top("given"), Answer::Text(String::new()));
        assert_eq!(run.check_before_confirming(today()), Some(0));
        assert_eq!((run.place(), run.errors().len()), (0, 1), "the page with its error");
        run.set_answer(&FieldPath::top("given"), Answer::Text("Ada".into()));
        assert_eq!(run.next(today()), Step::Finished);
        assert_eq!(run.check_before_confirming(today()), None);
    }

    #[test]
    fn the_review_is_a_place_that_is_saved_and_resumed() {
        let mut first = run(r#"{"given": "Ada", "surname": "Lovelace", "children": "no"}"#);
        while first.next(today()) != Step::Finished {}
        let saved = first.snapshot();
        assert_eq!(saved.page, 3, "the place after the last page");
        let again = FormRun::resume(Arc::new(first.form().clone()), saved.answers, saved.page);
        assert!(again.is_finished());
    }
}
