//! Reading a schema document into the schema types: every wrong type, missing field, unknown field
//! and unknown value is collected with the position of the field at fault.
//!
//! The fields accepted here are exactly the serde fields of [`crate::schema`], from which
//! `forms/schema.json` is generated; a test reads every example with both and asserts they agree.

use crate::basics::json::{Json, Member, Value};
use crate::basics::locate::{join_index, join_key, Position};
use crate::schema::{Choice, ERROR_RULES, Form, FormKind, IdentityNumberKind, Page, Question, QuestionKind, TimeOutPolicy};
use crate::basics::text::Text;
use crate::basics::map::Map;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadIssue {
    pub at: Position,
    pub path: String,
    pub message: String,
}

#[derive(Default)]
pub struct Reader {
    pub issues: Vec<ReadIssue>,
}

const FORM_FIELDS: &[&str] =
    &["$schema", "id", "title", "kind", "languages", "page_time_limit_minutes", "time_warning_seconds",
    "time_extensions", "on_time_out", "description", "birth_date_question", "applicant_name", "declaration", "pages"];
const PAGE_FIELDS: &[&str] = &["id", "title", "visible_if", "time_limit_minutes", "questions"];
const CHOICE_FIELDS: &[&str] = &["value", "label"];
const QUESTION_FIELDS: &[&str] = &[
    "id", "type", "label", "hint", "text", "required", "required_if", "visible_if", "messages", "min_length", "max_length", "min", "max",
    "whole_number", "in_past", "in_future", "after", "before", "min_age", "memorable", "options", "min_selected", "max_selected", "accept",
    "questions", "min_entries", "max_entries", "entry_title", "file_types", "max_file_size_kb", "max_files",
];
const ACCEPT_VALUES: &[(&str, IdentityNumberKind)] = &[
    ("personal_identity_number", IdentityNumberKind::PersonalIdentityNumber),
    ("coordination_number", IdentityNumberKind::CoordinationNumber),
    ("both", IdentityNumberKind::Both),
];

/// An object's members, with the path and position of the object, for field lookups.
struct Object<'j> {
    members: &'j [Member],
    path: String,
    at: Position,
}

impl<'j> Object<'j> {
    fn get(&self, name: &str) -> Option<&'j Json> {
        self.members.iter().find(|m| m.key == name).map(|m| &m.value)
    }
    /// An optional field's value; `null` counts as absent, as it does for serde and the JSON
    /// Schema.
    fn optional(&self, name: &str) -> Option<&'j Json> {
        self.get(name).filter(|json| json.value != Value::Null)
    }
    fn path(&self, name: &str) -> String {
        join_key(&self.path, name)
    }
}

impl Reader {
    /// Records an issue, keeping the list in file order (a missing field is found after the
    /// fields inside its object): a designer fixes a file from top to bottom.
    fn issue(&mut self, at: Position, path: &str, message: String) {
        let index = self.issues.partition_point(|i| i.at <= at);
        self.issues.insert(index, ReadIssue { at, path: path.to_string(), message });
    }

    fn wrong_type(&mut self, json: &Json, path: &str, expected: &str) {
        self.issue(json.at, path, format!("expected {expected}, found {}", json.kind()));
    }

