//! The rules a schema must follow beyond its shape: unique ids, expressions that parse and name
//! real questions, every text in every declared language, options with labels, rules that fit the
//! question type, pages an applicant can reach.
//!
//! Checking collects every issue with the path of the field at fault; [`crate::schema::load`] turns each
//! path into a line and column of the file.

use crate::schema::expr::Expr;
use crate::schema::ready::{Parsed, QuestionReady};
use crate::basics::locate::{join_index, join_key};
use crate::schema::{Form, Question, QuestionKind, ERROR_RULES};
use crate::basics::text::Text;
use std::collections::{BTreeMap, BTreeSet};

/// An issue found by checking, before it is given a file position.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    pub path: String,
    pub message: String,
    /// Located at the field's name rather than its value (a key that should not be there).
    pub at_key: bool,
}

pub fn check_form(form: &Form) -> Vec<Found> {
    let mut checker = Checker { form, found: Vec::new() };
    checker.form();
    checker.found
}

/// What the checks need to know of a question wherever it is named: where it stands (its page,
/// and its place in the order questions are asked) and which values its answer can take.
struct Known {
    page: usize,
    /// Position in asking order: across the form for top-level questions, within the group for
    /// questions of a repeating group.
    order: usize,
    kind: QuestionKind,
    /// The values a choice or yes/no answer can take; `None` for free answers.
    values: Option<Vec<String>>,
}

impl Known {
    fn of(question: &Question, page: usize, order: usize) -> Known {
        let values = match question.kind {
            QuestionKind::YesNo => Some(vec!["yes".to_string(), "no".to_string()]),
            kind if kind.has_options() => Some(question.options.iter().map(|o| o.value.clone()).collect()),
            _ => None,
        };
        Known { page, order, kind: question.kind, values }
    }
}

struct Checker<'a> {
    form: &'a Form,
    found: Vec<Found>,
}

fn is_id(id: &str) -> bool {
    let mut chars = id.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_lowercase()) && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

impl<'a> Checker<'a> {
    fn issue(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.found.push(Found { path: path.into(), message: message.into(), at_key: false });
    }

    fn form(&mut self) {
        let form = self.form;
        if form.id.is_empty() || !form.id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') {
            self.issue("id", format!("the form id `{}` must be lower-case letters, digits and dashes", form.id));
        }
        if form.languages.is_empty() {
            self.issue("languages", "list at least one language, e.g. [\"sv\", \"en\"]");
        }
        let mut seen_languages = BTreeSet::new();
        for (i, code) in form.languages.iter().enumerate() {
            if !seen_languages.insert(code) {
                self.issue(join_index("languages", i), format!("the language `{code}` is listed twice"));
            }
        }
        self.text("title", Some(&form.title), true);
        self.text("description", form.description.as_ref(), false);
        self.text("declaration", form.declaration.as_ref(), false);
        if form.page_time_limit_minutes == Some(0) {
            self.issue("page_time_limit_minutes", "a page needs at least 1 minute");
        }
        // WCAG 2.2.1 (Timing Adjustable): at least 20 seconds to respond to the warning, and more
        // time at least ten times.
        if form.time_warning_seconds.is_some_and(|s| s < crate::schema::MIN_WARNING_SECONDS) {
            self.issue("time_warning_seconds", format!("warn at least {} seconds before the time ends, so that everyone has time to ask for more", crate::schema::MIN_WARNING_SECONDS));
        }
        if form.time_extensions.is_some_and(|n| n < crate::schema::MIN_EXTENSIONS) {
            self.issue("time_extensions", format!("allow more time at least {} times (WCAG 2.2.1)", crate::schema::MIN_EXTENSIONS));
        }
        if form.pages.is_empty() {
            self.issue("pages", "a form needs at least one page");
        }

