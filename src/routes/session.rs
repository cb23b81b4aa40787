//! The applicant's time with one draft: saving it as they type and keeping a copy on the device
//! until the backend has it, the browser's Back and Forward, one editing tab at a time (issue 6),
//! the page's countdown and the inactivity limit (issue 5), and leaving — by a time-out, by Sign
//! out, or because another tab signed out.
//!
//! The rules are the engine's (`blankett_core::timing`, `autosave`, `device`, `history`,
//! `editing`, `contract::DraftSync`); this module sends them the clock, the clicks, the
//! backend's answers and the other tabs' messages, and carries out what they decide.

use crate::{api, browser, Language};
use blankett_core::autosave::Autosave;
use blankett_core::contract::{Draft, DraftSync, Request, SaveState, Snapshot};
use blankett_core::device::{self, Resume};
use blankett_core::editing::Editing;
use blankett_core::history::{self, Entry};
use blankett_core::lifecycle::Millis;
use blankett_core::messages::{self, Ui};
use blankett_core::review::{confirmation_key, Confirmation};
use blankett_core::run::FormRun;
use blankett_core::schema::Form;
use blankett_core::timing::{after_time_out, AfterTimeOut, Announcement, Phase, Reason, TabMessage, Timer};
use leptos::prelude::*;
use leptos::task::spawn_local;
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

/// Where the applicant's time stands. One signal holds it all: each signal type costs its own
/// compiled code in the download.
#[derive(Clone, Default)]
pub struct Clocks {
    pub timer: Option<Timer>,
    pub phase: Option<Phase>,
    pub now: Millis,
    pub said: Option<Announcement>,
    pub kept_until: Option<String>,
    pub leaving: Option<Leaving>,
    /// The page's time ran out and started again (the `save-and-continue` policy).
    pub restarted: bool,
    /// Signed out, and the answers are saved: the signed-out page says until when they are kept.
    pub signed_out: bool,
    pub form: Option<Arc<Form>>,
    pub run: Option<RwSignal<FormRun>>,
    pub autosave: Autosave,
    pub editing: Editing,
    /// This device could not keep unsaved answers (its storage is full or turned off).
    pub device_failed: bool,
    /// Said above the first page shown, until the applicant moves on.
    pub welcome: Option<Welcome>,
    /// The place (see `FormRun::place`) the current history entry shows.
    pub place: usize,
    /// The applicant's Confirm, up to the receipt (R8).
    pub confirmation: Confirmation,
}

/// What the first page shown says about the draft.
#[derive(Clone, Debug, PartialEq)]
pub enum Welcome {
    /// The draft was continued where it was left (R5).
    Resumed,
    /// The draft before this one was deleted by the retention rule at this time (R4).
    Expired(String),
}

/// Everything about the draft being filled in, as signals: `Copy`, so that every handler can hold it.
#[derive(Clone, Copy)]
pub struct Session {
    pub sync: RwSignal<DraftSync>,
    pub clocks: RwSignal<Clocks>,
    pub sign_out_form: NodeRef<leptos::html::Form>,
    pub dialog: NodeRef<leptos::html::Dialog>,
    /// Reads the draft again from the backend (after taking it over from another tab, or to
    /// show the answers saved elsewhere).
    pub reload: StoredValue<Option<Callback<()>>>,
    /// Kept here because timers and other tabs call in from outside any component's context.
    language: Language,
}

/// A request about the draft other than saving it.
enum Call {
    KeepAlive(Millis),
    Extend(String),
    EndSession,
    /// Keep the answers on this screen over the ones saved elsewhere: read the draft's version.
    KeepMine(String),
    Confirm(String),
}

impl Session {
    pub fn new(form_id: &str) -> Session {
        Session {
            sync: RwSignal::new(DraftSync::new(form_id)),
            clocks: RwSignal::new(Clocks::default()),
            sign_out_form: NodeRef::new(),
            dialog: NodeRef::new(),
            reload: StoredValue::new(None),
            language: Language::use_context(),
        }
    }

    // Every change and read goes through these few non-generic functions: each closure handed to
    // a signal's own `update` or `with` compiles its own copy of that code into the download.

    /// Changes the clocks.
    fn change(self, change: &mut dyn FnMut(&mut Clocks)) {
        self.clocks.update(|c| change(c));
    }

    /// Reads the clocks; tracked, so that a view showing what it reads follows them.
    pub fn look(self, look: &mut dyn FnMut(&Clocks)) {
        self.clocks.with(|c| look(c));
    }

    /// Changes the clocks' timer, if there is one yet.
    fn timer(self, change: &mut dyn FnMut(&mut Timer)) {
        self.change(&mut |c| {
            if let Some(timer) = c.timer.as_mut() {
                change(timer);
            }
        });
    }

