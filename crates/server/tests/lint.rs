//! `blankett-server lint`, run as a designer or translator runs it: on a catalog folder with a
//! broken translation, and on a form in a language the engine has no words for.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn lint(paths: &[&Path]) -> (bool, Vec<String>) {
    let out = Command::new(env!("CARGO_BIN_EXE_blankett-server")).arg("lint").args(paths).output().unwrap();
    (out.status.success(), String::from_utf8(out.stdout).unwrap().lines().map(str::to_string).collect())
}

/// A folder of this test's own, emptied first.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("blankett-lint-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn line_of(text: &str, start: &str) -> usize {
    text.lines().position(|l| l.starts_with(start)).unwrap() + 1
}

#[test]
fn the_catalogs_in_the_repository_are_whole() {
    let (ok, lines) = lint(&[&root().join("catalogs"), &root().join("catalogs/pages")]);
    assert_eq!(lines, Vec::<String>::new());
    assert!(ok);
}

#[test]
fn a_broken_translation_is_named_by_file_line_and_key() {
    let dir = scratch("catalogs");
    for name in ["en.ftl", "sv.ftl"] {
        std::fs::copy(root().join("catalogs").join(name), dir.join(name)).unwrap();
    }
    let arabic = std::fs::read_to_string(root().join("catalogs/ar.ftl")).unwrap();
    // A translator mistypes a placeholder, drops a message, invents a key and leaves a brace open.
    let broken = arabic
        .replace("الخطوة { $step } من { $total }", "الخطوة { $stp } من { $total }")
        .replace(&format!("back = {}\n", arabic.lines().find(|l| l.starts_with("back = ")).unwrap().trim_start_matches("back = ")), "")
        + "sign-in-with-bankid = BankID\nsend-heading-2 = { أرسل\n";
    let file = dir.join("ar.ftl");
    std::fs::write(&file, &broken).unwrap();
    let (ok, lines) = lint(&[&file]);
    assert!(!ok, "a broken catalog fails lint");
    let name = file.display().to_string();
    let last = broken.lines().count();
    let expected_start = [
        format!("{name}:{last}: -: not Fluent syntax:"),
        format!("{name}:{}: step-of: {{ $stp }} is not a placeholder of this message; it has {{ $step }}, {{ $total }}", line_of(&broken, "step-of =")),
        format!("{name}:{}: sign-in-with-bankid: the engine has no message by this key", line_of(&broken, "sign-in-with-bankid =")),
    ];
    for start in &expected_start {
        assert!(lines.iter().any(|l| l.starts_with(start.as_str())), "{start}\nin:\n{}", lines.join("\n"));
    }
    assert!(lines.iter().any(|l| l.starts_with(&format!("{name}:")) && l.contains(": back: missing: the engine shows it in English (\"Back\")")), "{}", lines.join("\n"));
    assert_eq!(lines.len(), 4, "{}", lines.join("\n"));
}

#[test]
fn a_form_in_a_language_without_the_engines_words_gets_a_warning_and_passes() {
    let dir = scratch("form");
    let file = dir.join("tiny.json");
    let text = r#"{
  "id": "tiny",
  "kind": "other",
  "title": {"sv": "Ansökan", "de": "Antrag"},
  "languages": ["sv", "de"],
  "pages": [
    {"id": "p", "title": {"sv": "Du", "de": "Sie"}, "questions": [
      {"id": "name", "type": "short_text", "label": {"sv": "Namn", "de": "Name"}}
    ]}
  ]
}
"#;
    std::fs::write(&file, text).unwrap();
    let (ok, lines) = lint(&[&file]);
    assert!(ok, "a warning does not fail lint: {lines:?}");
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].starts_with(&format!("{}:5:", file.display())), "{}", lines[0]);
    assert!(lines[0].contains(": languages[1]: warning: the engine's own words (buttons, messages) are not all in `de`"), "{}", lines[0]);
}
