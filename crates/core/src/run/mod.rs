//! Filling in a form: the current page, the answers, and the errors shown after Next.
//!
//! `FormRun` is the state machine behind the pages. The renderer reads it and sends it the
//! applicant's actions (`set_answer`, `next`, `back`, `add_entry`, `remove_entry`); every rule —
//! which page comes next, which questions are shown, what is wrong — is decided here.

pub mod answers;
pub mod changes;
pub mod conditions;
pub mod examples;
pub mod review;
pub mod validate;
pub mod walk;

use crate::run::answers::{Answer, Answers, FieldPath};
use crate::run::changes::{Changed, Changes};
use crate::run::conditions::{evaluate, is_required, shown_answers, Scope, Visibility};
use crate::messages::Ui;
use crate::schema::{Form, Page};
use crate::basics::text::Locale;
use crate::run::validate::{validate_page, FieldIssue};
use chrono::NaiveDate;
use std::sync::Arc;

#[derive(Clone, Debug, PartialEq)]
pub struct FormRun {
    form: Arc<Form>,
    answers: Answers,
    page: usize,
    errors: Vec<FieldIssue>,
    /// Counts every change of `errors`, so a view can redraw the error list only when it changes
    /// rather than compare lists on every keystroke.
    errors_version: usize,
    finished: bool,
    /// The applicant came from the review with Change: Next goes back to the review once no
    /// shown page has problems (the GOV.UK check-answers pattern).
    returning: bool,
    visibility: Visibility,
    changes: Changes,
}

/// What the applicant has filled in at one moment: the answers and the page they are on (R5).
#[derive(Clone, Debug, PartialEq)]
pub struct Snapshot {
    pub answers: Answers,
    pub page: usize,
}

/// Everything the page shows about one question, derived from the answers; the renderer keeps one
/// memo of it per question, so a keystroke updates only the question whose state changed.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldState {
    pub shown: bool,
    pub required: bool,
    pub answer: Option<Answer>,
    /// The problem shown at the question since the last Next, if any.
    pub error: Option<crate::messages::Message>,
}

/// What pressing Next did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// Moved on to this page.
    Moved(usize),
    /// Stayed: the page has errors, now in [`FormRun::errors`].
    Invalid,
    /// That was the last shown page; every page is answered.
    Finished,
}

impl FormRun {
    pub fn new(form: Arc<Form>) -> Self {
        Self::resume(form, Answers::default(), 0)
    }

    /// Continues a draft on the page where the applicant left it (R5). A page that no longer
    /// exists or is no longer shown falls back to the nearest shown page before it.
    pub fn resume(form: Arc<Form>, answers: Answers, page: usize) -> Self {
        let visibility = evaluate(&form, &answers);
        let mut run = FormRun { form, answers, page: 0, errors: Vec::new(), errors_version: 0, finished: false, returning: false, visibility, changes: Changes::default() };
        let last = run.form.pages.len().saturating_sub(1);
        run.page = (0..=page.min(last)).rev().find(|p| run.visibility.page_shown(*p)).unwrap_or(0);
        // Left on the review (the place after the last page): back to it. Confirm checks every
        // page again. A place beyond it is a page that no longer exists.
        run.finished = page == run.form.pages.len() && page > 0;
        run
    }

    /// What the backend keeps of this run: the answers and the place (R5); the review is the
    /// place after the last page.
    pub fn snapshot(&self) -> crate::run::Snapshot {
        crate::run::Snapshot { answers: self.answers.clone(), page: self.place() }
    }