    fn leaving(self) -> Option<Leaving> {
        let mut leaving = None;
        untrack(|| self.look(&mut |c| leaving = c.leaving));
        leaving
    }

    /// A step of the draft's sync; the request it asks for is sent.
    fn step(self, step: &mut dyn FnMut(&mut DraftSync) -> Option<Request>) {
        let request = self.sync.try_update(|s| step(s)).flatten();
        self.persist();
        self.drive(request);
    }

    fn form_id(self) -> String {
        self.sync.with_untracked(|s| s.form_id().to_string())
    }

    /// Keeps on this device what the backend lacks, and nothing else (see `blankett_core::device`).
    fn persist(self) {
        let key = device::key(&self.form_id());
        let failed = match self.sync.with_untracked(DraftSync::unsaved) {
            Some(unsaved) => !browser::keep(&key, &unsaved.encode()),
            None => {
                browser::forget(&key);
                return;
            }
        };
        if failed != self.read(&mut |c| c.device_failed) {
            self.change(&mut |c| c.device_failed = failed);
        }
    }

    /// One fact from the clocks; tracked, so that a view showing it follows it.
    pub fn fact(self, read: &mut dyn FnMut(&Clocks) -> bool) -> bool {
        let mut fact = false;
        self.look(&mut |c| fact = read(c));
        fact
    }

    /// One fact from the clocks, untracked.
    fn read(self, read: &mut dyn FnMut(&Clocks) -> bool) -> bool {
        untrack(|| self.fact(read))
    }

    /// Whether something the applicant typed is not saved by the backend yet.
    pub fn unsaved(self) -> bool {
        self.fact(&mut |c| c.autosave.is_waiting()) || !self.sync.with(DraftSync::is_saved)
    }

    /// The draft is open at `now`; `backend_now` is the backend's clock when it sent the draft.
    /// `resume` says whether this device has answers the backend lacks (see `blankett_core::device`).
    pub fn start(self, form: Arc<Form>, draft: &Draft, backend_now: Option<Millis>, resume: Resume, welcome: Option<Welcome>) {
        let now = browser::now();
        let (sync, request) = DraftSync::resume_with(draft, resume);
        self.sync.set(sync);
        self.change(&mut |c| {
            c.now = now;
            c.timer = Some(Timer::new(&form, draft.page, now));
            c.form = Some(form.clone());
            c.autosave = Autosave::default();
            c.welcome = welcome.clone();
        });
        self.written(draft, backend_now, now);
        self.persist();
        self.drive(request);
        self.tick();
    }

    /// The form is on screen with `run`: its history entry is taken over, and every change of
    /// an answer is saved after a pause in typing.
    pub fn shown(self, run: RwSignal<FormRun>) {
        let place = run.with_untracked(FormRun::place);
        self.change(&mut |c| {
            c.run = Some(run);
            c.place = place;
        });
        browser::change_history(history::opened(&self.form_id(), place, browser::history_state().as_deref().and_then(Entry::decode)));
        // Only a changed answer counts: a move to another page is saved by itself. While changes
        // already wait, a keystroke only moves the pause along, untracked: nothing on the page
        // shows it, so no view need run again.
        Effect::new(move |_| {
            let changed = run.with(|r| self.sync.with_untracked(|s| s.latest().is_some_and(|l| l.answers != *r.answers())));
            if changed {
                let now = browser::now();
                if self.read(&mut |c| c.autosave.is_waiting()) {
                    self.clocks.update_untracked(|c| c.autosave.changed(now));
                } else {
                    self.change(&mut |c| c.autosave.changed(now));
                }
            }
        });
    }

    /// The page is being hidden or left: what is typed is saved now (and kept on the device).
    pub fn flush(self) {
        let mut waiting = false;
        self.change(&mut |c| waiting = c.autosave.flush());
        if waiting {
            self.save_page();
        }
    }

    /// The browser says the network is back.
    pub fn online(self) {
        let now = browser::now();
        self.change(&mut |c| c.autosave.online(now));
        self.tick();
    }

