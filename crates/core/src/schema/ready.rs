//! A form made ready to run, once, when it is read: every condition parsed, and every question
//! found by its id without a search. Filling in a form evaluates conditions on every keystroke;
//! with this, none of them is parsed again, and no question is looked for question by question.

use super::expr::{Expr, ExprError};
use super::{Form, Question};
use crate::basics::map::Map;
use std::sync::OnceLock;

/// A condition as written, read once: `None` where the designer wrote none.
pub type Parsed = Option<Result<Expr, ExprError>>;

/// One form's conditions in the form's own order, pages and questions by their index.
#[derive(Clone, Debug, Default)]
pub struct Ready {
    pub pages: Vec<PageReady>,
    /// Where each top-level question is asked: its page and its index on the page.
    places: Map<(usize, usize)>,
    /// The ids of the questions that some `required_if` reads: an answer to any other question
    /// cannot make a question required or optional.
    read_by_required: Map<()>,
}

#[derive(Clone, Debug, Default)]
pub struct PageReady {
    pub visible: Parsed,
    pub questions: Vec<QuestionReady>,
}

#[derive(Clone, Debug, Default)]
pub struct QuestionReady {
    pub visible: Parsed,
    pub required: Parsed,
    /// A repeating group's questions.
    pub questions: Vec<QuestionReady>,
}

fn parse(source: &Option<String>) -> Parsed {
    source.as_deref().map(Expr::parse)
}

impl QuestionReady {
    fn of(question: &Question) -> QuestionReady {
        QuestionReady { visible: parse(&question.visible_if), required: parse(&question.required_if), questions: question.questions.iter().map(QuestionReady::of).collect() }
    }
}

impl Ready {
    fn of(form: &Form) -> Ready {
        let mut places = Map::new();
        for (p, page) in form.pages.iter().enumerate() {
            for (q, question) in page.questions.iter().enumerate() {
                if let Some(id) = &question.id {
                    // A second question with an id is a schema issue (checked); the first counts.
                    if !places.contains_key(id) {
                        places.insert(id.clone(), (p, q));
                    }
                }
            }
        }
        let pages: Vec<PageReady> = form.pages.iter().map(|page| PageReady { visible: parse(&page.visible_if), questions: page.questions.iter().map(QuestionReady::of).collect() }).collect();
        let mut read_by_required = Map::new();
        let mut note = |ready: &QuestionReady| {
            if let Some(Ok(expr)) = &ready.required {
                for id in expr.questions_named() {
                    read_by_required.insert(id.to_string(), ());
                }
            }
        };
        for question in pages.iter().flat_map(|page| &page.questions) {
            note(question);
            question.questions.iter().for_each(&mut note);
        }
        Ready { pages, places, read_by_required }
    }

    /// Whether an answer to the question `id` can change whether some question is required.
    pub fn required_reads(&self, id: &str) -> bool {
        self.read_by_required.contains_key(id)
    }

    /// Where the top-level question `id` is asked: its page and its index on the page.
    pub fn place(&self, id: &str) -> Option<(usize, usize)> {
        self.places.get(id).copied()
    }

    /// The conditions of the question at index `question` of page `page`.
    pub fn question(&self, page: usize, question: usize) -> Option<&QuestionReady> {
        self.pages.get(page)?.questions.get(question)
    }
}

/// A question as [`Form::asked`] finds it.
#[derive(Clone, Copy, Debug)]
pub struct Asked<'f> {
    pub page: usize,
    pub question: &'f Question,
    pub ready: &'f QuestionReady,
    /// The repeating group it is asked in, if it is.
    pub group: Option<&'f Question>,
}

/// A condition that can be run. A checked form has only these; one that cannot be read (only in
/// a form that failed its check, which is never run) reads as false rather than crashing a page.
pub fn holds(parsed: &Parsed, answers: &dyn super::expr::Answers) -> Option<bool> {
    parsed.as_ref().map(|parsed| parsed.as_ref().is_ok_and(|expr| expr.holds(answers)))
}

/// Kept with the [`Form`], computed on first use (reading a form does it at once). Not part of
/// what a designer writes: two forms with the same fields are equal whatever their state here.
#[derive(Clone, Default)]
pub struct Prepared(OnceLock<Ready>);

impl Prepared {
    pub(super) fn get(&self, form: &Form) -> &Ready {
        self.0.get_or_init(|| Ready::of(form))
    }
}

impl PartialEq for Prepared {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl std::fmt::Debug for Prepared {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.0.get().is_some() { "Prepared(ready)" } else { "Prepared" })
    }
}
