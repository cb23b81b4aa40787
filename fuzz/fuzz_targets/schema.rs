//! A schema file as anyone could write it: reading and checking it must never panic, and every
//! issue must point into the file (a line and column the text has), so that a designer can
//! find it. A form that passes is then opened and walked with no answers, as an applicant would.

#![no_main]

use blankett_core::schema::load::load_form;
use blankett_core::run::FormRun;
use libfuzzer_sys::fuzz_target;
use std::sync::Arc;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let loaded = load_form("fuzz.json", text);
    let lines: Vec<&str> = text.split('\n').collect();
    for issue in &loaded.issues {
        assert!(issue.line >= 1 && issue.line <= lines.len().max(1), "{issue} is outside the file");
        let width = lines.get(issue.line - 1).map_or(0, |line| line.chars().count());
        assert!(issue.column >= 1 && issue.column <= width + 1, "{issue} is outside its line");
        assert!(!issue.message.is_empty(), "an issue says what is wrong");
    }
    if let Some(form) = loaded.usable() {
        let mut run = FormRun::new(Arc::new(form.clone()));
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
        for _ in 0..form.pages.len() + 1 {
            let _ = run.next(today);
        }
        let _ = blankett_core::run::review::summary(&run, &blankett_core::basics::text::Locale::new("en"), today);
    }
});
