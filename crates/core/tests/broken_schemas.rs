//! The corpus of broken schema files in `tests/schemas/broken/`: each `NN-short-name.json` is a
//! small form a designer could plausibly write, with one deliberate mistake (sometimes two), and
//! `NN-short-name.expected` beside it holds the exact lines `blankett-server lint` must print for
//! it (`NN-short-name.json:line:column: path: message`, one per issue, in order). This test loads
//! every file the way the server and `lint` do, and checks that each yields exactly those issues
//! and is never offered to applicants. Every mismatch in the corpus is listed in one run.
//!
//! To add a case, add a pair of files: `NN-short-name.json` (the next free number) and
//! `NN-short-name.expected`. Write the expected lines by hand from where the mistake really is
//! (where the offending value or key starts; a missing field at the `{` of the object that lacks
//! it; a syntax error where reading stopped), not by copying the engine's output.

use blankett_core::schema::load::load_form;
use std::collections::BTreeMap;
use std::fmt::Write;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/schemas/broken")
}

/// Every `*.json` of the corpus, sorted by name so reports are stable.
fn schema_files() -> Vec<PathBuf> {
    let folder = corpus();
    let entries = std::fs::read_dir(&folder).unwrap_or_else(|e| panic!("cannot read {}: {e}", folder.display()));
    let mut files: Vec<PathBuf> = entries
        .map(|entry| entry.expect("a folder entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
}

fn file_name(path: &Path) -> String {
    path.file_name().expect("a file name").to_string_lossy().into_owned()
}

fn indented(lines: &[String]) -> String {
    if lines.is_empty() {
        return "    (none)\n".to_string();
    }
    lines.iter().map(|line| format!("    {line}\n")).collect()
}

#[test]
fn every_broken_schema_reports_exactly_the_expected_issues() {
    let files = schema_files();
    assert!(!files.is_empty(), "no *.json in {}", corpus().display());
    let mut failures = String::new();
    let mut failed = 0;
    for path in &files {
        let name = file_name(path);
        let mut problems = Vec::new();
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let expected: Vec<String> = match std::fs::read_to_string(path.with_extension("expected")) {
            Ok(expected) => expected.trim_end_matches(['\n', '\r']).lines().map(str::to_string).collect(),
            Err(e) => {
                problems.push(format!("cannot read its .expected file: {e}"));
                Vec::new()
            }
        };
        // A panic is a finding like any other; report it with the rest instead of stopping.
        match catch_unwind(AssertUnwindSafe(|| {
            let loaded = load_form(&name, &text);
            let usable = loaded.usable().is_some();
            (loaded.issues.iter().map(ToString::to_string).collect::<Vec<String>>(), usable)
        })) {
            Ok((actual, usable)) => {
                if actual.is_empty() {
                    problems.push("no issue was reported: the mistake went unnoticed".into());
                }
                if usable {
                    problems.push("the form would be offered to applicants (`usable()` is Some)".into());
                }
                if actual != expected && !expected.is_empty() {
                    problems.push(format!("expected:\n{}  actual:\n{}", indented(&expected), indented(&actual)));
                }
            }
            Err(panic) => {
                let message = panic
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default();
                problems.push(format!("loading panicked: {message}\n  expected:\n{}", indented(&expected)));
            }
        }
        if !problems.is_empty() {
            failed += 1;
            let _ = writeln!(failures, "\n── {name}");
            for problem in problems {
                let _ = writeln!(failures, "  {}", problem.trim_end());
            }
        }
    }
    assert!(failed == 0, "{failed} of {} broken schemas are not reported as expected:\n{failures}", files.len());
}

#[test]
fn the_corpus_is_complete() {
    let files = schema_files();
    assert!(files.len() >= 30, "the corpus should hold at least 30 broken schemas; it has {}", files.len());
    let mut problems = Vec::new();
    let mut numbers: BTreeMap<String, String> = BTreeMap::new();
    for path in &files {
        let name = file_name(path);
        if !path.with_extension("expected").is_file() {
            problems.push(format!("{name} has no {}", file_name(&path.with_extension("expected"))));
        }
        let stem = name.trim_end_matches(".json");
        let well_named = stem.len() > 3
            && stem[..2].chars().all(|c| c.is_ascii_digit())
            && stem[2..].starts_with('-')
            && stem[3..].chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !well_named {
            problems.push(format!("{name} is not named NN-short-name.json"));
        } else if let Some(other) = numbers.insert(stem[..2].to_string(), name.clone()) {
            problems.push(format!("{name} and {other} have the same number"));
        }
    }
    // An `.expected` file without its schema would silently test nothing.
    for entry in std::fs::read_dir(corpus()).expect("the corpus folder") {
        let path = entry.expect("a folder entry").path();
        if path.extension().is_some_and(|e| e == "expected") && !path.with_extension("json").is_file() {
            problems.push(format!("{} has no .json beside it", file_name(&path)));
        }
    }
    assert!(problems.is_empty(), "the corpus in {} is incomplete:\n  {}", corpus().display(), problems.join("\n  "));
}
