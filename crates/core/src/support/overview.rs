//! A form in words, for its overview: what a designer and a case officer read to know the whole
//! form without filling it in. Each question's type, whether it must be answered, its rules, and
//! its conditions — the parsed `visible_if` and `required_if` said with the labels of the
//! questions they read and the labels of the options they compare with ("“Do you have
//! children?” is Yes"). Every word is from the pages' catalogs; the form's own texts are in the
//! language asked for, or marked where a translation is missing.

use crate::basics::numbers::format_number;
use crate::basics::text::{Locale, Text};
use crate::messages::catalog::{page_words::key as k, say_page, Arg};
use crate::messages::Ui;
use crate::schema::expr::{Comparison, Expr};
use crate::schema::ready::Parsed;
use crate::schema::{Form, FormKind, IdentityNumberKind, Question, QuestionKind};

/// One of the form's texts as the overview shows it in a language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shown {
    pub text: String,
    /// The language the text is shown in when the form has no translation into the one asked
    /// for; `None` when it has one (or the text is the same in every language).
    pub fallback: Option<String>,
}

/// `text` in `locale`'s language, or in the language [`Text::get`] falls back to, named.
pub fn shown(text: &Text, locale: &Locale) -> Shown {
    let fallback = match text {
        Text::Plain(_) => None,
        Text::Translated(map) if map.contains_key(locale.code()) => None,
        Text::Translated(map) => ["en", "sv"].into_iter().find(|code| map.contains_key(*code)).map(String::from).or_else(|| map.keys().next().cloned()),
    };
    Shown { text: text.get(locale).to_string(), fallback }
}

/// The name of a language in itself ("Svenska"), from the pages' catalogs; the code for a
/// language they do not have.
pub fn language_name(code: &str) -> String {
    let known = crate::messages::catalog::page_words::LANGUAGES.contains(&code);
    if known { say_page(&Locale::new(code), k::LANGUAGE_NAME, &[]) } else { code.to_string() }
}

/// The words of one form's overview in one language.
pub struct Words<'f> {
    form: &'f Form,
    locale: &'f Locale,
}

impl<'f> Words<'f> {
    pub fn new(form: &'f Form, locale: &'f Locale) -> Self {
        Words { form, locale }
    }

    fn say(&self, key: usize, args: &[Arg]) -> String {
        say_page(self.locale, key, args)
    }

    /// "Work permit".
    pub fn form_kind(&self) -> String {
        self.say(
            match self.form.kind {
                FormKind::WorkPermit => k::FORM_KIND_WORK_PERMIT,
                FormKind::Visit => k::FORM_KIND_VISIT,
                FormKind::Study => k::FORM_KIND_STUDY,
                FormKind::Family => k::FORM_KIND_FAMILY,
                FormKind::Citizenship => k::FORM_KIND_CITIZENSHIP,
                FormKind::Other => k::FORM_KIND_OTHER,
            },
            &[],
        )
    }

    /// How long an interrupted draft of this kind is kept (R4): "30 days after the last change,
    /// then deleted".
    pub fn retention(&self) -> String {
        let hours = self.form.kind.retention_hours();
        match hours {
            hours if hours % 24 == 0 && hours >= 72 => self.say(k::OVERVIEW_KEPT_DAYS, &[(hours / 24).into()]),
            hours => self.say(k::OVERVIEW_KEPT_HOURS, &[hours.into()]),
        }
    }

    /// The time on the pages (R2), the warning and the extensions, and what a time-out does.
    pub fn time(&self) -> [String; 2] {
        let facts = super::questions::FormFacts::of(&self.form.id, self.form);
        let seconds = crate::timing::warning_lead(self.form) / 1000;
        [facts.time_on_pages().text(self.locale), self.say(k::OVERVIEW_WARNING, &[seconds.into()])]
    }

    /// "30 minutes on this page."
    pub fn page_time(&self, page: usize) -> String {
        self.say(k::OVERVIEW_PAGE_TIME, &[(crate::timing::page_limit(self.form, page) / 60_000).into()])
    }

    /// When page `page` is shown, if a condition decides it.
    pub fn page_shown_when(&self, page: usize) -> Option<String> {
        let condition = self.parsed(&self.form.ready().pages.get(page)?.visible, None)?;
        Some(self.say(k::OVERVIEW_PAGE_SHOWN_WHEN, &[(&condition).into()]))
    }

