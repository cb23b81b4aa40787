//! What a page that embeds the form hears from the session ([`Report`], the widget's DOM events),
//! and how the form uses that page's history ([`HistoryMode`]). The standalone app is built
//! without the `embedding` feature: it has no page around it to tell, and owns its history.

use super::event::{Report, Screen};
use super::machine::Session;
use crate::contract::Failure;
#[cfg(feature = "embedding")]
use crate::session::Command;
use crate::session::history::{self, Entry, HistoryMode};

impl Session {
    /// How the form uses the page's history: its own entries, unless embedded and told otherwise.
    pub(super) fn mode(&self) -> HistoryMode {
        #[cfg(feature = "embedding")]
        return self.embedded.unwrap_or_default();
        #[cfg(not(feature = "embedding"))]
        HistoryMode::Entries
    }

    /// Tells a page that embeds the form what happened ([`Report`]); a standalone session tells
    /// nothing. The standalone app is built without the `embedding` feature, and then `report`
    /// is never called: none of it is in its download.
    pub(super) fn report(&mut self, report: impl FnOnce(&Session) -> Report) {
        #[cfg(feature = "embedding")]
        if self.embedded.is_some() {
            let report = report(self);
            self.commands.push(Command::Report(report));
        }
        #[cfg(not(feature = "embedding"))]
        let _ = report;
    }

    /// The form's own buttons moved it to `to` from the entry `current`: its history entries (see
    /// `history::moved`, and on a host's page `history::moved_on_host`).
    pub(super) fn moved_in_history(&mut self, to: usize, current: Option<Entry>) {
        #[cfg(feature = "embedding")]
        if self.embedded.is_some() {
            for step in history::moved_on_host(self.form_id(), self.place, to, current.as_ref()) {
                self.history(step);
            }
            return;
        }
        self.history(history::moved(self.form_id(), self.place, to, current.as_ref()));
    }

    /// The page at `place` is shown (the review after the last page).
    pub(super) fn page_shown(&mut self, place: usize) {
        self.report(|session| Report::PageShown { page: session.page_name(place), number: place + 1 });
    }

    /// The page shown has problems. (Only an embedded session asks the screen how many.)
    pub(super) fn problems_shown(&mut self, screen: &mut dyn Screen) {
        #[cfg(feature = "embedding")]
        if self.embedded.is_some() {
            let (place, problems) = (screen.place().unwrap_or_default(), screen.problems());
            self.report(|session| Report::ValidationFailed { page: session.page_name(place), problems });
        }
        #[cfg(not(feature = "embedding"))]
        let _ = screen;
    }

    pub(super) fn failed(&mut self, failure: &Failure) {
        self.report(|_| Report::Failed { problem: failure.problem_type().to_string(), message: failure.message() });
    }

    /// The id of the page at `place`, or `review` after the last page.
    fn page_name(&self, place: usize) -> String {
        let page = self.form.as_ref().and_then(|form| form.pages.get(place)).map(|page| page.id.as_str());
        page.unwrap_or("review").to_string()
    }
}
