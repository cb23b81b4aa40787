//! The one walk over what an applicant is shown. Validation, the answers submitted, the review
//! and the backend's check at Confirm all take the shown questions from here, so they cannot
//! disagree about which questions count.

use crate::run::answers::{Answers, FieldPath};
use crate::run::conditions::Visibility;
use crate::schema::ready::QuestionReady;
use crate::schema::{Form, Question, QuestionKind};
use std::ops::Range;

/// A shown question, where the walk meets it.
pub struct Shown<'f> {
    pub page: usize,
    pub question: &'f Question,
    /// Its conditions, as the form parsed them.
    pub ready: &'f QuestionReady,
    pub path: FieldPath,
    /// The repeating group and the index of the entry it is asked in, if it is.
    pub entry: Option<(&'f Question, usize)>,
}

/// Meets every shown question with an answer to give (it has an id) on the shown pages among
/// `pages`, in the order the applicant meets them: each top-level question in turn and, after a
/// repeating group, the questions of each of its entries.
pub fn shown<'f>(form: &'f Form, answers: &Answers, visibility: &Visibility, pages: Range<usize>, meet: &mut dyn FnMut(Shown<'f>)) {
    for p in pages {
        let (Some(page), Some(ready)) = (form.pages.get(p), form.ready().pages.get(p)) else { continue };
        if !visibility.page_shown(p) {
            continue;
        }
        for (question, ready) in page.questions.iter().zip(&ready.questions) {
            let Some(id) = question.id.as_deref() else { continue };
            let path = FieldPath::top(id);
            if !visibility.shown(&path) {
                continue;
            }
            meet(Shown { page: p, question, ready, path, entry: None });
            if question.kind != QuestionKind::RepeatingGroup {
                continue;
            }
            for index in 0..answers.entry_count(id) {
                for (child, ready) in question.questions.iter().zip(&ready.questions) {
                    let Some(child_id) = child.id.as_deref() else { continue };
                    let path = FieldPath::in_entry(id, index, child_id);
                    if visibility.shown(&path) {
                        meet(Shown { page: p, question: child, ready, path, entry: Some((question, index)) });
                    }
                }
            }
        }
    }
}