    /// A condition as parsed when the form was read, in words; `None` where there is none.
    /// (A form with a condition that cannot be read is not offered, so that never shows.)
    pub fn parsed(&self, parsed: &Parsed, group: Option<&Question>) -> Option<String> {
        parsed.as_ref()?.as_ref().ok().map(|expr| self.condition(expr, group))
    }

    /// What the applicant gives as an answer: "Short text", "One option (radio buttons)".
    pub fn kind(&self, kind: QuestionKind) -> String {
        use QuestionKind::*;
        self.say(
            match kind {
                ShortText => k::TYPE_SHORT_TEXT,
                LongText => k::TYPE_LONG_TEXT,
                Email => k::TYPE_EMAIL,
                Phone => k::TYPE_PHONE,
                Number => k::TYPE_NUMBER,
                Date => k::TYPE_DATE,
                SingleChoice => k::TYPE_SINGLE_CHOICE,
                Dropdown => k::TYPE_DROPDOWN,
                MultipleChoice => k::TYPE_MULTIPLE_CHOICE,
                YesNo => k::TYPE_YES_NO,
                PersonalIdentityNumber => k::TYPE_IDENTITY_NUMBER,
                Country => k::TYPE_COUNTRY,
                RepeatingGroup => k::TYPE_REPEATING_GROUP,
                Document => k::TYPE_DOCUMENT,
                Heading => k::TYPE_HEADING,
                Paragraph => k::TYPE_PARAGRAPH,
            },
            &[],
        )
    }

    /// "Required", "Optional" or "Required when …", with `required_if` (parsed as `required`)
    /// in words; nothing for a heading or a paragraph. A group that needs an entry is required,
    /// as the page shows it.
    pub fn required(&self, question: &Question, required: &Parsed, group: Option<&Question>) -> Option<String> {
        if question.kind.is_static() {
            return None;
        }
        if question.required || question.min_entries.is_some_and(|min| min > 0) {
            return Some(self.say(k::OVERVIEW_REQUIRED_YES, &[]));
        }
        Some(match self.parsed(required, group) {
            Some(condition) => self.say(k::OVERVIEW_REQUIRED_WHEN, &[(&condition).into()]),
            None => self.say(k::OVERVIEW_OPTIONAL, &[]),
        })
    }

    /// Each of the question's rules, in plain words, in the order the file lists them.
    pub fn rules(&self, question: &Question, group: Option<&Question>) -> Vec<String> {
        let mut rules = Vec::new();
        let mut rule = |key: usize, args: &[Arg]| rules.push(self.say(key, args));
        let number = |n: f64| format_number(n);
        if let Some(min) = question.min_length {
            rule(k::RULE_MIN_LENGTH, &[min.into()]);
        }
        if let Some(max) = question.max_length {
            rule(k::RULE_MAX_LENGTH, &[max.into()]);
        }
        if question.whole_number {
            rule(k::RULE_WHOLE_NUMBER, &[]);
        }
        if let Some(min) = question.min {
            rule(k::RULE_MIN, &[(&number(min)).into()]);
        }
        if let Some(max) = question.max {
            rule(k::RULE_MAX, &[(&number(max)).into()]);
        }
        if question.in_past {
            rule(k::RULE_IN_PAST, &[]);
        }
        if question.in_future {
            rule(k::RULE_IN_FUTURE, &[]);
        }
        if let Some(other) = &question.after {
            rule(k::RULE_AFTER, &[(&self.question_named(other, group)).into()]);
        }
        if let Some(other) = &question.before {
            rule(k::RULE_BEFORE, &[(&self.question_named(other, group)).into()]);
        }
        if let Some(years) = question.min_age {
            rule(k::RULE_MIN_AGE, &[years.into()]);
        }
        if question.memorable {
            rule(k::RULE_MEMORABLE, &[]);
        }
        if let Some(min) = question.min_selected {
            rule(k::RULE_MIN_SELECTED, &[min.into()]);
        }
        if let Some(max) = question.max_selected {
            rule(k::RULE_MAX_SELECTED, &[max.into()]);
        }
        if question.kind == QuestionKind::PersonalIdentityNumber {
            rule(
                match question.accept.unwrap_or(IdentityNumberKind::Both) {
                    IdentityNumberKind::PersonalIdentityNumber => k::RULE_ACCEPT_PERSONAL,
                    IdentityNumberKind::CoordinationNumber => k::RULE_ACCEPT_COORDINATION,
                    IdentityNumberKind::Both => k::RULE_ACCEPT_BOTH,
                },
                &[],
            );
        }
        if let Some(min) = question.min_entries {
            rule(k::RULE_MIN_ENTRIES, &[min.into()]);
        }
        if let Some(max) = question.max_entries {
            rule(k::RULE_MAX_ENTRIES, &[max.into()]);
        }
        if question.kind == QuestionKind::Document {
            // The limits every document question has, the defaults written out.
            let limits = question.document_limits();
            rule(k::RULE_FILE_TYPES, &[(&limits.file_types.join(", ")).into()]);
            rule(k::RULE_FILE_SIZE, &[(limits.max_bytes / 1024).into()]);
            rule(k::RULE_MAX_FILES, &[limits.max_files.into()]);
        }
        rules
    }

