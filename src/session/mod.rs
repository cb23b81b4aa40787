//! The applicant's time with one draft, as the browser lives it. The rules are the engine's
//! state machine (`blankett_core::session`); this module is its effect runner: it sends the
//! machine the clock, the clicks, the backend's answers and the other tabs' messages, and
//! carries out the commands it returns. The views that show the machine's state are split by
//! what they show: the clocks and the warning dialog, the notices, and Confirm.

mod clock;
mod confirm;
mod notices;

pub use clock::{draft_status, time_warning};
pub use confirm::confirm_section;
pub use notices::{notices, open_elsewhere, save_notice, signed_out_page};

use crate::{api, browser, Here, Language};
use blankett_core::contract::Request;
use blankett_core::run::Snapshot;
use blankett_core::session::history::Entry;
use blankett_core::messages::Ui;
use blankett_core::run::FormRun;
use blankett_core::session::{Answer, Command, Event, Focus, Screen, Session as Machine};
use leptos::prelude::*;
use leptos::tachys::view::any_view::AnyView;

/// One draft's session: the engine's machine in a signal, and what it needs to reach the page.
/// `Copy`, so that every handler can hold it.
#[derive(Clone, Copy)]
pub struct Session {
    machine: RwSignal<Machine>,
    /// The form on screen, once it is.
    run: StoredValue<Option<RwSignal<FormRun>>>,
    pub sign_out_form: NodeRef<leptos::html::Form>,
    pub dialog: NodeRef<leptos::html::Dialog>,
    /// The declaration's checkbox above Confirm.
    pub declaration: NodeRef<leptos::html::Input>,
    /// Reads the draft again from the backend (after taking it over from another tab, or to
    /// show the answers saved elsewhere).
    /// With `true`, the drafts the page asked for while the app downloaded may be shown
    /// (`Command::Reload`).
    pub reload: StoredValue<Option<Callback<bool>>>,
    /// Kept here because timers and other tabs call in from outside any component's context.
    language: Language,
    /// Which copy of the app this is (one of the widgets on a host page, or the app).
    pub here: Here,
}

/// The form on screen as the machine reads it, through its signal, untracked.
struct OnScreen(Option<RwSignal<FormRun>>, Here);

impl Screen for OnScreen {
    fn snapshot(&self) -> Option<Snapshot> {
        Some(self.0?.with_untracked(FormRun::snapshot))
    }
    fn place(&self) -> Option<usize> {
        Some(self.0?.with_untracked(FormRun::place))
    }
    fn travel(&mut self, place: usize) -> usize {
        self.0.and_then(|run| run.try_update(|r| r.travel(place, browser::today()))).unwrap_or(place)
    }
    fn has_problems(&self) -> bool {
        self.0.is_some_and(|run| run.with_untracked(|r| !r.errors().is_empty()))
    }
    #[cfg(feature = "widget")]
    fn problems(&self) -> usize {
        self.0.map_or(0, |run| run.with_untracked(|r| r.errors().len()))
    }
    fn show_problems(&mut self) -> bool {
        self.0.and_then(|run| run.try_update(|r| r.check_before_confirming(browser::today())).flatten()).is_some()
    }
    fn history(&self) -> Option<Entry> {
        browser::history_state(self.1).as_deref().and_then(Entry::decode)
    }
}

/// A notice that `build` makes from the machine, rebuilt only when what the machine says changes
/// ([`Machine::notices`]) rather than on every tick, so that a screen reader hears it once. (A
/// function, not a closure: every notice then shares one compiled view.)
pub fn notice(session: Session, build: fn(Session) -> AnyView) -> impl IntoView {
    let changed = Memo::new(move |_| {
        let mut notices = 0;
        session.look(&mut |m| notices = m.notices());
        notices
    });
    move || {
        // Read (not only tracked), so that the memo is brought up to date first.
        let _ = changed.get();
        untrack(|| build(session))
    }
}

