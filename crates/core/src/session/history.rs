//! The browser's Back and Forward buttons on a form.
//!
//! The service told applicants to use only the form's own buttons (R3). Blankett makes the
//! browser's buttons safe instead: every page the applicant moves to with the form's buttons adds
//! one history entry; the browser's Back then acts as the form's Back (answers kept, nothing
//! checked) and Forward as Next (the page is checked, and an invalid page stops it). Entries are
//! never pushed again to hold the applicant in the form: browsers skip such entries as history
//! manipulation, and it traps people.
//!
//! Each entry's state names the form and the place it shows (see `FormRun::place`), and the place
//! of the entry before it when that entry is the form's too, so that the form's own Back can go
//! back in history rather than add an entry.
//!
//! A form embedded in someone else's page (the widget, see ARCHITECTURE.md) shares the host's
//! history, in one of two ways ([`HistoryMode`]). With `entries` (the default) its pages are
//! entries of the host page as above, but each entry's state is the host's own state of the entry
//! the form moved from, with the form's [`Entry`] added under [`Entry::tag`]: the host's router
//! finds only states it pushed (with one key more), and the form reads only its own key, so that
//! a state the host pushes is never taken for a page of the form. With `none` the form adds and
//! reads no entry at all: only its own buttons move it, and Back and Forward belong to the host.

/// What the form keeps in one history entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub form: String,
    pub place: usize,
    /// The place shown by the entry before this one, if that entry is this form's.
    pub previous: Option<usize>,
}

const PREFIX: &str = "blankett-place";

impl Entry {
    pub fn encode(&self) -> String {
        let previous = self.previous.map_or("-".to_string(), |p| p.to_string());
        format!("{PREFIX} {} {previous} {}", self.place, self.form)
    }

    /// The key under which an embedded form keeps its entry in the host's history state (an
    /// object): one per form, so that two forms on one page keep apart, and named so that no
    /// host's own key is taken for it.
    pub fn tag(form: &str) -> String {
        format!("{PREFIX}:{form}")
    }

    /// Reads an entry's state; `None` for an entry that is not the form's (a skip link's `#main`,
    /// or a page the app is embedded in).
    pub fn decode(text: &str) -> Option<Entry> {
        let mut parts = text.strip_prefix(PREFIX)?.strip_prefix(' ')?.splitn(3, ' ');
        let place = parts.next()?.parse().ok()?;
        let previous = match parts.next()? {
            "-" => None,
            p => Some(p.parse().ok()?),
        };
        let form = parts.next().filter(|f| !f.is_empty())?.to_string();
        Some(Entry { form, place, previous })
    }
}

/// How an embedded form uses the host page's history (see the module's introduction).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum HistoryMode {
    /// Each page of the form is a history entry of the host page, tagged as the form's.
    #[default]
    Entries,
    /// The form neither adds nor reads history entries.
    None,
}

impl HistoryMode {
    /// The mode an embedding page names (`history="entries"` or `"none"`); `None` for anything
    /// else, which the widget refuses with a message rather than guessing.
    pub fn read(text: &str) -> Option<HistoryMode> {
        match text {
            "entries" => Some(HistoryMode::Entries),
            "none" => Some(HistoryMode::None),
            _ => None,
        }
    }

    /// What the form does to the history in this mode, given what it would do as the page's
    /// owner: in `none`, nothing ever.
    pub fn step(self, step: HistoryStep) -> HistoryStep {
        match self {
            HistoryMode::Entries => step,
            HistoryMode::None => HistoryStep::Nothing,
        }
    }

    /// Whether the browser's Back and Forward move the form.
    pub fn follows_the_browser(self) -> bool {
        self == HistoryMode::Entries
    }
}

/// What the app does to the browser's history.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HistoryStep {
    Push(Entry),
    Replace(Entry),
    /// `history.back()`: the entry before is the place the form just moved to.
    GoBack,
    Nothing,
}

