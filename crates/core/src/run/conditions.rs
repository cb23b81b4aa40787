//! Which pages and questions are shown for the answers given so far.
//!
//! Conditions are evaluated once, in form order. The schema check guarantees that a condition only
//! reads questions asked before it, so one pass suffices and there can be no cycles; and a
//! question that is hidden reads as unanswered to every later condition, so an answer left behind
//! on a question the applicant can no longer see never decides anything.

use crate::basics::map::Map;
use std::cell::RefCell;
use crate::run::answers::{Answer, Answers, FieldPath};
use crate::schema::expr::{self, Value};
use crate::schema::ready::{holds, QuestionReady};
use crate::schema::{Form, Question, QuestionKind};

/// Hidden pages and questions. A top-level question is looked up by its id in a sorted list; the
/// questions of group entries, which few forms hide, in a plain one. (Every set type compiled into
/// the app adds to its download.)
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Visibility {
    hidden_pages: Vec<usize>,
    hidden: Map<()>,
    hidden_in_entries: Vec<FieldPath>,
    /// The ids of the questions whose answers the conditions read when this was worked out. An
    /// answer to any other question cannot change it: the conditions would read the same values
    /// again and come to the same results.
    read: Map<()>,
}

impl Visibility {
    pub fn page_shown(&self, page: usize) -> bool {
        !self.hidden_pages.contains(&page)
    }
    pub fn shown(&self, field: &FieldPath) -> bool {
        match field.group {
            None => !self.hidden.contains_key(&field.id),
            Some(_) => !self.hidden_in_entries.contains(field),
        }
    }
    /// Whether both hide the same pages and questions (whatever their conditions read).
    pub fn shows_the_same_as(&self, other: &Visibility) -> bool {
        self.hidden_pages == other.hidden_pages && self.hidden == other.hidden && self.hidden_in_entries == other.hidden_in_entries
    }
    /// Whether a new answer to the question `id` (top-level or in an entry) can change what is
    /// shown, so that the conditions must be evaluated again.
    pub fn depends_on(&self, id: &str) -> bool {
        self.read.contains_key(id)
    }
    fn hide(&mut self, field: FieldPath) {
        match field.group {
            None => drop(self.hidden.insert(field.id, ())),
            Some(_) => self.hidden_in_entries.push(field),
        }
    }
}

/// What a condition sees: the top-level answers and, inside a group entry, that entry's answers.
pub struct Scope<'a> {
    pub answers: &'a Answers,
    pub entry: Option<(&'a Question, usize)>,
    pub visibility: &'a Visibility,
    /// Where [`evaluate`] notes each question a condition reads; `None` for the other conditions.
    pub read: Option<&'a RefCell<Map<()>>>,
}

impl expr::Answers for Scope<'_> {
    fn value(&self, id: &str) -> Value {
        if let Some(read) = self.read {
            read.borrow_mut().insert(id.to_string(), ());
        }
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

/// Which pages and questions are hidden for `answers`, in one pass in form order, with the
/// conditions the form parsed when it was read (see [`crate::schema::ready`]).
pub fn evaluate(form: &Form, answers: &Answers) -> Visibility {
    #[cfg(not(target_arch = "wasm32"))]
    EVALUATED.with(|n| n.set(n.get() + 1));
    let mut visibility = Visibility::default();
    let noted = RefCell::new(Map::new());
    let read = Some(&noted);
    for (p, (page, ready)) in form.pages.iter().zip(&form.ready().pages).enumerate() {
        let page_shown = holds(&ready.visible, &Scope { answers, entry: None, visibility: &visibility, read }) != Some(false);
        if !page_shown {
            visibility.hidden_pages.push(p);
        }
        for (question, ready) in page.questions.iter().zip(&ready.questions) {
            let Some(id) = question.id.as_deref() else { continue };
            let shown = page_shown && holds(&ready.visible, &Scope { answers, entry: None, visibility: &visibility, read }) != Some(false);
            if !shown {
                visibility.hide(FieldPath::top(id));
            }
            if question.kind == QuestionKind::RepeatingGroup {
                for index in 0..answers.entry_count(id) {
                    for (child, ready) in question.questions.iter().zip(&ready.questions) {
                        let Some(child_id) = child.id.as_deref() else { continue };
                        let scope = Scope { answers, entry: Some((question, index)), visibility: &visibility, read };
                        if !(shown && holds(&ready.visible, &scope) != Some(false)) {
                            visibility.hide(FieldPath::in_entry(id, index, child_id));
                        }
                    }
                }
            }
        }
    }
    visibility.read = noted.into_inner();
    visibility
}

// How many times the conditions were evaluated, so that a test can see a keystroke that cannot
// change what is shown evaluate nothing. Counted natively only, where the tests run.
#[cfg(not(target_arch = "wasm32"))]
thread_local! {
    static EVALUATED: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// How many times this thread has evaluated a form's conditions so far.
#[cfg(not(target_arch = "wasm32"))]
pub fn evaluated_so_far() -> usize {
    EVALUATED.with(std::cell::Cell::get)
}

/// Whether a shown question must be answered. A repeating group that needs at least one entry is
/// required too, so it is not labelled "(optional)". `ready` is the question's conditions.
pub fn is_required(question: &Question, ready: &QuestionReady, scope: &Scope) -> bool {
    question.required || question.min_entries.is_some_and(|min| min > 0) || holds(&ready.required, scope) == Some(true)
}

/// The answers an application submits: only those to questions that are shown.
pub fn shown_answers(form: &Form, answers: &Answers, visibility: &Visibility) -> Answers {
    let mut out = Answers::default();
    crate::run::walk::shown(form, answers, visibility, 0..form.pages.len(), &mut |field| {
        let Some(answer) = answers.at(&field.path) else { return };
        match field.entry {
            // A group's entries are filled with their shown answers as the walk meets them.
            None if field.question.kind == QuestionKind::RepeatingGroup => {
                out.0.insert(field.path.id, Answer::Entries(vec![Answers::default(); answer.entries().len()]));
            }
            None => drop(out.0.insert(field.path.id, answer.clone())),
            Some(_) => out.set(&field.path, answer.clone()),
        }
    });
    out
}
