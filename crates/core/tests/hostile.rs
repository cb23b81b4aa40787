//! Hostile input to the engine's readers (issue 17): what the fuzzers (`scripts/fuzz-engine`)
//! found, kept as regression tests, and the shapes they point to. Each must give a located
//! error, never a crash: a schema file or a condition is an attacker's input until checked.

use blankett_core::schema::expr::{Expr, Problem, MAX_NESTING};
use blankett_core::schema::load::load_form;

/// The fuzzer's first find (2026-12-02): 5,934 bytes of nested parentheses and `not`s overflowed
/// the stack while the condition was read.
#[test]
fn the_fuzzers_deeply_nested_condition_is_refused_where_it_gets_too_deep() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/hostile/expression-nested-5934-bytes.txt")).unwrap();
    let error = Expr::parse(&text).expect_err("not a condition anyone can read");
    assert!(matches!(error.problem, Problem::TooDeep | Problem::TooLong), "{error}");
    assert!(error.offset < text.chars().count());
}

#[test]
fn nesting_and_length_have_limits_with_their_own_words() {
    // Refused at the parenthesis one too deep.
    let deep = format!("{}answered(a){}", "(".repeat(40), ")".repeat(40));
    let error = Expr::parse(&deep).unwrap_err();
    assert_eq!((error.problem.clone(), error.offset), (Problem::TooDeep, MAX_NESTING), "{error}");
    assert!(error.to_string().starts_with("nested too deeply (at most 32 parentheses or `not`s)"), "{error}");
    let nots = format!("{}answered(a)", "not ".repeat(40));
    assert_eq!(Expr::parse(&nots).unwrap_err().problem, Problem::TooDeep);
    // Refused at the part one too many, before any of it is read: deep, or only long.
    let error = Expr::parse(&format!("{}answered(a){}", "(".repeat(10_000), ")".repeat(10_000))).unwrap_err();
    assert_eq!((error.problem, error.offset), (Problem::TooLong, 500));
    let long = format!("{}a == 1", "a == 1 or ".repeat(2_000));
    assert_eq!(Expr::parse(&long).unwrap_err().problem, Problem::TooLong);
    // What a designer writes stays well inside.
    let fine = format!("{}answered(a){}", "(".repeat(MAX_NESTING), ")".repeat(MAX_NESTING));
    assert!(Expr::parse(&fine).is_ok());
    assert!(Expr::parse(&format!("{}a == 1", "a == 1 or ".repeat(80))).is_ok());
}

#[test]
fn a_schema_with_such_a_condition_names_the_field() {
    let condition = format!("{}answered(a){}", "(".repeat(40), ")".repeat(40));
    let text = format!(
        r#"{{"id": "f", "title": "F", "kind": "visit", "pages": [{{"id": "p", "title": "P", "questions": [
  {{"id": "a", "type": "short_text", "label": "A"}},
  {{"id": "b", "type": "short_text", "label": "B", "visible_if": "{condition}"}}]}}]}}"#
    );
    let loaded = load_form("hostile.json", &text);
    let issue = loaded.issues.iter().find(|i| i.path.ends_with("visible_if")).unwrap_or_else(|| panic!("{:?}", loaded.issues));
    assert_eq!(issue.line, 3, "{issue}");
    assert!(issue.message.contains("nested too deeply (at most 32"), "{issue}");
}

#[test]
fn a_schema_nested_without_end_is_a_located_syntax_error() {
    for text in ["[".repeat(200_000), "{\"a\":".repeat(100_000), format!("{{\"pages\": {}", "[".repeat(100_000))] {
        let loaded = load_form("deep.json", &text);
        assert!(loaded.form.is_none());
        let issue = loaded.issues.first().expect("an issue");
        assert!(issue.line == 1 && issue.column >= 1, "{issue}");
    }
}
