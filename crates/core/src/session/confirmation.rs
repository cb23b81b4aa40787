//! The applicant's Confirm (R7, R8): the declaration must be ticked, the answers saved first,
//! and a second press (a double click) while one is under way sends nothing.

use crate::contract::{Confirmed, Failure};

/// The idempotency key of an application's confirmation. One application is confirmed at most
/// once, so every Confirm of it, from any tab, is the same request: a retry after a lost answer,
/// or a second press, finds the first receipt instead of a second submission.
pub fn confirmation_key(draft: &str) -> String {
    format!("confirm-{draft}")
}

/// The applicant's Confirm, from the press to the receipt.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Confirmation {
    #[default]
    NotPressed,
    /// Pressed without ticking the declaration: shown as an error at it.
    NotDeclared,
    /// Pressed while answers were still being saved: sent once they are.
    Waiting,
    Sending,
    Failed(Failure),
    Confirmed(Confirmed),
}

impl Confirmation {
    /// The applicant pressed Confirm. Returns whether to send the confirmation now; a press while
    /// one is waiting or on its way, or after the receipt, does nothing.
    pub fn press(&mut self, declared: bool, saved: bool) -> bool {
        match self {
            Confirmation::Waiting | Confirmation::Sending | Confirmation::Confirmed(_) => false,
            _ if !declared => {
                *self = Confirmation::NotDeclared;
                false
            }
            _ if !saved => {
                *self = Confirmation::Waiting;
                false
            }
            _ => {
                *self = Confirmation::Sending;
                true
            }
        }
    }

    /// The answers are saved now. Returns whether a waiting confirmation is to be sent.
    pub fn saved(&mut self) -> bool {
        if *self == Confirmation::Waiting {
            *self = Confirmation::Sending;
            return true;
        }
        false
    }

    /// The save the confirmation waits for failed: the failure is shown with the save's own
    /// Try again, and Confirm can be pressed again.
    pub fn save_failed(&mut self) {
        if *self == Confirmation::Waiting {
            *self = Confirmation::NotPressed;
        }
    }

    /// The backend's answer to the confirmation.
    pub fn answered(&mut self, answer: Result<Confirmed, Failure>) {
        *self = match answer {
            Ok(receipt) => Confirmation::Confirmed(receipt),
            Err(failure) => Confirmation::Failed(failure),
        };
    }

    pub fn receipt(&self) -> Option<&Confirmed> {
        match self {
            Confirmation::Confirmed(receipt) => Some(receipt),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn confirm_needs_the_declaration_waits_for_the_save_and_sends_once() {
        let mut confirming = Confirmation::default();
        assert!(!confirming.press(false, true));
        assert_eq!(confirming, Confirmation::NotDeclared);
        assert!(!confirming.press(true, false), "answers still on their way");
        assert_eq!(confirming, Confirmation::Waiting);
        assert!(!confirming.press(true, false), "a double click");
        assert!(confirming.saved(), "sent once saved");
        assert!(!confirming.saved());
        assert!(!confirming.press(true, true), "pressed again while sending");
        confirming.answered(Err(Failure::Offline));
        assert!(confirming.press(true, true), "after a failure Confirm can be pressed again");
        let receipt = Confirmed { reference: "BL-2026-000001".into(), confirmed_at: "2026-11-21T10:00:00.000Z".into() };
        confirming.answered(Ok(receipt.clone()));
        assert_eq!(confirming.receipt(), Some(&receipt));
        assert!(!confirming.press(true, true), "confirmed once");

        let mut waiting = Confirmation::default();
        waiting.press(true, false);
        waiting.save_failed();
        assert_eq!(waiting, Confirmation::NotPressed);
        assert_eq!(confirmation_key("d1"), confirmation_key("d1"), "a retry is the same request");
    }
}
