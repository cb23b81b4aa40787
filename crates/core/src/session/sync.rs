//! What to send to keep a draft on the backend in step with the page, one request at a time.

use crate::basics::Millis;
use crate::contract::{answers_to_json, Draft, Failure, Request};
use crate::run::Snapshot;

/// Where saving stands, as the page shows it.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveState {
    /// Nothing has been changed since the draft was opened.
    Unchanged,
    Saving,
    Saved { at: Millis },
    /// The last request failed; the answers are still here, unsaved.
    Failed(Failure),
}

/// Keeps a draft on the backend in step with the answers in the page.
///
/// At most one request is under way at a time, so saves reach the backend in order and each is
/// based on the version the one before it returned. A change while a save is under way is sent
/// when that save returns; a failed save keeps the newest answers to send again.
#[derive(Clone, Debug, PartialEq)]
pub struct DraftSync {
    form_id: String,
    /// The draft's id and the version last read or written; `None` until it is created.
    draft: Option<(String, u64)>,
    latest: Option<Snapshot>,
    /// Counts changes; `saved` is the count the backend has, `sending` the one under way.
    changes: u64,
    saved: u64,
    sending: Option<u64>,
    state: SaveState,
}

impl DraftSync {
    /// For a form without a draft yet: one is created with the first change.
    pub fn new(form_id: &str) -> Self {
        DraftSync { form_id: form_id.to_string(), draft: None, latest: None, changes: 0, saved: 0, sending: None, state: SaveState::Unchanged }
    }

    /// For a draft read from the backend.
    pub fn resume(draft: &Draft) -> Self {
        // What the backend holds is the latest saved snapshot: the same answers again are no change.
        let saved = Snapshot { answers: draft.answers.clone(), page: draft.page };
        DraftSync { draft: Some((draft.id.clone(), draft.version)), latest: Some(saved), ..DraftSync::new(&draft.form_id) }
    }

    /// For a draft read from the backend while this device has answers it lacks (see
    /// [`crate::session::device::resume`]): unsaved ones are sent at once; after a save elsewhere they
    /// wait, as a stale save would, until the applicant chooses (see [`DraftSync::keep_mine`]).
    pub fn resume_with(draft: &Draft, resume: crate::session::device::Resume) -> (Self, Option<Request>) {
        let mut sync = DraftSync::resume(draft);
        let request = match resume {
            crate::session::device::Resume::Saved => None,
            crate::session::device::Resume::Unsaved(snapshot) => sync.changed(snapshot),
            crate::session::device::Resume::Conflict(snapshot) => {
                sync.failed(Failure::Stale);
                sync.changed(snapshot)
            }
        };
        (sync, request)
    }

    pub fn form_id(&self) -> &str {
        &self.form_id
    }
    /// The version of the draft last read or written.
    pub fn version(&self) -> Option<u64> {
        self.draft.as_ref().map(|(_, version)| *version)
    }
    pub fn state(&self) -> &SaveState {
        &self.state
    }
    pub fn draft_id(&self) -> Option<&str> {
        self.draft.as_ref().map(|(id, _)| id.as_str())
    }
    /// The newest answers, saved or not: what the page shows again after signing in anew.
    pub fn latest(&self) -> Option<&Snapshot> {
        self.latest.as_ref()
    }
    /// What this device should keep because the backend lacks it (see [`crate::session::device`]).
    pub fn unsaved(&self) -> Option<crate::session::device::Unsaved> {
        let (id, version) = self.draft.as_ref()?;
        let snapshot = self.latest.clone().filter(|_| !self.is_saved())?;
        Some(crate::session::device::Unsaved { draft: id.clone(), based_on: *version, snapshot })
    }

    /// Whether the backend has every change.
    pub fn is_saved(&self) -> bool {
        self.saved == self.changes
    }

    /// The applicant changed something: returns the request to send now, if one is due.
    pub fn changed(&mut self, snapshot: Snapshot) -> Option<Request> {
        // Nothing new: a time-out, a sign-out or an autosave of answers that are saved already,
        // or on their way (a second save of them could arrive after the backend ended the session).
        if self.latest.as_ref() == Some(&snapshot) {
            return None;
        }
        self.latest = Some(snapshot);
        self.changes += 1;
        if !matches!(self.state, SaveState::Failed(_)) {
            self.state = SaveState::Saving;
        }
        self.next_request()
    }

    /// The draft was created with this id and version.
    pub fn created(&mut self, id: String, version: u64) -> Option<Request> {
        self.draft = Some((id, version));
        self.sending = None;
        self.next_request()
    }

    /// The save under way was written as `version`.
    pub fn saved(&mut self, version: u64, now: Millis) -> Option<Request> {
        if let (Some((_, current)), Some(sent)) = (self.draft.as_mut(), self.sending.take()) {
            *current = version;
            self.saved = sent;
        }
        if self.is_saved() {
            self.state = SaveState::Saved { at: now };
        }
        self.next_request()
    }

