//! What the views read from a [`Session`]: nothing here changes it.

use super::event::{Leaving, Welcome};
use super::machine::Session;
use super::sync::SaveState;
use crate::contract::Confirmed;
use crate::session::editing::Editing;
use crate::basics::Millis;
use crate::session::confirmation::Confirmation;
use crate::schema::Form;
use crate::timing::{after_time_out, page_limit, AfterTimeOut, Announcement, Phase, Reason};
use std::sync::Arc;

impl Session {
    pub fn form_id(&self) -> &str {
        self.sync.form_id()
    }

    pub fn save_state(&self) -> &SaveState {
        self.sync.state()
    }

    pub fn form(&self) -> Option<&Arc<Form>> {
        self.form.as_ref()
    }

    /// Whether `answers` differ from the newest the session knows of: the applicant typed.
    pub fn is_change(&self, answers: &crate::run::answers::Answers) -> bool {
        self.sync.latest().is_some_and(|latest| latest.answers != *answers)
    }

    /// Whether a change typed waits for the pause in typing that saves it.
    pub fn is_waiting(&self) -> bool {
        self.autosave.is_waiting()
    }

    /// Whether something the applicant typed is not saved by the backend yet.
    pub fn unsaved(&self) -> bool {
        self.autosave.is_waiting() || !self.sync.is_saved()
    }

    /// Changes whenever the notice about a failed save, or about Confirm, says something else:
    /// a view that rebuilds a notice follows this, so a notice is not rebuilt (and read out
    /// again by a screen reader) every second.
    pub fn notices(&self) -> usize {
        self.notices
    }

    pub fn editing(&self) -> Editing {
        self.editing
    }

    pub fn leaving(&self) -> Option<Leaving> {
        self.leaving
    }

    /// Signed out, and the answers are saved.
    pub fn is_signed_out(&self) -> bool {
        self.signed_out
    }

    pub fn device_failed(&self) -> bool {
        self.device_failed
    }

    /// Until when the backend keeps the draft (R4), as it said last.
    pub fn kept_until(&self) -> Option<&str> {
        self.kept_until.as_deref()
    }

    /// What the live region last said about the time left.
    pub fn said(&self) -> Option<Announcement> {
        self.said
    }

    /// What the first page says: the draft continued or started anew, or the page's time
    /// restarted (with the page's minutes).
    pub fn welcome(&self) -> Option<&Welcome> {
        self.welcome.as_ref()
    }

    pub fn restarted(&self) -> bool {
        self.restarted
    }

    pub fn confirmation(&self) -> &Confirmation {
        &self.confirmation
    }

    pub fn receipt(&self) -> Option<&Confirmed> {
        self.confirmation.receipt()
    }

    /// The time left on the page shown, while it runs.
    pub fn page_time_left(&self) -> Option<Millis> {
        Some(self.timer.as_ref()?.page_time_left(self.now))
    }

    /// The warning to show: its reason, the time left and whether more time can be given.
    pub fn warning(&self) -> Option<(Reason, Millis, bool)> {
        match self.phase? {
            Phase::Warning { reason, ends_at, can_extend } => Some((reason, ends_at - self.now, can_extend)),
            _ => None,
        }
    }

    /// Minutes the current page has in full (the warning offers that much more).
    pub fn page_minutes(&self) -> u32 {
        match (&self.timer, &self.form) {
            (Some(timer), Some(form)) => (page_limit(form, timer.page()) / 60_000) as u32,
            _ => 0,
        }
    }

    /// Whether the form is hidden: the applicant is signed out, or will be once saved.
    pub fn hides_form(&self) -> bool {
        match self.leaving {
            Some(Leaving::TimeOut(reason)) => after_time_out(reason, self.policy(), true) == Some(AfterTimeOut::SignOut),
            Some(Leaving::Elsewhere) => true,
            Some(Leaving::Chosen) | None => false,
        }
    }

    /// Whether the form is shown: this tab edits the draft and the applicant has not left it.
    pub fn shows_form(&self) -> bool {
        self.editing.is_here() && !self.hides_form()
    }
}
