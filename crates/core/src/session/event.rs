//! What the session hears ([`Event`], [`Answer`]), what it asks for ([`Command`]), and what it
//! reads from the form on screen ([`Screen`]).

use crate::contract::{Confirmed, Failure, Request, Written};
use crate::run::Snapshot;
use crate::session::device::Resume;
use crate::session::history::{Entry, HistoryStep};
use crate::basics::Millis;
use crate::schema::Form;
use crate::timing::{Reason, TabMessage};
use std::sync::Arc;

/// Why the applicant is leaving the draft. The page's answers are saved first in every case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Leaving {
    TimeOut(Reason),
    /// Another tab signed out; this tab's session is gone with it.
    Elsewhere,
    /// The Sign out button.
    Chosen,
}

/// What the first page shown says about the draft.
#[derive(Clone, Debug, PartialEq)]
pub enum Welcome {
    /// The draft was continued where it was left (R5).
    Resumed,
    /// The draft before this one was deleted by the retention rule at this time (R4).
    Expired(String),
}

/// What the browser answered about editing the draft (see [`crate::session::editing`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Claim {
    Held,
    HeldElsewhere,
    /// Another tab took it over.
    Lost,
}

/// Something that happened, in the order it happened. Each comes with the wall-clock time.
#[derive(Clone, Debug)]
pub enum Event {
    /// The draft was read, or created: `resume` says whether this device kept answers the
    /// backend lacks; `welcome` what the first page says about the draft.
    Opened { form: Arc<Form>, written: Written, resume: Resume, welcome: Option<Welcome> },
    /// The form is on screen (see [`Screen`]).
    Shown,
    /// The applicant changed an answer.
    Typed,
    /// The page is being hidden or left: what is typed is saved now.
    Hidden,
    /// The browser says the network is back.
    Online,
    /// The browser's Back or Forward landed on this entry of the form's.
    Travelled(Entry),
    /// The form's own Next or Back showed another page.
    Moved,
    /// The browser answered whether this tab edits the draft.
    Claimed(Claim),
    /// The clock: every second, when the tab is shown again, or whenever the app likes. Every
    /// answer comes from the time given, so a late or missed tick changes nothing.
    Tick,
    /// A click on a button or link in this tab.
    Clicked,
    /// The warning's button, or Escape.
    MoreTime,
    /// A message from another tab of this service.
    Heard(TabMessage),
    Leave(Leaving),
    /// Confirm on the check-answers page, with the declaration ticked or not.
    Confirm { declared: bool },
    /// After a save elsewhere: keep the answers on this screen.
    KeepMine,
    /// After a save elsewhere: show the saved answers instead.
    ShowSaved,
    /// Try again, after a failed save.
    Retry,
    /// "Edit here" in a tab that does not edit the draft.
    EditHere,
    /// The backend answered a request the session sent.
    Answered(Answer),
    /// Whether this device kept what [`Command::KeepOnDevice`] gave it.
    DeviceKept(bool),
    /// The form's Next found problems on the page (they are shown with it): an embedding page
    /// hears of it ([`Report::ValidationFailed`]).
    #[cfg(feature = "embedding")]
    Refused,
    /// The form or the drafts could not be read when the form opened: an embedding page hears of
    /// it ([`Report::Failed`]).
    #[cfg(feature = "embedding")]
    LoadFailed(Failure),
}

/// The backend's answer to a [`Command`].
#[derive(Clone, Debug)]
pub enum Answer {
    /// To [`Command::Send`]; `created` if it was the draft's creation.
    Written { created: bool, result: Result<Written, Failure> },
    /// To [`Command::KeepAlive`], when it went through.
    KeptAlive { at: Millis },
    /// To [`Command::Extend`], when it went through.
    Extended(Written),
    /// To [`Command::ReadVersion`].
    Read(Result<Written, Failure>),
    /// To [`Command::Confirm`].
    Confirmed(Result<Confirmed, Failure>),
}

/// Where focus goes, once the page shows what the session decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Focus {
    PageHeading,
    ErrorSummary,
    /// The declaration's checkbox, pressed Confirm without ticking it.
    Declaration,
    SignedOutHeading,
    Receipt,
}

