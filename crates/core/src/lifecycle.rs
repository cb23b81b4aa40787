//! An application's life: a draft that can be saved and expires, then confirmed once and locked.
//!
//! These are the service's rules R4 (an interrupted draft is kept 30 days for a work permit, 48
//! hours otherwise, counted from its last save, then deleted), R8 (after confirmation nothing can
//! be changed) and the contract's concurrency rule (a save names the version it was based on; a
//! save based on an older version is refused, never applied over a newer one). Time is a plain
//! number of milliseconds given by the caller, so every rule is tested with a fake clock.

use crate::schema::FormKind;

use crate::basics::Millis;

const HOUR: Millis = 60 * 60 * 1000;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum State {
    Draft,
    Confirmed(Receipt),
}

/// What the applicant gets when they confirm: the reference to quote, and when.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Receipt {
    pub reference: String,
    pub confirmed_at: Millis,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Application {
    pub kind: FormKind,
    pub state: State,
    /// Starts at 1 and grows by one with every save.
    pub version: u64,
    pub saved_at: Millis,
    /// The idempotency key of the confirmation, so that a retried confirm finds its receipt.
    pub confirmation_key: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// The save was based on `based_on`, but the draft is at `current` (another tab or device
    /// saved in between). Nothing was written.
    StaleVersion { based_on: u64, current: u64 },
    /// The application is confirmed; nothing can change (R8).
    Locked,
    /// The draft was deleted when its retention time ran out (R4).
    Expired,
    /// A second confirmation with a different key.
    AlreadyConfirmed,
}

impl Application {
    pub fn new(kind: FormKind, now: Millis) -> Self {
        Application { kind, state: State::Draft, version: 1, saved_at: now, confirmation_key: None }
    }

    /// When an unconfirmed draft is deleted: its retention time after the last save. A confirmed
    /// application does not expire.
    pub fn expires_at(&self) -> Option<Millis> {
        match self.state {
            State::Draft => Some(self.saved_at + Millis::from(self.kind.retention_hours()) * HOUR),
            State::Confirmed(_) => None,
        }
    }

    pub fn is_expired(&self, now: Millis) -> bool {
        self.expires_at().is_some_and(|at| now >= at)
    }

    /// A save of the answers, based on the version the saver last read. Returns the new version.
    pub fn save(&mut self, based_on: u64, now: Millis) -> Result<u64, Refusal> {
        self.writable(now)?;
        if based_on != self.version {
            return Err(Refusal::StaleVersion { based_on, current: self.version });
        }
        self.version += 1;
        self.saved_at = now;
        Ok(self.version)
    }

    /// Whether answers or documents may change now.
    pub fn writable(&self, now: Millis) -> Result<(), Refusal> {
        match self.state {
            State::Confirmed(_) => Err(Refusal::Locked),
            State::Draft if self.is_expired(now) => Err(Refusal::Expired),
            State::Draft => Ok(()),
        }
    }

    /// Confirms the application. The same key again (a double click, a retried request) returns
    /// the same receipt; a confirmation never happens twice.
    pub fn confirm(&mut self, key: &str, reference: impl FnOnce() -> String, now: Millis) -> Result<Receipt, Refusal> {
        if let State::Confirmed(receipt) = &self.state {
            return if self.confirmation_key.as_deref() == Some(key) { Ok(receipt.clone()) } else { Err(Refusal::AlreadyConfirmed) };
        }
        if self.is_expired(now) {
            return Err(Refusal::Expired);
        }
        let receipt = Receipt { reference: reference(), confirmed_at: now };
        self.state = State::Confirmed(receipt.clone());
        self.confirmation_key = Some(key.to_string());
        self.version += 1;
        Ok(receipt)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAY: Millis = 24 * HOUR;
    const T0: Millis = 1_795_000_000_000;

    #[test]
    fn a_work_permit_draft_is_kept_30_days_after_its_last_save_and_others_48_hours() {
        let mut permit = Application::new(FormKind::WorkPermit, T0);
        assert_eq!(permit.expires_at(), Some(T0 + 30 * DAY));
        assert!(!permit.is_expired(T0 + 30 * DAY - 1));
        assert!(permit.is_expired(T0 + 30 * DAY));
        // Saving moves the deadline: it counts from the last save.
        permit.save(1, T0 + 10 * DAY).unwrap();
        assert_eq!(permit.expires_at(), Some(T0 + 40 * DAY));

        let visit = Application::new(FormKind::Visit, T0);
        assert_eq!(visit.expires_at(), Some(T0 + 48 * HOUR));
        assert!(visit.is_expired(T0 + 48 * HOUR));
        assert!(!visit.is_expired(T0 + 48 * HOUR - 1));
    }

    #[test]
    fn a_save_based_on_an_old_version_is_refused_and_changes_nothing() {
        let mut draft = Application::new(FormKind::Visit, T0);
        assert_eq!(draft.save(1, T0 + 1), Ok(2));
        // A second tab still on version 1:
        assert_eq!(draft.save(1, T0 + 2), Err(Refusal::StaleVersion { based_on: 1, current: 2 }));
        assert_eq!((draft.version, draft.saved_at), (2, T0 + 1));
        assert_eq!(draft.save(2, T0 + 3), Ok(3));
    }

    #[test]
    fn an_expired_draft_can_be_neither_saved_nor_confirmed() {
        let mut draft = Application::new(FormKind::Visit, T0);
        let later = T0 + 48 * HOUR;
        assert_eq!(draft.save(1, later), Err(Refusal::Expired));
        assert_eq!(draft.confirm("k", || "X".into(), later), Err(Refusal::Expired));
    }

    #[test]
    fn confirming_twice_with_one_key_gives_one_receipt_and_then_everything_is_locked() {
        let mut draft = Application::new(FormKind::WorkPermit, T0);
        let references = std::cell::Cell::new(0);
        let next_reference = || {
            references.set(references.get() + 1);
            format!("BL-{}", references.get())
        };
        let first = draft.confirm("key-1", next_reference, T0 + 5).unwrap();
        let again = draft.confirm("key-1", next_reference, T0 + 9).unwrap();
        assert_eq!(first, again);
        assert_eq!(first, Receipt { reference: "BL-1".into(), confirmed_at: T0 + 5 });
        assert_eq!(references.get(), 1, "one submission");
        assert_eq!(draft.confirm("key-2", next_reference, T0 + 9), Err(Refusal::AlreadyConfirmed));
        assert_eq!(draft.save(draft.version, T0 + 10), Err(Refusal::Locked));
        assert_eq!(draft.writable(T0 + 10), Err(Refusal::Locked));
        // A confirmed application is not deleted by the draft retention rule.
        assert_eq!(draft.expires_at(), None);
        assert!(!draft.is_expired(T0 + 365 * DAY));
    }
}