        // First pass: every question id and where it stands, so that expressions anywhere can be
        // checked against questions anywhere (and against their order).
        let mut known: BTreeMap<&str, Known> = BTreeMap::new();
        // For each question (by page and index), how many questions are asked before it.
        let mut asked_before: Vec<Vec<usize>> = Vec::new();
        let mut page_ids = BTreeSet::new();
        for (p, page) in form.pages.iter().enumerate() {
            let page_path = join_index("pages", p);
            if !is_id(&page.id) {
                self.issue(join_key(&page_path, "id"), format!("the page id `{}` must start with a lower-case letter and hold only lower-case letters, digits and _", page.id));
            } else if !page_ids.insert(page.id.as_str()) {
                self.issue(join_key(&page_path, "id"), format!("another page already has the id `{}`", page.id));
            }
            asked_before.push(Vec::new());
            for (q, question) in page.questions.iter().enumerate() {
                asked_before[p].push(known.len());
                let Some(id) = &question.id else { continue };
                let path = join_key(&join_index(&join_key(&page_path, "questions"), q), "id");
                if !is_id(id) {
                    self.issue(path, format!("the id `{id}` must start with a lower-case letter and hold only lower-case letters, digits and _"));
                } else if known.contains_key(id.as_str()) {
                    self.issue(path, format!("another question already has the id `{id}`"));
                } else {
                    let order = known.len();
                    known.insert(id, Known::of(question, p, order));
                }
            }
        }

        if let Some(id) = &form.birth_date_question {
            match known.get(id.as_str()) {
                Some(k) if k.kind == QuestionKind::Date => {}
                Some(k) => self.issue("birth_date_question", format!("`{id}` is a `{}` question; name the date question that asks for the date of birth", k.kind.name())),
                None => self.issue("birth_date_question", unknown_question(id, known.keys().copied())),
            }
        }

        for (i, id) in form.applicant_name.iter().enumerate() {
            match known.get(id.as_str()) {
                Some(k) if k.kind == QuestionKind::ShortText => {}
                Some(k) => self.issue(join_index("applicant_name", i), format!("`{id}` is a `{}` question; name the `short_text` questions that hold the applicant's name", k.kind.name())),
                None => self.issue(join_index("applicant_name", i), unknown_question(id, known.keys().copied())),
            }
        }

