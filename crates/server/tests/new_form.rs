//! `blankett-server new-form ID`, run as a designer runs it: the file it writes is a valid form
//! that lint accepts, in two languages with one page and the `$schema` line; an existing file is
//! never written over, and an id that cannot be a form's is refused with a message.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn server(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_blankett-server")).args(args).output().unwrap()
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("blankett-new-form-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).to_string()
}

#[test]
fn a_new_form_is_valid_and_lint_accepts_it() {
    let forms = scratch("valid");
    let out = server(&["new-form", "residence-permit", "--forms", forms.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let file = forms.join("residence-permit.json");
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.starts_with("{\n  \"$schema\": \"./schema.json\",\n  \"id\": \"residence-permit\","), "{text}");
    let loaded = blankett_core::schema::load::load_form("residence-permit.json", &text);
    assert_eq!(loaded.issues, vec![]);
    let form = loaded.usable().unwrap();
    assert_eq!(form.languages, ["sv", "en"]);
    assert_eq!(form.pages.len(), 1);
    // The JSON Schema it names is beside it, as `json-schema` prints it.
    assert_eq!(std::fs::read_to_string(forms.join("schema.json")).unwrap(), blankett_server::json_schema());
    let lint = server(&["lint", file.to_str().unwrap()]);
    assert!(lint.status.success(), "{}{}", String::from_utf8_lossy(&lint.stdout), stderr(&lint));
    assert_eq!(String::from_utf8_lossy(&lint.stdout), "", "no issue and no warning");
    assert!(stderr(&lint).contains("0 issue(s)"));
}

#[test]
fn an_existing_file_is_left_as_it_is() {
    let forms = scratch("exists");
    let file = forms.join("visit.json");
    std::fs::write(&file, "{\"mine\": true}").unwrap();
    let out = server(&["new-form", "visit", "--forms", forms.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("visit.json exists already and is left as it is; choose another id, or edit that file"), "{}", stderr(&out));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "{\"mine\": true}");
}

#[test]
fn an_id_that_cannot_be_a_form_address_is_refused() {
    let forms = scratch("bad");
    for id in ["Residence", "residence_permit", "../escape", "schema", "a b", "ansökan"] {
        let out = server(&["new-form", id, "--forms", forms.to_str().unwrap()]);
        assert!(!out.status.success(), "{id}");
        assert!(stderr(&out).contains(&format!("`{id}` cannot be a form's id: use lower-case letters, digits and dashes")), "{id}: {}", stderr(&out));
    }
    assert_eq!(std::fs::read_dir(&forms).unwrap().count(), 0, "nothing was written");
    let out = server(&["new-form", "visit", "--forms", Path::new("/nonexistent-blankett").to_str().unwrap()]);
    assert!(stderr(&out).contains("there is no folder /nonexistent-blankett; give the forms folder with --forms"), "{}", stderr(&out));
    let out = server(&["new-form"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("give the new form's id"));
}