    pub fn form(&self) -> &Form {
        &self.form
    }
    pub fn answers(&self) -> &Answers {
        &self.answers
    }
    pub fn page_index(&self) -> usize {
        self.page
    }
    pub fn page(&self) -> &Page {
        &self.form.pages[self.page]
    }
    pub fn is_finished(&self) -> bool {
        self.finished
    }
    pub fn errors(&self) -> &[FieldIssue] {
        &self.errors
    }
    pub fn errors_version(&self) -> usize {
        self.errors_version
    }
    /// Counts every change, for [`FormRun::changed_since`].
    pub fn version(&self) -> usize {
        self.changes.version()
    }
    /// Which questions can look different since `version`: after a keystroke, only the question
    /// typed in, unless a condition reads it.
    pub fn changed_since(&self, version: usize) -> Changed {
        self.changes.since(version)
    }
    fn set_errors(&mut self, errors: Vec<FieldIssue>) {
        if errors != self.errors {
            self.errors = errors;
            self.errors_version += 1;
        }
    }
    pub fn error_for(&self, field: &FieldPath) -> Option<&FieldIssue> {
        self.errors.iter().find(|e| &e.field == field)
    }
    pub fn answer(&self, field: &FieldPath) -> Option<&Answer> {
        self.answers.at(field)
    }
    pub fn is_shown(&self, field: &FieldPath) -> bool {
        self.visibility.page_shown(self.page_of(field)) && self.visibility.shown(field)
    }

    fn page_of(&self, field: &FieldPath) -> usize {
        let top_id = field.group.as_ref().map_or(field.id.as_str(), |(g, _)| g.as_str());
        self.form.ready().place(top_id).map_or(self.page, |(page, _)| page)
    }

    pub fn field(&self, field: &FieldPath) -> FieldState {
        FieldState {
            shown: self.is_shown(field),
            required: self.is_required(field),
            answer: self.answer(field).cloned(),
            error: self.error_for(field).map(|e| e.message.clone()),
        }
    }

    /// Brings `state`, what a view shows of `field`, up to date: whether it changed. (One
    /// function rather than code in each view that calls it.)
    #[inline(never)]
    pub fn refresh(&self, field: &FieldPath, state: &mut FieldState) -> bool {
        let now = self.field(field);
        let changed = *state != now;
        if changed {
            *state = now;
        }
        changed
    }

    pub fn is_required(&self, field: &FieldPath) -> bool {
        let Some(asked) = self.form.asked(field.group.as_ref().map(|(g, _)| g.as_str()), &field.id) else {
            return false;
        };
        let entry = asked.group.zip(field.group.as_ref().map(|(_, index)| *index));
        is_required(asked.question, asked.ready, &Scope { answers: &self.answers, entry, visibility: &self.visibility, read: None })
    }

    /// Meets every shown question in the order the applicant meets them (see [`walk::shown`]).
    pub fn walk_shown<'f>(&'f self, meet: &mut dyn FnMut(walk::Shown<'f>)) {
        walk::shown(&self.form, &self.answers, &self.visibility, 0..self.form.pages.len(), meet);
    }

    /// The indexes of the pages shown for the current answers.
    pub fn shown_pages(&self) -> Vec<usize> {
        (0..self.form.pages.len()).filter(|p| self.visibility.page_shown(*p)).collect()
    }

    /// "Step 3 of 8": the position of this page among the shown pages.
    pub fn progress(&self) -> (usize, usize) {
        let shown = self.shown_pages();
        let step = shown.iter().position(|p| *p == self.page).map_or(1, |i| i + 1);
        (step, shown.len())
    }

    /// The document title: the page title, then the form title, with "Error: " in front while
    /// errors are shown, so that a screen reader announces the problem first.
    pub fn document_title(&self, locale: &Locale) -> String {
        let prefix = if self.errors.is_empty() { String::new() } else { Ui::ErrorTitlePrefix.text(locale) };
        let page = if self.finished { Ui::CheckAnswers.text(locale) } else { self.page().title.get(locale).to_string() };
        format!("{prefix}{page} – {}", self.form.title.get(locale))
    }