    /// A condition in words. `group` is the repeating group the condition is asked in, whose
    /// own questions it may read.
    pub fn condition(&self, expr: &Expr, group: Option<&Question>) -> String {
        match expr {
            Expr::Bool(true) => self.say(k::COND_ALWAYS, &[]),
            Expr::Bool(false) => self.say(k::COND_NEVER, &[]),
            Expr::Answered(id) => self.say(k::COND_ANSWERED, &[(&self.question_named(id, group)).into()]),
            Expr::Compare(op, a, b) => self.comparison(*op, a, b, group),
            Expr::In(item, set) => self.membership(item, set, false, group),
            Expr::Not(inner) => match &**inner {
                Expr::Answered(id) => self.say(k::COND_NOT_ANSWERED, &[(&self.question_named(id, group)).into()]),
                // Only these two turn round exactly: a missing answer makes `<` and `>=` both
                // false, so "not <" is not ">=".
                Expr::Compare(Comparison::Equal, a, b) => self.comparison(Comparison::NotEqual, a, b, group),
                Expr::Compare(Comparison::NotEqual, a, b) => self.comparison(Comparison::Equal, a, b, group),
                Expr::In(item, set) => self.membership(item, set, true, group),
                other => self.say(k::COND_NOT, &[(&self.part(other, None, group)).into()]),
            },
            Expr::And(..) => self.chain(expr, k::COND_AND, group),
            Expr::Or(..) => self.chain(expr, k::COND_OR, group),
            // Not a condition: the checker refuses these where a condition goes.
            Expr::Answer(_) | Expr::Text(_) | Expr::Number(_) | Expr::List(_) => self.value(expr, None, group),
        }
    }

    /// `a and b and c` (or `or`), each part in parentheses if it joins its own parts the other
    /// way, so that "A and (B or C)" keeps its meaning.
    fn chain(&self, expr: &Expr, key: usize, group: Option<&Question>) -> String {
        let mut parts = Vec::new();
        flatten(expr, key == k::COND_AND, &mut parts);
        let mut words = parts.iter().map(|part| self.part(part, Some(key), group));
        let first = words.next().unwrap_or_default();
        words.fold(first, |so_far, next| self.say(key, &[(&so_far).into(), (&next).into()]))
    }

    /// A condition inside another, in parentheses where it joins with `and` or `or` and the one
    /// around does not join the same way.
    fn part(&self, expr: &Expr, around: Option<usize>, group: Option<&Question>) -> String {
        let words = self.condition(expr, group);
        let joins = match expr {
            Expr::And(..) => Some(k::COND_AND),
            Expr::Or(..) => Some(k::COND_OR),
            _ => None,
        };
        if joins.is_some() && joins != around { format!("({words})") } else { words }
    }

    fn comparison(&self, op: Comparison, a: &Expr, b: &Expr, group: Option<&Question>) -> String {
        // The question first: `18 <= age` is said as "age is 18 or more".
        let (op, a, b) = match (a, b) {
            (Expr::Answer(_), _) => (op, a, b),
            (_, Expr::Answer(_)) => (flipped(op), b, a),
            _ => (op, a, b),
        };
        let question = match a {
            Expr::Answer(id) => self.asked(id, group),
            _ => None,
        };
        let is_date = question.is_some_and(|q| q.kind == QuestionKind::Date);
        let key = match (op, is_date) {
            (Comparison::Equal, _) => k::COND_IS,
            (Comparison::NotEqual, _) => k::COND_IS_NOT,
            (Comparison::Greater, false) => k::COND_MORE,
            (Comparison::GreaterOrEqual, false) => k::COND_AT_LEAST,
            (Comparison::Less, false) => k::COND_LESS,
            (Comparison::LessOrEqual, false) => k::COND_AT_MOST,
            (Comparison::Greater, true) => k::COND_AFTER,
            (Comparison::GreaterOrEqual, true) => k::COND_ON_OR_AFTER,
            (Comparison::Less, true) => k::COND_BEFORE,
            (Comparison::LessOrEqual, true) => k::COND_ON_OR_BEFORE,
        };
        let (subject, value) = (self.value(a, None, group), self.value(b, question, group));
        self.say(key, &[(&subject).into(), (&value).into()])
    }

