//! [`Session`]: one draft's session, from opening it to the receipt or signing out.

use super::event::{Answer, Claim, Command, Event, Focus, Leaving, Report, Screen, Welcome};
use crate::session::autosave::Autosave;
use crate::contract::{Confirmed, Failure, Problem, Request, Written};
use super::sync::{DraftSync, SaveState};
use crate::session::device;
use crate::session::editing::Editing;
use crate::session::history::{self, HistoryStep};
#[cfg(feature = "embedding")]
use crate::session::history::HistoryMode;
use crate::basics::Millis;
use super::confirmation::{confirmation_key, Confirmation};
use crate::schema::{Form, TimeOutPolicy};
use crate::timing::{after_time_out, AfterTimeOut, Announcement, Phase, TabMessage, Timer};
use std::sync::Arc;

/// Where one draft's session stands. Views read it through the accessors below; only
/// [`Session::handle`] changes it.
#[derive(Clone, Debug)]
pub struct Session {
    pub(super) sync: DraftSync,
    pub(super) form: Option<Arc<Form>>,
    pub(super) timer: Option<Timer>,
    pub(super) phase: Option<Phase>,
    pub(super) now: Millis,
    pub(super) said: Option<Announcement>,
    pub(super) kept_until: Option<String>,
    pub(super) leaving: Option<Leaving>,
    /// The page's time ran out and started again (the `save-and-continue` policy).
    pub(super) restarted: bool,
    /// Signed out, and the answers are saved: the signed-out page says until when they are kept.
    pub(super) signed_out: bool,
    /// Whether the form is on screen, to be filled in (not yet shown, or confirmed: not).
    pub(super) shown: bool,
    pub(super) autosave: Autosave,
    pub(super) editing: Editing,
    /// This device could not keep unsaved answers (its storage is full or turned off).
    pub(super) device_failed: bool,
    /// Said above the first page shown, until the applicant moves on.
    pub(super) welcome: Option<Welcome>,
    /// The place (see `FormRun::place`) the current history entry shows.
    pub(super) place: usize,
    pub(super) confirmation: Confirmation,
    /// A save another tab told of before this one had read its draft (draft, version): the
    /// tab that lost the draft to this one saves as this one reads, and its save may land after
    /// the read. Once the draft is read, an older version than this is read again.
    pub(super) saved_elsewhere: Option<(String, u64)>,
    /// Counts changes to what the notices about saving and confirming say (see [`Session::notices`]).
    pub(super) notices: usize,
    pub(super) commands: Vec<Command>,
    /// Embedded in another page, with how the form uses that page's history; `None` standalone,
    /// which reports nothing (see `reports.rs`).
    #[cfg(feature = "embedding")]
    pub(super) embedded: Option<HistoryMode>,
}

impl Session {
    /// Before the draft is read: this tab asks whether it may edit it.
    pub fn new(form_id: &str) -> Session {
        Session {
            sync: DraftSync::new(form_id),
            form: None,
            timer: None,
            phase: None,
            now: 0,
            said: None,
            kept_until: None,
            leaving: None,
            restarted: false,
            signed_out: false,
            shown: false,
            autosave: Autosave::default(),
            editing: Editing::default(),
            device_failed: false,
            welcome: None,
            place: 0,
            confirmation: Confirmation::default(),
            saved_elsewhere: None,
            notices: 0,
            commands: vec![Command::Claim { take_over: false }],
            #[cfg(feature = "embedding")]
            embedded: None,
        }
    }

    /// A form embedded in another page, using that page's history as `history_mode` says, and
    /// telling it what happens ([`crate::session::Report`]).
    #[cfg(feature = "embedding")]
    pub fn embedded(form_id: &str, history_mode: HistoryMode) -> Session {
        Session { embedded: Some(history_mode), ..Session::new(form_id) }
    }

    /// The commands asked for before any event (asking to edit the draft).
    pub fn first_commands(&mut self) -> Vec<Command> {
        std::mem::take(&mut self.commands)
    }

