//! Reading a schema file: JSON text in, a form and a list of located issues out.
//!
//! Loading never panics and never stops at the first problem it can get past: a syntax error is
//! one issue (nothing else can be read), a file that reads as a form is then checked by
//! [`crate::check`] and every issue found is returned together, each naming the file, the line,
//! the column and the field path.

use crate::locate::Locations;
use crate::schema::Form;
use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SchemaIssue {
    pub file: String,
    pub line: usize,
    pub column: usize,
    /// Where in the document, e.g. `pages[1].questions[0].visible_if`; empty for the whole file.
    pub path: String,
    pub message: String,
}

impl fmt::Display for SchemaIssue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}:{}:{}: {}", self.file, self.line, self.column, self.message)
        } else {
            write!(f, "{}:{}:{}: {}: {}", self.file, self.line, self.column, self.path, self.message)
        }
    }
}

/// A schema file after loading. `form` is `None` when the text could not be read as a form at
/// all; when it is `Some` and `issues` is not empty, the form must not be offered to applicants.
#[derive(Debug)]
pub struct LoadedForm {
    pub form: Option<Form>,
    pub issues: Vec<SchemaIssue>,
}

impl LoadedForm {
    /// The form, if it can be shown to applicants: read and without issues.
    pub fn usable(&self) -> Option<&Form> {
        self.form.as_ref().filter(|_| self.issues.is_empty())
    }
}

pub fn load_form(file: &str, text: &str) -> LoadedForm {
    let locations = Locations::scan(text);
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let parsed: Result<Form, _> = serde_path_to_error::deserialize(&mut deserializer);
    if parsed.is_ok() {
        // Text after the closing brace is a syntax error that serde only finds when asked.
        if let Err(error) = deserializer.end() {
            let message = designer_message(&error);
            return LoadedForm {
                form: None,
                issues: vec![SchemaIssue { file: file.to_string(), line: error.line(), column: error.column(), path: String::new(), message }],
            };
        }
    }
    match parsed {
        Ok(form) => {
            let issues = crate::check::check_form(&form)
                .into_iter()
                .map(|found| {
                    let at = locations.find(&found.path);
                    SchemaIssue { file: file.to_string(), line: at.line, column: at.column, path: found.path, message: found.message }
                })
                .collect();
            LoadedForm { form: Some(form), issues }
        }
        Err(error) => {
            let path = error.path().to_string();
            let path = if path == "." { String::new() } else { path };
            let inner = error.inner();
            let (line, column) = if inner.is_syntax() || inner.is_eof() || path.is_empty() {
                (inner.line(), inner.column())
            } else {
                let at = locations.find(&path);
                (at.line, at.column)
            };
            let message = designer_message(inner);
            LoadedForm { form: None, issues: vec![SchemaIssue { file: file.to_string(), line, column, path, message }] }
        }
    }
}

/// serde's message without its " at line L column C" tail (the issue carries the location), and
/// with a suggestion when a field name is misspelt.
fn designer_message(error: &serde_json::Error) -> String {
    let full = error.to_string();
    let bare = match full.rfind(" at line ") {
        Some(cut) => &full[..cut],
        None => &full,
    };
    if let Some(rest) = bare.strip_prefix("unknown field `") {
        let (name, expected) = rest.split_once('`').unwrap_or((rest, ""));
        let candidates: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
        return match closest(name, &candidates) {
            Some(better) => format!("unknown field `{name}`; did you mean `{better}`?"),
            None => format!("unknown field `{name}`; expected one of {}", candidates.iter().map(|c| format!("`{c}`")).collect::<Vec<_>>().join(", ")),
        };
    }
    if let Some(rest) = bare.strip_prefix("unknown variant `") {
        let (name, expected) = rest.split_once('`').unwrap_or((rest, ""));
        let candidates: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
        if let Some(better) = closest(name, &candidates) {
            return format!("unknown value `{name}`; did you mean `{better}`?");
        }
        return format!("unknown value `{name}`; expected one of {}", candidates.iter().map(|c| format!("`{c}`")).collect::<Vec<_>>().join(", "));
    }
    bare.to_string()
}

/// The candidate within two edits of `name`, if one is.
pub(crate) fn closest<'a>(name: &str, candidates: &[&'a str]) -> Option<&'a str> {
    candidates
        .iter()
        .map(|c| (edit_distance(name, c), *c))
        .filter(|(d, _)| *d <= 2)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous + usize::from(ca != *cb);
            previous = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(previous + 1);
        }
    }
    row[b.len()]
}