impl Session {
    pub fn new(form_id: &str) -> Session {
        let here = Here::current();
        // A widget uses its host page's history as the host asked (`history`), and tells the
        // host page what happens.
        #[cfg(feature = "widget")]
        let machine = Machine::embedded(form_id, crate::widget::history_mode(here));
        #[cfg(not(feature = "widget"))]
        let machine = Machine::new(form_id);
        let session = Session {
            machine: RwSignal::new(machine),
            run: StoredValue::new(None),
            sign_out_form: NodeRef::new(),
            dialog: NodeRef::new(),
            declaration: NodeRef::new(),
            reload: StoredValue::new(None),
            language: Language::use_context(),
            here,
        };
        session
    }

    /// Starts the session, once [`Session::reload`] can read the draft: the machine's first
    /// commands (asking whether this tab edits the draft) are carried out.
    pub fn begin(self) {
        let first = self.machine.try_update_untracked(Machine::first_commands).unwrap_or_default();
        first.into_iter().for_each(|command| self.perform(command));
    }

    /// Tells the machine what happened, and carries out what it decides.
    pub fn send(self, event: Event) {
        self.deliver(event, true);
    }

    /// With `notify` false, nothing on the page follows the change (a keystroke that only
    /// moves the pause before saving along).
    fn deliver(self, event: Event, notify: bool) {
        // A removed widget's session hears nothing more (a lock or a frame that fires after).
        #[cfg(feature = "widget")]
        if self.run.is_disposed() || self.machine.is_disposed() {
            return;
        }
        let mut screen = OnScreen(self.run.get_value(), self.here);
        let now = browser::now();
        let handle = |machine: &mut Machine| machine.handle(event, now, &mut screen);
        let commands = if notify { self.machine.try_update(handle) } else { self.machine.try_update_untracked(handle) };
        commands.unwrap_or_default().into_iter().for_each(|command| self.perform(command));
    }

    /// Reads the machine; tracked, so that a view showing what it reads follows it. Every read
    /// goes through this one non-generic function: each closure handed to a signal's own `with`
    /// compiles its own copy of that code into the download.
    pub fn look(self, look: &mut dyn FnMut(&Machine)) {
        self.machine.with(|m| look(m));
    }

    /// One fact from the machine; tracked.
    pub fn fact(self, read: &mut dyn FnMut(&Machine) -> bool) -> bool {
        let mut fact = false;
        self.look(&mut |m| fact = read(m));
        fact
    }

    /// The form is on screen with `run`: its history entry is taken over, and every change of
    /// an answer is saved after a pause in typing.
    pub fn shown(self, run: RwSignal<FormRun>) {
        self.run.set_value(Some(run));
        self.send(Event::Shown);
        // Only a changed answer counts: a move to another page is saved by itself. While changes
        // already wait, a keystroke only moves the pause along, untracked: nothing on the page
        // shows it, so no view need run again.
        Effect::new(move |_| {
            let changed = run.with(|r| self.machine.with_untracked(|m| m.is_change(r.answers())));
            if changed {
                let waiting = self.machine.with_untracked(Machine::is_waiting);
                self.deliver(Event::Typed, !waiting);
            }
        });
    }

    /// Whether something the applicant typed is not saved by the backend yet; tracked.
    pub fn unsaved(self) -> bool {
        self.fact(&mut |m| m.unsaved())
    }

    /// Whether the form is hidden: the applicant is signed out (or about to be, once saved).
    pub fn hides_form(self) -> bool {
        self.fact(&mut |m| m.hides_form())
    }

    /// Whether the form is shown: this tab edits the draft and the applicant has not left it.
    /// (Once confirmed, the form route replaces the form with the receipt.)
    pub fn shows_form(self) -> bool {
        self.fact(&mut |m| m.shows_form())
    }

    /// The receipt, once the application is confirmed; tracked.
    pub fn receipt(self) -> Option<blankett_core::contract::Confirmed> {
        let mut receipt = None;
        self.look(&mut |m| receipt = m.receipt().cloned());
        receipt
    }

