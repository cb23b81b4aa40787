//! `blankett-server new-form ID [--forms FOLDER]`: a new form in a minute. Writes `FOLDER/ID.json`
//! (the forms folder by default): a valid form in Swedish and English with one page, the
//! `$schema` line that lets an editor complete and check field names, and a few questions that
//! show the format — a required text, a date of birth, a yes/no question and a question shown
//! only after Yes. Lint accepts it as written. If the folder has no `schema.json`, that is
//! written too, so that the `$schema` line leads somewhere.
//!
//! An existing file is never written over, and an id that cannot be a form's is refused, each
//! with a message that says what to do.

use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Why no form was written.
#[derive(Debug)]
pub enum Refusal {
    /// Not lower-case letters, digits and dashes, or `schema` (the JSON Schema's file).
    BadId(String),
    /// The file exists; it is the designer's, and stays as it is.
    Exists(PathBuf),
    NoFolder(PathBuf),
    Io(PathBuf, std::io::Error),
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refusal::BadId(id) => write!(
                f,
                "`{id}` cannot be a form's id: use lower-case letters, digits and dashes, such as `residence-permit` (it is the form's address, /forms/residence-permit)"
            ),
            Refusal::Exists(path) => write!(f, "{} exists already and is left as it is; choose another id, or edit that file", path.display()),
            Refusal::NoFolder(path) => write!(f, "there is no folder {}; give the forms folder with --forms", path.display()),
            Refusal::Io(path, error) => write!(f, "{}: {error}", path.display()),
        }
    }
}

/// Whether `id` can be a form's id: what the schema check accepts (lower-case letters, digits
/// and dashes), and not the JSON Schema's file name.
pub fn is_new_form_id(id: &str) -> bool {
    !id.is_empty() && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') && id != "schema"
}

/// Writes the new form `id` into `folder`; returns the files written (the form, and
/// `schema.json` if the folder had none).
pub fn write(folder: &Path, id: &str) -> Result<Vec<PathBuf>, Refusal> {
    if !is_new_form_id(id) {
        return Err(Refusal::BadId(id.to_string()));
    }
    if !folder.is_dir() {
        return Err(Refusal::NoFolder(folder.to_path_buf()));
    }
    let path = folder.join(format!("{id}.json"));
    // `create_new`: a file that appeared since any check is not written over either.
    let mut file = match std::fs::File::options().write(true).create_new(true).open(&path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => return Err(Refusal::Exists(path)),
        Err(e) => return Err(Refusal::Io(path, e)),
    };
    file.write_all(template(id).as_bytes()).map_err(|e| Refusal::Io(path.clone(), e))?;
    let mut written = vec![path];
    let schema = folder.join("schema.json");
    if !schema.exists() {
        std::fs::write(&schema, crate::json_schema()).map_err(|e| Refusal::Io(schema.clone(), e))?;
        written.push(schema);
    }
    Ok(written)
}

/// The new form's text: one page in Swedish and English.
pub fn template(id: &str) -> String {
    TEMPLATE.replace("NEW-FORM-ID", id)
}

const TEMPLATE: &str = r#"{
  "$schema": "./schema.json",
  "id": "NEW-FORM-ID",
  "title": {"sv": "Ny ansökan", "en": "New application"},
  "kind": "other",
  "languages": ["sv", "en"],
  "description": {"sv": "Berätta här vad ansökan gäller och vad den sökande behöver ha till hands.", "en": "Say here what the application is for and what the applicant needs to have at hand."},
  "birth_date_question": "date_of_birth",
  "applicant_name": ["given_names", "surname"],
  "pages": [
    {
      "id": "about_you",
      "title": {"sv": "Om dig", "en": "About you"},
      "questions": [
        {
          "id": "given_names",
          "type": "short_text",
          "label": {"sv": "Förnamn", "en": "Given names"},
          "required": true,
          "max_length": 100
        },
        {
          "id": "surname",
          "type": "short_text",
          "label": {"sv": "Efternamn", "en": "Surname"},
          "required": true,
          "max_length": 100,
          "messages": {"required": {"sv": "Ange ditt efternamn", "en": "Enter your surname"}}
        },
        {
          "id": "date_of_birth",
          "type": "date",
          "label": {"sv": "Födelsedatum", "en": "Date of birth"},
          "hint": {"sv": "Till exempel 27 3 1990.", "en": "For example 27 3 1990."},
          "required": true,
          "in_past": true,
          "memorable": true
        },
        {
          "id": "email",
          "type": "email",
          "label": {"sv": "E-postadress", "en": "Email address"},
          "required": true
        },
        {
          "id": "wants_call",
          "type": "yes_no",
          "label": {"sv": "Vill du att vi ringer dig?", "en": "Do you want us to call you?"},
          "required": true
        },
        {
          "id": "phone",
          "type": "phone",
          "label": {"sv": "Telefonnummer", "en": "Phone number"},
          "required": true,
          "visible_if": "wants_call == \"yes\""
        }
      ]
    }
  ]
}
"#;