    pub fn set_answer(&mut self, field: &FieldPath, answer: Answer) {
        // Digits typed on an Arabic or Persian keyboard are stored as the ASCII digits the rules
        // (and the backend) read.
        let group = field.group.as_ref().map(|(group, _)| group.as_str());
        let numeric = self.form.asked(group, &field.id).is_some_and(|asked| {
            use crate::schema::QuestionKind::*;
            matches!(asked.question.kind, Number | Date | PersonalIdentityNumber | Phone)
        });
        let answer = match answer {
            Answer::Text(typed) if numeric => Answer::Text(crate::basics::text::ascii_digits(&typed).unwrap_or(typed)),
            answer => answer,
        };
        self.answers.set(field, answer);
        // A keystroke in a question that no condition read cannot change what is shown.
        let mut everything = false;
        if self.visibility.depends_on(&field.id) {
            let visibility = evaluate(&self.form, &self.answers);
            everything = !visibility.shows_the_same_as(&self.visibility);
            self.visibility = visibility;
        }
        if everything || self.form.ready().required_reads(&field.id) {
            self.changes.everything();
        } else {
            self.changes.question(field);
            // A group's answer is its entries, which hold this one.
            if let Some((group, _)) = &field.group {
                self.changes.question(&FieldPath::top(group));
            }
        }
    }

    /// A problem found outside Next, such as a file refused as it is chosen: shown at its question
    /// and in the error summary like Next's, until the next Next or Back. `None` takes the
    /// question's problem away (the file it was about is uploaded after all). In the question's
    /// own words where its `messages` give them.
    pub fn show_error(&mut self, field: &FieldPath, message: Option<crate::messages::Message>) {
        let group = field.group.as_ref().map(|(group, _)| group.as_str());
        let question = self.form.asked(group, &field.id).map(|asked| asked.question);
        let message = message.map(|message| match question {
            Some(question) => message.in_words_of(question),
            None => message,
        });
        let mut errors = self.errors.clone();
        let at = errors.iter().position(|e| &e.field == field);
        match (at, message) {
            (Some(at), Some(message)) => errors[at].message = message,
            (Some(at), None) => {
                errors.remove(at);
            }
            (None, Some(message)) => errors.push(FieldIssue { field: field.clone(), message }),
            (None, None) => {}
        }
        self.set_errors(errors);
        self.changes.question(field);
    }

    pub fn add_entry(&mut self, group: &str) -> usize {
        let index = self.answers.add_entry(group);
        self.visibility = evaluate(&self.form, &self.answers);
        self.changes.everything();
        index
    }

    /// Removes one entry. Errors shown for that group are dropped, because the entries after it
    /// have moved up and the old messages would point at the wrong ones.
    pub fn remove_entry(&mut self, group: &str, index: usize) {
        self.answers.remove_entry(group, index);
        let kept = self.errors.iter().filter(|e| e.field.group.as_ref().is_none_or(|(g, _)| g != group)).cloned().collect();
        self.set_errors(kept);
        self.visibility = evaluate(&self.form, &self.answers);
        self.changes.everything();
    }

    /// The form's own Next button: validate this page, then move to the next shown page.
    pub fn next(&mut self, today: NaiveDate) -> Step {
        if self.finished {
            return Step::Finished;
        }
        self.changes.everything();
        self.set_errors(validate_page(&self.form, self.page, &self.answers, &self.visibility, today));
        if !self.errors.is_empty() {
            return Step::Invalid;
        }
        let next = if self.returning {
            // Back to the review, unless the change asks something new (a page now shown) or
            // left a later page with problems: then that page first.
            self.first_incomplete(today)
        } else {
            (self.page + 1..self.form.pages.len()).find(|p| self.visibility.page_shown(*p))
        };
        match next {
            Some(next) => {
                self.page = next;
                Step::Moved(next)
            }
            None => {
                self.finished = true;
                self.returning = false;
                Step::Finished
            }
        }
    }