    /// An object whose fields are all among `fields`; each unknown field is an issue, with a
    /// suggestion when it is a misspelling.
    fn object<'j>(&mut self, json: &'j Json, path: &str, fields: &[&str]) -> Option<Object<'j>> {
        let Value::Object(members) = &json.value else {
            self.wrong_type(json, path, "an object");
            return None;
        };
        for (i, member) in members.iter().enumerate() {
            let member_path = join_key(path, &member.key);
            if !fields.contains(&member.key.as_str()) {
                let message = match crate::basics::text::closest(&member.key, fields) {
                    Some(better) => format!("unknown field `{}`; did you mean `{better}`?", member.key),
                    None => format!("unknown field `{}`", member.key),
                };
                self.issue(member.key_at, &member_path, message);
            } else if members[..i].iter().any(|m| m.key == member.key) {
                self.issue(member.key_at, &member_path, format!("the field `{}` is written twice", member.key));
            }
        }
        Some(Object { members, path: path.to_string(), at: json.at })
    }

    fn required<T>(&mut self, object: &Object, name: &str, value: Option<T>) -> Option<T> {
        if value.is_none() {
            match object.get(name) {
                None => self.issue(object.at, &object.path, format!("missing field `{name}`")),
                Some(json) if json.value == Value::Null => self.issue(json.at, &object.path(name), format!("`{name}` needs a value, found null")),
                Some(_) => {}
            }
        }
        value
    }

    fn string(&mut self, object: &Object, name: &str) -> Option<String> {
        let json = object.optional(name)?;
        match &json.value {
            Value::String(s) => Some(s.clone()),
            _ => {
                self.wrong_type(json, &object.path(name), "text in double quotes");
                None
            }
        }
    }

    fn boolean(&mut self, object: &Object, name: &str) -> bool {
        let Some(json) = object.get(name) else { return false };
        match json.value {
            Value::Bool(b) => b,
            _ => {
                self.wrong_type(json, &object.path(name), "true or false");
                false
            }
        }
    }

    fn number(&mut self, object: &Object, name: &str) -> Option<f64> {
        let json = object.optional(name)?;
        match json.value {
            Value::Number(n) => Some(n),
            _ => {
                self.wrong_type(json, &object.path(name), "a number");
                None
            }
        }
    }

    fn whole(&mut self, object: &Object, name: &str) -> Option<u32> {
        let json = object.optional(name)?;
        match json.value {
            Value::Number(n) if n.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(&n) => Some(n as u32),
            _ => {
                self.issue(json.at, &object.path(name), format!("expected a whole number, 0 or more, found {}", describe(json)));
                None
            }
        }
    }

    /// One of a fixed set of names, e.g. a question `type`.
    fn name<T: Copy>(&mut self, object: &Object, field: &str, names: &[(&str, T)]) -> Option<T> {
        let json = object.optional(field)?;
        let Some(given) = json.as_str() else {
            self.wrong_type(json, &object.path(field), "text in double quotes");
            return None;
        };
        if let Some((_, value)) = names.iter().find(|(n, _)| *n == given) {
            return Some(*value);
        }
        let all: Vec<&str> = names.iter().map(|(n, _)| *n).collect();
        let message = match crate::basics::text::closest(given, &all) {
            Some(better) => format!("unknown value `{given}`; did you mean `{better}`?"),
            None => format!("unknown value `{given}`; expected one of {}", all.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ")),
        };
        self.issue(json.at, &object.path(field), message);
        None
    }

    fn text(&mut self, object: &Object, name: &str) -> Option<Text> {
        let json = object.optional(name)?;
        let path = object.path(name);
        match &json.value {
            Value::String(s) => Some(Text::Plain(s.clone())),
            Value::Object(members) => {
                let mut map = Map::new();
                for member in members {
                    match member.value.as_str() {
                        Some(s) => {
                            map.insert(member.key.clone(), s.to_string());
                        }
                        None => self.wrong_type(&member.value, &join_key(&path, &member.key), "the translation as text in double quotes"),
                    }
                }
                Some(Text::Translated(map))
            }
            _ => {
                self.wrong_type(json, &path, "text: a string, or translations such as {\"sv\": \"…\", \"en\": \"…\"}");
                None
            }
        }
    }

    fn list<T>(&mut self, object: &Object, name: &str, mut item: impl FnMut(&mut Self, &Json, &str) -> Option<T>) -> Option<Vec<T>> {
        let json = object.get(name)?;
        let path = object.path(name);
        let Some(items) = json.items() else {
            self.wrong_type(json, &path, "a list in [ ]");
            return None;
        };
        Some(items.iter().enumerate().filter_map(|(i, json)| item(self, json, &join_index(&path, i))).collect())
    }
}

fn describe(json: &Json) -> String {
    match json.value {
        Value::Number(n) => crate::basics::numbers::format_number(n),
        _ => json.kind().to_string(),
    }
}

/// Reads a whole form. `None` when any issue was found (they are in `reader.issues`).
pub fn form(reader: &mut Reader, json: &Json) -> Option<Form> {
    let o = reader.object(json, "", FORM_FIELDS)?;
    let json_schema = reader.string(&o, "$schema");
    let id = reader.string(&o, "id");
    let id = reader.required(&o, "id", id);
    let title = reader.text(&o, "title");
    let title = reader.required(&o, "title", title);
    let kind = reader.name(&o, "kind", &FormKind::ALL);
    let kind = reader.required(&o, "kind", kind);
    let languages = reader.list(&o, "languages", |r, json, path| match json.as_str() {
        Some(code) => Some(code.to_string()),
        None => {
            r.wrong_type(json, path, "a language code such as \"sv\"");
            None
        }
    });
    let page_time_limit_minutes = reader.whole(&o, "page_time_limit_minutes");
    let time_warning_seconds = reader.whole(&o, "time_warning_seconds");
    let time_extensions = reader.whole(&o, "time_extensions");
    let on_time_out = reader.name(&o, "on_time_out", &TimeOutPolicy::ALL);
    let description = reader.text(&o, "description");
    let birth_date_question = reader.string(&o, "birth_date_question");
    let applicant_name = reader
        .list(&o, "applicant_name", |r, json, path| match json.as_str() {
            Some(id) => Some(id.to_string()),
            None => {
                r.wrong_type(json, path, "a question id such as \"surname\"");
                None
            }
        })
        .unwrap_or_default();
    let declaration = reader.text(&o, "declaration");
    let pages = reader.list(&o, "pages", page);
    let pages = reader.required(&o, "pages", pages);
    if !reader.issues.is_empty() {
        return None;
    }
    Some(Form {
        json_schema,
        id: id?,
        title: title?,
        kind: kind?,
        languages: languages.unwrap_or_else(|| vec!["sv".into(), "en".into()]),
        page_time_limit_minutes,
        time_warning_seconds,
        time_extensions,
        on_time_out,
        description,
        birth_date_question,
        applicant_name,
        declaration,
        pages: pages?,
        prepared: Default::default(),
    })
}

