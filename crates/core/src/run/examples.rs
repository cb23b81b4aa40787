//! Example answers, for a designer's preview of a form: every shown question on a page (or on a
//! range of pages, in order, so that a condition on an earlier answer takes effect before the
//! questions it shows are met) gets a value that its type and rules accept — a real personal
//! identity number, a date inside `in_past`, `in_future`, `after`, `before` and `min_age`, an
//! option the question has, a number within `min` and `max`, a text within its lengths, the
//! entries a repeating group needs. A designer reaches page 7, or the review, in seconds.
//!
//! An answer that already meets its question's rules is kept: the designer may have typed it on
//! purpose. Documents cannot be written as answers (only an upload makes one), so they are named
//! in [`Filled::needs_file`] for the caller to attach an example file or report. No applicant
//! ever meets this module; the app does not call it, so its download does not carry it.

use crate::basics::numbers::format_number;
use crate::basics::personnummer::example_number;
use crate::run::answers::{Answer, Answers, FieldPath};
use crate::run::conditions::{evaluate, Visibility};
use crate::run::validate::{parse_date, validate_page, FieldIssue};
use crate::schema::{Form, IdentityNumberKind, Question, QuestionKind};
use chrono::{Datelike, Days, Months, NaiveDate};
use std::ops::Range;

/// What filling in example answers did.
#[derive(Clone, Debug, PartialEq)]
pub struct Filled {
    pub answers: Answers,
    /// How many answers were written (kept answers and group entries not counted).
    pub written: usize,
    /// The shown document questions without a document: only an upload answers them.
    pub needs_file: Vec<FieldPath>,
    /// What still has a problem on the shown pages filled, by page: the documents above, and any
    /// question whose rules no value meets (`min` above `max`, which lint cannot always see).
    pub left: Vec<(usize, FieldIssue)>,
}

/// Answers every shown question without a valid answer on the shown pages among `pages`, in the
/// order the applicant meets them, starting from `answers`; `today` is the service's day, which
/// date rules count from.
pub fn fill(form: &Form, answers: &Answers, pages: Range<usize>, today: NaiveDate) -> Filled {
    let pages = pages.start.min(form.pages.len())..pages.end.min(form.pages.len());
    let mut filling = Filling { form, today, answers: answers.clone(), written: 0, needs_file: Vec::new() };
    for p in pages.clone() {
        if !filling.visibility().page_shown(p) {
            continue;
        }
        for question in &form.pages[p].questions {
            let Some(id) = question.id.as_deref() else { continue };
            let path = FieldPath::top(id);
            if !filling.visibility().shown(&path) {
                continue;
            }
            if question.kind != QuestionKind::RepeatingGroup {
                filling.answer(p, question, &path, None);
                continue;
            }
            // At least one entry, so that the designer sees the entry's questions; more if the
            // group asks for more, never more than it allows.
            let wanted = question.min_entries.unwrap_or(0).max(1).min(question.max_entries.unwrap_or(u32::MAX)) as usize;
            while filling.answers.entry_count(id) < wanted {
                filling.answers.add_entry(id);
            }
            for index in 0..filling.answers.entry_count(id) {
                for child in &question.questions {
                    let Some(child_id) = child.id.as_deref() else { continue };
                    let path = FieldPath::in_entry(id, index, child_id);
                    if filling.visibility().shown(&path) {
                        filling.answer(p, child, &path, Some((id, index)));
                    }
                }
            }
        }
    }
    let visibility = filling.visibility();
    let left = pages.flat_map(|p| validate_page(form, p, &filling.answers, &visibility, today).into_iter().map(move |issue| (p, issue))).collect();
    Filled { answers: filling.answers, written: filling.written, needs_file: filling.needs_file, left }
}

struct Filling<'f> {
    form: &'f Form,
    today: NaiveDate,
    answers: Answers,
    written: usize,
    needs_file: Vec<FieldPath>,
}