    /// Handles one event at `now`; returns what the app is to do, in order.
    pub fn handle(&mut self, event: Event, now: Millis, screen: &mut dyn Screen) -> Vec<Command> {
        let before = self.notice();
        self.now = now;
        match event {
            Event::Opened { form, written, resume, welcome } => {
                let (sync, request) = DraftSync::resume_with(&written.draft, resume);
                self.sync = sync;
                self.timer = Some(Timer::new(&form, written.draft.page, now));
                self.form = Some(form);
                self.autosave = Autosave::default();
                self.welcome = welcome;
                self.written(&written);
                self.persist();
                self.drive(request, screen);
                self.tick(screen);
                let saved_since = self.saved_elsewhere.take().is_some_and(|(draft, version)| draft == written.draft.id && version > written.draft.version);
                if saved_since && self.editing.is_here() {
                    self.commands.push(Command::Reload { early_answer: false });
                }
            }
            Event::Shown => {
                self.shown = true;
                self.place = screen.place().unwrap_or_default();
                let opened = history::opened(self.sync.form_id(), self.place, screen.history());
                #[cfg(feature = "embedding")]
                self.history(opened);
                #[cfg(not(feature = "embedding"))]
                self.commands.push(Command::History(opened));
                self.page_shown(self.place);
            }
            Event::Typed => self.autosave.changed(now),
            Event::Hidden => self.flush(screen),
            Event::Online => {
                self.autosave.online(now);
                self.tick(screen);
            }
            Event::Travelled(entry) => {
                let from = screen.place().filter(|_| self.shown && self.editing.is_here() && self.leaving.is_none() && self.mode().follows_the_browser());
                let Some(from) = from.filter(|_| entry.form == self.sync.form_id()) else { return self.done(before) };
                let reached = screen.travel(entry.place);
                self.history(history::travelled(&entry, from, reached));
                self.place = reached;
                let focus = if screen.has_problems() { Focus::ErrorSummary } else { Focus::PageHeading };
                if reached != from {
                    self.page_changed(screen);
                }
                if focus == Focus::ErrorSummary {
                    self.problems_shown(screen);
                }
                self.commands.push(Command::Focus(focus));
            }
            Event::Moved => self.moved(screen),
            Event::Claimed(claim) => {
                let first_answer = self.editing == Editing::Asking;
                match claim {
                    Claim::Held => self.editing.answered(true),
                    Claim::HeldElsewhere => self.editing.answered(false),
                    Claim::Lost => {
                        if self.editing.lost() {
                            self.save_page(screen);
                            self.told_saved();
                        }
                    }
                }
                if claim == Claim::Held {
                    self.commands.push(Command::Reload { early_answer: first_answer });
                }
            }
            Event::Tick => self.tick(screen),
            Event::Clicked => {
                self.commands.push(Command::TellOtherTabs(TabMessage::Activity { at: now }));
                if self.timer.as_mut().is_some_and(|t| t.activity(now)) {
                    self.commands.push(Command::KeepAlive { at: now });
                }
                self.tick(screen);
            }
            Event::MoreTime => {
                self.commands.push(Command::TellOtherTabs(TabMessage::Activity { at: now }));
                let extended = self.timer.as_mut().is_some_and(|t| t.extend(now));
                if let (true, Some(draft)) = (extended, self.sync.draft_id()) {
                    self.commands.push(Command::Extend { draft: draft.to_string() });
                }
                self.tick(screen);
            }
            Event::Heard(message) => {
                self.heard(message, screen);
                self.tick(screen);
            }
            Event::Leave(why) => self.leave(why, screen),
            Event::Confirm { declared } => self.confirm(declared, screen),
            Event::KeepMine => {
                if let Some(draft) = self.sync.draft_id() {
                    self.commands.push(Command::ReadVersion { draft: draft.to_string() });
                }
            }
            Event::ShowSaved => {
                self.commands.push(Command::ForgetOnDevice { key: device::key(self.sync.form_id()) });
                self.commands.push(Command::Reload { early_answer: false });
            }
            Event::Retry => {
                let request = self.sync.retry();
                self.stepped(request, screen);
            }
            Event::EditHere => self.commands.push(Command::Claim { take_over: true }),
            Event::Answered(answer) => self.answered(answer, screen),
            Event::DeviceKept(kept) => self.device_failed = !kept,
            #[cfg(feature = "embedding")]
            Event::Refused => self.problems_shown(screen),
            // Nobody signed in as the form opens is no failure: the page hears it as a sign-in
            // (the widget tells it), not as an error.
            #[cfg(feature = "embedding")]
            Event::LoadFailed(Failure::SignedOut) => {}
            #[cfg(feature = "embedding")]
            Event::LoadFailed(failure) => self.failed(&failure),
        }
        self.done(before)
    }

    fn done(&mut self, before: (Option<Failure>, bool, Confirmation)) -> Vec<Command> {
        if self.notice() != before {
            self.notices += 1;
        }
        std::mem::take(&mut self.commands)
    }