    /// The request under way failed. Nothing more is sent until [`DraftSync::retry`]. An
    /// expired draft is gone from the backend: trying again starts a new one with these answers.
    pub fn failed(&mut self, failure: Failure) {
        self.sending = None;
        if failure == Failure::Expired {
            self.draft = None;
        }
        self.state = SaveState::Failed(failure);
    }

    /// Sends the newest answers again, after a failure (the applicant pressed "Try again", signed
    /// in again, or the network came back).
    pub fn retry(&mut self) -> Option<Request> {
        if self.state == SaveState::Failed(Failure::Stale) {
            return None;
        }
        if matches!(self.state, SaveState::Failed(_)) {
            self.state = if self.is_saved() { SaveState::Unchanged } else { SaveState::Saving };
        }
        self.next_request()
    }

    /// After a stale save, the applicant chose to keep the answers on this screen over the ones
    /// saved elsewhere, which are at `version` now: they are saved over it.
    pub fn keep_mine(&mut self, version: u64) -> Option<Request> {
        if self.state != SaveState::Failed(Failure::Stale) {
            return None;
        }
        if let Some((_, current)) = self.draft.as_mut() {
            *current = version;
        }
        self.state = SaveState::Saving;
        self.next_request()
    }

    fn next_request(&mut self) -> Option<Request> {
        if self.sending.is_some() || self.is_saved() || matches!(self.state, SaveState::Failed(_)) {
            return None;
        }
        let Some((id, version)) = &self.draft else {
            // Creating carries no answers; the save that follows it does.
            self.sending = Some(self.saved);
            return Some(Request::Create { form_id: self.form_id.clone() });
        };
        let latest = self.latest.as_ref()?;
        self.sending = Some(self.changes);
        let body = format!("{{\"answers\":{},\"page\":{}}}", answers_to_json(&latest.answers), latest.page);
        Some(Request::Save { id: id.clone(), version: *version, body })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::run::answers::{Answer, Answers, FieldPath};

    fn snapshot(name: &str, page: usize) -> Snapshot {
        let mut answers = Answers::default();
        answers.set(&FieldPath::top("name"), Answer::Text(name.into()));
        Snapshot { answers, page }
    }

    fn save_of(request: Option<Request>) -> (String, u64, String) {
        match request {
            Some(Request::Save { id, version, body }) => (id, version, body),
            other => panic!("expected a save, got {other:?}"),
        }
    }

    #[test]
    fn the_first_change_creates_the_draft_then_saves_it() {
        let mut sync = DraftSync::new("visitor-visa");
        assert_eq!(sync.state(), &SaveState::Unchanged);
        assert_eq!(sync.changed(snapshot("Ada", 1)), Some(Request::Create { form_id: "visitor-visa".into() }));
        assert_eq!(sync.state(), &SaveState::Saving);
        let (id, version, body) = save_of(sync.created("d1".into(), 1));
        assert_eq!((id.as_str(), version), ("d1", 1));
        assert_eq!(body, r#"{"answers":{"name":"Ada"},"page":1}"#);
        assert_eq!(sync.saved(2, 5_000), None);
        assert_eq!(sync.state(), &SaveState::Saved { at: 5_000 });
        assert!(sync.is_saved());
    }

    #[test]
    fn changes_during_a_save_are_sent_after_it_based_on_its_version() {
        let draft = Draft { id: "d1".into(), form_id: "f".into(), receipt: None, version: 4, answers: Answers::default(), page: 0, expires_at: None, page_deadline: None, extensions_left: None };
        let mut sync = DraftSync::resume(&draft);
        let (_, version, _) = save_of(sync.changed(snapshot("A", 0)));
        assert_eq!(version, 4);
        assert_eq!(sync.changed(snapshot("Ad", 0)), None, "one request at a time");
        assert_eq!(sync.changed(snapshot("Ada", 1)), None);
        let (_, version, body) = save_of(sync.saved(5, 1_000));
        assert_eq!(version, 5, "based on the version the last save returned");
        assert!(body.contains("\"Ada\"") && body.ends_with("\"page\":1}"), "only the newest answers are sent: {body}");
        assert_eq!(sync.state(), &SaveState::Saving, "not saved while a change is still on its way");
        assert_eq!(sync.saved(6, 2_000), None);
        assert_eq!(sync.state(), &SaveState::Saved { at: 2_000 });
    }

    #[test]
    fn what_the_backend_already_holds_is_not_sent_again() {
        let mut answers = Answers::default();
        answers.set(&FieldPath::top("name"), Answer::Text("Ada".into()));
        let draft = Draft { id: "d1".into(), form_id: "f".into(), receipt: None, version: 4, answers, page: 2, expires_at: None, page_deadline: None, extensions_left: None };
        let mut sync = DraftSync::resume(&draft);
        assert_eq!(sync.changed(snapshot("Ada", 2)), None, "the resumed answers, unchanged");
        assert_eq!(sync.state(), &SaveState::Unchanged);
        save_of(sync.changed(snapshot("Ada", 3)));
        assert_eq!(sync.saved(5, 1_000), None);
        assert_eq!(sync.changed(snapshot("Ada", 3)), None, "the answers just saved");
        save_of(sync.changed(snapshot("Ada", 4)));
        assert_eq!(sync.changed(snapshot("Ada", 4)), None, "the answers on their way");
        assert_eq!(sync.saved(6, 2_000), None, "sent once");
        assert!(sync.is_saved());
        assert!(sync.is_saved());
    }

    #[test]
    fn a_failed_save_keeps_the_answers_until_retried() {
        let mut sync = DraftSync::new("f");
        sync.changed(snapshot("Ada", 0));
        save_of(sync.created("d1".into(), 1));
        sync.failed(Failure::Offline);
        assert_eq!(sync.state(), &SaveState::Failed(Failure::Offline));
        assert_eq!(sync.changed(snapshot("Ada L", 0)), None, "nothing is sent while failed");
        assert_eq!(sync.state(), &SaveState::Failed(Failure::Offline), "the failure stays shown");
        assert!(!sync.is_saved());
        let (_, version, body) = save_of(sync.retry());
        assert_eq!(version, 1);
        assert!(body.contains("Ada L"));
        sync.saved(2, 9);
        assert!(sync.is_saved());
        assert_eq!(sync.retry(), None, "nothing to send once saved");
    }

    fn draft(version: u64, snapshot: Snapshot) -> Draft {
        Draft { id: "d1".into(), form_id: "f".into(), receipt: None, version, answers: snapshot.answers, page: snapshot.page, expires_at: None, page_deadline: None, extensions_left: None }
    }

    #[test]
    fn what_the_device_kept_is_sent_or_waits_for_the_applicant() {
        use crate::session::device::Resume;
        let (sync, request) = DraftSync::resume_with(&draft(4, snapshot("Ada", 1)), Resume::Saved);
        assert_eq!((request, sync.state()), (None, &SaveState::Unchanged));
        let (sync, request) = DraftSync::resume_with(&draft(4, snapshot("Ada", 1)), Resume::Unsaved(snapshot("Ada L", 2)));
        let (_, version, body) = save_of(request);
        assert_eq!(version, 4);
        assert!(body.contains("Ada L"));
        assert_eq!(sync.unsaved().map(|u| (u.based_on, u.snapshot)), Some((4, snapshot("Ada L", 2))), "kept until saved");

        let (mut sync, request) = DraftSync::resume_with(&draft(6, snapshot("Ada", 1)), Resume::Conflict(snapshot("Ada L", 2)));
        assert_eq!(request, None, "nothing is written over a save made elsewhere");
        assert_eq!(sync.state(), &SaveState::Failed(Failure::Stale));
        assert_eq!(sync.latest(), Some(&snapshot("Ada L", 2)), "the device's answers are shown");
        assert_eq!(sync.retry(), None, "only the applicant's choice resolves a conflict");
    }

    #[test]
    fn keeping_my_answers_saves_them_over_the_newer_version() {
        let mut sync = DraftSync::resume(&draft(4, snapshot("Ada", 1)));
        save_of(sync.changed(snapshot("Ada L", 1)));
        assert_eq!(sync.keep_mine(9), None, "only after a conflict");
        sync.failed(Failure::Stale);
        assert_eq!(sync.unsaved().map(|u| u.based_on), Some(4));
        let (_, version, body) = save_of(sync.keep_mine(7));
        assert_eq!(version, 7, "based on the version saved elsewhere");
        assert!(body.contains("Ada L"));
        sync.saved(8, 1);
        assert!(sync.is_saved() && sync.unsaved().is_none());
    }

    #[test]
    fn an_expired_draft_starts_again_with_the_answers_on_the_screen() {
        let mut sync = DraftSync::resume(&draft(4, snapshot("Ada", 1)));
        save_of(sync.changed(snapshot("Ada L", 1)));
        sync.failed(Failure::Expired);
        assert!(Failure::Expired.can_retry());
        assert_eq!(sync.retry(), Some(Request::Create { form_id: "f".into() }));
        let (id, version, body) = save_of(sync.created("d2".into(), 1));
        assert_eq!((id.as_str(), version), ("d2", 1));
        assert!(body.contains("Ada L"));
    }

    #[test]
    fn a_failed_create_is_retried_as_a_create() {
        let mut sync = DraftSync::new("f");
        sync.changed(snapshot("Ada", 0));
        sync.failed(Failure::SignedOut);
        assert_eq!(sync.draft_id(), None);
        assert_eq!(sync.retry(), Some(Request::Create { form_id: "f".into() }));
    }
}