    /// `x in [...]`: "is “A” or “B”", or for ticked options "includes “A” or “B”"; `"a" in x`:
    /// "includes “A”". Turned round: "is neither … nor …".
    fn membership(&self, item: &Expr, set: &Expr, negated: bool, group: Option<&Question>) -> String {
        let (subject, values) = match (item, set) {
            (Expr::Answer(_), Expr::List(values)) => (item, values.iter().collect::<Vec<_>>()),
            (_, Expr::Answer(_)) => (set, vec![item]),
            _ => (item, vec![set]),
        };
        let question = match subject {
            Expr::Answer(id) => self.asked(id, group),
            _ => None,
        };
        let ticks = question.is_some_and(|q| q.kind == QuestionKind::MultipleChoice);
        let join = if negated { k::VALUES_NOR } else { k::VALUES_OR };
        let mut words = values.iter().map(|value| self.value(value, question, group));
        let first = words.next().unwrap_or_default();
        let values = words.fold(first, |so_far, next| self.say(join, &[(&so_far).into(), (&next).into()]));
        let key = match (ticks, negated) {
            (false, false) => k::COND_IS,
            (true, false) => k::COND_INCLUDES,
            (false, true) => k::COND_IS_NEITHER,
            (true, true) => k::COND_INCLUDES_NEITHER,
        };
        self.say(key, &[(&self.value(subject, None, group)).into(), (&values).into()])
    }

    /// A side of a comparison in words: a question by its label in quotes; a value compared with
    /// `question`'s answer as the applicant chose it (Yes, an option's label in quotes); a
    /// number or a date as written.
    fn value(&self, expr: &Expr, question: Option<&Question>, group: Option<&Question>) -> String {
        match expr {
            Expr::Answer(id) if question.is_some() => self.say(k::COND_ANSWER_TO, &[(&self.question_named(id, group)).into()]),
            Expr::Answer(id) => self.question_named(id, group),
            Expr::Number(n) => format_number(*n),
            Expr::Text(text) => match question.map(|q| q.kind) {
                Some(QuestionKind::YesNo) if text == "yes" => Ui::Yes.text(self.locale),
                Some(QuestionKind::YesNo) if text == "no" => Ui::No.text(self.locale),
                Some(QuestionKind::Date | QuestionKind::Number | QuestionKind::Country) => text.clone(),
                Some(kind) if kind.has_options() => {
                    let option = question.and_then(|q| q.options.iter().find(|option| option.value == *text));
                    let label = option.and_then(|option| option.label.as_ref()).map_or_else(|| text.clone(), |label| label.get(self.locale).to_string());
                    self.quoted(&label)
                }
                _ => self.quoted(text),
            },
            Expr::Bool(value) => value.to_string(),
            Expr::List(items) => items.iter().map(|item| self.value(item, question, group)).collect::<Vec<_>>().join(", "),
            condition => self.condition(condition, group),
        }
    }

    fn quoted(&self, text: &str) -> String {
        self.say(k::QUOTED, &[text.into()])
    }

    /// The question `id` as a condition or a rule reads it: in the same entry of `group` if the
    /// group asks it, else at the top of the form.
    fn asked(&self, id: &str, group: Option<&Question>) -> Option<&'f Question> {
        let group_id = group.and_then(|g| g.id.as_deref());
        self.form.asked(group_id, id).map(|asked| asked.question)
    }

    /// A question by its label, in quotes (by its id if it has no label).
    pub fn question_named(&self, id: &str, group: Option<&Question>) -> String {
        let label = self.asked(id, group).and_then(|q| q.label.as_ref()).map_or_else(|| id.to_string(), |label| label.get(self.locale).to_string());
        self.quoted(&label)
    }
}

/// The parts of a chain of `and`s (or of `or`s), left to right.
fn flatten<'e>(expr: &'e Expr, and: bool, parts: &mut Vec<&'e Expr>) {
    match expr {
        Expr::And(a, b) if and => {
            flatten(a, and, parts);
            flatten(b, and, parts);
        }
        Expr::Or(a, b) if !and => {
            flatten(a, and, parts);
            flatten(b, and, parts);
        }
        other => parts.push(other),
    }
}