    /// The first shown page whose answers have problems, if any.
    fn first_incomplete(&self, today: NaiveDate) -> Option<usize> {
        self.shown_pages().into_iter().find(|p| !validate_page(&self.form, *p, &self.answers, &self.visibility, today).is_empty())
    }

    /// A Change link on the review: to that page, and back to the review after its Next.
    pub fn change(&mut self, page: usize) {
        if self.visibility.page_shown(page) {
            self.changes.everything();
            self.set_errors(Vec::new());
            self.page = page;
            self.finished = false;
            self.returning = true;
        }
    }

    /// Whether the answers can be confirmed: every shown page is answered without problems. If
    /// not, the first page with problems is shown with them, and its Next returns to the review.
    /// Returns the page moved to.
    pub fn check_before_confirming(&mut self, today: NaiveDate) -> Option<usize> {
        let page = self.first_incomplete(today)?;
        self.change(page);
        self.set_errors(validate_page(&self.form, page, &self.answers, &self.visibility, today));
        Some(page)
    }

    /// Whether this page was reached with Change from the review (its Next returns there).
    pub fn is_returning(&self) -> bool {
        self.returning
    }

    /// The form's own Back button: to the previous shown page, keeping every answer and asking
    /// for nothing. Returns whether it moved.
    pub fn back(&mut self) -> bool {
        self.changes.everything();
        self.set_errors(Vec::new());
        if self.finished {
            self.finished = false;
            self.returning = false;
            return true;
        }
        match (0..self.page).rev().find(|p| self.visibility.page_shown(*p)) {
            Some(previous) => {
                self.page = previous;
                true
            }
            None => false,
        }
    }

    /// Where the applicant is, as one number for the browser's history: a page's index, or the
    /// number of pages once every page is done.
    pub fn place(&self) -> usize {
        if self.finished { self.form.pages.len() } else { self.page }
    }

    /// Moves towards `place` the way the form's own buttons would: backwards keeps every answer
    /// and asks for nothing; forwards presses Next page by page, so that no page is skipped
    /// unchecked, and stops at the first page with errors. Returns the place reached, which
    /// differs from `place` when a page had errors or `place` is no longer shown.
    pub fn travel(&mut self, place: usize, today: NaiveDate) -> usize {
        while self.place() > place && self.back() {}
        while self.place() < place && matches!(self.next(today), Step::Moved(_) | Step::Finished) {}
        self.place()
    }

    /// The answers to submit: only shown questions (hidden ones are neither validated nor sent).
    pub fn submitted_answers(&self) -> Answers {
        shown_answers(&self.form, &self.answers, &self.visibility)
    }
}

/// Every problem in the whole application, with its page: what must be put right before it can
/// be confirmed. The backend runs this too, because a browser can be tampered with.
pub fn check_all(form: &Form, answers: &Answers, today: NaiveDate) -> Vec<(usize, FieldIssue)> {
    let visibility = evaluate(form, answers);
    (0..form.pages.len()).flat_map(|p| validate_page(form, p, answers, &visibility, today).into_iter().map(move |issue| (p, issue))).collect()
}

impl FormRun {
    /// How a field is named in the error summary: its label, and inside a repeating group the
    /// entry too ("Child 2: Date of birth").
    pub fn field_label(&self, field: &FieldPath, locale: &Locale) -> String {
        let group = field.group.as_ref().and_then(|(g, i)| self.form.asked(None, g).map(|asked| (asked.question, *i)));
        let question = self.form.asked(group.map(|(g, _)| g.id.as_deref().unwrap_or_default()), &field.id).map(|asked| asked.question);
        let label = question.and_then(|q| q.label.as_ref()).map(|l| l.get(locale).to_string()).unwrap_or_else(|| field.id.clone());
        match group {
            Some((group, index)) => {
                let entry = group.entry_title.as_ref().map(|t| t.get(locale).to_string()).unwrap_or_default();
                format!("{entry} {}: {label}", index + 1)
            }
            None => label,
        }
    }
}
