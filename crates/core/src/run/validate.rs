//! Checking the answers on one page: every shown question against its type and rules.
//!
//! Validation collects every issue on the page, in page order, so that the error summary lists
//! them in the order the applicant meets the fields.

use crate::run::answers::{Answer, Answers, FieldPath};
use crate::run::conditions::{is_required, Scope, Visibility};
use crate::run::walk;
use crate::schema::expr::parse_number;
use crate::messages::Message;
use crate::basics::personnummer::{parse_identity_number, IdentityNumberError, IdentityNumberType};
use crate::schema::{Form, IdentityNumberKind, Question, QuestionKind};
use chrono::{Datelike, NaiveDate};

#[derive(Clone, Debug, PartialEq)]
pub struct FieldIssue {
    pub field: FieldPath,
    pub message: Message,
}

pub fn validate_page(form: &Form, page: usize, answers: &Answers, visibility: &Visibility, today: NaiveDate) -> Vec<FieldIssue> {
    let mut issues = Vec::new();
    walk::shown(form, answers, visibility, page..page + 1, &mut |field| {
        let (question, path) = (field.question, field.path);
        let scope = Scope { answers, entry: field.entry, visibility, read: None };
        let required = is_required(question, field.ready, &scope);
        if question.kind == QuestionKind::RepeatingGroup && field.entry.is_none() {
            // The entries' own questions are met next; here, how many entries there are.
            let count = answers.entry_count(&path.id) as u32;
            let min = question.min_entries.unwrap_or(0).max(u32::from(required));
            if count < min {
                let entry = question.entry_title.clone().unwrap_or(crate::basics::text::Text::Plain(String::new()));
                let message = Message::TooFewEntries { min, entry };
                // Fewer than one entry because the group is required: the `required` rule's words.
                let message = match question.messages.get("required").filter(|_| question.min_entries.unwrap_or(0) < min) {
                    Some(own) => Message::Own(own.clone()),
                    None => message.in_words_of(question),
                };
                issues.push(FieldIssue { field: path.clone(), message });
            }
            if let Some(max) = question.max_entries.filter(|max| count > *max) {
                issues.push(FieldIssue { field: path, message: Message::TooManyEntries { max }.in_words_of(question) });
            }
            return;
        }
        let entry = field.entry.map(|(group, index)| (group.id.as_deref().unwrap_or_default(), index));
        // In the question's own words where its `messages` give them.
        if let Some(message) = broken_rule(form, question, answers.at(&path), required, &scope, entry, today) {
            issues.push(FieldIssue { field: path, message: message.in_words_of(question) });
        }
    });
    issues
}

/// The first problem with one answer, if any: a required answer missing, then the type's format,
/// then its rules. One message per field keeps the page readable.
fn broken_rule(
    form: &Form,
    question: &Question,
    answer: Option<&Answer>,
    required: bool,
    scope: &Scope,
    entry: Option<(&str, usize)>,
    today: NaiveDate,
) -> Option<Message> {
    use QuestionKind::*;
    let Some(answer) = answer.filter(|a| !a.is_empty()) else {
        if !required {
            return None;
        }
        return Some(match question.kind {
            SingleChoice | Dropdown | YesNo => Message::RequiredChoice,
            Country => Message::RequiredCountry,
            Document => Message::RequiredDocument,
            MultipleChoice => Message::RequiredChoices,
            Date => Message::RequiredDate,
            _ => Message::Required,
        });
    };
    let text = answer.as_text().trim();
    match question.kind {
        ShortText | LongText => {
            let length = text.chars().count();
            if let Some(max) = question.max_length.filter(|max| length > *max as usize) {
                return Some(Message::TooLong { max, actual: length });
            }
            if let Some(min) = question.min_length.filter(|min| length < *min as usize) {
                return Some(Message::TooShort { min });
            }
            None
        }
        Email => (!is_email(text)).then_some(Message::InvalidEmail),
        Phone => (!is_phone(text)).then_some(Message::InvalidPhone),
        Number => {
            if has_thousands_separator(text) {
                return Some(Message::NumberWithSeparator);
            }
            let Some(n) = parse_number(text) else { return Some(Message::NotANumber) };
            if question.whole_number && n.fract() != 0.0 {
                return Some(Message::NotAWholeNumber);
            }
            if let Some(min) = question.min.filter(|min| n < *min) {
                return Some(Message::NumberTooSmall { min });
            }
            if let Some(max) = question.max.filter(|max| n > *max) {
                return Some(Message::NumberTooLarge { max });
            }
            None
        }
        Date => {
            let Some(date) = parse_date(text) else {
                // Three parts written (day, month and year fields) but no such day.
                let whole = text.split('-').filter(|part| !part.is_empty()).count() == 3;
                return Some(if whole { Message::NotARealDate } else { Message::InvalidDate });
            };
            if question.in_past && date >= today {
                return Some(Message::DateNotInPast);
            }
            if question.in_future && date <= today {
                return Some(Message::DateNotInFuture);
            }
            if let Some(min_age) = question.min_age.filter(|min_age| age_on(date, today) < i64::from(*min_age)) {
                return Some(Message::TooYoung { min_age });
            }
            for (target, must_be_after) in [(&question.after, true), (&question.before, false)] {
                let Some(target) = target else { continue };
                let other_path = match entry {
                    Some((group, index)) if group_has(form, group, target) => FieldPath::in_entry(group, index, target),
                    _ => FieldPath::top(target),
                };
                // A hidden date is not an answer any more: the applicant cannot see or change it.
                if !scope.visibility.shown(&other_path) {
                    continue;
                }
                let Some(other) = scope.answers.at(&other_path).and_then(|a| parse_date(a.as_text().trim())) else { continue };
                let other_label = form.asked(entry.map(|(g, _)| g), target).and_then(|asked| asked.question.label.clone()).unwrap_or_else(|| crate::basics::text::Text::Plain(target.clone()));
                if must_be_after && date <= other {
                    return Some(Message::DateNotAfter { other: other_label });
                }
                if !must_be_after && date >= other {
                    return Some(Message::DateNotBefore { other: other_label });
                }
            }
            None
        }
        SingleChoice | Dropdown => (!question.options.iter().any(|o| o.value == text)).then_some(Message::UnknownOption),
        YesNo => (!matches!(text, "yes" | "no")).then_some(Message::UnknownOption),
        MultipleChoice => {
            let ticked = answer.choices();
            if ticked.iter().any(|t| !question.options.iter().any(|o| &o.value == t)) {
                return Some(Message::UnknownOption);
            }
            // Counted by option, so a value sent twice (by a stored draft or another client)
            // cannot pass for two ticks.
            let ticked: Vec<&String> = question.options.iter().map(|o| &o.value).filter(|v| ticked.contains(v)).collect();
            if let Some(min) = question.min_selected.filter(|min| (ticked.len() as u32) < *min) {
                return Some(Message::TooFewSelected { min });
            }
            if let Some(max) = question.max_selected.filter(|max| ticked.len() as u32 > *max) {
                return Some(Message::TooManySelected { max });
            }
            None
        }
        // Upper case only: the stored code is what conditions compare (`citizenship == "SE"`).
        Country => (!crate::basics::countries::is_country_code(text) || text != text.to_ascii_uppercase()).then_some(Message::UnknownCountry),
        PersonalIdentityNumber => {
            let number = match parse_identity_number(text, (today.year(), today.month(), today.day())) {
                Ok(number) => number,
                Err(IdentityNumberError::WrongFormat) => return Some(Message::IdentityNumberFormat),
                Err(IdentityNumberError::ImpossibleDate) => return Some(Message::IdentityNumberDate),
                Err(IdentityNumberError::WrongCheckDigit) => return Some(Message::IdentityNumberCheckDigit),
            };
            match (question.accept.unwrap_or(IdentityNumberKind::Both), number.kind) {
                (IdentityNumberKind::PersonalIdentityNumber, IdentityNumberType::CoordinationNumber) => Some(Message::NotAPersonalIdentityNumber),
                (IdentityNumberKind::CoordinationNumber, IdentityNumberType::PersonalIdentityNumber) => Some(Message::NotACoordinationNumber),
                _ => None,
            }
        }
        Document => {
            // Type and size are checked where the file arrives (the backend); here only the count.
            let max = question.max_files.unwrap_or(1);
            (answer.choices().len() as u32 > max).then_some(Message::TooManyFiles { max })
        }
        RepeatingGroup | Heading | Paragraph => None,
    }
}

