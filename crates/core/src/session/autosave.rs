//! When answers are saved while the applicant types, and when a failed save is tried again.
//!
//! Nothing the applicant types may be lost (R5), yet a request per keystroke would flood the
//! backend and drain a phone. So a save waits for a pause in typing, but never longer than
//! [`LONGEST_WAIT`] while the applicant keeps typing; hiding the page saves at once. A save that
//! failed because the network is down is tried again by itself, sooner at first, and at once when
//! the browser says it is online again. What to send is [`crate::session::sync::DraftSync`]'s to
//! decide; this only decides when. Time is given by the caller in milliseconds.

use crate::contract::Failure;
use crate::basics::Millis;

/// A pause in typing this long saves the answers.
pub const PAUSE: Millis = 2_000;
/// Typing without a pause saves at least this often.
pub const LONGEST_WAIT: Millis = 15_000;
/// The first automatic retry after a failed save; each later one waits twice as long, up to
/// [`LONGEST_RETRY`].
pub const FIRST_RETRY: Millis = 5_000;
pub const LONGEST_RETRY: Millis = 60_000;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Autosave {
    /// The first and the last change not yet handed over to be saved.
    first_change: Option<Millis>,
    last_change: Millis,
    retry_at: Option<Millis>,
    failures: u32,
}

impl Autosave {
    /// The applicant changed an answer.
    pub fn changed(&mut self, now: Millis) {
        self.first_change.get_or_insert(now);
        self.last_change = now;
    }

    /// Whether there are changes not yet handed over to be saved.
    pub fn is_waiting(&self) -> bool {
        self.first_change.is_some()
    }

    /// Whether the answers should be saved now; if so, the changes count as handed over.
    pub fn due(&mut self, now: Millis) -> bool {
        let due = self.first_change.is_some_and(|first| now - self.last_change >= PAUSE || now - first >= LONGEST_WAIT);
        if due {
            self.first_change = None;
        }
        due
    }

    /// The page is being hidden or left: save now, whatever the pause. Returns whether there
    /// were changes to save.
    pub fn flush(&mut self) -> bool {
        self.first_change.take().is_some()
    }

    /// A save failed. Only a network that did not answer, or a backend that failed, is tried
    /// again by itself; the other failures need the applicant (sign in again, choose which
    /// answers to keep).
    pub fn failed(&mut self, failure: &Failure, now: Millis) {
        if !matches!(failure, Failure::Offline | Failure::Unexpected) {
            self.retry_at = None;
            return;
        }
        let wait = (FIRST_RETRY << self.failures.min(8)).min(LONGEST_RETRY);
        self.failures += 1;
        self.retry_at = Some(now + wait);
    }

    /// A save went through.
    pub fn saved(&mut self) {
        self.retry_at = None;
        self.failures = 0;
    }

    /// The browser says the network is back: try at once.
    pub fn online(&mut self, now: Millis) {
        if self.retry_at.is_some() {
            self.retry_at = Some(now);
        }
    }

    /// Whether a failed save should be tried again now; if so, it counts as tried.
    pub fn retry_due(&mut self, now: Millis) -> bool {
        let due = self.retry_at.is_some_and(|at| now >= at);
        if due {
            self.retry_at = None;
        }
        due
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pause_in_typing_saves() {
        let mut autosave = Autosave::default();
        assert!(!autosave.due(10_000), "nothing typed, nothing to save");
        autosave.changed(0);
        autosave.changed(1_500);
        assert!(autosave.is_waiting());
        assert!(!autosave.due(3_000), "still typing");
        assert!(autosave.due(3_500));
        assert!(!autosave.is_waiting() && !autosave.due(9_000), "handed over once");
    }

    #[test]
    fn steady_typing_still_saves() {
        let mut autosave = Autosave::default();
        let mut saves = 0;
        for t in (0..40_000).step_by(500) {
            autosave.changed(t);
            saves += usize::from(autosave.due(t));
        }
        assert_eq!(saves, 2, "every 15 s while typing without a pause");
    }

    #[test]
    fn hiding_the_page_saves_at_once() {
        let mut autosave = Autosave::default();
        assert!(!autosave.flush());
        autosave.changed(0);
        assert!(autosave.flush());
        assert!(!autosave.due(60_000));
    }

    #[test]
    fn a_save_that_could_not_reach_the_backend_is_tried_again_by_itself() {
        let mut autosave = Autosave::default();
        autosave.failed(&Failure::Offline, 0);
        assert!(!autosave.retry_due(4_999));
        assert!(autosave.retry_due(5_000));
        assert!(!autosave.retry_due(5_001), "one retry per failure");
        autosave.failed(&Failure::Offline, 10_000);
        assert!(!autosave.retry_due(19_999) && autosave.retry_due(20_000), "then twice as long");
        for _ in 0..10 {
            autosave.failed(&Failure::Unexpected, 0);
        }
        assert!(!autosave.retry_due(59_999) && autosave.retry_due(60_000), "never longer than a minute");
        autosave.failed(&Failure::Offline, 100_000);
        autosave.online(100_001);
        assert!(autosave.retry_due(100_001), "online again: at once");
        autosave.saved();
        autosave.failed(&Failure::Offline, 0);
        assert!(autosave.retry_due(5_000), "a success starts the waits over");
    }

    #[test]
    fn failures_the_applicant_must_resolve_are_not_retried() {
        let mut autosave = Autosave::default();
        for failure in [Failure::SignedOut, Failure::Stale, Failure::Locked] {
            autosave.failed(&failure, 0);
            autosave.online(1);
            assert!(!autosave.retry_due(1_000_000), "{failure:?}");
        }
    }
}