    /// The browser's Back or Forward landed on the entry whose state is `state`.
    pub fn travelled(self, state: Option<String>) {
        let Some(entry) = state.as_deref().and_then(Entry::decode) else { return };
        let mut run = None;
        untrack(|| self.look(&mut |c| run = c.run.filter(|_| c.editing.is_here() && c.leaving.is_none())));
        let Some(run) = run.filter(|_| entry.form == self.form_id()) else { return };
        let from = run.with_untracked(FormRun::place);
        let reached = run.try_update(|r| r.travel(entry.place, browser::today())).unwrap_or(from);
        browser::change_history(history::travelled(&entry, from, reached));
        self.change(&mut |c| c.place = reached);
        let invalid = run.with_untracked(|r| !r.errors().is_empty());
        if reached != from {
            self.page_changed(run.with_untracked(FormRun::snapshot));
        }
        request_animation_frame(move || browser::focus_id(if invalid { "error-summary" } else { "page-heading" }));
    }

    /// Asks the browser to let this tab edit the draft; with `take_over`, from the tab that does.
    /// Once it does, the draft is read (again) from the backend.
    pub fn claim(self, take_over: bool) {
        browser::claim(&format!("blankett-draft-{}", self.form_id()), take_over, move |claim| {
            let mut save_first = false;
            self.change(&mut |c| match claim {
                browser::Claim::Held => c.editing.answered(true),
                browser::Claim::HeldElsewhere => c.editing.answered(false),
                browser::Claim::Lost => save_first = c.editing.lost(),
            });
            if save_first {
                self.save_page();
                self.told_saved();
            }
            if claim == browser::Claim::Held {
                self.reload();
            }
        });
    }

    fn reload(self) {
        if let Some(reload) = self.reload.get_value() {
            reload.run(());
        }
    }

    /// A tab that lost the draft tells the new editor once its answers are saved.
    fn told_saved(self) {
        let (saved, draft) = self.sync.with_untracked(|s| (s.is_saved(), s.draft_id().map(str::to_string).zip(s.version())));
        if let (true, Some((draft, version)), false) = (saved, draft, self.read(&mut |c| c.editing.is_here())) {
            browser::tell_other_tabs(&TabMessage::Saved { draft, version }.encode());
        }
    }

    /// The applicant chose, after a save elsewhere, to keep the answers on this screen.
    pub fn keep_mine(self) {
        if let Some(id) = self.sync.with_untracked(|s| s.draft_id().map(str::to_string)) {
            self.call(Call::KeepMine(id));
        }
    }

    /// The applicant chose, after a save elsewhere, to see the saved answers instead.
    pub fn show_saved(self) {
        browser::forget(&device::key(&self.form_id()));
        self.reload();
    }

    /// The backend wrote or read the draft: its deadline wins, and other tabs hear of it.
    fn written(self, draft: &Draft, backend_now: Option<Millis>, now: Millis) {
        let deadline = draft.page_deadline.as_deref().and_then(browser::parse_time);
        let mut told = None;
        self.change(&mut |c| {
            if draft.expires_at.is_some() {
                c.kept_until = draft.expires_at.clone();
            }
            let Some(timer) = c.timer.as_mut() else { return };
            // Every answer was a request, which the backend counted as activity.
            timer.told_backend(now);
            if let Some(deadline) = deadline {
                timer.server_deadline(draft.page, deadline, draft.extensions_left, backend_now, now);
                told = (timer.page() == draft.page).then(|| (timer.deadline(), timer.extensions_left()));
            }
        });
        if let Some((deadline, extensions_left)) = told {
            browser::tell_other_tabs(&TabMessage::Deadline { draft: draft.id.clone(), page: draft.page, deadline, extensions_left }.encode());
        }
    }

    /// The applicant moved to another page with the form's Next or Back: the browser's history
    /// gets the page's entry (see `blankett_core::history`), and the page changed.
    pub fn moved(self, snapshot: Snapshot) {
        let mut places = None;
        untrack(|| self.look(&mut |c| places = c.run.map(|run| (c.place, run.with_untracked(FormRun::place)))));
        if let Some((from, to)) = places {
            let current = browser::history_state().as_deref().and_then(Entry::decode);
            browser::change_history(history::moved(&self.form_id(), from, to, current.as_ref()));
            self.change(&mut |c| c.place = to);
        }
        self.page_changed(snapshot);
    }

    /// Another page is shown: its time starts, and the move is saved.
    fn page_changed(self, snapshot: Snapshot) {
        let now = browser::now();
        let page = snapshot.page;
        self.change(&mut |c| {
            c.autosave.flush();
            c.welcome = None;
            c.restarted = false;
            if let (Some(timer), Some(form)) = (c.timer.as_mut(), c.form.as_ref()) {
                timer.page_shown(form, page, now);
            }
        });
        let mut snapshot = Some(snapshot);
        self.step(&mut |s| s.changed(snapshot.take()?));
        self.tick();
    }