    fn answered(&mut self, answer: Answer, screen: &mut dyn Screen) {
        match answer {
            Answer::Written { created, result: Ok(written) } => {
                self.written(&written);
                self.autosave.saved();
                let (id, version) = (written.draft.id, written.draft.version);
                self.report(|_| Report::Saved { draft: id.clone(), version });
                let request = if created { self.sync.created(id, version) } else { self.sync.saved(version, self.now) };
                self.stepped(request, screen);
                self.told_saved();
            }
            Answer::Written { result: Err(failure), .. } => {
                self.failed(&failure);
                self.autosave.failed(&failure, self.now);
                self.sync.failed(failure);
                self.stepped(None, screen);
            }
            Answer::KeptAlive { at } => {
                if let Some(timer) = self.timer.as_mut() {
                    timer.told_backend(at);
                }
            }
            // More time counted at once; the backend's answer sets the exact deadline. Had the
            // request failed, the page would keep the time given here, and the next save catches up.
            Answer::Extended(written) => self.written(&written),
            Answer::Read(Ok(written)) => {
                let request = self.sync.keep_mine(written.draft.version);
                self.stepped(request, screen);
            }
            Answer::Read(Err(failure)) => {
                self.failed(&failure);
                self.sync.failed(failure);
                self.stepped(None, screen);
            }
            Answer::Confirmed(answer) => self.confirmed(answer, screen),
        }
    }

    /// The draft's sync took a step: the device keeps what the backend lacks, and the request
    /// it asks for is sent.
    fn stepped(&mut self, request: Option<Request>, screen: &mut dyn Screen) {
        self.persist();
        self.drive(request, screen);
    }

    /// Keeps on this device what the backend lacks, and nothing else (see [`crate::session::device`]).
    fn persist(&mut self) {
        let key = device::key(self.sync.form_id());
        self.commands.push(match self.sync.unsaved() {
            Some(unsaved) => Command::KeepOnDevice { key, text: unsaved.encode() },
            None => Command::ForgetOnDevice { key },
        });
    }

    /// Sends what the draft's sync asks for: one request at a time, each answered by an
    /// [`Answer::Written`]. With nothing to send, whatever waited for the save goes on.
    fn drive(&mut self, request: Option<Request>, screen: &mut dyn Screen) {
        match request {
            Some(request) => self.commands.push(Command::Send(request)),
            None => self.proceed(screen),
        }
    }

    pub(super) fn history(&mut self, step: HistoryStep) {
        let step = self.mode().step(step);
        if step != HistoryStep::Nothing {
            self.commands.push(Command::History(step));
        }
    }

    /// The backend wrote or read the draft: its deadline wins, and other tabs hear of it.
    fn written(&mut self, written: &Written) {
        let draft = &written.draft;
        if draft.expires_at.is_some() {
            self.kept_until = draft.expires_at.clone();
        }
        let Some(timer) = self.timer.as_mut() else { return };
        // Every answer was a request, which the backend counted as activity.
        timer.told_backend(self.now);
        let Some(deadline) = written.deadline else { return };
        timer.server_deadline(draft.page, deadline, draft.extensions_left, written.backend_now, self.now);
        if timer.page() == draft.page {
            let message = TabMessage::Deadline { draft: draft.id.clone(), page: draft.page, deadline: timer.deadline(), extensions_left: timer.extensions_left() };
            self.commands.push(Command::TellOtherTabs(message));
        }
    }

    /// A tab that lost the draft tells the new editor once its answers are saved.
    fn told_saved(&mut self) {
        if let (true, Some(draft), Some(version), false) = (self.sync.is_saved(), self.sync.draft_id(), self.sync.version(), self.editing.is_here()) {
            self.commands.push(Command::TellOtherTabs(TabMessage::Saved { draft: draft.to_string(), version }));
        }
    }

    /// The form's Next or Back (or a page shown with its problems): the browser's history gets
    /// the page's entry (see [`crate::session::history`]), and the page changed.
    fn moved(&mut self, screen: &mut dyn Screen) {
        if let (true, Some(to)) = (self.shown, screen.place()) {
            self.moved_in_history(to, screen.history());
            self.place = to;
        }
        self.page_changed(screen);
    }

    /// Another page is shown: its time starts, and the move is saved.
    fn page_changed(&mut self, screen: &mut dyn Screen) {
        let Some(snapshot) = screen.snapshot() else { return };
        self.page_shown(snapshot.page);
        self.autosave.flush();
        self.welcome = None;
        self.restarted = false;
        if let (Some(timer), Some(form)) = (self.timer.as_mut(), self.form.as_ref()) {
            timer.page_shown(form, snapshot.page, self.now);
        }
        let request = self.sync.changed(snapshot);
        self.stepped(request, screen);
        self.tick(screen);
    }