        for (p, page) in form.pages.iter().enumerate() {
            let page_path = join_index("pages", p);
            self.text(&join_key(&page_path, "title"), Some(&page.title), true);
            if page.time_limit_minutes == Some(0) {
                self.issue(join_key(&page_path, "time_limit_minutes"), "a page needs at least 1 minute");
            }
            if page.questions.is_empty() {
                self.issue(join_key(&page_path, "questions"), "a page needs at least one question or text");
            }
            let ready = self.form.ready().pages.get(p);
            if let (Some(source), Some(ready)) = (&page.visible_if, ready) {
                self.page_condition(&join_key(&page_path, "visible_if"), source, &ready.visible, p, &known);
            }
            for (q, question) in page.questions.iter().enumerate() {
                let path = join_index(&join_key(&page_path, "questions"), q);
                let Some(ready) = self.form.ready().question(p, q) else { continue };
                self.question(&path, question, ready, p, asked_before[p][q], &known, None);
            }
        }
    }

    /// A page's condition is decided when the applicant moves to it, so it may only read answers
    /// given on earlier pages; otherwise the page could never be reached.
    fn page_condition(&mut self, path: &str, source: &str, parsed: &Parsed, page: usize, known: &BTreeMap<&str, Known>) {
        let Some(expr) = self.expression(path, source, parsed) else { return };
        if matches!(expr, Expr::Bool(false)) {
            self.issue(path, "the page can never be shown: its condition is always false");
        }
        for id in expr.questions_named() {
            match known.get(id) {
                None => self.issue(path, unknown_question(id, known.keys().copied())),
                Some(k) if k.page >= page => self.issue(
                    path,
                    format!("the page can never be reached: its condition reads `{id}`, which is asked on this page or a later one"),
                ),
                Some(_) => {}
            }
        }
    }

    /// The condition `source` as the form parsed it when it was read (see `ready.rs`).
    fn expression<'e>(&mut self, path: &str, source: &str, parsed: &'e Parsed) -> Option<&'e Expr> {
        match parsed.as_ref()? {
            Ok(expr) => Some(expr),
            Err(error) => {
                self.issue(path, format!("cannot read the expression `{source}`: {error}"));
                None
            }
        }
    }

    fn question(
        &mut self,
        path: &str,
        question: &Question,
        ready: &QuestionReady,
        page: usize,
        order: usize,
        known: &BTreeMap<&str, Known>,
        group: Option<(&BTreeMap<&str, Known>, usize)>,
    ) {
        let kind = question.kind;
        let name = kind.name();
        if kind.is_static() {
            if question.text.is_none() {
                self.issue(path, format!("a `{name}` needs a `text`"));
            }
            self.text(&join_key(path, "text"), question.text.as_ref(), true);
            for (field, present) in [("label", question.label.is_some()), ("hint", question.hint.is_some()), ("required", question.required)] {
                if present {
                    self.issue(join_key(path, field), format!("a `{name}` shows text only; `{field}` does not belong to it"));
                }
            }
        } else {
            if question.id.is_none() {
                self.issue(path, format!("a `{name}` question needs an `id`"));
            }
            if question.label.is_none() {
                self.issue(path, format!("a `{name}` question needs a `label`"));
            }
            self.text(&join_key(path, "label"), question.label.as_ref(), true);
            if question.text.is_some() {
                self.issue(join_key(path, "text"), format!("`text` is for headings and paragraphs; a `{name}` question has a `label`"));
            }
        }
        self.text(&join_key(path, "hint"), question.hint.as_ref(), false);
        self.rules_fit(path, question);
        self.own_messages(path, question);

        // Expressions inside a group may read the entry's own questions and top-level ones. Every
        // question read must be asked before this one: conditions are evaluated in asking order
        // (see conditions.rs), which also rules out cycles.
        for (field, source, parsed) in [("visible_if", &question.visible_if, &ready.visible), ("required_if", &question.required_if, &ready.required)] {
            let Some(source) = source else { continue };
            let field_path = join_key(path, field);
            let Some(expr) = self.expression(&field_path, source, parsed) else { continue };
            for id in expr.questions_named() {
                let sibling = group.and_then(|(g, _)| g.get(id).map(|k| (k, order)));
                let top = known.get(id).map(|k| (k, group.map_or(order, |(_, group_order)| group_order)));
                let Some((target, reader_order)) = sibling.or(top) else {
                    let names: Vec<&str> = known.keys().copied().chain(group.into_iter().flat_map(|(g, _)| g.keys().copied())).collect();
                    self.issue(&field_path, unknown_question(id, names.into_iter()));
                    continue;
                };
                if question.id.as_deref() == Some(id) {
                    self.issue(&field_path, format!("a question cannot depend on its own answer (`{id}`)"));
                } else if target.order >= reader_order {
                    self.issue(
                        &field_path,
                        format!("the condition reads `{id}`, which is asked after this question; a condition may only read questions asked before it"),
                    );
                }
            }
            self.values_exist(&field_path, expr, known, group.map(|(g, _)| g));
        }

        if question.required && question.required_if.is_some() {
            self.issue(join_key(path, "required_if"), "the question is already `required`; remove one of the two");
        }

        // Date references.
        for (field, target) in [("after", &question.after), ("before", &question.before)] {
            let Some(target) = target else { continue };
            if question.id.as_deref() == Some(target.as_str()) {
                self.issue(join_key(path, field), format!("`{field}` names this question itself (`{target}`); name another date question"));
                continue;
            }
            let target_kind = group.and_then(|(g, _)| g.get(target.as_str()).map(|k| k.kind)).or_else(|| known.get(target.as_str()).map(|k| k.kind));
            match target_kind {
                None => {
                    let names: Vec<&str> = known.keys().copied().chain(group.into_iter().flat_map(|(g, _)| g.keys().copied())).collect();
                    self.issue(join_key(path, field), unknown_question(target, names.into_iter()));
                }
                Some(QuestionKind::Date) => {}
                Some(other) => self.issue(join_key(path, field), format!("`{target}` is a `{}` question; `{field}` must name a date question", other.name())),
            }
        }

        if kind.has_options() {
            if question.options.is_empty() {
                // Located at `options` when it is there but empty, else at the question.
                self.issue(join_key(path, "options"), format!("a `{name}` question needs `options`"));
            }
            let mut values = BTreeSet::new();
            for (o, option) in question.options.iter().enumerate() {
                let option_path = join_index(&join_key(path, "options"), o);
                if option.value.trim().is_empty() {
                    self.issue(join_key(&option_path, "value"), "an option needs a `value`");
                } else if !values.insert(option.value.as_str()) {
                    self.issue(join_key(&option_path, "value"), format!("the value `{}` is used by another option", option.value));
                }
                match &option.label {
                    None => self.issue(&option_path, format!("the option `{}` needs a `label`", option.value)),
                    Some(label) => self.text(&join_key(&option_path, "label"), Some(label), true),
                }
            }
        }

        if kind == QuestionKind::RepeatingGroup {
            if group.is_some() {
                self.issue(path, "a repeating group cannot hold another repeating group");
                return;
            }
            if question.questions.is_empty() {
                self.issue(path, "a `repeating_group` needs `questions` to ask for each entry");
            }
            if question.entry_title.is_none() {
                self.issue(path, "a `repeating_group` needs an `entry_title`, e.g. {\"sv\": \"Barn\", \"en\": \"Child\"}");
            }
            self.text(&join_key(path, "entry_title"), question.entry_title.as_ref(), true);
            let mut inner: BTreeMap<&str, Known> = BTreeMap::new();
            for (q, child) in question.questions.iter().enumerate() {
                let Some(id) = &child.id else { continue };
                let id_path = join_key(&join_index(&join_key(path, "questions"), q), "id");
                if !is_id(id) {
                    self.issue(id_path, format!("the id `{id}` must start with a lower-case letter and hold only lower-case letters, digits and _"));
                } else if inner.insert(id, Known::of(child, page, q)).is_some() {
                    self.issue(id_path, format!("another question in this group already has the id `{id}`"));
                }
            }
            for (q, (child, ready)) in question.questions.iter().zip(&ready.questions).enumerate() {
                let child_path = join_index(&join_key(path, "questions"), q);
                self.question(&child_path, child, ready, page, q, known, Some((&inner, order)));
            }
        }
    }

    /// Every rule must belong to the question's type; a misplaced rule is most often a typo or a
    /// changed type, and would silently do nothing.
    fn rules_fit(&mut self, path: &str, q: &Question) {
        use QuestionKind::*;
        let kind = q.kind;
        let text = matches!(kind, ShortText | LongText);
        let rules: [(&str, bool, bool); 16] = [
            ("min_length", q.min_length.is_some(), text),
            ("max_length", q.max_length.is_some(), text),
            ("min", q.min.is_some(), kind == Number),
            ("max", q.max.is_some(), kind == Number),
            ("whole_number", q.whole_number, kind == Number),
            ("in_past", q.in_past, kind == Date),
            ("in_future", q.in_future, kind == Date),
            ("after", q.after.is_some(), kind == Date),
            ("before", q.before.is_some(), kind == Date),
            ("min_age", q.min_age.is_some(), kind == Date),
            ("memorable", q.memorable, kind == Date),
            ("options", !q.options.is_empty(), kind.has_options()),
            ("min_selected", q.min_selected.is_some(), kind == MultipleChoice),
            ("max_selected", q.max_selected.is_some(), kind == MultipleChoice),
            ("accept", q.accept.is_some(), kind == PersonalIdentityNumber),
            ("questions", !q.questions.is_empty(), kind == RepeatingGroup),
        ];
        for (field, present, fits) in rules {
            if present && !fits {
                self.issue(join_key(path, field), format!("`{field}` does not apply to a `{}` question", kind.name()));
            }
        }
        for (field, present) in [("min_entries", q.min_entries.is_some()), ("max_entries", q.max_entries.is_some()), ("entry_title", q.entry_title.is_some())] {
            if present && kind != RepeatingGroup {
                self.issue(join_key(path, field), format!("`{field}` does not apply to a `{}` question", kind.name()));
            }
        }
        for (field, present) in [("file_types", !q.file_types.is_empty()), ("max_file_size_kb", q.max_file_size_kb.is_some()), ("max_files", q.max_files.is_some())] {
            if present && kind != Document {
                self.issue(join_key(path, field), format!("`{field}` does not apply to a `{}` question", kind.name()));
            }
        }
        for (i, file_type) in q.file_types.iter().enumerate() {
            let (main, sub) = file_type.split_once('/').unwrap_or(("", ""));
            if main.is_empty() || sub.is_empty() || file_type.contains(char::is_whitespace) {
                self.issue(join_index(&join_key(path, "file_types"), i), format!("`{file_type}` is not a file type; write a MIME type such as `application/pdf`"));
            }
        }
        if q.max_files == Some(0) || q.max_file_size_kb == Some(0) {
            let field = if q.max_files == Some(0) { "max_files" } else { "max_file_size_kb" };
            self.issue(join_key(path, field), format!("`{field}` must be at least 1"));
        }
        if kind.is_static() && q.required_if.is_some() {
            self.issue(join_key(path, "required_if"), format!("a `{}` takes no answer and cannot be required", kind.name()));
        }
        let pairs = [
            ("max_length", q.min_length.map(f64::from), q.max_length.map(f64::from)),
            ("max", q.min, q.max),
            ("max_selected", q.min_selected.map(f64::from), q.max_selected.map(f64::from)),
            ("max_entries", q.min_entries.map(f64::from), q.max_entries.map(f64::from)),
        ];
        for (field, low, high) in pairs {
            if let (Some(low), Some(high)) = (low, high) {
                if low > high {
                    let (high, low) = (crate::basics::numbers::format_number(high), crate::basics::numbers::format_number(low));
                    self.issue(join_key(path, field), format!("`{field}` ({high}) is less than its minimum ({low})"));
                }
            }
        }
        if q.in_past && q.in_future {
            self.issue(join_key(path, "in_future"), "a date cannot be both `in_past` and `in_future`");
        }
        if q.max_length == Some(0) || q.max_entries == Some(0) {
            let field = if q.max_length == Some(0) { "max_length" } else { "max_entries" };
            self.issue(join_key(path, field), format!("`{field}` must be at least 1"));
        }
        if kind == MultipleChoice && !q.options.is_empty() {
            for (field, limit) in [("min_selected", q.min_selected), ("max_selected", q.max_selected)] {
                if let Some(limit) = limit.filter(|l| *l as usize > q.options.len()) {
                    self.issue(join_key(path, field), format!("`{field}` ({limit}) is more than the {} options", q.options.len()));
                }
            }
        }
    }

    /// A question's own message must be for a rule it has: any other would never be shown, and is
    /// most often a typo or a rule since removed.
    fn own_messages(&mut self, path: &str, q: &Question) {
        for (rule, text) in q.messages.iter() {
            let rule_path = join_key(&join_key(path, "messages"), rule);
            if !ERROR_RULES.contains(&rule.as_str()) {
                let message = format!("`{rule}` is not a rule; a message can be given for {}", ERROR_RULES.join(", "));
                self.found.push(Found { path: rule_path, message, at_key: true });
                continue;
            }
            if !q.has_rule(rule) {
                let message = match rule.as_str() {
                    "required" => "the question is not `required` (nor `required_if`), so this message is never shown".to_string(),
                    "format" => format!("a `{}` question has no format to check, so this message is never shown", q.kind.name()),
                    _ => format!("the question has no `{rule}` rule, so this message is never shown"),
                };
                self.found.push(Found { path: rule_path, message, at_key: true });
                continue;
            }
            self.text(&rule_path, Some(text), true);
        }
    }

    /// A text must not be blank (where `required`) and must exist in every declared language.
    fn text(&mut self, path: &str, text: Option<&Text>, required: bool) {
        let Some(text) = text else { return };
        if required && text.is_blank() {
            self.issue(path, "the text is empty");
            return;
        }
        let Text::Translated(map) = text else { return };
        for code in &self.form.languages {
            match map.get(code) {
                None => self.issue(path, format!("the `{code}` translation is missing")),
                Some(s) if s.trim().is_empty() => self.issue(join_key(path, code), format!("the `{code}` translation is empty")),
                Some(_) => {}
            }
        }
        for code in map.keys() {
            if !self.form.languages.contains(code) {
                self.found.push(Found {
                    path: join_key(path, code),
                    message: format!("`{code}` is not one of the form's languages ({}); add it to `languages` or remove it", self.form.languages.join(", ")),
                    at_key: true,
                });
            }
        }
    }
}