    /// Saves what is on the page now, if it differs from what the backend holds.
    fn save_page(self) {
        let mut run = None;
        untrack(|| self.look(&mut |c| run = c.run));
        let mut snapshot = run.map(|run| run.with_untracked(FormRun::snapshot));
        // The snapshot holds every change typed so far: none is waiting any more.
        self.change(&mut |c| {
            c.autosave.flush();
        });
        self.step(&mut |s| s.changed(snapshot.take()?));
    }

    pub fn retry(self) {
        self.step(&mut DraftSync::retry);
    }

    /// Sends what the draft's sync asks for, one request at a time, and feeds back each answer.
    fn drive(self, request: Option<Request>) {
        let Some(request) = request else {
            self.proceed();
            return;
        };
        spawn_local(async move {
            let created = matches!(request, Request::Create { .. });
            let result = api::perform(request).await;
            let now = browser::now();
            match result {
                Ok(written) => {
                    self.written(&written.draft, written.backend_now, now);
                    self.change(&mut |c| c.autosave.saved());
                    let draft = written.draft;
                    self.step(&mut |s| if created { s.created(draft.id.clone(), draft.version) } else { s.saved(draft.version, now) });
                    self.told_saved();
                }
                Err(failure) => {
                    self.change(&mut |c| c.autosave.failed(&failure, now));
                    self.step(&mut |s| {
                        s.failed(failure.clone());
                        None
                    });
                }
            }
        });
    }

    /// The requests beside saving, through one future: each distinct future costs download size.
    fn call(self, call: Call) {
        spawn_local(async move {
            match call {
                Call::KeepAlive(at) => {
                    if api::keep_alive().await.is_ok() {
                        self.timer(&mut |t| t.told_backend(at));
                    }
                }
                // More time counts at once; the backend's answer then sets the exact deadline. If
                // the request fails, the page keeps the time given here, and the next save catches up.
                Call::Extend(id) => {
                    if let Ok(written) = api::extend(&id).await {
                        self.written(&written.draft, written.backend_now, browser::now());
                    }
                }
                Call::EndSession => api::end_session().await,
                Call::Confirm(id) => {
                    let answer = api::confirm(&id, &confirmation_key(&id)).await;
                    self.confirmed(answer);
                }
                Call::KeepMine(id) => match api::read(&id).await {
                    Ok(written) => self.step(&mut |s| s.keep_mine(written.draft.version)),
                    Err(failure) => self.step(&mut |s| {
                        s.failed(failure.clone());
                        None
                    }),
                },
            }
        });
    }

    /// Called every second, when the tab is shown again, and after anything that moves a clock.
    /// Every answer comes from the wall clock, so a late or missed call changes nothing.
    pub fn tick(self) {
        let now = browser::now();
        let mut ticked = None;
        let (mut save, mut retry) = (false, false);
        self.change(&mut |c| {
            c.now = now;
            save = c.autosave.due(now);
            retry = c.autosave.retry_due(now);
            // A tab that does not edit the draft leaves its clocks to the tab that does.
            if let Some(timer) = c.timer.as_mut().filter(|_| c.editing.is_here()) {
                let phase = timer.tick(now);
                if let Some(said) = timer.announcement(now) {
                    c.said = Some(said);
                }
                ticked = Some((c.phase.replace(phase), phase));
            }
        });
        if save {
            self.save_page();
        }
        if retry {
            self.retry();
        }
        let Some((before, phase)) = ticked else { return };
        if before == Some(phase) {
            return;
        }
        let warned = matches!(phase, Phase::Warning { .. });
        if let Some(dialog) = self.dialog.get_untracked() {
            if warned && !dialog.open() {
                let _ = dialog.show_modal();
            } else if !warned && dialog.open() {
                dialog.close();
            }
        }
        match phase {
            // A warning has come: save the page now, and make sure the backend's own inactivity
            // limit cannot end the session before this one does (its last request may be a
            // minute older than the last click).
            Phase::Warning { .. } if !matches!(before, Some(Phase::Warning { .. })) => {
                self.save_page();
                self.call(Call::KeepAlive(now));
            }
            Phase::Ended(reason) if self.leaving().is_none() => self.leave(Leaving::TimeOut(reason)),
            _ => {}
        }
    }

    /// A click on a button or link in this tab.
    pub fn clicked(self) {
        let now = browser::now();
        browser::tell_other_tabs(&TabMessage::Activity { at: now }.encode());
        let mut tell = false;
        self.timer(&mut |t| tell = t.activity(now));
        if tell {
            self.call(Call::KeepAlive(now));
        }
        self.tick();
    }

