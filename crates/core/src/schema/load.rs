//! Reading a schema file: JSON text in, a form and a list of located issues out.
//!
//! Loading never panics and never stops at the first problem it can get past: a syntax error is
//! one issue (nothing else can be read); otherwise every field of the wrong type, missing or
//! unknown is reported ([`crate::schema::read`]), and a file that reads as a form is then checked by
//! [`crate::schema::check`]. Each issue names the file, the line, the column and the field path.

use crate::basics::locate::Locations;
use crate::schema::Form;
use crate::basics::json;
use crate::schema::read;
use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
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

/// Reads and checks a schema file: what the server and `lint` do before a form is offered.
pub fn load_form(file: &str, text: &str) -> LoadedForm {
    let document = match json::parse(text) {
        Ok(document) => document,
        Err(error) => return syntax_error(file, error),
    };
    let mut loaded = read_document(file, &document);
    if let Some(form) = &loaded.form {
        let locations = Locations::of(&document);
        loaded.issues = crate::schema::check::check_form(form)
            .into_iter()
            .map(|found| {
                // A field that is not in the file (a missing `options`) is named by the nearest
                // field that is, the object that lacks it.
                let path = locations.nearest(&found.path);
                let at = if found.at_key { locations.find_key(&path) } else { locations.find(&path) };
                SchemaIssue { file: file.to_string(), line: at.line, column: at.column, path, message: found.message }
            })
            .collect();
        in_file_order(&mut loaded.issues);
    }
    loaded
}

/// A designer fixes a file from top to bottom; issues are listed that way.
fn in_file_order(issues: &mut [SchemaIssue]) {
    issues.sort_by_key(|i| (i.line, i.column));
}

/// Reads a schema file's shape only, with every located issue if it cannot be read. This is what
/// the browser does: the checks of [`crate::schema::check`] are the designer's tools and run where forms
/// are served (a checked form is all an applicant ever receives), so applicants do not download
/// them.
pub fn read_form(file: &str, text: &str) -> LoadedForm {
    match json::parse(text) {
        Ok(document) => read_document(file, &document),
        Err(error) => syntax_error(file, error),
    }
}

fn read_document(file: &str, document: &json::Json) -> LoadedForm {
    let mut reader = read::Reader::default();
    let form = read::form(&mut reader, document);
    let issues: Vec<SchemaIssue> = reader
        .issues
        .into_iter()
        .map(|i| SchemaIssue { file: file.to_string(), line: i.at.line, column: i.at.column, path: i.path, message: i.message })
        .collect();
    // Its conditions are parsed now, once: never again while the form is filled in.
    if let Some(form) = &form {
        form.ready();
    }
    LoadedForm { form: form.filter(|_| issues.is_empty()), issues }
}

fn syntax_error(file: &str, error: json::SyntaxError) -> LoadedForm {
    let issue = SchemaIssue { file: file.to_string(), line: error.at.line, column: error.at.column, path: String::new(), message: error.message };
    LoadedForm { form: None, issues: vec![issue] }
}

