//! Conventions of this repository, checked by a test rather than remembered: every Rust file says
//! what it is for, schema text is never rendered as HTML, and no test is switched off.

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn all_rust_files() -> Vec<PathBuf> {
    let mut files = Vec::new();
    for dir in ["src", "tests", "crates/core/src", "crates/core/tests", "crates/server/src", "crates/server/tests"] {
        rust_files(&root().join(dir), &mut files);
    }
    files
}

#[test]
fn every_rust_file_starts_with_a_doc_comment() {
    let missing: Vec<String> = all_rust_files()
        .into_iter()
        .filter(|f| !std::fs::read_to_string(f).unwrap().starts_with("//!"))
        .map(|f| f.display().to_string())
        .collect();
    assert!(missing.is_empty(), "start these files with a `//!` comment saying what they are for:\n{}", missing.join("\n"));
}

#[test]
fn no_view_renders_html_from_text() {
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    // Written in two pieces so that this file does not match itself.
    let forbidden = ["inner", "_html"].concat();
    let offenders: Vec<String> = files
        .into_iter()
        .filter(|f| std::fs::read_to_string(f).unwrap().contains(&forbidden))
        .map(|f| f.display().to_string())
        .collect();
    assert!(offenders.is_empty(), "schema text must be rendered as text, never as HTML:\n{}", offenders.join("\n"));
}

#[test]
fn no_test_is_switched_off() {
    let markers = [["#[", "ignore"].concat(), ["should", "_panic"].concat()];
    let offenders: Vec<String> = all_rust_files()
        .into_iter()
        .filter(|f| {
            let text = std::fs::read_to_string(f).unwrap();
            markers.iter().any(|m| text.contains(m.as_str()))
        })
        .map(|f| f.display().to_string())
        .collect();
    assert!(offenders.is_empty(), "a test that does not run cannot fail:\n{}", offenders.join("\n"));
}
