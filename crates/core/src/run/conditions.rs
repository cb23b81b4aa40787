//! Which pages and questions are shown for the answers given so far.
//!
//! Conditions are evaluated once, in form order. The schema check guarantees that a condition only
//! reads questions asked before it, so one pass suffices and there can be no cycles; and a
//! question that is hidden reads as unanswered to every later condition, so an answer left behind
//! on a question the applicant can no longer see never decides anything.

use crate::run::answers::{Answer, Answers, FieldPath};
use crate::schema::expr::{self, Expr, Value};
use crate::schema::{Form, Question, QuestionKind};
/// Hidden pages and questions. Plain lists rather than sets: a form hides at most a few dozen
/// questions, and every set type compiled into the app adds to its download.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Visibility {
    hidden_pages: Vec<usize>,
    hidden: Vec<FieldPath>,
}

impl Visibility {
    pub fn page_shown(&self, page: usize) -> bool {
        !self.hidden_pages.contains(&page)
    }
    pub fn shown(&self, field: &FieldPath) -> bool {
        !self.hidden.contains(field)
    }
}

/// What a condition sees: the top-level answers and, inside a group entry, that entry's answers.
pub struct Scope<'a> {
    pub answers: &'a Answers,
    pub entry: Option<(&'a Question, usize)>,
    pub visibility: &'a Visibility,
}

impl expr::Answers for Scope<'_> {
    fn value(&self, id: &str) -> Value {
        if let Some((group, index)) = self.entry {
            let group_id = group.id.as_deref().unwrap_or_default();
            if group.questions.iter().any(|q| q.id.as_deref() == Some(id)) {
                let path = FieldPath::in_entry(group_id, index, id);
                if !self.visibility.shown(&path) {
                    return Value::Missing;
                }
                return to_value(self.answers.at(&path));
            }
        }
        let path = FieldPath::top(id);
        if !self.visibility.shown(&path) {
            return Value::Missing;
        }
        to_value(self.answers.at(&path))
    }
}

fn to_value(answer: Option<&Answer>) -> Value {
    match answer {
        None => Value::Missing,
        Some(Answer::Text(t)) => Value::Text(t.clone()),
        Some(Answer::Choices(c)) => Value::List(c.clone()),
        // A group takes part in conditions only through answered(group): one item per entry.
        Some(Answer::Entries(e)) => Value::List(vec![String::new(); e.len()]),
    }
}

/// Parses a condition from a checked schema. A schema that failed its check is never run, so an
/// unreadable condition here is a bug; it is treated as "hidden" rather than crashing the page.
fn condition(source: &str) -> Expr {
    Expr::parse(source).unwrap_or(Expr::Bool(false))
}

pub fn evaluate(form: &Form, answers: &Answers) -> Visibility {
    let mut visibility = Visibility::default();
    for (p, page) in form.pages.iter().enumerate() {
        let page_shown = page.visible_if.as_deref().is_none_or(|source| {
            condition(source).holds(&Scope { answers, entry: None, visibility: &visibility })
        });
        if !page_shown {
            visibility.hidden_pages.push(p);
        }
        for question in &page.questions {
            let Some(id) = question.id.as_deref() else { continue };
            let shown = page_shown
                && question.visible_if.as_deref().is_none_or(|source| {
                    condition(source).holds(&Scope { answers, entry: None, visibility: &visibility })
                });
            if !shown {
                visibility.hidden.push(FieldPath::top(id));
            }
            if question.kind == QuestionKind::RepeatingGroup {
                for index in 0..answers.entry_count(id) {
                    for child in &question.questions {
                        let Some(child_id) = child.id.as_deref() else { continue };
                        let child_shown = shown
                            && child.visible_if.as_deref().is_none_or(|source| {
                                condition(source).holds(&Scope { answers, entry: Some((question, index)), visibility: &visibility })
                            });
                        if !child_shown {
                            visibility.hidden.push(FieldPath::in_entry(id, index, child_id));
                        }
                    }
                }
            }
        }
    }
    visibility
}

/// Whether a shown question must be answered. A repeating group that needs at least one entry is
/// required too, so it is not labelled "(optional)".
pub fn is_required(question: &Question, scope: &Scope) -> bool {
    question.required
        || question.min_entries.is_some_and(|min| min > 0)
        || question.required_if.as_deref().is_some_and(|source| condition(source).holds(scope))
}

/// The answers an application submits: only those to questions that are shown.
pub fn shown_answers(form: &Form, answers: &Answers, visibility: &Visibility) -> Answers {
    let mut out = Answers::default();
    for (p, page) in form.pages.iter().enumerate() {
        if !visibility.page_shown(p) {
            continue;
        }
        for question in &page.questions {
            let Some(id) = question.id.as_deref() else { continue };
            let path = FieldPath::top(id);
            let Some(answer) = answers.at(&path).filter(|_| visibility.shown(&path)) else { continue };
            if question.kind != QuestionKind::RepeatingGroup {
                out.0.insert(id.to_string(), answer.clone());
                continue;
            }
            let entries = answer
                .entries()
                .iter()
                .enumerate()
                .map(|(index, entry)| {
                    let kept = entry.0.iter().filter(|(child, _)| visibility.shown(&FieldPath::in_entry(id, index, child)));
                    Answers(kept.map(|(k, v)| (k.clone(), v.clone())).collect())
                })
                .collect();
            out.0.insert(id.to_string(), Answer::Entries(entries));
        }
    }
    out
}