/// The form opened at `place` in the entry whose state is `current`. That entry becomes the
/// form's; after a reload it still knows the entry before it.
pub fn opened(form: &str, place: usize, current: Option<Entry>) -> HistoryStep {
    let previous = current.filter(|e| e.form == form && e.place == place).and_then(|e| e.previous);
    HistoryStep::Replace(Entry { form: form.to_string(), place, previous })
}

/// The applicant moved with the form's Next or Back from `from` to `to`, in the entry `current`.
pub fn moved(form: &str, from: usize, to: usize, current: Option<&Entry>) -> HistoryStep {
    if from == to {
        return HistoryStep::Nothing;
    }
    let came_from_there = current.is_some_and(|e| e.form == form && e.place == from && e.previous == Some(to));
    if to < from && came_from_there {
        HistoryStep::GoBack
    } else {
        HistoryStep::Push(Entry { form: form.to_string(), place: to, previous: Some(from) })
    }
}

/// An embedded form moved with its own buttons from `from` to `to`, in the entry `current`. On
/// the host's page an entry need not be the form's: the host pushes its own (a section of its
/// page) while the form is open. The form first marks such an entry with the place it shows, so
/// that Back to it shows that place again, and then moves as [`moved`] does.
pub fn moved_on_host(form: &str, from: usize, to: usize, current: Option<&Entry>) -> Vec<HistoryStep> {
    let mut steps = Vec::new();
    if current.is_none() && from != to {
        steps.push(HistoryStep::Replace(Entry { form: form.to_string(), place: from, previous: None }));
    }
    steps.push(moved(form, from, to, current));
    steps
}

