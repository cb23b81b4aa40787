//! Live reload: `GET /preview/{id}/changes?version=V` is a stream of server-sent events, one
//! `changed` event each time the text of `forms/{id}.json` becomes another than the version the
//! page showed. The file is read four times a second by each open preview (`Forms::file` parses
//! and checks only an edited file); a file-system watcher would save those reads but miss edits
//! on the network and container file systems designers work on, and a form is a few kilobytes.
//! `preview.js` then waits for the app's pending save and goes to `continue` ([`same_place`]).

use crate::AppState;
use axum::extract::{Path, Query, State};
use axum::response::sse::{Event, KeepAlive, Sse};
use blankett_core::schema::Form;
use futures_util::stream::Stream;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// How often an open preview's file is read: well within the second a designer waits for.
const EVERY: Duration = Duration::from_millis(250);

/// The version of a file's text: equal texts, equal versions.
pub fn version_of(text: &str) -> String {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    text.hash(&mut hasher);
    format!("{:016x}", hasher.finish())
}

/// The page ids of the versions of each form a preview has shown, by form id and version (at
/// most [`KEPT`] versions of a form, the newest).
#[derive(Default)]
pub struct Versions(Mutex<HashMap<String, Vec<(String, Vec<String>)>>>);

const KEPT: usize = 50;

impl Versions {
    /// Notes the pages of `form` as version `version` of the file `id`.
    pub fn note(&self, id: &str, version: &str, form: &Form) {
        let mut all = self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let versions = all.entry(id.to_string()).or_default();
        if versions.iter().any(|(known, _)| known == version) {
            return;
        }
        if versions.len() >= KEPT {
            versions.remove(0);
        }
        versions.push((version.to_string(), form.pages.iter().map(|page| page.id.clone()).collect()));
    }

    /// The page ids of version `version` of the file `id`, if a preview showed it.
    pub fn pages_of(&self, id: &str, version: &str) -> Option<Vec<String>> {
        let all = self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        all.get(id)?.iter().find(|(known, _)| known == version).map(|(_, pages)| pages.clone())
    }
}

/// Where a draft that was at `place` among the pages `was` is in `form`: the same page by its id,
/// or the review if it was on the review; `None` if that page is gone (the app then shows the
/// nearest page before, as for any draft).
pub fn same_place(was: &[String], form: &Form, place: usize) -> Option<usize> {
    if place == was.len() {
        return Some(form.pages.len());
    }
    let id = was.get(place)?;
    form.pages.iter().position(|page| page.id == *id)
}

#[derive(serde::Deserialize)]
pub struct Since {
    version: Option<String>,
}

pub async fn stream(State(state): State<Arc<AppState>>, Path(id): Path<String>, Query(since): Query<Since>) -> Sse<impl Stream<Item = Result<Event, std::convert::Infallible>>> {
    let start = Watch { state, id, shown: since.version.unwrap_or_default() };
    let changes = futures_util::stream::unfold(start, |mut watch| async move {
        loop {
            if watch.state.preview.is_closing() {
                return None;
            }
            if let Some(version) = watch.current().await.filter(|version| *version != watch.shown) {
                watch.shown = version.clone();
                return Some((Ok(Event::default().event("changed").data(version)), watch));
            }
            tokio::time::sleep(EVERY).await;
        }
    });
    Sse::new(changes).keep_alive(KeepAlive::default())
}

struct Watch {
    state: Arc<AppState>,
    id: String,
    /// The version the browser shows (or was last told of).
    shown: String,
}

impl Watch {
    /// The version of the file now ("" when there is none), noting its pages if it can be read.
    async fn current(&self) -> Option<String> {
        let file = self.state.forms.file(&self.id).await.ok()?;
        let Some(file) = file else { return Some(String::new()) };
        let version = version_of(&file.text);
        if let Some(form) = &file.loaded.form {
            self.state.preview.versions.note(&self.id, &version, form);
        }
        Some(version)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use blankett_core::schema::load::load_form;

    fn form(pages: &[&str]) -> Form {
        let pages: Vec<String> = pages.iter().map(|id| format!(r#"{{"id": "{id}", "title": "{id}", "questions": [{{"type": "paragraph", "text": "x"}}]}}"#)).collect();
        let json = format!(r#"{{"id": "f", "title": "F", "kind": "other", "languages": ["en"], "pages": [{}]}}"#, pages.join(","));
        load_form("f.json", &json).usable().unwrap().clone()
    }

    #[test]
    fn a_draft_stays_on_its_page_when_pages_come_and_go_before_it() {
        let was = ["a", "b", "c"].map(String::from);
        assert_eq!(same_place(&was, &form(&["new", "a", "b", "c"]), 2), Some(3), "a page added first");
        assert_eq!(same_place(&was, &form(&["a", "c"]), 2), Some(1), "a page removed before");
        assert_eq!(same_place(&was, &form(&["a", "c"]), 1), None, "its own page removed");
        assert_eq!(same_place(&was, &form(&["a", "b", "c", "d"]), 3), Some(4), "on the review, still on the review");
    }

    #[test]
    fn versions_are_kept_by_form_and_text() {
        let versions = Versions::default();
        let (one, two) = (version_of("one"), version_of("two"));
        assert_ne!(one, two);
        assert_eq!(one, version_of("one"));
        versions.note("f", &one, &form(&["a"]));
        versions.note("f", &two, &form(&["a", "b"]));
        assert_eq!(versions.pages_of("f", &one), Some(vec!["a".to_string()]));
        assert_eq!(versions.pages_of("g", &one), None);
        for n in 0..KEPT + 5 {
            versions.note("f", &version_of(&n.to_string()), &form(&["z"]));
        }
        assert_eq!(versions.pages_of("f", &one), None, "only the newest are kept");
    }
}
