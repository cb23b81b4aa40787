//! The schema format has two readers and one description, and they must agree: the engine's
//! reader (used everywhere forms are loaded), serde (from which `forms/schema.json` is generated),
//! and the committed `forms/schema.json` itself.

use blankett_core::schema::load::read_form;
use blankett_core::schema::Form;
use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn json_files(folder: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join(folder))
        .unwrap_or_else(|e| panic!("{folder}: {e}"))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json") && p.file_name().is_some_and(|n| n != "schema.json"))
        .collect();
    files.sort();
    files
}

#[test]
fn the_committed_json_schema_is_generated_from_the_types() {
    let committed = std::fs::read_to_string(root().join("forms/schema.json")).unwrap_or_default();
    assert!(
        committed == blankett_server::json_schema(),
        "forms/schema.json is out of date; run: cargo run -p blankett-server -- json-schema > forms/schema.json"
    );
}

#[test]
fn the_engine_reader_and_serde_read_the_same_files_into_the_same_forms() {
    let mut files = json_files("forms");
    files.extend(json_files("tests/fixtures"));
    files.extend(json_files("tests/schemas/broken"));
    assert!(files.len() > 60, "the examples and the broken corpus are all read");
    let mut disagreements = Vec::new();
    for file in files {
        let bytes = std::fs::read(&file).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        let by_engine = read_form("f.json", &text).form;
        let by_serde = serde_json::from_str::<Form>(&text).ok();
        match (&by_engine, &by_serde) {
            // Both read it: into the same form, every default and every field alike.
            (Some(engine), Some(serde)) if engine != serde => {
                disagreements.push(format!("{}: the readers make different forms:\n  engine: {engine:?}\n  serde:  {serde:?}", file.display()))
            }
            (Some(_), None) | (None, Some(_)) => disagreements.push(format!(
                "{}: engine reads it: {}, serde reads it: {}",
                file.display(),
                by_engine.is_some(),
                by_serde.is_some()
            )),
            _ => {}
        }
    }
    assert!(disagreements.is_empty(), "the readers disagree:\n{}", disagreements.join("\n"));
}

#[test]
fn every_sample_form_names_the_json_schema_and_has_no_issues() {
    for file in json_files("forms") {
        let text = std::fs::read_to_string(&file).unwrap();
        let loaded = blankett_core::schema::load::load_form(&file.display().to_string(), &text);
        let issues: Vec<String> = loaded.issues.iter().map(ToString::to_string).collect();
        assert!(issues.is_empty(), "{}", issues.join("\n"));
        assert_eq!(loaded.form.unwrap().json_schema.as_deref(), Some("./schema.json"), "{}", file.display());
    }
}