fn group_has(form: &Form, group: &str, id: &str) -> bool {
    form.asked(Some(group), id).is_some_and(|asked| asked.group.is_some())
}

/// "35,000" could be thirty-five thousand (English) or thirty-five (Swedish decimal comma); rather
/// than guess, and silently store a thousand times less, the applicant is asked to write it
/// without separators. A comma followed by exactly three digits, or more than one comma, is taken
/// as a thousands separator. (Spaces, the Swedish thousands separator, are simply removed.)
pub fn has_thousands_separator(text: &str) -> bool {
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let commas = compact.matches(',').count();
    match compact.rsplit_once(',') {
        None => false,
        Some((_, after)) => commas > 1 || compact.as_bytes().contains(&b'.') || (after.len() == 3 && after.chars().all(|c| c.is_ascii_digit())),
    }
}

/// Dates as a date input sends them (`2026-03-27`).
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let mut parts = text.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

/// Whole years from `birth` to `today`.
pub fn age_on(birth: NaiveDate, today: NaiveDate) -> i64 {
    let mut years = i64::from(today.year() - birth.year());
    if (today.month(), today.day()) < (birth.month(), birth.day()) {
        years -= 1;
    }
    years
}

/// The email rule of the HTML standard's `<input type="email">` (a "valid email address"), so the
/// engine accepts exactly what the browser's own field accepts: no quoted local parts, no IP
/// literals, but any domain of dot-separated labels.
pub fn is_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else { return false };
    let local_ok = !local.is_empty() && local.chars().all(|c| c.is_ascii_alphanumeric() || one_of(c, ".!#$%&'*+/=?^_`{|}~-"));
    let labels_ok = domain.split('.').all(|label| {
        !label.is_empty()
            && label.len() <= 63
            && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            && !label.starts_with('-')
            && !label.ends_with('-')
    });
    // A bare host ("name@localhost") is valid HTML but never a deliverable address for a service
    // that must reach the applicant, so a dot in the domain is required.
    local_ok && labels_ok && domain.as_bytes().contains(&b'.')
}

/// A phone number as people write it: digits with spaces, dashes, dots or brackets between them,
/// and an optional leading `+`; 7 to 15 digits (E.164 allows at most 15).
pub fn is_phone(text: &str) -> bool {
    let body = text.strip_prefix('+').unwrap_or(text);
    let digits = body.chars().filter(char::is_ascii_digit).count();
    body.chars().all(|c| c.is_ascii_digit() || one_of(c, " -.()")) && (7..=15).contains(&digits)
}

/// Whether `c` is one of the ASCII characters in `set`. The same answer as `set.contains(c)`, whose
/// search for any character compiled 1.7 KB into the app's download for these few checks.
fn one_of(c: char, set: &str) -> bool {
    c.is_ascii() && set.as_bytes().contains(&(c as u8))
}

