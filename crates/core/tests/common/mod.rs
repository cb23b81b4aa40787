//! What the session tests share: their form's loading, and the page a session drives, as a
//! browser would show it.

use blankett_core::run::{FormRun, Snapshot};
use blankett_core::schema::load::load_form;
use blankett_core::schema::Form;
use blankett_core::session::history::Entry;
use blankett_core::session::Screen;
use chrono::NaiveDate;
use std::sync::Arc;

/// The form of this schema text, which must have no issues.
pub fn form_of(json: &str) -> Arc<Form> {
    let loaded = load_form("visa.json", json);
    assert!(loaded.issues.is_empty(), "{:#?}", loaded.issues);
    Arc::new(loaded.usable().unwrap().clone())
}

/// The day the tests run on.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 2).unwrap()
}

/// The form on screen and the browser's current history entry.
pub struct Page {
    pub run: Option<FormRun>,
    pub history: Option<Entry>,
}

impl Screen for Page {
    fn snapshot(&self) -> Option<Snapshot> {
        Some(self.run.as_ref()?.snapshot())
    }
    fn place(&self) -> Option<usize> {
        Some(self.run.as_ref()?.place())
    }
    fn travel(&mut self, place: usize) -> usize {
        self.run.as_mut().map_or(place, |r| r.travel(place, today()))
    }
    fn has_problems(&self) -> bool {
        self.run.as_ref().is_some_and(|r| !r.errors().is_empty())
    }
    fn problems(&self) -> usize {
        self.run.as_ref().map_or(0, |r| r.errors().len())
    }
    fn show_problems(&mut self) -> bool {
        self.run.as_mut().and_then(|r| r.check_before_confirming(today())).is_some()
    }
    fn history(&self) -> Option<Entry> {
        self.history.clone()
    }
}