    /// Confirm pressed, with the declaration ticked or not.
    pub fn confirm(self) {
        self.send(Event::Confirm { declared: self.declaration.get_untracked().is_some_and(|input| input.checked()) });
    }

    fn perform(self, command: Command) {
        match command {
            Command::KeepOnDevice { key, text } => {
                let kept = browser::keep(&key, &text);
                // Only a change is told: every save would otherwise redraw what the machine shows.
                if kept == self.machine.with_untracked(Machine::device_failed) {
                    self.send(Event::DeviceKept(kept));
                }
            }
            Command::ForgetOnDevice { key } => browser::forget(&key),
            Command::History(step) => browser::change_history(self.here, step),
            Command::OpenWarning | Command::CloseWarning => {
                if let Some(dialog) = self.dialog.get_untracked() {
                    match (matches!(command, Command::OpenWarning), dialog.open()) {
                        (true, false) => drop(dialog.show_modal()),
                        (false, true) => dialog.close(),
                        _ => {}
                    }
                }
            }
            Command::Focus(focus) => {
                let id = match focus {
                    Focus::PageHeading => "page-heading",
                    Focus::ErrorSummary => "error-summary",
                    Focus::Declaration => "declaration",
                    Focus::SignedOutHeading => "signed-out-heading",
                    Focus::Receipt => "receipt-heading",
                };
                // After the page shows what changed.
                let here = self.here;
                request_animation_frame(move || browser::focus_id(here, id));
            }
            Command::TellOtherTabs(message) => browser::tell_other_tabs(self.here, &message.encode()),
            Command::Claim { take_over } => {
                let name = format!("blankett-draft-{}", self.machine.with_untracked(|m| m.form_id().to_string()));
                // A widget's lock is its backend's too: two backends may have forms of one name.
                #[cfg(feature = "widget")]
                let name = crate::widget::lock_name(self.here, name);
                browser::claim(self.here, &name, take_over, move |claim| self.send(Event::Claimed(claim)));
            }
            Command::Reload { early_answer } => {
                if let Some(reload) = self.reload.get_value() {
                    reload.run(early_answer);
                }
            }
            Command::ForgetPersonalData => browser::forget_personal_data(),
            // The backend's sign-out page is for the standalone app; a widget stays on its host
            // page, ends the session through the API and shows the signed-out page itself.
            #[cfg(feature = "widget")]
            Command::SubmitSignOut => crate::spawn(self.here, api::end_session(self.here)),
            #[cfg(not(feature = "widget"))]
            Command::SubmitSignOut => {
                if let Some(form) = self.sign_out_form.get_untracked() {
                    form.submit().ok();
                }
            }
            Command::SignedOutTitle => browser::set_title(&self.language.ui(Ui::SignedOutTitle)),
            #[cfg(feature = "widget")]
            Command::Report(report) => crate::widget::report(self.here, report, self.language),
            request => crate::spawn(self.here, self.call(request)),
        }
    }

    /// The requests to the backend, through one future: each distinct future costs download size.
    async fn call(self, request: Command) {
        let answer = match request {
            Command::Send(request) => {
                let created = matches!(request, Request::Create { .. });
                Answer::Written { created, result: api::perform(self.here, request).await }
            }
            Command::KeepAlive { at } => match api::keep_alive(self.here).await {
                Ok(()) => Answer::KeptAlive { at },
                Err(_) => return,
            },
            Command::Extend { draft } => match api::extend(self.here, &draft).await {
                Ok(written) => Answer::Extended(written),
                Err(_) => return,
            },
            Command::ReadVersion { draft } => Answer::Read(api::read(self.here, &draft).await),
            Command::Confirm { draft, idempotency_key } => Answer::Confirmed(api::confirm(self.here, &draft, &idempotency_key, self.language.get().code()).await),
            Command::EndSession => return api::end_session(self.here).await,
            _ => return,
        };
        self.send(Event::Answered(answer));
    }
}