    /// Saves what is on the page now, if it differs from what the backend holds. The snapshot
    /// holds every change typed so far: none is waiting any more.
    fn save_page(&mut self, screen: &mut dyn Screen) {
        self.autosave.flush();
        let request = screen.snapshot().and_then(|snapshot| self.sync.changed(snapshot));
        self.stepped(request, screen);
    }

    fn flush(&mut self, screen: &mut dyn Screen) {
        if self.autosave.flush() {
            self.save_page(screen);
        }
    }

    fn tick(&mut self, screen: &mut dyn Screen) {
        let now = self.now;
        let save = self.autosave.due(now);
        let retry = self.autosave.retry_due(now);
        let mut ticked = None;
        // A tab that does not edit the draft leaves its clocks to the tab that does.
        if let Some(timer) = self.timer.as_mut().filter(|_| self.editing.is_here()) {
            let phase = timer.tick(now);
            if let Some(said) = timer.announcement(now) {
                self.said = Some(said);
            }
            ticked = Some((self.phase.replace(phase), phase));
        }
        if save {
            self.save_page(screen);
        }
        if retry {
            let request = self.sync.retry();
            self.stepped(request, screen);
        }
        let Some((before, phase)) = ticked.filter(|(before, phase)| *before != Some(*phase)) else { return };
        let warned = matches!(phase, Phase::Warning { .. });
        self.commands.push(if warned { Command::OpenWarning } else { Command::CloseWarning });
        match phase {
            // A warning has come: save the page now, and make sure the backend's own inactivity
            // limit cannot end the session before this one does (its last request may be a
            // minute older than the last click).
            Phase::Warning { ends_at, .. } if !matches!(before, Some(Phase::Warning { .. })) => {
                self.report(|_| Report::TimeWarning { ends_at });
                self.save_page(screen);
                self.commands.push(Command::KeepAlive { at: now });
            }
            Phase::Ended(reason) if self.leaving.is_none() => self.leave(Leaving::TimeOut(reason), screen),
            _ => {}
        }
    }

    fn heard(&mut self, message: TabMessage, screen: &mut dyn Screen) {
        let this_draft = |draft: &str, sync: &DraftSync| sync.draft_id() == Some(draft);
        match message {
            TabMessage::Activity { at } => {
                if let Some(timer) = self.timer.as_mut() {
                    timer.activity(at);
                }
            }
            TabMessage::Deadline { draft, page, deadline, extensions_left } => {
                if let (true, Some(timer)) = (this_draft(&draft, &self.sync), self.timer.as_mut()) {
                    timer.other_tab_deadline(page, deadline, extensions_left);
                }
            }
            // The tab that had the draft saved it after this one took over: show what it saved.
            TabMessage::Saved { draft, version } => {
                let newer = this_draft(&draft, &self.sync) && self.sync.is_saved() && self.sync.version() < Some(version);
                if newer && self.editing.is_here() && !self.autosave.is_waiting() {
                    self.commands.push(Command::Reload { early_answer: false });
                } else if self.sync.draft_id().is_none() && self.saved_elsewhere.as_ref().is_none_or(|(_, known)| *known < version) {
                    // Not read yet: whether the read comes after this save is seen once it does.
                    self.saved_elsewhere = Some((draft, version));
                }
            }
            TabMessage::SignedOut if self.leaving.is_none() => self.leave(Leaving::Elsewhere, screen),
            TabMessage::SignedOut => {}
        }
    }

    /// Starts leaving: the page's answers are saved, then [`Session::proceed`] finishes.
    fn leave(&mut self, why: Leaving, screen: &mut dyn Screen) {
        self.leaving = Some(why);
        if matches!(why, Leaving::TimeOut(_)) {
            self.report(|_| Report::TimedOut);
        }
        if self.hides_form() {
            // The signed-out page replaces the form: a screen reader starts at its heading.
            self.commands.push(Command::SignedOutTitle);
            self.commands.push(Command::Focus(Focus::SignedOutHeading));
        }
        self.save_page(screen);
    }