/// What the session asks the app to do. The app carries each out and tells the session how it
/// went with an [`Event`].
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Save or create the draft; answered with [`Answer::Written`].
    Send(Request),
    /// Tell the backend the applicant is active (it counts inactivity too).
    KeepAlive { at: Millis },
    /// Ask for the current page's full time again.
    Extend { draft: String },
    /// Read the draft's version again (to keep the answers on this screen over a save elsewhere).
    ReadVersion { draft: String },
    Confirm { draft: String, idempotency_key: String },
    /// End the session at the backend; its answer changes nothing here.
    EndSession,
    /// Keep what the backend lacks on this device; answered with [`Event::DeviceKept`].
    KeepOnDevice { key: String, text: String },
    ForgetOnDevice { key: String },
    History(HistoryStep),
    OpenWarning,
    CloseWarning,
    Focus(Focus),
    TellOtherTabs(TabMessage),
    /// Ask the browser to let this tab edit the draft; with `take_over`, from the tab that does.
    Claim { take_over: bool },
    /// Read the draft from the backend and show it. With `early_answer`, the answer to the
    /// request the page made while the app was still downloading may be shown: this tab asked to
    /// edit the draft and got it at once, with no other tab holding it, so nothing was saved
    /// elsewhere in between (a save from a tab closed in that second is refused by its version,
    /// never overwritten). Any later read is a new request.
    Reload { early_answer: bool },
    /// Signed out: nothing personal stays in this browser.
    ForgetPersonalData,
    /// The backend's sign-out page ends the session and says so.
    SubmitSignOut,
    /// The signed-out page replaced the form: the document's title says so.
    SignedOutTitle,
    /// Tell the page the form is embedded in what happened (the widget's DOM events).
    #[cfg(feature = "embedding")]
    Report(Report),
}

/// What a page that embeds the form hears about, in the order it happened: each becomes one DOM
/// event of the widget's, with these fields as its `detail` (see README, "Embedding"). The
/// standalone app has no page around it to tell, and is built without them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Report {
    /// A page of the form is shown: `page` is its id in the schema, or `review` for the
    /// check-answers page; `number` counts from 1, the review after the last page.
    PageShown { page: String, number: usize },
    /// The backend saved the draft: its id and new version.
    Saved { draft: String, version: u64 },
    /// Next, Forward or Confirm found problems: the page shown with them and how many.
    ValidationFailed { page: String, problems: usize },
    /// The warning before the page's or the session's time ends has opened.
    TimeWarning { ends_at: Millis },
    /// The time ran out; the page's answers are being saved.
    TimedOut,
    /// The applicant is signed out, with the answers saved.
    SignedOut,
    /// The application is confirmed (R8), with its reference number.
    Confirmed { reference: String },
    /// A request failed: the contract's problem type (`/problems/…`'s last part, or `network`
    /// when the backend could not be reached) and what the applicant reads, in their language.
    Failed { problem: String, message: crate::messages::Ui },
}

/// The form on screen, as the session reads it. The app's form keeps its own state (it shows
/// every keystroke); the session asks it for what it needs when it needs it.
pub trait Screen {
    /// What is on the page now; `None` while no form is shown.
    fn snapshot(&self) -> Option<Snapshot>;
    /// The place shown (see `FormRun::place`); `None` while no form is shown.
    fn place(&self) -> Option<usize>;
    /// Goes to `place` as Back or Forward would (see `FormRun::travel`); returns the place reached.
    fn travel(&mut self, place: usize) -> usize;
    /// Whether the page shown has problems on it.
    fn has_problems(&self) -> bool;
    /// Checks every page before confirming; shows the first with problems. Whether there was one.
    fn show_problems(&mut self) -> bool;
    /// The browser's current history entry, if it is a form's.
    fn history(&self) -> Option<Entry>;
    /// How many problems the page shown has (an embedding page hears it; only asked then, and
    /// kept out of the standalone app's screens).
    #[cfg(feature = "embedding")]
    fn problems(&self) -> usize {
        usize::from(self.has_problems())
    }
}