    /// The warning's button, or Escape.
    pub fn extend(self) {
        let now = browser::now();
        browser::tell_other_tabs(&TabMessage::Activity { at: now }.encode());
        let mut extended = false;
        self.timer(&mut |t| extended = t.extend(now));
        if let (true, Some(id)) = (extended, self.sync.with_untracked(|s| s.draft_id().map(str::to_string))) {
            self.call(Call::Extend(id));
        }
        self.tick();
    }

    /// A message from another tab of this service.
    pub fn heard(self, message: TabMessage) {
        match message {
            TabMessage::Activity { at } => self.timer(&mut |t| {
                t.activity(at);
            }),
            TabMessage::Deadline { draft, page, deadline, extensions_left } => {
                if self.sync.with_untracked(|s| s.draft_id() == Some(draft.as_str())) {
                    self.timer(&mut |t| t.other_tab_deadline(page, deadline, extensions_left));
                }
            }
            // The tab that had the draft saved it after this one took over: show what it saved.
            TabMessage::Saved { draft, version } => {
                let newer = self.sync.with_untracked(|s| s.draft_id() == Some(draft.as_str()) && s.is_saved() && s.version() < Some(version));
                if newer && self.read(&mut |c| c.editing.is_here() && !c.autosave.is_waiting()) {
                    self.reload();
                }
            }
            TabMessage::SignedOut if self.leaving().is_none() => self.leave(Leaving::Elsewhere),
            TabMessage::SignedOut => {}
        }
        self.tick();
    }

    /// Starts leaving: the page's answers are saved, then [`Session::proceed`] finishes.
    pub fn leave(self, why: Leaving) {
        self.change(&mut |c| c.leaving = Some(why));
        if self.hides_form() {
            // The signed-out page replaces the form: a screen reader starts at its heading.
            browser::set_title(&self.language.ui(Ui::SignedOutTitle));
            request_animation_frame(|| browser::focus_id("signed-out-heading"));
        }
        self.save_page();
    }

    /// The applicant pressed Confirm on the check-answers page. Every page is checked first (a
    /// page with problems is shown with them); the answers are saved before the confirmation is
    /// sent; a second press while one is under way sends nothing.
    pub fn confirm(self, declared: bool) {
        let mut run = None;
        untrack(|| self.look(&mut |c| run = c.run));
        let Some(run) = run else { return };
        if declared && self.show_problems(run) {
            request_animation_frame(|| browser::focus_id("error-summary"));
            return;
        }
        self.flush();
        let saved = self.sync.with_untracked(DraftSync::is_saved);
        let mut send = false;
        self.change(&mut |c| send = c.confirmation.press(declared, saved));
        self.send_confirmation(send);
        if !declared {
            browser::focus_id("declaration");
        }
    }

    /// Checks every page before confirming; the first page with problems is shown with them, as
    /// a move. Returns whether there were any.
    fn show_problems(self, run: RwSignal<FormRun>) -> bool {
        let found = run.try_update(|r| r.check_before_confirming(browser::today())).flatten().is_some();
        if found {
            self.moved(run.with_untracked(FormRun::snapshot));
        }
        found
    }

    fn send_confirmation(self, send: bool) {
        if let (true, Some(id)) = (send, self.sync.with_untracked(|s| s.draft_id().map(str::to_string))) {
            self.call(Call::Confirm(id));
        }
    }

    /// The backend's answer to Confirm. Confirmed: the application is only viewed from now on;
    /// its clocks stop and nothing is saved any more. Refused as incomplete (the backend checks
    /// too): the page with problems is shown. Confirmed elsewhere: read again, to show it.
    fn confirmed(self, answer: Result<blankett_core::contract::Confirmed, blankett_core::contract::Failure>) {
        if answer == Err(blankett_core::contract::Failure::Locked) {
            self.reload();
            return;
        }
        let done = answer.is_ok();
        let incomplete = matches!(&answer, Err(blankett_core::contract::Failure::Refused { kind }) if kind == "incomplete");
        let mut run = None;
        self.change(&mut |c| {
            c.confirmation.answered(answer.clone());
            run = c.run;
            if done {
                c.timer = None;
                c.phase = None;
                c.run = None;
            }
        });
        if done {
            if let Some(dialog) = self.dialog.get_untracked() {
                dialog.close();
            }
            browser::forget(&device::key(&self.form_id()));
            request_animation_frame(|| browser::focus_id("receipt-heading"));
        } else if let Some(run) = run.filter(|_| incomplete) {
            self.show_problems(run);
        }
    }

    /// The receipt, once the application is confirmed; tracked.
    pub fn receipt(self) -> Option<blankett_core::contract::Confirmed> {
        let mut receipt = None;
        self.look(&mut |c| receipt = c.confirmation.receipt().cloned());
        receipt
    }

