//! `blankett-server lint PATH…`: checks schema files the way the app will load them and prints
//! every issue as `file:line:column: path: message`.

use blankett_core::schema::load::{load_form, SchemaIssue};
use std::path::{Path, PathBuf};

/// The schema files named by `paths`: files as given, folders by their `*.json` (but the JSON
/// Schema `schema.json`), sorted so output is stable.
pub fn schema_files(paths: &[PathBuf]) -> std::io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            for entry in std::fs::read_dir(path)? {
                let file = entry?.path();
                if file.extension().is_some_and(|e| e == "json") && file.file_name().is_some_and(|n| n != "schema.json") {
                    files.push(file);
                }
            }
        } else {
            files.push(path.clone());
        }
    }
    files.sort();
    Ok(files)
}

pub fn lint_file(path: &Path) -> std::io::Result<Vec<SchemaIssue>> {
    let text = std::fs::read_to_string(path)?;
    Ok(load_form(&path.display().to_string(), &text).issues)
}