impl Filling<'_> {
    /// What is shown for the answers so far. Worked out again before each question, since the
    /// answer just written may show or hide the next (forms are small; this is no applicant's
    /// keystroke).
    fn visibility(&self) -> Visibility {
        evaluate(self.form, &self.answers)
    }

    /// Whether the question at `path` on page `page` has an answer its rules accept.
    fn is_answered_well(&self, page: usize, path: &FieldPath) -> bool {
        let answered = self.answers.at(path).is_some_and(|answer| !answer.is_empty());
        answered && !validate_page(self.form, page, &self.answers, &self.visibility(), self.today).iter().any(|issue| &issue.field == path)
    }

    fn answer(&mut self, page: usize, question: &Question, path: &FieldPath, entry: Option<(&str, usize)>) {
        if question.kind.is_static() || self.is_answered_well(page, path) {
            return;
        }
        if question.kind == QuestionKind::Document {
            self.needs_file.push(path.clone());
            return;
        }
        if let Some(answer) = self.example(question, entry) {
            self.answers.set(path, answer);
            self.written += 1;
        }
    }

    /// A value `question` accepts, if there is one.
    fn example(&self, question: &Question, entry: Option<(&str, usize)>) -> Option<Answer> {
        use QuestionKind::*;
        let text = |text: &str| Some(Answer::Text(text.to_string()));
        match question.kind {
            ShortText => text_within(question, "Example").map(Answer::Text),
            LongText => text_within(question, "An example answer, written for a preview of the form.").map(Answer::Text),
            Email => text("applicant@example.com"),
            Phone => text("+46 70 123 45 67"),
            Number => number_within(question).map(Answer::Text),
            Date => self.date_within(question, entry).map(|date| Answer::Text(date_text(date))),
            SingleChoice | Dropdown => question.options.first().map(|option| Answer::Text(option.value.clone())),
            MultipleChoice => {
                let wanted = question.min_selected.unwrap_or(1).max(1).min(question.max_selected.unwrap_or(u32::MAX)) as usize;
                let ticked: Vec<String> = question.options.iter().take(wanted).map(|option| option.value.clone()).collect();
                (!ticked.is_empty()).then_some(Answer::Choices(ticked))
            }
            // "Yes" shows what a condition on it shows: the designer sees more of the form.
            YesNo => text("yes"),
            PersonalIdentityNumber => {
                let coordination = question.accept == Some(IdentityNumberKind::CoordinationNumber);
                text(&example_number(self.today.year() - 30, 1, 1, coordination))
            }
            Country => text("SE"),
            RepeatingGroup | Document | Heading | Paragraph => None,
        }
    }

    /// A date inside the question's rules: after today (`in_future`), before it (`in_past`), old
    /// enough (`min_age`), after or before another date answered (`after`, `before`). A date of
    /// birth is thirty years back; a date in the future a month ahead, a month after the date it
    /// must follow; a date in the past a year back.
    fn date_within(&self, question: &Question, entry: Option<(&str, usize)>) -> Option<NaiveDate> {
        let today = self.today;
        let years_ago = |years: u32| today.checked_sub_months(Months::new(years.saturating_mul(12)));
        let mut earliest: Option<NaiveDate> = None;
        let mut latest: Option<NaiveDate> = None;
        let mut not_before = |date: Option<NaiveDate>| earliest = earliest.max(date);
        if question.in_future {
            not_before(today.checked_add_days(Days::new(1)));
        }
        if let Some(other) = question.after.as_deref().and_then(|id| self.other_date(id, entry)) {
            not_before(other.checked_add_days(Days::new(1)));
        }
        let mut not_after = |date: Option<NaiveDate>| {
            if let Some(date) = date {
                latest = Some(latest.map_or(date, |latest| latest.min(date)));
            }
        };
        if question.in_past {
            not_after(today.checked_sub_days(Days::new(1)));
        }
        if let Some(min_age) = question.min_age {
            not_after(years_ago(min_age));
        }
        if let Some(other) = question.before.as_deref().and_then(|id| self.other_date(id, entry)) {
            not_after(other.checked_sub_days(Days::new(1)));
        }
        let preferred = if question.memorable || question.min_age.is_some() {
            years_ago(question.min_age.unwrap_or(0).max(30))
        } else {
            match (earliest, latest) {
                (Some(earliest), _) => earliest.checked_add_days(Days::new(29)),
                (None, Some(latest)) => latest.checked_sub_days(Days::new(364)),
                (None, None) => Some(today),
            }
        }?;
        let date = preferred.max(earliest.unwrap_or(preferred)).min(latest.unwrap_or(preferred));
        let inside = earliest.is_none_or(|earliest| date >= earliest) && latest.is_none_or(|latest| date <= latest);
        inside.then_some(date)
    }

    /// The date answered in question `id`, found as validation finds it: in the same entry of a
    /// repeating group if the group asks it, else at the top. A hidden one does not count.
    fn other_date(&self, id: &str, entry: Option<(&str, usize)>) -> Option<NaiveDate> {
        let path = match entry {
            Some((group, index)) if self.form.asked(Some(group), id).is_some_and(|asked| asked.group.is_some()) => FieldPath::in_entry(group, index, id),
            _ => FieldPath::top(id),
        };
        if !self.visibility().shown(&path) {
            return None;
        }
        parse_date(self.answers.at(&path)?.as_text().trim())
    }
}

/// `base`, cut to the question's `max_length` and made up with digits to its `min_length` (a
/// postal code, an organisation number); never ending in a space, which validation trims away.
fn text_within(question: &Question, base: &str) -> Option<String> {
    let min = question.min_length.unwrap_or(0) as usize;
    let max = question.max_length.map_or(usize::MAX, |max| max as usize);
    if min > max || max == 0 {
        return None;
    }
    let mut text: String = base.chars().take(max).collect::<String>().trim_end().to_string();
    for digit in (1..=9).chain([0]).cycle() {
        if text.chars().count() >= min {
            break;
        }
        text.push(char::from(b'0' + digit));
    }
    Some(text)
}

/// Ten, or the nearest number the question's `min`, `max` and `whole_number` allow.
fn number_within(question: &Question) -> Option<String> {
    let mut number = 10.0_f64;
    if let Some(min) = question.min {
        number = number.max(min);
    }
    if let Some(max) = question.max {
        number = number.min(max);
    }
    if question.whole_number {
        // Down, staying under `max`; up again only if that went under `min`.
        number = number.floor();
        if let Some(min) = question.min.filter(|min| number < *min) {
            number = min.ceil();
        }
    }
    let inside = question.min.is_none_or(|min| number >= min) && question.max.is_none_or(|max| number <= max);
    inside.then(|| format_number(number))
}

/// A date as a date field gives it: `2026-03-27`.
fn date_text(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}