    /// Where the applicant's Confirm stands; tracked.
    pub fn confirmation(self) -> Confirmation {
        let mut confirmation = Confirmation::default();
        self.look(&mut |c| confirmation = c.confirmation.clone());
        confirmation
    }

    /// Finishes leaving once the page's answers are saved; until then a failed save is shown
    /// with Try again, and nothing is lost. A Confirm waiting for the save is sent now, or
    /// pressed again after the failure is put right.
    fn proceed(self) {
        let saved = self.sync.with_untracked(DraftSync::is_saved);
        if self.read(&mut |c| c.confirmation == Confirmation::Waiting) {
            let failed = self.sync.with_untracked(|s| matches!(s.state(), SaveState::Failed(_)));
            let mut send = false;
            self.change(&mut |c| if saved { send = c.confirmation.saved() } else if failed { c.confirmation.save_failed() });
            self.send_confirmation(send);
        }
        let Some(why) = self.leaving() else { return };
        match why {
            Leaving::TimeOut(reason) => match after_time_out(reason, self.policy(), saved) {
                None => {}
                Some(AfterTimeOut::RestartPage) => {
                    let now = browser::now();
                    self.change(&mut |c| {
                        if let (Some(timer), Some(form)) = (c.timer.as_mut(), c.form.as_ref()) {
                            timer.restart(form, now);
                        }
                        c.leaving = None;
                        c.restarted = true;
                    });
                    self.tick();
                }
                Some(AfterTimeOut::SignOut) => {
                    self.call(Call::EndSession);
                    self.signed_out_everywhere();
                }
            },
            Leaving::Elsewhere if saved => {
                browser::forget_personal_data();
                self.change(&mut |c| c.signed_out = true);
            }
            // The backend's sign-out page ends the session and says so.
            Leaving::Chosen if saved => {
                self.signed_out_everywhere();
                if let Some(form) = self.sign_out_form.get_untracked() {
                    form.submit().ok();
                }
            }
            Leaving::Elsewhere | Leaving::Chosen => {}
        }
    }

    fn signed_out_everywhere(self) {
        browser::forget_personal_data();
        browser::tell_other_tabs(&TabMessage::SignedOut.encode());
        self.change(&mut |c| c.signed_out = true);
    }

    fn policy(self) -> Option<blankett_core::schema::TimeOutPolicy> {
        let mut policy = None;
        untrack(|| self.look(&mut |c| policy = c.form.as_ref().and_then(|f| f.on_time_out)));
        policy
    }

    pub fn signed_out(self) -> bool {
        self.fact(&mut |c| c.signed_out)
    }

    pub fn device_failed(self) -> bool {
        self.fact(&mut |c| c.device_failed)
    }

    /// Whether the form is hidden: the applicant is signed out (or about to be, once saved).
    pub fn hides_form(self) -> bool {
        let mut leaving = None;
        self.look(&mut |c| leaving = c.leaving);
        match leaving {
            Some(Leaving::TimeOut(reason)) => after_time_out(reason, self.policy(), true) == Some(AfterTimeOut::SignOut),
            Some(Leaving::Elsewhere) => true,
            Some(Leaving::Chosen) | None => false,
        }
    }

    /// Minutes the current page has in full (the warning offers that much more).
    pub fn page_minutes(self) -> u32 {
        let mut minutes = 0;
        self.look(&mut |c| {
            if let (Some(timer), Some(form)) = (&c.timer, &c.form) {
                minutes = (blankett_core::timing::page_limit(form, timer.page()) / 60_000) as u32;
            }
        });
        minutes
    }
}

/// The countdown beside the page heading. Screen readers hear the live region instead, which
/// speaks far less often than the clock changes.
pub fn countdown(session: Session) -> impl IntoView {
    let left = Signal::derive(move || {
        let mut left = String::new();
        session.look(&mut |c| left = c.timer.as_ref().map(|t| messages::clock(t.page_time_left(c.now))).unwrap_or_default());
        left
    });
    clock_line(session, Ui::TimeLeftOnPage, left)
}

/// Beside the page heading: the countdown, when the answers were last saved, and until when the
/// draft is kept (R4). Not a live region: a screen reader would hear every autosave.
pub fn draft_status(session: Session) -> impl IntoView {
    let language = Language::use_context();
    let status = Signal::derive(move || {
        let locale = language.get();
        let saved = match session.sync.with(|s| s.state().clone()) {
            SaveState::Saving => language.ui(Ui::Saving),
            SaveState::Saved { at } => messages::dated(messages::Dated::SavedAt, &browser::time_of_day(at, &locale), &locale),
            _ => String::new(),
        };
        let mut kept = None;
        session.look(&mut |c| kept = c.kept_until.clone());
        let kept = kept.map(|at| messages::dated(messages::Dated::DraftKeptUntil, &browser::long_date_time(&at, &locale), &locale)).unwrap_or_default();
        format!("{saved} {kept}").trim().to_string()
    });
    view! {
        {countdown(session)}
        <p class="draft-status">{status}</p>
    }
}

