//! The applicant's time with one draft: saving it, the page's countdown and the inactivity limit
//! (issue 5), and leaving — by a time-out, by Sign out, or because another tab signed out.
//!
//! The rules are the engine's (`blankett_core::timing`, `blankett_core::contract::DraftSync`);
//! this module sends them the clock, the clicks, the backend's answers and the other tabs'
//! messages, and carries out what they decide.

use crate::{api, browser, Language};
use blankett_core::contract::{Draft, DraftSync, Request};
use blankett_core::lifecycle::Millis;
use blankett_core::messages::{self, Ui};
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
}

/// Everything about the draft being filled in, as signals: `Copy`, so that every handler can hold it.
#[derive(Clone, Copy)]
pub struct Session {
    pub sync: RwSignal<DraftSync>,
    pub clocks: RwSignal<Clocks>,
    pub sign_out_form: NodeRef<leptos::html::Form>,
    pub dialog: NodeRef<leptos::html::Dialog>,
    /// Kept here because timers and other tabs call in from outside any component's context.
    language: Language,
}

/// A request about the draft other than saving it.
enum Call {
    KeepAlive(Millis),
    Extend(String),
    EndSession,
}

impl Session {
    pub fn new(form_id: &str) -> Session {
        Session {
            sync: RwSignal::new(DraftSync::new(form_id)),
            clocks: RwSignal::new(Clocks::default()),
            sign_out_form: NodeRef::new(),
            dialog: NodeRef::new(),
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
        self.drive(request);
    }

    /// The draft is open at `now`; `backend_now` is the backend's clock when it sent the draft.
    pub fn start(self, form: Arc<Form>, draft: &Draft, backend_now: Option<Millis>) {
        let now = browser::now();
        self.sync.set(DraftSync::resume(draft));
        self.change(&mut |c| {
            c.now = now;
            c.timer = Some(Timer::new(&form, draft.page, now));
            c.form = Some(form.clone());
        });
        self.written(draft, backend_now, now);
        self.tick();
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

    /// The applicant moved to another page (Next or Back): its time starts, and the move is saved.
    pub fn moved(self, snapshot: blankett_core::contract::Snapshot) {
        let now = browser::now();
        let page = snapshot.page;
        self.change(&mut |c| {
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
                    let draft = written.draft;
                    self.step(&mut |s| if created { s.created(draft.id.clone(), draft.version) } else { s.saved(draft.version, now) });
                }
                Err(failure) => self.step(&mut |s| {
                    s.failed(failure.clone());
                    None
                }),
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
            }
        });
    }

    /// Called every second, when the tab is shown again, and after anything that moves a clock.
    /// Every answer comes from the wall clock, so a late or missed call changes nothing.
    pub fn tick(self) {
        let now = browser::now();
        let mut ticked = None;
        self.change(&mut |c| {
            c.now = now;
            if let Some(timer) = c.timer.as_mut() {
                let phase = timer.tick(now);
                if let Some(said) = timer.announcement(now) {
                    c.said = Some(said);
                }
                ticked = Some((c.phase.replace(phase), phase));
            }
        });
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

    /// Finishes leaving once the page's answers are saved; until then a failed save is shown
    /// with Try again, and nothing is lost.
    fn proceed(self) {
        let Some(why) = self.leaving() else { return };
        let saved = self.sync.with_untracked(DraftSync::is_saved);
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
        let mut signed_out = false;
        self.look(&mut |c| signed_out = c.signed_out);
        signed_out
    }

    pub fn restarted(self) -> bool {
        let mut restarted = false;
        self.look(&mut |c| restarted = c.restarted);
        restarted
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
        at.map(|at| messages::kept_until(&browser::long_date_time(&at, &language.get()), &language.get())).unwrap_or_default()
    });
    view! {
        <h1 id="signed-out-heading" tabindex="-1">{language.tr(Ui::SignedOutTitle)}</h1>
        <p>{why}</p>
        <p>{kept}</p>
        <p hidden=move || !session.signed_out()><a class="button" href=super::sign_in_address()>{language.tr(Ui::SignInToContinue)}</a></p>
    }
}