/// The same comparison with its sides swapped: `18 <= age` is `age >= 18`.
fn flipped(op: Comparison) -> Comparison {
    match op {
        Comparison::Less => Comparison::Greater,
        Comparison::LessOrEqual => Comparison::GreaterOrEqual,
        Comparison::Greater => Comparison::Less,
        Comparison::GreaterOrEqual => Comparison::LessOrEqual,
        same => same,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::load::load_form;

    fn form(json: &str) -> Form {
        let loaded = load_form("t.json", json);
        assert!(loaded.issues.is_empty(), "{:#?}", loaded.issues);
        loaded.usable().unwrap().clone()
    }

    /// The condition of the question `id` (its `visible_if`), in words in `code`.
    fn said(form: &Form, source: &str, code: &str) -> String {
        let locale = Locale::new(code);
        Words::new(form, &locale).condition(&Expr::parse(source).unwrap(), None)
    }

    fn sample() -> Form {
        form(
            r#"{"id": "t", "title": "T", "kind": "family", "pages": [{"id": "p", "title": "P", "questions": [
            {"id": "has_children", "type": "yes_no", "label": {"sv": "Har du barn?", "en": "Do you have children?"}},
            {"id": "purpose", "type": "single_choice", "label": {"sv": "Syfte", "en": "Purpose"}, "options": [
                {"value": "family", "label": {"sv": "Familj", "en": "Family"}}, {"value": "work", "label": {"sv": "Arbete", "en": "Work"}},
                {"value": "study", "label": {"sv": "Studier", "en": "Studies"}}]},
            {"id": "langs", "type": "multiple_choice", "label": {"sv": "Språk", "en": "Languages"}, "options": [
                {"value": "sv", "label": {"sv": "Svenska", "en": "Swedish"}}, {"value": "ar", "label": {"sv": "Arabiska", "en": "Arabic"}}]},
            {"id": "age", "type": "number", "label": {"sv": "Ålder", "en": "Age"}},
            {"id": "arrival", "type": "date", "label": {"sv": "Ankomst", "en": "Arrival"}},
            {"id": "name", "type": "short_text", "label": {"sv": "Namn", "en": "Name"}}
            ]}]}"#,
        )
    }

    #[test]
    fn conditions_are_said_with_the_labels_of_questions_and_options() {
        let form = sample();
        let cases = [
            (r#"has_children == "yes""#, "“Do you have children?” is Yes", "”Har du barn?” är Ja"),
            (r#"has_children != "yes""#, "“Do you have children?” is not Yes", "”Har du barn?” är inte Ja"),
            (r#"not (has_children == "no")"#, "“Do you have children?” is not No", "”Har du barn?” är inte Nej"),
            (r#"purpose == "family""#, "“Purpose” is “Family”", "”Syfte” är ”Familj”"),
            (r#"purpose in ["family", "work"]"#, "“Purpose” is “Family” or “Work”", "”Syfte” är ”Familj” eller ”Arbete”"),
            (r#"not (purpose in ["family", "work"])"#, "“Purpose” is neither “Family” nor “Work”", "”Syfte” är varken ”Familj” eller ”Arbete”"),
            (r#""ar" in langs"#, "“Languages” includes “Arabic”", "”Språk” innehåller ”Arabiska”"),
            (r#"langs in ["sv", "ar"]"#, "“Languages” includes “Swedish” or “Arabic”", "”Språk” innehåller ”Svenska” eller ”Arabiska”"),
            ("age >= 18", "“Age” is 18 or more", "”Ålder” är 18 eller mer"),
            ("18 < age", "“Age” is more than 18", "”Ålder” är mer än 18"),
            (r#"arrival > "2026-12-31""#, "“Arrival” is after 2026-12-31", "”Ankomst” är efter 2026-12-31"),
            ("answered(name)", "“Name” is answered", "”Namn” är besvarad"),
            ("not answered(name)", "“Name” is not answered", "”Namn” är inte besvarad"),
            (r#"name == "Bo""#, "“Name” is “Bo”", "”Namn” är ”Bo”"),
            ("not (age > 3)", "it is not so that “Age” is more than 3", "det inte gäller att ”Ålder” är mer än 3"),
            (
                r#"has_children == "yes" and (age >= 18 or answered(name))"#,
                "“Do you have children?” is Yes and (“Age” is 18 or more or “Name” is answered)",
                "”Har du barn?” är Ja och (”Ålder” är 18 eller mer eller ”Namn” är besvarad)",
            ),
            (r#"answered(name) and answered(age) and answered(arrival)"#, "“Name” is answered and “Age” is answered and “Arrival” is answered", "”Namn” är besvarad och ”Ålder” är besvarad och ”Ankomst” är besvarad"),
            ("true", "always", "alltid"),
        ];
        for (source, english, swedish) in cases {
            assert_eq!(said(&form, source, "en"), english, "{source}");
            assert_eq!(said(&form, source, "sv"), swedish, "{source}");
        }
    }

    #[test]
    fn a_condition_in_a_group_reads_the_entry_first() {
        let form = form(
            r#"{"id": "t", "title": "T", "kind": "family", "languages": ["en"], "pages": [{"id": "p", "title": "P", "questions": [
            {"id": "name", "type": "short_text", "label": "Your name"},
            {"id": "children", "type": "repeating_group", "label": "Children", "entry_title": "Child", "questions": [
                {"id": "name", "type": "short_text", "label": "Child's name"},
                {"id": "nickname", "type": "short_text", "label": "Nickname", "visible_if": "answered(name)"}]}]}]}"#,
        );
        let locale = Locale::new("en");
        let words = Words::new(&form, &locale);
        let group = &form.pages[0].questions[1];
        let child = &form.ready().pages[0].questions[1].questions[1];
        assert_eq!(words.parsed(&child.visible, Some(group)).unwrap(), "“Child's name” is answered");
    }

    #[test]
    fn rules_and_requirements_in_words() {
        let form = form(
            r#"{"id": "t", "title": "T", "kind": "work-permit", "languages": ["en"], "pages": [{"id": "p", "title": "P", "time_limit_minutes": 45, "questions": [
            {"id": "start", "type": "date", "label": "Start", "required": true, "in_future": true},
            {"id": "end", "type": "date", "label": "End", "after": "start", "required_if": "answered(start)"},
            {"id": "hours", "type": "number", "label": "Hours", "min": 1, "max": 37.5, "whole_number": true},
            {"id": "id", "type": "personal_identity_number", "label": "Number", "accept": "coordination_number"},
            {"id": "copy", "type": "document", "label": "Copy"}]}]}"#,
        );
        let locale = Locale::new("en");
        let words = Words::new(&form, &locale);
        let [start, end, hours, number, copy] = [0, 1, 2, 3, 4].map(|i| &form.pages[0].questions[i]);
        assert_eq!(words.rules(start, None), ["After today"]);
        assert_eq!(words.rules(end, None), ["After the date in “Start”"]);
        assert_eq!(words.rules(hours, None), ["Whole numbers only", "At least 1", "At most 37.5"]);
        assert_eq!(words.rules(number, None), ["Coordination numbers only"]);
        assert_eq!(words.rules(copy, None), ["Files of the types application/pdf, image/jpeg, image/png", "At most 10240 KB a file", "At most 1 file"]);
        let ready = &form.ready().pages[0].questions;
        assert_eq!(words.required(start, &ready[0].required, None).unwrap(), "Required");
        assert_eq!(words.required(end, &ready[1].required, None).unwrap(), "Required when “Start” is answered");
        assert_eq!(words.required(hours, &ready[2].required, None).unwrap(), "Optional");
        assert_eq!(words.kind(QuestionKind::SingleChoice), "One option (radio buttons)");
        assert_eq!(words.retention(), "30 days after the last change, then deleted");
        assert_eq!(words.page_time(0), "45 minutes on this page.");
        assert_eq!(words.form_kind(), "Work permit");
    }

    #[test]
    fn a_missing_translation_is_shown_in_another_language_and_named() {
        let text: Text = serde_json::from_str(r#"{"sv": "Namn", "en": "Name"}"#).unwrap();
        assert_eq!(shown(&text, &Locale::new("sv")), Shown { text: "Namn".into(), fallback: None });
        assert_eq!(shown(&text, &Locale::new("ar")), Shown { text: "Name".into(), fallback: Some("en".into()) });
        let swedish: Text = serde_json::from_str(r#"{"sv": "Namn"}"#).unwrap();
        assert_eq!(shown(&swedish, &Locale::new("en")), Shown { text: "Namn".into(), fallback: Some("sv".into()) });
        assert_eq!(shown(&Text::Plain("X".into()), &Locale::new("ar")).fallback, None);
        assert_eq!(language_name("sv"), "Svenska");
        assert_eq!(language_name("de"), "de");
    }
}