/// What the page says above the form, as status messages: the draft continued or started
/// anew, the page's time restarted, or this device unable to keep answers.
pub fn notices(session: Session) -> impl IntoView {
    let language = Language::use_context();
    let first = Signal::derive(move || {
        let (mut welcome, mut restarted) = (None, false);
        session.look(&mut |c| {
            welcome = c.welcome.clone();
            restarted = c.restarted;
        });
        let locale = language.get();
        match welcome {
            _ if restarted => language.ui(Ui::PageTimeRestarted { minutes: session.page_minutes() }),
            Some(Welcome::Resumed) => language.ui(Ui::Resumed),
            Some(Welcome::Expired(at)) => messages::dated(messages::Dated::ExpiredOn, &browser::long_date_time(&at, &locale), &locale),
            None => String::new(),
        }
    });
    let device = Signal::derive(move || if session.device_failed() { language.ui(Ui::DeviceStorageFailed) } else { String::new() });
    view! {
        <p class="time-notice" role="status">{first}</p>
        <p class="time-notice" role="status">{device}</p>
    }
}

/// Instead of the form in a tab that does not edit the draft: why, and the way to edit here.
pub fn open_elsewhere(session: Session) -> impl IntoView {
    let language = Language::use_context();
    let editing = move || {
        let mut editing = Editing::Asking;
        session.look(&mut |c| editing = c.editing);
        editing
    };
    let text = Signal::derive(move || language.ui(if editing() == Editing::TakenOver { Ui::TakenOver } else { Ui::OpenElsewhere }));
    view! {
        <div class="notice" role="status" {..crate::form::reactive_attr("hidden", move || (matches!(editing(), Editing::Here | Editing::Asking)).then(String::new))}>
            <p>{text}</p>
            <button type="button" class="button" on:click=move |_| session.claim(true)>{language.tr(Ui::EditHere)}</button>
        </div>
    }
}

/// Whether the form is shown: this tab edits the draft and the applicant has not left it. (Once
/// confirmed, the form route replaces the form with the receipt.)
pub fn shows_form(session: Session) -> bool {
    session.fact(&mut |c| c.editing.is_here()) && !session.hides_form()
}

/// A clock for the eye (hidden from screen readers) and the live region for the ear. One
/// function for the page's countdown and the warning's, so that both share their compiled code.
fn clock_line(session: Session, label: Ui, left: Signal<String>) -> impl IntoView {
    let language = Language::use_context();
    let said = Signal::derive(move || {
        let mut said = None;
        session.look(&mut |c| said = c.said);
        said.map(|said| language.ui(Ui::Announce(said))).unwrap_or_default()
    });
    view! {
        <p class="countdown" aria-hidden="true">{language.tr(label)}" "<strong>{left}</strong></p>
        <p class="visually-hidden" role="status">{said}</p>
    }
}

/// The warning before a time-out: a modal `<dialog>` (opened and closed by [`Session::tick`]), so
/// the browser moves focus into it, keeps it there and returns it afterwards. Its one button, or
/// Escape, gives more time (WCAG 2.2.1).
pub fn time_warning(session: Session) -> impl IntoView {
    let language = Language::use_context();
    let warning = move || {
        let mut warning = None;
        session.look(&mut |c| {
            if let Some(Phase::Warning { reason, ends_at, can_extend }) = c.phase {
                warning = Some((reason, ends_at - c.now, can_extend));
            }
        });
        warning
    };
    let text = move |part: usize| {
        Signal::derive(move || {
            let texts = match warning() {
                Some((Reason::Inactivity, ..)) => [Ui::InactivityWarningTitle, Ui::InactivityWarningBody, Ui::StaySignedIn],
                Some((Reason::PageTime, _, false)) => [Ui::PageTimeWarningTitle, Ui::NoMoreTime, Ui::Close],
                _ => [Ui::PageTimeWarningTitle, Ui::PageTimeWarningBody { minutes: session.page_minutes() }, Ui::MoreTime],
            };
            language.ui(texts[part])
        })
    };
    let left = Signal::derive(move || warning().map(|(_, left, _)| messages::clock(left)).unwrap_or_default());
    view! {
        <dialog node_ref=session.dialog class="time-warning" aria-labelledby="time-warning-title" aria-describedby="time-warning-text"
            on:cancel=move |event: web_sys::Event| { event.prevent_default(); session.extend(); }>
            <h2 id="time-warning-title">{text(0)}</h2>
            <p id="time-warning-text">{text(1)}</p>
            {clock_line(session, Ui::TimeLeft, left)}
            <button type="button" class="button" on:click=move |_| session.extend()>{text(2)}</button>
        </dialog>
    }
}

