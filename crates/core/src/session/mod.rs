//! The applicant's time with one draft, as one state machine: saving it as they type and keeping
//! a copy on the device until the backend has it (R5), the browser's Back and Forward (R3), one
//! editing tab at a time, the page's countdown and the inactivity limit (R2, R10), Confirm (R8),
//! and leaving — by a time-out, by Sign out, or because another tab signed out.
//!
//! The web app sends [`Event`]s (a tick at a wall-clock time, a click, a backend answer, another
//! tab's message) to [`Session::handle`] and carries out the [`Command`]s it returns (send this
//! save, write the device copy, push a history entry, open the warning, move focus, sign out),
//! feeding back how each went. Nothing here touches a browser or a network, so every path —
//! the time-out that saves before signing out, a failed save that keeps everything, a take-over
//! between tabs — is tested natively with a fake clock (`tests/session.rs`).
//!
//! The rules it combines are their own modules: [`crate::timing`] (deadlines and warnings),
//! [`crate::session::autosave`] (when to save), [`crate::session::sync::DraftSync`] (what to send),
//! [`crate::session::device`] (what the device keeps), [`crate::session::history`] (history entries),
//! [`crate::session::editing`] (which tab edits) and [`crate::session::confirmation::Confirmation`].

pub mod autosave;
pub mod confirmation;
pub mod device;
pub mod editing;
pub mod history;
pub mod sync;

mod event;
mod machine;
mod reports;
mod view;

pub use event::{Answer, Claim, Command, Event, Focus, Leaving, Report, Screen, Welcome};
pub use machine::Session;