    /// Confirm on the check-answers page. Every page is checked first (a page with problems is
    /// shown with them); the answers are saved before the confirmation is sent; a second press
    /// while one is under way sends nothing.
    fn confirm(&mut self, declared: bool, screen: &mut dyn Screen) {
        if !self.shown {
            return;
        }
        if declared && self.show_problems(screen) {
            self.commands.push(Command::Focus(Focus::ErrorSummary));
            return;
        }
        self.flush(screen);
        let send = self.confirmation.press(declared, self.sync.is_saved());
        self.send_confirmation(send);
        if !declared {
            self.commands.push(Command::Focus(Focus::Declaration));
        }
    }

    /// The first page with problems is shown with them, as a move. Whether there was one.
    fn show_problems(&mut self, screen: &mut dyn Screen) -> bool {
        let found = screen.show_problems();
        if found {
            self.moved(screen);
            self.problems_shown(screen);
        }
        found
    }

    fn send_confirmation(&mut self, send: bool) {
        if let (true, Some(draft)) = (send, self.sync.draft_id()) {
            self.commands.push(Command::Confirm { draft: draft.to_string(), idempotency_key: confirmation_key(draft) });
        }
    }

    /// The backend's answer to Confirm. Confirmed: the application is only viewed from now on;
    /// its clocks stop and nothing is saved any more. Refused as incomplete (the backend checks
    /// too): the page with problems is shown. Confirmed elsewhere: read again, to show it.
    fn confirmed(&mut self, answer: Result<Confirmed, Failure>, screen: &mut dyn Screen) {
        if answer == Err(Failure::Locked) {
            self.commands.push(Command::Reload { early_answer: false });
            return;
        }
        let done = answer.is_ok();
        let incomplete = matches!(&answer, Err(failure) if failure.is(Problem::Incomplete));
        match &answer {
            Ok(receipt) => self.report(|_| Report::Confirmed { reference: receipt.reference.clone() }),
            Err(failure) => self.failed(failure),
        }
        self.confirmation.answered(answer);
        if done {
            self.timer = None;
            self.phase = None;
            self.shown = false;
            self.commands.push(Command::CloseWarning);
            self.commands.push(Command::ForgetOnDevice { key: device::key(self.sync.form_id()) });
            self.commands.push(Command::Focus(Focus::Receipt));
        } else if incomplete && self.shown {
            self.show_problems(screen);
        }
    }

    /// Finishes leaving once the page's answers are saved; until then a failed save is shown
    /// with Try again, and nothing is lost. A Confirm waiting for the save is sent now, or
    /// pressed again after the failure is put right.
    fn proceed(&mut self, screen: &mut dyn Screen) {
        let saved = self.sync.is_saved();
        if self.confirmation == Confirmation::Waiting {
            if saved {
                let send = self.confirmation.saved();
                self.send_confirmation(send);
            } else if matches!(self.sync.state(), SaveState::Failed(_)) {
                self.confirmation.save_failed();
            }
        }
        let Some(why) = self.leaving else { return };
        match why {
            Leaving::TimeOut(reason) => match after_time_out(reason, self.policy(), saved) {
                None => {}
                Some(AfterTimeOut::RestartPage) => {
                    if let (Some(timer), Some(form)) = (self.timer.as_mut(), self.form.as_ref()) {
                        timer.restart(form, self.now);
                    }
                    self.leaving = None;
                    self.restarted = true;
                    self.tick(screen);
                }
                Some(AfterTimeOut::SignOut) => {
                    self.commands.push(Command::EndSession);
                    self.signed_out_everywhere();
                }
            },
            Leaving::Elsewhere if saved => {
                self.commands.push(Command::ForgetPersonalData);
                self.signed_out = true;
                self.report(|_| Report::SignedOut);
            }
            Leaving::Chosen if saved => {
                self.signed_out_everywhere();
                self.commands.push(Command::SubmitSignOut);
            }
            Leaving::Elsewhere | Leaving::Chosen => {}
        }
    }

    fn signed_out_everywhere(&mut self) {
        self.commands.push(Command::ForgetPersonalData);
        self.commands.push(Command::TellOtherTabs(TabMessage::SignedOut));
        self.signed_out = true;
        self.report(|_| Report::SignedOut);
    }

    pub(super) fn policy(&self) -> Option<TimeOutPolicy> {
        self.form.as_ref().and_then(|f| f.on_time_out)
    }

    /// What the notices about saving and confirming depend on.
    fn notice(&self) -> (Option<Failure>, bool, Confirmation) {
        let failure = match self.sync.state() {
            SaveState::Failed(failure) => Some(failure.clone()),
            _ => None,
        };
        (failure, self.device_failed, self.confirmation.clone())
    }
}