impl Checker<'_> {
    /// A value compared with a choice or yes/no answer must be one of its values; otherwise the
    /// condition silently never holds (`"ja"` for a yes/no question, a misspelt option).
    fn values_exist(&mut self, path: &str, expr: &Expr, known: &BTreeMap<&str, Known>, group: Option<&BTreeMap<&str, Known>>) {
        for (id, value) in expr.values_compared() {
            let Some(target) = group.and_then(|g| g.get(id)).or_else(|| known.get(id)) else { continue };
            let Some(values) = &target.values else { continue };
            if values.contains(&value) {
                continue;
            }
            let names: Vec<&str> = values.iter().map(String::as_str).collect();
            let message = match crate::basics::text::closest(&value, &names) {
                Some(better) => format!("`{value}` is not one of the values of `{id}`; did you mean `{better}`?"),
                None => format!("`{value}` is not one of the values of `{id}`; expected one of {}", names.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ")),
            };
            self.issue(path, message);
        }
    }
}

fn unknown_question<'n>(id: &str, names: impl Iterator<Item = &'n str>) -> String {
    let names: Vec<&str> = names.collect();
    match crate::basics::text::closest(id, &names) {
        Some(better) => format!("no question has the id `{id}`; did you mean `{better}`?"),
        None => format!("no question has the id `{id}`"),
    }
}