fn page(reader: &mut Reader, json: &Json, path: &str) -> Option<Page> {
    let o = reader.object(json, path, PAGE_FIELDS)?;
    let id = reader.string(&o, "id");
    let id = reader.required(&o, "id", id);
    let title = reader.text(&o, "title");
    let title = reader.required(&o, "title", title);
    let visible_if = reader.string(&o, "visible_if");
    let time_limit_minutes = reader.whole(&o, "time_limit_minutes");
    let questions = reader.list(&o, "questions", question);
    let questions = reader.required(&o, "questions", questions);
    Some(Page { id: id?, title: title?, visible_if, time_limit_minutes, questions: questions? })
}

fn question(reader: &mut Reader, json: &Json, path: &str) -> Option<Question> {
    let o = reader.object(json, path, QUESTION_FIELDS)?;
    let names: Vec<(&str, QuestionKind)> = QuestionKind::ALL.iter().map(|k| (k.name(), *k)).collect();
    let kind = reader.name(&o, "type", &names);
    let kind = reader.required(&o, "type", kind);
    let options = reader.list(&o, "options", choice).unwrap_or_default();
    let questions = reader.list(&o, "questions", question).unwrap_or_default();
    Some(Question {
        id: reader.string(&o, "id"),
        kind: kind?,
        label: reader.text(&o, "label"),
        hint: reader.text(&o, "hint"),
        text: reader.text(&o, "text"),
        required: reader.boolean(&o, "required"),
        required_if: reader.string(&o, "required_if"),
        visible_if: reader.string(&o, "visible_if"),
        messages: messages(reader, &o),
        min_length: reader.whole(&o, "min_length"),
        max_length: reader.whole(&o, "max_length"),
        min: reader.number(&o, "min"),
        max: reader.number(&o, "max"),
        whole_number: reader.boolean(&o, "whole_number"),
        in_past: reader.boolean(&o, "in_past"),
        in_future: reader.boolean(&o, "in_future"),
        after: reader.string(&o, "after"),
        before: reader.string(&o, "before"),
        min_age: reader.whole(&o, "min_age"),
        memorable: reader.boolean(&o, "memorable"),
        options,
        min_selected: reader.whole(&o, "min_selected"),
        max_selected: reader.whole(&o, "max_selected"),
        accept: reader.name(&o, "accept", ACCEPT_VALUES),
        questions,
        min_entries: reader.whole(&o, "min_entries"),
        max_entries: reader.whole(&o, "max_entries"),
        entry_title: reader.text(&o, "entry_title"),
        file_types: reader
            .list(&o, "file_types", |r, json, path| match json.as_str() {
                Some(t) => Some(t.to_string()),
                None => {
                    r.wrong_type(json, path, "a file type such as \"application/pdf\"");
                    None
                }
            })
            .unwrap_or_default(),
        max_file_size_kb: reader.whole(&o, "max_file_size_kb"),
        max_files: reader.whole(&o, "max_files"),
    })
}

/// A question's own error messages: an object whose keys are rules, each a text.
fn messages(reader: &mut Reader, question: &Object) -> Map<Text> {
    let Some(json) = question.optional("messages") else { return Map::new() };
    let path = question.path("messages");
    let Some(o) = reader.object(json, &path, &ERROR_RULES) else { return Map::new() };
    ERROR_RULES.iter().filter_map(|rule| Some((rule.to_string(), reader.text(&o, rule)?))).collect()
}

fn choice(reader: &mut Reader, json: &Json, path: &str) -> Option<Choice> {
    let o = reader.object(json, path, CHOICE_FIELDS)?;
    let value = reader.string(&o, "value");
    let value = reader.required(&o, "value", value);
    Some(Choice { value: value?, label: reader.text(&o, "label") })
}