/// After a time-out or a sign-out in another tab: what happened, whether the answers are saved
/// and until when, and the way back in.
pub fn signed_out_page(session: Session) -> impl IntoView {
    let language = Language::use_context();
    let why = Signal::derive(move || {
        let mut leaving = None;
        session.look(&mut |c| leaving = c.leaving);
        language.ui(match leaving {
            Some(Leaving::TimeOut(Reason::Inactivity)) => Ui::InactiveSignedOut,
            Some(Leaving::Elsewhere) => Ui::SignedOutElsewhere,
            _ => Ui::PageTimeRanOut,
        })
    });
    // Until the answers are saved, the notice above says how the save goes, and what to do.
    let kept = Signal::derive(move || {
        let mut at = None;
        session.look(&mut |c| at = c.kept_until.clone().filter(|_| c.signed_out));
        at.map(|at| messages::dated(messages::Dated::AnswersKeptUntil, &browser::long_date_time(&at, &language.get()), &language.get())).unwrap_or_default()
    });
    view! {
        <h1 id="signed-out-heading" tabindex="-1">{language.tr(Ui::SignedOutTitle)}</h1>
        <p>{why}</p>
        <p>{kept}</p>
        <p>{language.tr(Ui::PublicComputer)}</p>
        // The address names the language, so it is an attribute of its own: read here, the
        // language would be tracked by the view that builds the form, and a change of language
        // would build the form again from where it was opened.
        <p {..crate::form::reactive_attr("hidden", move || (!session.signed_out()).then(String::new))}><a class="button" {..crate::form::reactive_attr("href", move || Some(super::sign_in_address()))}>{language.tr(Ui::SignInToContinue)}</a></p>
    }
}

/// Below the check-answers page: the declaration to tick, the warning that nothing can change
/// afterwards, and Confirm (R8). A second press while one is under way sends nothing; a failed
/// confirmation says what happened, with Try again.
pub fn confirm_section(session: Session) -> impl IntoView {
    use crate::form::{attr, reactive_attr};
    let language = Language::use_context();
    let ticked = NodeRef::<leptos::html::Input>::new();
    let declaration = Signal::derive(move || {
        let mut text = None;
        session.look(&mut |c| text = c.form.as_ref().and_then(|f| f.declaration.clone()));
        text.map_or_else(|| language.ui(Ui::DeclarationDefault), |t| t.get(&language.get()).to_string())
    });
    let not_declared = move || session.confirmation() == Confirmation::NotDeclared;
    let sending = Signal::derive(move || match session.confirmation() {
        Confirmation::Waiting | Confirmation::Sending => language.ui(Ui::Sending),
        _ => String::new(),
    });
    let press = move || session.confirm(ticked.get_untracked().is_some_and(|input| input.checked()));
    let failure = move || match session.confirmation() {
        Confirmation::Failed(failure) => {
            let retry = failure.can_retry().then(|| std::sync::Arc::new(press) as std::sync::Arc<dyn Fn() + Send + Sync>);
            Some(super::request_failed(failure.message(), retry))
        }
        _ => None,
    };
    view! {
        <form class="confirm" {..attr("novalidate", "")} on:submit=move |event| { event.prevent_default(); press(); }>
            <h2>{language.tr(Ui::SendHeading)}</h2>
            <p><strong>{language.tr(Ui::ConfirmWarning)}</strong></p>
            <div {..reactive_attr("class", move || Some(if not_declared() { "field field-error" } else { "field" }.to_string()))}>
                <p class="error-message" id="declaration-error" {..reactive_attr("hidden", move || (!not_declared()).then(String::new))}>
                    <span class="visually-hidden">{language.tr(Ui::ErrorLabel)}" "</span>{language.tr(Ui::DeclarationRequired)}
                </p>
                <div class="choice">
                    <input type="checkbox" id="declaration"
                        {..reactive_attr("aria-describedby", move || not_declared().then(|| "declaration-error".to_string()))} node_ref=ticked />
                    <label {..attr("for", "declaration")}>{declaration}</label>
                </div>
            </div>
            <p role="status">{sending}</p>
            {failure}
            <button type="submit" class="button">{language.tr(Ui::Confirm)}</button>
        </form>
    }
}
