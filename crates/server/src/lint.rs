//! `blankett-server lint PATH…`: checks schema files the way the app will load them and prints
//! every issue as `file:line:column: path: message`; and the engine's message catalogs
//! (`catalogs/*.ftl`) against the English one, as `file:line: key: message`.

use blankett_core::schema::load::{load_form, SchemaIssue};
use std::path::{Path, PathBuf};

/// The schema files named by `paths`: files as given, folders by their `*.json` (but the JSON
/// Schema `schema.json`), sorted so output is stable. A catalog (`*.ftl`) or a folder of them is
/// not a schema file (see [`catalog_folders`]).
pub fn schema_files(paths: &[PathBuf]) -> std::io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for path in paths {
        if path.extension().is_some_and(|e| e == "ftl") {
            continue;
        }
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

/// A schema file's issues, which stop it being offered, and its warnings, which do not: each of
/// its `languages` in which the engine lacks some of its own words (those are shown in English;
/// `catalogs/` has one file per language), located like issues, the message starting "warning:".
pub fn lint_file(path: &Path) -> std::io::Result<(Vec<SchemaIssue>, Vec<SchemaIssue>)> {
    let (file, text) = (path.display().to_string(), std::fs::read_to_string(path)?);
    let loaded = load_form(&file, &text);
    let (Some(form), Ok(document)) = (&loaded.form, blankett_core::basics::json::parse(&text)) else { return Ok((loaded.issues, Vec::new())) };
    let locations = blankett_core::basics::locate::Locations::of(&document);
    let warnings = form
        .languages
        .iter()
        .enumerate()
        .filter(|(_, code)| !blankett_core::messages::catalog::is_complete(&blankett_core::basics::text::Locale::new(code)))
        .map(|(i, code)| {
            let path = blankett_core::basics::locate::join_index("languages", i);
            let at = locations.find(&path);
            let message = format!("warning: the engine's own words (buttons, messages) are not all in `{code}`, so applicants see those in English; a translator adds or completes catalogs/{code}.ftl");
            SchemaIssue { file: file.clone(), line: at.line, column: at.column, path, message }
        })
        .collect();
    Ok((loaded.issues, warnings))
}

/// The message-catalog folders among `paths`: a folder holding `*.ftl` files, or the folder of a
/// `*.ftl` file given by name (a catalog is checked against the English one beside it).
pub fn catalog_folders(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut folders: Vec<PathBuf> = Vec::new();
    for path in paths {
        let folder = if path.extension().is_some_and(|e| e == "ftl") {
            path.parent().map(Path::to_path_buf).unwrap_or_default()
        } else if path.is_dir() && std::fs::read_dir(path).is_ok_and(|mut d| d.any(|e| e.is_ok_and(|e| e.path().extension().is_some_and(|x| x == "ftl")))) {
            path.clone()
        } else {
            continue;
        };
        if !folders.contains(&folder) {
            folders.push(folder);
        }
    }
    folders
}

/// Every issue of the catalogs in `folder`, as `file:line: key: message`.
pub fn lint_catalogs(folder: &Path) -> Result<Vec<String>, String> {
    let folder = if folder.as_os_str().is_empty() { Path::new(".") } else { folder };
    let (_, issues) = blankett_catalogs::read_dir(folder)?;
    Ok(issues.iter().map(ToString::to_string).collect())
}