/// The browser's Back or Forward went from place `from` to the entry `entry`, and the form
/// travelled as far as `reached` (see `FormRun::travel`). A Forward stopped by a page with errors
/// goes back to that page's entry; anything else that did not reach the entry's place rewrites
/// the entry to say where the applicant is.
pub fn travelled(entry: &Entry, from: usize, reached: usize) -> HistoryStep {
    if reached == entry.place {
        HistoryStep::Nothing
    } else if from < entry.place && reached < entry.place && entry.previous == Some(reached) {
        HistoryStep::GoBack
    } else {
        HistoryStep::Replace(Entry { place: reached, ..entry.clone() })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(place: usize, previous: Option<usize>) -> Entry {
        Entry { form: "visa".into(), place, previous }
    }

    #[test]
    fn an_entry_survives_the_browser() {
        for e in [entry(0, None), entry(3, Some(2)), Entry { form: "a b".into(), place: 9, previous: Some(10) }] {
            assert_eq!(Entry::decode(&e.encode()), Some(e.clone()), "{}", e.encode());
        }
        assert_eq!(Entry::decode(""), None);
        assert_eq!(Entry::decode("#main"), None);
        assert_eq!(Entry::decode("blankett-place x - visa"), None);
        assert_eq!(Entry::decode("blankett-place 1 -"), None);
    }

    #[test]
    fn opening_takes_over_the_entry_and_a_reload_keeps_its_past() {
        assert_eq!(opened("visa", 2, None), HistoryStep::Replace(entry(2, None)));
        assert_eq!(opened("visa", 2, Some(entry(2, Some(1)))), HistoryStep::Replace(entry(2, Some(1))), "reloaded in the same entry");
        assert_eq!(opened("visa", 3, Some(entry(2, Some(1)))), HistoryStep::Replace(entry(3, None)), "the draft moved on elsewhere");
        let other = Entry { form: "permit".into(), place: 2, previous: Some(1) };
        assert_eq!(opened("visa", 2, Some(other)), HistoryStep::Replace(entry(2, None)));
    }

    #[test]
    fn next_adds_an_entry_and_back_returns_through_it() {
        assert_eq!(moved("visa", 0, 1, Some(&entry(0, None))), HistoryStep::Push(entry(1, Some(0))));
        assert_eq!(moved("visa", 1, 0, Some(&entry(1, Some(0)))), HistoryStep::GoBack, "the entry before is that page");
        // After a reload on page 3 the entry before is unknown: the form's Back adds an entry.
        assert_eq!(moved("visa", 3, 2, Some(&entry(3, None))), HistoryStep::Push(entry(2, Some(3))));
        // A hidden page was skipped on the way forward, and is skipped on the way back too.
        assert_eq!(moved("visa", 2, 0, Some(&entry(2, Some(0)))), HistoryStep::GoBack);
        assert_eq!(moved("visa", 1, 1, Some(&entry(1, None))), HistoryStep::Nothing);
    }

    #[test]
    fn an_embedded_form_without_history_entries_never_changes_the_history() {
        assert_eq!(HistoryMode::read("entries"), Some(HistoryMode::Entries));
        assert_eq!(HistoryMode::read("none"), Some(HistoryMode::None));
        for bad in ["", "Entries", "NONE", "push", "entries "] {
            assert_eq!(HistoryMode::read(bad), None, "{bad:?}");
        }
        assert_eq!(HistoryMode::default(), HistoryMode::Entries, "the default is the standalone app's way");
        let steps = [opened("visa", 0, None), moved("visa", 0, 1, None), moved("visa", 1, 0, Some(&entry(1, Some(0)))), travelled(&entry(3, Some(2)), 0, 1)];
        for step in steps {
            assert_eq!(HistoryMode::Entries.step(step.clone()), step);
            assert_eq!(HistoryMode::None.step(step), HistoryStep::Nothing);
        }
        assert!(HistoryMode::Entries.follows_the_browser());
        assert!(!HistoryMode::None.follows_the_browser());
    }

    #[test]
    fn an_entry_the_host_pushed_over_the_form_is_marked_before_the_form_moves_on() {
        // The host pushed an entry of its own (no form's state) while the form showed place 0.
        assert_eq!(moved_on_host("visa", 0, 1, None), [HistoryStep::Replace(entry(0, None)), HistoryStep::Push(entry(1, Some(0)))]);
        // Back to it then reads place 0; on the form's own entries it moves as `moved` does.
        assert_eq!(moved_on_host("visa", 0, 1, Some(&entry(0, None))), [HistoryStep::Push(entry(1, Some(0)))]);
        assert_eq!(moved_on_host("visa", 1, 0, Some(&entry(1, Some(0)))), [HistoryStep::GoBack]);
        assert_eq!(moved_on_host("visa", 1, 1, None), [HistoryStep::Nothing]);
    }

    #[test]
    fn each_embedded_form_has_a_tag_of_its_own_that_no_plain_key_is() {
        assert_eq!(Entry::tag("visa"), "blankett-place:visa");
        assert_ne!(Entry::tag("visa"), Entry::tag("permit"));
        // A host's state under another key, or a tag's value that is not an entry, is not the form's.
        assert_eq!(Entry::decode("{\"usr\":null,\"key\":\"x\",\"idx\":2}"), None);
        assert_eq!(Entry::decode("blankett-place:visa"), None);
    }

    #[test]
    fn the_browser_buttons_land_where_the_form_can_go() {
        assert_eq!(travelled(&entry(1, Some(0)), 2, 1), HistoryStep::Nothing, "Back, as the form's Back");
        assert_eq!(travelled(&entry(2, Some(1)), 1, 2), HistoryStep::Nothing, "Forward over a valid page");
        assert_eq!(travelled(&entry(2, Some(1)), 1, 1), HistoryStep::GoBack, "Forward stopped by errors returns to their page");
        assert_eq!(travelled(&entry(3, Some(2)), 0, 1), HistoryStep::Replace(entry(1, Some(2))), "stopped further back");
        assert_eq!(travelled(&entry(1, Some(0)), 2, 0), HistoryStep::Replace(entry(0, Some(0))), "the page is hidden now");
    }
}
