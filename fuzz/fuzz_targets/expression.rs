//! A condition (`visible_if`, `required_if`) as anyone could write it: parsing must never panic,
//! an error must point into the text, and a condition that parses must evaluate against any
//! answers without panicking.

#![no_main]

use blankett_core::schema::expr::{Answers, Expr, Value};
use libfuzzer_sys::fuzz_target;

/// Answers taken from the input itself: each question named gets a text, a list or nothing.
struct Given<'a>(&'a str);

impl Answers for Given<'_> {
    fn value(&self, id: &str) -> Value {
        match (id.len() + self.0.len()) % 3 {
            0 => Value::Missing,
            1 => Value::Text(self.0.chars().rev().take(8).collect()),
            _ => Value::List(vec![id.to_string(), self.0.chars().take(4).collect()]),
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    match Expr::parse(text) {
        Ok(expr) => {
            let _ = expr.holds(&Given(text));
            let _ = expr.questions_named();
            let _ = expr.values_compared();
        }
        Err(error) => assert!(error.offset <= text.chars().count(), "an error at {} in {} characters", error.offset, text.chars().count()),
    }
});
